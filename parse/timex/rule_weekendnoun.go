package timex

import "github.com/dateline-dev/dateline/timeline"

// ruleWeekendNoun resolves "weekend" as the modifier of an event noun to
// the weekend its clause's tense points to, as "the weekend" is (see
// [theWeekend]):
//
//	paid a brief weekend visit (2019-W16-WE, told on a Monday)
//	will hold weekend talks (2019-W17-WE, told on a Thursday)
//
// "weekend trading" or "weekend editions" are no dates: only the nouns of
// visits, talks and meetings take one.
var ruleWeekendNoun = newRule("weekendnoun", 0, []string{"weekend"},
	`(?P<x>(?i:weekend))\s+(?i:visits?|trips?|talks|meetings?|summit|sessions?|tour|stay|stopover|conference|negotiations|discussions|consultations)\b`,
	resolveWeekendNoun)

func resolveWeekendNoun(m *match, c *context) (timeline.Date, bool) {
	return theWeekend(m, c)
}
