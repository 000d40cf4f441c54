package timex

import (
	"fmt"
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleClock resolves a clock time on the anchor day. The tagger joins it
// to a day the text puts next to it ("Friday at 3 p.m.").
//
//	3:43 PM   3 p.m.   10am   15:43   noon   midnight (T24:00)
//	1400 GMT, 10:00 GMT (the zone is in the extent, not the value, as
//	TimeBank writes "9 a.m. EST Tuesday")   set for 1900 hours (T19:00)
var ruleClock = newRule("clock", 2, []string{"m", "am", "pm", "#hhmm", "noon", "midday", "midnight", "gmt", "utc", "est", "edt", "bst", "cet", "hours", "hrs"},
	`(?P<x>(?:(?P<h>[01]?[0-9]|2[0-3])(?:[:.](?P<mi>[0-5][0-9]))?\s*(?P<ap>[aApP](?:\.\s?[mM]\b\.?|\s?[mM]\b))|(?P<h24>[01]?[0-9]|2[0-3]):(?P<mi24>[0-5][0-9])\b|(?P<word>(?i:noon|midday|midnight))\b)(?:\s*(?P<zone>GMT|UTC|E[SD]?T|P[SD]?T|C[SD]?T|BST|CET)\b)?|(?P<mh>[01][0-9]|2[0-3])(?P<mm>[0-5][0-9])\s*(?P<zone>GMT|UTC|E[SD]?T|P[SD]?T|C[SD]?T|BST|CET)\b|(?P<mh>[01][0-9]|2[0-3])(?P<mm>[0-5][0-9])\s*(?P<hrs>hours|hrs)\b)`,
	resolveClock)

func resolveClock(m *match, c *context) (timeline.Date, bool) {
	h, mi := atoi(m.get("h")), atoi(m.get("mi"))
	switch {
	case m.get("word") != "":
		h = 12
		if strings.EqualFold(m.get("word"), "midnight") {
			h = 24
		}
	case m.get("hrs") != "":
		// "A full council meeting was set for 1900 hours": a clock in
		// the military style after a preposition of time; "1900 hours
		// of work" is a length.
		switch prevWord(c.text, m.Left) {
		case "at", "for", "until", "till", "by", "from", "to", "before", "after", "and", "since":
		default:
			return timeline.Date{}, false
		}
		h, mi = atoi(m.get("mh")), atoi(m.get("mm"))
	case m.get("mh") != "":
		if m.Left > 0 && c.text[m.Left-1] == '(' {
			// "10:35 a.m. (0735 GMT)": the other clock's reading of
			// a time already tagged.
			return timeline.Date{}, false
		}
		h, mi = atoi(m.get("mh")), atoi(m.get("mm"))
	case m.get("h24") != "":
		h, mi = atoi(m.get("h24")), atoi(m.get("mi24"))
		if c.text[m.Left] == '0' && len(m.get("h24")) == 1 {
			return timeline.Date{}, false
		}
	default:
		if h < 1 || h > 12 {
			return timeline.Date{}, false
		}
		pm := m.get("ap")[0]|0x20 == 'p'
		switch {
		case pm && h < 12:
			h += 12
		case !pm && h == 12:
			h = 0
		}
	}
	if m.Right < len(c.text) && c.text[m.Right] == ':' || m.Left > 0 && c.text[m.Left-1] == ':' {
		// "won in 2:08:15": a race's time, hours, minutes and
		// seconds, is no time of day, nor is its tail "08:15".
		return timeline.Date{}, false
	}
	return calendar(fmt.Sprintf("%sT%02d:%02d", dayValue(c.anchor), h, mi), timeline.ModNone)
}
