package timex

import "github.com/dateline-dev/dateline/timeline"

// ruleDayMonth resolves a day written before its month, as British and
// wire copy do, with or without a year.
//
//	26 April 2019   26 April   the 26th of April   Friday 26 April 2019
var ruleDayMonth = newRule("daymonth", 4, monthWords,
	`(?P<x>(?:`+weekdayPat+`,?\s+)?(?:(?i:the)\s+)?`+dayPat+`\s+(?:of\s+)?`+monthDatePat+`(?:,?\s+`+yearPat+`)?)`,
	resolveDayMonth).nearby(dayBefore)

// dayBefore reports whether the month name text[s:e] is capitalised and
// comes after a word that starts with a digit, perhaps with "of" between.
func dayBefore(text string, s, e int) bool {
	if !isUpper(text[s]) {
		return false
	}
	i := s
	for i > 0 && isSpace(text[i-1]) {
		i--
	}
	if i == s {
		return false
	}
	if i >= 2 && text[i-2:i] == "of" {
		j := i - 2
		for j > 0 && isSpace(text[j-1]) {
			j--
		}
		if j < i-2 {
			i = j
		}
	}
	k := i
	for k > 0 && isWordByte(text[k-1]) {
		k--
	}
	return k < i && isDigit(text[k])
}

func resolveDayMonth(m *match, c *context) (timeline.Date, bool) {
	if mon := m.get("mon"); len(mon) > 1 && isUpper(mon[1]) && m.get("year") == "" {
		// "3 MAY BE DEAD": a month in capitals after its day needs
		// its year.
		return timeline.Date{}, false
	}
	return dayOfMonth(m, c, month(m.get("mon")), atoi(m.get("day")))
}
