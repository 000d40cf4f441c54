package timex

import (
	"regexp"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleSlashDate resolves a month and day written with a slash and no
// year, US style, placed in a year as [ruleMonthDay] places "April 26".
// Fractions and scores ("3/4 of voters", "won 3/1") are written the same
// way, so it is a date only after "on", "since", "until", "till", "by" or
// "from", or before a clock time, and after "by" and "from" not when it
// reads as a common fraction ("cut by 1/4").
//
//	on 4/26 (2019-04-26)   since 12/1 (2018-12-01)   until 5/3
//	4/26 at 3 p.m. (TIME 2019-04-26T15:00)
//	3/4 of voters, by 1/3, from 1/2 percent, 24/7, 9/11 (none)
var ruleSlashDate = newRule("slashdate", 0, []string{"#md"},
	`(?P<x>(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2}))\b`,
	resolveSlashDate)

// clockAfter matches a clock time right after a day: ", at 3 p.m.",
// " 10am", " noon".
var clockAfter = regexp.MustCompile(`^,?\s+(?:at\s+)?(?:\d{1,2}(?::\d\d)?\s*[aApP]\.?\s?[mM]\b|(?i:noon|midnight)\b)`)

// notDateAfter are words that make a number with a slash a fraction or a
// ratio.
var notDateAfter = setOf(`percent pct of point points inch inches mile miles cup cups share shares pound pounds
	ounce ounces lb lbs mm cm kg odds ratio`)

func resolveSlashDate(m *match, c *context) (timeline.Date, bool) {
	a, b := m.get("a"), m.get("b")
	mon, d := atoi(a), atoi(b)
	if a == "9" && b == "11" {
		// The attacks of 2001, a name more than a date.
		return timeline.Date{}, false
	}
	rest := c.text[m.Right:]
	if len(rest) > 0 && (rest[0] == '/' || rest[0] == '%') ||
		len(rest) > 1 && (rest[0] == '.' || rest[0] == ',' || rest[0] == '-' || rest[0] == ':') && isDigit(rest[1]) {
		// "4/26/2019" is the numeric rule's; "3/4%", "1/2.5" are no days.
		return timeline.Date{}, false
	}
	if oneOf(nextWord(c.text, m.Right, min(len(c.text), m.Right+20)), notDateAfter) {
		return timeline.Date{}, false
	}
	if m.Left > 0 && !isSpace(c.text[m.Left-1]) {
		// "$1/2", "(3/4)", "-1/2".
		return timeline.Date{}, false
	}
	switch prevWord(c.text, m.Left) {
	case "on", "since", "until", "till":
	case "by", "from":
		switch d {
		case 2, 3, 4, 8, 16, 32:
			if mon < d {
				return timeline.Date{}, false
			}
		}
	default:
		if !clockAfter.MatchString(rest) {
			return timeline.Date{}, false
		}
	}
	if mon < 1 || mon > 12 {
		return timeline.Date{}, false
	}
	return nearestDay(m, c, func(y int) (time.Time, bool) {
		return date(y, mon, d), validDay(y, mon, d)
	})
}
