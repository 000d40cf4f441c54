package event

import "github.com/dateline-dev/dateline/timeline"

// proposeRule: a leader or a government makes a proposal (a statement;
// PLOVER has no type for it, so it is kept as OTHER rather than dropped).
//
//	Kremlin leader Mikhail Gorbachev proposed on Saturday that talks on
//	medium range missiles be separated from other arms issues.
var proposeRule = &rule{
	name: "propose", kind: timeline.KindOther, mode: "statement", action: "propose",
	triggers: []string{"proposed", "proposes", "propose", "proposal"},
	need:     needActor,
	summary:  func(p parts) string { return join(or(p.actor, "A government"), "makes a proposal") },
	// A statesman proposes, in a clause about diplomacy: "his proposed
	// option" is no proposal, nor are new taxes.
	check: func(h *hit, toks []token, recips []*mention) bool {
		return statesman(h.actor) && !(h.t0 > 0 && (nounStarts[toks[h.t0-1].low] || toks[h.t0-1].low == "his")) && diplomatic(toks)
	},
}
