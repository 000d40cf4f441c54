package event

import (
	"slices"
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// signRule: actors sign a formal agreement (PLOVER SUPPORT, CAMEO 057).
//
//	The two sides signed a treaty on Tuesday.
//	Shultz and Shevardnadze will sign an agreement on nuclear testing.
var signRule = &rule{
	object: signObject,
	name:   "sign", kind: timeline.KindSupport, mode: "sign", cameo: "057", action: "sign",
	triggers: []string{"signed", "sign", "signs", "signing",
		"initialed", "initialled", "to initial", "will initial"}, // the text of a treaty agreed, a signing too ("initial talks" are none)
	need: needAgreement,
	// "The new agreement ... was signed on February 24": the story's
	// signing, if it told one.
	unnamed: func(h *hit, toks []token) bool { return passiveSigning(toks, h.t0) },
	summary: func(p parts) string {
		return join(or(p.actor, "The parties"), "signs", or(p.object, "an agreement"), with(p.recipients))
	},
	// A state signs, and no loan from the Export-Import Bank is a
	// treaty.
	sides: witnessedSigning,
	check: func(h *hit, toks []token, recips []*mention) bool {
		if h.actor == nil {
			return !commercial(toks, h, h.end) // a passive: the signing told before decides
		}
		if h.actor.prep == "by" && h.actor.country != nil && h.actor.t0 > h.t0 {
			// "were signed by the two governments and private
			// companies": the states sign, whoever signs beside them.
			return true
		}
		if stateWithBody(h.actor, recips) {
			// "China has signed a 130 mln dlr loan agreement with the
			// World Bank": a state and an intergovernmental body.
			return true
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
		case agreementNoun(toks[k]):
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
		if !agreementNoun(toks[k]) {
			continue
		}
		// The noun opens the clause: past a determiner and at most one
		// modifier ("The new agreement").
		if k == 0 && strings.HasSuffix(toks[k].low, "s") {
			return true // "Documents on economic cooperation ... were signed"
		}
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

// witnessedSigning makes the states of the leaders who witness a signing
// its sides, each with its leaders beside it: "the two heads of state
// witnessed the signing of nearly 20 cooperation documents" is signed
// between China and France, by ministers the story may not name, in
// Xi's and Macron's presence. Leaders of one state, or one with no
// state, stay as they are.
func witnessedSigning(h *hit, toks []token, e *timeline.Event) {
	if toks[h.t0].low != "signing" || h.t0 < 2 || !determiners[toks[h.t0-1].low] {
		return
	}
	switch toks[h.t0-2].low {
	case "witnessed", "witness", "witnesses", "witnessing", "attended", "oversaw", "oversee", "presided", "watched":
	default:
		return
	}
	var sides [][]timeline.Actor // per state: the state, then its leaders
	for _, a := range append(slices.Clone(e.Actors), e.Recipients...) {
		if a.Country == "" {
			return
		}
		k := slices.IndexFunc(sides, func(s []timeline.Actor) bool { return timeline.SameCountry(s[0].Country, a.Country) })
		if k < 0 {
			sides = append(sides, []timeline.Actor{{Name: a.Country, Type: "country", Country: a.Country}})
			k = len(sides) - 1
		}
		if a.Type == "person" {
			sides[k] = append(sides[k], a)
		}
	}
	if len(sides) < 2 {
		return
	}
	e.Actors, e.Recipients = sides[0], nil
	for _, s := range sides[1:] {
		e.Recipients = append(e.Recipients, s...)
	}
}

// stateWithBody reports whether the sides of a signing are a state and
// an organisation: a loan a state signs with the World Bank is an
// agreement between them, one it signs with a company's bank is not.
func stateWithBody(actor *mention, recips []*mention) bool {
	state, body := false, false
	for _, m := range append([]*mention{actor}, recips...) {
		if m == nil || m.ent.private {
			continue
		}
		switch m.ent.actor.Type {
		case "country":
			state = true
		case "organisation":
			body = true
		}
		if m.partner != nil {
			switch m.partner.actor.Type {
			case "country":
				state = true
			case "organisation":
				body = true
			}
		}
	}
	return state && body
}
