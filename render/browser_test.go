package render

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

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

// TestBrowser opens the page in headless Chromium and checks that ECharts
// drew every data item, that the console stayed clean, that the page
// asked the network for nothing, and that a hostile summary in a tooltip
// stays text. Set DATELINE_SCREENSHOT=file.png to keep a screenshot.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("render: -short skips the browser test")
	}
	bin := findChromium()
	if bin == "" {
		if os.Getenv("DATELINE_REQUIRE_BROWSER") == "1" {
			t.Fatal("render: no Chromium found and DATELINE_REQUIRE_BROWSER=1")
		}
		t.Skip("render: no Chromium found (install Debian's chromium to run the browser test)")
	}

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
	var buf bytes.Buffer
	if err := HTML(&buf, tl, Options{NoAnimation: true}); err != nil {
		t.Fatal(err)
	}
	opt, err := ChartOptions(tl, Options{NoAnimation: true})
	if err != nil {
		t.Fatal(err)
	}
	var want []int
	for _, s := range seriesList(t, unmarshal(t, opt)) {
		want = append(want, len(s["data"].([]any)))
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "chart.html")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	pageURL := (&url.URL{Scheme: "file", Path: file}).String()

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
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
	defer cancel()
	ctx, cancel = chromedp.NewContext(ctx)
	defer cancel()

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
	got, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](instance+`.getOption().series.map(function (s) { return s.data.length; })`))
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("ECharts has %v data items per series; we gave %v", got, want)
	}
	// Every item drew something: the display list holds axes, legend and
	// the like besides, so it must be longer than the item count.
	drawn, err := chromedp.Run(ctx, chromedp.Evaluate[int](instance+`.getZr().storage.getDisplayList(true).length`))
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, n := range want {
		total += n
	}
	if drawn <= total {
		t.Errorf("ECharts drew %d elements for %d items", drawn, total)
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

	// Show the tooltip of the hostile summit: it must stay text.
	tip, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(function () {
		var c = `+instance+`, series = c.getOption().series;
		for (var i = 0; i < series.length; i++) {
			for (var j = 0; j < series[i].data.length; j++) {
				if (series[i].data[j].event.id === "upi-kim#2") {
					c.dispatchAction({type: "showTip", seriesIndex: i, dataIndex: j});
					var el = document.querySelector(".chart div[style*='z-index']");
					return el ? el.innerHTML : "no tooltip element";
				}
			}
		}
		return "no summit";
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(tip, "&lt;img src=x") || strings.Contains(tip, "<img") {
		t.Errorf("tooltip of the hostile summit is not escaped text:\n%s", tip)
	}
	if !strings.Contains(tip, "Far Eastern Federal University") {
		t.Errorf("tooltip lacks the place:\n%s", tip)
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
