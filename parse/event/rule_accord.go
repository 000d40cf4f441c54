package event

import "github.com/dateline-dev/dateline/timeline"

// accordRule: an accord reached by an organisation's members tells of the
// meeting they reached it at (PLOVER CONSULT, mode multilateral, as
// [multilateralRule]).
//
//	the agreement reached by OPEC ministers in Vienna on Saturday
//	the agreement reached last month in Paris by six major industrial nations
//
// The organisation must follow "by" in the clause; an accord with no one
// named, or reached by a state or a company, tells of no meeting. Its
// members reaching an accord as the subject ("OPEC ministers reached an
// agreement") are [membersRule]'s.
var accordRule = &rule{
	name: "accord", kind: timeline.KindConsult, mode: timeline.ModeMultilateral, cameo: "040", action: "meeting",
	triggers: []string{"agreement reached", "accord reached", "agreement was reached", "accord was reached",
		"agreement struck", "accord struck", "agreement worked out", "accord worked out"},
	need:    needOrganisation,
	summary: func(p parts) string { return join("Meeting of", or(p.actor, "an organisation")) },
	check: func(h *hit, toks []token, recips []*mention) bool {
		return h.actor != nil && h.actor.prep == "by"
	},
}
