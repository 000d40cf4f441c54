package render

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
