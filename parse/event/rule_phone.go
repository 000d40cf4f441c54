package event

import "github.com/dateline-dev/dateline/timeline"

// phoneRule: actors talk by telephone (CAMEO 041, discuss by telephone).
//
//	Reagan telephoned Nakasone on Sunday.
//	In a telephone conversation with Kohl, ...
//	The President and Prime Minister Brown had a productive call earlier today.
//	Last night, President Obama called Prime Minister Najib of Malaysia.
//	Sisi received a phone call from Crown Prince Mohammed bin Salman.
//	Chancellor Olaf Scholz spoke over the phone with Prime Minister Narendra Modi.
var phoneRule = &rule{
	name: "phone", kind: timeline.KindConsult, mode: timeline.ModePhone, cameo: "041", action: "phone call",
	triggers: []string{"telephoned", "phoned", "to telephone", "will telephone", "to phone", "will phone", "phone call", "telephone call", "telephone conversation", "phone conversation", "spoke by telephone", "spoke by phone",
		"spoke over the phone", "spoke on the phone", "spoke over the telephone", "spoke on the telephone", "talked over the phone",
		"talked on the phone", "speaks over the phone", "speaks on the phone", "held a phone conversation", "held a telephone conversation",
		"had a call", "had a * call", "held a call", "held a * call", "call with", "calls with", "video call", "videoconference", "video conference", "video link",
		"virtual meeting", "virtual talks", "video talks",
		"called", "telephone talks", "phone talks", "telephone conversations", "phone conversations"},
	need: needRecipient,
	from: true,
	// "called on Israeli President Reuven Rivlin at his residence" is a
	// call in person, [meetRule]'s.
	yields:  true,
	summary: func(p parts) string { return join(or(p.actor, "Officials"), "speaks by telephone", with(p.recipients)) },
	// "called" calls a person right after it, and nothing after that
	// but the clause's time, place or purpose: "called Prime Minister
	// Najib of Malaysia to inform him", not "called subsidies
	// nonsensical" or "called Gorbachev a reformer".
	check: func(h *hit, toks []token, recips []*mention) bool {
		if toks[h.t0].low != "called" {
			return true
		}
		r := recips[0]
		if r.t0 != h.t1 || r.ent.actor.Type != "person" {
			return false
		}
		if r.t1 >= len(toks) {
			return true
		}
		n := toks[r.t1]
		return !n.word() || !nounAfterName(n.low) && !determiners[n.low]
	},
}
