package timeml

import (
	"fmt"
	"strings"
)

// Scores are the counts of TempEval-3 Task A over one or more documents.
// Counts are summed over documents before any ratio is taken (a micro
// average), so Scores of several documents add up with [Scores.Add].
type Scores struct {
	System, Gold   int // S and G: timexes in the system's and the gold documents
	RelaxedMatches int // m: pairs of overlapping timexes
	StrictMatches  int // s: pairs that cover the same text
	TypeCorrect    int // relaxed matches with the gold type
	ValueCorrect   int // relaxed matches with the gold value
	// Misses are the differences, document by document in text order.
	Misses []Miss
}

// A Measure is a precision, a recall and their harmonic mean, F1, as
// fractions between 0 and 1.
type Measure struct{ P, R, F1 float64 }

// Score scores the system's timexes in sys against the gold ones in gold,
// document by document: sys[i] is the system's version of gold[i], with
// the same Text, and a nil or missing sys[i] counts as a document in
// which the system found nothing. Only the timexes inside TEXT count,
// never the DCT.
//
// In each document the gold timexes are taken in text order, and each is
// paired with the first system timex, in text order, that overlaps it and
// is not paired yet. A pair is a relaxed match; it is a strict match when
// both cover the same span. On relaxed matches, type and value are
// compared as strings: "2013-03-21" is not "2013-03-21T00:00". Mod is not
// scored.
func Score(gold, sys []*Doc) Scores {
	var total Scores
	for i, g := range gold {
		var s *Doc
		if i < len(sys) {
			s = sys[i]
		}
		total.Add(ScoreDoc(g, s))
	}
	return total
}

// ScoreDoc scores one document as [Score] does; a nil sys has no
// timexes.
func ScoreDoc(gold, sys *Doc) Scores {
	var sx []Timex
	if sys != nil {
		sx = sys.Timexes
	}
	sc := Scores{System: len(sx), Gold: len(gold.Timexes)}
	paired := make([]bool, len(sx))
	var misses []Miss
	for _, g := range gold.Timexes {
		j := -1
		for k, s := range sx {
			if !paired[k] && overlap(g, s) {
				j = k
				break
			}
		}
		if j < 0 {
			misses = append(misses, Miss{Doc: gold.Name, Kind: Missed, Gold: g})
			continue
		}
		paired[j] = true
		s := sx[j]
		sc.RelaxedMatches++
		var kind MissKind
		if g.Span == s.Span {
			sc.StrictMatches++
		} else {
			kind |= Extent
		}
		if g.Type == s.Type {
			sc.TypeCorrect++
		} else {
			kind |= WrongType
		}
		if g.Value == s.Value {
			sc.ValueCorrect++
		} else {
			kind |= WrongValue
		}
		if kind != 0 {
			misses = append(misses, Miss{Doc: gold.Name, Kind: kind, Gold: g, System: s})
		}
	}
	for k, s := range sx {
		if !paired[k] {
			misses = append(misses, Miss{Doc: gold.Name, Kind: Spurious, System: s})
		}
	}
	// Text order, by where the gold or else the system timex starts.
	sortMisses(misses)
	sc.Misses = misses
	return sc
}

func overlap(a, b Timex) bool {
	return a.Span.Start < b.Span.End && b.Span.Start < a.Span.End
}

func sortMisses(ms []Miss) {
	pos := func(m Miss) int {
		if m.Kind == Spurious {
			return m.System.Span.Start
		}
		return m.Gold.Span.Start
	}
	// Insertion sort: the misses are nearly in order already, and it is
	// stable.
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && pos(ms[j]) < pos(ms[j-1]); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// Add adds the counts and misses of t to s.
func (s *Scores) Add(t Scores) {
	s.System += t.System
	s.Gold += t.Gold
	s.RelaxedMatches += t.RelaxedMatches
	s.StrictMatches += t.StrictMatches
	s.TypeCorrect += t.TypeCorrect
	s.ValueCorrect += t.ValueCorrect
	s.Misses = append(s.Misses, t.Misses...)
}

// measure returns P = n/S, R = n/G and their F1; a ratio with nothing
// to divide by is 0.
func (s Scores) measure(n int) Measure {
	var m Measure
	if s.System > 0 {
		m.P = float64(n) / float64(s.System)
	}
	if s.Gold > 0 {
		m.R = float64(n) / float64(s.Gold)
	}
	if m.P+m.R > 0 {
		m.F1 = 2 * m.P * m.R / (m.P + m.R)
	}
	return m
}

// Relaxed returns the precision, recall and F1 of relaxed matches.
func (s Scores) Relaxed() Measure { return s.measure(s.RelaxedMatches) }

// Strict returns the precision, recall and F1 of strict matches.
func (s Scores) Strict() Measure { return s.measure(s.StrictMatches) }

// TypeF1 returns the attribute F1 of type, 2·correct/(S+G).
func (s Scores) TypeF1() float64 { return attrF1(s.TypeCorrect, s.System+s.Gold) }

// ValueF1 returns the attribute F1 of value, 2·correct/(S+G), the
// figure TempEval-3 ranked systems by.
func (s Scores) ValueF1() float64 { return attrF1(s.ValueCorrect, s.System+s.Gold) }

func attrF1(correct, n int) float64 {
	if n == 0 {
		return 0
	}
	return 2 * float64(correct) / float64(n)
}

// pct formats a fraction as a percentage with two decimals.
func pct(f float64) string { return fmt.Sprintf("%.2f", 100*f) }

// String formats the counts and the figures, percentages with two
// decimals, on five lines:
//
//	S 130  G 138  relaxed 121  strict 109  type 125  value 104
//	relaxed  P 93.08  R 87.68  F1 90.30
//	strict   P 83.85  R 78.99  F1 81.34
//	type     F1 93.28
//	value    F1 77.61
func (s Scores) String() string {
	r, st := s.Relaxed(), s.Strict()
	return fmt.Sprintf("S %d  G %d  relaxed %d  strict %d  type %d  value %d\n"+
		"relaxed  P %s  R %s  F1 %s\n"+
		"strict   P %s  R %s  F1 %s\n"+
		"type     F1 %s\n"+
		"value    F1 %s\n",
		s.System, s.Gold, s.RelaxedMatches, s.StrictMatches, s.TypeCorrect, s.ValueCorrect,
		pct(r.P), pct(r.R), pct(r.F1), pct(st.P), pct(st.R), pct(st.F1),
		pct(s.TypeF1()), pct(s.ValueF1()))
}

// A MissKind says how a system timex and a gold one differ. The kinds of
// a relaxed match that is wrong in several ways are or-ed together.
type MissKind uint8

// Kinds of misses.
const (
	Spurious   MissKind = 1 << iota // a system timex that overlaps no gold one left
	Missed                          // a gold timex that no system timex overlaps
	Extent                          // a relaxed match that is not strict
	WrongType                       // a relaxed match with another type
	WrongValue                      // a relaxed match with another value
)

var missNames = []string{"spurious", "missed", "extent", "type", "value"}

// String names the kinds in k joined by "+", as "extent+value".
func (k MissKind) String() string {
	var names []string
	for i, n := range missNames {
		if k&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, "+")
}

// A Miss is one difference between the system's timexes and the gold
// ones. Gold is the zero Timex for a spurious timex, System for a missed
// one.
type Miss struct {
	Doc          string // the gold document's Name
	Kind         MissKind
	Gold, System Timex
}

// String formats m on one line: its kind, the text, and the gold and the
// system's type and value, with the system's text where it differs:
//
//	value        "last week" gold DATE 1998-W01  ours DATE 1998-01-01
//	extent       "the past year" gold DURATION P1Y  ours DURATION P1Y "past year"
//	spurious     "May" ours DATE 1998-05
func (m Miss) String() string {
	switch m.Kind {
	case Spurious:
		return fmt.Sprintf("%-12s %q ours %s %s", m.Kind, m.System.Text, m.System.Type, m.System.Value)
	case Missed:
		return fmt.Sprintf("%-12s %q gold %s %s", m.Kind, m.Gold.Text, m.Gold.Type, m.Gold.Value)
	}
	s := fmt.Sprintf("%-12s %q gold %s %s  ours %s %s", m.Kind, m.Gold.Text, m.Gold.Type, m.Gold.Value, m.System.Type, m.System.Value)
	if m.System.Text != m.Gold.Text {
		s += fmt.Sprintf(" %q", m.System.Text)
	}
	return s
}
