package timeml_test

import (
	"errors"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dateline-dev/dateline/parse/source"
	"github.com/dateline-dev/dateline/parse/timeml"
	"github.com/dateline-dev/dateline/parse/timex"
	"github.com/dateline-dev/dateline/timeline"
	"golang.org/x/tools/txtar"
)

// archive is the Reuters-21578 archive in the project's shared data.
const archive = "../../../shared/data/reuters21578.jsonl.gz"

// handValueF1Floor is the value F1 (a percentage) on the hand-annotated
// archive stories below which TestReutersHand fails: the figure measured
// when it was last raised, rounded down to 0.1. Never lower it.
const handValueF1Floor = 92.8

// TestReutersHand tags the 140 archive stories of
// testdata/reuters-hand.txtar at their annotated anchors, scores the
// result against the hand annotation as TempEval-3 Task A did, logs the
// figures and every miss, and fails if value F1 falls below
// handValueF1Floor.
func TestReutersHand(t *testing.T) {
	gold := readHand(t, "testdata/reuters-hand.txtar")
	tagger := timex.New()
	sys := make([]*timeml.Doc, len(gold))
	for i, g := range gold {
		dates, err := tagger.Tag(g.Text, g.DCT.Earliest)
		if err != nil {
			t.Fatalf("%s: %v", g.Name, err)
		}
		sys[i] = &timeml.Doc{Name: g.Name, Text: g.Text}
		for _, d := range dates {
			sys[i].Timexes = append(sys[i].Timexes, timeml.Timex{Date: d})
		}
	}
	sc := timeml.Score(gold, sys)
	for _, m := range sc.Misses {
		t.Log(m)
	}
	t.Logf("%d stories\n%s", len(gold), sc)
	if sc.Gold < 100 {
		t.Errorf("only %d gold expressions read", sc.Gold)
	}
	if v := 100 * sc.ValueF1(); v < handValueF1Floor {
		t.Errorf("value F1 %.2f, below the floor %.1f", v, handValueF1Floor)
	}
}

// readHand reads the hand annotation in file and the text of its stories
// from the archive, and returns one gold document per story, its DCT the
// story's annotated anchor. It skips the test when the archive is
// missing, unless DATELINE_REQUIRE_SHARED is set.
func readHand(t *testing.T, file string) []*timeml.Doc {
	t.Helper()
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	want := make(map[string]bool, len(ar.Files))
	for _, f := range ar.Files {
		want[f.Name] = true
	}
	texts := storyTexts(t, want)
	var docs []*timeml.Doc
	for _, f := range ar.Files {
		text, ok := texts[f.Name]
		if !ok {
			t.Fatalf("%s: story %s is not in %s", file, f.Name, archive)
		}
		d := &timeml.Doc{Name: f.Name, Text: text}
		at := 0
		for _, line := range strings.Split(strings.TrimSpace(string(f.Data)), "\n") {
			if a, ok := strings.CutPrefix(line, "anchor: "); ok {
				if d.DCT.Date, err = timeline.ParseValue(a); err != nil || d.DCT.Precision != timeline.Day {
					t.Fatalf("%s: %s: anchor %q is no day", file, f.Name, a)
				}
				continue
			}
			want, ok := strings.CutPrefix(line, "want: ")
			if !ok {
				t.Fatalf("%s: %s: unexpected line %q", file, f.Name, line)
			}
			x, next, err := handTimex(text, at, want)
			if err != nil {
				t.Fatalf("%s: %s: %v", file, f.Name, err)
			}
			d.Timexes = append(d.Timexes, x)
			at = next
		}
		if d.DCT.Earliest.IsZero() {
			t.Fatalf("%s: %s: no anchor", file, f.Name)
		}
		docs = append(docs, d)
	}
	return docs
}

// handTimex reads a want line, `"text" TYPE VALUE [MOD]`, and finds its
// text in the story at or after byte at, a space matching any run of
// white space. It returns the timex and the end of its text.
func handTimex(story string, at int, want string) (timeml.Timex, int, error) {
	q, err := strconv.QuotedPrefix(want)
	if err != nil {
		return timeml.Timex{}, 0, errors.New("no quoted text in " + strconv.Quote(want))
	}
	words, _ := strconv.Unquote(q)
	f := strings.Fields(want[len(q):])
	if len(f) < 2 || len(f) > 3 {
		return timeml.Timex{}, 0, errors.New("want type, value and maybe mod in " + strconv.Quote(want))
	}
	var parts []string
	for _, w := range strings.Fields(words) {
		parts = append(parts, regexp.QuoteMeta(w))
	}
	loc := regexp.MustCompile(`\b` + strings.Join(parts, `\s+`) + `\b`).FindStringIndex(story[at:])
	if loc == nil {
		return timeml.Timex{}, 0, errors.New(strconv.Quote(words) + " is not in the story after byte " + strconv.Itoa(at))
	}
	start, end := at+loc[0], at+loc[1]
	d := timeline.Date{Type: timeline.Type(f[0]), Value: f[1], Text: story[start:end], Span: timeline.Span{Start: start, End: end}}
	if len(f) == 3 {
		d.Mod = timeline.Mod(f[2])
	}
	return timeml.Timex{Date: d}, end, nil
}

// storyTexts returns the text of the archive's stories whose IDs are in
// want, by ID, reading no further than the last of them. It skips the
// test when the archive is missing, unless DATELINE_REQUIRE_SHARED is
// set.
func storyTexts(t *testing.T, want map[string]bool) map[string]string {
	t.Helper()
	if _, err := os.Stat(archive); err != nil {
		if os.Getenv("DATELINE_REQUIRE_SHARED") != "" {
			t.Fatalf("DATELINE_REQUIRE_SHARED is set but %s is missing: %v", archive, err)
		}
		t.Skipf("skipping: %s is missing (it comes with the development data in ../shared)", archive)
	}
	r, err := source.Open(archive, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	texts := make(map[string]string)
	for {
		in, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			continue // a broken record is source's to report; the others still count
		}
		if want[in.ID] {
			texts[in.ID] = in.Text
			if len(texts) == len(want) {
				break
			}
		}
	}
	return texts
}
