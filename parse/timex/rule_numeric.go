package timex

import (
	"fmt"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleNumeric resolves all-digit dates: ISO 8601, with or without a clock
// time, and US month/day/year (day/month/year when the first number
// cannot be a month).
//
//	2019-04-26   2019-04-26T15:43:00Z   4/26/2019   26/4/2019
var ruleNumeric = newRule("numeric", 2, []string{"#year"},
	`(?P<x>(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<hh>\d{2}):(?P<mm>\d{2})(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?|(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y2>\d{4}))\b`,
	resolveNumeric).nearby(numericYear)

// numericYear reports whether the year text[s:e] is part of a numeric
// date: followed by "-" or after "/".
func numericYear(text string, s, e int) bool {
	return e < len(text) && text[e] == '-' || s > 0 && text[s-1] == '/'
}

func resolveNumeric(m *match, c *context) (timeline.Date, bool) {
	y, mo, d := atoi(m.get("y")), atoi(m.get("m")), atoi(m.get("d"))
	if m.get("y2") != "" {
		y, mo, d = atoi(m.get("y2")), atoi(m.get("a")), atoi(m.get("b"))
		if mo > 12 {
			mo, d = d, mo
		}
	}
	if !validDay(y, mo, d) {
		return timeline.Date{}, false
	}
	v := dayValue(date(y, mo, d))
	if hh := m.get("hh"); hh != "" {
		v += fmt.Sprintf("T%s:%s", hh, m.get("mm"))
	}
	return calendar(v, timeline.ModNone)
}
