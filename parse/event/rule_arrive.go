package event

import "github.com/dateline-dev/dateline/timeline"

// arriveRule: a visitor arrives (part of a visit).
//
//	Shultz arrived in Moscow on Monday.
//	Kim's train arrives at Vladivostok station.
//	Makoto Kuroda flew in from Tokyo for the talks with Michael Smith.
var arriveRule = &rule{
	reaches: true,
	travels: true,
	name:    "arrive", kind: timeline.KindConsult, mode: timeline.ModeArrival, action: "arrive",
	triggers: []string{"arrived", "arrives", "arrive", "arriving", "arrival", "landed", "flew in", "flies in", "fly in", "flown in",
		"flew into", "flies into", "flying into", "flown into"},
	need: needActor,
	summary: func(p parts) string {
		if p.plural {
			return join(p.actor, "arrive", in(p.place))
		}
		return join(or(p.actor, "A delegation"), "arrives", in(p.place))
	},
	// "arrived here", "arrived there", "He arrived on Saturday" and "arrived
	// last night",
	// where the story is filed, arrive somewhere the text need not name.
	arrives: func(h *hit, toks []token, after string) bool {
		if after == "here" || after == "there" || h.t1+1 < len(toks) && toks[h.t1+1].low == "here" {
			return true
		}
		if toks[h.t1-1].low == "in" && (after == "from" || after == "for") {
			return true // "flew in from Tokyo for the talks": here, from there
		}
		if (after == "at" || toks[h.t1-1].low == "into") && len(h.places) == 0 {
			// "arrived at the Royal Malaysian Air Force base in Subang
			// last night", "flew into Andrews Air Force Base": a port
			// of arrival the gazetteer does not know, where the story
			// is filed.
			for k := h.t1; k < len(toks) && k <= h.t1+9 && !toks[k].breaks(); k++ {
				if arrivalPorts[toks[k].low] {
					return true
				}
			}
		}
		last := after == "last" && h.t1+1 < len(toks) && (toks[h.t1+1].low == "night" || toks[h.t1+1].low == "evening")
		return len(h.places) == 0 && (after == "on" || after == "yesterday" || after == "today" || after == "late" || after == "early" || last || timeWord(after)) && toks[h.t0].low != "arrival"
	},
}

// arrivalPorts are where a visitor lands: "at the airport", "at the air
// base".
var arrivalPorts = wordSet(`airport airbase base airfield aerodrome terminal station port`)

// in returns "in P", or "" when there is no place.
func in(p string) string {
	if p == "" {
		return ""
	}
	return "in " + p
}
