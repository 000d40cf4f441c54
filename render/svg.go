package render

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dateline-dev/dateline/timeline"
)

// The static chart's geometry, in pixels. The plot is plotWidth wide, the
// width the row layout assumes, so that titles fit where pack left room
// for them.
const (
	svgMargin     = 16
	svgLaneLabels = 190 // the column of lane names
	svgHeader     = 96  // title, subtitle and legend
	svgAxis       = 28  // the time axis above the plot
	svgFooter     = 52
)

// SVG writes t to w as a static SVG image of the chart HTML draws, from
// the same layout: the lanes and their rows, every mark with its title,
// the report days, a legend of kinds, a time axis and a dashed line
// joining the marks of an event in several lanes, over the time the
// interactive chart opens on (marks wholly outside it are left out, and a
// note under the plot counts them). Every row is drawn, however many, so
// the image of a large timeline is tall. It needs no browser and the same
// timeline always gives the same bytes; it is meant for reports, Word,
// LaTeX and PDF. A timeline without dated events gives an image that says
// so. SVG returns only errors from writing to w.
func SVG(w io.Writer, t *timeline.Timeline, opt Options) error {
	c, err := build(t, opt)
	if err != nil {
		return err
	}
	b := bufio.NewWriter(w)
	c.svg(b)
	return b.Flush()
}

func (c *chart) svg(b *bufio.Writer) {
	rows := 0
	if len(c.lanes) > 0 {
		rows = c.rows[len(c.lanes)]
	}
	width := svgMargin*2 + svgLaneLabels + plotWidth
	plotTop := svgHeader + svgAxis
	height := plotTop + rowHeight*max(rows, 1) + svgFooter
	fmt.Fprintf(b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="11">`+"\n", width, height, width, height)
	fmt.Fprintf(b, "<title>%s</title>\n", esc(c.title))
	fmt.Fprintf(b, `<rect width="%d" height="%d" fill="#ffffff"/>`+"\n", width, height)
	fmt.Fprintf(b, `<text x="%d" y="26" font-size="17" font-weight="bold" text-anchor="middle" fill="#333333">%s</text>`+"\n", width/2, esc(c.title))
	fmt.Fprintf(b, `<text x="%d" y="46" font-size="12" text-anchor="middle" fill="#666666">%s</text>`+"\n", width/2, esc(c.sub))
	if c.dated == 0 {
		fmt.Fprintf(b, `<text x="%d" y="%d" font-size="13" text-anchor="middle" fill="#666666">No event has a date, so there is nothing to chart.</text>`+"\n", width/2, plotTop+rowHeight/2)
		b.WriteString("</svg>\n")
		return
	}
	c.svgLegend(b, width)

	left := svgMargin + svgLaneLabels
	lo, hi := c.view[0], c.view[1]
	x := func(ms int64) float64 { return float64(left) + float64(ms-lo)*plotWidth/float64(hi-lo) }
	rowY := func(r int) int { return plotTop + r*rowHeight + rowHeight/2 }

	// Lanes: a pale band on every other lane, the name on its first row.
	for i, name := range c.lanes {
		top, n := plotTop+c.rows[i]*rowHeight, c.rows[i+1]-c.rows[i]
		if i%2 == 1 {
			fmt.Fprintf(b, `<rect x="%d" y="%d" width="%d" height="%d" fill="#f6f8fc"/>`+"\n", left, top, plotWidth, n*rowHeight)
		}
		fmt.Fprintf(b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#dddddd"/>`+"\n", svgMargin, top, left+plotWidth, top)
		fmt.Fprintf(b, `<text x="%d" y="%d" text-anchor="end" dominant-baseline="middle" fill="#555555">%s</text>`+"\n", left-8, rowY(c.rows[i]), esc(cut(name, 30)))
	}
	bottom := plotTop + rows*rowHeight
	fmt.Fprintf(b, `<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#cccccc"/>`+"\n", left, plotTop, plotWidth, rows*rowHeight)

	// The time axis, on top, with its grid lines.
	for _, tk := range ticks(lo, hi) {
		px := x(tk.at)
		fmt.Fprintf(b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#e6e6e6"/>`+"\n", px, plotTop, px, bottom)
		fmt.Fprintf(b, `<text x="%.1f" y="%d" text-anchor="middle" fill="#666666">%s</text>`+"\n", px, plotTop-8, esc(tk.label))
	}

	// The report days.
	if len(c.anchors) <= maxAnchors {
		for _, a := range c.anchors {
			from, to := max(a, lo), min(a+int64(24*time.Hour/time.Millisecond), hi)
			if from >= to {
				continue
			}
			fmt.Fprintf(b, `<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="#ccbb44" fill-opacity="0.22"/>`+"\n", x(from), plotTop, x(to)-x(from), rows*rowHeight)
			fmt.Fprintf(b, `<text x="%.1f" y="%d" fill="#6b5f00">reported %s</text>`+"\n", x(from)+3, bottom+14, esc(day(a)))
		}
	}

	// The links, under the marks they join.
	for _, l := range c.links {
		if l.at < lo || l.at > hi {
			continue
		}
		fmt.Fprintf(b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#8a8a8a" stroke-dasharray="3 3"/>`+"\n", x(l.at), rowY(l.from), x(l.at), rowY(l.to))
	}

	// The marks: bands and bars first, then points, each with its title.
	// beside places a title after its mark, which ends at end, or before
	// it, right-aligned at start, where pack found it would cross the
	// plot's right edge after it and left room before it.
	beside := func(it *item, start, end float64) (float64, string) {
		if it.before {
			return start, "end"
		}
		return end, "start"
	}
	items := slices.Clone(c.items)
	slices.SortStableFunc(items, func(a, b *item) int { return boolCmp(a.spot.point, b.spot.point) })
	for _, it := range items {
		if c.inOthers(it) {
			continue
		}
		s, color := it.spot, c.colors[it.event.Label]
		if color == "" {
			color = kindColor(it.event.Label, 0)
		}
		y := rowY(c.rows[it.lane] + it.row)
		tentative := it.status > 1
		if s.point {
			if s.at < lo || s.at > hi {
				continue
			}
			cx := x(s.at)
			if tentative {
				fmt.Fprintf(b, `<circle cx="%.1f" cy="%d" r="6" fill="#ffffff" stroke="%s" stroke-width="2" stroke-dasharray="3 2"/>`+"\n", cx, y, color)
			} else {
				fmt.Fprintf(b, `<circle cx="%.1f" cy="%d" r="7" fill="%s" stroke="#ffffff"/>`+"\n", cx, y, color)
			}
			tx, anchor := beside(it, cx-11, cx+11)
			svgTitle(b, it.title, tx, y, anchor, tentative, color, false)
			continue
		}
		if s.hi <= lo || s.lo >= hi {
			continue
		}
		clip := func(a, b int64) (float64, float64) {
			x0, x1 := x(max(a, lo)), x(min(b, hi))
			return x0, max(x1-x0, 4)
		}
		var label struct {
			x0, w float64
			solid bool
		}
		if s.uncertain {
			x0, w := clip(s.lo, s.hi)
			fmt.Fprintf(b, `<rect x="%.1f" y="%d" width="%.1f" height="30" fill="%s" fill-opacity="0.18" stroke="%s" stroke-dasharray="4 3"/>`+"\n", x0, y-15, w, color, color)
			label.x0, label.w = x0, w
		}
		coreLo, coreHi := s.lo, s.hi
		if s.uncertain {
			coreLo, coreHi = s.coreLo, s.coreHi
		}
		if coreHi > coreLo && coreHi > lo && coreLo < hi {
			x0, w := clip(coreLo, coreHi)
			if tentative {
				fmt.Fprintf(b, `<rect x="%.1f" y="%d" width="%.1f" height="16" fill="%s" fill-opacity="0.12" stroke="%s" stroke-width="2" stroke-dasharray="5 3"/>`+"\n", x0, y-8, w, color, color)
			} else {
				fmt.Fprintf(b, `<rect x="%.1f" y="%d" width="%.1f" height="16" fill="%s"/>`+"\n", x0, y-8, w, color)
			}
			label.x0, label.w, label.solid = x0, w, !tentative
		}
		// Inside the bar where it fits, as the page does; after it
		// otherwise.
		if label.w >= float64(utf8.RuneCountInString(it.title)*charWidth+labelPad) {
			svgTitle(b, it.title, label.x0+4, y, "start", tentative, color, label.solid)
		} else {
			tx, anchor := beside(it, label.x0-4, label.x0+label.w+4)
			svgTitle(b, it.title, tx, y, anchor, tentative, color, false)
		}
	}
	if c.folded > 0 {
		c.svgOthers(b, x, rowY(c.rows[len(c.lanes)-1]))
	}
	if c.outside > 0 {
		fmt.Fprintf(b, `<text x="%d" y="%d" fill="#666666">%d more %s outside %s – %s.</text>`+"\n", left, bottom+36, c.outside,
			plural(c.outside, "event lies", "events lie"), esc(day(lo)), esc(day(hi-1)))
	}
	b.WriteString("</svg>\n")
}

// svgOthers writes the Others lane, on its row at y, as the page draws it
// when it opens (see othersSeries): for each stretch of othersBin pixels
// that holds some of its events, a bar the darker the more it holds, with
// their number, or the point of the one event it holds.
func (c *chart) svgOthers(b *bufio.Writer, x func(int64) float64, y int) {
	var items []*item
	for _, it := range c.items {
		if c.inOthers(it) {
			items = append(items, it)
		}
	}
	bins := othersBins(items, c.view[0], c.view[1], plotWidth)
	most := 0
	for _, bn := range bins {
		most = max(most, len(bn.items))
	}
	left, right := x(c.view[0]), x(c.view[1])
	for _, bn := range bins {
		if len(bn.items) == 1 {
			it := bn.items[0]
			fmt.Fprintf(b, `<circle cx="%.1f" cy="%d" r="5" fill="%s" stroke="#ffffff"/>`+"\n", x(it.spot.lo+(it.spot.hi-it.spot.lo)/2), y, c.colors[it.event.Label])
			continue
		}
		x0, x1 := max(x(bn.lo), left)+1, min(x(bn.hi), right)-1
		fmt.Fprintf(b, `<rect x="%.1f" y="%d" width="%.1f" height="24" fill="#5470c6" fill-opacity="%.2f"/>`+"\n", x0, y-12, x1-x0, othersShade(len(bn.items), most))
		fmt.Fprintf(b, `<text x="%.1f" y="%d" font-size="10" text-anchor="middle" dominant-baseline="middle" fill="#333333">%d</text>`+"\n", (x0+x1)/2, y, len(bn.items))
	}
}

// othersShade is the opacity of a stretch of the Others lane that holds n
// events, where the most any holds is most: from 0.15 to 0.6, by the
// square root, so that a few stand apart from none. datelineOthers shades
// them alike.
func othersShade(n, most int) float64 {
	return 0.15 + 0.45*math.Sqrt(float64(n)/float64(max(most, 1)))
}

// svgLegend writes a swatch and the name of each kind on the chart.
func (c *chart) svgLegend(b *bufio.Writer, width int) {
	names := make([]string, 0, len(c.colors))
	for k := range c.colors {
		names = append(names, k)
	}
	slices.Sort(names)
	total := 0
	for _, n := range names {
		total += 22 + utf8.RuneCountInString(n)*7 + 14
	}
	x := max((width-total)/2, svgMargin)
	for _, n := range names {
		fmt.Fprintf(b, `<rect x="%d" y="64" width="14" height="10" rx="2" fill="%s"/>`+"\n", x, c.colors[n])
		fmt.Fprintf(b, `<text x="%d" y="73" font-size="12" fill="#333333">%s</text>`+"\n", x+20, esc(n))
		x += 22 + utf8.RuneCountInString(n)*7 + 14
	}
}

// svgTitle writes a mark's title at x, y in titleInk: white or black on a
// solid bar, dark grey on a white halo elsewhere, in italics when the
// event has not happened.
func svgTitle(b *bufio.Writer, title string, x float64, y int, anchor string, tentative bool, color string, solid bool) {
	if title == "" {
		return
	}
	fill, style := titleInk(color, solid), ""
	if tentative {
		style = ` font-style="italic"`
	}
	halo := ` stroke="#ffffff" stroke-width="3" paint-order="stroke"`
	if solid {
		halo = ""
	}
	fmt.Fprintf(b, `<text x="%.1f" y="%d" dominant-baseline="middle" text-anchor="%s" fill="%s"%s%s>%s</text>`+"\n", x, y, anchor, fill, style, halo, esc(title))
}

// tick is a mark on the time axis.
type tick struct {
	at    int64
	label string
}

// ticks returns the marks of a time axis from lo to hi, milliseconds
// since the epoch: midnights, Mondays, firsts of months or Januaries,
// every so many, at most about ten.
func ticks(lo, hi int64) []tick {
	type step struct {
		days, months, years int
		layout              string
	}
	steps := []step{
		{days: 1, layout: "2 Jan"}, {days: 2, layout: "2 Jan"}, {days: 7, layout: "2 Jan"}, {days: 14, layout: "2 Jan 2006"},
		{months: 1, layout: "Jan 2006"}, {months: 3, layout: "Jan 2006"}, {months: 6, layout: "Jan 2006"},
		{years: 1, layout: "2006"}, {years: 2, layout: "2006"}, {years: 5, layout: "2006"}, {years: 10, layout: "2006"},
		{years: 25, layout: "2006"}, {years: 50, layout: "2006"}, {years: 100, layout: "2006"},
	}
	from, to := time.UnixMilli(lo).UTC(), time.UnixMilli(hi).UTC()
	for _, s := range steps {
		var t time.Time
		switch {
		case s.years > 0:
			y := from.Year() - from.Year()%s.years
			t = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		case s.months > 0:
			m := (int(from.Month()) - 1) / s.months * s.months
			t = time.Date(from.Year(), time.Month(m+1), 1, 0, 0, 0, 0, time.UTC)
		case s.days == 7 || s.days == 14:
			t = time.Date(from.Year(), from.Month(), from.Day(), 0, 0, 0, 0, time.UTC)
			t = t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)) // Monday
		default:
			t = time.Date(from.Year(), from.Month(), from.Day(), 0, 0, 0, 0, time.UTC)
		}
		var out []tick
		for ; !t.After(to); t = t.AddDate(s.years, s.months, s.days) {
			if !t.Before(from) {
				out = append(out, tick{t.UnixMilli(), t.Format(s.layout)})
			}
			if len(out) > 10 {
				break
			}
		}
		if len(out) <= 10 {
			return out
		}
	}
	return nil
}

func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// esc escapes s for SVG text and attributes, and drops what XML cannot
// hold: invalid UTF-8 (as U+FFFD) and control characters but tab and
// newline.
func esc(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' || r == 0xFFFE || r == 0xFFFF {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
	return html.EscapeString(s)
}
