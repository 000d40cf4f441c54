package event

import "github.com/dateline-dev/dateline/timeline"

// hostMeetingRule: a state or a body hosts a meeting of others (PLOVER
// CONSULT, mode multilateral, as [multilateralRule]).
//
//	NIGERIA HOSTS TALKS ON AFRICAN ECONOMIES
//	Indonesia will host a summit of ASEAN leaders in Jakarta next week.
//
// Hosting a visitor is [hostRule]'s: the host's guest follows the verb
// there, a meeting noun here.
var hostMeetingRule = &rule{
	name: "host-meeting", kind: timeline.KindConsult, mode: timeline.ModeMultilateral, cameo: "040", action: "meeting",
	triggers: []string{"hosts talks", "host talks", "hosted talks", "hosting talks",
		"hosts a conference", "host a conference", "hosted a conference", "hosting a conference",
		"hosts a summit", "host a summit", "hosted a summit", "hosting a summit",
		"hosts a meeting", "host a meeting", "hosted a meeting", "hosting a meeting",
		"hosts * conference", "host * conference", "hosted * conference", "hosts * summit", "host * summit", "hosted * summit"},
	need:    needActor,
	summary: func(p parts) string { return join(or(p.actor, "A government"), "hosts", or(p.object, "a meeting")) },
	object: func(h *hit, toks []token) string {
		return toks[h.t1-1].low
	},
	check: func(h *hit, toks []token, recips []*mention) bool {
		t := h.actor.ent.actor.Type
		return t == "country" || t == "organisation" || t == "government"
	},
}
