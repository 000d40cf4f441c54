package event

import (
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// returnRule: a visitor returns home (the end of a visit).
//
//	he is expected to return to Pyongyang.
//	Shultz returned to Washington on Thursday.
//	Makumbi said when he returned from London on Friday.
//	Trump will leave for home on Tuesday.
//	Merkel was due to fly back to Berlin on Friday.
//
// A return from a place ends a visit there (see fromVisit).
var returnRule = &rule{
	travels: true,
	name:    "return", kind: timeline.KindConsult, mode: timeline.ModeDeparture, action: "return",
	triggers: []string{"return to", "returns to", "returned to", "returning to", "return home", "returned home", "returns home",
		"return from", "returns from", "returned from", "returning from", "back from",
		"leave for home", "leaves for home", "left for home", "leaving for home", "head home", "heads home", "headed home",
		"heading home", "fly home", "flies home", "flew home", "flying home",
		"fly back to", "flies back to", "flew back to", "flying back to"},
	need: needActor,
	// "return home", "will leave for home on Tuesday": a journey home
	// needs no place after it.
	arrives: func(h *hit, toks []token, after string) bool { return toks[h.t1-1].low == "home" },
	summary: func(p parts) string {
		if strings.HasSuffix(p.trigger, " from") {
			return join(or(p.actor, "A delegation"), "returns from", p.place)
		}
		return join(or(p.actor, "A delegation"), "returns", or(to(p.place), "home"))
	},
}

// to returns "to P", or "" when there is no place.
func to(p string) string {
	if p == "" {
		return ""
	}
	return "to " + p
}
