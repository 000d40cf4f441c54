package timex

import (
	"fmt"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleDecade resolves a decade, optionally qualified. A two-digit decade
// is the latest one that has begun by the anchor.
//
//	the 1990s (199)   1990s   the '90s (199)   the mid-1990s (199 MID)
//	the early 2000s (200 START)
var ruleDecade = newRule("decade", 4, []string{"#decade"},
	`(?P<x>`+modPat+`(?:(?i:the)\s+)?(?:(?P<full>1[0-9][0-9]0|20[0-9]0)|['’](?P<short>[0-9]0))s\b)`,
	resolveDecade)

func resolveDecade(m *match, c *context) (timeline.Date, bool) {
	y := atoi(m.get("full"))
	if s := m.get("short"); s != "" {
		y = c.anchor.Year()/100*100 + atoi(s)
		if y > c.anchor.Year() {
			y -= 100
		}
	}
	return calendar(fmt.Sprintf("%03d", y/10), modOf(m.get("mod")))
}
