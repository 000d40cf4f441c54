package render

import (
	"fmt"
	"testing"

	"github.com/dateline-dev/dateline/timeline"
)

var splitTriggerTests = []struct {
	name                   string
	ev                     timeline.Evidence
	before, trigger, after string
}{
	{
		name: "spans into the document",
		ev: timeline.Evidence{
			Sentence: "Kim met Putin on Thursday.", SentenceSpan: timeline.Span{Start: 100, End: 126},
			Trigger: timeline.Span{Start: 104, End: 107}, TriggerText: "met",
		},
		before: "Kim ", trigger: "met", after: " Putin on Thursday.",
	},
	{
		name: "spans that disagree with the text: the text found",
		ev: timeline.Evidence{
			Sentence: "Kim met Putin on Thursday.", SentenceSpan: timeline.Span{Start: 100, End: 126},
			Trigger: timeline.Span{Start: 90, End: 93}, TriggerText: "met",
		},
		before: "Kim ", trigger: "met", after: " Putin on Thursday.",
	},
	{
		name:   "no spans: the text found",
		ev:     timeline.Evidence{Sentence: "Kim is scheduled to leave Vladivostok on Friday.", TriggerText: "leave"},
		before: "Kim is scheduled to ", trigger: "leave", after: " Vladivostok on Friday.",
	},
	{
		name:   "a trigger not in the sentence: all before",
		ev:     timeline.Evidence{Sentence: "Kim arrived.", TriggerText: "visit"},
		before: "Kim arrived.",
	},
	{
		name:   "no trigger",
		ev:     timeline.Evidence{Sentence: "Kim arrived."},
		before: "Kim arrived.",
	},
}

func TestSplitTrigger(t *testing.T) {
	for _, tt := range splitTriggerTests {
		b, tr, a := splitTrigger(tt.ev)
		if b != tt.before || tr != tt.trigger || a != tt.after {
			t.Errorf("%s: splitTrigger = %q, %q, %q; want %q, %q, %q", tt.name, b, tr, a, tt.before, tt.trigger, tt.after)
		}
	}
}

// TestReports: the tooltip quotes the first maxReports reports, each with
// its source, and counts the others.
func TestReports(t *testing.T) {
	var evidence []timeline.Evidence
	for i := range maxReports + 2 {
		evidence = append(evidence, timeline.Evidence{Doc: fmt.Sprint("d", i), Sentence: "Kim met Putin.", TriggerText: "met"})
	}
	got, more := reports(evidence, map[string]string{"d0": "Kim meets Putin"})
	if len(got) != maxReports || more != 2 {
		t.Fatalf("reports of %d = %d and %d more; want %d and 2 more", len(evidence), len(got), more, maxReports)
	}
	if want := (report{Before: "Kim ", Trigger: "met", After: " Putin.", Source: "d0 — Kim meets Putin"}); got[0] != want {
		t.Errorf("first report = %+v; want %+v", got[0], want)
	}
	if got[1].Source != "d1" {
		t.Errorf("second report's source = %q; want d1", got[1].Source)
	}
}
