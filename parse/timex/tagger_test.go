package timex

import (
	"errors"
	"fmt"
	"os"
	"regexp/syntax"
	"strings"
	"testing"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// defaultAnchor is the anchor of the table tests unless a case gives one:
// Friday, April 26, 2019, the day of the bundled example.
const defaultAnchor = "2019-04-26"

// A tagTest is one row of a rule's table: every expression Tag should
// find in text, in order, in the form of short.
type tagTest struct {
	name   string
	text   string
	want   []string
	anchor string // "2006-01-02"; defaultAnchor if empty
}

// short formats d for the tables: text, type, value, mod and rule,
// `"late 2011" DATE 2011 END year`.
func short(d timeline.Date) string {
	s := fmt.Sprintf("%q %s %s", d.Text, d.Type, d.Value)
	if d.Mod != timeline.ModNone {
		s += " " + string(d.Mod)
	}
	return s + " " + d.Rule
}

func mustDay(t testing.TB, s string) time.Time {
	if s == "" {
		s = defaultAnchor
	}
	a, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

var tagger = New()

func runTagTests(t *testing.T, tests []tagTest) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustDay(t, tt.anchor)
			ds, err := tagger.Tag(tt.text, a)
			if err != nil {
				t.Fatalf("Tag(%q, %s): %v", tt.text, a.Format("2006-01-02"), err)
			}
			got := make([]string, len(ds))
			for i, d := range ds {
				got[i] = short(d)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Tag(%q, %s) = %v; want %v", tt.text, a.Format("2006-01-02"), got, tt.want)
			}
		})
	}
}

// allTagTests are the rows of every rule table, for the fuzzer's seeds.
var allTagTests [][]tagTest

func TestTagNoAnchor(t *testing.T) {
	if _, err := New().Tag("on Friday", time.Time{}); !errors.Is(err, ErrNoAnchor) {
		t.Errorf("Tag(%q, zero) error = %v; want ErrNoAnchor", "on Friday", err)
	}
}

func TestTagEmpty(t *testing.T) {
	ds, err := New().Tag("", mustDay(t, ""))
	if ds != nil || err != nil {
		t.Errorf("Tag(%q, %s) = %v, %v; want nil, nil", "", defaultAnchor, ds, err)
	}
}

// TestTagExample tags the bundled UPI article and checks every
// expression in it, and that nothing else is tagged.
func TestTagExample(t *testing.T) {
	b, err := os.ReadFile("../../examples/upi-kim-vladivostok-2019-04-26.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	ds, err := New().Tag(text, mustDay(t, "2019-04-26"))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		context string // text around the expression, to locate it
		text    string
		date    string // Date.String() without text and span
	}{
		{"Updated April 26, 2019 at 3:43 PM", "April 26, 2019 at 3:43 PM", "TIME 2019-04-26T15:43 minute [2019-04-26T15:43 .. 2019-04-26T15:43]"},
		{"Russia, April 26 (UPI)", "April 26", "DATE 2019-04-26 day [2019-04-26 .. 2019-04-26]"},
		{"Vladivostok on Friday, a day", "Friday", "DATE 2019-04-26 day [2019-04-26 .. 2019-04-26]"},
		{"Friday, a day after", "a day", "DURATION P1D"},
		{"port city late at night after", "late at night", "TIME 2019-04-26TNI part-of-day [2019-04-26T21:00 .. 2019-04-26T23:59]"},
		{"On Thursday, Kim held", "Thursday", "DATE 2019-04-25 day [2019-04-25 .. 2019-04-25]"},
		{"during a three-day summit with Russian President Vladimir Putin. Photo by KCNA/UPI North", "three-day", "DURATION P3D"},
		{"during a three-day summit with Russian President Vladimir Putin. Photo by KCNA/UPI\n", "three-day", "DURATION P3D"},
		{"began his three-day visit", "three-day", "DURATION P3D"},
		{"took power in late 2011,", "late 2011", "DATE 2011 END year [2011-09-01 .. 2011-12-31]"},
		{"in late 2011, on Wednesday.", "Wednesday", "DATE 2019-04-24 day [2019-04-24 .. 2019-04-24]"},
	}
	var wantDates []string
	for _, w := range want {
		i := strings.Index(text, w.context)
		if i < 0 {
			t.Fatalf("context %q not in the example", w.context)
		}
		i += strings.Index(w.context, w.text)
		wantDates = append(wantDates, fmt.Sprintf("%s %q %d-%d", w.date, w.text, i, i+len(w.text)))
	}
	// Sort by offset: the table is in reading order except for the two
	// identical captions.
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	sortByOffset(wantDates)
	if strings.Join(got, "\n") != strings.Join(wantDates, "\n") {
		t.Errorf("Tag(example, 2019-04-26) =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantDates, "\n"))
	}
}

// sortByOffset sorts Date.String() lines by their span's start.
func sortByOffset(lines []string) {
	start := func(s string) int {
		var a, b int
		fmt.Sscanf(s[strings.LastIndexByte(s, ' ')+1:], "%d-%d", &a, &b)
		return a
	}
	for i := 1; i < len(lines); i++ {
		for j := i; j > 0 && start(lines[j]) < start(lines[j-1]); j-- {
			lines[j], lines[j-1] = lines[j-1], lines[j]
		}
	}
}

func ExampleTagger_Tag() {
	text := "Kim left Vladivostok on Friday, a day after the summit. He took power in late 2011."
	anchor := time.Date(2019, time.April, 26, 0, 0, 0, 0, time.UTC)
	dates, err := New().Tag(text, anchor)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range dates {
		fmt.Println(d)
	}
	// Output:
	// DATE 2019-04-26 day [2019-04-26 .. 2019-04-26] "Friday" 24-30
	// DURATION P1D "a day" 32-37
	// DATE 2011 END year [2011-09-01 .. 2011-12-31] "late 2011" 73-82
}

func FuzzTag(f *testing.F) {
	for _, tests := range allTagTests {
		for _, tt := range tests {
			f.Add(tt.text)
		}
	}
	b, err := os.ReadFile("../../examples/upi-kim-vladivostok-2019-04-26.txt")
	if err == nil {
		f.Add(string(b))
	}
	tg, plain := New(), unfiltered()
	anchor := time.Date(2019, time.April, 26, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		ds, err := tg.Tag(text, anchor)
		if err != nil {
			t.Fatalf("Tag(%q, 2019-04-26): %v", text, err)
		}
		end := 0
		for _, d := range ds {
			s := d.Span
			if s.Start < end || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("Tag(%q, 2019-04-26): span %s out of order, empty or outside the input (%v)", text, s, ds)
			}
			end = s.End
			if text[s.Start:s.End] != d.Text {
				t.Errorf("Tag(%q, 2019-04-26): text[%s] = %q; Date.Text = %q", text, s, text[s.Start:s.End], d.Text)
			}
			if d.Placed() && d.Latest.Before(d.Earliest) {
				t.Errorf("Tag(%q, 2019-04-26): %s has Latest before Earliest", text, d)
			}
			if d.Rule == "" || d.Type == "" || d.Value == "" {
				t.Errorf("Tag(%q, 2019-04-26): %s lacks rule, type or value", text, d)
			}
		}
		again, _ := tg.Tag(text, anchor)
		if fmt.Sprint(again) != fmt.Sprint(ds) {
			t.Errorf("Tag(%q, 2019-04-26) not deterministic: %v, then %v", text, ds, again)
		}
		if p, _ := plain.Tag(text, anchor); fmt.Sprint(p) != fmt.Sprint(ds) {
			t.Errorf("Tag(%q, 2019-04-26) = %v, but %v without the rules' prefilters", text, ds, p)
		}
	})
}

// unfiltered returns a Tagger whose rules run their patterns at every
// trigger and from every word before it, over the whole look-ahead,
// without the near and before tests, the lead words and the short
// look-ahead that skip hopeless ones.
func unfiltered() *Tagger {
	rs := make([]*rule, len(allRules))
	for i, r := range allRules {
		c := *r
		c.near, c.before, c.short = nil, false, false
		rs[i] = &c
	}
	t := newTagger(rs)
	t.anyLead = true
	return t
}

// TestPrefilters checks on every table row that the rules' prefilters
// change nothing.
func TestPrefilters(t *testing.T) {
	plain := unfiltered()
	for _, tests := range allTagTests {
		for _, tt := range tests {
			a := mustDay(t, tt.anchor)
			want, _ := plain.Tag(tt.text, a)
			got, _ := tagger.Tag(tt.text, a)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("Tag(%q, %s) = %v; want %v as without prefilters", tt.text, tt.anchor, got, want)
			}
		}
	}
}

func BenchmarkTag(b *testing.B) {
	text, err := os.ReadFile("../../examples/upi-kim-vladivostok-2019-04-26.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(text)
	tg := New()
	anchor := time.Date(2019, time.April, 26, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tg.Tag(s, anchor); err != nil {
			b.Fatal(err)
		}
	}
}

// maxBacktrackProg is the largest program, in instructions, that the
// regexp package runs with its backtracker (regexp/backtrack.go); larger
// ones fall back to the NFA, which made the tagger a fifth slower when
// the length rule grew past it.
const maxBacktrackProg = 500

// TestRulesFitBacktracker keeps every rule's pattern on the regexp
// package's fast matcher.
func TestRulesFitBacktracker(t *testing.T) {
	for _, r := range allRules {
		re, err := syntax.Parse(r.anchored.String(), syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		p, err := syntax.Compile(re.Simplify())
		if err != nil {
			t.Fatal(err)
		}
		if n := len(p.Inst); n > maxBacktrackProg {
			t.Errorf("rule %s compiles to %d instructions, over the backtracker's %d", r.name, n, maxBacktrackProg)
		}
	}
}
