package event

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dateline-dev/dateline/parse/anchor"
	"github.com/dateline-dev/dateline/parse/timex"
	"github.com/dateline-dev/dateline/timeline"
)

// testDay is the day the tests' stories are filed: Friday, April 26, 2019.
var testDay = time.Date(2019, 4, 26, 0, 0, 0, 0, time.UTC)

var testTagger = timex.New()

// storyOf reads text as package parse reads a story whose anchor is
// given: its dateline found and resolved near day, its dates tagged
// against day, its events extracted after the headline title (which may
// be "").
func storyOf(t testing.TB, title, text string, day time.Time) timeline.Document {
	t.Helper()
	doc := timeline.Document{ID: "t", Title: title, Text: text, Anchor: timeline.DayOf(day)}
	bodyStart := 0
	if dl, ok := anchor.Find(text); ok {
		bodyStart = dl.Span.Start
		if d, err := anchor.Resolve(dl.Date, day); err == nil {
			dl.Date = d
		}
		doc.Dateline = dl
	}
	dates, err := testTagger.Tag(text, day)
	if err != nil {
		t.Fatal(err)
	}
	doc.Dates = dates
	hl := HeadlineText(title, text)
	hlDates, err := testTagger.Tag(hl, day)
	if err != nil {
		t.Fatal(err)
	}
	doc.Events = Extract(doc, bodyStart, dates, Headline{Text: hl, Dates: hlDates})
	return doc
}

// checkSpans checks that every report of doc's events quotes the text,
// or the title for a headline's report, at its spans, and that no event
// ends before it starts.
func checkSpans(t testing.TB, doc timeline.Document) {
	t.Helper()
	for _, e := range doc.Events {
		for _, ev := range e.Evidence {
			src := doc.Text
			if ev.Title {
				src = doc.Title
			}
			for _, q := range []struct {
				span timeline.Span
				text string
			}{{ev.SentenceSpan, ev.Sentence}, {ev.Trigger, ev.TriggerText}} {
				if q.span.Start < 0 || q.span.End > len(src) || q.span.Start > q.span.End || src[q.span.Start:q.span.End] != q.text {
					t.Errorf("event %s: span %s does not quote %q", e, q.span, q.text)
				}
			}
		}
		if !e.When.IsZero() && e.When.Latest().Before(e.When.Earliest()) {
			t.Errorf("event %s ends before it starts", e)
		}
	}
}

// FuzzExtract reads any text as a story filed on testDay: no panic, every
// report quotes its text, the same events twice.
func FuzzExtract(f *testing.F) {
	if b, err := os.ReadFile("../../examples/upi-kim-vladivostok-2019-04-26.txt"); err == nil {
		f.Add(string(b))
	}
	for _, tt := range sentenceTests {
		f.Add(tt.text)
	}
	for _, tt := range ruleTests {
		f.Add(tt.sentence)
	}
	for _, tt := range frameTests {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := storyOf(t, "", text, testDay)
		checkSpans(t, doc)
		again := storyOf(t, "", text, testDay)
		if len(again.Events) != len(doc.Events) {
			t.Fatalf("Extract(%q) is not deterministic", text)
		}
		for i := range doc.Events {
			if doc.Events[i].String() != again.Events[i].String() {
				t.Fatalf("Extract(%q) is not deterministic: %s vs %s", text, doc.Events[i], again.Events[i])
			}
		}
	})
}

// joinNames writes the names of actors as "A, B".
func joinNames(as []timeline.Actor) string {
	return strings.Join(timeline.Names(as), ", ")
}

// lines writes ss one a line, indented, for a failure message.
func lines(ss []string) string {
	var b strings.Builder
	for _, l := range ss {
		b.WriteString("\t" + l + "\n")
	}
	return b.String()
}

// TestFormerStateSummary: a state named as it was on the event's day is
// not renamed again ("West West Germany").
func TestFormerStateSummary(t *testing.T) {
	doc := storyOf(t, "", "BONN, March 4 - West Germany and Tanzania signed an agreement on rescheduling commercial credits here on Tuesday, the Finance Ministry said.\n", time.Date(1987, 3, 4, 0, 0, 0, 0, time.UTC))
	if len(doc.Events) == 0 {
		t.Fatal("no events")
	}
	for _, e := range doc.Events {
		if strings.Contains(e.Summary, "West West") || e.Summary != "West Germany signs an agreement with Tanzania" {
			t.Errorf("summary %q, want %q", e.Summary, "West Germany signs an agreement with Tanzania")
		}
	}
}
