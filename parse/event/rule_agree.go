package event

import "github.com/dateline-dev/dateline/timeline"

// agreeToMeetRule: actors agree to meet (PLOVER AGREE, CAMEO 036, express
// intent to meet or negotiate).
//
//	Reagan and Gorbachev agreed to meet in Washington later this year.
//	Moscow has agreed to hold talks with Washington.
var agreeToMeetRule = &rule{
	name: "agree-to-meet", kind: timeline.KindAgree, mode: timeline.ModeMeeting, cameo: "036", action: "agree to meet",
	triggers: []string{"agreed to meet", "agree to meet", "agrees to meet", "agreed to hold talks", "agree to hold talks", "agreed to a summit", "agreed to hold a summit",
		"agreed to hold a * summit", // "a three-way summit"
		// "agreed Wednesday to hold a summit", "agreed on Monday to meet":
		// the day of the agreeing between (see check).
		"agreed * to meet", "agreed * * to meet", "agreed * to hold talks", "agreed * * to hold talks",
		"agreed * to hold a summit", "agreed * * to hold a summit", "agreed * to hold a * summit", "agreed * * to hold a * summit"},
	need: needActor,
	// The words between "agreed" and "to" are the agreeing's time, no
	// other clause: "agreed Wednesday to", "agreed on Monday to".
	check: func(h *hit, toks []token, recips []*mention) bool {
		for k := h.t0 + 1; k < h.t1 && toks[k].low != "to"; k++ {
			if w := toks[k].low; !timeWord(w) && w != "on" && w != "today" && w != "yesterday" && w != "tonight" {
				return false
			}
		}
		return true
	},
	summary: func(p parts) string { return join(or(p.actor, "The parties"), "agrees to meet", p.recipients) },
	// The meeting agreed to is still to come, whenever the agreeing
	// was: planned, or possible when agreed "provisionally" or "in
	// principle". (A meeting that was later held is told by its own
	// verb.)
	mood: func(h *hit, toks []token) (timeline.Status, bool) {
		for k := max(0, h.t0-3); k < min(len(toks), h.t1+3); k++ {
			if toks[k].low == "provisionally" || toks[k].low == "principle" || toks[k].low == "tentatively" {
				return timeline.StatusPossible, true
			}
		}
		return timeline.StatusPlanned, true
	},
}
