package event

import (
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// departRule: a visitor leaves (part of a visit).
//
//	Kim Jong Un left Russia's Far East city of Vladivostok on Friday.
//	Kim's special train pulled out of the Vladivostok railway station.
//	Nakasone sets out Wednesday for Washington.
//
// "left" needs a place ("left the party" is not a departure); "sets out"
// and "departed" need only an actor.
var departRule = &rule{
	travels: true,
	name:    "depart", kind: timeline.KindConsult, mode: timeline.ModeDeparture, action: "leave",
	triggers: []string{"left", "leave", "leaves", "leaving", "departed", "departs", "depart", "departure", "pulled out of", "set out", "sets out", "set off", "sets off"},
	need:     needActor,
	summary: func(p parts) string {
		if strings.HasPrefix(p.trigger, "set") {
			return join(or(p.actor, "A delegation"), "sets out", forPlace(p.place))
		}
		if p.bound {
			return join(or(p.actor, "A delegation"), "leaves", forPlace(p.place))
		}
		return join(or(p.actor, "A delegation"), "leaves", p.place)
	},
	// "left" leaves a place it names: "left Vladivostok", not "left
	// the talks".
	check: func(h *hit, toks []token, recips []*mention) bool {
		return toks[h.t0].lower() != "left" || len(h.places) > 0
	},
}

// forPlace returns "for P", or "" when there is no place.
func forPlace(p string) string {
	if p == "" {
		return ""
	}
	return "for " + p
}
