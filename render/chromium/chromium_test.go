package chromium_test

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	"image/png"
	"os"
	"strings"
	"testing"

	"github.com/dateline-dev/dateline/render"
	"github.com/dateline-dev/dateline/render/chromium"
	"github.com/dateline-dev/dateline/timeline"
)

// needChromium skips t when no Chromium is installed, with a message that
// says how to run it, or fails it when DATELINE_REQUIRE_BROWSER=1, as the
// render package's browser tests do.
func needChromium(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("chromium: -short skips the browser tests")
	}
	if _, err := chromium.Find(); err != nil {
		if os.Getenv("DATELINE_REQUIRE_BROWSER") == "1" {
			t.Fatalf("%v, and DATELINE_REQUIRE_BROWSER=1", err)
		}
		t.Skipf("%v (the PNG tests need it)", err)
	}
}

// visit returns a timeline of a three-day visit and a summit inside it.
func visit(t *testing.T) *timeline.Timeline {
	t.Helper()
	day := func(v string) timeline.Date {
		d, err := timeline.ParseValue(v)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	kim := []timeline.Actor{{Name: "Kim Jong Un"}}
	return &timeline.Timeline{Events: []timeline.Event{
		{
			ID: "a#1", Kind: timeline.KindConsult, Mode: timeline.ModeVisit, Summary: "Kim Jong Un visits Russia",
			Actors: kim, When: timeline.When{Start: day("2019-04-24"), End: day("2019-04-26")}, Status: timeline.StatusOccurred,
			Evidence: []timeline.Evidence{{Doc: "a", Sentence: "Kim began his visit on Wednesday."}},
		},
		{
			ID: "a#2", Kind: timeline.KindConsult, Mode: timeline.ModeMeeting, Summary: "Kim Jong Un meets Vladimir Putin",
			Actors: kim, When: timeline.When{Start: day("2019-04-25")}, Status: timeline.StatusOccurred,
			Evidence: []timeline.Evidence{{Doc: "a", Sentence: "Kim met Putin on Thursday."}},
		},
	}}
}

// draw returns the PNG of t and its decoded image.
func draw(t *testing.T, tl *timeline.Timeline, opt render.Options) ([]byte, image.Image) {
	t.Helper()
	var buf bytes.Buffer
	if err := chromium.PNG(context.Background(), &buf, tl, opt); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("not a PNG image (%d bytes): %v", buf.Len(), err)
	}
	return buf.Bytes(), img
}

// colours counts the distinct colours of img, up to 1,000.
func colours(img image.Image) int {
	seen := map[color.RGBA]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8), uint8(a >> 8)}] = true
			if len(seen) >= 1000 {
				return len(seen)
			}
		}
	}
	return len(seen)
}

// TestPNG draws a chart in headless Chromium: a PNG of the chart's size
// at twice its CSS pixels, with the chart drawn (many colours, not a
// blank canvas), the same bytes twice on one machine, and the size
// Options.Width asks for.
func TestPNG(t *testing.T) {
	needChromium(t)
	tl := visit(t)
	b, img := draw(t, tl, render.Options{Height: "300px"})
	size := img.Bounds().Size()
	if size.Y != 300*chromium.Scale || size.X < 1000*chromium.Scale || size.X > chromium.ViewportWidth*chromium.Scale {
		t.Errorf("image %v; want 600 pixels high and about the viewport's width at scale %d", size, chromium.Scale)
	}
	if n := colours(img); n < 50 {
		t.Errorf("image has %d colours; want a drawn chart (labels, bars, points)", n)
	}
	again, _ := draw(t, tl, render.Options{Height: "300px"})
	if !bytes.Equal(b, again) {
		t.Errorf("two pictures of one timeline differ (%d and %d bytes)", len(b), len(again))
	}
	if _, img := draw(t, tl, render.Options{Width: "700px", Height: "300px", Assets: "https://example.org/echarts.min.js"}); img.Bounds().Size() != (image.Point{700 * chromium.Scale, 300 * chromium.Scale}) {
		t.Errorf("700x300px chart (ECharts inlined whatever Assets says): image %v; want 1400x600", img.Bounds().Size())
	}
}

// TestPNGNoChart: a timeline without dated events gives a picture of the
// page that says so.
func TestPNGNoChart(t *testing.T) {
	needChromium(t)
	_, img := draw(t, &timeline.Timeline{}, render.Options{})
	if img.Bounds().Dx() == 0 || colours(img) < 2 {
		t.Errorf("image %v with %d colours; want the page's words", img.Bounds(), colours(img))
	}
}

// TestNotFound: with no browser, PNG says which package to install and
// writes nothing.
func TestNotFound(t *testing.T) {
	t.Setenv("DATELINE_CHROMIUM", "/nonexistent/chromium")
	var buf bytes.Buffer
	err := chromium.PNG(context.Background(), &buf, visit(t), render.Options{})
	if !errors.Is(err, chromium.ErrNotFound) || !strings.Contains(err.Error(), "install Debian's chromium package") || !strings.Contains(err.Error(), "/nonexistent/chromium") {
		t.Errorf("PNG without a browser = %v; want ErrNotFound naming the package and DATELINE_CHROMIUM's value", err)
	}
	if buf.Len() > 0 {
		t.Errorf("PNG without a browser wrote %d bytes", buf.Len())
	}
}

// TestPNGTheme: the picture is light by default, whatever the machine's
// colour scheme, and dark with render.ThemeDark.
func TestPNGTheme(t *testing.T) {
	needChromium(t)
	tl := visit(t)
	for _, tt := range []struct {
		theme render.Theme
		dark  bool
	}{
		{render.ThemeAuto, false},
		{render.ThemeLight, false},
		{render.ThemeDark, true},
	} {
		_, img := draw(t, tl, render.Options{Height: "300px", Theme: tt.theme})
		// The top left corner is the chart's background.
		r, g, b, _ := img.At(2, 2).RGBA()
		lum := (0.2126*float64(r) + 0.7152*float64(g) + 0.0722*float64(b)) / 0xffff
		if dark := lum < 0.2; dark != tt.dark || (!dark && lum < 0.9) {
			t.Errorf("Theme %s: the corner's luminance is %.2f; want dark = %v", tt.theme, lum, tt.dark)
		}
	}
}
