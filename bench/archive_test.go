// Package bench measures dateline on the Reuters-21578 archive: the bare
// read (decompress and decode), the temporal tagger alone, and whole
// stories, in one run so their ratios can be compared. It needs
// ../shared/data/reuters21578.jsonl.gz and skips without it.
//
//	go test ./bench -run XXX -bench . -benchtime 3x -count 5 | tee new.txt
//	benchstat new.txt
package bench

import (
	"io"
	"os"
	"testing"
	"time"

	"github.com/dateline-dev/dateline/parse"
	"github.com/dateline-dev/dateline/parse/event"
	"github.com/dateline-dev/dateline/parse/source"
	"github.com/dateline-dev/dateline/parse/timex"
	"github.com/dateline-dev/dateline/timeline"
)

const archive = "../../shared/data/reuters21578.jsonl.gz"

// stories reads the whole archive once.
func stories(b *testing.B) ([]parse.Input, int64) {
	b.Helper()
	if _, err := os.Stat(archive); err != nil {
		if os.Getenv("DATELINE_REQUIRE_SHARED") != "" {
			b.Fatalf("DATELINE_REQUIRE_SHARED is set but %s is missing", archive)
		}
		b.Skipf("skipping: %s is missing (it comes with the development data in ../shared)", archive)
	}
	ins, n, err := read()
	if err != nil {
		b.Fatal(err)
	}
	return ins, n
}

// read decompresses and decodes the archive, returning its stories and
// the bytes of their text.
func read() ([]parse.Input, int64, error) {
	r, err := source.Open(archive, nil)
	if err != nil {
		return nil, 0, err
	}
	defer r.Close()
	var ins []parse.Input
	var n int64
	for {
		in, err := r.Next()
		if err == io.EOF {
			return ins, n, nil
		}
		if err != nil {
			continue
		}
		ins = append(ins, in)
		n += int64(len(in.Text))
	}
}

// BenchmarkRead is the baseline: decompressing and decoding the archive.
func BenchmarkRead(b *testing.B) {
	_, n := stories(b)
	b.SetBytes(n)
	b.ResetTimer()
	for b.Loop() {
		if _, _, err := read(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTag is the temporal tagger alone over every story's text.
func BenchmarkTag(b *testing.B) {
	ins, n := stories(b)
	tg := timex.New()
	anchor := time.Date(1987, 4, 1, 0, 0, 0, 0, time.UTC)
	b.SetBytes(n)
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		for _, in := range ins {
			if _, err := tg.Tag(in.Text, anchor); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric((cpuTime()-cpu).Seconds()/float64(b.N), "cpu-s/op")
}

// BenchmarkStories is whole stories: anchoring, tagging and events.
func BenchmarkStories(b *testing.B) {
	ins, n := stories(b)
	b.SetBytes(n)
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		for _, in := range ins {
			parse.Read(in, parse.Options{}) // a broken stamp is reported by the command, not here
		}
	}
	b.ReportMetric((cpuTime()-cpu).Seconds()/float64(b.N), "cpu-s/op")
}

// BenchmarkGate is the test every story passes before its events are
// looked for: whether its title or text holds some rule's trigger.
func BenchmarkGate(b *testing.B) {
	ins, n := stories(b)
	b.SetBytes(n)
	b.ResetTimer()
	for b.Loop() {
		for _, in := range ins {
			event.MayHoldEvents(in.Title, in.Text)
		}
	}
}

// BenchmarkEvents is event extraction alone (entities, rules, timing),
// over the stories the gate lets through, each anchored and its dates
// tagged beforehand as parse.Read does; bytes are those stories' text.
func BenchmarkEvents(b *testing.B) {
	ins, _ := stories(b)
	tg := timex.New()
	type story struct {
		doc timeline.Document
		hl  event.Headline
	}
	var todo []story
	var n int64
	events := 0
	for _, in := range ins {
		doc, err := parse.Read(in, parse.Options{Tagger: tg})
		if err != nil || !event.MayHoldEvents(doc.Title, doc.Text) {
			continue
		}
		typ := timex.News
		if doc.Narrative {
			typ = timex.Narrative
		}
		hl := event.Headline{Text: event.HeadlineText(doc.Title, doc.Text)}
		if hl.Dates, _, err = tg.TagAs(hl.Text, doc.Anchor.Earliest, typ); err != nil {
			b.Fatal(err)
		}
		todo = append(todo, story{doc, hl})
		n += int64(len(doc.Text))
		events += len(doc.Events)
	}
	b.SetBytes(n)
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		found := 0
		for _, s := range todo {
			found += len(event.Extract(s.doc, 0, s.doc.Dates, s.hl))
		}
		if found != events {
			b.Fatalf("Extract found %d events; parse.Read %d", found, events)
		}
	}
	b.ReportMetric((cpuTime()-cpu).Seconds()/float64(b.N), "cpu-s/op")
}
