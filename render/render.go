// Package render draws a [timeline.Timeline] as an interactive HTML chart
// with Apache ECharts, built through go-echarts.
//
// # The chart
//
// Time runs along the x axis (in UTC, which the timeline uses as a
// zone-less civil clock) and each lane on the y axis is a participant,
// an actor or recipient (or an actor alone, a place, a kind or a
// country, see [LaneBy]); an event of several participants appears in
// each of their lanes. Where events in a lane would cover each other (a point
// inside a bar, two points on one day, overlapping bars), the lane splits
// into rows, deterministically: each event takes the first row where it
// covers nothing, bars and bands in order of their start before the
// points that start with them. Colours follow the kind of event, in plain
// words ("Visit", "Meeting"), and the legend shows and hides them by kind:
//
//   - an event on an exact day or minute is a point;
//   - an interval is a bar from the start to the end of its dates;
//   - an uncertain date (coarser than a day, such as "late 2011", or
//     carrying a mod such as END or APPROX) is a translucent band with a
//     dashed edge over everything it may cover, with the certain part of an
//     interval drawn solid inside it;
//   - an event that has not happened (planned, expected, possible, denied,
//     cancelled) is hollow with a dashed edge.
//
// Every mark is labelled with a short title: the summary with people by
// surname ("Kim holds a summit with Putin"), long organisations by their
// initials ("Meeting of IMF") and the status of an event that has not
// happened ("Kim leaves Vladivostok (planned)"). A title goes after its
// mark, or before it where after it would cross the plot's right edge;
// the rows leave it room on that side at the zoom the chart opens on, in
// the page and the SVG alike. Zoomed out, the page hides a title that
// would cover another mark on both sides, and ECharts those of the
// smaller marks where titles would overlap; zooming in shows them.
//
// The tooltip gives the summary, the date as written and as resolved, the
// status, the place and, for each report of the event (up to five), its
// sentence with the trigger highlighted and its source document. The time axis
// is at the top of the plot; a slider under it and the mouse wheel with
// Ctrl or Cmd zoom it (the wheel alone scrolls the page). When a few
// events, or fuzzy dates, stretch the axis far beyond where most events
// are, the chart opens zoomed on the shortest stretch that holds nine in
// ten of the exactly dated events, the ends of the slider are labelled
// with the dates of the whole axis, and the page says how many events lie
// outside. The slider's shadow is an overview of the whole axis: how many
// events fall in each of 100 equal stretches of it (an invisible line
// series, the option's first, on a hidden value axis).
//
// The legend shows and hides kinds; a box above the chart shows only the
// events whose text mentions what is typed in it.
//
// The day each document was reported (its anchor, against which
// "Friday" and "last month" resolve) is a pale band labelled "reported",
// when there are at most three such days.
//
// Lanes are ordered busiest first, or by their first event (see
// [LaneOrder]); [Options.MaxLanes] keeps the busiest and folds the
// events of the others into one lane at the bottom, "Others", one row
// that counts them by stretches of time (the page splits the stretches
// as it zooms in, down to the events). An event in
// several lanes (a meeting of two people in their two lanes) is drawn in
// each, its marks joined by a thin dashed line. The chart has a fixed
// height (see [Options]): when there are more rows than it shows, the
// lanes scroll inside it, with a bar on its right. The page then gives
// ECharts only the items of the rows in view and a screenful either side,
// reading the others from a list later in the page as the lanes scroll
// to them, with animation off: the first render and each zoom step of
// an archive of thousands of events lay out and draw a few hundred
// items, and no number of lanes makes the chart outgrow a canvas. Undated events
// are not drawn: the page lists them in a table under the chart, followed
// by a table of every event for readers without JavaScript.
//
// # Output
//
// [HTML] writes one standalone page with ECharts inlined: it makes no
// network request and the same timeline always gives the same bytes.
// [Fragment] writes the chart alone, to paste into a report, and [SVG] a
// static image of it.
// The page and the fragment are light or dark (see [Theme]): by default
// they follow the reader's prefers-color-scheme; the SVG is light.
// Article text is escaped wherever it goes, in the HTML and in the JSON
// inside the page's scripts. [ChartOptions] returns the ECharts option
// alone, for golden tests and for embedding the chart elsewhere.
package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"io"

	"github.com/dateline-dev/dateline/timeline"
)

// Options controls the chart. Its zero value works: a chart titled after
// the documents, one lane per participant, as wide as the page.
type Options struct {
	// Title heads the chart and the page. If empty, it is the title of
	// the only document, or "dateline" when there are several.
	Title string
	// Lanes chooses what a lane is; the default is LaneParticipant.
	Lanes LaneBy
	// MaxLanes, if positive, caps the lanes: the MaxLanes lanes with the
	// most events are kept and the events of all the others are folded
	// into one lane at the bottom, "Others (N lanes)", where an event
	// of several of them counts once; the lane is one row of counts,
	// however many events it holds. Folding a single lane would gain
	// nothing, so it is kept: a chart has at most MaxLanes+1 lanes. Zero,
	// the default, keeps every lane (they scroll inside the chart).
	MaxLanes int
	// LaneOrder orders the lanes kept; the default is ByActivity.
	LaneOrder LaneOrder
	// Width and Height are CSS lengths for the chart ("100%", "900px").
	// Width defaults to "100%"; Height defaults to enough pixels for
	// every row of every lane (40px a row), at least 320px and at most
	// 720px. Rows that do not fit scroll inside the chart.
	Width, Height string
	// NoAnimation turns off ECharts' animations, as for screenshots.
	NoAnimation bool
	// Assets, if set, is the URL the page or fragment loads ECharts
	// (echarts.min.js, version EChartsVersion, stock or dateline's own
	// build, assets/echarts.dateline.min.js) from instead of inlining
	// it; the page then needs that URL to draw the chart. Empty, the
	// default, inlines it and the page works offline.
	Assets string
	// Theme chooses light or dark colours for the page or fragment and
	// its chart; the default, ThemeAuto, follows the reader's
	// prefers-color-scheme. SVG ignores it: the static image is light.
	Theme Theme
}

// HTML writes t to w as a standalone HTML page: the chart, a key to it,
// a table of undated events and a table of all events. A timeline with
// no events, or a nil t, gives a page that says so. HTML returns only
// errors from building the chart or writing to w.
func HTML(w io.Writer, t *timeline.Timeline, opt Options) error {
	return execute(w, t, opt, pageTemplate, "page")
}

// Fragment writes t to w as an HTML fragment to paste into a report or
// another page: one div of class "dateline" holding the filter box, the
// chart, its scripts and styles scoped to it, without the page's key and
// tables. Several fragments can share a page: ECharts, inlined in each
// (or loaded from opt.Assets), runs once, and their elements' IDs derive
// from their timelines, so the fragments of different timelines do not
// clash (give one timeline twice different titles). A timeline without
// dated events gives a fragment that says so. Fragment returns only errors
// from building the chart or writing to w.
func Fragment(w io.Writer, t *timeline.Timeline, opt Options) error {
	return execute(w, t, opt, fragmentTemplate, "fragment")
}

// execute builds the chart of t and writes the page tmpl makes of it to
// w, whole or not at all; what names tmpl in its errors.
func execute(w io.Writer, t *timeline.Timeline, opt Options, tmpl *template.Template, what string) error {
	c, err := build(t, opt)
	if err != nil {
		return err
	}
	p, err := newPage(c)
	if err != nil {
		return err
	}
	p.Style = themeCSS(":root", c.theme)
	if what == "fragment" {
		p.Style = themeCSS(".dateline", c.theme)
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, p); err != nil {
		return fmt.Errorf("render: %s: %w", what, err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// ChartOptions returns the ECharts option for t as indented JSON, with
// '<', '>' and '&' escaped. The options name functions the page defines,
// as go-echarts function markers ("__f__datelineRenderSpan__f__" for the
// custom series' renderItem, "__f__datelineTooltip__f__" for the tooltip
// formatter, "__f__datelineLaneStart__f__" for the lane axis' intervals);
// HTML turns them into references. HTML also moves each item's event text
// into a list at the end of the page, which the tooltip reads when first
// shown, leaving in the item the text's index in that list: a chart of
// thousands of events is drawn without parsing every sentence first.
// When the lanes scroll, HTML's option holds only the items of the rows
// the chart opens on (and a screenful more), the others following in a
// list the page reads when the lanes scroll to them.
//
// The y axis has a category per row: a lane takes as many rows as it needs
// for its events not to cover each other (see [Options.Height]), and only
// a lane's first row is named, so the y axis data is the lane names with
// an empty string for every further row. Bars and bands are one custom
// series, "spans", whose data values are
//
//	[row, lo, hi, coreLo, coreHi, status, uncertain, title]
//
// with times in milliseconds since the Unix epoch: lo..hi is all the event
// may cover, coreLo..coreHi the part it certainly covers (empty when
// coreLo == coreHi), status 0 to 6 for occurred, ongoing, planned,
// expected, possible, denied and cancelled (7 for anything else) and
// uncertain 1 for a fuzzy date; title is the label on the chart. Points
// are one scatter series, "points", with values [row, time] and their
// title as the item's name. Each item has its kind's colour as its
// itemStyle and the kind's number in the legend under "k"; the legend
// names the kinds through one series of no data each, which the page
// follows to hide and show the items. An event in several lanes has an
// item of value [time, first row, last row] in the custom series "links",
// drawn as a line joining its marks. Every data item carries the event's
// text under "event". A timeline without dated events gives an option
// with no series.
func ChartOptions(t *timeline.Timeline, opt Options) ([]byte, error) {
	c, err := build(t, opt)
	if err != nil {
		return nil, err
	}
	return marshal(c.option, "  ")
}

// marshal encodes v as JSON with HTML-sensitive characters escaped, so
// that it can sit inside a <script> element.
func marshal(v any, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true)
	enc.SetIndent("", indent)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("render: chart options: %w", err)
	}
	return buf.Bytes(), nil
}
