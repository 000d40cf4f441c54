package event

import "github.com/dateline-dev/dateline/timeline"

// arriveRule: a visitor arrives (part of a visit).
//
//	Shultz arrived in Moscow on Monday.
//	Kim's train arrives at Vladivostok station.
var arriveRule = &rule{
	name: "arrive", kind: timeline.KindConsult, mode: timeline.ModeArrival, action: "arrive",
	triggers: []string{"arrived", "arrives", "arrive", "arriving", "arrival", "landed"},
	need:     needActor,
	summary:  func(p parts) string { return join(or(p.actor, "A delegation"), "arrives", in(p.place)) },
}

// in returns "in P", or "" when there is no place.
func in(p string) string {
	if p == "" {
		return ""
	}
	return "in " + p
}
