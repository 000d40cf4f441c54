package render

import (
	_ "embed"
	"fmt"
	"html/template"
	"strings"
)

// chartJS defines the functions the chart's option names.
//
//go:embed chart.js
var chartJS string

// page is what the page template shows.
type page struct {
	ID, Title, Subtitle string
	Width, Height       string
	Charted             bool
	LaneKey             string
	Stacked             bool // some lane has more than one row
	Scrolls             bool // the lanes scroll inside the chart
	Reported            bool // the chart marks the days of the reports
	Linked              bool // some event is in several lanes, joined by a line
	Outside             int
	Folded              []foldedLane // the lanes folded into Others, busiest first
	Undated, All        []row
	ECharts, Script     template.JS
	Option, Events      template.JS
	// Loaded is the rows whose items Option holds, "[lo, hi]", or "null"
	// when it holds every item; Data then holds every series' items.
	Loaded, Data template.JS
	Version      string
	Assets       string // the URL of ECharts, or "" to inline it
	// Theme is "auto", "light" or "dark"; Dark the dark theme's colours
	// for the script (darkJSON) and Style the page's or fragment's
	// colours (themeCSS).
	Theme string
	Dark  template.JS
	Style template.CSS
}

// newPage prepares c for the page template. The option JSON has '<', '>'
// and '&' escaped, so article text in it cannot end the script element;
// only the function markers go-echarts leaves are unwrapped, and only
// where they are whole JSON strings.
func newPage(c *chart) (*page, error) {
	p := &page{
		ID: c.id, Title: c.title, Subtitle: c.sub,
		Width: c.width, Height: c.height,
		LaneKey: laneKey(c.laneBy, len(c.lanes), c.folded), Outside: c.outside, Undated: c.undated, All: c.all,
		Folded:  c.foldedLanes,
		Version: EChartsVersion, Assets: c.assets,
		Theme: c.theme.String(), Dark: darkJSON(),
	}
	if c.dated == 0 {
		return p, nil
	}
	p.Stacked = c.rows[len(c.lanes)] > len(c.lanes)
	p.Scrolls = c.rows[len(c.lanes)] > visibleRows(c.height)
	p.Reported = len(c.anchors) > 0 && len(c.anchors) <= maxAnchors
	p.Linked = len(c.links) > 0
	option, events, data, err := c.eventRefs()
	if err != nil {
		return nil, err
	}
	js := strings.TrimSpace(string(option))
	for _, f := range funcs {
		js = strings.ReplaceAll(js, `"__f__`+f+`__f__"`, f)
	}
	ev := strings.TrimSpace(string(events))
	p.Loaded = "null"
	if lo, hi, ok := c.loaded(); ok {
		p.Loaded = template.JS(fmt.Sprintf("[%d, %d]", lo, hi))
		p.Data = template.JS(strings.TrimSpace(string(data)))
	}
	if lower := strings.ToLower(js + ev + string(p.Data)); strings.Contains(lower, "</script") || strings.Contains(lower, "<!--") {
		// json.Marshal escapes '<'; this is a guard, not a code path.
		return nil, fmt.Errorf("render: chart options would end the script element")
	}
	p.Charted = true
	p.ECharts = template.JS(echartsJS)
	p.Script = template.JS(chartJS)
	p.Option = template.JS(js)
	p.Events = template.JS(ev)
	return p, nil
}

// laneKey says in the key to the chart what its n lanes are, the last of
// which holds the events of folded others when folded is not 0.
func laneKey(by LaneBy, n, folded int) string {
	each := fmt.Sprintf("Each of the %d lanes is", n)
	if folded > 0 {
		each = fmt.Sprintf("Each of the %d busiest lanes is", n-1)
	}
	if n == 1 {
		each = "The lane is"
	}
	var s string
	switch by {
	case LaneActor:
		s = each + " an actor: an event appears in the lane of each of its actors, or of its recipients when it names no actor."
	case LanePlace:
		s = each + " a place (a city, or a country when the text names no city): an event appears in the lane of where it happened."
	case LaneKind:
		s = each + " a kind of event."
	case LaneCountry:
		s = each + " a country: an event appears in the lane of the country of each of its actors and recipients, or of where it happened when they have none."
	default:
		s = each + " a participant: an event appears in the lane of each of its actors and recipients, so a visit shows in the lane of whoever receives the visitor as well as the visitor’s (the country visited, only where the visit goes, has no lane of its own)."
	}
	if folded > 0 {
		s += fmt.Sprintf(" The last lane, “%s”, counts the events of the other %d lanes, each event once, in one row: the darker a stretch, the more events it holds, and its number says how many; an event alone is a point. Hover over a stretch to list its events, click it (or zoom in) to spread them out. From the keyboard, Tab from the chart (or O) moves to the lane: the left and right arrows step through its stretches and list their events, Enter zooms in on one, L lists the lanes folded into it and Escape goes back to the chart.", othersLane(folded), folded)
	}
	return s
}

// pageTemplate is the standalone page. html/template escapes every
// string; the three template.JS values are the vendored library, our
// script and the escaped option JSON. The scripts follow the chart's
// element and come before the key and the tables, so that the chart is
// drawn before the browser reads a table of thousands of events.
var pageTemplate = template.Must(template.Must(template.New("page").Parse(chartTemplate)).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="dateline (Apache ECharts {{.Version}})">
<title>{{.Title}}</title>
<style>
{{.Style}}
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; padding: 0 1.5em 2em; max-width: 110em; color: var(--dl-fg); background: var(--dl-bg); }
h1 { font-size: 1.4em; margin: 1em 0 0; }
h2 { font-size: 1.15em; margin: 1.6em 0 .4em; }
.sub { color: var(--dl-muted); margin: .2em 0 1em; }
table.events { border-collapse: collapse; width: 100%; }
table.events th, table.events td { border-bottom: 1px solid var(--dl-rule); padding: .3em .5em; text-align: left; vertical-align: top; }
table.events td.sentence { color: var(--dl-soft); font-style: italic; }
.key { color: var(--dl-key); }
.key li { margin: .15em 0; }
.dl-tip th { text-align: left; padding-right: .8em; color: var(--dl-muted); font-weight: normal; vertical-align: top; }
.dl-tip td { vertical-align: top; }
blockquote { margin: .4em 0; padding-left: .6em; border-left: 3px solid var(--dl-quote); font-style: italic; }
.dl-src { color: var(--dl-muted); font-size: .9em; }
blockquote mark { background: var(--dl-mark); color: var(--dl-mark-fg); font-style: normal; }
.dl-bin { margin: .3em 0; padding-left: 1.2em; }
.code { color: var(--dl-code); font-size: .85em; }
.filter { margin: .6em 0 0; color: var(--dl-key); }
.filter input { font: inherit; padding: .15em .4em; width: 18em; }
.dl-print { display: none; }
@page { size: landscape; margin: 12mm; }
@media print {
body { padding: 0; max-width: none; }
.filter { display: none; }
.chart { break-inside: avoid; overflow: hidden; }
.chart.dl-printing { display: none !important; }
.dl-print { display: block; break-inside: avoid; container-type: inline-size; }
.dl-print canvas { display: none; width: 100%; height: auto; }
.dl-print canvas.dl-print-narrow { display: block; max-width: 600px; }
@container (min-width: 950px) {
.dl-print canvas.dl-print-narrow { display: none; }
.dl-print canvas.dl-print-wide { display: block; max-width: 960px; }
}
}
</style>
</head>
<body>
{{- if .Charted}}
{{template "chart" .}}
<noscript><p>The chart needs JavaScript; the events are listed below.</p></noscript>
<section class="key">
<h2>Reading the chart</h2>
<ul>
<li>{{.LaneKey}} Colours and the legend follow the kind of event.
{{- if .Folded}}
<details class="folded"><summary>The {{len .Folded}} lanes folded into “Others”, busiest first</summary>
<ol>
{{- range .Folded}}
<li>{{.Name}} ({{.Events}} {{if eq .Events 1}}event{{else}}events{{end}})</li>
{{- end}}
</ol>
</details>
{{- end}}
</li>
{{- if .Stacked}}
<li>Where events in a lane would cover each other, the lane splits into rows, one above the other; its name is on its first row.</li>
{{- end}}
<li>A point is an event on an exact day or time; a bar is an event over several days.</li>
{{- if .Linked}}
<li>A thin dashed line joins the marks of one event in several lanes, such as a meeting in the lanes of both who met{{if .Scrolls}}; a short stub points to a lane scrolled out of view{{end}}. Hovering over a mark rings its other marks.</li>
{{- end}}
<li>A pale band with a dashed edge is an uncertain date (a month, a year, “late 2011”, “about”): the event falls somewhere inside it.</li>
<li>Hollow, dashed marks labelled “planned”, “expected” or “possible” are events that had not happened when reported.</li>
{{- if .Reported}}
<li>The pale yellow day is the day of the report, against which “Friday” or “last month” were read.</li>
{{- end}}
{{- if .Outside}}
<li><strong>The chart opens where the events are densest; {{.Outside}} more {{if eq .Outside 1}}lies{{else}}lie{{end}} further out in time. Drag the slider’s handles out to see {{if eq .Outside 1}}it{{else}}them{{end}}.</strong></li>
{{- end}}
<li>Drag the slider under the chart, or hold Ctrl (Cmd on a Mac) and turn the wheel over it, to zoom in time; drag the plot to move along it.{{if .Scrolls}} The lanes scroll inside the chart: drag the bar on its right, or the plot, to see the others.{{end}} With the chart in focus (Tab), + and − zoom, the left and right arrows move in time{{if .Scrolls}} and the up and down arrows scroll the lanes{{end}}. Hover over an event for its sentence and source.</li>
</ul>
</section>
{{- else}}
<h1>{{.Title}}</h1>
<p class="sub">{{.Subtitle}}</p>
{{- if .All}}
<p>None of these events has a date, so there is no chart.</p>
{{- else}}
<p>There are no events in this timeline.</p>
{{- end}}
{{- end}}
{{- if .Undated}}
<section id="undated">
<h2>Undated events</h2>
<p>No date could be resolved for these, so they are not on the chart.</p>
<table class="events">
<thead><tr><th>Event</th><th>Status</th><th>Kind</th><th>Who</th><th>Sentence</th><th>Source</th></tr></thead>
<tbody>
{{- range .Undated}}
<tr><td>{{.Event.Summary}}</td><td>{{.Event.Status}}</td><td>{{.Event.Label}} <span class="code">{{.Event.Kind}}</span></td><td>{{.Event.Actors}}</td><td class="sentence">{{.Event.Sentence}}</td><td>{{.Event.Source}}</td></tr>
{{- end}}
</tbody>
</table>
</section>
{{- end}}
{{- if .All}}
<details id="all">
<summary>All {{len .All}} events as a table</summary>
<table class="events">
<thead><tr><th>When</th><th>As written</th><th>Event</th><th>Status</th><th>Kind</th><th>Place</th><th>Source</th></tr></thead>
<tbody>
{{- range .All}}
<tr><td>{{.When}}</td><td>{{.Event.Written}}</td><td>{{.Event.Summary}}</td><td>{{.Event.Status}}</td><td>{{.Event.Label}} <span class="code">{{.Event.Kind}}</span></td><td>{{.Event.Place}}</td><td>{{.Event.Source}}</td></tr>
{{- end}}
</tbody>
</table>
</details>
{{- end}}
</body>
</html>
`))

// chartTemplate is the chart as the page and a fragment show it: the
// filter box, the chart's element, the scripts that draw it (ECharts
// inlined, run once however many charts share the page, or loaded from
// Assets) and the events' texts.
const chartTemplate = `{{define "chart" -}}
<p class="filter"><label>Show only events mentioning <input type="search" id="{{.ID}}-filter" placeholder="a name, a place, a word…" autocomplete="off"></label> <output id="{{.ID}}-count" aria-live="polite"></output></p>
<div id="{{.ID}}" class="chart" style="width:{{.Width}};height:{{.Height}};"></div>
{{- if .Assets}}
<script src="{{.Assets}}"></script>
{{- else}}
<script>if (!window.echarts) { {{.ECharts}}
}</script>
{{- end}}
<script>{{.Script}}</script>
<script>
"use strict";
(function () {
	var el = document.getElementById({{.ID}});
	// "auto" follows the reader's colour scheme; colors are the dark
	// theme's (darkColors in theme.go).
	var dark = datelineDark({{.Theme}}), colors = {{.Dark}};
	var chart = echarts.init(el, dark ? "dark" : null, {renderer: "canvas"});
	var option = {{.Option}}, events = null;
	var others = datelineOthers(chart);
	(option.series || []).forEach(function (s) {
		if (s.name === "others") {
			s.renderItem = others.render;
		}
	});
	// The chart prints light, at the paper's size, from its light option
	// (datelinePrint): a dark chart's copied, without the items, before
	// it turns dark.
	var light = option;
	if (dark) {
		light = datelineCopy(option, true);
		datelineTheme(option, colors);
	}
	// The events' texts follow this script, read for the first tooltip
	// or filter.
	var texts = function () {
		if (!events) {
			events = JSON.parse(document.getElementById({{.ID}} + "-events").textContent);
		}
		return events;
	};
	option.tooltip.formatter = function (params) { return datelineTooltip(params, texts(), others.hovered()); };
	option.yAxis[0].axisLabel.formatter = datelineLaneLabeler(chart, option.yAxis[0].data);
	(option.series || []).forEach(function (s) {
		if (s.labelLayout) {
			s.labelLayout = datelineLabelLayout(chart);
		}
	});
	// The items of lanes out of view follow this script, read when the
	// lanes scroll to them.
	var data = function () {
		var d = JSON.parse(document.getElementById({{.ID}} + "-data").textContent);
		return dark ? datelineRecolor(d, colors) : d;
	};
	var view = datelineView(chart, option, texts, {{.Loaded}}, data, document.getElementById({{.ID}} + "-filter"), document.getElementById({{.ID}} + "-count"));
	chart.setOption(option);
	view();
	datelineWheel(chart);
	datelineKeys(chart);
	datelineRings(chart, dark ? colors.text : "#333333");
	if ((option.series || []).some(function (s) { return s.name === "others"; })) {
		others.keys(dark ? colors.text : "#333333", texts);
	}
	datelinePrint(chart, light, dark ? colors : null);
	window.addEventListener("resize", function () { chart.resize(); });
})();
</script>
{{- if .Data}}
<script type="application/json" id="{{.ID}}-data">{{.Data}}</script>
{{- end}}
<script type="application/json" id="{{.ID}}-events">{{.Events}}</script>
{{- end}}`

// fragmentTemplate is a chart to paste into a report: one div of class
// "dateline" with its own styles, scoped to it.
var fragmentTemplate = template.Must(template.Must(template.New("fragment").Parse(chartTemplate)).Parse(`<div class="dateline">
<style>
{{.Style}}
.dateline { font: 15px/1.45 system-ui, sans-serif; color: var(--dl-fg); background: var(--dl-bg); }
.dateline .dl-tip th { text-align: left; padding-right: .8em; color: var(--dl-muted); font-weight: normal; vertical-align: top; }
.dateline .dl-tip td { vertical-align: top; }
.dateline blockquote { margin: .4em 0; padding-left: .6em; border-left: 3px solid var(--dl-quote); font-style: italic; }
.dateline blockquote mark { background: var(--dl-mark); color: var(--dl-mark-fg); font-style: normal; }
.dateline .dl-src { color: var(--dl-muted); font-size: .9em; }
.dateline .dl-bin { margin: .3em 0; padding-left: 1.2em; }
.dateline .dl-print { display: none; }
@media print {
.dateline .filter { display: none; }
.dateline .chart { overflow: hidden; }
.dateline .chart.dl-printing { display: none !important; }
.dateline .dl-print { display: block; break-inside: avoid; container-type: inline-size; }
.dateline .dl-print canvas { display: none; width: 100%; height: auto; }
.dateline .dl-print canvas.dl-print-narrow { display: block; max-width: 600px; }
@container (min-width: 950px) {
.dateline .dl-print canvas.dl-print-narrow { display: none; }
.dateline .dl-print canvas.dl-print-wide { display: block; max-width: 960px; }
}
}
.dateline .filter { margin: .6em 0 0; color: var(--dl-key); }
.dateline .filter input { font: inherit; padding: .15em .4em; width: 18em; }
</style>
{{- if .Charted}}
{{template "chart" .}}
{{- else if .All}}
<p>None of the {{len .All}} events of “{{.Title}}” has a date, so there is no chart.</p>
{{- else}}
<p>There are no events in “{{.Title}}”.</p>
{{- end}}
</div>
`))
