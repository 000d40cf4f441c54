package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"

	"github.com/dateline-dev/dateline/out"
	"github.com/dateline-dev/dateline/parse"
	"github.com/dateline-dev/dateline/parse/timex"
	"github.com/dateline-dev/dateline/render"
	"github.com/dateline-dev/dateline/render/chromium"
	"github.com/dateline-dev/dateline/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// goldenSections are the outputs a golden case checks, in file order.
var goldenSections = []string{"dates", "events", "timeline.json", "events.jsonl", "events.csv", "chronology.md", "timeline.timelinejs.json", "calendar.ics", "chart.json"}

// TestGolden runs every testdata/*.txtar case: the article in, every
// output checked. The archive comment may set "id:", "anchor:" and "type:"; the
// file article.txt is the story. Run with -update to regenerate, then
// read the diff before committing.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden cases in testdata/ (%v)", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			id, opt := strings.TrimSuffix(filepath.Base(file), ".txtar"), parse.Options{}
			for _, line := range strings.Split(string(ar.Comment), "\n") {
				k, v, _ := strings.Cut(line, ":")
				switch strings.TrimSpace(k) {
				case "id":
					id = strings.TrimSpace(v)
				case "anchor":
					if opt.Anchor, err = time.Parse(time.DateOnly, strings.TrimSpace(v)); err != nil {
						t.Fatalf("%s: anchor: %v", file, err)
					}
				case "type":
					if opt.Type, err = timex.ParseDocType(strings.TrimSpace(v)); err != nil {
						t.Fatalf("%s: type: %v", file, err)
					}
				}
			}
			var article []byte
			for _, f := range ar.Files {
				if f.Name == "article.txt" {
					article = f.Data
				}
			}
			if article == nil {
				t.Fatalf("%s: no article.txt", file)
			}
			got := goldenOutputs(t, id, string(article), opt)
			if *update {
				files := []txtar.File{{Name: "article.txt", Data: article}}
				for _, name := range goldenSections {
					files = append(files, txtar.File{Name: name, Data: got[name]})
				}
				ar.Files = files
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want := map[string][]byte{}
			for _, f := range ar.Files {
				want[f.Name] = f.Data
			}
			for _, name := range goldenSections {
				if w, ok := want[name]; !ok {
					t.Errorf("%s: no section %s (run go test -update)", file, name)
				} else if !bytes.Equal(got[name], w) {
					t.Errorf("%s: %s differs from golden (run go test -update and read the diff):\n%s", file, name, firstDiff(string(got[name]), string(w)))
				}
			}
		})
	}
}

// goldenOutputs parses one article and renders every output section.
func goldenOutputs(t *testing.T, id, article string, opt parse.Options) map[string][]byte {
	t.Helper()
	doc, err := parse.Article(id, article, opt)
	if err != nil {
		t.Fatal(err)
	}
	doc.Source = id + ".txt"
	tl := timeline.Build(doc)
	got := map[string][]byte{}
	var b bytes.Buffer
	fmt.Fprintf(&b, "anchor %s\n", doc.Anchor)
	if doc.Narrative {
		fmt.Fprintf(&b, "narrative\n")
	}
	if !doc.Published.IsZero() {
		fmt.Fprintf(&b, "published %s\n", doc.Published)
	}
	if doc.Dateline.Text != "" {
		fmt.Fprintf(&b, "dateline %q %s, %s\n", doc.Dateline.Text, doc.Dateline.Place, doc.Dateline.Agency)
	}
	for _, d := range doc.Dates {
		fmt.Fprintf(&b, "%s\n", d)
	}
	got["dates"] = b.Bytes()
	b = bytes.Buffer{}
	for _, e := range tl.Events {
		fmt.Fprintf(&b, "%s | %s\n", e, strings.Join(timeline.Names(e.Actors), ", "))
	}
	got["events"] = b.Bytes()
	for name, enc := range map[string]func(*bytes.Buffer) out.Encoder{
		"timeline.json":            func(w *bytes.Buffer) out.Encoder { return out.NewJSONEncoder(w) },
		"events.jsonl":             func(w *bytes.Buffer) out.Encoder { return out.NewJSONLEncoder(w) },
		"events.csv":               func(w *bytes.Buffer) out.Encoder { return out.NewCSVEncoder(w) },
		"chronology.md":            func(w *bytes.Buffer) out.Encoder { return out.NewMarkdownEncoder(w) },
		"timeline.timelinejs.json": func(w *bytes.Buffer) out.Encoder { return out.NewTimelineJSEncoder(w) },
		"calendar.ics":             func(w *bytes.Buffer) out.Encoder { return out.NewICSEncoder(w) },
	} {
		var w bytes.Buffer
		e := enc(&w)
		if err := e.Encode(tl); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := e.Close(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got[name] = w.Bytes()
	}
	chart, err := render.ChartOptions(tl, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(chart) > 0 && chart[len(chart)-1] != '\n' {
		chart = append(chart, '\n')
	}
	got["chart.json"] = chart
	return got
}

// firstDiff shows the first differing line of got and want.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n got: %s\nwant: %s", i+1, gl, wl)
		}
	}
	return "(no line differs)"
}

const example = "examples/upi-kim-vladivostok-2019-04-26.txt"

// dateline runs the command in-process and returns its exit status,
// stdout and stderr.
func dateline(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// everyFormat is the extension of every format build writes without a
// browser.
var everyFormat = []string{"html", "svg", "json", "jsonl", "csv", "md", "timelinejs.json", "ics"}

func TestBuildEveryFormat(t *testing.T) {
	dir := t.TempDir()
	var args []string
	for _, ext := range everyFormat {
		args = append(args, "-o", filepath.Join(dir, "kim."+ext))
	}
	code, stdout, stderr := dateline(t, "", append(append([]string{"build"}, args...), example)...)
	if code != 0 || stdout != "" || stderr != "" {
		t.Fatalf("dateline build: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	for _, ext := range everyFormat {
		b, err := os.ReadFile(filepath.Join(dir, "kim."+ext))
		if err != nil || len(b) == 0 {
			t.Errorf("kim.%s: %d bytes, %v", ext, len(b), err)
		}
	}
	html, _ := os.ReadFile(filepath.Join(dir, "kim.html"))
	if !bytes.Contains(html, []byte("Kim Jong Un")) || bytes.Contains(html, []byte(`src="http`)) {
		t.Errorf("kim.html: no events or a remote script")
	}
	if svg, _ := os.ReadFile(filepath.Join(dir, "kim.svg")); !bytes.HasPrefix(svg, []byte("<svg")) || !bytes.Contains(svg, []byte("Visits Russia")) {
		t.Errorf("kim.svg: no SVG image of the events")
	}
}

// TestBuildLanes: -lanes, -max-lanes and -lane-order reach the chart,
// the page and the static image alike.
func TestBuildLanes(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		args []string
		want []string // in both the page and the image
	}{
		{[]string{"-lanes", "country"}, []string{">North Korea<", ">Russia<"}},
		{[]string{"-lanes", "kind"}, []string{">Visit<", ">Summit<"}},
		{[]string{"-lanes", "kind", "-max-lanes", "1"}, []string{">Visit<", "Others ("}},
		{[]string{"-lanes", "kind", "-max-lanes", "1", "-lane-order", "first"}, []string{">Visit<", "Others ("}},
	} {
		html, svg := filepath.Join(dir, "kim.html"), filepath.Join(dir, "kim.svg")
		args := append(append([]string{"build"}, tt.args...), "-o", html, "-o", svg, example)
		if code, _, stderr := dateline(t, "", args...); code != 0 {
			t.Fatalf("dateline %q: exit %d, stderr %q", args, code, stderr)
		}
		page, _ := os.ReadFile(html)
		img, _ := os.ReadFile(svg)
		for _, w := range tt.want {
			// The page names lanes in JSON, the image in text.
			if !bytes.Contains(page, []byte(strings.Trim(w, "<>"))) || !bytes.Contains(img, []byte(w)) {
				t.Errorf("dateline %q: page or image lacks %q", tt.args, w)
			}
		}
	}
}

// TestBuildFragment: -fragment writes each .html output as a fragment,
// the chart's div and scripts with no page around them, and -assets
// loads ECharts from its URL instead of inlining it, in pages and
// fragments alike, and -theme chooses their colours; the other outputs
// are as without them.
func TestBuildFragment(t *testing.T) {
	dir := t.TempDir()
	const assets = "https://cdn.example.org/echarts@5/echarts.min.js"
	for _, tt := range []struct {
		name       string
		flags      []string
		page, frag bool // a whole page; a fragment
		inlined    bool // ECharts in the file itself
	}{
		{"page", nil, true, false, true},
		{"fragment", []string{"-fragment"}, false, true, true},
		{"page with assets", []string{"-assets", assets}, true, false, false},
		{"fragment with assets", []string{"--fragment", "--assets", assets}, false, true, false},
		{"dark page", []string{"-theme", "dark"}, true, false, true},
		{"light fragment", []string{"-fragment", "-theme", "light"}, false, true, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			html, md := filepath.Join(dir, tt.name+".html"), filepath.Join(dir, tt.name+".md")
			args := append(append([]string{"build"}, tt.flags...), "-o", html, "-o", md, example)
			if code, _, stderr := dateline(t, "", args...); code != 0 {
				t.Fatalf("dateline %q: exit %d: %s", args, code, stderr)
			}
			b, err := os.ReadFile(html)
			if err != nil {
				t.Fatal(err)
			}
			if page := bytes.HasPrefix(b, []byte("<!DOCTYPE html>")); page != tt.page {
				t.Errorf("a whole page: %v; want %v", page, tt.page)
			}
			if frag := bytes.HasPrefix(b, []byte(`<div class="dateline">`)); frag != tt.frag {
				t.Errorf("a fragment: %v; want %v", frag, tt.frag)
			}
			if inlined := len(b) > 500_000; inlined != tt.inlined {
				t.Errorf("ECharts inlined (%d bytes): %v; want %v", len(b), inlined, tt.inlined)
			}
			if src := bytes.Contains(b, []byte(`<script src="`+assets+`">`)); src == tt.inlined {
				t.Errorf("loads ECharts from %s: %v; want %v", assets, src, !tt.inlined)
			}
			if !bytes.Contains(b, []byte("Kim Jong Un")) {
				t.Error("no events in the chart")
			}
			// -theme reaches the page's script; auto is the default.
			theme := "auto"
			for i, f := range tt.flags {
				if f == "-theme" {
					theme = tt.flags[i+1]
				}
			}
			if want := `datelineDark("` + theme + `")`; !bytes.Contains(b, []byte(want)) {
				t.Errorf("the page lacks %s", want)
			}
			if m, _ := os.ReadFile(md); !bytes.Contains(m, []byte("# Timeline")) {
				t.Errorf("%s is not the chronology", md)
			}
		})
	}
}

// TestBuildPNG writes the chart as a PNG image through headless Chromium
// beside another output; without Chromium (DATELINE_CHROMIUM naming none)
// the error names the package to install, no image is left, and the
// other output is still written.
func TestBuildPNG(t *testing.T) {
	dir := t.TempDir()
	t.Run("no browser", func(t *testing.T) {
		t.Setenv("DATELINE_CHROMIUM", filepath.Join(dir, "no-chromium"))
		img, ics := filepath.Join(dir, "none.png"), filepath.Join(dir, "none.ics")
		code, _, stderr := dateline(t, "", "build", "-o", img, "-o", ics, example)
		if code != 1 || !strings.Contains(stderr, "dateline: error: writing "+img+": chromium: ") || !strings.Contains(stderr, "install Debian's chromium package") {
			t.Errorf("exit %d, stderr %q; want 1 and an error naming %s and the package", code, stderr, img)
		}
		if _, err := os.Stat(img); err == nil {
			t.Errorf("%s written without a browser", img)
		}
		if b, err := os.ReadFile(ics); err != nil || !bytes.Contains(b, []byte("BEGIN:VEVENT")) {
			t.Errorf("%s not written beside the failed image: %v", ics, err)
		}
	})
	t.Run("chromium", func(t *testing.T) {
		if testing.Short() {
			t.Skip("-short skips the browser tests")
		}
		if _, err := chromium.Find(); err != nil {
			if os.Getenv("DATELINE_REQUIRE_BROWSER") == "1" {
				t.Fatalf("%v, and DATELINE_REQUIRE_BROWSER=1", err)
			}
			t.Skipf("%v (the PNG test needs it)", err)
		}
		img := filepath.Join(dir, "kim.png")
		if code, _, stderr := dateline(t, "", "build", "-o", img, example); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		b, err := os.ReadFile(img)
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := png.DecodeConfig(bytes.NewReader(b))
		if err != nil || cfg.Width < 2000 || cfg.Height < 400 {
			t.Errorf("%s: %dx%d, %v; want a PNG image of the chart at twice its CSS pixels", img, cfg.Width, cfg.Height, err)
		}
	})
}

// TestBuildDeterministic builds the same article twice in every format
// and wants the same bytes.
func TestBuildDeterministic(t *testing.T) {
	dir := t.TempDir()
	exts := everyFormat
	for i := range 2 {
		args := []string{"build", example}
		for _, ext := range exts {
			args = append(args, "-o", filepath.Join(dir, fmt.Sprintf("kim%d.%s", i, ext)))
		}
		if code, _, stderr := dateline(t, "", args...); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	}
	for _, ext := range exts {
		a, errA := os.ReadFile(filepath.Join(dir, "kim0."+ext))
		b, errB := os.ReadFile(filepath.Join(dir, "kim1."+ext))
		if errA != nil || errB != nil || len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("two builds of the same article differ as .%s (%v, %v)", ext, errA, errB)
		}
	}
}

// TestBuildSameFileName: two articles of one file name in different
// folders are two documents, "a" and "a-2", and no event ID repeats.
func TestBuildSameFileName(t *testing.T) {
	dir := t.TempDir()
	text, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, d := range []string{"d1", "d2"} {
		os.Mkdir(filepath.Join(dir, d), 0o755)
		f := filepath.Join(dir, d, "a.txt")
		if err := os.WriteFile(f, text, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	outFile := filepath.Join(dir, "all.jsonl")
	code, _, stderr := dateline(t, "", append([]string{"build", "-o", outFile}, files...)...)
	if code != 0 {
		t.Fatalf("build: exit %d, stderr %q", code, stderr)
	}
	b, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	sources := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var rec struct {
			ID      string   `json:"id"`
			Sources []string `json:"sources"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		if ids[rec.ID] {
			t.Errorf("event ID %s twice", rec.ID)
		}
		ids[rec.ID] = true
		for _, src := range rec.Sources {
			sources[src] = true
		}
	}
	if !sources["a"] || !sources["a-2"] {
		t.Errorf("sources = %v; want a and a-2", sources)
	}
}

// TestBuildFailedOutput: an output that cannot be written is reported by
// its name, and the outputs after it are still written.
func TestBuildFailedOutput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "missing", "x.html")
	first, last := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.csv")
	code, _, stderr := dateline(t, "", "build", "-o", first, "-o", bad, "-o", last, example)
	if code != 1 || !strings.Contains(stderr, "writing "+bad) || strings.Contains(stderr, ".tmp") {
		t.Errorf("exit %d, stderr %q; want 1 and an error naming %s", code, stderr, bad)
	}
	for _, f := range []string{first, last} {
		if fi, err := os.Stat(f); err != nil || fi.Size() == 0 {
			t.Errorf("%s not written: %v", f, err)
		}
	}
}

func TestBuildStdout(t *testing.T) {
	code, stdout, stderr := dateline(t, "", "build", "-o", "-", example)
	if code != 0 || !strings.HasPrefix(stdout, "{") || !strings.Contains(stdout, `"schema": "dateline/1"`) {
		t.Fatalf("build -o -: exit %d, stderr %q, stdout starts %.80q", code, stderr, stdout)
	}
}

func TestCLIErrors(t *testing.T) {
	dir := t.TempDir()
	noAnchor := filepath.Join(dir, "undated.txt")
	os.WriteFile(noAnchor, []byte("A headline\n\nSomething happened on Friday.\n"), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	tests := []struct {
		name     string
		args     []string
		code     int
		stderr   []string // substrings stderr must contain
		creates  string   // a file that must exist afterwards
		noCreate string   // a file that must not exist afterwards
	}{
		{"no arguments", nil, 2, []string{"Usage:"}, "", ""},
		{"unknown command", []string{"frobnicate"}, 2, []string{`unknown command "frobnicate"`}, "", ""},
		{"no files", []string{"build"}, 2, []string{"dateline: error: build needs at least one INPUT", "usage: dateline build"}, "", ""},
		{"bad flag", []string{"build", "-bogus", example}, 2, []string{"flag provided but not defined: -bogus"}, "", ""},
		{"bad anchor", []string{"build", "-anchor", "26/04/2019", example}, 2, []string{`want a date as YYYY-MM-DD, got "26/04/2019"`}, "", ""},
		{"bad lanes", []string{"build", "-lanes", "colour", example}, 2, []string{`-lanes: want participant, actor, place, kind or country, got "colour"`}, "", ""},
		{"bad lane order", []string{"build", "-lane-order", "alphabet", example}, 2, []string{`-lane-order: want activity or first, got "alphabet"`}, "", ""},
		{"negative max lanes", []string{"build", "-max-lanes", "-1", example}, 2, []string{`-max-lanes: want a number of lanes, 0 for all, got -1`}, "", ""},
		{"unknown format", []string{"build", "-o", filepath.Join(dir, "x.xml"), example}, 2, []string{"x.xml: unknown output format (supported: .html, .svg, .png, .json, .jsonl, .csv, .md, .timelinejs.json, .ics)"}, "", filepath.Join(dir, "x.xml")},
		{"fragment with no page", []string{"build", "-fragment", "-o", filepath.Join(dir, "f.json"), example}, 2, []string{"-fragment is for the chart's .html outputs, and no -o is one"}, "", filepath.Join(dir, "f.json")},
		{"bad theme", []string{"build", "-theme", "sepia", "-o", filepath.Join(dir, "t.html"), example}, 2, []string{`-theme: want auto, light or dark, got "sepia"`}, "", filepath.Join(dir, "t.html")},
		{"theme with no page or png", []string{"build", "-theme", "dark", "-o", filepath.Join(dir, "t.svg"), example}, 2, []string{"-theme dark is for the chart's .html and .png outputs (the .svg is always light), and no -o is one"}, "", filepath.Join(dir, "t.svg")},
		{"assets with no page", []string{"build", "-assets", "https://example.org/echarts.min.js", example}, 2, []string{"-assets is for the chart's .html outputs"}, "", ""},
		{"assets not a URL a page loads", []string{"build", "-assets", "javascript:alert(1)", "-o", filepath.Join(dir, "j.html"), example}, 2, []string{`-assets: want the URL of echarts.min.js (http, https, or a path relative to the page), got "javascript:alert(1)"`}, "", filepath.Join(dir, "j.html")},
		{"assets empty host and path", []string{"build", "-assets", "https:", "-o", filepath.Join(dir, "k.html"), example}, 2, []string{`-assets: want the URL`}, "", filepath.Join(dir, "k.html")},
		{"query: fragment with no page", []string{"query", "-db", filepath.Join(dir, "none.db"), "-fragment"}, 2, []string{"-fragment is for the chart's .html outputs", "usage: dateline query"}, "", filepath.Join(dir, "none.db")},
		{"missing file", []string{"build", "-o", filepath.Join(dir, "m.json"), "nope.txt"}, 1, []string{"nope.txt", "no such file"}, "", filepath.Join(dir, "m.json")},
		{"no anchor", []string{"build", "-o", filepath.Join(dir, "n.json"), noAnchor}, 1, []string{"undated.txt: no anchor date", "hint: give the article's date with -anchor"}, "", filepath.Join(dir, "n.json")},
		{"empty article", []string{"build", "-o", filepath.Join(dir, "e.json"), empty}, 1, []string{"empty.txt: empty article"}, "", filepath.Join(dir, "e.json")},
		{"broken document skipped: done, with documents skipped (3)", []string{"build", "-o", filepath.Join(dir, "b.json"), noAnchor, example}, 3, []string{"undated.txt: no anchor date", "dateline: 2 documents read: 1 parsed with 6 events, 1 skipped (1 no anchor date)\n"}, filepath.Join(dir, "b.json"), ""},
		{"every document broken: a failure (1)", []string{"build", "-o", filepath.Join(dir, "c.json"), noAnchor}, 1, []string{"undated.txt: no anchor date"}, "", ""},
		{"anchor flag rescues", []string{"build", "-anchor", "2019-04-26", "-o", filepath.Join(dir, "a.json"), noAnchor}, 0, nil, filepath.Join(dir, "a.json"), ""},
		{"help", []string{"build", "-h"}, 0, nil, "", ""},
		{"help on stdout", []string{"help"}, 0, nil, "", ""},
		{"eval: missing gold directory", []string{"eval", filepath.Join(dir, "nogold")}, 1, []string{"dateline: error: reading gold documents: ", "nogold: no such file"}, "", ""},
		{"eval: no gold documents", []string{"eval", dir}, 1, []string{"dateline: error: no .tml files in " + dir}, "", ""},
		{"timeml: not TimeML", []string{"timeml", noAnchor}, 1, []string{"undated.txt: no TEXT element"}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := dateline(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("dateline %q: exit %d; want %d (stderr %q)", tt.args, code, tt.code, stderr)
			}
			for _, s := range tt.stderr {
				if !strings.Contains(stderr, s) {
					t.Errorf("dateline %q: stderr %q; want it to contain %q", tt.args, stderr, s)
				}
			}
			if tt.creates != "" {
				if _, err := os.Stat(tt.creates); err != nil {
					t.Errorf("dateline %q: %v", tt.args, err)
				}
			}
			if tt.noCreate != "" {
				if _, err := os.Stat(tt.noCreate); err == nil {
					t.Errorf("dateline %q: wrote %s after failing", tt.args, tt.noCreate)
				}
			}
		})
	}
}

// TestWriteError checks that an output that cannot be written is named
// once, after what failed, and that nothing is left in its place.
func TestWriteError(t *testing.T) {
	o := filepath.Join(t.TempDir(), "missing", "kim.json")
	code, _, stderr := dateline(t, "", "build", "-o", o, example)
	if code != 1 {
		t.Errorf("build -o %s: exit %d; want 1 (stderr %q)", o, code, stderr)
	}
	if want := "dateline: error: writing " + o + ": "; !strings.HasPrefix(stderr, want) || strings.Count(stderr, o) != 1 {
		t.Errorf("build -o %s: stderr %q; want it to start with %q and name the file once", o, stderr, want)
	}
	if _, err := os.Stat(o); err == nil {
		t.Errorf("build -o %s: wrote the file after failing", o)
	}
}

func TestDatesCommand(t *testing.T) {
	code, stdout, stderr := dateline(t, "", "dates", example)
	if code != 0 {
		t.Fatalf("dates: exit %d: %s", code, stderr)
	}
	for _, want := range []string{"anchor 2019-04-26", "TIME 2019-04-26T15:43", `DATE 2011 END year [2011-09-01 .. 2011-12-31] "late 2011"`} {
		if !strings.Contains(stdout, want) {
			t.Errorf("dates output lacks %q:\n%s", want, stdout)
		}
	}
}

func TestStdinArticle(t *testing.T) {
	b, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := dateline(t, string(b), "build", "-", "-o", "-")
	if code != 0 || !strings.Contains(stdout, `"id": "stdin"`) {
		t.Errorf("build - : exit %d, stderr %q", code, stderr)
	}
}

func TestHelpOnStdout(t *testing.T) {
	code, stdout, stderr := dateline(t, "", "help")
	if code != 0 || !strings.Contains(stdout, "dateline build") || stderr != "" {
		t.Errorf("dateline help: exit %d, stdout %q, stderr %q; want the usage on stdout", code, stdout, stderr)
	}
}

// historyText is a made-up history with no stamp or dateline: its dates
// lie far from the anchor the tests give it.
const historyText = `The war began in 1861. In April 1861 the fort fell. On 21 July 1861 the armies met.
In 1862 the navies fought; in March 1862 the ironclads met. In 1863 the tide turned, and in July 1863 the siege ended.
In early October, the army went into winter quarters.
`

func TestTypeFlag(t *testing.T) {
	f := filepath.Join(t.TempDir(), "history.txt")
	if err := os.WriteFile(f, []byte(historyText), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		want []string // in the output
	}{
		{[]string{"dates", "-anchor", "2009-12-19", f}, []string{"\tnarrative\n", `DATE 1863-10 START month`}},
		{[]string{"dates", "-anchor", "2009-12-19", "-type", "narrative", f}, []string{"\tnarrative\n", `DATE 1863-10 START month`}},
		{[]string{"dates", "-type", "news", "-anchor", "2009-12-19", f}, []string{"anchor 2009-12-19\n", `DATE 2009-10 START month`}},
		{[]string{"dates", "-type", "news", example}, []string{"anchor 2019-04-26"}},
	} {
		code, stdout, stderr := dateline(t, "", tt.args...)
		if code != 0 {
			t.Errorf("dateline %s: exit %d: %s", strings.Join(tt.args, " "), code, stderr)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(stdout, w) {
				t.Errorf("dateline %s: output lacks %q:\n%s", strings.Join(tt.args, " "), w, stdout)
			}
		}
	}
	// The news story is news by its dateline: auto and news agree.
	_, auto, _ := dateline(t, "", "dates", example)
	_, news, _ := dateline(t, "", "dates", "-type", "news", example)
	if auto != news {
		t.Errorf("dates of the example differ between -type auto and news:\n%s\n%s", auto, news)
	}
	for _, cmd := range []string{"build", "dates", "timeml", "eval"} {
		code, _, stderr := dateline(t, "", cmd, "-type", "history", f)
		if code != 2 || !strings.Contains(stderr, "auto, news or narrative") {
			t.Errorf("dateline %s -type history: exit %d, stderr %q; want a usage error", cmd, code, stderr)
		}
	}
}

// historyTimeML is a made-up history as a TimeML document.
const historyTimeML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>history</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2009-12-19" functionInDocument="CREATION_TIME">2009-12-19</TIMEX3></DCT>
<TEXT>
` + historyText + `</TEXT>
</TimeML>
`

func TestTimeMLType(t *testing.T) {
	f := filepath.Join(t.TempDir(), "history.tml")
	if err := os.WriteFile(f, []byte(historyTimeML), 0o644); err != nil {
		t.Fatal(err)
	}
	for typ, want := range map[string]string{"auto": `value="1863-10"`, "narrative": `value="1863-10"`, "news": `value="2009-10"`} {
		code, stdout, stderr := dateline(t, "", "timeml", "-type", typ, f)
		if code != 0 || !strings.Contains(stdout, want) {
			t.Errorf("timeml -type %s: exit %d, stderr %q; want %s in:\n%s", typ, code, stderr, want, stdout)
		}
	}
}

// TestTimeMLBatch runs timeml -d over good documents with a missing and
// a malformed one among them, into a folder that does not exist yet.
func TestTimeMLBatch(t *testing.T) {
	in := t.TempDir()
	good := []string{filepath.Join(in, "a.tml"), filepath.Join(in, "b.tml")}
	for _, f := range good {
		if err := os.WriteFile(f, []byte(historyTimeML), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	missing := filepath.Join(in, "missing.tml")
	malformed := filepath.Join(in, "malformed.tml")
	if err := os.WriteFile(malformed, []byte("<TimeML><TEXT>In <TIMEX3 tid=\"t1\">1861</TEXT></TimeML>\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// What each good document must become: timeml on it alone.
	code, want, stderr := dateline(t, "", "timeml", good[0])
	if code != 0 || want == "" {
		t.Fatalf("timeml %s: exit %d, stderr %q", good[0], code, stderr)
	}

	t.Run("creates DIR", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "new", "tagged")
		code, stdout, stderr := dateline(t, "", "timeml", "-d", dir, good[0], good[1])
		if code != 0 || stdout != "" || stderr != "" {
			t.Errorf("timeml -d %s: exit %d, stdout %q, stderr %q; want 0 and silence", dir, code, stdout, stderr)
		}
		checkTimeMLDir(t, dir, []string{"a.tml", "b.tml"}, want)
	})

	t.Run("bad documents skipped", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "tagged")
		code, stdout, stderr := dateline(t, "", "timeml", "-d", dir, good[0], missing, malformed, good[1])
		if code != 3 || stdout != "" {
			t.Errorf("timeml -d with bad documents: exit %d, stdout %q; want 3 (done, documents skipped) and no output", code, stdout)
		}
		for _, w := range []string{
			"dateline: error: reading document: open " + missing + ": no such file or directory\n",
			"dateline: error: " + malformed + ":1:", "TIMEX3 not closed\n",
			"dateline: 2 of 4 documents skipped\n",
		} {
			if !strings.Contains(stderr, w) {
				t.Errorf("timeml -d with bad documents: stderr %q; want it to contain %q", stderr, w)
			}
		}
		if strings.Contains(stderr, "a.tml") || strings.Contains(stderr, "b.tml") {
			t.Errorf("timeml -d with bad documents: stderr %q names a good document", stderr)
		}
		checkTimeMLDir(t, dir, []string{"a.tml", "b.tml"}, want)
	})

	t.Run("no good document", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "tagged")
		code, _, stderr := dateline(t, "", "timeml", "-d", dir, missing)
		if code != 1 || !strings.Contains(stderr, "missing.tml: no such file") || !strings.Contains(stderr, "dateline: error: no document could be read (1 failed)\n") {
			t.Errorf("timeml -d %s %s: exit %d, stderr %q; want 1 and both errors", dir, missing, code, stderr)
		}
		checkTimeMLDir(t, dir, nil, want)
	})
}

// TestTimeMLHelp checks that timeml -h tells what -d does and what the
// exit status means.
func TestTimeMLHelp(t *testing.T) {
	code, stdout, stderr := dateline(t, "", "timeml", "-h")
	for _, w := range []string{"usage: dateline timeml", "created if missing", "Exit status: 0 on success, 1 on a failure, 2 for a usage error, 3 when done but some", "the exit status is then\n3"} {
		if code != 0 || stderr != "" || !strings.Contains(stdout, w) {
			t.Errorf("timeml -h: exit %d, stderr %q, stdout %q; want it to contain %q", code, stderr, stdout, w)
		}
	}
}

// checkTimeMLDir checks that dir holds exactly the files names, each
// with the contents want: no temporary files are left.
func checkTimeMLDir(t *testing.T, dir string, names []string, want string) {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range es {
		got = append(got, e.Name())
	}
	if !slices.Equal(got, names) {
		t.Errorf("%s holds %q; want %q", dir, got, names)
	}
	for _, name := range got {
		if b, err := os.ReadFile(filepath.Join(dir, name)); err != nil || string(b) != want {
			t.Errorf("%s differs from timeml's output on standard output (%v):\n%s", name, err, firstDiff(string(b), want))
		}
	}
}

// TestTimeMLUnwritableDir checks that a DIR timeml cannot write into is
// named once, with what is wrong, and that nothing is written.
func TestTimeMLUnwritableDir(t *testing.T) {
	tmp := t.TempDir()
	f := filepath.Join(tmp, "history.tml")
	if err := os.WriteFile(f, []byte(historyTimeML), 0o644); err != nil {
		t.Fatal(err)
	}
	notDir := filepath.Join(tmp, "file")
	if err := os.WriteFile(notDir, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	readOnly := filepath.Join(tmp, "read-only")
	if err := os.Mkdir(readOnly, 0o555); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, dir, stderr string
	}{
		{"DIR is a file", notDir, "dateline: error: creating output folder: mkdir " + notDir + ": not a directory\n"},
		{"DIR under a file", filepath.Join(notDir, "tagged"), "dateline: error: creating output folder: mkdir " + notDir + ": not a directory\n"},
		{"DIR read-only", readOnly, "dateline: error: writing " + filepath.Join(readOnly, "history.tml") + ": permission denied\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tt.dir == readOnly {
				// The superuser writes into a read-only folder.
				probe := filepath.Join(readOnly, "probe")
				if err := os.WriteFile(probe, nil, 0o644); err == nil {
					os.Remove(probe)
					t.Skip("a read-only folder is writable here (running as root?)")
				}
			}
			code, stdout, stderr := dateline(t, "", "timeml", "-d", tt.dir, f, f)
			if code != 1 || stdout != "" || stderr != tt.stderr {
				t.Errorf("timeml -d %s: exit %d, stdout %q, stderr %q; want 1 and %q", tt.dir, code, stdout, stderr, tt.stderr)
			}
			if es, _ := os.ReadDir(readOnly); len(es) > 0 {
				t.Errorf("%s holds %d files after the failure", readOnly, len(es))
			}
		})
	}
}
