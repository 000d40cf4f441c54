package timex

import "github.com/dateline-dev/dateline/timeline"

// ruleHalfHour resolves half an hour written as one unit, which the
// length rule does not read ("half an hour" is its).
//
//	a half hour, the first half hour, a half-hour delay (PT30M)
//	every half hour (a set: [ruleSet] reads "every" before lengths)
var ruleHalfHour = newRule("halfhour", 3, []string{"hour"},
	`(?P<x>(?:(?P<pre>(?i:(?:the\s+)?(?:first|last|next|past|final)|an?|the))\s+)(?i:half)[\s-](?i:hour)\b)`,
	resolveHalfHour).startsBefore()

func resolveHalfHour(m *match, c *context) (timeline.Date, bool) {
	return unplaced(timeline.TypeDuration, "PT30M", timeline.ModNone)
}
