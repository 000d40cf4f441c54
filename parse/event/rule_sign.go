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
	// "The new agreement ... was signed on February 24": the story's
	// signing, if it told one.
	unnamed: func(h *hit, toks []token) bool { return passiveSigning(toks, h.t0) },
	summary: func(p parts) string {
		return join(or(p.actor, "The parties"), "signs", or(p.object, "an agreement"), with(p.recipients))
	},
	// A state signs, and no loan from the Export-Import Bank is a
	// treaty.
	check: func(h *hit, toks []token, recips []*mention) bool {
		if h.actor == nil {
			return !commercial(toks, h, h.end) // a passive: the signing told before decides
		}
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

// passiveSigning reports whether "signed" at t0 is a passive after an
// agreement noun that opens its clause: "The new agreement, which
// replaces a prior agreement, was signed on February 24".
func passiveSigning(toks []token, t0 int) bool {
	if t0 < 2 || toks[t0].low != "signed" {
		return false
	}
	switch toks[t0-1].low {
	case "was", "were", "been", "be":
	default:
		return false
	}
	for k := t0 - 2; k >= max(0, t0-20); k-- {
		if w := toks[k].low; w == ";" || w == "." || reporting[w] {
			return false
		}
		if !agreementNouns[toks[k].low] {
			continue
		}
		// The noun opens the clause: past a determiner and at most one
		// modifier ("The new agreement").
		d := k - 1
		if d > 0 && !determiners[toks[d].low] {
			d--
		}
		if d >= 0 && determiners[toks[d].low] && (d == 0 || toks[d-1].breaks()) {
			return true
		}
	}
	return false
}
