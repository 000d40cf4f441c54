package timeml_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-dev/dateline/parse/timeml"
	"github.com/dateline-dev/dateline/parse/timex"
	"github.com/dateline-dev/dateline/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestWriteGolden tags every testdata/*.tml document, anchored at its
// DCT, and checks the written document against testdata/NAME.tml.golden.
// Run with -update to regenerate, then read the diff before committing.
func TestWriteGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.tml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no documents in testdata/ (%v)", err)
	}
	tagger := timex.New()
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			d, err := timeml.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			anchor, err := d.Anchor()
			if err != nil {
				t.Fatal(err)
			}
			dates, err := tagger.Tag(d.Text, anchor)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := timeml.Write(&buf, d, dates); err != nil {
				t.Fatal(err)
			}
			golden := file + ".golden"
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("Write(%s) differs from %s (run go test -update and read the diff):\n%s", file, golden, buf.Bytes())
			}
			// The output is TimeML again, with the tagger's dates.
			back, err := timeml.Read(&buf)
			if err != nil {
				t.Fatalf("reading the output back: %v", err)
			}
			checkSame(t, d, back, dates)
		})
	}
}

// checkSame checks that back, a document written from d with dates, has
// d's text and source outside TEXT, and dates as its timexes.
func checkSame(t *testing.T, d, back *timeml.Doc, dates []timeline.Date) {
	t.Helper()
	if back.Text != d.Text {
		t.Errorf("text read back = %q; want %q", back.Text, d.Text)
	}
	if back.DCT.Value != d.DCT.Value || back.DCT.ID != d.DCT.ID {
		t.Errorf("DCT read back = %s; want %s", short(back.DCT), short(d.DCT))
	}
	if len(back.Timexes) != len(dates) {
		t.Fatalf("read back %d timexes %q; want %d", len(back.Timexes), shorts(back.Timexes), len(dates))
	}
	for i, x := range back.Timexes {
		w := dates[i]
		if x.Type != w.Type || x.Value != w.Value || x.Mod != w.Mod || x.Span != w.Span || x.Text != w.Text {
			t.Errorf("timex %d read back = %s; want %s", i, x.Date, w)
		}
	}
}

// TestRoundTrip writes each document of the read tests, and the testdata
// documents, with its own gold timexes and reads it back.
func TestRoundTrip(t *testing.T) {
	srcs := map[string]string{}
	for _, tt := range readTests {
		if tt.name != "nested timexes" { // Write does not nest
			srcs[tt.name] = tt.src
		}
	}
	files, _ := filepath.Glob("testdata/*.tml")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs[f] = string(b)
	}
	for name, src := range srcs {
		t.Run(name, func(t *testing.T) {
			d, err := timeml.Read(strings.NewReader(src))
			if err != nil {
				t.Fatal(err)
			}
			dates := make([]timeline.Date, len(d.Timexes))
			for i, x := range d.Timexes {
				dates[i] = x.Date
			}
			var buf bytes.Buffer
			if err := timeml.Write(&buf, d, dates); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			i, j := strings.Index(src, "<TEXT>"), strings.Index(src, "</TEXT>")
			if !strings.HasPrefix(out, src[:i]) || !strings.HasSuffix(out, src[j:]) {
				t.Errorf("Write changed the document outside TEXT:\n%s", out)
			}
			back, err := timeml.Read(&buf)
			if err != nil {
				t.Fatalf("reading back %q: %v", out, err)
			}
			checkSame(t, d, back, dates)
		})
	}
}

func TestWrite(t *testing.T) {
	src := doc(`AT&amp;T <EVENT eid="e1">said</EVENT> <s>on <TIMEX3 tid="t9" type="DATE" value="1998-01-07">Wednesday</TIMEX3></s>`)
	d, err := timeml.Read(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) timeline.Span {
		i := strings.Index(d.Text, s)
		return timeline.Span{Start: i, End: i + len(s)}
	}
	tests := []struct {
		name  string
		dates []timeline.Date
		want  string // the content of TEXT
	}{
		{"none", nil, `AT&amp;T said <s>on Wednesday</s>`},
		{"tids skip the DCT's, start tag after other tags", []timeline.Date{
			{Type: "DATE", Value: "1998-01-07", Span: at("on Wednesday")},
			{Type: "DURATION", Value: "PXY", Mod: "MORE_THAN", Span: at("AT&T")},
		}, `<TIMEX3 tid="t1" type="DURATION" value="PXY" mod="MORE_THAN">AT&amp;T</TIMEX3> said <s><TIMEX3 tid="t2" type="DATE" value="1998-01-07">on Wednesday</TIMEX3></s>`},
		{"span inside an entity widened", []timeline.Date{
			{Type: "DATE", Value: `a"b`, Span: timeline.Span{Start: 2, End: 3}},
		}, `AT<TIMEX3 tid="t1" type="DATE" value="a&quot;b">&amp;</TIMEX3>T said <s>on Wednesday</s>`},
		{"end tag before other tags", []timeline.Date{
			{Type: "DATE", Value: "1998", Span: at("said on")},
		}, `AT&amp;T <TIMEX3 tid="t1" type="DATE" value="1998">said <s>on</TIMEX3> Wednesday</s>`},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		if err := timeml.Write(&buf, d, tt.dates); err != nil {
			t.Errorf("%s: Write: %v", tt.name, err)
			continue
		}
		want := strings.Replace(src, src[strings.Index(src, "<TEXT>")+6:strings.Index(src, "</TEXT>")], tt.want, 1)
		if buf.String() != want {
			t.Errorf("%s: Write(%v) =\n%s\nwant\n%s", tt.name, tt.dates, buf.String(), want)
		}
	}
}

func TestWriteErrors(t *testing.T) {
	d, err := timeml.Read(strings.NewReader(doc(`one &amp; two`)))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		dates []timeline.Date
	}{
		{"past the end", []timeline.Date{{Span: timeline.Span{Start: 8, End: 12}}}},
		{"negative", []timeline.Date{{Span: timeline.Span{Start: -1, End: 2}}}},
		{"empty", []timeline.Date{{Span: timeline.Span{Start: 2, End: 2}}}},
		{"overlap", []timeline.Date{{Span: timeline.Span{Start: 0, End: 3}}, {Span: timeline.Span{Start: 2, End: 5}}}},
		{"overlap in one entity", []timeline.Date{{Span: timeline.Span{Start: 0, End: 5}}, {Span: timeline.Span{Start: 4, End: 7}}}},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		if err := timeml.Write(&buf, d, tt.dates); err == nil || buf.Len() > 0 {
			t.Errorf("%s: Write(%v) = %v and %d bytes; want an error and nothing written", tt.name, tt.dates, err, buf.Len())
		}
	}
}
