package event

import (
	"slices"
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// agreedRule: leaders of two states who agreed something together met to
// agree it (CAMEO 040, consult): wire copy leads with what a summit or
// talks agreed, and names the meeting later or not at all.
//
//	South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida agreed Thursday to restore shuttle diplomacy.
//	Li Keqiang visited Germany in May last year, when he and Merkel agreed to push for a settlement.
//
// Only people of two known states agree so; a sentence that tells a call,
// a letter or a video link tells how they agreed ([phoneRule]).
var agreedRule = &rule{
	name: "agreed", kind: timeline.KindConsult, mode: timeline.ModeMeeting, cameo: "040", action: "meet",
	triggers: []string{"agreed"},
	need:     needRecipient,
	// "OPEC ministers agreed in Vienna": no two people, a body's
	// session ([membersRule]).
	yields:  true,
	summary: func(p parts) string { return join(or(p.actor, "Officials"), "meets", p.recipients) },
	// In a call's readout, the agreeing is the call's.
	inStory: func(e *timeline.Event, s *story) {
		if s.calls {
			e.Mode, e.CAMEO, e.Action = timeline.ModePhone, "041", "phone call"
			e.Place = timeline.Place{}
			e.Summary = strings.Replace(e.Summary, " meets", " speaks by telephone with", 1)
		}
	},
	check: func(h *hit, toks []token, recips []*mention) bool {
		a := h.actor
		if a == nil || a.ent.actor.Type != "person" || a.ent.actor.Country == "" || a.t1 > h.t0 {
			return false
		}
		for _, r := range recips {
			// The partner named with the subject before the verb: "A
			// and B agreed", not "agreed with the proposal".
			if r.t1 > h.t0 || r.ent.actor.Type != "person" || r.ent.actor.Country == "" || timeline.SameCountry(r.ent.actor.Country, a.ent.actor.Country) {
				return false
			}
		}
		if timeAfterComplement(toks, h.t1) {
			return false // "They agreed to continue discussions at the Security Consultative Committee, scheduled for October 28": the time of what is agreed
		}
		for k := range toks {
			if occasionAt(toks, k) {
				return false // "agreed ... at a summit in Geneva", "following talks in Sochi": the meeting named is the event
			}
		}
		for _, t := range toks {
			if callWord(t.low) || remoteWords[t.low] {
				return false // "agreed in a telephone conversation", "agreed in a joint statement"
			}
		}
		return true
	},
}

// remoteWords tell an agreement reached apart, not in a meeting: by
// video, by letter, in a statement.
var remoteWords = wordSet(`video videoconference virtual letter letters online statement`)

// callWord reports whether w names a telephone call: "phoned",
// "telephone", "call".
func callWord(w string) bool {
	return strings.HasPrefix(w, "phone") || strings.HasPrefix(w, "telephon") || w == "call"
}

// occasionAt reports whether a preposition at k opens a meeting's noun, a
// few words on: "at a summit", "during their talks", "following talks in
// Sochi", "after a meeting".
func occasionAt(toks []token, k int) bool {
	switch toks[k].low {
	case "at", "during", "following", "after", "in", "before", "on":
	default:
		return false
	}
	for j := k + 1; j < min(len(toks), k+5); j++ {
		if toks[j].low == "to" {
			return false // "on Friday to start consultations": the agreement's object
		}
		switch toks[j].low {
		case "talks", "summit", "meeting", "meetings", "session", "visit", "trip", "dinner", "lunch", "luncheon", "breakfast", "banquet", "conversation", "call", "sidelines", "consultations":
			return true
		}
	}
	return false
}

// timeAfterComplement reports whether the only time words of the sentence
// stand in what was agreed, after its "to" or "that" (from t1 on), not
// before it with the agreeing.
func timeAfterComplement(toks []token, t1 int) bool {
	c := -1
	for k := t1; k < len(toks); k++ {
		if toks[k].low == "to" || toks[k].low == "that" {
			c = k
			break
		}
	}
	if c < 0 {
		return false
	}
	isTime := func(t token) bool {
		w := t.low
		return timeWord(w) || w == "today" || w == "yesterday" || w == "tomorrow" || w == "tonight" || len(w) == 4 && w[0] >= '1' && w[0] <= '2' && strings.Trim(w, "0123456789") == ""
	}
	return !slices.ContainsFunc(toks[:c], isTime) && slices.ContainsFunc(toks[c:], isTime)
}
