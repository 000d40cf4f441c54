package render

import (
	"cmp"
	"slices"
	"time"
	"unicode/utf8"
)

// Lanes are laid out in rows, so that events that would overlap in a
// lane stand one above the other instead of hiding each other. The y axis
// is a category axis with one category per row; only a lane's first row
// carries its name, and the split areas, ticks and lines follow lanes,
// not rows (see datelineLaneStart in chart.js).
const (
	rowHeight = 40  // default pixels per row
	chrome    = 176 // default pixels above and below the grid
	minHeight = 320 // least default height of the chart
	maxHeight = 720 // most default height: further rows scroll (laneZoom)

	// plotWidth is the width in pixels the layout assumes for the plot
	// area when it decides what overlaps on screen; the chart is as wide
	// as the page, so this is a typical width, not a measured one.
	plotWidth = 1000
	// The widths, in pixels at plotWidth, that marks take beyond their
	// time: a point's symbol and the least width of a bar.
	pointWidth = 18
	barWidth   = 4
	// A label of n characters takes about n*charWidth+labelPad pixels
	// (11px sans-serif, as chart.js reckons it too).
	charWidth = 6
	labelPad  = 8
)

// item is an event in a lane, before and after it is given a row.
type item struct {
	lane   int
	row    int // within the lane, from 0
	spot   spot
	event  *eventText
	title  string // the label on the chart
	status int    // index in statuses
	// before is set by pack when the title goes before the mark, not
	// after it: where after it would cross the plot's right edge.
	before bool
}

// extent returns the time an item takes up in its row on a plot of the
// time lo..hi where a pixel is px milliseconds: a bar its dates (at least
// barWidth pixels), a point its whole day or its symbol, whichever is
// wider, and either one its title where the title goes beside it (always
// for a point, for a bar too short to hold it). The title goes after the
// mark, or before it where after it would cross the plot's right edge, hi,
// and it fits before, after lo; before reports which. So at the zoom the
// chart opens on, no title covers another mark or title of its row, on
// either side.
func (it *item) extent(px, lo, hi int64) (from, to int64, before bool) {
	const halfDay = int64(12 * time.Hour / time.Millisecond)
	s, label := it.spot, it.labelWidth()
	if s.point {
		half := max(halfDay, pointWidth*px/2)
		from, to = s.at-half, s.at+half
		reach := (pointWidth/2 + label) * px
		if s.at+reach <= hi || s.at-reach < lo {
			return from, max(to, s.at+reach), false
		}
		return min(from, s.at-reach), to, true
	}
	from, to = s.lo, max(s.hi, s.lo+barWidth*px)
	// The title labels the bar, or the band when there is no bar; inside
	// it where it fits (in the part in view, when some is).
	boxLo, boxHi := from, to
	if s.uncertain && s.coreHi > s.coreLo {
		boxLo, boxHi = s.coreLo, max(s.coreHi, s.coreLo+barWidth*px)
	}
	width := boxHi - boxLo
	if boxHi > lo && boxLo < hi {
		width = min(boxHi, hi) - max(boxLo, lo)
	}
	if width/px >= label {
		return from, to, false
	}
	if boxHi+label*px <= hi || boxLo-label*px < lo {
		return from, max(to, boxHi+label*px), false
	}
	return min(from, boxLo-label*px), to, true
}

// labelWidth returns the pixels the item's title takes.
func (it *item) labelWidth() int64 {
	return int64(utf8.RuneCountInString(it.title)*charWidth + labelPad)
}

// pack gives every item a row within its lane by greedy interval
// packing: items in order of their start (bars and bands before points
// that start with them, longer before shorter, then in timeline order) go
// to the first row of their lane where they overlap nothing already
// there, titles included (see extent). Points on the same day, and a
// point inside a bar, therefore never share a row. lo..hi is the time
// the chart opens on, plotWidth pixels wide. pack returns the index of
// each lane's first row in the chart, and the total number of rows as its
// last element.
func pack(items []*item, lanes int, lo, hi int64) []int {
	type slot struct {
		it       *item
		from, to int64
	}
	px := max((hi-lo)/plotWidth, 1)
	byLane := make([][]slot, lanes)
	for _, it := range items {
		from, to, before := it.extent(px, lo, hi)
		it.before = before
		byLane[it.lane] = append(byLane[it.lane], slot{it, from, to})
	}
	first := make([]int, lanes+1)
	for lane, slots := range byLane {
		slices.SortStableFunc(slots, func(a, b slot) int {
			switch {
			case a.from != b.from:
				return cmp.Compare(a.from, b.from)
			case a.it.spot.point != b.it.spot.point:
				if b.it.spot.point {
					return -1
				}
				return 1
			}
			return cmp.Compare(b.to, a.to)
		})
		var ends []int64 // the end of the last item in each row
		for _, s := range slots {
			r := slices.IndexFunc(ends, func(end int64) bool { return end <= s.from })
			if r < 0 {
				r = len(ends)
				ends = append(ends, 0)
			}
			ends[r] = s.to
			s.it.row = r
		}
		first[lane+1] = first[lane] + max(len(ends), 1)
	}
	return first
}
