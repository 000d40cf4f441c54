package timex

import (
	"fmt"
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleYearEnd resolves the end of the year named as one word after a
// preposition: the anchor's year, or the year before after "since". As an
// adjective ("year-end results") it names no date and is left alone.
//
//	by year-end (2019 END)   by year end   by year's end   by the year end
//	since year-end (2018 END)
var ruleYearEnd = newRule("yearend", 4, []string{"end"},
	`(?P<cue>(?i:by|since|at|around|until|till|before|after|through|from|to))\s+(?P<x>(?:(?i:the)\s+)?(?i:year(?:-|\s+|['’]s\s+)end))\b`,
	resolveYearEnd).nearby(afterYear)

// afterYear reports whether the trigger text[s:e] comes right after
// "year", "year-" or "year's", as ruleYearEnd's "end" must.
func afterYear(text string, s, e int) bool {
	ws, we := wordBefore(text, s, true)
	w := text[ws:we]
	return len(w) == 1 && (w[0] == 's' || w[0] == 'S') || len(w) == len("year") && strings.EqualFold(w, "year")
}

func resolveYearEnd(m *match, c *context) (timeline.Date, bool) {
	y := c.anchor.Year()
	if strings.EqualFold(m.get("cue"), "since") {
		y--
	}
	return calendar(fmt.Sprintf("%04d", y), timeline.ModEnd)
}
