package timeml_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dateline-dev/dateline/parse/timeml"
	"github.com/dateline-dev/dateline/timeline"
)

// TestScoresCheck checks the arithmetic against HeidelTime's published
// row on the TempEval-3 test set, the check numbers of
// ../shared/data/README.md.
func TestScoresCheck(t *testing.T) {
	s := timeml.Scores{System: 130, Gold: 138, RelaxedMatches: 121, StrictMatches: 109, ValueCorrect: 104}
	got := map[string]float64{
		"relaxed F1": s.Relaxed().F1,
		"strict F1":  s.Strict().F1,
		"value F1":   s.ValueF1(),
	}
	want := map[string]string{"relaxed F1": "90.30", "strict F1": "81.34", "value F1": "77.61"}
	for k, w := range want {
		if g := fmt.Sprintf("%.2f", 100*got[k]); g != w {
			t.Errorf("%s = %s; want %s", k, g, w)
		}
	}
	if !strings.Contains(s.String(), "F1 90.30\n") || !strings.Contains(s.String(), "value    F1 77.61\n") {
		t.Errorf("String() =\n%s\nwant relaxed F1 90.30 and value F1 77.61", s)
	}
	var zero timeml.Scores
	if zero.Relaxed() != (timeml.Measure{}) || zero.ValueF1() != 0 {
		t.Errorf("zero Scores: Relaxed %v, ValueF1 %v; want zeros", zero.Relaxed(), zero.ValueF1())
	}
}

// mark builds a document from text with timexes marked in brackets:
// "[Friday|DATE|1998-01-09] and [May|DATE|1998-05]". The text of the
// document is the text without the marks.
func mark(t *testing.T, marked string) *timeml.Doc {
	t.Helper()
	var text strings.Builder
	var xs []timeml.Timex
	for {
		i := strings.IndexByte(marked, '[')
		if i < 0 {
			text.WriteString(marked)
			break
		}
		j := strings.IndexByte(marked, ']')
		text.WriteString(marked[:i])
		f := strings.Split(marked[i+1:j], "|")
		if len(f) != 3 {
			t.Fatalf("bad mark %q", marked[i:j+1])
		}
		start := text.Len()
		text.WriteString(f[0])
		xs = append(xs, timeml.Timex{ID: fmt.Sprint("t", len(xs)+1), Date: timeline.Date{
			Type: timeline.Type(f[1]), Value: f[2], Text: f[0],
			Span: timeline.Span{Start: start, End: text.Len()},
		}})
		marked = marked[j+1:]
	}
	return &timeml.Doc{Name: "doc", Text: text.String(), Timexes: xs}
}

// Nested marks are not expressible with mark, so overlapping system
// timexes are built by hand in TestScorePairingOverlaps.

func TestScoreDoc(t *testing.T) {
	tests := []struct {
		name      string
		gold, sys string
		// S G m s type value
		want   [6]int
		misses []string
	}{
		{
			name: "identical",
			gold: "on [Friday|DATE|1998-01-09] and [May|DATE|1998-05]",
			sys:  "on [Friday|DATE|1998-01-09] and [May|DATE|1998-05]",
			want: [6]int{2, 2, 2, 2, 2, 2},
		},
		{
			name: "relaxed, not strict",
			gold: "[the past year|DURATION|P1Y] fell",
			sys:  "the [past year|DURATION|P1Y] fell",
			want: [6]int{1, 1, 1, 0, 1, 1},
			misses: []string{
				`extent       "the past year" gold DURATION P1Y  ours DURATION P1Y "past year"`,
			},
		},
		{
			name: "value and type compared as strings",
			gold: "[last week|DATE|1998-W01] and [a year|DURATION|P1Y] and [noon|TIME|1998-01-08T12:00]",
			sys:  "[last week|DATE|1998-01] and [a year|DURATION|P12M] and [noon|DATE|1998-01-08T12:00]",
			want: [6]int{3, 3, 3, 3, 2, 1},
			misses: []string{
				`value        "last week" gold DATE 1998-W01  ours DATE 1998-01`,
				`value        "a year" gold DURATION P1Y  ours DURATION P12M`,
				`type         "noon" gold TIME 1998-01-08T12:00  ours DATE 1998-01-08T12:00`,
			},
		},
		{
			name: "spurious and missed",
			gold: "[today|DATE|1998-01-08] the May meeting",
			sys:  "today the [May|DATE|1998-05] meeting",
			want: [6]int{1, 1, 0, 0, 0, 0},
			misses: []string{
				`missed       "today" gold DATE 1998-01-08`,
				`spurious     "May" ours DATE 1998-05`,
			},
		},
		{
			name: "one system timex over two gold ones pairs with the first",
			gold: "[Monday|DATE|1998-01-05] [morning|TIME|1998-01-05TMO]",
			sys:  "[Monday morning|TIME|1998-01-05TMO]",
			want: [6]int{1, 2, 1, 0, 0, 0},
			misses: []string{
				`extent+type+value "Monday" gold DATE 1998-01-05  ours TIME 1998-01-05TMO "Monday morning"`,
				`missed       "morning" gold TIME 1998-01-05TMO`,
			},
		},
		{
			name: "two system timexes over one gold one: the second is spurious",
			gold: "[March 1998|DATE|1998-03]",
			sys:  "[March|DATE|1998-03] [1998|DATE|1998]",
			want: [6]int{2, 1, 1, 0, 1, 1},
			misses: []string{
				`extent       "March 1998" gold DATE 1998-03  ours DATE 1998-03 "March"`,
				`spurious     "1998" ours DATE 1998`,
			},
		},
		{
			name: "touching is not overlapping",
			gold: "[Monday|DATE|1998-01-05] morning",
			sys:  "Monday[ morning|TIME|1998-01-05TMO]",
			want: [6]int{1, 1, 0, 0, 0, 0},
			misses: []string{
				`missed       "Monday" gold DATE 1998-01-05`,
				`spurious     " morning" ours TIME 1998-01-05TMO`,
			},
		},
		{
			name: "nothing found",
			gold: "[today|DATE|1998-01-08]",
			sys:  "today",
			want: [6]int{0, 1, 0, 0, 0, 0},
			misses: []string{
				`missed       "today" gold DATE 1998-01-08`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, s := mark(t, tt.gold), mark(t, tt.sys)
			if g.Text != s.Text {
				t.Fatalf("bad case: texts %q and %q differ", g.Text, s.Text)
			}
			sc := timeml.ScoreDoc(g, s)
			got := [6]int{sc.System, sc.Gold, sc.RelaxedMatches, sc.StrictMatches, sc.TypeCorrect, sc.ValueCorrect}
			if got != tt.want {
				t.Errorf("ScoreDoc(%q, %q) counts S G m s type value = %v; want %v", tt.gold, tt.sys, got, tt.want)
			}
			var misses []string
			for _, m := range sc.Misses {
				if m.Doc != "doc" {
					t.Errorf("miss %s: Doc = %q; want %q", m, m.Doc, "doc")
				}
				misses = append(misses, m.String())
			}
			if strings.Join(misses, "\n") != strings.Join(tt.misses, "\n") {
				t.Errorf("ScoreDoc(%q, %q) misses:\n%s\nwant\n%s", tt.gold, tt.sys, strings.Join(misses, "\n"), strings.Join(tt.misses, "\n"))
			}
		})
	}
}

// TestScorePairingOverlaps checks the greedy one-to-one pairing where
// system timexes overlap each other: each gold timex, in text order,
// takes the first free system timex that overlaps it.
func TestScorePairingOverlaps(t *testing.T) {
	g := mark(t, "[Monday|DATE|1998-01-05] to [Friday|DATE|1998-01-09]")
	sys := &timeml.Doc{Text: g.Text, Timexes: []timeml.Timex{
		{Date: timeline.Date{Type: "DURATION", Value: "P5D", Text: g.Text, Span: timeline.Span{Start: 0, End: len(g.Text)}}},
		{Date: timeline.Date{Type: "DATE", Value: "1998-01-05", Text: "Monday", Span: timeline.Span{Start: 0, End: 6}}},
	}}
	sc := timeml.ScoreDoc(g, sys)
	got := [6]int{sc.System, sc.Gold, sc.RelaxedMatches, sc.StrictMatches, sc.TypeCorrect, sc.ValueCorrect}
	// Monday takes the long system timex (first in order), Friday finds
	// the long one taken and the short one not overlapping: missed; the
	// short Monday is spurious.
	if want := [6]int{2, 2, 1, 0, 0, 0}; got != want {
		t.Errorf("counts S G m s type value = %v; want %v (misses %v)", got, want, sc.Misses)
	}
}

func TestScore(t *testing.T) {
	a := mark(t, "[today|DATE|1998-01-08] and [May|DATE|1998-05]")
	b := mark(t, "[1998|DATE|1998]")
	sa := mark(t, "[today|DATE|1998-01-08] and May")
	// Micro average: counts summed, b has no system document.
	sc := timeml.Score([]*timeml.Doc{a, b}, []*timeml.Doc{sa})
	got := [6]int{sc.System, sc.Gold, sc.RelaxedMatches, sc.StrictMatches, sc.TypeCorrect, sc.ValueCorrect}
	if want := [6]int{1, 3, 1, 1, 1, 1}; got != want {
		t.Errorf("Score counts S G m s type value = %v; want %v", got, want)
	}
	if len(sc.Misses) != 2 {
		t.Errorf("Score misses = %v; want May and 1998 missed", sc.Misses)
	}
	if r := sc.Relaxed(); fmt.Sprintf("%.4f %.4f %.4f", r.P, r.R, r.F1) != "1.0000 0.3333 0.5000" {
		t.Errorf("Relaxed() = %+v; want P 1, R 1/3, F1 1/2", r)
	}
}
