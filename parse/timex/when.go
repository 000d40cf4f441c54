package timex

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/dateline-dev/dateline/timeline"
	"github.com/olebedev/when/rules"
)

// WhenOptions configures [WhenRules]. The zero value reads a text as
// news or a narrative by its dates ([Auto]) and looks from its start.
type WhenOptions struct {
	// Type is the kind of text the rules read: News, Narrative or Auto
	// (see [Tagger.TagAs]).
	Type DocType
	// From is the byte offset of the text where the rules start looking:
	// the words before it are read as context only (the tense of a
	// weekday's clause, the date in focus), so that a caller can walk a
	// text one expression at a time, each parser's From the end of the
	// last Result. An expression that starts before From is not found.
	From int
}

// WhenRules returns dateline's English rules for
// [github.com/olebedev/when], one per rule of this package and in the
// same priority order, for a when.Parser to run:
//
//	w := when.New(nil)
//	w.Add(timex.WhenRules(timex.WhenOptions{})...)
//	r, err := w.Parse("Kim left Vladivostok on Friday.", base)
//
// Each rule reads the anchor from the base time Parse passes to its
// Applier and never reads the clock: a zero base makes Parse fail with
// [ErrNoAnchor] where when's own rules would take time.Now.
//
// # How when runs them
//
// A when.Parser calls every rule's Find on the text, keeps the match that
// starts first and every match that starts within Options.Distance bytes
// of the end of the one before, and runs their Appliers, in the order the
// rules were added, on one rules.Context: each sets the fields it knows
// and the last one to set a field wins; Context.Time then builds
// Result.Time from base. Dateline's rules resolve a whole value each and
// settle overlaps among themselves ("April 26, 2019" is one date, and
// its "April" and "2019" are no others), so these rules find as one set:
// every Find tags the whole text and returns the first expression at or
// after From only if its own rule resolved it. One rule matches per
// Parse, so Result.Index and Result.Text are exactly that expression's
// span and its Applier alone sets the time. Find has no base, so the
// spans are found against a fixed day (2000-01-01) and the Applier
// resolves the expression again against base. Which words are an
// expression hardly ever depends on the anchor (on no text of the
// tagger's tables for a base in the years 100 to 9000); where it does,
// as near the ends of the four-digit years TIMEX3 writes or for a
// document of type Auto judged a history against one day and news
// against the other, the Applier may find nothing at the span Find gave
// and Parse returns nil.
//
// Add all the rules, and only them: a rule finds only when the first
// expression is its own, so a few of them find nothing where the others'
// expression comes first; and when's rules for English (en.All,
// common.All) would find the same words again and overwrite the fields
// these rules set.
//
// # What Result.Time holds
//
// A date or time placed on the calendar is set to the first instant it
// may mean ([timeline.Date.Earliest]) as a wall clock in base's location,
// the clock at midnight for a day or coarser: "Friday" is that Friday at
// 00:00, "late 2011" 2011-09-01 (the value is 2011 with mod END, its
// last third), "next month" the month's first day, a week its Monday, a
// quarter, season or decade its first day, "3:43 PM" 15:43, and years
// before Christ count astronomically (490 BC is year -489). A part of day
// starts where TIMEX3's bounds start it (morning 05:00, midday 11:00,
// afternoon 12:00, evening 17:00, night 21:00), or at the hour the
// parser's Options give the morning, noon, afternoon or evening when
// that is set. A date open at its start ("more than a year ago", 2018
// with mod BEFORE, any day up to 2017-12-31) is its last day.
//
// A length ("three days", P3D), a set ("every Monday") and a reference
// ("now", "recently") name no point of the calendar: Result.Time is base
// as given. Result holds no precision, mod or last day, and a length has
// nothing but its value: [WhenDate] returns the whole [timeline.Date] of
// a Result.
func WhenRules(opts WhenOptions) []rules.Rule {
	s := &whenSet{tagger: New(), opts: opts}
	rs := make([]rules.Rule, len(s.tagger.rules))
	for i, r := range s.tagger.rules {
		rs[i] = &whenRule{set: s, name: r.name}
	}
	return rs
}

// WhenDate returns the date that the rules of [WhenRules] resolved for a
// when.Result: source and index are the Result's Source and Index, base
// the time given to Parse, and opts those given to WhenRules (From aside).
// It returns [ErrNoAnchor] for a zero base, and an error when no
// expression starts at index (a Result of other rules, or of a parser
// whose middleware rewrote the text, which Source holds as it was).
func WhenDate(source string, index int, base time.Time, opts WhenOptions) (timeline.Date, error) {
	ds, _, err := New().TagAs(source, base, opts.Type)
	if err != nil {
		return timeline.Date{}, err
	}
	for _, d := range ds {
		if d.Span.Start == index {
			return d, nil
		}
	}
	return timeline.Date{}, fmt.Errorf("timex: no expression at byte %d", index)
}

// findAnchor is the day the rules find spans against: Find has no base.
var findAnchor = time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC)

// A whenSet is the state the rules of one WhenRules call share: the
// tagger, the options and the last text each phase tagged, since when
// calls every rule's Find on the same text in turn.
type whenSet struct {
	tagger *Tagger
	opts   WhenOptions

	mu       sync.Mutex
	found    tagged // against findAnchor
	resolved tagged // against the base of the last Applier
}

// tagged is one text's dates against one anchor.
type tagged struct {
	text   string
	anchor time.Time
	dates  []timeline.Date
	ok     bool
}

// tag returns the dates of text against anchor, from c when it holds
// them; it tags and keeps them in c otherwise. Parsers running at once
// tag on their own and each keep their last text.
func (s *whenSet) tag(c *tagged, text string, anchor time.Time) ([]timeline.Date, error) {
	s.mu.Lock()
	if c.ok && c.text == text && c.anchor.Equal(anchor) {
		ds := c.dates
		s.mu.Unlock()
		return ds, nil
	}
	s.mu.Unlock()
	ds, _, err := s.tagger.TagAs(text, anchor, s.opts.Type)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	*c = tagged{text: text, anchor: anchor, dates: ds, ok: true}
	s.mu.Unlock()
	return ds, nil
}

// A whenRule is one rule of the set, as when sees it.
type whenRule struct {
	set  *whenSet
	name string
}

// Find returns the first expression of text at or after the set's From,
// if the rule resolved it, with an Applier that resolves it against
// base; nil otherwise.
func (r *whenRule) Find(text string) *rules.Match {
	ds, err := r.set.tag(&r.set.found, text, findAnchor)
	if err != nil {
		return nil
	}
	for _, d := range ds {
		if d.Span.Start < r.set.opts.From {
			continue
		}
		if d.Rule != r.name {
			return nil
		}
		return &rules.Match{
			Left:  d.Span.Start,
			Right: d.Span.End,
			Text:  d.Text,
			Applier: func(m *rules.Match, c *rules.Context, o *rules.Options, base time.Time) (bool, error) {
				return r.set.apply(text, m, c, o, base)
			},
		}
	}
	return nil
}

// apply resolves the expression of m in text against base and sets c
// to it; it reports false, setting nothing, when text has no expression
// at m's span against base.
func (s *whenSet) apply(text string, m *rules.Match, c *rules.Context, o *rules.Options, base time.Time) (bool, error) {
	if base.IsZero() {
		return false, ErrNoAnchor
	}
	ds, err := s.tag(&s.resolved, text, base)
	if err != nil {
		return false, err
	}
	for _, d := range ds {
		if d.Span.Start == m.Left && d.Span.End == m.Right {
			setContext(c, d, o, base)
			return true, nil
		}
	}
	return false, nil
}

// setContext sets c so that Context.Time(base) is the first instant d
// may mean (see [WhenRules]); it sets nothing for a date with no bound.
func setContext(c *rules.Context, d timeline.Date, o *rules.Options, base time.Time) {
	t := d.Earliest
	if t.IsZero() {
		t = d.Latest
	}
	if t.IsZero() {
		return
	}
	hour, minute := t.Hour(), t.Minute()
	if d.Precision == timeline.PartOfDay && o != nil {
		if h := optionHour(d.Value, o); h != 0 {
			hour, minute = h, 0
		}
	}
	// Context.Time sets the year, then the month keeping base's day, then
	// the day: from a base on the 31st, "in February" would overflow
	// into March. Move base to the middle of its month first (Duration
	// is added before the fields are set; a change of clocks on the way
	// moves it an hour at most), and drop its nanoseconds, which no
	// field sets.
	c.Duration = -time.Duration(base.Day()-15)*24*time.Hour - time.Duration(base.Nanosecond())
	c.Year, c.Month, c.Day = ptr(t.Year()), ptr(int(t.Month())), ptr(t.Day())
	c.Hour, c.Minute, c.Second = ptr(hour), ptr(minute), ptr(0)
	c.Weekday = nil
}

// optionHour returns the hour o gives the part of day of TIMEX3 value v
// ("2019-04-26TMO"), or 0.
func optionHour(v string, o *rules.Options) int {
	_, part, _ := strings.Cut(v, "T")
	switch part {
	case "MO":
		return o.Morning
	case "MI":
		return o.Noon
	case "AF":
		return o.Afternoon
	case "EV":
		return o.Evening
	}
	return 0
}

func ptr(n int) *int { return &n }
