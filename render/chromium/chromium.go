// Package chromium draws a timeline's chart as a PNG image in headless
// Chromium: it renders the offline page [render.HTML] writes, waits for
// ECharts to draw it and takes a picture of the chart. It is for reports
// that want the interactive chart's look as a bitmap; [render.SVG] needs
// no browser and is the same bytes on every machine.
//
// Chromium is a program of its own, not a Go package: [PNG] looks for it
// where a system keeps it ([Find]) and returns [ErrNotFound] when there
// is none, with the package to install in its message.
package chromium

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/dateline-dev/dateline/render"
	"github.com/dateline-dev/dateline/timeline"
)

// ErrNotFound is returned (wrapped) by [Find] and [PNG] when no Chromium
// or Chrome is installed.
var ErrNotFound = errors.New("no Chromium or Chrome found: install Debian's chromium package (apt-get install chromium), or put chromium on PATH")

// names are where Find looks for a browser, in order: Debian's chromium
// first, as the tests use it.
var names = []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"}

// Find returns the path of a Chromium or Chrome program: the one the
// environment variable DATELINE_CHROMIUM names (a path, or a name on
// PATH), when it is set; else Debian's /usr/bin/chromium, else the first
// of chromium, chromium-browser, google-chrome, google-chrome-stable and
// headless-shell on PATH. With none it returns an error wrapping
// [ErrNotFound].
func Find() (string, error) {
	look := names
	if env := os.Getenv("DATELINE_CHROMIUM"); env != "" {
		look = []string{env}
	}
	for _, name := range look {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	if len(look) == 1 {
		return "", fmt.Errorf("chromium: DATELINE_CHROMIUM=%s: %w", look[0], ErrNotFound)
	}
	return "", fmt.Errorf("chromium: %w", ErrNotFound)
}

// Viewport is the size, in CSS pixels, of the window the page is drawn
// in; a chart of width "100%" is as wide as it less the page's margins.
const (
	ViewportWidth  = 1280
	ViewportHeight = 900
)

// Scale is how many image pixels a CSS pixel becomes: 2, so that the
// picture stays sharp in print and on high-density screens.
const Scale = 2

// PNG writes the chart of t to w as a PNG image, drawn by the Chromium
// program [Find] finds, headless, in a window [ViewportWidth] CSS pixels
// wide and [Scale] times as many image pixels. opt is the chart's, as for
// [render.HTML], except that the page always inlines ECharts
// (opt.Assets is ignored: the picture makes no network request) and
// draws without animation, light unless opt.Theme is render.ThemeDark
// (render.ThemeAuto gives light, whatever the machine's colour scheme). The picture is the chart as the page opens
// on it: its opening window in time and, when the lanes scroll inside
// the chart, the lanes in view (busiest first). A timeline without dated
// events gives a picture of the page that says so.
//
// The browser runs with a profile of its own in a temporary folder,
// removed afterwards, and is stopped when PNG returns or ctx is done.
// Without a browser PNG returns an error wrapping [ErrNotFound], having
// written nothing; other errors say what failed in the browser.
// Chromium's drawing of text depends on the fonts installed: the same
// timeline gives the same bytes on one machine, not on every one.
func PNG(ctx context.Context, w io.Writer, t *timeline.Timeline, opt render.Options) error {
	bin, err := Find()
	if err != nil {
		return err
	}
	opt.Assets = ""
	opt.NoAnimation = true
	if opt.Theme == render.ThemeAuto {
		opt.Theme = render.ThemeLight
	}
	var page bytes.Buffer
	if err := render.HTML(&page, t, opt); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "dateline-chromium-")
	if err != nil {
		return fmt.Errorf("chromium: %w", err)
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "chart.html")
	if err := os.WriteFile(file, page.Bytes(), 0o600); err != nil {
		return fmt.Errorf("chromium: %w", err)
	}
	png, err := shoot(ctx, bin, dir, file)
	if err != nil {
		return fmt.Errorf("chromium: %s: %w", bin, err)
	}
	_, err = w.Write(png)
	return err
}

// drawn hides the chart's toolbox (its download and restore buttons mean
// nothing on a picture) and resolves once ECharts has drawn it again:
// ECharts draws in an animation frame after setOption, so after two.
const drawn = `new Promise(function (done) {
	echarts.getInstanceByDom(document.querySelector(".chart")).setOption({toolbox: {show: false}});
	requestAnimationFrame(function () { requestAnimationFrame(function () { done(true); }); });
})`

// shoot opens the page file in browser bin, with its profile in dir, and
// returns a picture of the chart, or of the page when it has none.
func shoot(ctx context.Context, bin, dir, file string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Headless,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		// The page is whole: no name need resolve.
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND"),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.WindowSize(ViewportWidth, ViewportHeight),
	}
	if os.Geteuid() == 0 {
		// Chromium refuses to run as root inside its sandbox.
		opts = append(opts, chromedp.NoSandbox)
	}
	ctx, cancel = chromedp.NewExecAllocator(ctx, opts...)
	defer cancel()
	ctx, cancel = chromedp.NewContext(ctx)
	defer cancel()
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(ViewportWidth, ViewportHeight),
		chromedp.Navigate((&url.URL{Scheme: "file", Path: file}).String()),
	); err != nil {
		return nil, fmt.Errorf("opening the chart: %w", err)
	}
	charted, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector(".chart") !== null`))
	if err != nil {
		return nil, fmt.Errorf("reading the page: %w", err)
	}
	sel := "body"
	if charted {
		sel = ".chart"
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`typeof echarts !== "undefined" && !!echarts.getInstanceByDom(document.querySelector(".chart"))`, chromedp.WithPollingTimeout(time.Minute))); err != nil {
			return nil, fmt.Errorf("waiting for the chart: %w", err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](drawn, chromedp.EvalAwaitPromise)); err != nil {
			return nil, fmt.Errorf("waiting for the chart: %w", err)
		}
	}
	png, err := chromedp.Run(ctx, chromedp.ScreenshotScale(chromedp.CSS(sel), Scale))
	if err != nil {
		return nil, fmt.Errorf("taking the picture: %w", err)
	}
	return png, nil
}
