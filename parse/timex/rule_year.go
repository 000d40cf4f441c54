package timex

import (
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleYear resolves a year written in digits, optionally qualified or
// fiscal. Years from 1900 to 2099 stand alone; earlier ones need a
// preposition or a qualifier. Numbers that read as amounts ("$2000",
// "2011 percent", "about 1500", "2,019") are not years.
//
//	in 2011   1998   late 2011 (END)   the end of 2011 (END)
//	mid-2011 (MID)   fiscal 1998   calendar 1987   since 1848
var ruleYear = newRule("year", 4, []string{"#year"},
	`(?P<x>`+modPat+`(?:(?P<fiscal>(?i:(?:fiscal|calendar)(?:\s+year)?))\s+)?`+yearPat+`)`,
	resolveYear)

func resolveYear(m *match, c *context) (timeline.Date, bool) {
	y := m.get("year")
	ys := m.Right - 4
	// "until 1988/1989": two years, each a date; "1986/87" is a split
	// year, and "3/1987" no year.
	pairBefore := ys >= 5 && c.text[ys-1] == '/' && yearDigits(c.text, ys-5) == ys-1 && (ys == 5 || strings.IndexByte(" \t\n\r(\"", c.text[ys-6]) >= 0)
	pairAfter := len(c.text) >= m.Right+5 && c.text[m.Right] == '/' && yearDigits(c.text, m.Right+1) == m.Right+5
	if ys > 0 && strings.ContainsRune("$£€#.,/:+", rune(c.text[ys-1])) && !pairBefore {
		return timeline.Date{}, false
	}
	rest := c.text[m.Right:]
	if len(rest) >= 2 && (rest[0] == ',' || rest[0] == '.' || rest[0] == ':' || rest[0] == '/' && !pairAfter) && isDigit(rest[1]) ||
		strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, "-") && len(rest) > 1 && isDigit(rest[1]) && len(rest) > 3 && rest[3] == '-' {
		return timeline.Date{}, false
	}
	if w := nextWord(c.text, m.Right, min(len(c.text), m.Right+20)); w == "percent" || w == "per" || w == "hours" || w == "hrs" || w == "local" {
		return timeline.Date{}, false // "set for 1900 hours", "1900 local"
	}
	if clockZoneAfter(rest) {
		return timeline.Date{}, false // "three p.m. local (1900 GMT)": a clock's reading
	}
	mod := modOf(m.get("mod"))
	if m.get("mod") == "" && m.get("fiscal") == "" {
		p := prevWord(c.text, ys)
		switch p {
		case "than", "about", "nearly", "almost", "approximately", "roughly", "some", "around", "over", "under", "only", "just":
			return timeline.Date{}, false
		}
		if y < "1900" {
			switch p {
			case "in", "since", "by", "until", "till", "during", "before", "after", "from", "circa", "year":
			default:
				return timeline.Date{}, false
			}
		}
	}
	return calendar(y, mod)
}

// The groups of ruleYear's pattern, for lexYear.
var yearGroups = groupIndex(ruleYear, "x", "mod", "fiscal", "year")

func init() { setLexer(ruleYear, lexYear) }

// lexYear is ruleYear's pattern by hand (see [lexer]).
func lexYear(s string, loc []int) bool {
	g := yearGroups
	for _, q := range orNot(modGroup(s, 0), 0) {
		// (?:(?P<fiscal>(?i:(?:fiscal|calendar)(?:\s+year)?))\s+)?:
		// with "year", without, or no "fiscal" or "calendar".
		fiscal := [3]int{-1, foldWord(s, q, "fiscal", "calendar"), -1}
		if fiscal[1] >= 0 {
			fiscal[0] = foldWord(s, spaceRun(s, fiscal[1]), "year")
		}
		for j, f := range fiscal {
			if j < 2 && f < 0 {
				continue
			}
			y := q
			if f >= 0 {
				y = spaceRun(s, f)
			}
			e := yearDigits(s, y)
			if e < 0 {
				continue
			}
			setGroup(loc, 0, 0, e)
			setGroup(loc, g[0], 0, e)
			if q > 0 {
				setGroup(loc, g[1], 0, q)
			}
			if f >= 0 {
				setGroup(loc, g[2], q, f)
			}
			setGroup(loc, g[3], y, e)
			return true
		}
	}
	return false
}

// clockZoneAfter reports whether rest, the text after four digits, opens
// with a time zone: "1900 GMT", "0730 EST" are clock times.
func clockZoneAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, z := range []string{"GMT", "UTC", "EST", "EDT", "PST", "PDT", "CST", "CDT", "BST", "CET", "CEST", "JST", "IST"} {
		if strings.HasPrefix(rest, z) && (len(rest) == len(z) || !isLetter(rest[len(z)])) {
			return true
		}
	}
	return false
}
