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
//	mid-afternoon, by mid afternoon (TAF MID)   midmorning (TMO MID)
//	mid-afternoon yesterday (the day before, TAF MID)
//	by late morning (TMO END)   in early afternoon trading (TAF START)
//	in the night sky, during the morning shift (no time: a thing)
var rulePartOfDay = newRule("partofday", 3, []string{"morning", "afternoon", "evening", "night", "midmorning", "midafternoon"},
	`(?:(?P<cue>(?i:at|in|during|by|until|till|before|after|from|through))\s+)?(?P<x>(?:(?P<lead>(?i:late|early))\s+(?P<prep>(?i:at|in))\s+)?(?:(?P<the>(?i:the))\s+)?(?:(?P<mid>(?i:mid)[\s-]?)(?P<mp>(?i:morning|afternoon))(?:\s+(?P<cd>(?i:yesterday|today|tomorrow)))?|(?P<el>(?i:late|early))[\s-](?P<ep>(?i:morning|afternoon|evening))|(?P<p>(?i:morning|afternoon|evening|night)))\b)`,
	resolvePartOfDay)

func resolvePartOfDay(m *match, c *context) (timeline.Date, bool) {
	if p := m.get("mp"); p != "" {
		n := map[string]int{"yesterday": -1, "tomorrow": 1}[strings.ToLower(m.get("cd"))]
		return calendar(dayValue(c.anchor.AddDate(0, 0, n))+"T"+podCode(p), timeline.ModMid)
	}
	cue, prep := strings.ToLower(m.get("cue")), strings.ToLower(m.get("prep"))
	if p := m.get("ep"); p != "" {
		// "by late morning", "in late afternoon trading": the anchor
		// day's, after a preposition; "a late morning session" is a
		// thing.
		if cue == "" || cue == "at" || podNouns[nextWord(c.text, m.Right, min(len(c.text), m.Right+16))] {
			return timeline.Date{}, false
		}
		return calendar(dayValue(c.anchor)+"T"+podCode(p), modOf(m.get("el")))
	}
	the := m.get("the") != ""
	if m.get("lead") != "" {
		cue = prep
	}
	if podNouns[nextWord(c.text, m.Right, min(len(c.text), m.Right+16))] {
		// "in the night sky", "during the night shift": the part of
		// day describes a thing.
		return timeline.Date{}, false
	}
	switch {
	case cue == "at" && !the && strings.EqualFold(m.get("p"), "night"):
	case (cue == "in" || cue == "during") && the:
	default:
		return timeline.Date{}, false
	}
	return calendar(dayValue(c.anchor)+"T"+podCode(m.get("p")), timeline.ModNone)
}

// podNouns, after a part of day, make it describe a thing rather than
// name a time.
var podNouns = setOf(`sky skies shift shifts club clubs life news show shows paper papers edition editions
	star stars sun light lights air prayer prayers watch school schools vision fog mist train trains`)
