package render

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image/png"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestBrowserTheme opens the page in headless Chromium with the reader's
// colour scheme emulated: with the default theme, a reader who prefers
// dark gets a dark chart (its canvas and the page behind it) and one who
// prefers light a light one; -theme light and dark override the reader.
// openChart fails the test on any console error.
func TestBrowserTheme(t *testing.T) {
	needChromium(t)
	tl := testTimeline(t)
	tests := []struct {
		name   string
		theme  Theme
		prefer string // the emulated prefers-color-scheme
		dark   bool
	}{
		{"auto, reader prefers dark", ThemeAuto, "dark", true},
		{"auto, reader prefers light", ThemeAuto, "light", false},
		{"light, reader prefers dark", ThemeLight, "dark", false},
		{"dark, reader prefers light", ThemeDark, "light", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var page bytes.Buffer
			if err := HTML(&page, tl, Options{Theme: tt.theme, NoAnimation: true}); err != nil {
				t.Fatal(err)
			}
			ctx := openChartAfter(t, page.Bytes(), func(ctx context.Context) error {
				_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
					Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: tt.prefer}},
				})
				return err
			})
			// The luminance (0 black, 1 white) of the canvas's top left
			// pixel, the chart's background, over the page's (a light
			// chart is transparent), and of the page's.
			lum, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(function () {
				var lum = function (c) { return (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255; };
				var canvas = document.querySelector(".chart canvas");
				var px = canvas.getContext("2d").getImageData(2, 2, 1, 1).data;
				var bg = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
				var a = px[3] / 255;
				return [a * lum(px) + (1 - a) * lum(bg), lum(bg)];
			})()`))
			if err != nil {
				t.Fatal(err)
			}
			for i, what := range []string{"chart", "page"} {
				if dark := lum[i] < 0.2; dark != tt.dark || (!dark && lum[i] < 0.9) {
					t.Errorf("Theme %s, prefers-color-scheme %s: the %s's background has luminance %.2f; want dark = %v", tt.theme, tt.prefer, what, lum[i], tt.dark)
				}
			}
			// The labels' colour follows: light text on dark.
			label, err := chromedp.Run(ctx, chromedp.Evaluate[string](`echarts.getInstanceByDom(document.querySelector(".chart")).getOption().series.filter(function (s) { return s.name === "points"; })[0].label.color`))
			if err != nil {
				t.Fatal(err)
			}
			if want := map[bool]string{false: "#333333", true: darkText}[tt.dark]; label != want {
				t.Errorf("Theme %s, prefers-color-scheme %s: the points' label colour is %s; want %s", tt.theme, tt.prefer, label, want)
			}
		})
	}
}

// TestBrowserThemeScrolled: in a dark chart whose lanes scroll, the items
// the page reads as the lanes scroll to them are drawn in the dark
// colours too, as are those it opened with.
func TestBrowserThemeScrolled(t *testing.T) {
	needChromium(t)
	tl := synthetic(2000)
	var page bytes.Buffer
	if err := HTML(&page, tl, Options{Theme: ThemeDark, NoAnimation: true}); err != nil {
		t.Fatal(err)
	}
	ctx := openChart(t, page.Bytes())
	light := map[string]bool{}
	for c := range darkColors {
		light[c] = true
	}
	lightJSON, err := json.Marshal(light)
	if err != nil {
		t.Fatal(err)
	}
	// The colours of the items ECharts holds that are light ones, and
	// how many items it holds.
	check := fmt.Sprintf(`(function () {
		var light = %s, c = echarts.getInstanceByDom(document.querySelector(".chart")), bad = [], n = 0;
		c.getOption().series.forEach(function (s) {
			(s.data || []).forEach(function (d) {
				var st = d && d.itemStyle;
				if (!st || typeof d.event !== "number") { return; }
				n++;
				[st.color, st.borderColor].forEach(function (x) { if (x && light[x.toLowerCase()]) { bad.push(x); } });
			});
		});
		return {bad: bad.slice(0, 5), n: n};
	})()`, lightJSON)
	type seen struct {
		Bad []string
		N   int
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[seen](check))
	if err != nil {
		t.Fatal(err)
	}
	if got.N == 0 || len(got.Bad) > 0 {
		t.Errorf("opening: %d items, light colours %v; want items, none light", got.N, got.Bad)
	}
	// Scroll the lanes to the bottom.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(function () {
		var c = echarts.getInstanceByDom(document.querySelector(".chart"));
		var i = c.getOption().dataZoom.findIndex(function (z) { return z.yAxisIndex != null && [].concat(z.yAxisIndex).length > 0; });
		c.dispatchAction({type: "dataZoom", dataZoomIndex: i, start: 95, end: 100});
		return i >= 0;
	})()`)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Sleep(500*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	if got, err = chromedp.Run(ctx, chromedp.Evaluate[seen](check)); err != nil {
		t.Fatal(err)
	}
	if got.N == 0 || len(got.Bad) > 0 {
		t.Errorf("scrolled to the last lanes: %d items, light colours %v; want items, none light", got.N, got.Bad)
	}
}

// TestBrowserPrint: a dark chart prints light. Printing to PDF (which
// fires beforeprint) finds a light copy of the chart drawn in its place,
// and with print media emulated the chart's part of the page, as printed,
// is light with the marks on it; back on screen, the dark chart alone.
// A light chart too is drawn anew for the paper (see
// TestBrowserPrintPaper).
func TestBrowserPrint(t *testing.T) {
	needChromium(t)
	tl := testTimeline(t)
	for _, tt := range []struct {
		name   string
		theme  Theme
		prefer string
	}{
		{"dark", ThemeDark, "light"},
		{"auto, reader prefers dark", ThemeAuto, "dark"},
		{"light, reader prefers dark", ThemeLight, "dark"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var page bytes.Buffer
			if err := HTML(&page, tl, Options{Theme: tt.theme, NoAnimation: true}); err != nil {
				t.Fatal(err)
			}
			prefer := []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: tt.prefer}}
			ctx := openChartAfter(t, page.Bytes(), func(ctx context.Context) error {
				_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: prefer})
				return err
			})
			// What beforeprint leaves to print: the light copy, if any,
			// and the mean luminance of the canvas that prints, over
			// white paper.
			if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(window.addEventListener("beforeprint", function () {
				var copy = document.querySelector(".dl-print canvas"), cv = copy || document.querySelector(".chart canvas");
				var px = cv.getContext("2d").getImageData(0, 0, cv.width, cv.height).data, sum = 0, n = 0;
				for (var i = 0; i < px.length; i += 4 * 97) {
					var a = px[i + 3] / 255;
					sum += (1 - a) + a * (0.2126 * px[i] + 0.7152 * px[i + 1] + 0.0722 * px[i + 2]) / 255;
					n++;
				}
				window.__print = {copied: !!copy, lum: sum / n};
			}), true)`)); err != nil {
				t.Fatal(err)
			}
			background := true
			res, err := chromedp.Call(ctx, cdppage.PrintToPDF, cdppage.PrintToPDFParams{PrintBackground: &background})
			if err != nil {
				t.Fatal(err)
			}
			pdf := []byte(res.Data)
			type printed struct {
				Copied bool
				Lum    float64
			}
			got, err := chromedp.Run(ctx, chromedp.Evaluate[printed](`window.__print || {copied: false, lum: -1}`))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(pdf, []byte("%PDF")) || !got.Copied || got.Lum < 0.85 {
				t.Errorf("printed to PDF (%d bytes): light copy %v, the printed chart's mean luminance %.2f; want a copy, luminance over 0.85", len(pdf), got.Copied, got.Lum)
			}

			// With print media emulated, the chart as printed: light,
			// with the marks on it.
			if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print", Features: prefer}); err != nil {
				t.Fatal(err)
			}
			// The copy is drawn when the media query tells the page,
			// which may take a while on a busy machine.
			if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelector(".dl-print canvas") !== null`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
				t.Fatalf("with print media, waiting for the light copy: %v", err)
			}
			if err := chromedp.Do(ctx, chromedp.Sleep(300*time.Millisecond)); err != nil {
				t.Fatal(err)
			}
			area, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(function () {
				var el = document.querySelector(".dl-print") || document.querySelector(".chart"), r = el.getBoundingClientRect();
				return [r.left, r.top, r.width, r.height];
			})()`))
			if err != nil {
				t.Fatal(err)
			}
			shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
			if err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(bytes.NewReader(shot))
			if err != nil {
				t.Fatal(err)
			}
			var sum float64
			n, ink := 0, 0
			for y := int(area[1]) + 2; y < int(area[1]+min(area[3], 700)); y += 3 {
				for x := int(area[0]) + 2; x < int(area[0]+area[2])-2; x += 3 {
					r, g, b, _ := img.At(x, y).RGBA()
					l := (0.2126*float64(r) + 0.7152*float64(g) + 0.0722*float64(b)) / 65535
					sum += l
					n++
					if l < 0.6 {
						ink++
					}
				}
			}
			if lum := sum / float64(max(n, 1)); lum < 0.85 || ink < 200 {
				t.Errorf("with print media, the chart's area (%v) has mean luminance %.2f and %d dark pixels of %d; want light (over 0.85), with marks", area, lum, ink, n)
			}
			// Back on screen, the copy is gone.
			if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "screen", Features: prefer}); err != nil {
				t.Fatal(err)
			}
			if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelectorAll(".dl-print").length === 0`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
				left, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(".dl-print").length`))
				t.Errorf("back on screen, %d print copies left after 10 s; want none", left)
			}
		})
	}
}
