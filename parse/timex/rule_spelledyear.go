package timex

import (
	"fmt"
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleSpelledYear resolves a year spelled out in words, as broadcast
// transcripts write them, optionally after a month. "Two thousand" is a
// year only after "the year" ("two thousand troops" is a number).
//
//	nineteen ninety-six (1996)   January nineteen ninety-seven (1997-01)
//	the year two thousand (2000)   the year two thousand and one (2001)
var ruleSpelledYear = newRule("spelledyear", 4, append([]string{"nineteen", "thousand"}, monthWords...),
	`(?:`+monthPat+`\s+)?(?i:(?P<c19>nineteen)[\s-]+(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?P<ones>one|two|three|four|five|six|seven|eight|nine))?`+
		`|the\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?P<ones2>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?)\b`,
	resolveSpelledYear).nearby(spelledYearNear)

// spelledYearNear reports whether the trigger text[s:e] can be part of a
// spelled year: "nineteen" before a word, "thousand" after "two", a
// capitalised month before "nineteen".
func spelledYearNear(text string, s, e int) bool {
	switch w := text[s:e]; {
	case strings.EqualFold(w, "thousand"):
		ws, we := wordBefore(text, s, false)
		return strings.EqualFold(text[ws:we], "two")
	case strings.EqualFold(w, "nineteen"):
		return e < len(text) && (text[e] == '-' || isSpace(text[e]))
	}
	return isUpper(text[s]) && strings.EqualFold(nextWord(text, afterMonth(text, e), min(len(text), e+16)), "nineteen")
}

func resolveSpelledYear(m *match, c *context) (timeline.Date, bool) {
	y := 2000
	if m.get("c19") != "" {
		y = 1900 + int(numberWords[strings.ToLower(m.get("tens"))]) + int(numberWords[strings.ToLower(m.get("ones"))])
	} else {
		y += int(numberWords[strings.ToLower(m.get("ones2"))])
	}
	if mon := m.get("mon"); mon != "" {
		return calendar(monthValue(y, month(mon)), timeline.ModNone)
	}
	return calendar(fmt.Sprintf("%04d", y), timeline.ModNone)
}
