package event

import "github.com/dateline-dev/dateline/timeline"

// returnRule: a visitor returns home (the end of a visit).
//
//	he is expected to return to Pyongyang.
//	Shultz returned to Washington on Thursday.
var returnRule = &rule{
	travels: true,
	name:    "return", kind: timeline.KindConsult, mode: timeline.ModeDeparture, action: "return",
	triggers: []string{"return to", "returns to", "returned to", "returning to", "return home", "returned home", "returns home"},
	need:     needActor,
	summary: func(p parts) string {
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
