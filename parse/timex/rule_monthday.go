package timex

import (
	"strings"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleMonthDay resolves a month and a day, with or without a year and a
// weekday. Without a year the year is the anchor's, or the one before or
// after when the tense of the clause says so.
//
//	April 26, 2019     Apr. 26      April 26th
//	Friday, April 26   Friday, April 26, 2019
//	VLADIVOSTOK, Russia, April 26 (UPI) -- Kim left ...   2019-04-26
var ruleMonthDay = newRule("monthday", 1, monthWords,
	`(?P<x>(?:`+weekdayPat+`,?\s+)?`+monthPat+`\s+`+dayPat+`(?:,?\s+`+yearPat+`)?)`,
	resolveMonthDay)

func resolveMonthDay(m *match, c *context) (timeline.Date, bool) {
	return dayOfMonth(m, c, month(m.get("mon")), atoi(m.get("day")))
}

// dayOfMonth resolves month mon, day d of the match's year, or of the
// year its clause points to.
func dayOfMonth(m *match, c *context, mon, d int) (timeline.Date, bool) {
	if y := m.get("year"); y != "" {
		if !validDay(atoi(y), mon, d) {
			return timeline.Date{}, false
		}
		return calendar(dayValue(date(atoi(y), mon, d)), timeline.ModNone)
	}
	a := c.anchor
	var before, after time.Time // nearest on or before / on or after a
	for y := a.Year() - 1; y <= a.Year()+1; y++ {
		if !validDay(y, mon, d) {
			continue
		}
		t := date(y, mon, d)
		if !t.After(a) {
			before = t
		}
		if !t.Before(a) && after.IsZero() {
			after = t
		}
	}
	if before.IsZero() && after.IsZero() {
		return timeline.Date{}, false
	}
	t := before
	switch clauseTense(c.text, m.Left, m.Right) {
	case tenseFuture:
		t = after
	case tenseNone:
		if before.IsZero() || (!after.IsZero() && after.Sub(a) < a.Sub(before)) {
			t = after
		}
	}
	if t.IsZero() {
		return timeline.Date{}, false
	}
	return calendar(dayValue(t), timeline.ModNone)
}

// lowerFields lower-cases s and collapses its spaces.
func lowerFields(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
