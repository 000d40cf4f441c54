package event

import "github.com/dateline-dev/dateline/timeline"

// signRule: actors sign a formal agreement (PLOVER SUPPORT, CAMEO 057).
//
//	The two sides signed a treaty on Tuesday.
//	Shultz and Shevardnadze will sign an agreement on nuclear testing.
var signRule = &rule{
	object: signObject,
	name:   "sign", kind: timeline.KindSupport, mode: "sign", cameo: "057", action: "sign",
	triggers: []string{"signed", "sign", "signs", "signing"},
	need:     needAgreement,
	summary: func(p parts) string {
		return join(or(p.actor, "The parties"), "signs", or(p.object, "an agreement"), with(p.recipients))
	},
	// A state signs, and no loan from the Export-Import Bank is a
	// treaty.
	check: func(h *hit, toks []token, recips []*mention) bool {
		return political(h.actor, recips) && !commercial(toks, h, h.end)
	},
}

// signObject returns the noun phrase of what is signed: "signed last
// week an agreement" signs "an agreement", "the signing of agreements"
// signs "agreements".
func signObject(h *hit, toks []token) string {
	// The noun phrase of the agreement noun: "signed last week an
	// agreement" signs "an agreement", "the signing of agreements"
	// signs "agreements".
	end := clauseEnd(toks, h.t1)
	start := h.t1
	for k := h.t1; k < end; k++ {
		switch w := toks[k].low; {
		case agreementNouns[w]:
			return phrase(toks, start, k+1)
		case determiners[w]:
			start = k
		case w == "of" || timeWord(w) || w == "today" || w == "yesterday" || w == "week" || w == "month" || w == "year" || w == "last" || w == "next" || w == "this" || w == "on":
			start = k + 1
		}
	}
	return ""
}
