package event

import "github.com/dateline-dev/dateline/timeline"

// talksRule: actors hold talks or negotiations (CAMEO 046, engage in
// negotiation).
//
//	Shultz arrived for three days of talks with Shevardnadze.
//	Nakasone's talks with Reagan are scheduled for Thursday and Friday.
//	Argentina has been negotiating with the IMF for a year.
//
// Talks need another actor: "merger talks" between companies have no
// recognised political actor and yield nothing.
var talksRule = &rule{
	name: "talks", kind: timeline.KindConsult, mode: timeline.ModeMeeting, cameo: "046", action: "talks",
	triggers: []string{"talks", "negotiations", "held talks", "hold talks", "holds talks", "holding talks",
		"negotiating with", "negotiated with", "negotiate with", "negotiates with"},
	need:    needRecipient,
	hosted:  true,
	summary: func(p parts) string { return join(or(p.actor, "Officials"), "holds talks", with(p.recipients)) },
	// Talks need a state's side and no business in their clause
	// ("talks with 37 companies").
	check: func(h *hit, toks []token, recips []*mention) bool {
		return political(h.actor, recips) && !commercial(toks, h, h.end)
	},
}
