package render

import (
	"fmt"
	"testing"

	"github.com/dateline-dev/dateline/timeline"
)

// at and span make items in lane 0 (or lane, if given) for packTests.
func at(day string, status ...int) *item {
	it := &item{spot: place(timeline.When{Start: mustDate(day)})}
	if len(status) > 0 {
		it.status = status[0]
	}
	return it
}

func span(from, to string) *item {
	return &item{spot: place(timeline.When{Start: mustDate(from), End: mustDate(to)})}
}

func inLane(lane int, it *item) *item { it.lane = lane; return it }

// px is milliseconds per pixel for a window of five days.
const px = 5 * 24 * 3600 * 1000 / plotWidth

var packTests = []struct {
	name  string
	lanes int
	items []*item
	rows  []int // the row of each item, in order
	first []int // pack's result
}{
	{
		name:  "one point",
		lanes: 1, items: []*item{at("2019-04-25")},
		rows: []int{0}, first: []int{0, 1},
	},
	{
		name:  "three points on one day take a row each",
		lanes: 1, items: []*item{at("2019-04-26"), at("2019-04-26"), at("2019-04-26")},
		rows: []int{0, 1, 2}, first: []int{0, 3},
	},
	{
		name:  "points on consecutive days share a row",
		lanes: 1, items: []*item{at("2019-04-25"), at("2019-04-26"), at("2019-04-27")},
		rows: []int{0, 0, 0}, first: []int{0, 1},
	},
	{
		name:  "a point inside a bar goes below it, whatever the timeline order",
		lanes: 1, items: []*item{at("2019-04-25"), span("2019-04-24", "2019-04-26")},
		rows: []int{1, 0}, first: []int{0, 2},
	},
	{
		name:  "the Vladivostok visit: a bar, a point on the 25th, three on the 26th",
		lanes: 1,
		items: []*item{
			span("2019-04-24", "2019-04-26"), at("2019-04-25"),
			at("2019-04-26"), at("2019-04-26"), at("2019-04-26"),
		},
		rows: []int{0, 1, 1, 2, 3}, first: []int{0, 4},
	},
	{
		name:  "overlapping bars stack; a later bar takes the first free row",
		lanes: 1,
		items: []*item{span("2019-04-01", "2019-04-10"), span("2019-04-05", "2019-04-20"), span("2019-04-12", "2019-04-14")},
		rows:  []int{0, 1, 0}, first: []int{0, 2},
	},
	{
		name:  "bars that meet do not overlap",
		lanes: 1, items: []*item{span("2019-04-01", "2019-04-02"), span("2019-04-03", "2019-04-04")},
		rows: []int{0, 0}, first: []int{0, 1},
	},
	{
		name:  "a late 2011 band and a 2019 bar share a row",
		lanes: 1,
		items: []*item{span("2019-04-24", "2019-04-26"), {spot: place(timeline.When{Start: mustDate("2011").WithMod(timeline.ModEnd)})}},
		rows:  []int{0, 0}, first: []int{0, 1},
	},
	{
		// A tentative point's status label needs room after it.
		name:  "a planned point crowds out the next day's point",
		lanes: 1, items: []*item{at("2019-04-25", 2), at("2019-04-26")},
		rows: []int{0, 1}, first: []int{0, 2},
	},
	{
		name:  "lanes are packed on their own, and an empty lane still has a row",
		lanes: 3,
		items: []*item{inLane(0, at("2019-04-25")), inLane(2, at("2019-04-25")), inLane(2, at("2019-04-25")), inLane(0, at("2019-04-26"))},
		rows:  []int{0, 0, 1, 0}, first: []int{0, 1, 2, 4},
	},
}

func TestPack(t *testing.T) {
	for _, tt := range packTests {
		first := pack(tt.items, tt.lanes, px)
		var rows []int
		for _, it := range tt.items {
			rows = append(rows, it.row)
		}
		if fmt.Sprint(rows) != fmt.Sprint(tt.rows) || fmt.Sprint(first) != fmt.Sprint(tt.first) {
			t.Errorf("%s: pack gives rows %v, first rows %v; want %v, %v", tt.name, rows, first, tt.rows, tt.first)
		}
	}
}

// TestPackNoOverlap checks the property pack promises on the example
// timeline: no two items in one row cover the same time.
func TestPackNoOverlap(t *testing.T) {
	var items []*item
	for _, day := range []string{"2019-04-24", "2019-04-25", "2019-04-25", "2019-04-26", "2019-04-26", "2019-04-26", "2019-04-27"} {
		items = append(items, at(day), span(day, "2019-04-27"))
	}
	pack(items, 1, px)
	for i, a := range items {
		for _, b := range items[i+1:] {
			aFrom, aTo := a.extent(px)
			bFrom, bTo := b.extent(px)
			if a.row == b.row && aFrom < bTo && bFrom < aTo {
				t.Errorf("%+v and %+v overlap in row %d", a.spot, b.spot, a.row)
			}
		}
	}
}
