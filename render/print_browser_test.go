package render

import (
	"bytes"
	"math"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/dateline-dev/dateline/timeline"
)

// paper is a sheet the tests print on, upright, in inches, and its page
// area in CSS pixels once the page's style turns it landscape and takes
// its margins of 12 mm off.
type paper struct {
	name          string
	width, height float64 // inches, upright
}

// area returns the page area of p in landscape, in CSS pixels.
func (p paper) area() (w, h float64) {
	const margins = 2 * 12 / 25.4 * 96
	return p.height*96 - margins, p.width*96 - margins
}

var papers = []paper{{"Letter", 8.5, 11}, {"A4", 210 / 25.4, 297 / 25.4}}

var (
	pdfPage     = regexp.MustCompile(`/Type /Page\b[^s]`)
	pdfMediaBox = regexp.MustCompile(`/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]`)
)

// pdfPages returns the number of pages of pdf and the size in points of
// the first, as Chromium writes them.
func pdfPages(pdf []byte) (n int, w, h float64) {
	n = len(pdfPage.FindAll(pdf, -1))
	if m := pdfMediaBox.FindSubmatch(pdf); m != nil {
		w, _ = strconv.ParseFloat(string(m[1]), 64)
		h, _ = strconv.ParseFloat(string(m[2]), 64)
	}
	return n, w, h
}

// printedChart is the chart's copy for print as laid out: which canvas
// shows, where, and how wide the document is.
type printedChart struct {
	Shown             string // the class of the canvas shown
	Left, Top         float64
	Width, Height     float64
	Right, Bottom     float64
	Pixels            [2]int // the shown canvas's pixels
	DocWidth          float64
	ChartShown        bool // the chart laid out for the screen
	Copies, Canvases  int
	ContainerWidth    float64
	ContainerOverflow bool
}

const readPrinted = `(function () {
	var copy = document.querySelector(".dl-print"), out = {shown: "", copies: document.querySelectorAll(".dl-print").length};
	var chart = document.querySelector(".chart");
	out.chartShown = getComputedStyle(chart).display !== "none";
	out.docWidth = document.documentElement.scrollWidth;
	if (!copy) { return out; }
	out.canvases = copy.querySelectorAll("canvas").length;
	out.containerWidth = copy.getBoundingClientRect().width;
	copy.querySelectorAll("canvas").forEach(function (cv) {
		if (getComputedStyle(cv).display === "none") { return; }
		var r = cv.getBoundingClientRect();
		out.shown = cv.className;
		out.left = r.left; out.top = r.top + window.scrollY; out.width = r.width; out.height = r.height;
		out.right = r.right; out.bottom = r.bottom + window.scrollY;
		out.pixels = [cv.width, cv.height];
	});
	return out;
})()`

// TestBrowserPrintPaper prints the page of one story and the page of an
// archive whose lanes are capped and scroll, and checks that the chart,
// which the screen lays out at the window's width (1,400 px here),
// prints at the paper's size: printed to PDF on Letter and A4 the pages
// are landscape and of that paper, the story on at most two of them;
// beforeprint draws the chart anew, at 960 and 600 CSS pixels and at most
// 680 high, with twice the pixels; and, with print media emulated in a
// window the size of each paper's page area, the 960-pixel copy shows in
// place of the chart, whole within the page's width and the first page's
// height, at its own size (so titles print at the 11 px they have on
// screen, 8.25 pt), and nothing makes the document wider than the page
// (Chromium would shrink the whole page to fit it). A fragment in a
// report's column of 620 px, as on upright paper, prints the 600-pixel
// copy.
func TestBrowserPrintPaper(t *testing.T) {
	needChromium(t)
	for _, tt := range []struct {
		name  string
		tl    func() *timeline.Timeline
		opt   Options
		pages int // the most pages the PDF may have, or 0
	}{
		{"one story", func() *timeline.Timeline { return testTimeline(t) }, Options{NoAnimation: true}, 2},
		{"capped lanes that scroll", func() *timeline.Timeline { return synthetic(3000) }, Options{MaxLanes: 12, NoAnimation: true}, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var page bytes.Buffer
			if err := HTML(&page, tt.tl(), tt.opt); err != nil {
				t.Fatal(err)
			}
			ctx := openChart(t, page.Bytes())
			screenHeight, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.querySelector(".chart").clientHeight`))
			if err != nil {
				t.Fatal(err)
			}
			// What beforeprint draws, as the PDF is printed.
			if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(window.addEventListener("beforeprint", function () {
				window.__copies = [];
				document.querySelectorAll(".dl-print canvas").forEach(function (cv) { window.__copies.push([cv.className, cv.width, cv.height]); });
			}), true)`)); err != nil {
				t.Fatal(err)
			}
			yes := true
			for _, p := range papers {
				res, err := chromedp.Call(ctx, cdppage.PrintToPDF, cdppage.PrintToPDFParams{
					PrintBackground: &yes, PreferCSSPageSize: &yes, PaperWidth: p.width, PaperHeight: p.height,
				})
				if err != nil {
					t.Fatal(err)
				}
				n, w, h := pdfPages([]byte(res.Data))
				if math.Abs(w-p.height*72) > 1 || math.Abs(h-p.width*72) > 1 || n == 0 || tt.pages > 0 && n > tt.pages {
					t.Errorf("printed on %s: %d pages of %.0f x %.0f pt; want %s in landscape, %.0f x %.0f pt (and at most %d pages, if not 0)", p.name, n, w, h, p.name, p.height*72, p.width*72, tt.pages)
				}
				copies, err := chromedp.Run(ctx, chromedp.Evaluate[[][3]any](`window.__copies || []`))
				if err != nil {
					t.Fatal(err)
				}
				wantH := 2 * math.Min(screenHeight, 680)
				if len(copies) != 2 || copies[0][0] != "dl-print-wide" || copies[0][1] != 1920.0 || copies[0][2] != wantH ||
					copies[1][0] != "dl-print-narrow" || copies[1][1] != 1200.0 || copies[1][2] != wantH {
					t.Errorf("printed on %s, beforeprint drew %v; want the wide copy of 1920 x %.0f pixels and the narrow of 1200 x %.0f", p.name, copies, wantH, wantH)
				}
			}
			// The layout of print, in a window of each paper's page area.
			for _, p := range papers {
				w, h := p.area()
				if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: int64(w), Height: int64(h), DeviceScaleFactor: 1}); err != nil {
					t.Fatal(err)
				}
				if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
					t.Fatal(err)
				}
				got, err := chromedp.Run(ctx, chromedp.Poll[printedChart](`(function () { var s = `+readPrinted+`; return s.shown ? s : null; })()`, chromedp.WithPollingTimeout(10*time.Second)))
				if err != nil {
					t.Fatalf("on %s, with print media, waiting for the copy: %v", p.name, err)
				}
				if got.Shown != "dl-print-wide" || got.ChartShown || got.Left < 0 || got.Right > math.Floor(w) || math.Abs(got.Width-960) > 0.5 ||
					got.Bottom > h || got.DocWidth > math.Floor(w) || got.Pixels[0] != 1920 {
					t.Errorf("on %s (page area %.0f x %.0f px), the chart prints as %+v; want the wide copy alone, 960 px wide, inside the page area and the first page, the document no wider", p.name, w, h, got)
				}
				if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "screen"}); err != nil {
					t.Fatal(err)
				}
				if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelectorAll(".dl-print").length === 0 && getComputedStyle(document.querySelector(".chart")).display !== "none"`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
					t.Errorf("on %s, back on screen: the print copy stays or the chart is hidden: %v", p.name, err)
				}
			}
		})
	}
	t.Run("fragment in a column", func(t *testing.T) {
		var frag bytes.Buffer
		if err := Fragment(&frag, testTimeline(t), Options{NoAnimation: true}); err != nil {
			t.Fatal(err)
		}
		var page bytes.Buffer
		page.WriteString("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>A report</title></head><body style=\"margin:0\">\n<main style=\"width:620px;margin:0 auto\">\n<h1>A report</h1>\n")
		page.Write(frag.Bytes())
		page.WriteString("</main>\n</body></html>\n")
		ctx := openChart(t, page.Bytes())
		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
			t.Fatal(err)
		}
		got, err := chromedp.Run(ctx, chromedp.Poll[printedChart](`(function () { var s = `+readPrinted+`; return s.shown ? s : null; })()`, chromedp.WithPollingTimeout(10*time.Second)))
		if err != nil {
			t.Fatalf("with print media, waiting for the copy: %v", err)
		}
		if got.Shown != "dl-print-narrow" || got.ChartShown || math.Abs(got.Width-600) > 0.5 || got.Width > got.ContainerWidth+0.5 {
			t.Errorf("a fragment in a column of 620 px prints as %+v; want the narrow copy alone, 600 px wide, inside the column", got)
		}
	})
}
