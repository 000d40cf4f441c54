package event

import "github.com/dateline-dev/dateline/timeline"

// takePowerRule: a leader takes power — not diplomatic itself, but the
// reference point stories date visits by ("the first since he took power
// in late 2011").
var takePowerRule = &rule{
	noFocus: true,
	name:    "take-power", kind: timeline.KindOther, mode: "leadership", action: "take power",
	triggers: []string{"took power", "take power", "takes power", "came to power", "come to power", "took office", "assumed power", "seized power", "sworn in"},
	need:     needActor,
	summary:  func(p parts) string { return join(or(p.actor, "A leader"), "takes power", in(p.place)) },
}
