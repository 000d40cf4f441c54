package timex

import (
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleCasual resolves the days named relative to the anchor, with an
// optional part of day.
//
//	today   yesterday   tomorrow   tonight (TNI)   yesterday morning (TMO)
//	the day before yesterday   the day after tomorrow
//	late yesterday (END)   earlier today (START)
var ruleCasual = newRule("casual", 4, []string{"today", "tonight", "yesterday", "tomorrow"},
	`(?P<x>(?:(?P<lead>(?i:early|late|earlier|later))\s+)?(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow))\b(?:\s+`+podPat+`)?)`,
	resolveCasual)

func resolveCasual(m *match, c *context) (timeline.Date, bool) {
	w := lowerFields(m.get("w"))
	pod := m.get("pod")
	offset := map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
		"the day before yesterday": -2, "the day after tomorrow": 2}[w]
	v := dayValue(c.anchor.AddDate(0, 0, offset))
	switch {
	case w == "tonight" && pod != "":
		return timeline.Date{}, false
	case w == "tonight":
		v += "TNI"
	case pod != "":
		if strings.HasPrefix(w, "the") {
			return timeline.Date{}, false
		}
		v += "T" + podCode(pod)
	}
	return calendar(v, modOf(m.get("lead")))
}
