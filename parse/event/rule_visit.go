package event

import (
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// visitRule: an actor visits a place (CAMEO 042, make a visit).
//
//	Kim began his three-day visit to Russia ... on Wednesday.
//	Shultz, who is visiting Peking, ...
//	Nakasone paid a visit to Washington.
//	Scholz will travel to Washington next week.
//	Modi is due to fly on to Beijing on May 28.
//	Blinken is heading back to Europe, this time to Germany, France and Italy.
//	The Secretary will continue to Seoul from April 16 to April 17.
//	Harris will tour Ghana, Tanzania and Zambia next week.
//	Sullivan will be in Rome on Monday.
//	Blinken is due in Beijing on Sunday for a two-day visit.
//	His trip, which has already taken him to London, Paris and Bonn, ...
//	Masse was invited to Caracas for talks with Hernandez.
//
// The place must be a city or a country: "he visited a memorial" is not
// a diplomatic visit.
var visitRule = &rule{
	reaches: true,
	travels: true,
	name:    "visit", kind: timeline.KindConsult, mode: timeline.ModeVisit, cameo: "042", action: "visit",
	triggers: []string{"visit", "visits", "visited", "visiting", "trip", "trips", "state visit", "official visit", "state visits", "official visits",
		"travel to", "travels to", "traveled to", "travelled to", "traveling to", "travelling to", "flew to", "flies to", "fly to", "flying to",
		"flying * to", "flying * * to", // "was flying Monday afternoon to Phnom Penh"
		"travel on to", "travels on to", "traveled on to", "travelled on to", "flew on to", "flies on to", "fly on to", "flying on to",
		"heading to", "heads to", "head to", "headed to", "heading back to", "heads back to", "head back to",
		"go to", "goes to", "went to", "going to", "go on to", "goes on to", "went on to", "going on to", "bound for", "come to", "comes to", "came to", "coming to",
		"continue to", "continues to", "continued to", "continue on to", "continues on to", "continued on to",
		"moved on to", "moves on to", "move on to", "moving on to", // "On Tuesday, Kishida moved on to Rome"
		"proceed to", "proceeds to", "proceeded to", "proceed on to", "proceeds on to", "proceeded on to", "tour", "tours", "toured", "touring", "tour of",
		"stop in", "stops in", "stopped in", "stopover in", "stop-over in", "journey to", "mission to",
		"will be in", "would be in", "will also be in", "will then be in", "is in", "was in", "is now in", "is currently in",
		"is also in", "was also in", "was then in", "were in", "were also in",
		"is due in", "was due in", "is expected in", "was expected in",
		"travel", "travels", "traveled", "travelled", "traveling", "travelling",
		"taken him to", "taken her to", "take him to", "take her to", "takes him to", "takes her to",
		"took him to", "took her to", "taking him to", "taking her to",
		"take him * to", "take him * * to", "takes him * to", "takes him * * to", // "will take him on Monday to Israel"
		"taken * to", "taken * * to", "taken * * * to", // "The trip has taken Xi to Russia"
		"take her * to", "take her * * to", "takes her * to", "takes her * * to",
		"invited to", "been invited to", "stay",
		"days in", "day in", // "began the trip on Friday with two days in Tokyo"
		"spent * in", "spent * * in", "spent * * * in", "spend * in", "spend * * in", "spend * * * in", // "Obama spent Monday in Shanghai"
		"spends * in", "spends * * in", "spends * * * in", "spending * in", "spending * * in", "spending * * * in",
		"been to",                                                         // "Zelenskyy has been to the White House once before"
		"follow * to", "follows * to", "followed * to", "following * to"}, // "Merkel will follow him to Washington on Friday"
	need: needPlace,
	summary: func(p parts) string {
		if p.plural {
			return join(p.actor, "visit", p.place) // "Olaf Scholz, Emmanuel Macron and Mario Draghi visit Kyiv"
		}
		return join(or(p.actor, "A delegation"), "visits", p.place)
	},
	// "The Commissioners, led by Delors, will pay a two-day visit to
	// Bonn": the story's visit to Bonn, if it told one.
	unnamed: func(h *hit, toks []token) bool { return len(h.places) > 0 && nominal(h, toks) },
	// "Masse was invited to Caracas": a visit proposed, no more.
	mood: func(h *hit, toks []token) (timeline.Status, bool) {
		if strings.HasPrefix(toks[h.t0].low, "invited") || toks[h.t0].low == "been" && toks[h.t0+1].low == "invited" {
			return timeline.StatusPossible, true
		}
		return "", false
	},
	// "travel" alone goes to a place after "to", past a time: "will
	// travel May 1-2 to Geneva"; "travel in Europe" or "travel
	// restrictions for Iran" are no visits.
	check: func(h *hit, toks []token, recips []*mention) bool {
		if h.actor != nil && h.actor.ent.private {
			return false // a company's president on a business trip
		}
		for k := h.t0 - 1; k >= max(0, h.t0-3); k-- {
			if strings.HasPrefix(toks[k].low, "receiv") {
				return false // "received a visit from X": X is the visitor
			}
		}
		if len(h.places) == 0 {
			return h.host != nil || h.here // "a visit with President Reagan", "a visit here"
		}
		if a := h.actor; a != nil && a.ent.actor.Type == "person" && a.ent.actor.Country != "" &&
			timeline.SameCountry(a.ent.actor.Country, placeOf(h.places[0]).Country) {
			return false // "Prime Minister David Lange ... flying to Auckland": at home
		}
		if w := toks[h.t0].low; (w == "visits" || w == "trips") && h.t0 > 0 && habitualVisits[toks[h.t0-1].low] {
			return false // "the frequency of recent visits to Japan": no one journey
		}
		for k := max(0, h.t0-2); k+1 < len(toks) && k < h.t1+8; k++ {
			if toks[k].low == "private" && (toks[k+1].low == "visit" || toks[k+1].low == "trip") {
				return false // "Kissinger came to Brazil on a private visit"
			}
		}
		switch w := toks[h.t0].low; {
		case w == "stay":
			// "arrived in Beijing on Thursday for a three-day stay": a
			// stay of a length is a visit; "stay in power" is none.
			p := toks[h.t0-1].low
			return h.t0 > 0 && (strings.HasSuffix(p, "-day") || strings.HasSuffix(p, "-week") || p == "week-long" || p == "brief" || p == "short")
		case w == "go" || w == "goes" || w == "went" || w == "going" || w == "come" || w == "comes" || w == "came" || w == "coming" ||
			strings.HasPrefix(w, "continue") || strings.HasPrefix(w, "proceed"):
			// "went to Moscow", not "go to the country" (an election)
			// nor "not going to let Japan off the hook"; "will continue
			// to Seoul", not "continue to press Japan": the place is
			// named right after "to", and no name goes on after it
			// ("came to the U.K. Unlisted Securities Market").
			p := h.places[0]
			return !p.pronoun && (p.t0 == h.t1 || p.t0 == h.t1+1 && toks[h.t1].low == "the") &&
				(p.t1 >= len(toks) || !toks[p.t1].word() || !nounAfterName(toks[p.t1].low) && (!toks[p.t1].capitalised() || timeWord(toks[p.t1].low)))
		case w == "will" || w == "would" || w == "is" || w == "was":
			// "will be in Rome", "Deputy Secretary Lew is in
			// Afghanistan": a traveller's, a person's, abroad; no one
			// "is in talks".
			// A capitalised word alone is no such person: "Listing is
			// in Luxembourg".
			return h.actor != nil && h.actor.ent.actor.Type == "person" &&
				(h.actor.ent.actor.Role != "" || strings.Contains(h.actor.ent.actor.Name, " ")) &&
				(h.actor.ent.actor.Country == "" || h.actor.ent.actor.Country != placeOf(h.places[0]).Country)
		case w == "days" || w == "day":
			// "with two days in Tokyo", "a day in Seoul": a stay of
			// a count of days in a place named right after "in", by a
			// traveller; not "the day in Washington was busy".
			p := h.places[0]
			n := ""
			if h.t0 > 0 {
				n = toks[h.t0-1].low
			}
			return (numberWords[n] || isDigits(n)) && !p.pronoun && p.t0 == h.t1 && h.actor != nil && h.actor.ent.actor.Type == "person"
		case strings.HasPrefix(w, "spen"):
			// "spent Monday in Shanghai", "will spend two days in
			// Tokyo": a traveller's time in a place named right after
			// "in"; not "spent years in exile" nor "spent $2 billion
			// in Iraq".
			p := h.places[0]
			return !p.pronoun && p.t0 == h.t1 && spentTime(toks[h.t0+1:h.t1-1]) && h.actor != nil && h.actor.ent.actor.Type == "person"
		case h.t1-h.t0 == 1 && strings.HasPrefix(w, "travel"):
			return len(h.places) > 0 && h.places[0].prep == "to"
		}
		return true
	},
}

// spentTime reports whether the words between "spent" and "in" are a
// stretch of days: "Monday", "the weekend", "two days", "a night".
func spentTime(ws []token) bool {
	unit := false
	for _, t := range ws {
		switch t.low {
		case "day", "days", "night", "nights", "weekend", "week", "morning", "afternoon", "evening":
			unit = true
		case "the", "a", "an", "two", "three", "four", "five", "six", "seven", "several", "few", "last", "next", "this", "whole", "entire":
		default:
			if !timeWord(t.low) {
				return false
			}
			unit = true
		}
	}
	return unit
}

// habitualVisits, before a plural "visits", tell of journeys in general:
// "recent visits", "frequent trips", "regular visits".
var habitualVisits = wordSet(`recent frequent repeated regular numerous previous`)
