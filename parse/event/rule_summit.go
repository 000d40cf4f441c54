package event

import "github.com/dateline-dev/dateline/timeline"

// summitRule: leaders hold a summit (CAMEO 040, consult).
//
//	On Thursday, Kim held his much-anticipated summit with Putin.
//	a day after his summit with Russian President Vladimir Putin
var summitRule = &rule{
	name: "summit", kind: timeline.KindConsult, mode: timeline.ModeMeeting, cameo: "040", action: "summit",
	triggers: []string{"summit", "summits", "summit meeting", "summit talks"},
	need:     needActor,
	summary: func(p parts) string {
		if p.attends {
			return join(or(p.actor, "Leaders"), "attends a summit", with(p.recipients))
		}
		return join(or(p.actor, "Leaders"), "holds a summit", with(p.recipients))
	},
	// "a summit of business leaders" is commerce.
	check: func(h *hit, toks []token, recips []*mention) bool { return !commercial(toks, h, h.end) },
}
