package timex

import "github.com/dateline-dev/dateline/timeline"

// ruleMonthYear resolves a month of a given year, optionally qualified.
//
//	April 2019   April of 2019   Sept. 2001   late April 2019 (END)
var ruleMonthYear = newRule("monthyear", 4, monthWords,
	`(?P<x>`+modPat+monthPat+`,?\s+(?:of\s+)?`+yearPat+`)`,
	resolveMonthYear)

func resolveMonthYear(m *match, c *context) (timeline.Date, bool) {
	return calendar(monthValue(atoi(m.get("year")), month(m.get("mon"))), modOf(m.get("mod")))
}
