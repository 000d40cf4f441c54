package render

import (
	"bytes"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// measureHook runs in every page the measurement opens, before the page's
// own scripts. "scripts" is when the whole page is parsed and its scripts
// have run (DOMContentLoaded); "painted" the first frame in which the
// chart exists, which may come before that when the chart's script
// precedes the page's tables; "finished" the frame after ECharts' finished
// event (which also waits for progressive rendering and the opening
// animation). The finished listener is added as echarts.init makes the
// chart, through a trap on the global echarts (whose init the stock
// build assigns after the global, dateline's before): a chart without
// animation finishes in its first frame, before a poll would find it.
const measureHook = `window.__dl = {};
document.addEventListener("DOMContentLoaded", function () { window.__dl.scripts = performance.now(); });
(function () {
	var dl = window.__dl, lib, init;
	var watch = function (c) {
		var done = false;
		c.on("finished", function () {
			if (done) { return; }
			done = true;
			requestAnimationFrame(function () { dl.finished = performance.now(); });
		});
	};
	Object.defineProperty(window, "echarts", {configurable: true, enumerable: true,
		get: function () { return lib; },
		set: function (v) {
			lib = v;
			var wrap = function (f) {
				init = function () { var c = f.apply(this, arguments); watch(c); return c; };
			};
			// The stock build assigns init after it sets the global;
			// dateline's own has it already.
			if (typeof v.init === "function") {
				wrap(v.init);
			}
			Object.defineProperty(v, "init", {configurable: true, enumerable: true,
				get: function () { return init; },
				set: wrap
			});
		}
	});
})();
(function poll() {
	var dl = window.__dl, el = document.querySelector(".chart");
	var c = el && window.echarts && echarts.getInstanceByDom(el);
	if (!c || !c.getOption()) {
		requestAnimationFrame(poll);
		return;
	}
	requestAnimationFrame(function () { dl.painted = performance.now(); });
	var h = 0;
	el.querySelectorAll("canvas").forEach(function (cv) { h = Math.max(h, cv.height); });
	dl.canvas = h;
})();`

// zoomStep zooms the time axis in by a tenth at each end through the
// first dataZoom (the time slider) and resolves with the milliseconds
// until ECharts returned and until the frame after.
const zoomStep = `new Promise(function (resolve) {
	var c = echarts.getInstanceByDom(document.querySelector(".chart"));
	var ext = c.getModel().getComponent("xAxis", 0).axis.scale.getExtent();
	var d = (ext[1] - ext[0]) / 10;
	var t0 = performance.now();
	c.dispatchAction({type: "dataZoom", dataZoomIndex: 0, startValue: ext[0] + d, endValue: ext[1] - d});
	var js = performance.now() - t0;
	requestAnimationFrame(function () { requestAnimationFrame(function () {
		resolve({js: js, frame: performance.now() - t0});
	}); });
})`

// TestMeasure measures, in headless Chromium, the first render and a zoom
// step of the chart of 10,000 synthetic events and of any pages named in
// DATELINE_MEASURE_PAGES (comma-separated paths, such as a chart of the
// whole Reuters archive built with dateline build), and logs the median
// of five runs, each in a new tab. It times nothing against a limit: set
// DATELINE_MEASURE=1 to run it and read the figures with -v.
func TestMeasure(t *testing.T) {
	if os.Getenv("DATELINE_MEASURE") != "1" {
		t.Skip("render: set DATELINE_MEASURE=1 to measure the chart in Chromium (with -v to see the figures)")
	}
	bin := needChromium(t)
	dir := t.TempDir()
	var buf bytes.Buffer
	if err := HTML(&buf, synthetic(10000), Options{}); err != nil {
		t.Fatal(err)
	}
	// DATELINE_MEASURE_KEEP names a directory to keep the synthetic page in.
	if d := os.Getenv("DATELINE_MEASURE_KEEP"); d != "" {
		dir = d
	}
	pages := []string{filepath.Join(dir, "synthetic-10000.html")}
	if err := os.WriteFile(pages[0], buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if p := os.Getenv("DATELINE_MEASURE_PAGES"); p != "" {
		pages = append(pages, strings.Split(p, ",")...)
	}
	browser := startChromium(t, bin, dir, 10*time.Minute)
	if err := chromedp.Do(browser, chromedp.Navigate("about:blank")); err != nil {
		t.Fatal(err)
	}
	type figures struct {
		Scripts, Painted, Finished float64
		Canvas                     int
	}
	type step struct{ JS, Frame float64 }
	type runs struct {
		scripts, painted, finished, zoomJS, zoomFrame []float64
		canvas                                        int
	}
	got := make([]runs, len(pages))
	// Round after round over all the pages, so that a busy spell of the
	// machine falls on all of them alike.
	for range 5 {
		for i, file := range pages {
			abs, err := filepath.Abs(file)
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := chromedp.NewContext(browser)
			_, err = chromedp.Call(ctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: measureHook})
			if err == nil {
				err = chromedp.Do(ctx, chromedp.Navigate((&url.URL{Scheme: "file", Path: abs}).String()))
			}
			if err != nil {
				cancel()
				t.Fatalf("%s: %v", file, err)
			}
			f, err := chromedp.Run(ctx, chromedp.Poll[figures](`window.__dl && window.__dl.finished !== undefined && window.__dl.painted !== undefined && window.__dl.scripts !== undefined ? window.__dl : null`, chromedp.WithPollingTimeout(2*time.Minute)))
			if err != nil {
				cancel()
				t.Fatalf("%s: waiting for the chart: %v", file, err)
			}
			s, err := chromedp.Run(ctx, chromedp.Evaluate[step](zoomStep, chromedp.EvalAwaitPromise))
			cancel()
			if err != nil {
				t.Fatalf("%s: zoom step: %v", file, err)
			}
			r := &got[i]
			r.scripts, r.painted, r.finished = append(r.scripts, f.Scripts), append(r.painted, f.Painted), append(r.finished, f.Finished)
			r.zoomJS, r.zoomFrame = append(r.zoomJS, s.JS), append(r.zoomFrame, s.Frame)
			r.canvas = f.Canvas
		}
	}
	for i, file := range pages {
		info, err := os.Stat(file)
		if err != nil {
			t.Fatal(err)
		}
		r := got[i]
		t.Logf("%s (%d bytes, tallest canvas %d px), median of 5 in ms: page parsed %.0f, chart's first frame %.0f, finished %.0f; zoom step: ECharts %.0f, next frame %.0f",
			filepath.Base(file), info.Size(), r.canvas, median(r.scripts), median(r.painted), median(r.finished), median(r.zoomJS), median(r.zoomFrame))
	}
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}
