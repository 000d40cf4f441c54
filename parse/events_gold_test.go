package parse_test

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/dateline-dev/dateline/parse"
	"github.com/dateline-dev/dateline/parse/lexicon"
	"github.com/dateline-dev/dateline/parse/source"
	"github.com/dateline-dev/dateline/timeline"
	"github.com/dateline-dev/dateline/timeline/score"
)

// Event accuracy floors on the hand-made gold of testdata/events (every
// batch), each story built on its own. The batches were scored blind
// before any fix (testdata/events/README.md); these are training figures
// (58.89 and 77.20 on all ten when set; 57.64 and 77.04 with the blind
// r8 added; 55.39 and 75.61 with the blind r9; 57.68 and 76.56 on those
// twelve at the end of the third stop, 55.93 and 76.01 with its blind
// r10, 53.75 and 75.85 with its blind r11; 54.04 and 75.48 on fifteen
// with r12, blind at the start of the fourth stop, and the no-event
// stories of r9-r12 counted at last; 56.07 and 76.00 on those fifteen
// at the fourth stop's end, 52.55 and 74.87 with its blind r13 and r14;
// 56.05 and 76.32 on eighteen at the fifth stop's end, its blind r15
// included; 56.72 and 76.67 at the ninth stop's end), kept from falling
// back.
// Batches in testdata/events/sealed are not read: they wait, unseen, to
// measure the extractor at the end of a stop.
const (
	minEventRecall    = 56.5
	minEventPrecision = 76.3
)

// TestEventGold builds every story of the event gold from ../shared and
// scores its events.
func TestEventGold(t *testing.T) {
	var paths []string
	for _, name := range []string{"reuters21578.jsonl.gz", "pd-diplomacy.jsonl"} {
		path := filepath.Join("..", "..", "shared", "data", name)
		if _, err := os.Stat(path); err != nil {
			if os.Getenv("DATELINE_REQUIRE_SHARED") != "" {
				t.Fatalf("DATELINE_REQUIRE_SHARED is set but %s is missing: %v", path, err)
			}
			t.Skipf("skipping: %s is missing (it comes with the development data in ../shared)", path)
		}
		paths = append(paths, path)
	}
	scoreGold(t, "../testdata/events/*.tsv", paths, minEventRecall, minEventPrecision)
}

// Floors on the synthetic wire stories of testdata/events/synthetic: twelve
// sets of 24 stories written in twelve agencies' styles, each annotated
// by its author without seeing dateline's output. Blind, set 1 scored
// 40.00 and 64.66 with the extractor of the third stop's start, set 2
// 47.44 and 68.26 with that of the fifth stop an hour in, set 3 52.17
// and 63.80 with that of the fifth stop's end, set 4 41.07 and 66.43 with
// that of the sixth stop (5e8131e), set 5 48.78 and 70.72, set 6 48.95
// and 65.82 and set 7 39.66 and 57.78 with three extractors of the
// seventh stop (0ae6b4b, 4195385, 805679f), set 8 55.52 and 73.86 with
// that of the eighth stop (93f8830), set 9 48.18 and 70.80 with that of
// the ninth stop (7e05fdc), set 10 52.40 and 67.15 with that of the tenth
// (2c7ae80), set 11 55.21 and 71.27 with that of the eleventh (971a93a),
// set 12 49.49 and 69.52 with that of the twelfth (73c4986); these are
// training figures since (the twelve sets 59.56 and 75.20 when set 12
// joined).
const (
	minSyntheticRecall    = 59.0
	minSyntheticPrecision = 74.7
)

// TestSyntheticWireGold scores the events of the synthetic wire stories,
// which ship with the repository.
func TestSyntheticWireGold(t *testing.T) {
	scoreGold(t, "../testdata/events/synthetic/*.tsv", []string{
		"../testdata/events/synthetic/wire.jsonl",
		"../testdata/events/synthetic/wire2.jsonl",
		"../testdata/events/synthetic/wire3.jsonl",
		"../testdata/events/synthetic/wire4.jsonl",
		"../testdata/events/synthetic/wire5.jsonl",
		"../testdata/events/synthetic/wire6.jsonl",
		"../testdata/events/synthetic/wire7.jsonl",
		"../testdata/events/synthetic/wire8.jsonl",
		"../testdata/events/synthetic/wire9.jsonl",
		"../testdata/events/synthetic/wire10.jsonl",
		"../testdata/events/synthetic/wire11.jsonl",
		"../testdata/events/synthetic/wire12.jsonl",
	}, minSyntheticRecall, minSyntheticPrecision)
}

// scoreGold builds the stories of the gold files matching pattern from
// the archives at paths, scores their events and checks the floors.
func scoreGold(t *testing.T, pattern string, paths []string, minRecall, minPrecision float64) {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold matches %s: %v", pattern, err)
	}
	var g score.Gold
	for _, f := range files {
		r, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		err = g.Read(r, f)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	g.AddNames(func(name string) (string, bool) {
		c, ok := lexicon.LookupCountry(name)
		return c.Name, ok
	})
	want := map[string]bool{}
	for _, s := range g.Stories {
		want[s] = true
	}
	system := map[string][]timeline.Event{}
	for _, path := range paths {
		r, err := source.Open(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		for {
			in, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil || !want[in.ID] {
				continue
			}
			doc, err := parse.Read(in, parse.Options{})
			if err != nil {
				t.Errorf("%s: %v", in.ID, err)
				continue
			}
			system[in.ID] = timeline.Build(doc).Events
		}
		r.Close()
	}
	if len(system) != len(g.Stories) {
		t.Fatalf("built %d of the gold's %d stories", len(system), len(g.Stories))
	}
	res := score.Score(&g, system)
	t.Logf("%d stories: %s", res.Stories, res.Counts)
	if res.Recall() < minRecall || res.Precision() < minPrecision {
		t.Errorf("event %s; want recall >= %.1f and precision >= %.1f", res.Counts, minRecall, minPrecision)
	}
}
