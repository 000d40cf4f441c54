package event

import (
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// meetRule: actors meet (CAMEO 040, consult).
//
//	Shultz met Soviet Foreign Minister Eduard Shevardnadze on Monday.
//	The two leaders will meet in Washington.
//	a meeting with Chinese Premier Zhao Ziyang
//	The Treasury Secretary is expected to see Finance Minister Kiichi Miyazawa.
//	She has had bilaterals with Foreign Ministers Lavrov and Natalegawa.
//	Widodo received a courtesy call from Japanese Foreign Minister Hayashi.
//	Xi hosted a banquet in honor of French President Emmanuel Macron.
//	The emperor will host a state banquet in their honor in the evening.
//	The two men greeted each other warmly over dinner on Wednesday night.
//	Kerry is to fly to Israel on Sunday to brief Prime Minister Benjamin Netanyahu.
//	Netanyahu sat down with President Joe Biden at the White House on Thursday.
//	Trump heads to Rome for an audience with Pope Francis on Wednesday.
//
// "To see" meets only a person named right after it: "expects to see
// growth" meets no one.
var meetRule = &rule{
	personObject: true,
	name:         "meet", kind: timeline.KindConsult, mode: timeline.ModeMeeting, cameo: "040", action: "meet",
	triggers: []string{"meet", "meets", "met", "meeting", "meetings", "met with", "meet with", "meets with",
		"to see", "will see", "would see", "bilateral with", "bilaterals with", "bilateral meeting with", "bilateral meetings with",
		"courtesy call from", "courtesy call on", "courtesy calls on", "courtesy visit from", "courtesy visit to",
		"working dinner", "working lunch", "working breakfast", "dinner with", "lunch with", "breakfast with",
		"banquet in honor of", "banquet in honour of", "dinner in honor of", "dinner in honour of", "luncheon in honor of",
		"luncheon in honour of", "state dinner for", "banquet for", "welcoming banquet for",
		"banquet in", "dinner in", "luncheon in", // "in their honor": see [honoured]
		"dinner for", "luncheon for", "welcome banquet for", "welcome dinner for", "state banquet for",
		"called on", "calls on", "call on", "calling on", // a courtesy call: see [callsOn]
		"had dinner", "have dinner", "has dinner", "having dinner", "dined with", "dine with", "dines with",
		"greeted each other", "greet each other", "shook hands", "shake hands", "shook hands with", "shake hands with",
		"sat down with", "sit down with", "sits down with", "sitting down with", // "Netanyahu sat down with President Joe Biden at the White House"
		"audience", "audiences", // "an audience with Pope Francis at the Vatican" (one with no one met is none: "told an audience of students")
		"to brief", "will brief", "briefed", // "fly to Israel on Sunday to brief Prime Minister Benjamin Netanyahu": in person, a person right after
		"had a chat", "had a * chat", "had a * * chat", "had a * * * chat", "chatted with", "had a brief conversation", "had a short conversation"}, // "had a brief, unscheduled chat"
	from:    true,
	need:    needRecipient,
	summary: func(p parts) string { return join(or(p.actor, "Officials"), "meets", p.recipients) },
	// "to meet their commitments", "met the demands" meet no one; a
	// meeting needs a state's side and no business in its clause ("U.S.
	// and EC business leaders met").
	check: func(h *hit, toks []token, recips []*mention) bool {
		if toks[h.t1-1].low == "see" && len(recips) > 0 && seesDoing(toks, recips[0].t1) {
			return false // "would like to see Funaro leave his job": no meeting
		}
		if strings.HasPrefix(toks[h.t0].low, "call") && !callsOn(toks, h, recips) {
			return false // "called on Israel to halt", "called on the government"
		}
		if strings.HasPrefix(toks[h.t1-1].low, "brief") && !briefsInPerson(toks, h, recips) {
			return false
		}
		return !meetsAThing(toks, h.t1) && political(h.actor, recips) && !commercial(toks, h, h.end)
	},
}

// seesDoing reports whether the word at k, after the person "to see"
// takes, is a verb of what the person is seen doing: "to see Funaro
// leave his job", "to see Japan open its markets".
func seesDoing(toks []token, k int) bool {
	if k >= len(toks) || !toks[k].word() || toks[k].capitalised() {
		return false
	}
	w := toks[k].low
	return !prepositions[w] && !clauseJoins[w] && !timeWord(w) && w != "and" && w != "today" && w != "tomorrow" &&
		w != "yesterday" && w != "tonight" && w != "next" && w != "this" && w != "here" && w != "there" && w != "again"
}

// callsOn reports whether "called on" of h pays a call on a person, not
// urges someone: "Modi called on Israeli President Reuven Rivlin at his
// official residence", not "called on Japan to open its markets" nor
// "called on President Reagan to veto the bill".
func callsOn(toks []token, h *hit, recips []*mention) bool {
	if len(recips) == 0 {
		return false
	}
	r := recips[0]
	if r.ent.actor.Type != "person" || r.t0 != h.t1 && !(r.t0 == h.t1+2 && toks[h.t1].low == "the") {
		return false // ("called on the ailing King Bhumibol")
	}
	for k := r.t1; k < len(toks) && k < r.t1+3; k++ {
		switch toks[k].low {
		case "to", "for", "not":
			return false
		}
	}
	return true
}

// briefsInPerson reports whether "brief" of h informs a person or a body
// named right after it, or the leaders of states or of a body ("to brief
// the leaders of the NATO allies"), in a sentence that tells no call:
// "fly to Israel on Sunday to brief Prime Minister Benjamin Netanyahu",
// not "plans to telephone Bush ... to brief them", "will brief on it".
func briefsInPerson(toks []token, h *hit, recips []*mention) bool {
	if len(recips) == 0 {
		return false
	}
	r := recips[0]
	if r.t0 > h.t1+1 && !((r.prep == "of" || r.prep == "from") && sidesFrom(toks, h.t1, r.t0)) || r.pronoun ||
		r.ent.actor.Type != "person" && r.ent.actor.Type != "organisation" && !(r.prep == "of" || r.prep == "from") {
		return false
	}
	for _, t := range toks[:h.t0] {
		if callWord(t.low) || t.low == "called" {
			return false
		}
	}
	return true
}
