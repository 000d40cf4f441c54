package render

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/dateline-dev/dateline/timeline"
)

// findChromium returns the path of a Chromium or Chrome binary, or "".
func findChromium() string {
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// startChromium starts headless Chromium bin for the length of the test,
// with its profile in dir, a 1400x900 window and no background traffic,
// and returns a context for its first tab.
func startChromium(t *testing.T, bin, dir string, timeout time.Duration) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	t.Cleanup(cancel)
	ctx, cancel = chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(bin),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.WindowSize(1400, 900),
	)
	t.Cleanup(cancel)
	ctx, cancel = chromedp.NewContext(ctx)
	t.Cleanup(cancel)
	return ctx
}

// needChromium returns the path of Chromium, or skips t with a message
// that says how to run it (or fails it when DATELINE_REQUIRE_BROWSER=1).
func needChromium(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("render: -short skips the browser tests")
	}
	bin := findChromium()
	if bin == "" {
		if os.Getenv("DATELINE_REQUIRE_BROWSER") == "1" {
			t.Fatal("render: no Chromium found and DATELINE_REQUIRE_BROWSER=1")
		}
		t.Skip("render: no Chromium found (install Debian's chromium to run the browser tests)")
	}
	return bin
}

// TestBrowser opens the page in headless Chromium and checks that ECharts
// drew every data item in the opening window, that no two points of a lane
// are drawn on one spot and no point is drawn on a bar, that the console
// stayed clean, that the page asked the network for nothing, that a
// tooltip gives the summary and the date as written, and that a hostile
// summary in a tooltip stays text. Set DATELINE_SCREENSHOT=file.png to
// keep a screenshot.
func TestBrowser(t *testing.T) {
	bin := needChromium(t)

	tl := testTimeline(t)
	const hostile = `<img src=x onerror="window.pwned=1">`
	for i := range tl.Events {
		if e := &tl.Events[i]; e.ID == "upi-kim#2" {
			e.Summary = hostile + " " + e.Summary
			e.Evidence[0].Sentence = `</script><script>window.pwned=2</script>`
		}
	}
	// A possible interval that starts about 25 April draws every part of
	// chart.js: band, hollow core and status label.
	tl.Events = append(tl.Events, timeline.Event{
		ID: "test#1", Kind: timeline.KindConsult, Mode: timeline.ModeMultilateral,
		Summary: "Six-party talks may resume", Actors: []timeline.Actor{putin},
		When:     timeline.When{Start: date(t, "2019-04-25", timeline.ModApprox, "around Thursday"), End: date(t, "2019-04-27", "", "Saturday")},
		Status:   timeline.StatusPossible,
		Evidence: []timeline.Evidence{{Doc: "test", Sentence: "Talks may resume around Thursday and end on Saturday."}},
	})
	// Two more events on the day Kim leaves, as in the UPI article: with
	// the departure, three points on one day inside the visit's bar.
	for i, summary := range []string{"Kim Jong Un attends a farewell ceremony", "Kim Jong Un lays a wreath"} {
		tl.Events = append(tl.Events, timeline.Event{
			ID: fmt.Sprintf("test#%d", i+2), Kind: timeline.KindOther, Mode: "ceremony",
			Summary: summary, Actors: []timeline.Actor{kim},
			When:     timeline.When{Start: date(t, "2019-04-26", "", "Friday")},
			Status:   timeline.StatusOccurred,
			Evidence: []timeline.Evidence{{Doc: "test", Sentence: summary + " on Friday."}},
		})
	}
	var buf bytes.Buffer
	if err := HTML(&buf, tl, Options{NoAnimation: true}); err != nil {
		t.Fatal(err)
	}
	opt, err := ChartOptions(tl, Options{NoAnimation: true})
	if err != nil {
		t.Fatal(err)
	}
	var want []int
	option := unmarshal(t, opt)
	for _, s := range seriesList(t, option) {
		want = append(want, len(s["data"].([]any)))
	}
	inWindow := itemsInWindow(t, option)
	dir := t.TempDir()
	file := filepath.Join(dir, "chart.html")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	pageURL := (&url.URL{Scheme: "file", Path: file}).String()

	ctx := startChromium(t, bin, dir, 90*time.Second)

	var (
		mu       sync.Mutex
		problems []string
		requests []string
	)
	err = chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning || ev.Type == runtime.ConsoleAPICalledTypeAssert {
				var args []string
				for _, a := range ev.Args {
					args = append(args, string(a.Value)+a.Description)
				}
				problems = append(problems, fmt.Sprintf("console.%s: %s", ev.Type, strings.Join(args, " ")))
			}
		case *runtime.EventExceptionThrown:
			problems = append(problems, "exception: "+(&chromedp.ExceptionError{ExceptionDetails: ev.ExceptionDetails}).Error())
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.EntryLevelError {
				problems = append(problems, fmt.Sprintf("log %s: %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL))
			}
		case *network.EventRequestWillBeSent:
			requests = append(requests, ev.Request.URL)
		}
	})
	if err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}

	if err := chromedp.Do(ctx, chromedp.Navigate(pageURL)); err != nil {
		t.Fatalf("opening %s: %v", pageURL, err)
	}
	const instance = `echarts.getInstanceByDom(document.querySelector(".chart"))`
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`typeof echarts !== "undefined" && !!`+instance, chromedp.WithPollingTimeout(20*time.Second))); err != nil {
		t.Fatalf("waiting for the chart: %v", err)
	}
	// The page's data items name their events by index in the list at
	// the end of the page.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[int](`(window.eventOf = function (d) {
		var list = JSON.parse(document.querySelector("script[type='application/json']").textContent);
		return typeof d.event === "number" ? list[d.event] : d.event;
	}, 0)`)); err != nil {
		t.Fatal(err)
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](instance+`.getOption().series.map(function (s) { return s.data.length; })`))
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("ECharts has %v data items per series; we gave %v", got, want)
	}
	// Every item in the opening window drew something, and where.
	lay, err := chromedp.Run(ctx, chromedp.Evaluate[layout](`(function () {
		var c = `+instance+`, model = c.getModel();
		var lanes = c.getOption().yAxis[0].data, laneOf = [], lane = -1;
		for (var r = 0; r < lanes.length; r++) {
			if (lanes[r] !== "") { lane++; }
			laneOf.push(lane);
		}
		var out = {drawn: 0, points: [], rects: []};
		model.eachSeries(function (s) {
			var data = s.getData();
			for (var i = 0; i < data.count(); i++) {
				var el = data.getItemGraphicEl(i);
				if (!el || s.subType === "line" || s.name === "links") { continue; }
				var id = eventOf(data.getRawDataItem(i)).id;
				out.drawn++;
				if (s.subType === "scatter") {
					var xy = data.getItemLayout(i);
					out.points.push({id: id, lane: laneOf[data.get(data.mapDimension("y"), i)], x: xy[0], y: xy[1]});
					continue;
				}
				el.eachChild(function (child) {
					if (child.type === "rect") {
						var r = child.shape;
						out.rects.push({id: id, x: r.x, y: r.y, w: r.width, h: r.height});
					}
				});
			}
		});
		return out;
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("drew %d items: %d points, %d rectangles", lay.Drawn, len(lay.Points), len(lay.Rects))
	if lay.Drawn != inWindow {
		t.Errorf("ECharts drew %d items; %d lie in the opening window", lay.Drawn, inWindow)
	}
	if len(lay.Points) == 0 || len(lay.Rects) == 0 {
		t.Errorf("drew %d points and %d rectangles; want some of each", len(lay.Points), len(lay.Rects))
	}
	for i, p := range lay.Points {
		for _, q := range lay.Points[i+1:] {
			if p.Lane == q.Lane && math.Abs(p.X-q.X) < 14 && math.Abs(p.Y-q.Y) < 14 {
				t.Errorf("points %s and %s are drawn on one spot in lane %d: (%.0f, %.0f) and (%.0f, %.0f)", p.ID, q.ID, p.Lane, p.X, p.Y, q.X, q.Y)
			}
		}
		for _, r := range lay.Rects {
			if p.X >= r.X && p.X <= r.X+r.W && p.Y >= r.Y && p.Y <= r.Y+r.H {
				t.Errorf("point %s at (%.0f, %.0f) is drawn on the bar of %s", p.ID, p.X, p.Y, r.ID)
			}
		}
	}

	// Every mark in the window is labelled with its title, and no two
	// labels overlap.
	labels := visibleLabels(t, ctx)
	t.Logf("%d labels drawn", len(labels))
	// And the two report days are marked, with their labels.
	if len(labels) != lay.Drawn+2 {
		t.Errorf("%d labels drawn for %d marks and 2 report days: %v", len(labels), lay.Drawn, labels)
	}
	// In Kim's lane, titles leave out his name.
	for _, want := range []string{"Visits Russia", "Leaves Vladivostok (planned)", "Attends a farewell ceremony", "Six-party talks may resume (possible)", "reported 24 Apr 2019", "reported 25 Apr 2019"} {
		if !slices.ContainsFunc(labels, func(l box) bool { return l.Text == want }) {
			t.Errorf("no label %q among %v", want, labels)
		}
	}
	checkNoOverlap(t, labels)
	checkNoCover(t, labels, visibleMarks(t, ctx))

	// The text filter shows only the events that mention what is typed;
	// the legend hides a kind.
	drawn := func() []string {
		t.Helper()
		ids, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(function () {
			var out = [];
			`+instance+`.getModel().eachSeries(function (s) {
				var data = s.getData();
				for (var i = 0; i < data.count(); i++) {
					if (s.subType !== "line" && s.name !== "links" && data.getItemGraphicEl(i)) { out.push(eventOf(data.getRawDataItem(i)).id); }
				}
			});
			return out.sort();
		})()`))
		if err != nil {
			t.Fatal(err)
		}
		return ids
	}
	filter := func(q string) string {
		t.Helper()
		count, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(function () {
			var input = document.querySelector(".filter input");
			input.value = `+strconv.Quote(q)+`;
			input.dispatchEvent(new Event("input"));
			return "";
		})()`))
		if err == nil {
			err = chromedp.Do(ctx, chromedp.Sleep(400*time.Millisecond))
		}
		if err == nil {
			count, err = chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector(".filter output").textContent`))
		}
		if err != nil {
			t.Fatal(err)
		}
		return count
	}
	all := drawn()
	if count := filter("Far Eastern"); fmt.Sprint(drawn()) != "[upi-kim#2 upi-kim#2]" || count != "1 event on the chart" {
		t.Errorf("filtered on \"Far Eastern\": drew %v, said %q; want the summit in both lanes, \"1 event on the chart\"", drawn(), count)
	}
	if count := filter(""); fmt.Sprint(drawn()) != fmt.Sprint(all) || count != "" {
		t.Errorf("filter cleared: drew %v, said %q; want %v again, and nothing said", drawn(), count, all)
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[int](instance+`.dispatchAction({type: "legendUnSelect", name: "Visit"}) || 0`)); err != nil {
		t.Fatal(err)
	}
	if got, want := drawn(), slices.DeleteFunc(slices.Clone(all), func(id string) bool { return id == "upi-kim#1" }); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("with Visit off in the legend, drew %v; want all but the visit, upi-kim#1 (in Kim's and Putin's lanes): %v", got, want)
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[int](instance+`.dispatchAction({type: "legendSelect", name: "Visit"}) || 0`)); err != nil {
		t.Fatal(err)
	}

	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "chart.png")
	if p := os.Getenv("DATELINE_SCREENSHOT"); p != "" {
		shot = p
	}
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", shot, len(png))

	// The tooltip of the departure gives its summary and date as
	// written; that of the hostile summit must stay text.
	showTip := func(id string) string {
		t.Helper()
		tip, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(function () {
			var c = `+instance+`, series = c.getOption().series;
			for (var i = 0; i < series.length; i++) {
				for (var j = 0; series[i].type !== "line" && series[i].name !== "links" && j < series[i].data.length; j++) {
					if (eventOf(series[i].data[j]).id === `+strconv.Quote(id)+`) {
						c.dispatchAction({type: "showTip", seriesIndex: i, dataIndex: j});
						var el = document.querySelector(".chart div[style*='z-index']");
						return el ? el.innerHTML : "no tooltip element";
					}
				}
			}
			return "no such event";
		})()`))
		if err != nil {
			t.Fatal(err)
		}
		return tip
	}
	tip := showTip("yonhap-kim#1")
	for _, want := range []string{"<b>Kim Jong Un leaves Vladivostok</b>", "<th>date as written</th><td>Friday</td>", "<td>planned</td>", "<td>Departure (CONSULT/departure)</td>",
		// The sentence with its trigger marked, and its source.
		"<blockquote>Kim is scheduled to <mark>leave</mark> Vladivostok on Friday.</blockquote>", "yonhap-kim — Kim to leave Russia on Friday"} {
		if !strings.Contains(tip, want) {
			t.Errorf("tooltip of the departure lacks %q:\n%s", want, tip)
		}
	}
	tip = showTip("upi-kim#2")
	if !strings.Contains(tip, "&lt;img src=x") || strings.Contains(tip, "<img") || !strings.Contains(tip, "&lt;/script&gt;&lt;script&gt;window.pwned=2") {
		t.Errorf("tooltip of the hostile summit is not escaped text:\n%s", tip)
	}
	if !strings.Contains(tip, "Far Eastern Federal University") {
		t.Errorf("tooltip lacks the place:\n%s", tip)
	}
	// Screen readers have a description of the chart.
	aria, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.querySelector(".chart [aria-label]") || document.querySelector(".chart")).getAttribute("aria-label") || ""`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(aria, "a timeline chart of 7 dated events in 2 lanes") {
		t.Errorf("chart's aria-label = %q; want its description", aria)
	}
	pwned, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`typeof window.pwned !== "undefined"`))
	if err != nil {
		t.Fatal(err)
	}
	if pwned {
		t.Error("article text ran as script")
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[int](instance+`.dispatchAction({type: "hideTip"}) || 0`)); err != nil {
		t.Fatal(err)
	}

	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Errorf("browser: %s", p)
	}
	for _, r := range requests {
		if r != pageURL && !strings.HasPrefix(r, "data:") {
			t.Errorf("page requested %s", r)
		}
	}
	if len(requests) == 0 {
		t.Error("saw no request at all; is the network listener working?")
	}
}

// box is a label as the browser drew it: its text and its rectangle in
// pixels.
type box struct {
	Text       string
	X, Y, W, H float64
}

// visibleLabels returns the labels of data items ECharts shows (those
// that are in its display list and not hidden), with their rectangles on
// the canvas.
func visibleLabels(t *testing.T, ctx context.Context) []box {
	t.Helper()
	labels, err := chromedp.Run(ctx, chromedp.Evaluate[[]box](`(function () {
		var c = echarts.getInstanceByDom(document.querySelector(".chart")), out = [];
		c.getZr().storage.getDisplayList(true).forEach(function (el) {
			// A label is drawn as the tspans of a text attached to a mark.
			if (el.type !== "tspan" || !el.parent || !el.parent.__hostTarget || el.invisible || !el.style.text) { return; }
			if (el.style.opacity === 0) { return; }
			var r = el.getBoundingRect().clone();
			r.applyTransform(el.getComputedTransform());
			out.push({text: el.style.text, x: r.x, y: r.y, w: r.width, h: r.height});
		});
		return out;
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	return labels
}

// checkNoOverlap fails t if two labels overlap by more than a pixel.
func checkNoOverlap(t *testing.T, labels []box) {
	t.Helper()
	for i, a := range labels {
		for _, b := range labels[i+1:] {
			if a.X+1 < b.X+b.W && b.X+1 < a.X+a.W && a.Y+1 < b.Y+b.H && b.Y+1 < a.Y+a.H {
				t.Errorf("labels %q at (%.0f, %.0f, %.0fx%.0f) and %q at (%.0f, %.0f, %.0fx%.0f) overlap", a.Text, a.X, a.Y, a.W, a.H, b.Text, b.X, b.Y, b.W, b.H)
			}
		}
	}
}

// layout is what the browser drew: how many items, each point's centre
// and each bar's or band's rectangle, in pixels.
type layout struct {
	Drawn  int
	Points []struct {
		ID   string
		Lane int
		X, Y float64
	}
	Rects []struct {
		ID         string
		X, Y, W, H float64
	}
}

// itemsInWindow returns how many data items of option lie, wholly or in
// part, in the time window the chart opens on.
func itemsInWindow(t *testing.T, option map[string]any) int {
	t.Helper()
	zoom := option["dataZoom"].([]any)[0].(map[string]any)
	from, _ := zoom["startValue"].(float64)
	to, ok := zoom["endValue"].(float64)
	if !ok {
		to = math.Inf(1)
	}
	n := 0
	for _, s := range seriesList(t, option) {
		if s["type"] == "line" || s["name"] == linksName {
			continue // the overview, the links
		}
		for _, d := range s["data"].([]any) {
			v := d.(map[string]any)["value"].([]any)
			lo, hi := v[1].(float64), v[1].(float64)
			if len(v) > 2 {
				hi = v[2].(float64)
			}
			if hi >= from && lo <= to {
				n++
			}
		}
	}
	return n
}

// openChart writes page to a file, opens it in headless Chromium and
// waits for the chart. It fails t on any console error or exception.
func openChart(t *testing.T, page []byte) context.Context {
	t.Helper()
	return openChartAfter(t, page, nil)
}

// openChartAfter is openChart with setup, if not nil, run in the tab
// before the page is opened (to emulate a media feature, say).
func openChartAfter(t *testing.T, page []byte, setup func(ctx context.Context) error) context.Context {
	t.Helper()
	bin := needChromium(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "chart.html")
	if err := os.WriteFile(file, page, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := startChromium(t, bin, dir, 3*time.Minute)
	var (
		mu       sync.Mutex
		problems []string
	)
	err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning {
				problems = append(problems, fmt.Sprintf("console.%s", ev.Type))
			}
		case *runtime.EventExceptionThrown:
			problems = append(problems, "exception: "+(&chromedp.ExceptionError{ExceptionDetails: ev.ExceptionDetails}).Error())
		}
	})
	if err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	t.Cleanup(func() {
		mu.Lock()
		defer mu.Unlock()
		for _, p := range problems {
			t.Errorf("browser: %s", p)
		}
	})
	if setup != nil {
		if err := setup(ctx); err != nil {
			t.Fatalf("setting up the tab: %v", err)
		}
	}
	if err := chromedp.Do(ctx, chromedp.Navigate((&url.URL{Scheme: "file", Path: file}).String())); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`typeof echarts !== "undefined" && !!echarts.getInstanceByDom(document.querySelector(".chart"))`, chromedp.WithPollingTimeout(time.Minute))); err != nil {
		t.Fatalf("waiting for the chart: %v", err)
	}
	return ctx
}

// TestBrowserLarge opens the chart of 10,000 synthetic events, some
// 3,500 rows in 1,350 lanes: the chart keeps its height and its canvas
// stays far below the tallest Chromium draws (65,535 px), the lanes scroll
// inside it, the time axis is at the top of the first screen, the mouse
// wheel scrolls the page and zooms only with Ctrl or Cmd, the keyboard
// zooms, moves and scrolls the lanes, and labels are drawn where they fit
// and hidden where they would overlap.
func TestBrowserLarge(t *testing.T) {
	var buf bytes.Buffer
	if err := HTML(&buf, synthetic(10000), Options{NoAnimation: true}); err != nil {
		t.Fatal(err)
	}
	ctx := openChart(t, buf.Bytes())
	type state struct {
		Height, Canvas, AxisY, ChartTop, ScrollY float64
		From, To, Rows, FirstRow, LastRow        float64
	}
	get := func() state {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[state](`(function () {
			var el = document.querySelector(".chart"), c = echarts.getInstanceByDom(el), m = c.getModel();
			var canvas = 0;
			el.querySelectorAll("canvas").forEach(function (cv) { canvas = Math.max(canvas, cv.height); });
			var x = m.getComponent("xAxis", 0).axis, y = m.getComponent("yAxis", 0).axis;
			var ext = x.scale.getExtent(), rows = y.scale.getExtent();
			return {
				height: el.clientHeight, canvas: canvas, chartTop: el.getBoundingClientRect().top,
				axisY: m.getComponent("grid", 0).coordinateSystem.getRect().y, scrollY: window.scrollY,
				from: ext[0], to: ext[1], rows: y.scale.getOrdinalMeta().categories.length,
				firstRow: rows[0], lastRow: rows[1]
			};
		})()`))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	s := get()
	t.Logf("opening state: %+v", s)
	if s.Height > maxHeight || s.Canvas > maxHeight*2 {
		t.Errorf("chart is %.0f px tall with a canvas of %.0f px; want at most %d px", s.Height, s.Canvas, maxHeight)
	}
	if s.Rows < 2000 || s.LastRow-s.FirstRow > 20 {
		t.Errorf("the lane axis shows rows %.0f to %.0f of %.0f; want a window of a few of thousands", s.FirstRow, s.LastRow, s.Rows)
	}
	if s.AxisY < 0 || s.ChartTop+s.AxisY > 900 {
		t.Errorf("the plot (and the time axis at its top) starts at %.0f px on the page; want it in the first screen", s.ChartTop+s.AxisY)
	}
	pos, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(function () {
		var c = echarts.getInstanceByDom(document.querySelector(".chart")), opt = c.getOption();
		var x = opt.xAxis[0];
		return [x.position === "top" ? 1 : 0];
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if pos[0] != 1 {
		t.Error("the time axis is not at the top of the plot")
	}

	// The wheel over the plot scrolls the page and leaves the zoom alone;
	// with Ctrl it zooms.
	wheel := func(mods int64) {
		t.Helper()
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[int](`(window.scrollTo(0, 0), 0)`)); err != nil {
			t.Fatal(err)
		}
		_, err := chromedp.Call(ctx, input.DispatchMouseEvent, input.DispatchMouseEventParams{
			Type: input.DispatchMouseEventTypeMouseMoved, X: 700, Y: s.ChartTop + s.AxisY + 200,
		})
		if err != nil {
			t.Fatal(err)
		}
		_, err = chromedp.Call(ctx, input.DispatchMouseEvent, input.DispatchMouseEventParams{
			Type: input.DispatchMouseEventTypeMouseWheel, X: 700, Y: s.ChartTop + s.AxisY + 200, DeltaX: 1e-9, DeltaY: 300, Modifiers: mods, // the protocol wants a deltaX, and omits a zero
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.Sleep(500*time.Millisecond)); err != nil {
			t.Fatal(err)
		}
	}
	wheel(0)
	after := get()
	if after.ScrollY == 0 {
		t.Error("the wheel over the plot did not scroll the page")
	}
	if after.From != s.From || after.To != s.To || after.FirstRow != s.FirstRow {
		t.Errorf("the wheel without Ctrl moved the chart: time %v..%v -> %v..%v, rows from %v -> %v", s.From, s.To, after.From, after.To, s.FirstRow, after.FirstRow)
	}
	const ctrl, meta = 2, 4
	wheel(ctrl)
	zoomed := get()
	if zoomed.To-zoomed.From <= s.To-s.From {
		t.Errorf("Ctrl and the wheel (out) did not zoom: %v..%v -> %v..%v", s.From, s.To, zoomed.From, zoomed.To)
	}
	// Cmd, on a Mac, as Ctrl.
	wheel(meta)
	if again := get(); again.To-again.From <= zoomed.To-zoomed.From {
		t.Errorf("Cmd and the wheel (out) did not zoom: %v..%v -> %v..%v", zoomed.From, zoomed.To, again.From, again.To)
	}

	// The keyboard, with the chart in focus: + zooms in, the right arrow
	// moves later, the down arrow scrolls the lanes.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[int](`(document.querySelector(".chart").focus(), 0)`)); err != nil {
		t.Fatal(err)
	}
	key := func(k string) state {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.KeyEvent(k)); err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.Sleep(300*time.Millisecond)); err != nil {
			t.Fatal(err)
		}
		return get()
	}
	before := get()
	if in := key("+"); in.To-in.From >= before.To-before.From {
		t.Error("+ did not zoom in")
	}
	before = get()
	if later := key(kb.ArrowRight); later.From <= before.From {
		t.Error("the right arrow did not move later in time")
	}
	if down := key(kb.ArrowDown); down.FirstRow != before.FirstRow+1 {
		t.Errorf("the down arrow scrolled the lanes from row %.0f to %.0f; want one row", before.FirstRow, down.FirstRow)
	}

	// Scrolled a row into the busiest lane, the first row in view still
	// carries its name.
	lanes, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(function () {
		var c = echarts.getInstanceByDom(document.querySelector(".chart"));
		var rows = c.getOption().yAxis[0].data, first = Math.ceil(c.getModel().getComponent("yAxis", 0).axis.scale.getExtent()[0]);
		var drawn = [];
		c.getZr().storage.getDisplayList(true).forEach(function (el) {
			if (el.type === "tspan" && el.parent && !el.parent.__hostTarget && el.style.text && rows.indexOf(el.style.text) >= 0) {
				drawn.push(el.style.text);
			}
		});
		return [rows[first] === "" ? "continued" : "first", rows[0]].concat(drawn);
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if lanes[0] != "continued" || !slices.Contains(lanes[2:], lanes[1]) {
		t.Errorf("scrolled into the busiest lane: [row in view, lane, names drawn...] = %q; want the lane named", lanes)
	}

	// Labels: all that fit at the opening zoom; zoomed out to the whole
	// axis, some hidden and none overlapping another or covering a mark.
	checkNoOverlap(t, visibleLabels(t, ctx))
	checkNoCover(t, visibleLabels(t, ctx), visibleMarks(t, ctx))
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[int](`echarts.getInstanceByDom(document.querySelector(".chart")).dispatchAction({type: "dataZoom", dataZoomIndex: 0, start: 0, end: 100}) || 0`)); err != nil {
		t.Fatal(err)
	}
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[int](`(function () {
		var n = 0;
		echarts.getInstanceByDom(document.querySelector(".chart")).getModel().eachSeries(function (s) {
			var d = s.getData();
			for (var i = 0; i < d.count(); i++) { if (d.getItemGraphicEl(i)) { n++; } }
		});
		return n;
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	labels := visibleLabels(t, ctx)
	t.Logf("zoomed out: %d marks drawn, %d labelled", marks, len(labels))
	if len(labels) == 0 || len(labels) >= marks {
		t.Errorf("%d labels for %d marks; want some, and some hidden where they would overlap", len(labels), marks)
	}
	checkNoOverlap(t, labels)
	checkNoCover(t, labels, visibleMarks(t, ctx))

	// The page holds the items of the first lanes only; scrolled far
	// down, the lanes in view bring theirs, every one of them drawn.
	c, err := build(synthetic(10000), Options{NoAnimation: true})
	if err != nil {
		t.Fatal(err)
	}
	const from, to = 2000, 2012
	want := 0
	for _, it := range c.items {
		if r := c.rows[it.lane] + it.row; r >= from && r <= to {
			want++
		}
	}
	scrollRows(t, ctx, from, to)
	if err := chromedp.Do(ctx, chromedp.Sleep(500*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	drawn, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](fmt.Sprintf(`(function () {
		var c = echarts.getInstanceByDom(document.querySelector(".chart")), n = 0;
		c.getModel().eachSeries(function (s) {
			if (s.subType === "line" || s.name === "links") { return; }
			var d = s.getData();
			for (var i = 0; i < d.count(); i++) {
				var row = d.getRawDataItem(i).value[0];
				if (row >= %d && row <= %d && d.getItemGraphicEl(i)) { n++; }
			}
		});
		var ext = c.getModel().getComponent("yAxis", 0).axis.scale.getExtent();
		return [n, ext[0], ext[1]];
	})()`, from, to)))
	if err != nil {
		t.Fatal(err)
	}
	if drawn[0] != want || want == 0 || drawn[1] != from || drawn[2] != to {
		t.Errorf("scrolled to rows %d to %d (in view: %d to %d): %d items drawn there; want all %d", from, to, drawn[1], drawn[2], drawn[0], want)
	}
	checkNoOverlap(t, visibleLabels(t, ctx))
}

// TestBrowserLanes: lanes capped to the busiest, the rest in an Others
// lane at the bottom that the lanes scroll to; an event of two people in
// both their lanes, joined by a line from one mark to the other; labels
// that do not overlap; no console error (openChart).
func TestBrowserLanes(t *testing.T) {
	t.Run("capped", func(t *testing.T) {
		tl := synthetic(10000)
		c, err := build(tl, Options{MaxLanes: 30, NoAnimation: true})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := HTML(&buf, tl, Options{MaxLanes: 30, NoAnimation: true}); err != nil {
			t.Fatal(err)
		}
		ctx := openChart(t, buf.Bytes())
		type state struct {
			Lanes []string
			Rows  int
			Drawn int
		}
		get := func() state {
			t.Helper()
			s, err := chromedp.Run(ctx, chromedp.Evaluate[state](`(function () {
				var c = echarts.getInstanceByDom(document.querySelector(".chart")), rows = c.getOption().yAxis[0].data, n = 0;
				c.getModel().eachSeries(function (s) {
					var d = s.getData();
					for (var i = 0; i < d.count(); i++) { if (s.subType !== "line" && s.name !== "links" && d.getItemGraphicEl(i)) { n++; } }
				});
				return {lanes: rows.filter(function (r) { return r !== ""; }), rows: rows.length, drawn: n};
			})()`))
			if err != nil {
				t.Fatal(err)
			}
			return s
		}
		s := get()
		others := othersLane(c.folded)
		if len(s.Lanes) != 31 || s.Lanes[30] != others || s.Rows != c.rows[len(c.lanes)] {
			t.Fatalf("lanes %d (the last %q), rows %d; want 31, the last %q, and %d rows", len(s.Lanes), s.Lanes[len(s.Lanes)-1], s.Rows, others, c.rows[len(c.lanes)])
		}
		checkNoOverlap(t, visibleLabels(t, ctx))
		// Links: whole between rows in view, a stub towards a row out of
		// view, all inside the plot.
		links, err := chromedp.Run(ctx, chromedp.Evaluate[[][3]float64](`(function () {
			var c = echarts.getInstanceByDom(document.querySelector(".chart")), m = c.getModel(), out = [];
			var ext = m.getComponent("yAxis", 0).axis.scale.getExtent(), rect = m.getComponent("grid", 0).coordinateSystem.getRect();
			m.eachSeries(function (s) {
				if (s.name !== "links") { return; }
				var d = s.getData();
				for (var i = 0; i < d.count(); i++) {
					var el = d.getItemGraphicEl(i), v = d.getRawDataItem(i).value;
					if (!el) { continue; }
					var whole = v[1] >= ext[0] && v[2] <= ext[1] ? 1 : 0;
					var inside = el.shape.y1 >= rect.y - 0.5 && el.shape.y2 <= rect.y + rect.height + 0.5 ? 1 : 0;
					out.push([whole, Math.abs(el.shape.y2 - el.shape.y1), inside]);
				}
			});
			return out;
		})()`))
		if err != nil {
			t.Fatal(err)
		}
		stubs := 0
		for _, l := range links {
			if l[2] != 1 || l[0] == 0 && l[1] > 14.5 {
				t.Errorf("a link (whole %v) drawn %.0f px long, inside the plot %v; want inside, and a stub of 14 px when an end is out of view", l[0] == 1, l[1], l[2] == 1)
			}
			if l[0] == 0 {
				stubs++
			}
		}
		if stubs == 0 {
			t.Errorf("no stub among %d links drawn; want some towards the lanes out of view", len(links))
		}
		// Scrolled to the first row of the Others lane, it is in view,
		// named and drawn.
		scrollRows(t, ctx, c.rows[30], c.rows[30]+visibleRows(c.height)-1)
		if err := chromedp.Do(ctx, chromedp.Sleep(500*time.Millisecond)); err != nil {
			t.Fatal(err)
		}
		names, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(function () {
			var c = echarts.getInstanceByDom(document.querySelector(".chart")), drawn = [];
			c.getZr().storage.getDisplayList(true).forEach(function (el) {
				if (el.type === "tspan" && el.parent && !el.parent.__hostTarget && el.style.text) { drawn.push(el.style.text); }
			});
			return drawn;
		})()`))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(names, func(n string) bool { return strings.HasPrefix(others, strings.TrimSuffix(n, "…")) && len(n) > 6 }) {
			t.Errorf("scrolled to the bottom, the axis names %q; want %q among them", names, others)
		}
		if d := get().Drawn; d == 0 {
			t.Error("scrolled to the bottom, no mark drawn")
		}
		checkNoOverlap(t, visibleLabels(t, ctx))

		// The Others lane is one row of counts: the numbers drawn on it
		// and its lone points count every event of the lane whose middle
		// is in view, once.
		othersInView := func() (from, to int64, n int) {
			t.Helper()
			w, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`echarts.getInstanceByDom(document.querySelector(".chart")).getModel().getComponent("xAxis", 0).axis.scale.getExtent()`))
			if err != nil {
				t.Fatal(err)
			}
			from, to = int64(w[0]), int64(w[1])
			for _, it := range c.items {
				if mid := it.spot.lo + (it.spot.hi-it.spot.lo)/2; c.inOthers(it) && mid >= from && mid < to {
					n++
				}
			}
			return from, to, n
		}
		type strip struct {
			Rows, Counted, Bins int
			Bin                 [2]float64 // the centre of the busiest stretch
		}
		readStrip := func() strip {
			t.Helper()
			s, err := chromedp.Run(ctx, chromedp.Evaluate[strip](`(function () {
				var c = echarts.getInstanceByDom(document.querySelector(".chart")), out = {rows: 0, counted: 0, bins: 0, bin: [0, 0]}, most = 0;
				c.getModel().eachSeries(function (s) {
					if (s.name !== "others") { return; }
					var d = s.getData();
					for (var i = 0; i < d.count(); i++) {
						var el = d.getItemGraphicEl(i);
						if (!el) { continue; }
						out.rows++;
						el.eachChild(function (b) {
							var n = b.type === "circle" ? 1 : Number(b.getTextContent().style.text);
							out.counted += n;
							out.bins++;
							if (n > most) {
								most = n;
								var r = b.getBoundingRect();
								out.bin = [r.x + r.width / 2, r.y + r.height / 2];
							}
						});
					}
				});
				return out;
			})()`))
			if err != nil {
				t.Fatal(err)
			}
			return s
		}
		st := readStrip()
		_, _, want := othersInView()
		if st.Rows != 1 || st.Counted != want || st.Bins < 10 {
			t.Errorf("the Others lane draws %d items of %d stretches counting %d events; want 1 item, stretches, counting the %d events of the lane in view", st.Rows, st.Bins, st.Counted, want)
		}
		// Hovering over its busiest stretch lists its events; clicking it
		// zooms in to it, where the stretches split.
		origin, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(function () { var r = document.querySelector(".chart").getBoundingClientRect(); return [r.left, r.top]; })()`))
		if err != nil {
			t.Fatal(err)
		}
		x, y := origin[0]+st.Bin[0], origin[1]+st.Bin[1]
		if _, err := chromedp.Call(ctx, input.DispatchMouseEvent, input.DispatchMouseEventParams{Type: input.DispatchMouseEventTypeMouseMoved, X: x, Y: y}); err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.Sleep(300*time.Millisecond)); err != nil {
			t.Fatal(err)
		}
		tip, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(function () { var el = document.querySelector(".chart div[style*='z-index']"); return el ? el.innerText : ""; })()`))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(tip, "events of the other lanes") || !strings.Contains(tip, "Click to zoom in") {
			t.Errorf("over the Others lane's busiest stretch, the tooltip says %q; want its events listed", tip)
		}
		before, _, _ := othersInView()
		for _, typ := range []input.DispatchMouseEventType{input.DispatchMouseEventTypeMousePressed, input.DispatchMouseEventTypeMouseReleased} {
			if _, err := chromedp.Call(ctx, input.DispatchMouseEvent, input.DispatchMouseEventParams{Type: typ, X: x, Y: y, Button: input.MouseButtonLeft, ClickCount: 1}); err != nil {
				t.Fatal(err)
			}
		}
		if err := chromedp.Do(ctx, chromedp.Sleep(500*time.Millisecond)); err != nil {
			t.Fatal(err)
		}
		from, to, n := othersInView()
		if after := readStrip(); from <= before || to-from > 40*24*3600*1000 || after.Counted != n || after.Bins < 2 {
			t.Errorf("clicked the busiest stretch: the axis shows %s to %s, the lane %d stretches counting %d of the %d events in view; want a few days, split", day(from), day(to), after.Bins, after.Counted, n)
		}
	})
	t.Run("linked", func(t *testing.T) {
		var buf bytes.Buffer
		if err := HTML(&buf, testTimeline(t), Options{NoAnimation: true}); err != nil {
			t.Fatal(err)
		}
		ctx := openChart(t, buf.Bytes())
		type mark struct {
			Lane string
			X, Y float64
		}
		type got struct {
			Summit []mark
			Link   [4]float64
		}
		g, err := chromedp.Run(ctx, chromedp.Evaluate[got](`(function () {
			var c = echarts.getInstanceByDom(document.querySelector(".chart")), rows = c.getOption().yAxis[0].data;
			var texts = JSON.parse(document.querySelector("script[type='application/json'][id$='-events']").textContent);
			var laneOf = function (r) { while (r > 0 && rows[r] === "") { r--; } return rows[r]; };
			var out = {summit: [], link: null};
			c.getModel().eachSeries(function (s) {
				var d = s.getData();
				for (var i = 0; i < d.count(); i++) {
					var item = d.getRawDataItem(i), el = d.getItemGraphicEl(i);
					if (!el || texts[item.event].id !== "upi-kim#2") { continue; }
					if (s.name === "links") {
						out.link = [el.shape.x1, el.shape.y1, el.shape.x2, el.shape.y2];
					} else if (s.subType === "scatter") {
						var xy = d.getItemLayout(i);
						out.summit.push({lane: laneOf(item.value[0]), x: xy[0], y: xy[1]});
					}
				}
			});
			return out;
		})()`))
		if err != nil {
			t.Fatal(err)
		}
		if len(g.Summit) != 2 || g.Summit[0].Lane == g.Summit[1].Lane {
			t.Fatalf("the summit is drawn at %+v; want in two lanes, Kim's and Putin's", g.Summit)
		}
		a, b := g.Summit[0], g.Summit[1]
		if l := g.Link; math.Abs(l[0]-a.X) > 1 || math.Abs(l[2]-a.X) > 1 || math.Abs(min(l[1], l[3])-min(a.Y, b.Y)) > 1 || math.Abs(max(l[1], l[3])-max(a.Y, b.Y)) > 1 {
			t.Errorf("the link is drawn from (%.0f, %.0f) to (%.0f, %.0f); want from the summit's mark at (%.0f, %.0f) to its other at (%.0f, %.0f)", l[0], l[1], l[2], l[3], a.X, a.Y, b.X, b.Y)
		}
		checkNoOverlap(t, visibleLabels(t, ctx))

		// The pointer over one of the summit's marks rings both; off it,
		// neither.
		origin, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(function () { var r = document.querySelector(".chart").getBoundingClientRect(); return [r.left, r.top]; })()`))
		if err != nil {
			t.Fatal(err)
		}
		rings := func(x, y float64) [][2]float64 {
			t.Helper()
			if _, err := chromedp.Call(ctx, input.DispatchMouseEvent, input.DispatchMouseEventParams{Type: input.DispatchMouseEventTypeMouseMoved, X: origin[0] + x, Y: origin[1] + y}); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(ctx, chromedp.Sleep(300*time.Millisecond)); err != nil {
				t.Fatal(err)
			}
			r, err := chromedp.Run(ctx, chromedp.Evaluate[[][2]float64](`(function () {
				var out = [];
				echarts.getInstanceByDom(document.querySelector(".chart")).getZr().storage.getDisplayList(true).forEach(function (el) {
					if (el.type === "rect" && el.z === 100 && el.style.stroke === "#333333") {
						out.push([el.shape.x + el.shape.width / 2, el.shape.y + el.shape.height / 2]);
					}
				});
				return out;
			})()`))
			if err != nil {
				t.Fatal(err)
			}
			return r
		}
		over := rings(a.X, a.Y)
		near := func(p [2]float64, m mark) bool { return math.Abs(p[0]-m.X) < 2 && math.Abs(p[1]-m.Y) < 2 }
		if len(over) != 2 || !(near(over[0], a) && near(over[1], b) || near(over[0], b) && near(over[1], a)) {
			t.Errorf("over the summit's mark, rings at %v; want around (%.0f, %.0f) and (%.0f, %.0f)", over, a.X, a.Y, b.X, b.Y)
		}
		if off := rings(5, 5); len(off) != 0 {
			t.Errorf("off the marks, rings at %v; want none", off)
		}
	})
}

// TestBrowserFragments puts two fragments, of two timelines, in one page:
// both charts draw, ECharts is defined once, and each filter box filters
// its own chart.
func TestBrowserFragments(t *testing.T) {
	var page bytes.Buffer
	page.WriteString("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>A report</title></head><body>\n<h1>A report</h1>\n")
	for _, tl := range []*timeline.Timeline{testTimeline(t), kimOnly(t)} {
		if err := Fragment(&page, tl, Options{NoAnimation: true}); err != nil {
			t.Fatal(err)
		}
		page.WriteString("<p>Some text of the report between the charts.</p>\n")
	}
	page.WriteString("</body></html>\n")
	ctx := openChart(t, page.Bytes())
	type chartState struct {
		ID    string
		Drawn int
	}
	state := func() []chartState {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[[]chartState](`Array.prototype.map.call(document.querySelectorAll(".dateline .chart"), function (el) {
			var c = echarts.getInstanceByDom(el), n = 0;
			if (c) {
				c.getModel().eachSeries(function (s) {
					var d = s.getData();
					for (var i = 0; i < d.count(); i++) { if (s.subType !== "line" && s.name !== "links" && d.getItemGraphicEl(i)) { n++; } }
				});
			}
			return {id: el.id, drawn: n};
		})`))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelectorAll(".dateline .chart").length === 2 && Array.prototype.every.call(document.querySelectorAll(".dateline .chart"), function (el) { return !!echarts.getInstanceByDom(el); })`, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		t.Fatalf("waiting for two charts: %v", err)
	}
	before := state()
	if len(before) != 2 || before[0].ID == before[1].ID || before[0].Drawn == 0 || before[1].Drawn == 0 {
		t.Fatalf("charts = %+v; want two, of different IDs, both drawn", before)
	}
	// Filter the first chart on a word only the first timeline has.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[int](`(function () {
		var input = document.querySelector(".dateline .filter input");
		input.value = "Far Eastern";
		input.dispatchEvent(new Event("input"));
		return 0;
	})()`)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Sleep(400*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	after := state()
	if after[0].Drawn != 2 || after[1].Drawn != before[1].Drawn {
		t.Errorf("after filtering the first chart: %+v; want it down to the summit's 2 marks and the second as it was, %+v", after, before)
	}
}

// scrollRows scrolls the chart's lanes so that rows from to to are in
// view, through its vertical slider, as a reader dragging it would.
func scrollRows(t *testing.T, ctx context.Context, from, to int) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[int](fmt.Sprintf(`(function () {
		var c = echarts.getInstanceByDom(document.querySelector(".chart")), zooms = c.getOption().dataZoom;
		for (var i = 0; i < zooms.length; i++) {
			if (zooms[i].type === "slider" && zooms[i].yAxisIndex != null && zooms[i].yAxisIndex.length !== 0) {
				c.dispatchAction({type: "dataZoom", dataZoomIndex: i, startValue: %d, endValue: %d});
			}
		}
		return 0;
	})()`, from, to))); err != nil {
		t.Fatal(err)
	}
}

// TestBrowserRightEdge: titles of marks at the right end of the time axis,
// a point's and a bar's, are drawn before their marks rather than past
// the plot's right edge, where they were cut off (as in the whole-archive
// PNG); every visible label lies within the plot, and none covers
// another label or another mark, on either side of its own: a title
// moved before its mark at the edge once covered the point of the day
// before (edgeTimeline).
func TestBrowserRightEdge(t *testing.T) {
	needChromium(t)
	tl := edgeTimeline(t)
	var page bytes.Buffer
	if err := HTML(&page, tl, Options{}); err != nil {
		t.Fatal(err)
	}
	ctx := openChart(t, page.Bytes())
	// Zoom so that the last day lies just inside the window's right end,
	// as the whole archive's dense opening window leaves many marks.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(function () {
		var c = echarts.getInstanceByDom(document.querySelector(".chart")), o = c.getOption(), max = -Infinity;
		o.series.forEach(function (s) {
			(s.data || []).forEach(function (d) {
				if (d && d.event !== undefined && d.value) { max = Math.max(max, d.value[1]); }
			});
		});
		var from = o.dataZoom[0].startValue;
		c.dispatchAction({type: "dataZoom", dataZoomIndex: 0, startValue: from, endValue: max + (max - from) * 0.02});
		return true;
	})()`)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Sleep(500*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	plot, err := chromedp.Run(ctx, chromedp.Evaluate[box](`(function () {
		var r = echarts.getInstanceByDom(document.querySelector(".chart")).getModel().getComponent("grid", 0).coordinateSystem.getRect();
		return {x: r.x, y: r.y, w: r.width, h: r.height};
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	labels := visibleLabels(t, ctx)
	// Kim's talks at the edge have their title before the point; the
	// long call in Putin's lane has no room on either side (the visit's
	// bar ends the day before), so its title is hidden until a zoom
	// makes room.
	for _, want := range []string{"Talks on the railway link are", "Meets Lavrov"} {
		if !slices.ContainsFunc(labels, func(l box) bool { return strings.HasPrefix(l.Text, want) }) {
			t.Errorf("no label %q among %v", want, labels)
		}
	}
	for _, l := range labels {
		if l.X < plot.X-1 || l.X+l.W > plot.X+plot.W+1 {
			t.Errorf("label %q at x %.0f..%.0f crosses the plot's edges, x %.0f..%.0f", l.Text, l.X, l.X+l.W, plot.X, plot.X+plot.W)
		}
	}
	checkNoOverlap(t, labels)
	checkNoCover(t, labels, visibleMarks(t, ctx))
}

// visibleMarks returns the rectangles of the marks ECharts drew, points,
// bars and bands.
func visibleMarks(t *testing.T, ctx context.Context) []box {
	t.Helper()
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[[]box](`(function () {
		var out = [];
		echarts.getInstanceByDom(document.querySelector(".chart")).getModel().eachSeries(function (s) {
			if (s.name !== "points" && s.name !== "spans") { return; }
			var d = s.getData();
			for (var i = 0; i < d.count(); i++) {
				var el = d.getItemGraphicEl(i);
				if (!el) { continue; }
				var r = el.getBoundingRect().clone();
				r.applyTransform(el.getComputedTransform());
				out.push({text: s.name, x: r.x, y: r.y, w: r.width, h: r.height});
			}
		});
		return out;
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	return marks
}

// checkNoCover fails t if a label covers a mark by more than a pixel,
// unless it lies inside it (a title inside its bar).
func checkNoCover(t *testing.T, labels, marks []box) {
	t.Helper()
	n := 0
	for _, l := range labels {
		for _, m := range marks {
			inside := l.X >= m.X-1 && l.X+l.W <= m.X+m.W+1 && l.Y >= m.Y-1 && l.Y+l.H <= m.Y+m.H+1
			if !inside && l.X+1 < m.X+m.W && m.X+1 < l.X+l.W && l.Y+1 < m.Y+m.H && m.Y+1 < l.Y+l.H && n < 10 {
				n++
				t.Errorf("label %q at (%.0f, %.0f, %.0fx%.0f) covers a mark of %s at (%.0f, %.0f, %.0fx%.0f)", l.Text, l.X, l.Y, l.W, l.H, m.Text, m.X, m.Y, m.W, m.H)
			}
		}
	}
}

// TestBrowserInk: the page's datelineInk chooses, for every kind's
// colour, the title colour inside a solid bar that titleInk does (and
// TestLabelContrast checks).
func TestBrowserInk(t *testing.T) {
	needChromium(t)
	var page bytes.Buffer
	if err := HTML(&page, testTimeline(t), Options{}); err != nil {
		t.Fatal(err)
	}
	ctx := openChart(t, page.Bytes())
	var colours []string
	for _, c := range kindColors {
		colours = append(colours, c)
	}
	colours = append(colours, palette...)
	for _, dark := range darkColors {
		colours = append(colours, dark)
	}
	slices.Sort(colours)
	for _, c := range colours {
		got, err := chromedp.Run(ctx, chromedp.Evaluate[string](`datelineInk(`+strconv.Quote(c)+`)`))
		if err != nil {
			t.Fatal(err)
		}
		if want := titleInk(c, true); got != want {
			t.Errorf("datelineInk(%q) = %q; titleInk gives %q", c, got, want)
		}
	}
}
