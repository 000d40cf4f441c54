package render

import (
	"bytes"
	"encoding/xml"
	"errors"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dateline-dev/dateline/timeline"
)

func TestSVGGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := SVG(&buf, testTimeline(t), Options{}); err != nil {
		t.Fatal(err)
	}
	got := buf.Bytes()
	golden := filepath.Join("testdata", "chart.golden.svg")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./render -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("SVG differs from %s; run go test ./render -update and read the diff", golden)
	}
	checkXML(t, got)
	for _, want := range []string{
		">Visits Russia<", ">Leaves Vladivostok (planned)<", ">Kim Jong Un<", ">Vladimir Putin<",
		">reported 24 Apr 2019<", ">Visit<", ">24 Apr<", "1 more event lies outside",
	} {
		if !bytes.Contains(got, []byte(want)) {
			t.Errorf("SVG lacks %q", want)
		}
	}
}

// checkXML fails t unless b is well-formed XML.
func checkXML(t *testing.T, b []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
	}
}

// TestSVGEscaping: article text stays text, and what XML cannot hold is
// dropped.
func TestSVGEscaping(t *testing.T) {
	tl := testTimeline(t)
	for i := range tl.Events {
		e := &tl.Events[i]
		e.Summary = `<script>alert(1)</script> & "x" ` + e.Summary + "\x01\xff"
		e.Actors[0].Name = `</text><svg onload=alert(2)>` + e.Actors[0].Name
	}
	var buf bytes.Buffer
	if err := SVG(&buf, tl, Options{Title: `<title>&`}); err != nil {
		t.Fatal(err)
	}
	checkXML(t, buf.Bytes())
	for _, bad := range []string{"<script", "<svg onload", "\x01"} {
		if strings.Contains(buf.String(), bad) {
			t.Errorf("SVG contains %q", bad)
		}
	}
}

func TestSVGEmpty(t *testing.T) {
	for name, tl := range map[string]*timeline.Timeline{"nil": nil, "undated": {Events: testTimeline(t).Events[4:]}} {
		var buf bytes.Buffer
		if err := SVG(&buf, tl, Options{}); err != nil {
			t.Fatal(err)
		}
		checkXML(t, buf.Bytes())
		if !strings.Contains(buf.String(), "nothing to chart") {
			t.Errorf("%s: SVG does not say there is nothing to chart", name)
		}
	}
}

var ticksTests = []struct {
	from, to string
	want     string
}{
	{"2019-04-23", "2019-04-28", "23 Apr|24 Apr|25 Apr|26 Apr|27 Apr|28 Apr"},
	{"2019-01-01", "2019-03-01", "7 Jan|14 Jan|21 Jan|28 Jan|4 Feb|11 Feb|18 Feb|25 Feb"},
	{"1987-01-13", "1987-08-21", "Feb 1987|Mar 1987|Apr 1987|May 1987|Jun 1987|Jul 1987|Aug 1987"},
	{"1948-01-01", "1992-01-01", "1950|1955|1960|1965|1970|1975|1980|1985|1990"},
}

func TestTicks(t *testing.T) {
	for _, tt := range ticksTests {
		var labels []string
		for _, tk := range ticks(msOf(tt.from), msOf(tt.to)) {
			labels = append(labels, tk.label)
		}
		if got := strings.Join(labels, "|"); got != tt.want {
			t.Errorf("ticks(%s, %s) = %s; want %s", tt.from, tt.to, got, tt.want)
		}
	}
}

// TestSVGRightEdge: the titles of marks at the right end of the time the
// static chart shows, a point's and a bar's, are written before their
// marks rather than past the plot's right edge, where the SVG's edge cut
// them off; every title lies within the plot, at charWidth a character.
func TestSVGRightEdge(t *testing.T) {
	tl := testTimeline(t)
	c, err := build(tl, Options{})
	if err != nil {
		t.Fatal(err)
	}
	end := time.UnixMilli(c.view[1] - (c.view[1]-c.view[0])/50).UTC().Format("2006-01-02")
	tl.Events = append(tl.Events,
		timeline.Event{
			ID: "edge#1", Kind: timeline.KindConsult, Mode: timeline.ModePhone,
			Summary: "A long telephone conversation about the border", Actors: []timeline.Actor{putin},
			When:     timeline.When{Start: date(t, end, "", "")},
			Status:   timeline.StatusOccurred,
			Evidence: []timeline.Evidence{{Doc: "edge", Sentence: "They spoke at length."}},
		},
		timeline.Event{
			ID: "edge#2", Kind: timeline.KindConsult, Mode: timeline.ModeMultilateral,
			Summary: "Talks on the railway link are expected to end", Actors: []timeline.Actor{kim},
			When:     timeline.When{Start: date(t, end, "", "")},
			Status:   timeline.StatusExpected,
			Evidence: []timeline.Evidence{{Doc: "edge", Sentence: "Talks are expected to end."}},
		})
	var buf bytes.Buffer
	if err := SVG(&buf, tl, Options{}); err != nil {
		t.Fatal(err)
	}
	left, right := float64(svgMargin+svgLaneLabels), float64(svgMargin+svgLaneLabels+plotWidth)
	titles := regexp.MustCompile(`<text x="([0-9.]+)" y="[0-9]+" dominant-baseline="middle" text-anchor="(start|end)"[^>]*>([^<]*)</text>`)
	n := 0
	for _, m := range titles.FindAllStringSubmatch(buf.String(), -1) {
		x, _ := strconv.ParseFloat(m[1], 64)
		w := float64(utf8.RuneCountInString(html.UnescapeString(m[3])) * charWidth)
		from, to := x, x+w
		if m[2] == "end" {
			from, to = x-w, x
		}
		if strings.HasPrefix(m[3], "A long") || strings.HasPrefix(m[3], "Talks on") {
			n++
		}
		if from < left-1 || to > right+1 {
			t.Errorf("title %q at x %.0f..%.0f crosses the plot's edges, x %.0f..%.0f", m[3], from, to, left, right)
		}
	}
	if n != 2 {
		t.Errorf("%d of the 2 titles at the right end written:\n%s", n, buf.String())
	}
}

// edgeTimeline is testTimeline with, at the right end of the time the
// chart opens on, a long title in Putin's lane and Kim's, and in Putin's
// a point the day before, which a title moved before its mark would
// cover.
func edgeTimeline(t *testing.T) *timeline.Timeline {
	t.Helper()
	tl := testTimeline(t)
	c, err := build(tl, Options{})
	if err != nil {
		t.Fatal(err)
	}
	end := time.UnixMilli(c.view[1] - (c.view[1]-c.view[0])/50).UTC()
	at := func(d time.Time) timeline.When { return timeline.When{Start: date(t, d.Format("2006-01-02"), "", "")} }
	tl.Events = append(tl.Events,
		timeline.Event{
			ID: "edge#1", Kind: timeline.KindConsult, Mode: timeline.ModePhone,
			Summary: "A long telephone conversation about the border", Actors: []timeline.Actor{putin},
			When: at(end), Status: timeline.StatusOccurred,
			Evidence: []timeline.Evidence{{Doc: "edge", Sentence: "They spoke at length."}},
		},
		timeline.Event{
			ID: "edge#2", Kind: timeline.KindConsult, Mode: timeline.ModeMultilateral,
			Summary: "Talks on the railway link are expected to end", Actors: []timeline.Actor{kim},
			When: at(end), Status: timeline.StatusExpected,
			Evidence: []timeline.Evidence{{Doc: "edge", Sentence: "Talks are expected to end."}},
		},
		timeline.Event{
			ID: "edge#3", Kind: timeline.KindConsult, Mode: timeline.ModeMeeting,
			Summary: "Putin meets Lavrov", Actors: []timeline.Actor{putin},
			When: at(end.AddDate(0, 0, -1)), Status: timeline.StatusOccurred,
			Evidence: []timeline.Evidence{{Doc: "edge", Sentence: "Putin met Lavrov."}},
		})
	return tl
}

// TestSVGNoCollision: in the static chart, no title covers another title
// or another mark of its row, on whichever side of its mark it is written
// (a title at the right edge goes before its mark, where pack must have
// left it room), at charWidth a character.
func TestSVGNoCollision(t *testing.T) {
	for name, tl := range map[string]*timeline.Timeline{"the right edge": edgeTimeline(t), "2,000 synthetic events": synthetic(2000)} {
		var buf bytes.Buffer
		if err := SVG(&buf, tl, Options{}); err != nil {
			t.Fatal(err)
		}
		type rect struct {
			text                   string
			x0, x1, y, top, bottom float64
		}
		num := func(s string) float64 { f, _ := strconv.ParseFloat(s, 64); return f }
		var titles, marks []rect
		circle := regexp.MustCompile(`<circle cx="([0-9.]+)" cy="([0-9]+)" r="([0-9]+)"`)
		for _, m := range circle.FindAllStringSubmatch(buf.String(), -1) {
			x, y, r := num(m[1]), num(m[2]), num(m[3])
			marks = append(marks, rect{"circle", x - r, x + r, y, y - r, y + r})
		}
		bar := regexp.MustCompile(`<rect x="([0-9.]+)" y="([0-9]+)" width="([0-9.]+)" height="(16|30)"`)
		for _, m := range bar.FindAllStringSubmatch(buf.String(), -1) {
			x, y, w, h := num(m[1]), num(m[2]), num(m[3]), num(m[4])
			marks = append(marks, rect{"bar", x, x + w, y + h/2, y, y + h})
		}
		title := regexp.MustCompile(`<text x="([0-9.]+)" y="([0-9]+)" dominant-baseline="middle" text-anchor="(start|end)"[^>]*>([^<]*)</text>`)
		for _, m := range title.FindAllStringSubmatch(buf.String(), -1) {
			x, y := num(m[1]), num(m[2])
			w := float64(utf8.RuneCountInString(html.UnescapeString(m[4])) * charWidth)
			if m[3] == "end" {
				x -= w
			}
			titles = append(titles, rect{m[4], x, x + w, y, y - 6, y + 6})
		}
		overlap := func(a, b rect) bool { return a.y == b.y && a.x0+1 < b.x1 && b.x0+1 < a.x1 }
		bad := 0
		for i, a := range titles {
			for _, b := range titles[i+1:] {
				if overlap(a, b) && bad < 10 {
					bad++
					t.Errorf("%s: titles %q (x %.0f..%.0f) and %q (x %.0f..%.0f) overlap in the row at y %.0f", name, a.text, a.x0, a.x1, b.text, b.x0, b.x1, a.y)
				}
			}
			for _, m := range marks {
				inside := m.text == "bar" && a.x0 >= m.x0 && a.x1 <= m.x1
				if overlap(a, m) && !inside && bad < 10 {
					bad++
					t.Errorf("%s: title %q (x %.0f..%.0f) covers a %s (x %.0f..%.0f) in the row at y %.0f", name, a.text, a.x0, a.x1, m.text, m.x0, m.x1, a.y)
				}
			}
		}
		if len(titles) == 0 || len(marks) == 0 {
			t.Errorf("%s: found %d titles and %d marks in the SVG", name, len(titles), len(marks))
		}
	}
}

// TestSVGOthers: the Others lane of a capped chart is one row of counts in
// the SVG as in the page: every event of the lane whose middle is in view
// is counted once, in a stretch's number or as a point of its own.
func TestSVGOthers(t *testing.T) {
	tl := synthetic(2000)
	c, err := build(tl, Options{MaxLanes: 12})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := SVG(&buf, tl, Options{MaxLanes: 12}); err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, it := range c.items {
		if mid := it.spot.lo + (it.spot.hi-it.spot.lo)/2; c.inOthers(it) && mid >= c.view[0] && mid < c.view[1] {
			want++
		}
	}
	y := svgHeader + svgAxis + c.rows[len(c.lanes)-1]*rowHeight + rowHeight/2
	got := 0
	counts := regexp.MustCompile(`<text x="[0-9.]+" y="` + strconv.Itoa(y) + `" font-size="10"[^>]*>([0-9]+)</text>`)
	for _, m := range counts.FindAllStringSubmatch(buf.String(), -1) {
		n, _ := strconv.Atoi(m[1])
		got += n
	}
	got += len(regexp.MustCompile(`<circle cx="[0-9.]+" cy="`+strconv.Itoa(y)+`" r="5"`).FindAllString(buf.String(), -1))
	if got != want || want < 500 {
		t.Errorf("the Others lane's row counts %d events; want the %d of the lane in view", got, want)
	}
	if rows := c.rows[len(c.lanes)] - c.rows[len(c.lanes)-1]; rows != 1 {
		t.Errorf("the Others lane has %d rows; want 1", rows)
	}
}
