package render

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// luminance returns the relative luminance of colour "#rrggbb" (or
// "#rgb"), as WCAG 2 defines it.
func luminance(t *testing.T, c string) float64 {
	t.Helper()
	h := strings.TrimPrefix(c, "#")
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	v, err := strconv.ParseUint(h, 16, 32)
	if err != nil || len(h) != 6 {
		t.Fatalf("luminance(%q): not a colour", c)
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

// contrast returns the WCAG 2 contrast ratio of colours a and b.
func contrast(t *testing.T, a, b string) float64 {
	la, lb := luminance(t, a), luminance(t, b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// blend returns colour c at opacity alpha over bg.
func blend(t *testing.T, c string, alpha float64, bg string) string {
	t.Helper()
	p := func(s string) [3]float64 {
		v, err := strconv.ParseUint(strings.TrimPrefix(s, "#"), 16, 32)
		if err != nil {
			t.Fatal(err)
		}
		return [3]float64{float64(v >> 16 & 0xff), float64(v >> 8 & 0xff), float64(v & 0xff)}
	}
	a, b := p(c), p(bg)
	return fmt.Sprintf("#%02x%02x%02x", int(math.Round(a[0]*alpha+b[0]*(1-alpha))), int(math.Round(a[1]*alpha+b[1]*(1-alpha))), int(math.Round(a[2]*alpha+b[2]*(1-alpha))))
}

// TestDarkContrast checks the dark theme's figures against WCAG 2 AA:
// every text 4.5:1 against what it is drawn on, and every kind's
// colour 4.5:1 against the background (3:1 would do for a mark, but a
// tentative event's label is drawn in its kind's colour, and a label
// inside a bar in the background's colour). Run with -v for the figures.
func TestDarkContrast(t *testing.T) {
	const aa = 4.5
	dark := func(c string) string {
		if d, ok := darkColors[c]; ok {
			return d
		}
		return c
	}
	band := blend(t, dark("#ccbb44"), 0.22, darkBackground) // the day of the report
	tests := []struct {
		what, fg, bg string
	}{
		{"label", dark("#333333"), darkBackground},
		{"label on the report's day", dark("#333333"), band},
		{"\"reported\"", dark("#6b5f00"), band},
		{"slider's dates", dark("#666"), darkBackground},
		{"axis and legend (ECharts' dark theme)", "#b9b8ce", darkBackground},
		{"title (ECharts' dark theme)", "#eef1fa", darkBackground},
		{"tooltip", darkText, "#2a2d35"},
		{"tooltip's headings", themeVars[1]["--dl-muted"], "#2a2d35"},
		{"highlighted trigger", themeVars[1]["--dl-mark-fg"], themeVars[1]["--dl-mark"]},
	}
	for _, v := range []string{"--dl-fg", "--dl-muted", "--dl-soft", "--dl-key", "--dl-code"} {
		tests = append(tests, struct{ what, fg, bg string }{"page " + v, themeVars[1][v], themeVars[1]["--dl-bg"]})
	}
	var kinds []string
	for _, c := range kindColors {
		kinds = append(kinds, c)
	}
	kinds = append(kinds, palette...)
	sort.Strings(kinds)
	for _, c := range kinds {
		tests = append(tests,
			struct{ what, fg, bg string }{"kind " + c + " as " + dark(c), dark(c), darkBackground},
			struct{ what, fg, bg string }{"label inside a bar of " + dark(c), dark(titleInk(dark(c), true)), dark(c)})
	}
	for _, tt := range tests {
		r := contrast(t, tt.fg, tt.bg)
		t.Logf("%-45s %s on %s: %.2f:1", tt.what, tt.fg, tt.bg, r)
		if r < aa {
			t.Errorf("%s: contrast of %s on %s = %.2f:1; want at least %.1f:1", tt.what, tt.fg, tt.bg, r, aa)
		}
	}
	for _, v := range []string{"--dl-fg", "--dl-muted", "--dl-soft", "--dl-key", "--dl-code"} {
		if r := contrast(t, themeVars[0][v], themeVars[0]["--dl-bg"]); r < aa {
			t.Errorf("light page %s: contrast %s on white = %.2f:1; want at least %.1f:1", v, themeVars[0][v], r, aa)
		}
	}
}

// TestPageThemeGolden writes the page and the fragment of the test
// timeline in each theme (loading ECharts from a URL, so that the files
// hold dateline's own page and not the library) and compares them with
// testdata/page.THEME.golden.html and fragment.THEME.golden.html.
func TestPageThemeGolden(t *testing.T) {
	tl := testTimeline(t)
	for _, th := range []Theme{ThemeAuto, ThemeLight, ThemeDark} {
		for _, w := range []struct {
			name  string
			write func(*bytes.Buffer, Options) error
		}{
			{"page", func(b *bytes.Buffer, o Options) error { return HTML(b, tl, o) }},
			{"fragment", func(b *bytes.Buffer, o Options) error { return Fragment(b, tl, o) }},
		} {
			t.Run(w.name+"/"+th.String(), func(t *testing.T) {
				var got bytes.Buffer
				if err := w.write(&got, Options{Theme: th, Assets: "echarts.min.js"}); err != nil {
					t.Fatal(err)
				}
				golden := filepath.Join("testdata", w.name+"."+th.String()+".golden.html")
				if *update {
					if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test ./render -update to create it)", err)
				}
				if !bytes.Equal(got.Bytes(), want) {
					t.Errorf("%s with Theme %s differs from %s; run go test ./render -update and read the diff", w.name, th, golden)
				}
			})
		}
	}
}

// TestThemeCSS checks which colours each theme's page states: auto gives
// the dark ones only to a screen whose reader prefers dark, dark gives
// them always but prints light, and light never gives them.
func TestThemeCSS(t *testing.T) {
	tests := []struct {
		th        Theme
		want, not []string
	}{
		{ThemeAuto, []string{"@media screen and (prefers-color-scheme: dark) { :root { color-scheme: dark;", ":root { color-scheme: light;"}, []string{"@media print"}},
		{ThemeLight, []string{":root { color-scheme: light;"}, []string{"color-scheme: dark", "@media"}},
		{ThemeDark, []string{":root { color-scheme: dark;", "@media print { :root { color-scheme: light;"}, []string{"prefers-color-scheme"}},
	}
	for _, tt := range tests {
		css := string(themeCSS(":root", tt.th))
		for _, s := range tt.want {
			if !strings.Contains(css, s) {
				t.Errorf("themeCSS(%q, %s) lacks %q:\n%s", ":root", tt.th, s, css)
			}
		}
		for _, s := range tt.not {
			if strings.Contains(css, s) {
				t.Errorf("themeCSS(%q, %s) has %q:\n%s", ":root", tt.th, s, css)
			}
		}
	}
}

// cvd are the matrices of Machado, Oliveira and Fernandes (2009) that
// simulate, on linear RGB, the full forms of three colour blindnesses,
// with the identity for full colour vision.
var cvd = []struct {
	name string
	m    [3][3]float64
}{
	{"full colour vision", [3][3]float64{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}},
	{"deuteranopia", [3][3]float64{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}},
	{"protanopia", [3][3]float64{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}},
	{"tritanopia", [3][3]float64{{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}},
}

// seen returns colour c as a reader with matrix m sees it, in CIELAB.
func seen(t *testing.T, c string, m [3][3]float64) [3]float64 {
	t.Helper()
	v, err := strconv.ParseUint(strings.TrimPrefix(c, "#"), 16, 32)
	if err != nil {
		t.Fatal(err)
	}
	lin := func(x uint64) float64 {
		s := float64(x) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	in := [3]float64{lin(v >> 16 & 0xff), lin(v >> 8 & 0xff), lin(v & 0xff)}
	var rgb [3]float64
	for i := range 3 {
		rgb[i] = math.Max(0, math.Min(1, m[i][0]*in[0]+m[i][1]*in[1]+m[i][2]*in[2]))
	}
	x := (0.4124*rgb[0] + 0.3576*rgb[1] + 0.1805*rgb[2]) / 0.95047
	y := 0.2126*rgb[0] + 0.7152*rgb[1] + 0.0722*rgb[2]
	z := (0.0193*rgb[0] + 0.1192*rgb[1] + 0.9505*rgb[2]) / 1.08883
	f := func(t float64) float64 {
		if t > 0.008856 {
			return math.Cbrt(t)
		}
		return 7.787*t + 16.0/116
	}
	return [3]float64{116*f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))}
}

// closest returns the smallest CIE76 distance between two of colours
// as seen with matrix m, and the two.
func closest(t *testing.T, colours []string, m [3][3]float64) (float64, string, string) {
	best, a, b := math.Inf(1), "", ""
	for i := range colours {
		for j := i + 1; j < len(colours); j++ {
			p, q := seen(t, colours[i], m), seen(t, colours[j], m)
			if d := math.Sqrt((p[0]-q[0])*(p[0]-q[0]) + (p[1]-q[1])*(p[1]-q[1]) + (p[2]-q[2])*(p[2]-q[2])); d < best {
				best, a, b = d, colours[i], colours[j]
			}
		}
	}
	return best, a, b
}

// distinctFloor is the smallest CIE76 distance TestDistinct allows
// between two kinds' colours of the light theme, for every kind of
// colour vision simulated. Tol's colours for Return and Summit were 2.5
// apart for a reader with deuteranopia.
const distinctFloor = 6.0

// TestDistinct: no two named kinds of the light theme come closer than
// distinctFloor, for each kind of colour vision simulated, and the dark
// theme's kind colours are as far apart as the light theme's: no two
// named kinds are closer in the dark than the closest two in the light.
// Run with -v for the figures.
func TestDistinct(t *testing.T) {
	var labels []string
	for l := range kindColors {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	var light, dark []string
	for _, l := range labels {
		c := kindColors[l]
		light = append(light, c)
		if d, ok := darkColors[c]; ok {
			c = d
		}
		dark = append(dark, c)
	}
	for _, v := range cvd {
		dl, la, lb := closest(t, light, v.m)
		dd, da, db := closest(t, dark, v.m)
		t.Logf("%-18s closest kinds: light %s and %s, ΔE %.1f; dark %s and %s, ΔE %.1f", v.name, la, lb, dl, da, db, dd)
		if dl < distinctFloor {
			t.Errorf("%s: light kinds %s and %s are %.1f apart (CIE76); want at least %.1f", v.name, la, lb, dl, distinctFloor)
		}
		if dd < dl-0.05 {
			t.Errorf("%s: dark kinds %s and %s are %.1f apart (CIE76); the closest light ones, %s and %s, %.1f", v.name, da, db, dd, la, lb, dl)
		}
	}
}

// TestLabelContrast checks every title the light chart writes against
// WCAG 2 AA, 4.5:1, for every kind's colour and every status: after a
// mark on its white halo (and on the report's day, where the halo may be
// thinner than a letter's stroke), and inside a bar, solid for an event
// that happened, hollow (on its white halo) for one that has not. A
// tentative event's title was once drawn in its kind's colour: Departure's
// #ccbb44 is 1.95:1 on white.
func TestLabelContrast(t *testing.T) {
	const aa = 4.5
	band := blend(t, "#ccbb44", 0.22, "#ffffff")
	var colours []string
	for _, c := range kindColors {
		colours = append(colours, c)
	}
	colours = append(colours, palette...)
	sort.Strings(colours)
	sts := []string{"unknown"}
	for _, s := range statuses {
		sts = append(sts, string(s))
	}
	for _, c := range colours {
		for _, s := range sts {
			for _, inside := range []bool{false, true} {
				solid := inside && !tentative(s)
				ink := titleInk(c, solid)
				if !inside {
					// A point's title: the series' colour unless the
					// point's own label (mark) names another.
					p := pointItem{Event: &eventText{Status: s}}
					mark(&p, c)
					if p.Label != nil && p.Label.Color != "" {
						ink = p.Label.Color
					}
				}
				bgs := []string{"#ffffff", band}
				if solid {
					bgs = []string{c}
				}
				for _, bg := range bgs {
					r := contrast(t, ink, bg)
					if r < aa {
						t.Errorf("title of a %s event of colour %s (inside its bar: %v): %s on %s = %.2f:1; want at least %.1f:1", s, c, inside, ink, bg, r, aa)
					}
				}
			}
		}
		t.Logf("kind %s: title inside its solid bar %s, %.2f:1", c, titleInk(c, true), contrast(t, titleInk(c, true), c))
	}
}
