package render

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"

	"github.com/dateline-dev/dateline/timeline"
)

// The functions the page script defines and the option refers to (see
// chart.js). They are go-echarts function markers: HTML unwraps them into
// bare references.
const (
	renderSpanFunc = "datelineRenderSpan"
	renderLinkFunc = "datelineRenderLink"
	// renderOthersFunc draws the Others lane as one bar; the page draws it
	// as counts instead (datelineOthers).
	renderOthersFunc = "datelineRenderOthers"
	tooltipFunc      = "datelineTooltip"
	laneStartFunc    = "datelineLaneStart"
)

// funcs lists the functions the option may name.
var funcs = []string{renderSpanFunc, renderLinkFunc, renderOthersFunc, tooltipFunc, laneStartFunc}

// kindColors gives each kind of event, by its plain-language label, a
// colour of its own, the same in every chart, from Paul Tol's schemes for
// readers with colour-blindness: kinds that often stand side by side
// (a visit, its meetings, its departure) differ in hue and lightness.
// Return, Summit and Conference are not Tol's: his #997700 and #cc3311
// looked nearly alike to a reader with deuteranopia (CIE76 ΔE 2.5), so
// they were picked to keep every two kinds at least distinctFloor apart
// with full colour vision and with simulated deuteranopia, protanopia
// and tritanopia (TestDistinct).
var kindColors = map[string]string{
	"Visit":        "#4477aa",
	"Hosted visit": "#66ccee",
	"Arrival":      "#228833",
	"Departure":    "#ccbb44",
	"Return":       "#0022ff",
	"Meeting":      "#ee6677",
	"Talks":        "#aa3377",
	"Summit":       "#cc33ee",
	"Conference":   "#881100",
	"Phone call":   "#ee7733",
	"Signing":      "#332288",
	"Ceremony":     "#8c564b",
	"Mediation":    "#882255",
	"Other":        "#bbbbbb",
}

// palette colours kinds kindColors does not name, in order.
var palette = []string{"#88ccee", "#44aa99", "#117733", "#ddcc77", "#cc6677", "#aa4499", "#555555"}

// kindColor returns the colour of the kind labelled label, the i-th of
// those kindColors does not name.
func kindColor(label string, i int) string {
	if c, ok := kindColors[label]; ok {
		return c
	}
	return palette[i%len(palette)]
}

// statuses numbers the event statuses in the chart's data values; an
// unknown status is len(statuses).
var statuses = []timeline.Status{
	timeline.StatusOccurred,
	timeline.StatusOngoing,
	timeline.StatusPlanned,
	timeline.StatusExpected,
	timeline.StatusPossible,
	timeline.StatusDenied,
	timeline.StatusCancelled,
}

// chart is a timeline laid out for the page.
type chart struct {
	id            string
	title, sub    string
	width, height string
	option        map[string]any    // without series when no event is dated
	optionJSON    []byte            // option, compact, hashed into the ID
	spans         []spanItem        // the option's bars and bands
	points        []pointItem       // the option's points
	extents       []extent          // each dated event's time
	items         []*item           // the marks, laid out
	view          [2]int64          // the time the chart opens on
	colors        map[string]string // each kind's colour, by label
	lanes         []string
	laneBy        LaneBy
	folded        int          // lanes folded into the last, "Others" (see Options.MaxLanes)
	foldedLanes   []foldedLane // the lanes folded, busiest first
	links         []link       // events in several lanes
	linkData      []spanItem
	othersData    []othersItem // the Others lane's events, in one item
	assets        string       // Options.Assets
	theme         Theme        // Options.Theme
	rows          []int        // each lane's first row, then the number of rows
	dated         int
	anchors       []int64 // the documents' anchor days, in order, once each
	from, to      int64   // the time window the chart opens on, if zoomed
	zoomed        bool
	outside       int // dated events out of the opening zoom window
	undated       []row
	all           []row
}

// row is an event as the page's tables show it.
type row struct {
	Event *eventText
	When  string
}

// eventText is what the tooltip and the tables say about an event. It is
// plain text; whoever puts it in HTML escapes it.
type eventText struct {
	ID       string `json:"id"`
	Label    string `json:"label"` // the kind in plain words: "Visit", "Phone call"
	Kind     string `json:"kind"`  // the PLOVER kind and mode: "CONSULT/visit"
	Summary  string `json:"summary"`
	Written  string `json:"written,omitempty"`
	Resolved string `json:"resolved"`
	Status   string `json:"status"`
	Actors   string `json:"actors,omitempty"`
	Place    string `json:"place,omitempty"`
	Note     string `json:"note,omitempty"`
	// Sentence and Source are those of the first report, for the tables;
	// the tooltip quotes Reports.
	Sentence string   `json:"-"`
	Source   string   `json:"-"`
	Reports  []report `json:"reports,omitempty"`
	More     int      `json:"more,omitempty"` // reports beyond Reports
}

// spanItem is a data item of a custom series: a bar or a band. Its value
// is [row, lo, hi, coreLo, coreHi, status, uncertain, title] (see
// spanDimensions). Its event is its text or, in the page, the index of
// its text in the page's list of events (see eventRefs).
type spanItem struct {
	Value     []any             `json:"value"`
	Kind      int               `json:"k"` // the kind's number in the legend
	ItemStyle map[string]string `json:"itemStyle,omitempty"`
	Event     any               `json:"event"`
}

// spanDimensions names the dimensions of a span's value; the title is
// ordinal, so that datelineRenderSpan can read it as a string.
var spanDimensions = []dimension{
	{"row", "number"}, {"lo", "time"}, {"hi", "time"}, {"coreLo", "time"}, {"coreHi", "time"},
	{"status", "number"}, {"uncertain", "number"}, {"title", "ordinal"},
}

type dimension struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// The names of the series of all bars and bands and of all points.
const (
	spansName  = "spans"
	pointsName = "points"
)

// customSeries is the series of bars and bands; go-echarts' series lacks
// dimensions.
type customSeries struct {
	Name        string          `json:"name"`
	Type        string          `json:"type"`
	Dimensions  []dimension     `json:"dimensions"`
	Encode      map[string]any  `json:"encode"`
	RenderItem  types.FuncStr   `json:"renderItem"`
	LabelLayout map[string]bool `json:"labelLayout"`
	Data        []spanItem      `json:"data"`
}

// kindSeries is a series of no data that names a kind in the legend, in
// its colour.
type kindSeries struct {
	Name      string            `json:"name"`
	Type      string            `json:"type"`
	Data      []any             `json:"data"`
	ItemStyle map[string]string `json:"itemStyle"`
}

// legendOption is the legend; go-echarts' lacks icons by item.
type legendOption struct {
	Type  string       `json:"type"`
	Left  string       `json:"left"`
	Top   string       `json:"top"`
	Width string       `json:"width"`
	Data  []legendItem `json:"data"`
}

// legendItem is a kind in the legend: a bar's icon for a kind of bars and
// bands alone, a point's otherwise.
type legendItem struct {
	Name string `json:"name"`
	Icon string `json:"icon"`
}

// pointItem is a data item of a scatter series; its name is its title.
type pointItem struct {
	Name      string      `json:"name"`
	Value     [2]int64    `json:"value"`
	Kind      int         `json:"k"` // as a spanItem's
	ItemStyle *pointStyle `json:"itemStyle,omitempty"`
	Label     *label      `json:"label,omitempty"`
	Event     any         `json:"event"` // as a spanItem's
}

// scatterSeries is the series of points; go-echarts' label lacks the
// halo.
type scatterSeries struct {
	Name        string          `json:"name"`
	Type        string          `json:"type"`
	SymbolSize  int             `json:"symbolSize"`
	Encode      map[string]int  `json:"encode"`
	Label       label           `json:"label"`
	LabelLayout map[string]bool `json:"labelLayout"`
	Data        []pointItem     `json:"data"`
}

// label is a point's label, or what an item changes of its series'.
type label struct {
	Show            bool   `json:"show,omitempty"`
	Position        string `json:"position,omitempty"`
	Formatter       string `json:"formatter,omitempty"`
	Color           string `json:"color,omitempty"`
	FontSize        int    `json:"fontSize,omitempty"`
	FontStyle       string `json:"fontStyle,omitempty"`
	TextBorderColor string `json:"textBorderColor,omitempty"`
	TextBorderWidth int    `json:"textBorderWidth,omitempty"`
}

// pointStyle is a point's itemStyle; go-echarts' lacks borderType.
type pointStyle struct {
	Color       string `json:"color"`
	BorderColor string `json:"borderColor"`
	BorderWidth int    `json:"borderWidth"`
	BorderType  string `json:"borderType,omitempty"`
}

// group is the data of one kind of event.
type group struct {
	spans  []spanItem
	points []pointItem
	others []*item // in the Others lane
}

// tooltip is the tooltip option; go-echarts' lacks confine and
// extraCssText.
type tooltip struct {
	Trigger      string        `json:"trigger"`
	Confine      bool          `json:"confine"`
	Formatter    types.FuncStr `json:"formatter"`
	ExtraCSSText string        `json:"extraCssText"`
}

// build lays t out as a chart. A nil t is an empty timeline.
func build(t *timeline.Timeline, opt Options) (*chart, error) {
	if t == nil {
		t = &timeline.Timeline{}
	}
	c := &chart{title: opt.Title, width: opt.Width, height: opt.Height, assets: opt.Assets, theme: opt.Theme}
	if c.title == "" {
		c.title = "dateline"
		if len(t.Documents) == 1 && t.Documents[0].Title != "" {
			c.title = t.Documents[0].Title
		}
	}
	if c.width == "" {
		c.width = "100%"
	}
	titles := make(map[string]string, len(t.Documents))
	for _, d := range t.Documents {
		titles[d.ID] = d.Title
		if a := d.Anchor; a.Placed() && len(c.anchors) <= maxAnchors {
			if at := ms(timeline.DayOf(a.Earliest).Earliest); !slices.Contains(c.anchors, at) {
				c.anchors = append(c.anchors, at)
			}
		}
	}
	slices.Sort(c.anchors)

	var (
		items   []*item
		index   = laneIndex{by: opt.Lanes, index: map[string]int{}}
		all     extent
		sharp   []extent // the events with exact dates
		extents []extent
	)
	laner := newLaner(t.Events, opt.Lanes)
	short := shortNames(t.Events)
	for i := range t.Events {
		e := &t.Events[i]
		text := describe(e, titles)
		c.all = append(c.all, row{text, e.When.String()})
		if e.When.IsZero() {
			c.undated = append(c.undated, row{text, ""})
			continue
		}
		c.dated++
		s := place(e.When)
		all.add(s.lo, s.hi)
		extents = append(extents, extent{lo: s.lo, hi: s.hi})
		if !s.uncertain {
			sharp = append(sharp, extent{lo: s.lo, hi: s.hi, n: 1})
		}
		var in []int
		for _, name := range laner.lanes(e) {
			n := index.of(name)
			if slices.Contains(in, n) {
				continue // two names of one country
			}
			in = append(in, n)
			items = append(items, &item{lane: n, spot: s, event: text, title: shortTitle(e, short, name), status: statusIndex(e.Status)})
		}
	}
	c.laneBy = opt.Lanes
	count := make([]int, len(index.names))
	for _, it := range items {
		count[it.lane]++
	}
	c.lanes, items, c.folded = arrange(index.names, items, opt.LaneOrder, opt.MaxLanes)
	if c.folded > 0 {
		c.foldedLanes = foldedLanes(index.names, count, c.lanes[:len(c.lanes)-1])
	}
	c.from, c.to, c.zoomed = opening(all, sharp)
	lo, hi := all.padded(20)
	if c.zoomed {
		lo, hi = c.from, c.to
	}
	// The Others lane is one row, a strip of counts (see othersSeries):
	// its events are not stacked.
	stacked := items
	if c.folded > 0 {
		others := len(c.lanes) - 1
		stacked = slices.DeleteFunc(slices.Clone(items), func(it *item) bool { return it.lane == others })
	}
	c.rows = pack(stacked, len(c.lanes), lo, hi)
	c.items, c.view = items, [2]int64{lo, hi}
	// No link goes into the Others lane: most of its events are in a
	// lane kept too, and the lines would stripe the chart.
	c.links = links(stacked, c.rows)
	groups := map[string]*group{}
	for _, it := range items {
		g := groups[it.event.Label]
		if g == nil {
			g = &group{}
			groups[it.event.Label] = g
		}
		if c.inOthers(it) {
			g.others = append(g.others, it)
			continue
		}
		r, s := int64(c.rows[it.lane]+it.row), it.spot
		if s.point {
			g.points = append(g.points, pointItem{Name: it.title, Value: [2]int64{r, s.at}, Event: it.event})
			continue
		}
		g.spans = append(g.spans, spanItem{
			Value: []any{r, s.lo, s.hi, s.coreLo, s.coreHi, int64(it.status), boolInt(s.uncertain), it.title},
			Event: it.event,
		})
	}
	if c.height == "" {
		c.height = fmt.Sprintf("%dpx", min(maxHeight, max(minHeight, chrome+rowHeight*c.rows[len(c.lanes)])))
	}
	c.sub = subtitle(len(t.Events), len(c.undated), len(t.Documents))
	if c.dated > 0 {
		c.extents = extents
		c.option = c.options(opt, groups, all)
		if c.zoomed {
			for _, e := range extents {
				if e.hi <= c.from || e.lo >= c.to {
					c.outside++
				}
			}
		}
	} else {
		c.option = map[string]any{
			"title":  opts.Title{Title: c.title, Subtitle: c.sub, Left: "center"},
			"series": []any{},
		}
	}
	sum := sha256.New()
	fmt.Fprintf(sum, "%s\x00%s\x00%s\x00%s\x00", c.title, c.sub, c.width, c.height)
	for _, r := range c.all {
		fmt.Fprintf(sum, "%s\x00%s\x00%s\x00", r.Event.ID, r.Event.Summary, r.When)
	}
	b, err := marshal(c.option, "")
	if err != nil {
		return nil, err
	}
	c.optionJSON = b
	sum.Write(b)
	c.id = "dateline_" + hex.EncodeToString(sum.Sum(nil)[:6])
	return c, nil
}

// options builds the ECharts option through go-echarts.
func (c *chart) options(opt Options, groups map[string]*group, all extent) map[string]any {
	lo, hi := all.padded(20)
	ch := charts.NewScatter()
	// The page is ours, not go-echarts': no CDN assets, no random ID.
	ch.Initialization = opts.Initialization{PageTitle: c.title, Width: c.width, Height: c.height, Theme: "white", Renderer: "canvas"}
	ch.JSAssets.Init()
	ch.CSSAssets.Init()
	ch.SetGlobalOptions(
		charts.WithTitleOpts(opts.Title{Title: c.title, Subtitle: c.sub, Left: "center", Top: "8"}),
		charts.WithLegendOpts(opts.Legend{Type: "scroll", Top: "58", Left: "center", Width: "80%"}),
		charts.WithToolboxOpts(opts.Toolbox{Show: opts.Bool(true), Right: "20", Feature: &opts.ToolBoxFeature{
			SaveAsImage: &opts.ToolBoxFeatureSaveAsImage{Show: opts.Bool(true), Title: "save as PNG", Name: "timeline"},
			Restore:     &opts.ToolBoxFeatureRestore{Show: opts.Bool(true), Title: "reset zoom"},
		}}),
		charts.WithGridOpts(opts.Grid{Left: "16", Right: "48", Top: "116", Bottom: "56", ContainLabel: opts.Bool(true)}),
	)
	if opt.NoAnimation {
		ch.SetGlobalOptions(charts.WithAnimation(false))
	}

	// All bars and bands are one custom series, all points one scatter
	// series, each item in its kind's colour: ECharts' every update
	// (each zoom step) costs by the series as well as by the items. The
	// legend names the kinds through a series of no data for each, and
	// the page shows and hides the items of a kind by its number, k.
	names := make([]string, 0, len(groups))
	for k := range groups {
		names = append(names, k)
	}
	slices.Sort(names)
	var legend []legendItem
	var kinds []any
	other := 0
	c.colors = map[string]string{}
	c.spans, c.points, c.othersData = nil, nil, nil
	var folded othersItem
	for k, name := range names {
		g, color := groups[name], kindColor(name, other)
		if _, ok := kindColors[name]; !ok {
			other++
		}
		c.colors[name] = color
		icon := "circle"
		if len(g.points) == 0 {
			icon = "roundRect"
		}
		legend = append(legend, legendItem{Name: name, Icon: icon})
		kinds = append(kinds, kindSeries{Name: name, Type: types.ChartScatter, Data: []any{}, ItemStyle: map[string]string{"color": color}})
		for _, sp := range g.spans {
			sp.Kind, sp.ItemStyle = k, map[string]string{"color": color}
			c.spans = append(c.spans, sp)
		}
		for _, pt := range g.points {
			pt.Kind, pt.ItemStyle = k, &pointStyle{Color: color, BorderColor: "#ffffff", BorderWidth: 1}
			mark(&pt, color)
			c.points = append(c.points, pt)
		}
		folded.Colors = append(folded.Colors, color)
		for _, it := range g.others {
			folded.Events = append(folded.Events, othersEvent{lo: it.spot.lo, hi: it.spot.hi, k: k, event: it.event})
		}
	}
	if len(folded.Events) > 0 {
		slices.SortStableFunc(folded.Events, func(a, b othersEvent) int { return cmp.Compare(a.lo+(a.hi-a.lo)/2, b.lo+(b.hi-b.lo)/2) })
		folded.Value = [3]int64{int64(c.rows[len(c.lanes)-1]), folded.Events[0].lo, folded.Events[0].hi}
		for _, e := range folded.Events {
			folded.Value[1], folded.Value[2] = min(folded.Value[1], e.lo), max(folded.Value[2], e.hi)
		}
		folded.Lanes = c.foldedLanes
		c.othersData = []othersItem{folded}
	}
	ch.Validate()

	o := ch.JSON()
	// Bars and bands first, so that points are drawn over them.
	// The overview goes first: the slider draws the first series of its
	// axis as its shadow.
	// The links under the marks they join.
	o["series"] = []any{c.overview(lo, hi)}
	if len(c.links) > 0 {
		o["series"] = append(o["series"].([]any), c.linkSeries(names))
	}
	if len(c.spans) > 0 {
		o["series"] = append(o["series"].([]any), customSeries{
			Name: spansName, Type: types.ChartCustom, Data: c.spans,
			Dimensions:  spanDimensions,
			RenderItem:  opts.FuncOpts(renderSpanFunc),
			Encode:      map[string]any{"x": []int{1, 2}, "y": 0},
			LabelLayout: map[string]bool{"hideOverlap": true},
		})
	}
	if len(c.othersData) > 0 {
		o["series"] = append(o["series"].([]any), othersSeries{
			Name: othersName, Type: types.ChartCustom, Data: c.othersData,
			Dimensions: []dimension{{"row", "number"}, {"lo", "time"}, {"hi", "time"}},
			Encode:     map[string]any{"x": []int{1, 2}, "y": 0},
			RenderItem: opts.FuncOpts(renderOthersFunc),
		})
	}
	if len(c.points) > 0 {
		o["series"] = append(o["series"].([]any), scatterSeries{
			Name: pointsName, Type: types.ChartScatter, Data: c.points,
			SymbolSize:  14,
			Encode:      map[string]int{"x": 1, "y": 0},
			Label:       titleLabel,
			LabelLayout: map[string]bool{"hideOverlap": true},
		})
	}
	o["series"] = append(o["series"].([]any), kinds...)
	o["legend"] = legendOption{Type: "scroll", Left: "center", Top: "58", Width: "80%", Data: legend}
	if r := c.reported(); r != nil {
		o["series"] = append(o["series"].([]any), r)
	}
	o["useUTC"] = true
	// go-echarts' axis label formatter is a string or a function; the
	// time axis wants an object of templates per level.
	// The time axis runs along the top of the plot, so that it is in view
	// with the first lanes; the chart never outgrows the screen (see
	// laneZoom), so it stays in view.
	o["xAxis"] = []timeAxis{{
		Type: "time", Position: "top", Min: lo, Max: hi, AxisLine: map[string]bool{"onZero": false},
		SplitLine: map[string]bool{"show": true},
		AxisLabel: timeLabel{HideOverlap: true, Formatter: map[string]string{
			"year": "{yyyy}", "month": "{MMM} {yyyy}", "day": "{d} {MMM}",
			"hour": "{HH}:{mm}", "minute": "{HH}:{mm}",
		}},
	}}
	o["yAxis"] = []any{c.laneAxis(), map[string]any{"type": "value", "show": false, "min": 0}}
	// go-echarts' DataZoom lacks startValue and endValue. The slider
	// runs over the whole axis, which fuzzy dates can make years long, so
	// its ends are labelled: a window of days on it is a sliver, and the
	// labels say what the rest of the slider is.
	x := 0
	zoom := []dataZoom{
		{
			Type: "slider", XAxisIndex: &x, FilterMode: "weakFilter",
			Left: sliderInset, Right: sliderInset, Bottom: "10", Height: "28",
			ShowDataShadow: opts.Bool(true), FillerColor: "rgba(84,112,198,0.25)",
			DataBackground: &shadowStyle,
			BorderColor:    "#b8c2dc",
		},
		// Dragging the plot moves along the time axis. ECharts' inside
		// zoom would take every turn of the wheel over the plot (whatever
		// its zoomOnMouseWheel says, it stops the event), so it is locked
		// and leaves the wheel alone: the page scrolls, and
		// datelineWheel zooms on Ctrl or Cmd and the wheel.
		{Type: "inside", XAxisIndex: &x, FilterMode: "weakFilter", ZoomLock: true},
	}
	if c.zoomed {
		for i := range zoom {
			zoom[i].StartValue, zoom[i].EndValue = c.from, c.to
		}
	}
	lanes := c.laneZoom()
	zoom = append(zoom, lanes...)
	if lanes != nil {
		// The page gives ECharts only the items of the lanes in view
		// (datelineView), a few hundred, below its animationThreshold:
		// it would animate every zoom step, as it never did for the
		// thousands of items of the whole chart.
		o["animation"] = false
	}
	o["dataZoom"] = zoom
	o["graphic"] = []graphicText{
		{Type: "text", Left: "16", Bottom: "16", Silent: true, Style: textStyle{Text: day(lo), Fill: "#666", Font: "12px sans-serif"}},
		{Type: "text", Right: "16", Bottom: "16", Silent: true, Style: textStyle{Text: day(hi - 1), Fill: "#666", Font: "12px sans-serif"}},
	}
	// Screen readers read this for the canvas; the tables under the chart
	// list every event.
	o["aria"] = map[string]any{"enabled": true, "label": map[string]string{"description": c.description(all)}}
	o["tooltip"] = tooltip{
		Trigger: "item", Confine: true,
		Formatter:    opts.FuncOpts(tooltipFunc),
		ExtraCSSText: "max-width:32em;white-space:normal;",
	}
	return o
}

// eventRefs returns the option's JSON for the page, where each data item
// names its event by its index in c.all instead of carrying its text,
// and the texts, in the order of c.all, as a JSON array. The page reads
// the texts only for the first tooltip, so that a chart of thousands of
// events is drawn without first parsing every sentence. When the lanes
// scroll, the option holds only the items of the rows c.loaded returns,
// and data is the JSON of every series' items (null for a series whose
// items are all in the option), which the page reads when the lanes
// scroll further: a large chart's script is then a few kilobytes of
// option, not megabytes. It leaves the option as it was.
func (c *chart) eventRefs() (option, events, data []byte, err error) {
	index := make(map[*eventText]int, len(c.all))
	texts := make([]*eventText, len(c.all))
	for i, r := range c.all {
		index[r.Event] = i
		texts[i] = r.Event
	}
	swap := func(ref bool) {
		for i := range c.othersData {
			for j := range c.othersData[i].Events {
				e := &c.othersData[i].Events[j]
				e.event = swapEvent(e.event, ref, index, texts)
			}
		}
		for i := range c.spans {
			c.spans[i].Event = swapEvent(c.spans[i].Event, ref, index, texts)
		}
		for i := range c.points {
			c.points[i].Event = swapEvent(c.points[i].Event, ref, index, texts)
		}
		for i := range c.linkData {
			c.linkData[i].Event = swapEvent(c.linkData[i].Event, ref, index, texts)
		}
	}
	swap(true)
	defer swap(false)
	o := c.option
	if lo, hi, ok := c.loaded(); ok {
		series := o["series"].([]any)
		inView, all := make([]any, len(series)), make([]any, len(series))
		for i, s := range series {
			inView[i] = s
			switch s := s.(type) {
			case customSeries:
				all[i] = s.Data
				s.Data = slices.DeleteFunc(slices.Clone(s.Data), func(d spanItem) bool { r := d.Value[0].(int64); return r < lo || r > hi })
				inView[i] = s
			case scatterSeries:
				all[i] = s.Data
				s.Data = slices.DeleteFunc(slices.Clone(s.Data), func(d pointItem) bool { return d.Value[0] < lo || d.Value[0] > hi })
				inView[i] = s
			case othersSeries:
				all[i] = s.Data
				s.Data = slices.DeleteFunc(slices.Clone(s.Data), func(d othersItem) bool { return d.Value[0] < lo || d.Value[0] > hi })
				inView[i] = s
			case linkSeries:
				all[i] = s.Data
				s.Data = slices.DeleteFunc(slices.Clone(s.Data), func(d spanItem) bool { return d.Value[2].(int64) < lo || d.Value[1].(int64) > hi })
				inView[i] = s
			}
		}
		o = maps.Clone(o)
		o["series"] = inView
		if data, err = marshal(all, ""); err != nil {
			return nil, nil, nil, err
		}
	}
	if option, err = marshal(o, ""); err != nil {
		return nil, nil, nil, err
	}
	if events, err = marshal(texts, ""); err != nil {
		return nil, nil, nil, err
	}
	return option, events, data, nil
}

// loaded returns the rows whose items the page's option holds, when the
// lanes scroll (ok): those the chart opens on and as many again either
// side, as datelineView widens them.
func (c *chart) loaded() (lo, hi int64, ok bool) {
	if c.laneZoom() == nil {
		return 0, 0, false
	}
	n := int64(visibleRows(c.height))
	return -n, 2*n - 1, true
}

// swapEvent turns an item's event text into its index (ref) or back.
func swapEvent(e any, ref bool, index map[*eventText]int, texts []*eventText) any {
	if ref {
		return index[e.(*eventText)]
	}
	return texts[e.(int)]
}

// linkSeries is the series of links: a custom series of items
// [time, first row, last row], drawn by datelineRenderLink as a thin
// dashed line across the rows, silent (no tooltip, no hover) and out of
// the legend. Its items name their event as the marks do, so that the
// filter box hides them with it.
type linkSeries struct {
	Name       string          `json:"name"`
	Type       string          `json:"type"`
	Silent     bool            `json:"silent"`
	Dimensions []dimension     `json:"dimensions"`
	Encode     map[string]any  `json:"encode"`
	RenderItem types.FuncStr   `json:"renderItem"`
	Tooltip    map[string]bool `json:"tooltip"`
	Data       []spanItem      `json:"data"`
}

// linksName is the name of the series of links.
const linksName = "links"

// linkSeries returns the series of c's links; kinds are the kinds'
// labels in the legend's order. A link carries its event's kind, so that
// the legend hides it with the event's marks and only then.
func (c *chart) linkSeries(kinds []string) linkSeries {
	c.linkData = make([]spanItem, len(c.links))
	for i, l := range c.links {
		c.linkData[i] = spanItem{Value: []any{l.at, int64(l.from), int64(l.to)}, Kind: slices.Index(kinds, l.event.Label), Event: l.event}
	}
	return linkSeries{
		Name: linksName, Type: types.ChartCustom, Silent: true,
		Dimensions: []dimension{{"at", "time"}, {"from", "number"}, {"to", "number"}},
		Encode:     map[string]any{"x": 0, "y": []int{1, 2}},
		RenderItem: opts.FuncOpts(renderLinkFunc),
		Tooltip:    map[string]bool{"show": false},
		Data:       c.linkData,
	}
}

// description says in words what the chart shows, for screen readers.
func (c *chart) description(all extent) string {
	lanes := fmt.Sprintf("%d %s", len(c.lanes), plural(len(c.lanes), "lane", "lanes"))
	if len(c.lanes) == 1 {
		lanes = "one lane, " + c.lanes[0]
	}
	s := fmt.Sprintf("%s: a timeline chart of %d dated %s in %s, from %s to %s.",
		c.title, c.dated, plural(c.dated, "event", "events"), lanes, day(all.lo), day(all.hi-1))
	if c.folded > 0 && len(c.othersData) > 0 {
		s += fmt.Sprintf(" The last lane, %s, counts in one row the events of the %d less busy lanes, by stretches of time:"+
			" from the chart, Tab (or O) moves to it; there the left and right arrows read its stretches, Enter zooms in on one,"+
			" L lists the lanes folded into it and Escape goes back to the chart.", othersLane(c.folded), c.folded)
	}
	return s + " Every event is listed in the tables after the chart."
}

// bins is how many bins the overview counts events in.
const bins = 100

// overviewSeries is an invisible line series on a hidden value axis whose
// data are the number of events in each of bins equal stretches of the
// time axis: the time slider draws it as its shadow, an overview of
// where the events are that stays whole while the chart zooms.
type overviewSeries struct {
	Name       string          `json:"name"`
	Type       string          `json:"type"`
	YAxisIndex int             `json:"yAxisIndex"`
	Symbol     string          `json:"symbol"`
	Silent     bool            `json:"silent"`
	LineStyle  map[string]int  `json:"lineStyle"`
	Tooltip    map[string]bool `json:"tooltip"`
	Emphasis   map[string]bool `json:"emphasis"`
	Data       []overviewPoint `json:"data"`
}

// overviewPoint is [time, events] at the middle of a bin.
type overviewPoint struct {
	Value [2]int64 `json:"value"`
}

// shadow styles the slider's shadow.
type shadow struct {
	LineStyle map[string]any `json:"lineStyle"`
	AreaStyle map[string]any `json:"areaStyle"`
}

var shadowStyle = shadow{
	LineStyle: map[string]any{"color": "#7f8fbf", "width": 1},
	AreaStyle: map[string]any{"color": "#b8c2dc", "opacity": 0.6},
}

// overview returns the overview series of the axis from lo to hi: each
// dated event counts in the bin of its middle.
func (c *chart) overview(lo, hi int64) overviewSeries {
	counts := make([]int64, bins)
	width := max((hi-lo)/bins, 1)
	for _, e := range c.extents {
		b := (e.lo + (e.hi-e.lo)/2 - lo) / width
		counts[min(max(b, 0), bins-1)]++
	}
	s := overviewSeries{
		Name: "events over time", Type: "line", YAxisIndex: 1, Symbol: "none", Silent: true,
		LineStyle: map[string]int{"opacity": 0}, Tooltip: map[string]bool{"show": false},
		Emphasis: map[string]bool{"disabled": true},
	}
	for i, n := range counts {
		s.Data = append(s.Data, overviewPoint{[2]int64{lo + int64(i)*width + width/2, n}})
	}
	return s
}

// maxAnchors is the most report days the chart marks; an archive's many
// days would hide the events.
const maxAnchors = 3

// reported returns a series that marks the days the documents were
// reported (their anchors, against which "Friday" and "last month"
// resolve) as pale bands across the lanes, or nil when no document has an
// anchor or more than maxAnchors days would be marked. It has no data and
// no place in the legend.
func (c *chart) reported() *markSeries {
	if len(c.anchors) == 0 || len(c.anchors) > maxAnchors {
		return nil
	}
	s := &markSeries{Name: "reported", Type: types.ChartScatter, Data: []any{}, Silent: true}
	s.MarkArea.Silent = true
	s.MarkArea.ItemStyle = map[string]string{"color": "rgba(204,187,68,0.22)"}
	s.MarkArea.Label = map[string]any{"position": "insideBottomLeft", "color": "#6b5f00", "fontSize": 11}
	for _, a := range c.anchors {
		s.MarkArea.Data = append(s.MarkArea.Data, [2]markPoint{
			{Name: "reported " + day(a), XAxis: a},
			{XAxis: a + int64(24*time.Hour/time.Millisecond)},
		})
	}
	return s
}

// markSeries is a series that only carries a markArea.
type markSeries struct {
	Name     string `json:"name"`
	Type     string `json:"type"`
	Data     []any  `json:"data"`
	Silent   bool   `json:"silent"`
	MarkArea struct {
		Silent    bool              `json:"silent"`
		ItemStyle map[string]string `json:"itemStyle"`
		Label     map[string]any    `json:"label"`
		Data      [][2]markPoint    `json:"data"`
	} `json:"markArea"`
}

type markPoint struct {
	Name  string `json:"name,omitempty"`
	XAxis int64  `json:"xAxis"`
}

// laneAxis is the y axis: a category per row, named on each lane's first
// row. Split areas, lines and ticks mark lanes, not rows.
type laneAxis struct {
	Type      string        `json:"type"`
	Inverse   bool          `json:"inverse"`
	Data      []string      `json:"data"`
	AxisTick  laneMarks     `json:"axisTick"`
	SplitArea laneMarks     `json:"splitArea"`
	SplitLine laneMarks     `json:"splitLine"`
	AxisLabel laneAxisLabel `json:"axisLabel"`
}

// laneMarks shows a part of the lane axis at lane boundaries only.
type laneMarks struct {
	Show     bool          `json:"show"`
	Interval types.FuncStr `json:"interval"`
}

// laneAxisLabel labels every category; all but lanes' first rows are
// empty.
type laneAxisLabel struct {
	Interval int    `json:"interval"`
	Width    int    `json:"width"`
	Overflow string `json:"overflow"`
}

// laneAxis returns the y axis of c.
func (c *chart) laneAxis() laneAxis {
	rows := make([]string, c.rows[len(c.lanes)])
	for i, name := range c.lanes {
		rows[c.rows[i]] = name
	}
	start := opts.FuncOpts(laneStartFunc)
	return laneAxis{
		Type: "category", Inverse: true, Data: rows,
		AxisTick:  laneMarks{Show: true, Interval: start},
		SplitArea: laneMarks{Show: true, Interval: start},
		SplitLine: laneMarks{Show: true, Interval: start},
		AxisLabel: laneAxisLabel{Width: 180, Overflow: "truncate"},
	}
}

// sliderInset is how far the slider stays from the chart's sides, to
// leave room for the labels of its ends.
const sliderInset = "110"

// graphicText is a text element of the graphic component.
type graphicText struct {
	Type   string    `json:"type"`
	Left   string    `json:"left,omitempty"`
	Right  string    `json:"right,omitempty"`
	Bottom string    `json:"bottom"`
	Silent bool      `json:"silent"`
	Style  textStyle `json:"style"`
}

type textStyle struct {
	Text string `json:"text"`
	Fill string `json:"fill"`
	Font string `json:"font"`
}

// day formats the day of t, milliseconds since the epoch, as the axis
// does: "24 Apr 2019".
func day(t int64) string { return time.UnixMilli(t).UTC().Format("2 Jan 2006") }

// timeAxis is the x axis.
type timeAxis struct {
	Type      string          `json:"type"`
	Position  string          `json:"position"`
	Min       int64           `json:"min"`
	Max       int64           `json:"max"`
	SplitLine map[string]bool `json:"splitLine"`
	AxisLabel timeLabel       `json:"axisLabel"`
	// AxisLine keeps the axis at the top: ECharts would move its line to
	// the zero of the overview's value axis, at the bottom.
	AxisLine map[string]bool `json:"axisLine"`
}

// timeLabel labels the time axis.
type timeLabel struct {
	HideOverlap bool              `json:"hideOverlap"`
	Formatter   map[string]string `json:"formatter"`
}

// dataZoom is a dataZoom option on the time axis or, with YAxisIndex
// set, on the lanes.
type dataZoom struct {
	Type           string     `json:"type"`
	XAxisIndex     *int       `json:"xAxisIndex,omitempty"`
	YAxisIndex     *int       `json:"yAxisIndex,omitempty"`
	FilterMode     string     `json:"filterMode"`
	StartValue     int64      `json:"startValue,omitempty"`
	EndValue       int64      `json:"endValue,omitempty"`
	Left           string     `json:"left,omitempty"`
	Right          string     `json:"right,omitempty"`
	Top            string     `json:"top,omitempty"`
	Bottom         string     `json:"bottom,omitempty"`
	Width          string     `json:"width,omitempty"`
	Height         string     `json:"height,omitempty"`
	ZoomLock       bool       `json:"zoomLock,omitempty"`
	BrushSelect    *bool      `json:"brushSelect,omitempty"`
	ShowDetail     *bool      `json:"showDetail,omitempty"`
	ShowDataShadow types.Bool `json:"showDataShadow,omitempty"`
	DataBackground *shadow    `json:"dataBackground,omitempty"`
	FillerColor    string     `json:"fillerColor,omitempty"`
	BorderColor    string     `json:"borderColor,omitempty"`
}

// laneZoom returns the dataZoom options that scroll the lanes when there
// are more rows than the chart's height shows: a scroll bar on the right
// that keeps the number of rows in view (zoomLock), and dragging the plot.
// The chart opens on the first rows, the busiest lanes' (see byActivity).
// Rows out of view are filtered out, so ECharts draws only what is shown
// (weakly, so that a link from a row in view to one out of it is drawn).
// Without it the chart would grow with the lanes, past the tallest canvas
// Chromium draws (65,535 px, some 1,600 rows).
func (c *chart) laneZoom() []dataZoom {
	rows, shown := c.rows[len(c.lanes)], visibleRows(c.height)
	if rows <= shown {
		return nil
	}
	y, no := 0, false
	return []dataZoom{
		{
			Type: "slider", YAxisIndex: &y, FilterMode: "weakFilter",
			StartValue: 0, EndValue: int64(shown - 1),
			Right: "8", Top: "116", Bottom: "56", Width: "18",
			ZoomLock: true, BrushSelect: &no, ShowDetail: &no, ShowDataShadow: opts.Bool(false),
			FillerColor: "rgba(84,112,198,0.35)", BorderColor: "#b8c2dc",
		},
		{Type: "inside", YAxisIndex: &y, FilterMode: "weakFilter", StartValue: 0, EndValue: int64(shown - 1), ZoomLock: true},
	}
}

// visibleRows returns how many rows fit in a chart of CSS height h: all
// of the default height, or of a height in pixels, but the chrome around
// the grid; maxHeight's when h is another length.
func visibleRows(h string) int {
	px, err := strconv.Atoi(strings.TrimSuffix(h, "px"))
	if err != nil || !strings.HasSuffix(h, "px") {
		px = maxHeight
	}
	return max((px-chrome)/rowHeight, 1)
}

// dense is the share of the exactly dated events the chart opens on.
const dense = 0.9

// opening returns the time range the chart opens on: where the exactly
// dated events are densest, the shortest stretch of time that holds nine
// in ten of them (all of them when there are fewer than ten), padded. It
// returns ok false, for a chart that opens on everything, when that
// stretch is more than half of all the events' time: a few events dated
// years away, or fuzzy dates over years, then no longer make the rest a
// sliver. The slider reaches the rest.
func opening(all extent, sharp []extent) (from, to int64, ok bool) {
	n := len(sharp)
	if n == 0 {
		return 0, 0, false
	}
	mid := func(e extent) int64 { return e.lo + (e.hi-e.lo)/2 }
	byMid := slices.Clone(sharp)
	slices.SortFunc(byMid, func(a, b extent) int { return cmp.Compare(mid(a), mid(b)) })
	k := n
	if n >= 10 {
		k = int(math.Ceil(dense * float64(n)))
	}
	best := 0
	for i := 1; i+k <= n; i++ {
		if mid(byMid[i+k-1])-mid(byMid[i]) < mid(byMid[best+k-1])-mid(byMid[best]) {
			best = i
		}
	}
	var win extent
	for _, e := range byMid[best : best+k] {
		win.add(e.lo, e.hi)
	}
	if (win.hi-win.lo)*2 >= all.hi-all.lo {
		return 0, 0, false
	}
	from, to = win.padded(10)
	return from, to, true
}

// extent is the time range of some events, in milliseconds.
type extent struct {
	lo, hi int64
	n      int
}

func (e *extent) add(lo, hi int64) {
	if e.n == 0 || lo < e.lo {
		e.lo = lo
	}
	if e.n == 0 || hi > e.hi {
		e.hi = hi
	}
	e.n++
}

// padded returns e widened by 1/div of its length on each side, at least
// a day, and rounded out to midnights.
func (e extent) padded(div int64) (lo, hi int64) {
	const day = int64(24 * time.Hour / time.Millisecond)
	pad := max((e.hi-e.lo)/div, day)
	lo, hi = e.lo-pad, e.hi+pad
	lo -= ((lo % day) + day) % day
	if r := ((hi % day) + day) % day; r != 0 {
		hi += day - r
	}
	return lo, hi
}

// titleInk returns the colour of a mark's title: on a solid bar of colour
// color, white where white has 4.5:1 against it (WCAG AA) and black
// otherwise; anywhere else, whatever the event's status, the dark grey
// #333333 on a white halo. datelineInk in chart.js chooses the same.
func titleInk(color string, solid bool) string {
	if !solid {
		return "#333333"
	}
	if 1.05/(relativeLuminance(color)+0.05) >= 4.5 {
		return "#ffffff"
	}
	return "#000000"
}

// relativeLuminance returns the relative luminance, as WCAG 2 defines it,
// of colour "#rrggbb"; of anything else, 0.
func relativeLuminance(color string) float64 {
	v, err := strconv.ParseUint(strings.TrimPrefix(color, "#"), 16, 32)
	if err != nil || len(color) != 7 {
		return 0
	}
	lin := func(x uint64) float64 {
		s := float64(x) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(v>>16&0xff) + 0.7152*lin(v>>8&0xff) + 0.0722*lin(v&0xff)
}

// titleLabel writes a point's title after it, in dark grey on a white
// halo so that it reads over grid lines and bars.
var titleLabel = label{
	Show: true, Position: "right", Formatter: "{b}",
	Color: "#333333", FontSize: 11, TextBorderColor: "#ffffff", TextBorderWidth: 2,
}

// mark draws a point that has not happened hollow with a dashed edge, its
// title (which ends with its status) in italics, in the dark grey of every
// label: the kind's colour is the mark's, since some kinds' colours are
// too light to read as text on white (titleInk).
func mark(p *pointItem, color string) {
	if !tentative(p.Event.(*eventText).Status) {
		return
	}
	p.ItemStyle = &pointStyle{Color: "#ffffff", BorderColor: color, BorderWidth: 2, BorderType: "dashed"}
	p.Label = &label{FontStyle: "italic"}
}

// tentative reports whether an event of status s has not (yet)
// happened.
func tentative(s string) bool {
	return s != string(timeline.StatusOccurred) && s != string(timeline.StatusOngoing)
}

// spot is where an event goes on the time axis, in milliseconds since the
// epoch.
type spot struct {
	point          bool  // an exact instant: drawn as a point at at
	at             int64 // the middle of the instant
	lo, hi         int64 // all the event may cover
	coreLo, coreHi int64 // what it certainly covers
	uncertain      bool
}

// place puts a dated w on the time axis. An instant on an exact day or
// minute is a point; anything else is a span from the start of its first
// date to the end of its last.
func place(w timeline.When) spot {
	start, end := w.Start, w.End
	if !start.Placed() {
		start = end
	}
	if !end.Placed() {
		end = start
	}
	s := spot{
		lo:        ms(start.Earliest),
		hi:        ms(end.Latest.Add(unit(end.Precision))),
		uncertain: uncertain(start) || uncertain(end),
	}
	if !w.IsInterval() && !s.uncertain {
		s.point = true
		s.at = s.lo + (s.hi-s.lo)/2
		return s
	}
	s.coreLo, s.coreHi = ms(start.Latest), ms(end.Earliest.Add(unit(end.Precision)))
	if !w.IsInterval() || s.coreHi <= s.coreLo {
		s.coreLo, s.coreHi = 0, 0
	}
	return s
}

// uncertain reports whether d leaves its time open: coarser than a day,
// spread over more than a day, or qualified by a mod.
func uncertain(d timeline.Date) bool {
	if !d.Placed() {
		return false
	}
	return d.Fuzzy() || d.Mod != timeline.ModNone || d.Precision < timeline.Day
}

// unit is the length of the last unit a date's Latest starts: a day for
// dates, a minute for times.
func unit(p timeline.Precision) time.Duration {
	if p > timeline.Day {
		return time.Minute
	}
	return 24 * time.Hour
}

func ms(t time.Time) int64 { return t.UnixMilli() }

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

func statusIndex(s timeline.Status) int {
	if i := slices.Index(statuses, s); i >= 0 {
		return i
	}
	return len(statuses)
}

// kindLabel names what kind of event e is in plain words, for the legend
// and the tooltip: readers do not know "CONSULT/departure".
func kindLabel(e *timeline.Event) string {
	switch e.Mode {
	case timeline.ModeVisit:
		if e.CAMEO == "043" {
			return "Hosted visit"
		}
		return "Visit"
	case timeline.ModeArrival:
		return "Arrival"
	case timeline.ModeDeparture:
		if e.Action == "return" {
			return "Return"
		}
		return "Departure"
	case timeline.ModeMeeting:
		switch e.Action {
		case "talks":
			return "Talks"
		case "summit":
			return "Summit"
		}
		return "Meeting"
	case timeline.ModeMultilateral:
		return "Conference"
	case timeline.ModePhone:
		return "Phone call"
	case "sign":
		return "Signing"
	case timeline.ModeCeremony:
		return "Ceremony"
	case "mediation":
		return "Mediation"
	}
	if e.Mode != "" {
		return strings.ToUpper(e.Mode[:1]) + e.Mode[1:]
	}
	return "Other"
}

// describe returns what the chart says about e.
func describe(e *timeline.Event, titles map[string]string) *eventText {
	k := string(e.Kind)
	if k == "" {
		k = string(timeline.KindOther)
	}
	if e.Mode != "" {
		k += "/" + e.Mode
	}
	x := &eventText{
		ID:       e.ID,
		Label:    kindLabel(e),
		Kind:     k,
		Summary:  e.Summary,
		Written:  written(e.When),
		Resolved: resolved(e.When),
		Status:   string(e.Status),
		Place:    e.Place.String(),
		Note:     e.Note,
	}
	if x.Status == "" {
		x.Status = "unknown"
	}
	actors := strings.Join(timeline.Names(e.Actors), ", ")
	if len(e.Recipients) > 0 {
		actors += " → " + strings.Join(timeline.Names(e.Recipients), ", ")
	}
	x.Actors = strings.TrimSpace(actors)
	if len(e.Evidence) > 0 {
		ev := e.Evidence[0]
		x.Sentence = ev.Sentence
		x.Source = ev.Doc
		if t := titles[ev.Doc]; t != "" {
			x.Source += " — " + t
		}
		if n := len(e.Evidence) - 1; n > 0 {
			x.Source += fmt.Sprintf(" (and %d more %s)", n, plural(n, "report", "reports"))
		}
		x.Reports, x.More = reports(e.Evidence, titles)
	}
	return x
}

// written returns the time expressions of w as the text wrote them.
func written(w timeline.When) string {
	var parts []string
	for _, d := range []timeline.Date{w.Start, w.End, w.Length} {
		if d.Text != "" && !slices.Contains(parts, d.Text) {
			parts = append(parts, d.Text)
		}
	}
	return strings.Join(parts, " … ")
}

// resolved returns the TIMEX3 values of w with their mods and, when they
// say something else, the calendar bounds: "2011 END = 2011-09-01 ..
// 2011-12-31", "2019-04-24 – 2019-04-26 (P3D)", "undated".
func resolved(w timeline.When) string {
	value := func(d timeline.Date) string {
		if d.Mod != timeline.ModNone {
			return d.Value + " " + string(d.Mod)
		}
		return d.Value
	}
	var parts []string
	if !w.Start.IsZero() {
		parts = append(parts, value(w.Start))
	}
	if !w.End.IsZero() {
		parts = append(parts, value(w.End))
	}
	s := strings.Join(parts, " – ")
	if !w.Length.IsZero() {
		s = strings.TrimSpace(s + " (" + value(w.Length) + ")")
	}
	if w.IsZero() {
		if s == "" {
			return "undated"
		}
		return s
	}
	if s == "" {
		return w.String()
	}
	if !exact(w.Start) || !exact(w.End) {
		return s + " = " + w.String()
	}
	return s
}

// exact reports whether d, if placed, is a plain day or minute, whose
// value says all its bounds do.
func exact(d timeline.Date) bool {
	return !d.Placed() || d.Mod == timeline.ModNone && (d.Precision == timeline.Day || d.Precision == timeline.Minute)
}

func subtitle(events, undated, docs int) string {
	s := fmt.Sprintf("%d %s", events, plural(events, "event", "events"))
	if undated > 0 {
		s += fmt.Sprintf(", %d undated", undated)
	}
	return s + fmt.Sprintf(", from %d %s", docs, plural(docs, "document", "documents"))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// othersName is the name of the series of the Others lane.
const othersName = "others"

// othersSeries is the Others lane of a chart whose lanes are capped
// (Options.MaxLanes): a custom series of one item on the lane's one row,
// holding every event of the lane. The page draws it as a strip of the
// counts of those events in stretches of about othersBin pixels of the
// time in view (datelineOthers): darker where more, a number on each, an
// event alone as a point in its kind's colour; hovering over a stretch
// lists its events, clicking it zooms in to it, and zooming in splits the
// stretches until the events stand alone. The lane stays one row however
// many lanes it folds, where it once stacked them into hundreds of rows.
type othersSeries struct {
	Name       string         `json:"name"`
	Type       string         `json:"type"`
	Dimensions []dimension    `json:"dimensions"`
	Encode     map[string]any `json:"encode"`
	RenderItem types.FuncStr  `json:"renderItem"`
	Data       []othersItem   `json:"data"`
}

// othersItem is the Others lane: value [row, lo, hi] spans its events;
// colors gives each kind's colour, by its number in the legend; events
// are [lo, hi, kind, event] in order of their middle, event being the
// text or, in the page, its index in the page's list; lanes are the
// lanes folded into it, [name, events], busiest first, which the page
// lists on the keyboard's asking (datelineOthers).
type othersItem struct {
	Value  [3]int64      `json:"value"`
	Colors []string      `json:"colors"`
	Events []othersEvent `json:"events"`
	Lanes  []foldedLane  `json:"lanes"`
}

// foldedLane is a lane folded into the Others lane and how many dated
// events it holds.
type foldedLane struct {
	Name   string
	Events int
}

func (l foldedLane) MarshalJSON() ([]byte, error) {
	return json.Marshal([]any{l.Name, l.Events})
}

// foldedLanes returns the lanes of names, whose items number count, that
// are not kept: the busiest first, and of as many items the first met,
// in the order arrange folds them.
func foldedLanes(names []string, count []int, kept []string) []foldedLane {
	var out []foldedLane
	for i, name := range names {
		if !slices.Contains(kept, name) {
			out = append(out, foldedLane{Name: name, Events: count[i]})
		}
	}
	slices.SortStableFunc(out, func(a, b foldedLane) int { return cmp.Compare(b.Events, a.Events) })
	return out
}

// othersEvent is an event of the Others lane.
type othersEvent struct {
	lo, hi int64
	k      int
	event  any
}

func (e othersEvent) MarshalJSON() ([]byte, error) {
	return json.Marshal([]any{e.lo, e.hi, e.k, e.event})
}

// othersBin is the width in pixels of the stretches of time the Others
// lane counts its events in: wide enough for a number of three digits.
const othersBin = 28

// bin is a stretch lo..hi of the Others lane's time and the events whose
// middle falls in it.
type bin struct {
	lo, hi int64
	items  []*item
}

// othersBins returns the stretches of the time lo..hi, drawn width pixels
// wide, that hold some of items, in order, as datelineOthers counts them:
// othersBin pixels each, from multiples of their length since the epoch.
func othersBins(items []*item, lo, hi int64, width int) []bin {
	size := max((hi-lo)*othersBin/int64(width), 1)
	start := lo - ((lo%size)+size)%size
	var out []bin
	at := map[int64]int{}
	for _, it := range items {
		mid := it.spot.lo + (it.spot.hi-it.spot.lo)/2
		if mid < lo || mid >= hi {
			continue
		}
		b := (mid - start) / size
		i, ok := at[b]
		if !ok {
			i = len(out)
			at[b] = i
			out = append(out, bin{lo: start + b*size, hi: start + (b+1)*size})
		}
		out[i].items = append(out[i].items, it)
	}
	slices.SortFunc(out, func(a, b bin) int { return cmp.Compare(a.lo, b.lo) })
	return out
}

// inOthers reports whether it is in the Others lane.
func (c *chart) inOthers(it *item) bool {
	return c.folded > 0 && it.lane == len(c.lanes)-1
}
