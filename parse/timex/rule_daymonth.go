package timex

import "github.com/dateline-dev/dateline/timeline"

// ruleDayMonth resolves a day written before its month, as British and
// wire copy do, with or without a year.
//
//	26 April 2019   26 April   the 26th of April   Friday 26 April 2019
var ruleDayMonth = newRule("daymonth", 4, monthWords,
	`(?P<x>(?:`+weekdayPat+`,?\s+)?(?:(?i:the)\s+)?`+dayPat+`\s+(?:of\s+)?`+monthPat+`(?:,?\s+`+yearPat+`)?)`,
	resolveDayMonth)

func resolveDayMonth(m *match, c *context) (timeline.Date, bool) {
	return dayOfMonth(m, c, month(m.get("mon")), atoi(m.get("day")))
}
