package timex

import (
	"fmt"
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleAgo resolves a span counted back from the anchor, at the precision
// of its unit; a vague count gives PAST_REF.
//
//	three days ago (2019-04-23)   two weeks ago (2019-W15)
//	six months ago (2018-10)      a year ago (2018)   two decades ago (199)
//	about a year ago (2018 APPROX)   several years ago (PAST_REF)
//	a year earlier (2018; in news "earlier" counts years back from the
//	anchor, while "two days earlier" counts from the day in focus)
//	two weeks from now (2019-W19)   a year from today (2020)
//	several years from now (FUTURE_REF)
//
// In a text about a quarter, a year back is that quarter a year back:
// "third-quarter profit rose from $5 million a year ago" (2018-Q3); see
// [Tagger.refocus].
var ruleAgo = newRule("ago", 4, []string{"ago", "earlier", "now", "today"},
	`(?P<x>(?:(?P<q>(?i:more\s+than|less\s+than|nearly|almost|about|around|roughly|approximately|some|just|only))\s+)?`+numPat+`[\s-]+`+unitPat+`\s+(?P<dir>(?i:ago|earlier|from\s+(?:now|today)))\b)`,
	resolveAgo).nearby(agoAfter)

// agoAfter reports whether the trigger text[s:e] can end a span of
// ruleAgo: "ago" and "earlier" right after a unit ("two years ago",
// not "said earlier"), "now" and "today" after "from" and a unit.
func agoAfter(text string, s, e int) bool {
	if oneOf(text[s:e], nowWords) {
		ws, we := wordBefore(text, s, false)
		if we-ws != len("from") || !strings.EqualFold(text[ws:we], "from") {
			return false
		}
		s = ws
	}
	ws, we := wordBefore(text, s, false)
	return ws < we && oneOf(text[ws:we], units)
}

var (
	nowWords = setOf(`now today`)
	units    = setOf(strings.Join(unitWords, " "))
)

func resolveAgo(m *match, c *context) (timeline.Date, bool) {
	if strings.EqualFold(m.get("dir"), "earlier") && nextWord(c.text, m.Right, min(len(c.text), m.Right+8)) == "than" {
		// "a year earlier than planned" compares; its length is
		// [ruleDuration]'s.
		return timeline.Date{}, false
	}
	mod := timeline.ModNone
	switch lowerFields(m.get("q")) {
	case "more than":
		mod = timeline.ModBefore
	case "less than":
		mod = timeline.ModAfter
	case "nearly", "almost", "about", "around", "roughly", "approximately", "some":
		mod = timeline.ModApprox
	}
	ahead := strings.HasPrefix(strings.ToLower(m.get("dir")), "from")
	f, vague, ok := quantity(m)
	if vague {
		if ahead {
			return unplaced(timeline.TypeDate, "FUTURE_REF", mod)
		}
		return unplaced(timeline.TypeDate, "PAST_REF", mod)
	}
	if !ok || f != float64(int(f)) || f > 1000 {
		return timeline.Date{}, false
	}
	n := int(f)
	if ahead {
		// "two weeks from now": counted ahead. ("More than a year
		// from now" is one word too long for the tagger's look-back.)
		n = -n
	}
	a := c.anchor
	u := strings.ToLower(m.get("u"))
	if strings.EqualFold(m.get("dir"), "earlier") && !strings.HasPrefix(u, "year") && !strings.HasPrefix(u, "decade") {
		return timeline.Date{}, false
	}
	switch {
	case strings.HasPrefix(u, "second"), strings.HasPrefix(u, "minute"), strings.HasPrefix(u, "hour"):
		return calendar(dayValue(a), mod)
	case strings.HasPrefix(u, "day"):
		return calendar(dayValue(a.AddDate(0, 0, -n)), mod)
	case strings.HasPrefix(u, "week"):
		return calendar(weekValue(a.AddDate(0, 0, -7*n)), mod)
	case strings.HasPrefix(u, "month"):
		t := a.AddDate(0, -n, 1-a.Day())
		return calendar(monthValue(t.Year(), int(t.Month())), mod)
	case strings.HasPrefix(u, "year"):
		return calendar(fmt.Sprintf("%04d", a.Year()-n), mod)
	case strings.HasPrefix(u, "decade"):
		// "a decade ago" is the year ten years back, as TimeBank
		// writes it (1989 in 1999), not the decade it falls in.
		return calendar(fmt.Sprintf("%04d", a.Year()-10*n), mod)
	default:
		return calendar(fmt.Sprintf("%02d", (a.Year()-100*n)/100), mod)
	}
}
