package timex

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/dateline-dev/dateline/timeline"
	"github.com/olebedev/when"
	"github.com/olebedev/when/rules"
)

// whenZone is the zone of the tests' base times: Result.Time keeps it.
var whenZone = time.FixedZone("KST", 9*60*60)

// whenBase returns the base time of a when test on day ("2006-01-02",
// defaultAnchor if empty): an afternoon in whenZone, with nanoseconds,
// so that a date that drops base's clock shows it.
func whenBase(t testing.TB, day string) time.Time {
	a := mustDay(t, day)
	return time.Date(a.Year(), a.Month(), a.Day(), 13, 7, 5, 500, whenZone)
}

// whenTime is the Result.Time WhenRules documents for d against base.
func whenTime(d timeline.Date, base time.Time) time.Time {
	t := d.Earliest
	if t.IsZero() {
		t = d.Latest
	}
	if t.IsZero() {
		return base
	}
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, base.Location())
}

// whenWalk runs a plain when.Parser with WhenRules over text, one
// expression at a time (each parser's From the end of the last Result),
// and checks each Result against the tagger's date at that place: the
// same span, the time WhenRules documents, and WhenDate the same date.
// It returns how many expressions agreed.
func whenWalk(t *testing.T, text string, base time.Time, typ DocType) int {
	t.Helper()
	want, _, err := tagger.TagAs(text, base, typ)
	if err != nil {
		t.Fatalf("TagAs(%q, %s, %s): %v", text, base, typ, err)
	}
	from, n := 0, 0
	for {
		w := when.New(nil)
		w.Add(WhenRules(WhenOptions{Type: typ, From: from})...)
		r, err := w.Parse(text, base)
		if err != nil {
			t.Fatalf("Parse(%q, %s) from %d: %v", text, base, from, err)
		}
		if n == len(want) {
			if r != nil {
				t.Errorf("Parse(%q, %s) from %d = %q at %d; the tagger has no more", text, base, from, r.Text, r.Index)
			}
			return n
		}
		d := want[n]
		if r == nil {
			t.Errorf("Parse(%q, %s) from %d = nil; want %s", text, base, from, d)
			return n
		}
		if r.Index != d.Span.Start || r.Text != d.Text {
			t.Errorf("Parse(%q, %s) from %d = %q at %d; want %s", text, base, from, r.Text, r.Index, d)
			return n
		}
		if wt := whenTime(d, base); !r.Time.Equal(wt) || r.Time.Location() != base.Location() {
			t.Errorf("Parse(%q, %s): %q at %d has time %s; want %s for %s", text, base, r.Text, r.Index, r.Time, wt, d)
		}
		if got, err := WhenDate(r.Source, r.Index, base, WhenOptions{Type: typ}); err != nil || got.String() != d.String() {
			t.Errorf("WhenDate(%q, %d, %s) = %s, %v; want %s", r.Source, r.Index, base, got, err, d)
		}
		n++
		from = r.Index + len(r.Text)
	}
}

// TestWhenAgrees runs when.New(nil) with WhenRules over the bundled
// example and every text of the tagger's tables, and checks that it
// finds each expression the tagger finds, with its time and value.
func TestWhenAgrees(t *testing.T) {
	texts, exprs := 0, 0
	b, err := os.ReadFile("../../examples/upi-kim-vladivostok-2019-04-26.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, typ := range []DocType{News, Auto} {
		n := whenWalk(t, string(b), whenBase(t, "2019-04-26"), typ)
		if n != 11 {
			t.Errorf("the example read as %s: %d expressions agree; want its 11", typ, n)
		}
		texts, exprs = texts+1, exprs+n
	}
	for _, tests := range allTagTests {
		for _, tt := range tests {
			exprs += whenWalk(t, tt.text, whenBase(t, tt.anchor), News)
			texts++
		}
	}
	for _, tt := range narrativeTests {
		exprs += whenWalk(t, tt.text, whenBase(t, or(tt.anchor, historyAnchor)), Narrative)
		texts++
	}
	for _, tt := range docTypeTests {
		exprs += whenWalk(t, tt.text, whenBase(t, tt.anchor), tt.typ)
		texts++
	}
	t.Logf("when.New(nil) with WhenRules agrees with the tagger on %d expressions in %d texts", exprs, texts)
}

// whenTimeTests spell out what Result.Time holds for each kind of value.
var whenTimeTests = []struct {
	name  string
	text  string
	base  string // RFC 3339
	typ   DocType
	opts  *rules.Options
	want  string // Result.Time, RFC 3339 with nanoseconds
	value string // the date WhenDate gives, as short writes it
}{
	{"a weekday in the past", "Kim left Vladivostok on Friday.", "2019-04-26T15:43:00.5+09:00", News, nil,
		"2019-04-26T00:00:00+09:00", `"Friday" DATE 2019-04-26 weekday`},
	{"a weekday ahead", "Kim will return to Pyongyang on Sunday.", "2019-04-26T15:43:00+09:00", News, nil,
		"2019-04-28T00:00:00+09:00", `"Sunday" DATE 2019-04-28 weekday`},
	{"a past weekday is the one before", "They met on Friday.", "2019-04-29T08:00:00Z", News, nil,
		"2019-04-26T00:00:00Z", `"Friday" DATE 2019-04-26 weekday`},
	{"a year with a mod is its last third", "He took power in late 2011.", "2019-04-26T15:43:00Z", News, nil,
		"2011-09-01T00:00:00Z", `"late 2011" DATE 2011 END year`},
	{"a month ahead", "The talks will resume next month.", "2019-04-26T15:43:00Z", News, nil,
		"2019-05-01T00:00:00Z", `"next month" DATE 2019-05 relative`},
	// when's Context.Time sets the month keeping base's day: from the
	// 31st, February overflowed into March.
	{"a short month from the 31st", "The vote was held in February.", "2019-05-31T10:00:00Z", News, nil,
		"2019-02-01T00:00:00Z", `"February" DATE 2019-02 month`},
	{"a week is its Monday", "Prices fell last week.", "2019-04-26T15:43:00Z", News, nil,
		"2019-04-15T00:00:00Z", `"last week" DATE 2019-W16 relative`},
	{"a decade is its first day", "Growth was slow in the 1990s.", "2019-04-26T15:43:00Z", News, nil,
		"1990-01-01T00:00:00Z", `"the 1990s" DATE 199 decade`},
	{"a clock time", "Updated April 26, 2019 at 3:43 PM", "2019-04-26T09:00:00-04:00", News, nil,
		"2019-04-26T15:43:00-04:00", `"April 26, 2019 at 3:43 PM" TIME 2019-04-26T15:43 monthday`},
	{"a part of day by TIMEX3's bounds", "Kim was expected to leave late at night.", "2019-04-26T09:00:00Z", News, nil,
		"2019-04-26T21:00:00Z", `"late at night" TIME 2019-04-26TNI partofday`},
	{"a part of day at the parser's hour", "They met early Friday morning.", "2019-04-26T09:00:00Z", News, &rules.Options{Distance: 5, MatchByOrder: true, Morning: 8},
		"2019-04-26T08:00:00Z", `"Friday morning" TIME 2019-04-26TMO weekday`},
	{"a part of day without the parser's hour", "They met early Friday morning.", "2019-04-26T09:00:00Z", News, nil,
		"2019-04-26T05:00:00Z", `"Friday morning" TIME 2019-04-26TMO weekday`},
	{"a year before Christ counts astronomically", "Salamis was fought in 480 BC.", "2009-12-19T00:00:00Z", Narrative, nil,
		"-0479-01-01T00:00:00Z", `"480 BC" DATE BC0480 era`},
	{"a date open at its start is its last day", "He left more than a year ago.", "2019-04-26T15:43:00Z", News, nil,
		"2017-12-31T00:00:00Z", `"more than a year ago" DATE 2018 BEFORE ago`},
	{"a date open at its end is its first day", "He left less than a year ago.", "2019-04-26T15:43:00Z", News, nil,
		"2019-01-01T00:00:00Z", `"less than a year ago" DATE 2018 AFTER ago`},
	{"a length is base", "Kim began his three-day visit.", "2019-04-26T15:43:00.5+09:00", News, nil,
		"2019-04-26T15:43:00.5+09:00", `"three-day" DURATION P3D duration`},
	{"a set is base", "They meet every Monday.", "2019-04-26T15:43:00Z", News, nil,
		"2019-04-26T15:43:00Z", `"every Monday" SET XXXX-WXX-1 set`},
	{"a reference is base", "Prices are rising now.", "2019-04-26T15:43:00Z", News, nil,
		"2019-04-26T15:43:00Z", `"now" DATE PRESENT_REF ref`},
}

func TestWhenTime(t *testing.T) {
	for _, tt := range whenTimeTests {
		t.Run(tt.name, func(t *testing.T) {
			base, err := time.Parse(time.RFC3339Nano, tt.base)
			if err != nil {
				t.Fatal(err)
			}
			w := when.New(tt.opts)
			w.Add(WhenRules(WhenOptions{Type: tt.typ})...)
			r, err := w.Parse(tt.text, base)
			if err != nil || r == nil {
				t.Fatalf("Parse(%q, %s) = %v, %v", tt.text, tt.base, r, err)
			}
			if got := r.Time.Format(time.RFC3339Nano); got != tt.want {
				t.Errorf("Parse(%q, %s).Time = %s; want %s", tt.text, tt.base, got, tt.want)
			}
			d, err := WhenDate(r.Source, r.Index, base, WhenOptions{Type: tt.typ})
			if err != nil || short(d) != tt.value {
				t.Errorf("WhenDate(%q, %d, %s) = %s, %v; want %s", r.Source, r.Index, tt.base, short(d), err, tt.value)
			}
		})
	}
}

func TestWhenNoAnchor(t *testing.T) {
	w := when.New(nil)
	w.Add(WhenRules(WhenOptions{})...)
	if r, err := w.Parse("Kim left on Friday.", time.Time{}); r != nil || !errors.Is(err, ErrNoAnchor) {
		t.Errorf("Parse(%q, zero) = %v, %v; want nil, ErrNoAnchor", "Kim left on Friday.", r, err)
	}
	if _, err := WhenDate("Kim left on Friday.", 12, time.Time{}, WhenOptions{}); !errors.Is(err, ErrNoAnchor) {
		t.Errorf("WhenDate(%q, 12, zero) error = %v; want ErrNoAnchor", "Kim left on Friday.", err)
	}
}

func TestWhenNothing(t *testing.T) {
	base := whenBase(t, "")
	for _, text := range []string{"", "Nothing happened.", "Kim met Putin in Vladivostok."} {
		w := when.New(nil)
		w.Add(WhenRules(WhenOptions{})...)
		if r, err := w.Parse(text, base); r != nil || err != nil {
			t.Errorf("Parse(%q, %s) = %v, %v; want nil, nil", text, base, r, err)
		}
	}
	if d, err := WhenDate("Kim left on Friday.", 0, base, WhenOptions{}); err == nil {
		t.Errorf("WhenDate(%q, 0, %s) = %s; want an error", "Kim left on Friday.", base, d)
	}
	w := when.New(nil)
	w.Add(WhenRules(WhenOptions{From: 100})...)
	if r, err := w.Parse("Kim left on Friday.", base); r != nil || err != nil {
		t.Errorf("Parse(%q, %s) from 100 = %v, %v; want nil, nil", "Kim left on Friday.", base, r, err)
	}
}

// TestWhenConcurrent runs one parser on many texts at once: each Result
// is the one the parser gives on its own (run with -race).
func TestWhenConcurrent(t *testing.T) {
	w := when.New(nil)
	w.Add(WhenRules(WhenOptions{})...)
	base := whenBase(t, "")
	var texts []string
	for _, tt := range RuleWeekdayTests {
		texts = append(texts, tt.text)
	}
	want := make([]*when.Result, len(texts))
	for i, text := range texts {
		want[i], _ = w.Parse(text, base)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for i, text := range texts {
				r, err := w.Parse(text, base)
				if err != nil || (r == nil) != (want[i] == nil) || r != nil && *r != *want[i] {
					t.Errorf("Parse(%q, %s) at once = %v, %v; alone %v", text, base, r, err, want[i])
				}
			}
		})
	}
	wg.Wait()
}

func ExampleWhenRules() {
	w := when.New(nil)
	w.Add(WhenRules(WhenOptions{})...)
	base := time.Date(2019, time.April, 29, 9, 30, 0, 0, time.UTC) // a Monday
	for _, text := range []string{
		"Kim met Putin on Friday.",
		"He will visit Seoul on Friday.",
		"He took power in late 2011.",
		"The talks will resume next month.",
		"Kim began his three-day visit.",
	} {
		r, err := w.Parse(text, base)
		if err != nil || r == nil {
			fmt.Println(r, err)
			continue
		}
		d, err := WhenDate(r.Source, r.Index, base, WhenOptions{})
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-12q %s  %s %s %s\n", r.Text, r.Time.Format("2006-01-02 15:04"), d.Value, d.Mod, d.Precision)
	}
	// Output:
	// "Friday"     2019-04-26 00:00  2019-04-26  day
	// "Friday"     2019-05-03 00:00  2019-05-03  day
	// "late 2011"  2011-09-01 00:00  2011 END year
	// "next month" 2019-05-01 00:00  2019-05  month
	// "three-day"  2019-04-29 09:30  P3D  none
}

// FuzzWhen runs when.New(nil) with WhenRules on any text, from any
// offset, against a base in any year TIMEX3 can write, for each document
// type: no panic or error, a Result lies inside the input, and where the
// tagger finds the same expressions against base as against the day Find
// uses (every text of the tables, in the years 100 to 9000), the Result is
// the tagger's first expression from the offset on, with its time.
func FuzzWhen(f *testing.F) {
	for _, tests := range allTagTests {
		for _, tt := range tests {
			f.Add(tt.text, 0, uint16(2019), uint8(News))
		}
	}
	for _, tt := range narrativeTests {
		f.Add(tt.text, 0, uint16(2009), uint8(Narrative))
	}
	if b, err := os.ReadFile("../../examples/upi-kim-vladivostok-2019-04-26.txt"); err == nil {
		f.Add(string(b), 0, uint16(2019), uint8(Auto))
		f.Add(string(b), 1000, uint16(2019), uint8(News))
	}
	f.Fuzz(func(t *testing.T, text string, from int, year uint16, typ uint8) {
		base := time.Date(1+int(year)%9999, time.April, 26, 13, 7, 5, 500, whenZone)
		opts := WhenOptions{Type: DocType(typ % 3), From: from}
		w := when.New(nil)
		w.Add(WhenRules(opts)...)
		r, err := w.Parse(text, base)
		if err != nil {
			t.Fatalf("Parse(%q, %s) as %s from %d: %v", text, base, opts.Type, from, err)
		}
		if r != nil && (r.Index < max(from, 0) || r.Index+len(r.Text) > len(text) || text[r.Index:r.Index+len(r.Text)] != r.Text || r.Source != text) {
			t.Fatalf("Parse(%q, %s) as %s from %d: %q at %d is not the input's", text, base, opts.Type, from, r.Text, r.Index)
		}
		if again, _ := w.Parse(text, base); (again == nil) != (r == nil) || r != nil && *again != *r {
			t.Errorf("Parse(%q, %s) as %s from %d not deterministic: %v, then %v", text, base, opts.Type, from, r, again)
		}
		ds, _, _ := tagger.TagAs(text, base, opts.Type)
		found, _, _ := tagger.TagAs(text, findAnchor, opts.Type)
		if len(ds) != len(found) {
			return
		}
		for i := range ds {
			if ds[i].Span != found[i].Span {
				return
			}
		}
		var want *timeline.Date
		for i := range ds {
			if ds[i].Span.Start >= from {
				want = &ds[i]
				break
			}
		}
		switch {
		case r == nil && want == nil:
		case r == nil:
			t.Errorf("Parse(%q, %s) as %s from %d = nil; the tagger has %s", text, base, opts.Type, from, want)
		case want == nil || r.Index != want.Span.Start || r.Text != want.Text || !r.Time.Equal(whenTime(*want, base)):
			t.Errorf("Parse(%q, %s) as %s from %d = %q at %d, %s; the tagger has %v", text, base, opts.Type, from, r.Text, r.Index, r.Time, want)
		}
	})
}

// TestWhenSpansAnchorFree holds WhenRules' word that which words are an
// expression does not depend on the anchor for the texts of the tables
// and a base in the years 100 to 9000: Find finds against findAnchor, and
// the Applier resolves against base.
func TestWhenSpansAnchorFree(t *testing.T) {
	var texts []string
	for _, tests := range allTagTests {
		for _, tt := range tests {
			texts = append(texts, tt.text)
		}
	}
	for _, tt := range narrativeTests {
		texts = append(texts, tt.text)
	}
	texts = append(texts, history, wire)
	for _, typ := range []DocType{News, Narrative, Auto} {
		for _, text := range texts {
			found, _, _ := tagger.TagAs(text, findAnchor, typ)
			for _, y := range []int{100, 999, 1066, 1861, 1999, 2019, 2100, 9000} {
				a := time.Date(y, time.December, 31, 0, 0, 0, 0, time.UTC)
				ds, _, _ := tagger.TagAs(text, a, typ)
				same := len(ds) == len(found)
				for i := 0; same && i < len(ds); i++ {
					same = ds[i].Span == found[i].Span
				}
				if !same {
					t.Errorf("TagAs(%q, %s, %s) = %v; against %s %v", text, a.Format(time.DateOnly), typ, ds, findAnchor.Format(time.DateOnly), found)
				}
			}
		}
	}
}

// BenchmarkWhenParse measures a Parse by when with WhenRules of a
// sentence the rules have not just seen, against BenchmarkWhenTag, the
// tagger on the same sentences.
func BenchmarkWhenParse(b *testing.B) {
	w := when.New(nil)
	w.Add(WhenRules(WhenOptions{})...)
	base := whenBase(b, "")
	i := 0
	for b.Loop() {
		i++
		if r, err := w.Parse(whenSentences[i%2], base); r == nil || err != nil {
			b.Fatal(r, err)
		}
	}
}

func BenchmarkWhenTag(b *testing.B) {
	base := whenBase(b, "")
	i := 0
	for b.Loop() {
		i++
		if ds, err := tagger.Tag(whenSentences[i%2], base); len(ds) == 0 || err != nil {
			b.Fatal(ds, err)
		}
	}
}

var whenSentences = [2]string{
	"Flanked by top party, military and state officials, Kim began his three-day visit to Russia, the first one since he took power in late 2011, on Wednesday.",
	"On Thursday, Kim held his much-anticipated summit with Putin, during which he stressed his resolve to deepen Pyongyang-Moscow ties.",
}
