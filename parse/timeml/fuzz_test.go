package timeml_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-dev/dateline/parse/timeml"
	"github.com/dateline-dev/dateline/timeline"
)

// FuzzRead reads arbitrary documents: Read must not panic, every timex
// must quote the plain text at its span, and a document read without
// error, written back with its own non-overlapping timexes, must read
// back to the same text.
func FuzzRead(f *testing.F) {
	for _, tt := range readTests {
		f.Add(tt.src)
	}
	files, _ := filepath.Glob("testdata/*.tml")
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add(`<TEXT>a&#x10FFFF;<TIMEX3 tid="t1">&amp;</TIMEX3><![CDATA[<]]></TEXT>`)
	f.Fuzz(func(t *testing.T, src string) {
		d, err := timeml.Read(strings.NewReader(src))
		if err != nil {
			return
		}
		var dates []timeline.Date
		end := 0
		for _, x := range d.Timexes {
			if x.Span.Start < 0 || x.Span.End > len(d.Text) || x.Span.Start >= x.Span.End {
				t.Fatalf("timex %s: span outside the text (%d bytes)", x.Date, len(d.Text))
			}
			if d.Text[x.Span.Start:x.Span.End] != x.Text {
				t.Fatalf("timex %s does not quote the text %q", x.Date, d.Text[x.Span.Start:x.Span.End])
			}
			if x.Span.Start >= end {
				dates = append(dates, x.Date)
				end = x.Span.End
			}
		}
		var buf bytes.Buffer
		if err := timeml.Write(&buf, d, dates); err != nil {
			t.Fatalf("Write with the document's own timexes: %v", err)
		}
		back, err := timeml.Read(&buf)
		if err != nil {
			t.Fatalf("reading back %q: %v", buf.String(), err)
		}
		if back.Text != d.Text {
			t.Fatalf("text read back = %q; want %q", back.Text, d.Text)
		}
		if len(back.Timexes) != len(dates) {
			t.Fatalf("read back %d timexes; want %d", len(back.Timexes), len(dates))
		}
		for i, x := range back.Timexes {
			if x.Span != dates[i].Span {
				t.Fatalf("timex %d read back at %s; want %s", i, x.Span, dates[i].Span)
			}
		}
	})
}
