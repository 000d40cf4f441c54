package event

import "github.com/dateline-dev/dateline/timeline"

// hostRule: an actor hosts a visitor (CAMEO 043, host a visit).
//
//	Reagan will host Nakasone at the White House.
//	Gorbachev hosted the visiting secretary of state.
//	Crown Prince Mohammed bin Salman received Chinese President Xi Jinping in Riyadh.
var hostRule = &rule{
	name: "host", kind: timeline.KindConsult, mode: timeline.ModeVisit, cameo: "043", action: "host",
	triggers: []string{"host", "hosts", "hosted", "hosting", "receive", "received", "receives", "receiving", "welcomed", "welcomes", "welcome", "welcoming"},
	need:     needRecipient,
	summary:  func(p parts) string { return join(or(p.actor, "A government"), "hosts", p.recipients) },
	// One welcomes or receives a visitor, not a policy: "welcomes Brazil
	// measures", "received U.S. approval" host no one.
	check: func(h *hit, toks []token, recips []*mention) bool {
		r := recips[0]
		if r.prep == "between" || r.prep == "of" {
			// "Lawson had welcomed the outcome of a meeting between
			// Baker, Poehl and Stoltenberg": what is welcomed is a thing.
			return false
		}
		for k := h.t1; k < r.t0 && r.t0 > h.t1; k++ {
			if w := toks[k].low; toks[k].word() && !toks[k].capitalised() && !hostBetween[w] && !timeWord(w) {
				return false // "welcomed new contacts between Korean and U.S. diplomats": a thing welcomed
			}
		}
		if r.t0 < h.t1 || r.t1 >= len(toks) {
			return true
		}
		n := toks[r.t1]
		return !n.word() || n.capitalised() || !nounAfterName(n.low)
	},
}

// hostBetween may stand between a verb of hosting and its guest: "hosted
// the visiting secretary of state", "warmly welcomed his counterpart".
var hostBetween = wordSet(`the a an his her their its this that visiting warmly formally officially personally also here back
	home today yesterday tonight on at in to of counterpart foreign prime minister president secretary state chancellor king queen
	crown prince leader delegation premier`)

// nounAfterName reports whether a lower-case word after a name makes it a
// modifier of a thing: "Brazil measures", "U.S. approval".
func nounAfterName(w string) bool {
	return !prepositions[w] && !clauseJoins[w] && !auxiliaries[w] && !timeWord(w) && !speakBetween[w] && w != "today" && w != "yesterday" &&
		w != "tomorrow" && w != "tonight" && w != "last" && w != "next" && w != "this" && w != "here" && w != "there"
}
