package parse

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// sharedData returns the path of a file under ../shared/data, skipping the
// test when it is absent, or failing it when DATELINE_REQUIRE_SHARED is
// set (as CI does).
func sharedData(t testing.TB, name string) string {
	t.Helper()
	path := "../../shared/data/" + name
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("DATELINE_REQUIRE_SHARED") != "" {
			t.Fatalf("DATELINE_REQUIRE_SHARED is set but %s is missing: %v", path, err)
		}
		t.Skipf("skipping: %s is missing (it comes with the development data in ../shared)", path)
	}
	return path
}

// reutersStory is one record of the Reuters-21578 JSON Lines archive.
type reutersStory struct {
	ID, Published, Dateline, Title, Text string
}

// asArticle lays a Reuters record out as a plain-text story: headline,
// stamp line, then the body opening with its dateline.
func (s reutersStory) asArticle() (string, bool) {
	pub, err := time.Parse("2006-01-02T15:04:05", s.Published)
	if err != nil || s.Dateline == "" || strings.TrimSpace(s.Text) == "" {
		return "", false
	}
	return s.Title + "\n\nUpdated " + pub.Format("January 2, 2006 at 3:04 PM") + "\n\n    " +
		s.Dateline + " (Reuters) - " + s.Text + "\n", true
}

func readReuters(t testing.TB, limit int) []reutersStory {
	f, err := os.Open(sharedData(t, "reuters21578.jsonl.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var stories []reutersStory
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() && len(stories) < limit {
		var s reutersStory
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			t.Fatal(err)
		}
		stories = append(stories, s)
	}
	return stories
}

// reutersDateline matches the archive's well-formed datelines.
var reutersDateline = regexp.MustCompile(`^[A-Za-z .,'-]+?, (` + monthPattern + `|(?i:` + monthPattern + `)) +(\d{1,2})$`)

// TestReutersArchive reads real 1987 newswire stories laid out as plain
// text and checks what must hold for every one: the dateline's local date
// is the anchor (a day after the US-Eastern stamp for stories filed in
// Asia), every span quotes the text, events are numbered #1, #2, ... and
// reading is deterministic.
func TestReutersArchive(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 300
	}
	read, anchored := 0, 0
	for _, s := range readReuters(t, n) {
		text, ok := s.asArticle()
		if !ok {
			continue
		}
		read++
		doc, err := Article(s.ID, text, Options{})
		if err != nil {
			t.Errorf("%s: %v", s.ID, err)
			continue
		}
		m := reutersDateline.FindStringSubmatch(s.Dateline)
		if m == nil {
			continue // a dateline run into its story, as a few are in the archive
		}
		if want := monthOf(m[1]); doc.Anchor.Earliest.Month() != want || doc.Anchor.Earliest.Day() != testAtoi(m[2]) {
			t.Errorf("%s: dateline %q, stamp %s: anchor %s", s.ID, s.Dateline, s.Published, doc.Anchor.Value)
		} else {
			anchored++
		}
		checkSpans(t, s.ID, text, doc)
		for i, e := range doc.Events {
			if want := timeline.EventID(s.ID, i+1); e.ID != want {
				t.Errorf("%s: event %d has ID %s; want %s", s.ID, i+1, e.ID, want)
			}
		}
		again, _ := Article(s.ID, text, Options{})
		if len(again.Events) != len(doc.Events) || len(again.Dates) != len(doc.Dates) {
			t.Errorf("%s: reading twice gives different results", s.ID)
		}
	}
	if read == 0 {
		t.Fatal("no story read")
	}
	t.Logf("%d stories read, %d anchored on their dateline", read, anchored)
}

// checkSpans checks that every date and event span of doc quotes text.
func checkSpans(t testing.TB, id, text string, doc timeline.Document) {
	t.Helper()
	quoteIn := func(text string, sp timeline.Span) (string, bool) {
		if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
			return "", false
		}
		return text[sp.Start:sp.End], true
	}
	quote := func(sp timeline.Span) (string, bool) { return quoteIn(text, sp) }
	for _, d := range doc.Dates {
		if q, ok := quote(d.Span); !ok || q != d.Text {
			t.Errorf("%s: date %s: span quotes %q", id, d, q)
		}
		if d.Placed() && d.Latest.Before(d.Earliest) {
			t.Errorf("%s: date %s: bounds inverted", id, d)
		}
	}
	for _, e := range doc.Events {
		for _, ev := range e.Evidence {
			quote := quote
			if ev.Title {
				// A headline's report quotes the title.
				quote = func(sp timeline.Span) (string, bool) { return quoteIn(doc.Title, sp) }
			}
			if q, ok := quote(ev.SentenceSpan); !ok || q != ev.Sentence {
				t.Errorf("%s: event %s: sentence span quotes %q", id, e, q)
			}
			if q, ok := quote(ev.Trigger); !ok || q != ev.TriggerText {
				t.Errorf("%s: event %s: trigger span quotes %q", id, e, q)
			}
		}
		if !e.When.IsZero() && e.When.Latest().Before(e.When.Earliest()) {
			t.Errorf("%s: event %s: ends before it starts", id, e)
		}
	}
}

func BenchmarkReutersArticle(b *testing.B) {
	var texts []string
	size := 0
	for _, s := range readReuters(b, 2000) {
		if text, ok := s.asArticle(); ok {
			texts = append(texts, text)
			size += len(text)
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for i, text := range texts {
			if _, err := Article("r"+string(rune('a'+i%26)), text, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// testAtoi returns the number s writes in decimal, or 0.
func testAtoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
