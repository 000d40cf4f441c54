package event

import (
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// wreathRule: a visitor lays a wreath (a ceremony of a visit).
//
//	he visited a memorial monument for Russia's unknown soldiers to lay a wreath.
//	Shultz laid a wreath at the Tomb of the Unknown Soldier.
var wreathRule = &rule{
	object: wreathObject,
	name:   "wreath", kind: timeline.KindOther, mode: timeline.ModeCeremony, action: "lay a wreath",
	triggers: []string{"lay a wreath", "laid a wreath", "lays a wreath", "laying a wreath", "wreath-laying", "placed a wreath", "lay wreaths", "laid wreaths"},
	need:     needActor,
	summary: func(p parts) string {
		s := join(or(p.actor, "A delegation"), "lays a wreath")
		if p.object != "" {
			s += " at " + p.object
		}
		return s
	},
}

// wreathObject returns what a wreath is laid at: "laid a wreath at X",
// "visited X to lay a wreath".
func wreathObject(h *hit, toks []token) string {
	if h.t1 < len(toks) && (toks[h.t1].lower() == "at" || toks[h.t1].lower() == "on") {
		end := clauseEnd(toks, h.t1)
		for k := h.t1 + 1; k < end; k++ {
			switch toks[k].low {
			case "on", "in", "during", "after", "before", "when", "while", "as", ".", "to":
				end = k
			}
		}
		return strings.ReplaceAll(phrase(toks, h.t1+1, end), " 's", "'s")
	}
	// "visited X to lay a wreath"
	for k := h.t0 - 1; k >= 0; k-- {
		switch toks[k].lower() {
		case "visited", "visits", "visit", "visiting", "went", "go", "goes":
			if h.t0-1 > k+1 && toks[h.t0-1].lower() == "to" {
				return strings.ReplaceAll(phrase(toks, k+1, h.t0-1), " 's", "'s")
			}
			return ""
		}
		if toks[k].text == "," {
			return ""
		}
	}
	return ""
}
