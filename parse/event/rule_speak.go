package event

import (
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// speakRule: actors speak with each other (CAMEO 040, consult); in the
// readout of a call, by telephone (041).
//
//	President Donald J. Trump spoke today with President Vladimir Putin of Russia.
//	Presidents Obama and Calderon spoke for 20 minutes this afternoon.
//	Earlier today, the Vice President spoke with Prime Minister Nouri al-Maliki.
//	He discussed the country's economic difficulties with President Felix Houphouet-Boigny.
//	Wang Yi and Sergei Lavrov exchanged views on the Ukraine crisis.
//
// The one spoken with must be an actor: "spoke to reporters" yields
// nothing.
var speakRule = &rule{
	name: "speak", kind: timeline.KindConsult, mode: timeline.ModeMeeting, cameo: "040", action: "speak",
	triggers: speakTriggers(),
	need:     needRecipient,
	// "to be discussed by EC farm ministers": no one spoken with, a
	// body's meeting ([multilateralRule]).
	yields:  true,
	summary: func(p parts) string { return join(or(p.actor, "Officials"), "speaks", with(p.recipients)) },
	// "spoke" alone speaks with the actor's partners before it
	// ("Presidents Obama and Calderon spoke"), not with whoever follows
	// ("spoke after talks with Turkey's ambassador").
	check: func(h *hit, toks []token, recips []*mention) bool {
		if h.actor == nil || h.actor.ent.actor.Type != "person" {
			// "France and Italy discussed the crisis": states discuss
			// in general; one speaks with someone in person or by
			// phone.
			return false
		}
		if h.t1-h.t0 > 1 || len(recips) == 0 {
			return h.t1-h.t0 > 1
		}
		if w := toks[h.t0].low; strings.HasPrefix(w, "discuss") || strings.HasPrefix(w, "confer") || strings.HasPrefix(w, "consult") {
			// "discussed the economy with President Houphouet-Boigny",
			// "the two leaders discussed": whoever it is discussed
			// with, after "with" or before the verb.
			r := recips[0]
			return r.t1 <= h.t0 || r.prep == "with"
		}
		r := recips[0]
		if r.t1 <= h.t0 {
			return true
		}
		// "spoke this afternoon with President Macron": only times and
		// adverbs between the verb and "with" or "to".
		k := h.t1
		for k < r.t0-1 && (speakBetween[toks[k].low] || timeWord(toks[k].low)) {
			k++
		}
		return k == r.t0-1 && (toks[k].low == "with" || toks[k].low == "to") ||
			k == r.t0 && r.prep == "with"
	},
	inStory: func(e *timeline.Event, s *story) {
		if s.calls {
			e.Mode, e.CAMEO, e.Action = timeline.ModePhone, "041", "phone call"
			e.Place = timeline.Place{} // "discussed the situation in Afghanistan" is no place of a call
			e.Summary = strings.Replace(e.Summary, " speaks", " speaks by telephone", 1)
		}
	},
}

// speakTriggers are "spoke with", "spoke to" and the like, and "spoke"
// alone, whose check wants the one spoken with right after it, past
// times and adverbs ("spoke this afternoon with"), or before it
// ("Presidents Obama and Calderon spoke").
func speakTriggers() []string {
	out := []string{"spoke", "spoken", "talked", "spoke by phone with", "spoke by telephone with", "spoken by phone with", "spoken by telephone with", "talked by phone with",
		"exchanged views", "exchange views", "exchanges views", "exchanging views",
		"discussed", "discusses", "discuss", "discussing", "conferred", "confer", "consulted", "consult", "consults"}
	for _, v := range []string{"spoke", "spoken", "speaks", "speak", "talked"} {
		for _, p := range []string{"with", "to"} {
			out = append(out, v+" "+p)
		}
	}
	return out
}

// speakBetween may stand between "spoke" and "with".
var speakBetween = wordSet(`today yesterday tonight separately again briefly earlier later this that morning afternoon
	evening night privately directly personally twice by phone telephone on the for minutes hour an about
	also last and , 10 15 20 30 45 60 one two`)
