package event

import "github.com/dateline-dev/dateline/timeline"

// wreathRule: a visitor lays a wreath (a ceremony of a visit).
//
//	he visited a memorial monument for Russia's unknown soldiers to lay a wreath.
//	Shultz laid a wreath at the Tomb of the Unknown Soldier.
var wreathRule = &rule{
	name: "wreath", kind: timeline.KindOther, mode: timeline.ModeCeremony, action: "lay a wreath",
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
