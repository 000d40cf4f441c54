package timex

import (
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleTheDay resolves a day of the month named by its ordinal alone,
// "the 26th", as news writes a day of the month in focus. It is a date
// only after a preposition that takes a day and before the end of the
// phrase, so "the 26th floor", "the 19th century" and "the 3rd Infantry"
// are left alone. The month is the one the text last named (see
// [Tagger.narrate]); without one, the day is placed as "April 26" is,
// among the anchor's month and the months either side of it.
//
//	on the 26th (2019-04-26)   left on the 5th, after arriving on April 2
//	(2019-04-05)   by the 30th   until the 3rd (2019-05-03)
var ruleTheDay = newRule("theday", 1, []string{"#ord"},
	`(?P<x>(?i:the)\s+(?P<d>[0-9]{1,2})(?i:st|nd|rd|th))\b`,
	resolveTheDay)

// theDayCues are the prepositions before "the 26th".
var theDayCues = setOf(`on by until till since from to through before after for`)

// theDayFollowers are the words that may follow "the 26th": the next
// phrase, not a noun of its own.
var theDayFollowers = setOf(`and or at when to through until till in with but as after before while because
	that which where if than`)

func resolveTheDay(m *match, c *context) (timeline.Date, bool) {
	d := atoi(m.get("d"))
	if d < 1 || d > 31 || !oneOf(prevWord(c.text, m.Left), theDayCues) {
		return timeline.Date{}, false
	}
	next := skipSpace(c.text, m.Right)
	if w := nextWord(c.text, next, min(len(c.text), next+16)); w != "" && !theDayFollowers[w] ||
		next < len(c.text) && isDigit(c.text[next]) {
		return timeline.Date{}, false
	}
	a := c.anchor
	var before, after time.Time // the nearest such day on or before, on or after a
	for k := -1; k <= 1; k++ {
		first := time.Date(a.Year(), a.Month()+time.Month(k), 1, 0, 0, 0, 0, time.UTC)
		if !validDay(first.Year(), int(first.Month()), d) {
			continue
		}
		t := first.AddDate(0, 0, d-1)
		if !t.After(a) {
			before = t
		}
		if !t.Before(a) && after.IsZero() {
			after = t
		}
	}
	t := before
	if before.IsZero() || !after.IsZero() && after.Sub(a) < a.Sub(before) {
		t = after
	}
	switch c.tense(m.Left, m.Right) {
	case tensePast:
		if !before.IsZero() {
			t = before
		}
	case tenseFuture:
		if !after.IsZero() {
			t = after
		}
	}
	if t.IsZero() {
		return timeline.Date{}, false
	}
	return calendar(dayValue(t), timeline.ModNone)
}

// theDayIn returns the day d of the month of f, the date in focus.
func theDayIn(d timeline.Date, f focus) (timeline.Date, bool) {
	day := d.Earliest.UTC().Day()
	if !validDay(f.t.Year(), int(f.t.Month()), day) {
		return timeline.Date{}, false
	}
	return calendar(dayValue(date(f.t.Year(), int(f.t.Month()), day)), timeline.ModNone)
}
