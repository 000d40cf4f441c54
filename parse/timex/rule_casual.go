package timex

import (
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleCasual resolves the days named relative to the anchor, with an
// optional part of day.
//
//	today   yesterday   tomorrow   tonight (TNI)   yesterday morning (TMO)
//	the day before yesterday   the day after tomorrow
//	late yesterday (END)   earlier today (START)
var ruleCasual = newRule("casual", 4, []string{"today", "tonight", "yesterday", "tomorrow"},
	`(?P<x>(?:(?P<lead>(?i:early|late|earlier|later))\s+)?(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow))\b(?:\s+`+podPat+`)?)`,
	resolveCasual)

func resolveCasual(m *match, c *context) (timeline.Date, bool) {
	w := lowerFields(m.get("w"))
	if m.get("w") == "Today" && m.get("lead") == "" && titleToday(c.text, m.Left) {
		return timeline.Date{}, false
	}
	pod := m.get("pod")
	offset := map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
		"the day before yesterday": -2, "the day after tomorrow": 2}[w]
	v := dayValue(c.anchor.AddDate(0, 0, offset))
	switch {
	case w == "tonight" && pod != "":
		return timeline.Date{}, false
	case w == "tonight":
		v += "TNI"
	case pod != "":
		if strings.HasPrefix(w, "the") {
			return timeline.Date{}, false
		}
		v += "T" + podCode(pod)
	}
	return calendar(v, modOf(m.get("lead")))
}

// titleToday reports whether the capitalised "Today" at text[i:] is part
// of a name: after a capitalised word, "the" or a possessive, as in "USA
// Today", "VOA Today", "the Today newspaper", "Singapore's Today".
func titleToday(text string, i int) bool {
	ws, we := wordBefore(text, i, false)
	if ws == we {
		return false
	}
	w := text[ws:we]
	return isUpper(w[0]) || w == "the" || w == "s" && ws > 0 && (text[ws-1] == '\'' || strings.HasSuffix(text[:ws], "’"))
}

// The groups of ruleCasual's pattern, for lexCasual.
var casualGroups = groupIndex(ruleCasual, "x", "lead", "w", "pod")

func init() { setLexer(ruleCasual, lexCasual) }

// lexCasual is ruleCasual's pattern by hand (see [lexer]).
func lexCasual(s string, loc []int) bool {
	g := casualGroups
	lead := foldWord(s, 0, "early", "late", "earlier", "later")
	for _, l := range orNot(lead, -1) {
		p := 0
		if l >= 0 {
			p = spaceRun(s, l)
		}
		e := foldWordB(s, p, "today", "tonight", "yesterday", "tomorrow")
		if t := foldWord(s, p, "the"); t >= 0 {
			if d := foldWord(s, spaceRun(s, t), "day"); d >= 0 {
				d = spaceRun(s, d)
				if b := foldWord(s, d, "before"); b >= 0 {
					e = foldWordB(s, spaceRun(s, b), "yesterday")
				} else if a := foldWord(s, d, "after"); a >= 0 {
					e = foldWordB(s, spaceRun(s, a), "tomorrow")
				}
			}
		}
		if e < 0 {
			continue
		}
		setGroup(loc, g[2], p, e)
		if l >= 0 {
			setGroup(loc, g[1], 0, l)
		}
		if q := spaceRun1(s, e); q >= 0 {
			if z := foldWordB(s, q, "morning", "afternoon", "evening", "night"); z >= 0 {
				setGroup(loc, g[3], q, z)
				e = z
			}
		}
		setGroup(loc, 0, 0, e)
		setGroup(loc, g[0], 0, e)
		return true
	}
	return false
}
