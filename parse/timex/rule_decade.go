package timex

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleDecade resolves a decade, optionally qualified. A two-digit decade
// is the latest one that has begun by the anchor.
//
//	the 1990s (199)   1990s   the '90s (199)   the mid-1990s (199 MID)
//	the early 2000s (200 START)   the nineties (199)   the late sixties (196 END)
//	the 1990's (199)
//
// A decade in words needs "the": "in his nineties" is an age. Two digits
// without the apostrophe are no decade: "highs in the 90s" is a
// temperature and "since it was in the 50s" a share price.
var ruleDecade = newRule("decade", 4, append([]string{"#decade", "#year"}, decadeWords...),
	`(?P<x>`+modPat+`(?:(?i:the)\s+)?(?:(?P<full>1[0-9][0-9]0|20[0-9]0)['’]?|['’](?P<short>[0-9]0))s\b|(?i:the)\s+(?P<wmod>(?i:early|late|mid)(?:\s+|-))?(?P<word>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b)`,
	resolveDecade).nearby(decadeNear)

// decadeNear reports whether a four-digit trigger text[s:e] can be a
// decade: it ends in 0 and "'s" follows ("the 1990's"). Other triggers
// go on.
func decadeNear(text string, s, e int) bool {
	if e-s != 4 || !isDigit(text[s]) {
		return true
	}
	return text[e-1] == '0' && (strings.HasPrefix(text[e:], "'s") || strings.HasPrefix(text[e:], "’s"))
}

// decadeWords are the decades spelled out, from the twenties.
var decadeWords = []string{"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"}

func resolveDecade(m *match, c *context) (timeline.Date, bool) {
	y := atoi(m.get("full"))
	short := m.get("short")
	if w := strings.ToLower(m.get("word")); w != "" {
		short = fmt.Sprint(20 + 10*slices.Index(decadeWords, w))
	}
	if short != "" {
		y = c.anchor.Year()/100*100 + atoi(short)
		if y > c.anchor.Year() {
			y -= 100
		}
	}
	return calendar(fmt.Sprintf("%03d", y/10), modOf(m.get("mod")+m.get("wmod")))
}
