package timex

import (
	"fmt"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleCentury resolves an ordinal century, optionally qualified.
//
//	the 19th century (18)   the twenty-first century (20)
//	the late 19th century (18 END)   the turn of the century is not one
var ruleCentury = newRule("century", 4, []string{"century"},
	`(?P<x>`+modPat+`(?:(?i:the)\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|`+ordinalWordPat+`)[\s-]+(?i:century)\b)`,
	resolveCentury)

func resolveCentury(m *match, c *context) (timeline.Date, bool) {
	n, ok := ordinal(m.get("ord"))
	if !ok || n < 1 || n > 21 {
		return timeline.Date{}, false
	}
	return calendar(fmt.Sprintf("%02d", n-1), modOf(m.get("mod")))
}
