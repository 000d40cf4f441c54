package timex

import (
	"fmt"
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleEra resolves a year, decade or century written with its era, BC
// (BCE) or AD (CE), with an optional qualifier and a month or season of
// the year. TIMEX3 writes a year BC as "BC" and four digits.
//
//	493 BC (BC0493)   480 BCE (BC0480)   AD 9 (0009)   1066 AD (1066)
//	early 480 BC (BC0480 START)   June 479 BC (BC0479-06)   20 September 480 BC (BC0480-09-20)
//	the spring of 480 BC (BC0480-SP)   late autumn of 481 BC (BC0481-FA END)
//	the 470s BC (BC047)   the end of the 460s BC (BC046 END)
//	the 9th century BC (BC08)   the middle of the 9th century BC (BC08 MID)
var ruleEra = newRule("era", 6, append([]string{"bc", "bce", "ad", "ce", "spring", "summer", "autumn", "fall", "winter"}, monthWords...),
	`(?P<x>`+modPat+`(?:(?:(?P<d>[12][0-9]|3[01]|0?[1-9])\s+)?`+monthPat+`\s+|(?:(?i:the)\s+)?(?P<season>(?i:spring|summer|autumn|fall|winter))\s+(?:of\s+)?)?`+
		`(?:(?i:the)\s+(?P<c>[0-9]{1,2})(?i:st|nd|rd|th)\s+(?i:century)|(?:(?i:the)\s+)?(?P<n>[0-9]{1,4})(?P<s>s)?)`+
		`\s?(?P<era>BCE|BC|AD|CE)\b|(?P<ad>AD)\s(?P<adn>[0-9]{1,4})\b)`,
	resolveEra).nearby(eraNear)

// eraNear reports whether an era can follow the trigger text[s:e]: the
// era itself, or a month or season with "BC", "BCE", "AD" or "CE" in the
// 24 bytes after it.
func eraNear(text string, s, e int) bool {
	switch text[s:e] {
	case "BC", "BCE", "AD", "CE":
		return true
	}
	after := text[e:min(len(text), e+24)]
	for _, era := range [...]string{" BC", " AD", " CE", "0BC", "0AD", "0CE"} {
		if strings.Contains(after, era) {
			return true
		}
	}
	for i := 0; i+2 < len(after); i++ {
		if isDigit(after[i]) && (strings.HasPrefix(after[i+1:], "BC") || strings.HasPrefix(after[i+1:], "AD") || strings.HasPrefix(after[i+1:], "CE")) {
			return true
		}
	}
	return false
}

func resolveEra(m *match, c *context) (timeline.Date, bool) {
	bc := strings.HasPrefix(m.get("era"), "B")
	n, s := m.get("n"), m.get("s")
	if m.get("ad") != "" {
		n = m.get("adn")
	}
	var v string
	switch cen := m.get("c"); {
	case cen != "":
		k := atoi(cen)
		if k < 1 || k > 99 {
			return timeline.Date{}, false
		}
		v = fmt.Sprintf("%02d", k-1)
	case s != "":
		y := atoi(n)
		if y%10 != 0 || len(n) < 2 {
			return timeline.Date{}, false // "the 5s BC"
		}
		v = fmt.Sprintf("%03d", y/10)
	default:
		y := atoi(n)
		if y < 1 || n[0] == '0' {
			return timeline.Date{}, false
		}
		v = fmt.Sprintf("%04d", y)
	}
	if mon := m.get("mon"); mon != "" {
		if len(v) != 4 {
			return timeline.Date{}, false
		}
		v += fmt.Sprintf("-%02d", month(mon))
		if d := m.get("d"); d != "" {
			v += fmt.Sprintf("-%02d", atoi(d))
		}
	} else if se := strings.ToLower(m.get("season")); se != "" {
		if len(v) != 4 {
			return timeline.Date{}, false
		}
		v += "-" + [...]string{"WI", "SP", "SU", "FA"}[seasonCodes[se]]
	}
	if bc {
		v = "BC" + v
	}
	return calendar(v, modOf(m.get("mod")))
}
