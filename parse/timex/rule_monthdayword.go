package timex

import (
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleMonthDayWord resolves a month and a day from one to nine written
// as a word, as wire copy writes small numbers: "payable April one",
// "Record March Two", "effective March six, 1987". The year is chosen
// as for [ruleMonthDay]. A count after a month is no day: "in April two
// years ago", "since June five companies", and "May one day" is the
// modal unless a word that dates a payment or a deadline comes before it.
var ruleMonthDayWord = newRule("monthday", 1, monthWords,
	`(?P<x>`+monthDatePat+`\s+(?P<dw>(?i:one|two|three|four|five|six|seven|eight|nine))\b(?:,?\s+`+yearPat+`)?)`,
	resolveMonthDayWord).nearby(dayWordAfter)

// dayWordAfter reports whether the month name text[s:e] is capitalised
// and followed by a number word from one to nine.
func dayWordAfter(text string, s, e int) bool {
	if !isUpper(text[s]) {
		return false
	}
	j := skipSpace(text, afterMonth(text, e))
	n, ok := numberWords[strings.ToLower(nextWord(text, j, min(len(text), j+8)))]
	return ok && n >= 1 && n <= 9
}

func resolveMonthDayWord(m *match, c *context) (timeline.Date, bool) {
	if m.get("year") == "" {
		if j := m.Right; j < len(c.text) && (c.text[j] == '-' || isLetter(c.text[j])) {
			return timeline.Date{}, false // "April one-for-one"
		}
		if countNouns[nextWord(c.text, m.Right, min(len(c.text), m.Right+16))] {
			return timeline.Date{}, false
		}
	}
	if strings.EqualFold(m.get("mon"), "may") && !dayWordCues[prevWord(c.text, m.Left)] {
		return timeline.Date{}, false
	}
	n := numberWords[strings.ToLower(m.get("dw"))]
	return dayOfMonth(m, c, month(m.get("mon")), int(n))
}

// countNouns after a number word make it a count, not a day.
var countNouns = setOf(`day days week weeks month months year years quarter quarters hour hours minute minutes
	pct percent per mln billion million thousand hundred dlrs dollars cents cts of more times other others
	companies firms banks people members countries`)

// dayWordCues before "May" and a number word make it a date: "Pay May
// One", "on May two".
var dayWordCues = setOf(`pay payable paid record on by until till through ended ending effective before after since
	from to of`)
