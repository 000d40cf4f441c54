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
//	by year-end (2019 END)   by year end   by year's end
//	since year-end (2018 END)
var ruleYearEnd = newRule("yearend", 4, []string{"end"},
	`(?P<cue>(?i:by|since|at|around|until|till|before|after|through|from|to))\s+(?P<x>(?i:year(?:-|\s+|['’]s\s+)end))\b`,
	resolveYearEnd)

func resolveYearEnd(m *match, c *context) (timeline.Date, bool) {
	y := c.anchor.Year()
	if strings.EqualFold(m.get("cue"), "since") {
		y--
	}
	return calendar(fmt.Sprintf("%04d", y), timeline.ModEnd)
}
