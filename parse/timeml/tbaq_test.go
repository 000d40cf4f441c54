package timeml_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-dev/dateline/parse/timeml"
	"github.com/dateline-dev/dateline/parse/timex"
)

// tbaqDir is the TempEval-3 training corpus, TimeBank and AQUAINT, in the
// project's shared data.
const tbaqDir = "../../../shared/data/tbaq"

// valueF1Floor is the value F1 on TBAQ (a percentage) below which
// TestTBAQ fails: the figure measured when it was last raised, rounded
// down to 0.1. Raise it when the tagger gets better; never lower it.
const valueF1Floor = 82.5

// readTBAQ reads every gold document of TBAQ. It skips the test when the
// shared data is missing, unless DATELINE_REQUIRE_SHARED is set.
func readTBAQ(tb testing.TB) []*timeml.Doc {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(tbaqDir, "*", "*.tml"))
	if len(files) == 0 {
		msg := "no TBAQ documents in " + tbaqDir + " (the shared data is missing)"
		if os.Getenv("DATELINE_REQUIRE_SHARED") != "" {
			tb.Fatal(msg + "; DATELINE_REQUIRE_SHARED is set")
		}
		tb.Skip(msg)
	}
	docs := make([]*timeml.Doc, len(files))
	for i, f := range files {
		d, err := timeml.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		docs[i] = d
	}
	return docs
}

// TestTBAQ tags the 256 gold documents of TBAQ, anchored at their DCTs,
// as the timeml command does (the document type chosen by the text),
// scores the result as TempEval-3 Task A did, logs the figures and fails
// if value F1 falls below valueF1Floor or a news story is read as a
// narrative.
func TestTBAQ(t *testing.T) {
	gold := readTBAQ(t)
	tagger := timex.New()
	sys := make([]*timeml.Doc, len(gold))
	for i, d := range gold {
		anchor, err := d.Anchor()
		if err != nil {
			t.Fatalf("%s: %v", d.Name, err)
		}
		dates, typ, err := tagger.TagAs(d.Text, anchor, timex.Auto)
		if err != nil {
			t.Fatalf("%s: %v", d.Name, err)
		}
		if typ != timex.News {
			t.Errorf("%s: read as %s; want news", d.Name, typ)
		}
		sys[i] = d.WithDates(dates)
	}
	s := timeml.Score(gold, sys)
	t.Logf("TBAQ, %d documents:\n%s", len(gold), s)
	if s.Gold != 1822 {
		t.Errorf("G = %d; want the 1,822 gold timexes of TBAQ", s.Gold)
	}
	if v := 100 * s.ValueF1(); v < valueF1Floor {
		t.Errorf("value F1 %.2f fell below the floor %.1f", v, valueF1Floor)
	} else if v >= valueF1Floor+1 {
		t.Logf("value F1 %.2f is well above the floor %.1f: raise valueF1Floor", v, valueF1Floor)
	}
}

// BenchmarkTagTBAQ tags the plain text of all TBAQ documents; its MB/s
// is the tagger's speed on news text.
func BenchmarkTagTBAQ(b *testing.B) {
	docs := readTBAQ(b)
	tagger := timex.New()
	anchors := make([]time.Time, len(docs))
	var n int64
	for i, d := range docs {
		a, err := d.Anchor()
		if err != nil {
			b.Fatal(err)
		}
		anchors[i] = a
		n += int64(len(d.Text))
	}
	b.SetBytes(n)
	b.ResetTimer()
	for b.Loop() {
		for i, d := range docs {
			if _, err := tagger.Tag(d.Text, anchors[i]); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkReadTBAQ reads all TBAQ documents from memory.
func BenchmarkReadTBAQ(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(tbaqDir, "*", "*.tml"))
	if len(files) == 0 {
		b.Skip("no TBAQ documents in " + tbaqDir)
	}
	srcs := make([]string, len(files))
	var n int64
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs[i] = string(data)
		n += int64(len(data))
	}
	b.SetBytes(n)
	for b.Loop() {
		for _, src := range srcs {
			if _, err := timeml.Read(strings.NewReader(src)); err != nil {
				b.Fatal(err)
			}
		}
	}
}
