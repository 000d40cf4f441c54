package timex

import (
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// rulePartOfDay resolves a part of day on the anchor day, when the text
// marks it as a time ("at night", "in the morning") rather than a noun.
//
//	late at night (TNI)   at night (TNI)   early in the morning (TMO)
//	in the afternoon (TAF)   during the evening (TEV)
var rulePartOfDay = newRule("partofday", 3, []string{"morning", "afternoon", "evening", "night"},
	`(?:(?P<cue>(?i:at|in|during))\s+)?(?P<x>(?:(?P<lead>(?i:late|early))\s+(?P<prep>(?i:at|in))\s+)?(?:(?P<the>(?i:the))\s+)?(?P<p>(?i:morning|afternoon|evening|night))\b)`,
	resolvePartOfDay)

func resolvePartOfDay(m *match, c *context) (timeline.Date, bool) {
	cue, prep := strings.ToLower(m.get("cue")), strings.ToLower(m.get("prep"))
	the := m.get("the") != ""
	if m.get("lead") != "" {
		cue = prep
	}
	switch {
	case cue == "at" && !the && strings.EqualFold(m.get("p"), "night"):
	case (cue == "in" || cue == "during") && the:
	default:
		return timeline.Date{}, false
	}
	return calendar(dayValue(c.anchor)+"T"+podCode(m.get("p")), timeline.ModNone)
}
