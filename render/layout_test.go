package render

import (
	"fmt"
	"testing"
	"time"

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

func titled(it *item, title string) *item { it.title = title; return it }

// px is milliseconds per pixel for a window of five days, viewLo..viewHi.
const px = 5 * 24 * 3600 * 1000 / plotWidth

var viewLo, viewHi = msOf("2019-04-23"), msOf("2019-04-28")

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
		// A point's title needs room after it.
		name:  "a titled point crowds out the next day's point",
		lanes: 1, items: []*item{titled(at("2019-04-25", 2), "Leaves Vladivostok (planned)"), at("2019-04-26")},
		rows: []int{0, 1}, first: []int{0, 2},
	},
	{
		name:  "a short title leaves room for the next day's point",
		lanes: 1, items: []*item{titled(at("2019-04-25"), "Meeting"), at("2019-04-26")},
		rows: []int{0, 0}, first: []int{0, 1},
	},
	{
		name:  "a bar holds its title when it fits",
		lanes: 1, items: []*item{titled(span("2019-04-22", "2019-04-25"), "Visits Russia"), at("2019-04-26")},
		rows: []int{0, 0}, first: []int{0, 1},
	},
	{
		name:  "a one-day bar's title goes after it",
		lanes: 1, items: []*item{titled(span("2019-04-25", "2019-04-25"), "Attends a conference of foreign ministers"), at("2019-04-26")},
		rows: []int{0, 1}, first: []int{0, 2},
	},
	{
		name:  "a long title at the plot's right edge goes before its point, and takes the room of the point there",
		lanes: 1, items: []*item{titled(at("2019-04-26"), "Meets Lavrov"), titled(at("2019-04-27"), "A long telephone conversation about the border")},
		rows: []int{0, 1}, first: []int{0, 2},
	},
	{
		name:  "a short title at the plot's right edge stays after its point",
		lanes: 1, items: []*item{titled(at("2019-04-26"), "Meets Lavrov"), titled(at("2019-04-27"), "Calls Xi")},
		rows: []int{0, 0}, first: []int{0, 1},
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
		first := pack(tt.items, tt.lanes, viewLo, viewHi)
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
	pack(items, 1, viewLo, viewHi)
	for i, a := range items {
		for _, b := range items[i+1:] {
			aFrom, aTo, _ := a.extent(px, viewLo, viewHi)
			bFrom, bTo, _ := b.extent(px, viewLo, viewHi)
			if a.row == b.row && aFrom < bTo && bFrom < aTo {
				t.Errorf("%+v and %+v overlap in row %d", a.spot, b.spot, a.row)
			}
		}
	}
}

// days returns the extent of an exactly dated event from day a to day b,
// as build collects them for opening.
func days(a, b string) extent {
	return extent{lo: msOf(a), hi: mustDate(b).Latest.Add(24 * time.Hour).UnixMilli(), n: 1}
}

var openingTests = []struct {
	name     string
	all      []extent // every event; those with n set are exactly dated
	from, to string   // "" for a chart that opens on everything
}{
	{
		name: "the Vladivostok visit and late 2011: the visit's days",
		all:  []extent{days("2019-04-24", "2019-04-26"), days("2019-04-25", "2019-04-25"), {lo: msOf("2011-09-01"), hi: msOf("2012-01-01")}},
		from: "2019-04-23", to: "2019-04-28",
	},
	{
		name: "events over a month and nothing else: everything",
		all:  []extent{days("2019-04-01", "2019-04-01"), days("2019-04-30", "2019-04-30")},
	},
	{
		name: "nine events in 1987 and one in 1981: 1987",
		all: []extent{
			days("1981-06-01", "1981-06-01"), days("1987-02-01", "1987-02-01"), days("1987-03-01", "1987-03-01"),
			days("1987-03-10", "1987-03-10"), days("1987-04-01", "1987-04-01"), days("1987-04-20", "1987-04-20"),
			days("1987-05-01", "1987-05-01"), days("1987-06-01", "1987-06-01"), days("1987-07-01", "1987-07-01"),
			days("1987-08-01", "1987-08-01"),
		},
		from: "1987-01-13", to: "1987-08-21",
	},
	{
		name: "only fuzzy dates: everything",
		all:  []extent{{lo: msOf("2011-09-01"), hi: msOf("2012-01-01")}},
	},
}

func TestOpening(t *testing.T) {
	for _, tt := range openingTests {
		var all extent
		var sharp []extent
		for _, e := range tt.all {
			all.add(e.lo, e.hi)
			if e.n == 1 {
				sharp = append(sharp, e)
			}
		}
		from, to, ok := opening(all, sharp)
		if !ok {
			if tt.from != "" {
				t.Errorf("%s: opening on everything; want %s .. %s", tt.name, tt.from, tt.to)
			}
			continue
		}
		got := fmt.Sprintf("%s .. %s", day(from), day(to))
		if want := fmt.Sprintf("%s .. %s", day(msOf(tt.from)), day(msOf(tt.to))); tt.from == "" || got != want {
			t.Errorf("%s: opening on %s; want %s", tt.name, got, want)
		}
	}
}

var laneZoomTests = []struct {
	height string
	rows   int
	want   int // rows in view; 0 for no lane zoom
}{
	{"336px", 4, 0},
	{"720px", 13, 0},
	{"720px", 14, 13},
	{"720px", 5353, 13},
	{"1000px", 100, 20},
	{"100%", 100, 13}, // a length other than pixels: the default's rows
}

// TestLaneZoom: lanes scroll, a window of rows at a time, when they do
// not fit the chart's height.
func TestLaneZoom(t *testing.T) {
	for _, tt := range laneZoomTests {
		c := &chart{height: tt.height, lanes: []string{"a"}, rows: []int{0, tt.rows}}
		z := c.laneZoom()
		if tt.want == 0 {
			if z != nil {
				t.Errorf("laneZoom(%s, %d rows) = %+v; want none", tt.height, tt.rows, z)
			}
			continue
		}
		if len(z) != 2 || z[0].Type != "slider" || z[1].Type != "inside" {
			t.Fatalf("laneZoom(%s, %d rows) = %+v; want a slider and an inside zoom", tt.height, tt.rows, z)
		}
		for _, d := range z {
			if d.YAxisIndex == nil || d.StartValue != 0 || d.EndValue != int64(tt.want-1) || !d.ZoomLock || d.FilterMode != "weakFilter" {
				t.Errorf("laneZoom(%s, %d rows): %s zoom = %+v; want rows 0 to %d of the y axis, locked, filtering weakly (links cross the window's edge)", tt.height, tt.rows, d.Type, d, tt.want-1)
			}
		}
	}
}
