package timex

import (
	"fmt"
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleSet resolves recurring times, TIMEX3 type SET.
//
//	every Monday, on Mondays (XXXX-WXX-1)   every day, daily (P1D)
//	each year, annually, twice a year (P1Y)   every two years (P2Y)
//	each July, every March (XXXX-07, XXXX-03)
//	every other week (P2W)   every morning (XXXX-XX-XXTMO)   every weekend (XXXX-WXX-WE)
//	quarterly (P3M), but not "its quarterly dividend"   every quarter (P1Q)
var ruleSet = newRule("set", 1,
	[]string{"every", "each", "daily", "weekly", "monthly", "annually", "yearly", "nightly", "quarterly", "biweekly", "hourly",
		"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "once", "twice", "times"},
	`(?P<x>(?i:every|each)\s+(?:(?:(?P<other>(?i:other))\s+)?(?:`+numPat+`\s+)?(?P<u>(?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries|quarter)\b)|(?P<pod>(?i:morning|afternoon|evening|night)s?)\b|(?P<we>(?i:weekend))\b|(?P<mon>(?:(?:Janu|Febru)ary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber))\b)|(?:(?P<ev>(?i:every|each))\s+)?(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?P<pl>s)?\b|(?P<adv>(?i:(?:dai|week|month|annual|year|night|quarter|biweek|hour)ly))\b|(?P<freq>(?i:once|twice|(?:three|four|\d+)\s+times))\s+(?i:a|an|per|every|each)\s+(?P<fu>(?i:day|week|month|year|hour))\b)`,
	resolveSet)

func resolveSet(m *match, c *context) (timeline.Date, bool) {
	if mon := m.get("mon"); mon != "" {
		return unplaced(timeline.TypeSet, fmt.Sprintf("XXXX-%02d", month(mon)), timeline.ModNone)
	}
	if wd := m.get("wd"); wd != "" {
		if m.get("ev")+m.get("pl") == "" {
			// A weekday alone is ruleWeekday's.
			return timeline.Date{}, false
		}
		d, _ := weekday(wd)
		return unplaced(timeline.TypeSet, fmt.Sprintf("XXXX-WXX-%d", (int(d)+6)%7+1), timeline.ModNone)
	}
	if m.get("we") != "" {
		return unplaced(timeline.TypeSet, "XXXX-WXX-WE", timeline.ModNone)
	}
	if p := m.get("pod"); p != "" {
		return unplaced(timeline.TypeSet, "XXXX-XX-XXT"+podCode(strings.TrimSuffix(strings.ToLower(p), "s")), timeline.ModNone)
	}
	if a := strings.ToLower(m.get("adv")); a != "" {
		if a == "quarterly" && quarterlyNoun(c.text, m.Left, m.Right) {
			return timeline.Date{}, false
		}
		v := map[string]string{"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
			"nightly": "XXXX-XX-XXTNI", "quarterly": "P3M", "biweekly": "P2W", "hourly": "PT1H"}[a]
		return unplaced(timeline.TypeSet, v, timeline.ModNone)
	}
	u := m.get("fu")
	n := 1.0
	if u == "" {
		u = m.get("u")
		if m.get("n")+m.get("v") != "" {
			f, vague, ok := quantity(m)
			if !ok || vague {
				return timeline.Date{}, false
			}
			n = f
		}
		if m.get("other") != "" {
			n *= 2
		}
	}
	v, ok := durationValue(u, formatNumber(n))
	if !ok {
		return timeline.Date{}, false
	}
	return unplaced(timeline.TypeSet, v, timeline.ModNone)
}

// quarterlyNoun reports whether "quarterly" at text[start:end] describes a
// thing rather than a frequency, which TimeML news gold leaves untagged:
// "its quarterly dividend", "the initial quarterly of five cents".
func quarterlyNoun(text string, start, end int) bool {
	switch prevWord(text, start) {
	case "the", "a", "an", "its", "their", "his", "her", "our", "initial", "first", "regular", "latest", "and":
		return true
	}
	return nextWord(text, end, min(len(text), end+20)) == "dividend"
}
