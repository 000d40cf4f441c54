package timex

import (
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleMonthYear resolves a month of a given year, optionally qualified.
//
//	April 2019   April of 2019   Sept. 2001   late April 2019 (END)
var ruleMonthYear = newRule("monthyear", 4, monthWords,
	`(?P<x>`+modPat+monthDatePat+`,?\s+(?:of\s+)?`+yearPat+`)`,
	resolveMonthYear).nearby(yearAfter)

// yearAfter reports whether the month name text[s:e] is capitalised and
// followed by a year, perhaps after a comma or "of".
func yearAfter(text string, s, e int) bool {
	if !isUpper(text[s]) {
		return false
	}
	i := afterMonth(text, e)
	if i < len(text) && text[i] == ',' {
		i++
	}
	j := skipSpace(text, i)
	if j == i {
		return false
	}
	if strings.HasPrefix(text[j:], "of") {
		k := skipSpace(text, j+2)
		if k > j+2 {
			j = k
		}
	}
	// Four digits from 1 or 2: "March 12" is a day.
	return j+4 <= len(text) && (text[j] == '1' || text[j] == '2') && allDigits(text[j:j+4]) && (j+4 == len(text) || !isDigit(text[j+4]))
}

func resolveMonthYear(m *match, c *context) (timeline.Date, bool) {
	mon := month(m.get("mon"))
	if mon == 0 {
		return timeline.Date{}, false
	}
	return calendar(monthValue(atoi(m.get("year")), mon), modOf(m.get("mod")))
}
