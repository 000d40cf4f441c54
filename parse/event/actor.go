package event

import (
	"slices"
	"strings"
	"time"

	"github.com/dateline-dev/dateline/parse/lexicon"
	"github.com/dateline-dev/dateline/timeline"
)

// lightVerbs govern a nominal trigger whose subject is the event's actor:
// "Kim held his summit", "Nakasone began a four-day visit".
var lightVerbs = map[string]bool{
	"held": true, "hold": true, "holds": true, "holding": true, "had": true,
	// "sat down for talks", "before sitting down for talks"
	"sat": true, "sit": true, "sits": true, "sitting": true, "began": true, "begin": true, "begins": true, "beginning": true, "opened": true,
	// "Xi was to host a dinner for Abe", "gave a banquet in his honour"
	"hosting": true, "gave": true, "give": true, "gives": true, "giving": true,
	"open": true, "opens": true, "attend": true, "attended": true, "attends": true,
	"attending": true, "made": true, "make": true, "makes": true, "making": true, "paid": true,
	"pay": true, "pays": true, "paying": true, "concluded": true, "conclude": true,
	"concludes": true, "ended": true, "end": true, "ends": true, "started": true,
	"start": true, "starts": true, "continued": true, "continue": true, "continues": true,
	"resumed": true, "resume": true, "resumes": true, "wrapped": true, "completed": true,
	"complete": true, "cut": true, "cuts": true, "postponed": true, "cancelled": true,
	"canceled": true, "planned": true, "plans": true, "arranged": true, "host": true,
	"hosted": true, "hosts": true, "joined": true, "join": true, "joins": true,
	"embark": true, "embarks": true, "embarked": true, "embarking": true, "undertake": true,
	"undertakes": true, "undertook": true, "undertaking": true, "conduct": true, "conducts": true,
	"conducted": true, "conducting": true, "left": true, "leave": true, "leaves": true, "leaving": true,
	"received": true, "receives": true, "receive": true, "receiving": true,
	"witnessed": true, "witness": true, "witnesses": true, "witnessing": true, // "witnessed the signing of"
	// "is considering a trip to Ukraine", "is planning a visit",
	// "is weighing a trip": the subject's own journey, to come.
	"considering": true, "considers": true, "planning": true, "weighing": true, "mulling": true,
	"scrapped": true, "shelved": true,
}

// planWords before "to" tell the subject's own plan: "is scheduled to
// make an official visit", "is due to pay a visit".
var planWords = wordSet(`scheduled due expected set going planning plans planned hopes hoped wants wanted
	agreed likely poised preparing prepares intends intended`)

// nounStarts are the words before a trigger that make it a noun: "a
// visit", "his summit", "the talks".
var nounStarts = map[string]bool{
	"a": true, "an": true, "the": true, "his": true, "her": true, "their": true,
	"its": true, "this": true, "that": true, "first": true, "second": true,
	"official": true, "state": true, "brief": true, "planned": true, "proposed": true,
	"recent": true, "last": true, "next": true, "'s": true, "’s": true, "two-day": true,
	"much-anticipated": true, "private": true, "secret": true, "surprise": true,
	"weekend": true, "working": true, "farewell": true, "of": true, "several": true,
	"many": true, "two": true, "three": true, "frequent": true, "repeated": true,
	"numerous": true, "previous": true, "earlier": true, "further": true,
	"separate": true, "bilateral": true, "high-level": true, "formal": true, "informal": true,
	"upcoming": true, "forthcoming": true, "scheduled": true, "expected": true, "coming": true,
	"third": true, "fourth": true, "fifth": true, "latest": true, "historic": true, "long-awaited": true,
	"week-long": true, "overseas": true, "foreign": true, "international": true, "current": true,
	"ongoing": true, "final": true, "maiden": true, "inaugural": true, "annual": true, "regional": true,
	"european": true, "asian": true, "african": true, "trade": true, "official's": true, "important": true,
	// "his first wartime trip abroad", "a whirlwind visit", "a rare visit"
	"wartime": true, "landmark": true, "whirlwind": true, "rare": true, "unannounced": true, "goodwill": true,
	"short": true, "lightning": true, "symbolic": true, "key": true, "crucial": true, "emotional": true,
}

// nominal reports whether the trigger of h is used as a noun.
func nominal(h *hit, toks []token) bool {
	switch toks[h.t0].low {
	case "meeting":
		// "will focus on regional issues, visiting the AU and meeting
		// with AU Chairperson Jean Ping": a participle, with the tense
		// of its clause; "a meeting with" is a noun.
		if h.t0 > 0 && h.t0+1 < len(toks) && (toks[h.t0+1].low == "with" || (toks[h.t0+1].capitalised() || toks[h.t0+1].low == "both") && toks[h.t0-1].text == ",") && participleOpeners[toks[h.t0-1].low] {
			return false // (", meeting Aoun and Diab", ", meeting both Trong and Son": the participle takes its object)
		}
		if h.t0 > 0 && beForms[toks[h.t0-1].low] {
			return false // "the two leaders will be meeting", "are meeting": a verb
		}
		return true
	case "summit", "summits", "talks", "negotiations", "meetings", "trip", "trips", "conference", "conferences",
		"arrival", "departure", "state", "official", "phone", "telephone", "farewell",
		"signing", "wreath-laying", "proposal":
		return true
	case "welcome", "welcoming":
		// "a welcoming ceremony" is a noun's; "looks forward to
		// welcoming President Sanchez" a verb's.
		return h.t0+1 < len(toks) && (toks[h.t0+1].low == "ceremony" || toks[h.t0+1].low == "reception" || toks[h.t0+1].low == "dinner")
	}
	if h.t0 == 0 || verbOnly[toks[h.t0].low] || toks[h.t0].low == "to" || toks[h.t0].low == "will" || toks[h.t0].low == "would" {
		// "Putin and Xi last met": a past verb after "last" or "first"
		// is still a verb; "expected to see Miyazawa" an infinitive,
		// however the word before reads.
		return false
	}
	p := toks[h.t0-1].low
	if h.t0 > 1 && toks[h.t0-1].capitalised() && h.rule.mode == timeline.ModeVisit {
		// "his two-day Egypt visit", "the Moscow trip": a place
		// before a journey noun after its determiner.
		q := toks[h.t0-2].low
		if nounStarts[q] || toks[h.t0-2].possessive() || strings.HasSuffix(q, "-day") || strings.HasSuffix(q, "-week") {
			return true
		}
	}
	if h.t0 > 1 && articles[toks[h.t0-2].low] && toks[h.t0-1].word() && !toks[h.t0-1].capitalised() && !auxWords[p] {
		return true // "an unannounced visit", "a rushed trip": an article and its adjective
	}
	return nounStarts[p] || toks[h.t0-1].possessive() || strings.HasSuffix(p, "-day") || strings.HasSuffix(p, "-week") || strings.HasSuffix(p, "-nation")
}

// articles open a noun phrase.
var articles = wordSet(`a an the`)

// beForms make "meeting" after them a verb.
var beForms = wordSet(`be is are was were been 're`)

// participleOpeners stand before "meeting with" used as a verb.
var participleOpeners = wordSet(`, and also while after before when by then`)

// verbOnly are trigger words that are never nouns.
var verbOnly = map[string]bool{
	"met": true, "visited": true, "arrived": true, "departed": true, "returned": true,
	"signed": true, "hosted": true, "mediated": true, "telephoned": true, "phoned": true,
	// "The two leaders last held talks in November", "first paid a
	// visit": past tenses after "last" or "first" are verbs too.
	"held": true, "paid": true, "made": true, "toured": true, "traveled": true, "travelled": true,
	"flew": true, "spoke": true, "talked": true,
	// "Trump last came to Britain in July 2018", "last went to Moscow".
	"came": true, "went": true, "headed": true, "stopped": true, "proceeded": true, "journeyed": true,
}

// journeyPhaseVerbs begin or end a journey with one of its parts: "began his
// tour with a visit to France", "wrapped up the trip with a stop in Manila".
var journeyPhaseVerbs = wordSet("began begins begin start starts started opened opens kicked kicks ended ends concluded concludes wrapped wraps closed closes capped caps rounded rounds")

// phaseSubject returns the traveller of a journey that opens or closes
// with the visit of h: "Xi began his European tour on Sunday with a
// three-day state visit to France". The visit follows "with" and its
// modifiers; before it, in one clause, a verb of journeyPhaseVerbs and
// its subject, a person.
func phaseSubject(h *hit, toks []token, ments []mention) *mention {
	if h.rule.mode != timeline.ModeVisit {
		return nil
	}
	w := beforeModifiers(toks, h.t0) // "with"
	if w <= 0 || toks[w].low != "with" {
		return nil
	}
	for j := w - 1; j >= 0 && j >= w-10; j-- {
		if toks[j].breaks() {
			return nil
		}
		if !journeyPhaseVerbs[toks[j].low] {
			continue
		}
		for k := len(ments) - 1; k >= 0; k-- {
			m := &ments[k]
			if m.kind == mentionActor && m.t1 == j && m.prep == "" && !m.poss && m.ent.actor.Type == "person" {
				return m
			}
		}
		return nil
	}
	return nil
}

// callMeans returns the subject of the clause that a call tells the means
// of: "Kohl and Gorbachev agreed in a telephone conversation on Monday
// that Bonn would pay", "Macron extended the invitation in a phone call
// last month".
func callMeans(h *hit, toks []token, ments []mention) *mention {
	if h.rule.mode != timeline.ModePhone {
		return nil
	}
	k := beforeModifiers(toks, h.t0)
	if k < 1 || toks[k].low != "in" && toks[k].low != "during" && toks[k].low != "by" {
		return nil
	}
	for i := len(ments) - 1; i >= 0; i-- {
		m := &ments[i]
		if m.kind != mentionActor || m.t1 > k {
			continue
		}
		if m.prep != "" || m.poss || m.object || inRelative(toks, m.t0, m.t1, k) {
			continue
		}
		for j := m.t1; j < k; j++ {
			switch toks[j].text {
			case ",", ";", ":", "(", ")", "--":
				return nil
			}
			if speakRule.triggerAt(toks, j) {
				return nil // "discussed North Korea in a phone call": the speaking tells the call ([speakRule])
			}
		}
		return m
	}
	return nil
}

// relativeLight returns the antecedent of a relative clause whose verb
// holds the noun of h: "Lee, who began a three-day state visit to China
// on Sunday,", "Modi, who is on a two-day visit to Washington,", "Kerry,
// who held talks with Lavrov on Monday,".
func relativeLight(h *hit, toks []token, ments []mention) *mention {
	v := beforeModifiers(toks, h.t0)
	if v < 3 {
		return nil
	}
	switch w := toks[v].low; {
	case w == "on" && beForms[toks[v-1].low]:
		v-- // "who is on a visit"
	case (lightVerbs[w] || journeyPhaseVerbs[w]) && !attendVerbs[w]:
		// ("Lula, who is attending the summit as a guest": one of
		// those at the summit, told as it.)
	default:
		return nil
	}
	return relativeAntecedent(toks, ments, v)
}

// conjunctions double as prepositions; right before a verb, the name after
// one is that verb's subject.
var conjunctions = map[string]bool{"after": true, "before": true, "since": true, "until": true, "than": true, "like": true}

// auxWords stand between a subject and its verb: "Nakasone is scheduled
// to leave", "Aquino had not yet visited".
var auxWords = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "will": true, "would": true, "has": true,
	"have": true, "had": true, "been": true, "be": true, "to": true, "scheduled": true, "due": true,
	"expected": true, "also": true, "not": true, "yet": true, "already": true, "set": true, "then": true,
}

// onlyAuxiliaries reports whether toks[i:j] are all auxiliary words.
func onlyAuxiliaries(toks []token, i, j int) bool {
	if j-i > 4 {
		return false
	}
	for k := i; k < j; k++ {
		if !auxWords[toks[k].low] {
			return false
		}
	}
	return true
}

// verbBetween reports whether a verb or an infinitive stands in toks[i:j]:
// "a summit in Ottawa next month between X and Y" has none, "a trip to
// Tokyo to seek a memorandum between X and Y" has one.
func verbBetween(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		w := toks[k].low
		if (w == "is" || w == "are") && k == i && underWay(toks, k+1) {
			// "Talks are underway between Zaire and the IMF": the
			// predicate tells the talks going on, and their sides follow.
			for k+1 < j && (toks[k+1].low == "still" || toks[k+1].low == "now" || toks[k+1].low == "already" ||
				toks[k+1].low == "underway" || toks[k+1].low == "under" || toks[k+1].low == "way" || toks[k+1].low == "continuing" ||
				toks[k+1].low == "ongoing" || toks[k+1].low == "in" && toks[k+2].low == "progress" || toks[k+1].low == "progress") {
				k++
			}
			continue
		}
		if auxWords[w] && w != "to" || clauseVerbs[w] || lightVerbs[w] || w == "to" && k+1 < j && !toks[k+1].capitalised() && toks[k+1].low != "the" {
			return true
		}
	}
	return false
}

// groupHead reports whether the organisation mention at t0 is the "of"
// phrase of a plural head opening the clause: "Leaders of the Group of
// Seven", "Foreign ministers of ASEAN".
func groupHead(toks []token, t0 int) bool {
	k := t0 - 1
	if k >= 0 && strings.Contains(toks[k].low, "-") && !toks[k].capitalised() {
		k-- // "of the six-nation Gulf Co-operation Council"
	}
	if k >= 0 && toks[k].low == "the" {
		k--
	}
	if k < 1 || toks[k].low != "of" && toks[k].low != "from" {
		return false // "Leaders of the Group of Seven", "Deputy oil ministers from six Gulf Arab states"
	}
	switch toks[k-1].low {
	case "leaders", "ministers", "heads", "members", "delegates", "envoys", "officials", "delegations", "representatives":
		return true
	}
	return false
}

// statesHead reports whether the state at t0 ends a list of states after
// "from" or "of" and a plural head that opens the clause: "Officials from
// Indonesia and Malaysia", "Delegations of France, Italy and Spain".
func statesHead(toks []token, t0 int) bool {
	k := t0 - 1
	for k >= 0 && (toks[k].low == "and" || toks[k].low == "," || toks[k].capitalised() && toks[k].word() && toks[k].low != "from" && toks[k].low != "of") {
		k--
	}
	if k < 1 || toks[k].low != "from" && toks[k].low != "of" {
		return false
	}
	switch toks[k-1].low {
	case "leaders", "ministers", "heads", "members", "delegates", "envoys", "officials", "delegations", "representatives", "negotiators":
		return k-1 == 0 || toks[k-2].breaks() || k-2 == 0 && toks[0].low == "the"
	}
	return false
}

// traveller reports whether r's actor goes somewhere: visits, arrivals,
// departures and returns are made by people and delegations.
func traveller(r *rule) bool { return r.travels }

// reporting verbs end the clause of their subject.
var reporting = map[string]bool{"said": true, "says": true, "told": true, "reported": true, "announced": true, "that": true, "added": true}

// destinationAfter returns the country of the place named right after
// the noun of a journey ending at t1: "a visit to Washington", "in
// Moscow"; or "".
func destinationAfter(ments []mention, t1 int) string {
	for _, m := range ments {
		if m.t0 == t1+1 && (m.prep == "to" || m.prep == "in") && (m.kind == mentionCity || m.country != nil) {
			return placeOf(m).Country
		}
	}
	return ""
}

// findActor returns who does the event of h: for a verb ("Shultz
// visited"), the nearest actor before it that is not the object of a
// preposition or a possessive modifier; for a noun, its possessor ("his
// summit", "Nakasone's visit"), its agent ("a visit by Aquino"), the
// first of "talks between X and Y", or the subject of a light verb that
// governs it ("Kim held his summit"). It returns nil when none is found:
// an event is never given an actor from elsewhere in the sentence.
// possessedObject reports whether a possessive at t0 opens the object of
// a verb: "to attend the International Monetary Fund's Interim Committee
// meeting", not "Zhou Nan and the EC's commissioner signed".
func possessedObject(toks []token, t0 int) bool {
	k := t0 - 1
	if k >= 0 && toks[k].low == "the" {
		k--
	}
	return k >= 0 && toks[k].word() && toks[k].low != "and"
}

func findActor(h *hit, toks []token, ments []mention, end int) *mention {
	if h.rule.mode == timeline.ModeVisit && toks[h.t0].low == "taken" {
		// "The trip has taken Xi to Russia": the one the trigger
		// carries travels.
		for i := range ments {
			if m := &ments[i]; m.kind == mentionActor && m.t0 > h.t0 && m.t1 < h.t1 && m.ent.actor.Type == "person" {
				return m
			}
		}
	}
	for k := h.t0 + 1; k < h.t1; k++ {
		if w := toks[k].low; w == "him" || w == "her" || w == "them" {
			// "a five day trip that took him to Israel": the one the
			// trigger carries travels.
			for i := range ments {
				if m := &ments[i]; m.t0 == k && m.kind == mentionActor {
					return m
				}
			}
		}
	}
	// "Trump and his wife Melania, on a two-day visit, were greeted",
	// "Scholz urged Xi on Friday to ..., during a one-day visit to
	// Beijing": the aside's visitor is the subject it is set off from.
	if h.rule.mode == timeline.ModeVisit && (onVisitAside(toks, h.t0, h.t1) || setOffBy(toks, h.t0, "during") || nominal(h, toks) && withinJourney(toks, h.t0) && agentAfter(ments, h.t1) == h.t1) {
		to := destinationAfter(ments, h.t1)
		for k := range ments {
			if m := &ments[k]; m.kind == mentionActor && m.t1 <= h.t0 && m.prep == "" && !m.poss && m.ent.actor.Type == "person" {
				if to != "" && m.ent.actor.Country != "" && timeline.SameCountry(m.ent.actor.Country, to) {
					// "Shultz met Shevardnadze on the first day of
					// an official visit to Washington": the one from
					// elsewhere is the visitor.
					continue
				}
				return m
			}
		}
	}
	// "Park arrived here earlier in the day on a three-day trip": the
	// one who arrives makes the visit the arrival is for.
	if h.rule.mode == timeline.ModeVisit && nominal(h, toks) && !(h.t1 < len(toks) && (toks[h.t1].low == "to" || toks[h.t1].low == "in")) {
		// (A visit with its own place, "for a state visit to Russia",
		// is the arrival's report, told with it.)
		if a := arrivalFor(toks, h.t0); a > 0 {
			for k := len(ments) - 1; k >= 0; k-- {
				if m := &ments[k]; m.kind == mentionActor && m.t1 <= a && m.prep == "" && m.ent.actor.Type == "person" {
					return m
				}
			}
		}
	}
	// "completes an overseas trip that also included visits to
	// Afghanistan and Pakistan": the stops of a journey are the
	// journey's traveller's, the person the sentence named before.
	if h.rule.mode == timeline.ModeVisit {
		for k := h.t0 - 1; k >= max(0, h.t0-3); k-- {
			if w := toks[k].low; w == "included" || w == "includes" || w == "include" || w == "including" {
				if slices.ContainsFunc(ments, func(m mention) bool {
					return m.kind == mentionActor && m.prep == "by" && m.t0 > h.t1 && m.t0-h.t1 <= 7 && m.ent.actor.Type == "person"
				}) {
					break // "including the visit this week by Japanese Prime Minister Yasuhiro Nakasone": his
				}
				for i := len(ments) - 1; i >= 0; i-- {
					if m := &ments[i]; m.kind == mentionActor && m.t1 <= k && m.ent.actor.Type == "person" {
						return m
					}
				}
				break
			}
		}
	}
	if !nominal(h, toks) && h.t0 > 1 && toks[h.t0-1].text == "," && strings.HasSuffix(toks[h.t0].low, "ing") {
		// "days after Mekdad made the first visit ... to Saudi Arabia
		// since 2011, holding talks with Faisal bin Farhan": a
		// participle set off after a clause is done by that clause's
		// subject.
		for k := len(ments) - 1; k >= 0; k-- {
			m := &ments[k]
			if m.kind != mentionActor || m.t1 >= h.t0 || m.ent.actor.Type != "person" {
				continue
			}
			if (m.prep == "" || conjunctions[m.prep]) && !m.poss && verbBetween(toks, m.t1, h.t0-1) {
				return m
			}
		}
	}
	if !nominal(h, toks) {
		// "invited Gorbachev to visit", "an invitation to Gorbachev to
		// visit": the person right before "to" goes.
		if h.t0 > 1 && toks[h.t0-1].low == "to" {
			for k := len(ments) - 1; k >= 0; k-- {
				if m := &ments[k]; m.kind == mentionActor && m.t1 == h.t0-1 && m.ent.actor.Type == "person" {
					return m
				}
			}
		}
		if m := relativeAntecedent(toks, ments, h.t0); m != nil {
			return m
		}
		if h.t0 > 0 {
			for k := range ments {
				if m := &ments[k]; m.t1 == h.t0 && m.partner != nil && toks[m.t0].low == "they" {
					return m // "as they met at the retreat": the people the sentence opened with
				}
			}
			switch toks[h.t0-1].low {
			case "it", "they", "we", "i", "you", "which", "that", "who":
				return nil // the subject is right there, and unknown
			}
			if (h.rule.need == needAgreement && (beForms[toks[h.t0-1].low] || agreementNouns[toks[h.t0-1].low]) || h.rule.action == "host" && toks[h.t0].low == "hosted" && !beForms[toks[h.t0-1].low]) && h.t1 < len(toks) && toks[h.t1].low == "by" {
				// ("peace talks hosted by Turkey": Turkey hosts, not the
				// sentence's subject.)
				// "Documents ... were signed by the two governments", "the
				// Algiers agreement signed by Ethiopia and Eritrea": a
				// passive's agent.
				for k := range ments {
					if m := &ments[k]; m.kind == mentionActor && m.t0 == h.t1+1 && m.prep == "by" {
						return m
					}
				}
			}
		}
		for k := len(ments) - 1; k >= 0; k-- {
			m := &ments[k]
			if m.kind == mentionActor && m.t1 <= h.t0 && conjunctions[m.prep] && onlyAuxiliaries(toks, m.t1, h.t0) {
				return m // "after President Corazon Aquino took power", "before Nakasone is scheduled to leave"
			}
			if m.kind == mentionActor && m.country != nil && !m.party && traveller(h.rule) {
				continue // "visiting South Korea before returning": countries do not travel
			}
			if m.kind == mentionActor && (m.prep == "of" || m.prep == "from") && m.ent.actor.Type == "organisation" && m.t1 <= h.t0 && groupHead(toks, m.t0) && onlyAuxiliaries(toks, m.t1, h.t0) {
				return m // "Leaders of the Group of Seven arrived"
			}
			if m.kind == mentionActor && (m.prep == "from" || m.prep == "of") && m.country != nil && m.t1 <= h.t0 && statesHead(toks, m.t0) && onlyAuxiliaries(toks, m.t1, h.t0) {
				return m // "Officials from Indonesia and Malaysia will meet": the last state, its partners before
			}
			if m.kind == mentionActor && m.t1 <= h.t0 && m.prep == "" && !(m.poss && (m.country != nil || m.ent.actor.Type == "organisation" && possessedObject(toks, m.t0))) && !m.object &&
				!inRelative(toks, m.t0, m.t1, h.t0) {
				for j := m.t1; j < h.t0; j++ {
					if reporting[toks[j].low] {
						return nil // "X said a shipment will leave": X is not leaving
					}
				}
				return m
			}
		}
		return nil
	}
	// Two states named by one adjective before the noun: "a specially
	// convened Franco-German meeting", "U.S.-Japanese trade talks".
	for k := len(ments) - 1; k >= 0; k-- {
		m := &ments[k]
		if !m.pair || m.t1 > h.t0 || h.t0-m.t1 > 2 {
			continue
		}
		near := true
		for j := m.t1; j < h.t0; j++ {
			if toks[j].capitalised() || !toks[j].word() || functionWords[toks[j].low] {
				near = false
			}
		}
		if near {
			return m
		}
	}
	// Possessor before the noun and its modifiers: "his much-anticipated
	// summit", "Nakasone's official visit".
	for k := len(ments) - 1; k >= 0; k-- {
		m := &ments[k]
		if m.kind != mentionActor || !m.poss || m.t1 > h.t0 || h.t0-m.t1 > 6 {
			continue
		}
		near := h.t0-m.t1 <= 4 || roundOf(toks, m.t1, h.t0)
		for j := m.t1; j < h.t0; j++ {
			if w := toks[j].low; !toks[j].possessive() && !nounStarts[w] && !strings.Contains(w, "-") && !(m.pronoun && j == m.t1) && !placeWordAt(ments, j) && !roundOf(toks, j, j+1) {
				near = false
			}
		}
		if near {
			return m
		}
	}
	// Agent ("a visit to the United States by President Corazon Aquino")
	// or "between X and Y" after the noun, in its clause.
	for k := range ments {
		m := &ments[k]
		held := heldSides(toks, h.t1, m) // "talks held in Zurich between X and Y"
		if m.kind != mentionActor || m.t0 < h.t1 || m.t0 > end && !held {
			continue
		}
		if m.prep == "between" && (m.t0-h.t1 <= 6 && !verbBetween(toks, h.t1, m.t0) || held) && !h.rule.between || m.prep == "by" && (m.ent.actor.Type == "person" || m.country != nil && m.t1-m.t0 >= 2) && m.t0-h.t1 <= 7 {
			return m
		}
	}
	// "Remarks by Vice President Harris and Prime Minister Johnson
	// before their bilateral meeting": the speakers named after "by"
	// hold the meeting their remarks come before or after.
	if remarksOn(toks, h.t0) {
		for k := range ments {
			if m := &ments[k]; m.kind == mentionActor && m.prep == "by" && m.t1 <= h.t0 && m.ent.actor.Type == "person" {
				return m
			}
		}
	}
	// A ceremony belongs to whoever the sentence is about: "Following a
	// farewell ceremony, Kim's special train pulled out".
	if h.rule.mode == timeline.ModeCeremony {
		for k := len(ments) - 1; k >= 0; k-- {
			if m := &ments[k]; m.kind == mentionActor && m.t1 <= h.t0 && m.prep == "" {
				return m
			}
		}
		for k := range ments {
			if m := &ments[k]; m.kind == mentionActor && m.t0 >= h.t1 && m.prep == "" {
				return m
			}
		}
	}
	// "drove straight from the airport to a meeting with Shevardnadze":
	// a meeting with someone is had by the clause's subject.
	if h.t1 < len(toks) && toks[h.t1].low == "with" {
		for k := len(ments) - 1; k >= 0; k-- {
			m := &ments[k]
			if m.kind != mentionActor || m.t1 > h.t0 || m.prep != "" || m.poss || m.object || inRelative(toks, m.t0, m.t1, h.t0) {
				continue
			}
			if m.country != nil && m.t0 > 0 && countryObject[toks[m.t0-1].low] {
				continue // "will visit Japan next week for talks with Kono": the place visited holds no talks
			}
			for j := m.t1; j < h.t0; j++ {
				w := toks[j].low
				if (w == "who" || w == "which" || w == "whom") && toks[j-1].text == "," {
					// "Kerry, who accompanied Obama, is to hold talks
					// with": a clause closed before the trigger is
					// passed over.
					k := j + 1
					for k < h.t0 && toks[k].text != "," {
						k++
					}
					if k < h.t0 {
						j = k
						continue
					}
				}
				if reporting[w] || w == ";" || w == "who" || w == "which" || w == "whom" {
					if r := relativeLight(h, toks, ments); r != nil && w == "who" {
						return r // "Lee Myung-bak, who held a summit with Noda in Kyoto": the relative's own meeting
					}
					return nil // "the ambassador, who arrived from a meeting with X"
				}
			}
			return m
		}
	}
	// "arrived in Tanzania on Sunday after a three-day visit to Russia":
	// a journey or talks named after "after", "before", "following" or
	// "during" are the clause subject's.
	if sequenced(toks, h.t0) || setAt(toks, h.t0) { // "agreed on Wednesday ... at a summit in Geneva": the subject's summit
		for k := len(ments) - 1; k >= 0; k-- {
			m := &ments[k]
			if m.kind != mentionActor || m.t1 > h.t0 || m.prep != "" || m.poss || m.country != nil || m.object || inRelative(toks, m.t0, m.t1, h.t0) {
				continue
			}
			for j := m.t1; j < h.t0; j++ {
				// "Kuranari told reporters after meeting the
				// ambassador": his own report is no other subject's.
				if w := toks[j].low; reporting[w] && j != m.t1 && !announcesThing(toks, j) || w == ";" || w == "who" || w == "which" {
					return nil
				}
			}
			return m
		}
	}
	if m := phaseSubject(h, toks, ments); m != nil {
		return m
	}
	if m := relativeLight(h, toks, ments); m != nil {
		return m
	}
	if m := callMeans(h, toks, ments); m != nil {
		return m
	}
	// Subject of a light verb: "X held talks", "X will hold a summit",
	// "Leaders of the Group of Eight will hold their summit".
	for k := len(ments) - 1; k >= 0; k-- {
		m := &ments[k]
		group := (m.prep == "of" || m.prep == "from") && m.ent != nil && m.ent.actor.Type == "organisation" && groupHead(toks, m.t0)
		// "days after Mekdad made the first visit": a subordinate
		// clause's subject holds its own light verb.
		subClause := conjunctions[m.prep] && m.t1 < h.t0 && (lightVerbs[toks[m.t1].low] || auxWords[toks[m.t1].low] && m.t1+1 < h.t0 && lightVerbs[toks[m.t1+1].low])
		if m.kind != mentionActor || m.t1 > h.t0 || m.prep != "" && !group && !subClause || m.poss && m.country != nil || inRelative(toks, m.t0, m.t1, h.t0) {
			continue
		}
		for j := m.t1; j < h.t0; j++ {
			if j == m.t1 && toks[j].text == "," && (toks[j+1].low == "on" || toks[j+1].low == "in" || toks[j+1].low == "here" && j+2 < h.t0 && toks[j+2].low == "on") {
				continue // "Nakasone, on a visit to Washington, met"; "Chirac, in a visit with Reagan,"; "Duffy, here on a visit,"
			}
			if toks[j].low == "here" && j > m.t1 && toks[j+1].low == "on" {
				continue // "Duffy is here on a three-day visit"
			}
			switch toks[j].text {
			case ",", ";", ":", "(", ")", "--":
				return nil
			}
			if lightVerbs[toks[j].low] && (h.t0-j <= 4 || h.t0-j <= 7 && (modifiersOnly(toks[j+1:h.t0]) || measureOf(toks[j+1:h.t0]))) &&
				(j-m.t1 <= 3 || onlyAuxiliaries(toks, m.t1, j) || (toks[j-1].low == "and" || (toks[j-1].low == "before" || toks[j-1].low == "after") && strings.HasSuffix(toks[j].low, "ing")) && m.t0 <= 1 && verbBetween(toks, m.t1, j-1)) {
				// (and the second verb of the sentence's subject: "They
				// first met at Panmunjom on April 27 and held a second
				// summit on May 26")
				return m // "held a China-France-EU trilateral leaders' meeting"
			}
			if toks[j].low == "for" && j > m.t1 && h.t0-j <= 4 && h.rule.mode == timeline.ModeVisit && m.ent.actor.Type == "person" &&
				(slices.ContainsFunc(toks[m.t1:j], func(t token) bool { return stayVerbs[t.low] }) || hereOn(toks, h.t0)) {
				return m // "Kim is expected to stay on in Hanoi for an official visit", "Anwar arrived here yesterday for a two-day visit"
			}
			if toks[j].low == "on" && toks[j-1].low == "here" && j-1 > m.t1 && (toks[j-2].text == "," || beOn(toks, j-2)) && h.t0-j <= 4 {
				return m // "Duffy, here on a three-day visit", "is here on an official visit"
			}
			if (toks[j].low == "on" || toks[j].low == "in" && toks[j-1].text == ",") && j > m.t1 && (toks[j-1].text == "," || beOn(toks, j-1)) && h.t0-j <= 4 {
				return m // "Modi is on a two-day visit to the United States"
			}
			if reporting[toks[j].low] || toks[j].low == "to" && j > m.t1 && !planWords[toks[j-1].low] && !(j == m.t1+1 && beForms[toks[j-1].low]) {
				return nil // "said it planned ... to discourage people making trips"
			}
		}
		return nil
	}
	return nil
}

// roundOf reports whether toks[i:j] holds "round of" ("rounds of"), or
// is a part of it: "their first round of summit talks".
func roundOf(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		switch w := toks[k].low; {
		case (w == "round" || w == "rounds") && k+1 < len(toks) && toks[k+1].low == "of":
			return true
		case w == "of" && k > 0 && (toks[k-1].low == "round" || toks[k-1].low == "rounds"):
			return true
		}
	}
	return false
}

// measureOf reports whether toks, between a light verb and its noun,
// measure it: "held more than five hours of talks", "held about 90
// minutes of talks", "held several rounds of negotiations".
func measureOf(toks []token) bool {
	k := 0
	for k < len(toks) && measureHedges[toks[k].low] {
		k++
	}
	if k >= len(toks) || !(numberWords[toks[k].low] || toks[k].low[0] >= '0' && toks[k].low[0] <= '9') {
		return false
	}
	k++
	if k+2 != len(toks) && !(k+3 == len(toks) && toks[k+2].word() && !toks[k+2].capitalised()) {
		return false // the unit, "of", and at most one modifier
	}
	return measureUnits[toks[k].low] && toks[k+1].low == "of"
}

var (
	measureHedges = wordSet(`more than less nearly almost about some over at least roughly around`)
	numberWords   = wordSet(`a an one two three four five six seven eight nine ten eleven twelve several many few a couple`)
	measureUnits  = wordSet(`hour hours minute minutes day days week weeks round rounds session sessions`)
)

// modifiersOnly reports whether toks, between a light verb and its
// noun, are only a noun phrase's determiner and modifiers: no
// preposition, clause word, punctuation other than a possessive mark,
// or verb of a clause of their own.
func modifiersOnly(toks []token) bool {
	for _, t := range toks {
		switch {
		case t.possessive(), t.text == "'" || t.text == "’":
		case !t.word(), prepositions[t.low], clauseJoins[t.low], functionWords[t.low], reporting[t.low], auxWords[t.low], lightVerbs[t.low]:
			return false
		}
	}
	return true
}

// stayVerbs keep a traveller where a visit is: "is expected to stay on
// in Hanoi for an official visit".
var stayVerbs = wordSet(`stay stays stayed staying remain remains remained remaining`)

// placeWordAt reports whether token j is part of a city's name: "Shultz'
// Moscow talks".
func placeWordAt(ments []mention, j int) bool {
	for _, m := range ments {
		if (m.kind == mentionCity || m.country != nil && m.prep == "" && !m.poss) && m.t0 <= j && j < m.t1 {
			return true // "Shultz' Moscow talks", "his two-day Egypt visit"
		}
	}
	return false
}

// relativeAntecedent returns the person a relative clause that holds
// the verb at t0 is about: "Funaro, who travels to Italy this evening,
// said ...", "The minister, who is due to leave for Paris on Tuesday".
// Only auxiliaries may stand between "who" and the verb.
func relativeAntecedent(toks []token, ments []mention, t0 int) *mention {
	for w := t0 - 1; w >= 2 && w >= t0-5; w-- {
		if toks[w].low != "who" {
			continue
		}
		if toks[w-1].text != "," || !onlyAuxiliaries(toks, w+1, t0) {
			return nil
		}
		for k := len(ments) - 1; k >= 0; k-- {
			if m := &ments[k]; m.kind == mentionActor && m.t1 == w-1 && m.ent.actor.Type == "person" {
				if h, tied := aideOf(toks, ments, k); tied {
					return h // the apposition's head, or no one the text names as a person
				}
				return m
			}
		}
		return nil
	}
	return nil
}

// aideOf returns the person an apposition ending in ments[k] describes,
// when it names him by his tie to ments[k]: "Henk Heidweiler, a top aide
// to Surinam military leader Desi Bouterse, who visited" is Heidweiler.
// tied reports whether the apposition is such a tie; the head is nil when
// it is no person the mentions hold.
func aideOf(toks []token, ments []mention, k int) (head *mention, tied bool) {
	m := ments[k]
	// Back from the name over the apposition's words to its comma.
	j := m.t0 - 1
	for j > 0 && m.t0-j <= 8 && toks[j].text != "," {
		j--
	}
	if j <= 0 || j+1 >= m.t0 || !appositiveTie(toks, j) {
		return nil, false
	}
	for i := k - 1; i >= 0; i-- {
		if h := &ments[i]; h.kind == mentionActor && h.t1 == j && h.ent.actor.Type == "person" {
			return h, true
		}
	}
	return nil, true
}

// aideNouns tie a person to another in an apposition: "a top aide to",
// "an adviser to", "the envoy of".
var aideNouns = wordSet(`aide aides adviser advisor envoy emissary spokesman spokeswoman deputy assistant secretary representative son daughter wife brother`)

// bodyTravellers after an organisation's name make it people who travel.
var bodyTravellers = wordSet(`team teams mission missions delegation delegations delegates officials experts envoy envoys
	representatives negotiators staff chief head president director secretary-general commission commissioners`)

// beOn reports whether toks[k] closes "is", "was", "are" or "were" and
// at most one adverb before "on": "is on a visit", "is currently on a
// visit".
func beOn(toks []token, k int) bool {
	be := func(w string) bool { return w == "is" || w == "was" || w == "are" || w == "were" }
	if be(toks[k].low) {
		return true
	}
	switch toks[k].low {
	case "currently", "now", "still", "already", "also":
		return k > 0 && be(toks[k-1].low)
	}
	return false
}

// meetingNouns name a meeting that a clause may be set at.
var meetingNouns = wordSet(`summit summits meeting meetings talks conference session`)

// announcesThing reports whether the reporting verb at j has a noun for
// its object rather than a clause: "announced the lifting of the embargo
// during a visit to Hanoi" tells the subject's own journey.
func announcesThing(toks []token, j int) bool {
	if toks[j].low != "announced" || j+1 >= len(toks) {
		return false
	}
	switch toks[j+1].low {
	case "a", "an", "the", "his", "her", "their", "its":
		return true
	}
	return false
}

// sequenced reports whether the noun at t0 follows "after", "before",
// "following" or "during" and at most three words of its phrase ("after
// a three-day visit", "before his official trip").
func sequenced(toks []token, t0 int) bool {
	for k := t0 - 1; k >= max(0, t0-4); k-- {
		switch w := toks[k].low; {
		case w == "after" || w == "before" || w == "following" || w == "during":
			return true
		case w == "a" || w == "an" || w == "the" || w == "his" || w == "her" || w == "their" || w == "its" ||
			strings.Contains(w, "-") || nounStarts[w] || toks[k].capitalised() && k > 0:
			continue // "during the Uruguay round"
		case possessiveTimes[w] && k+1 < t0 && toks[k+1].possessive():
			continue // "during next week's visit to Tokyo"
		}
		return false
	}
	return false
}

// possessiveTimes are the time nouns that, with "'s", stand before an
// event's noun: "next week's visit", "Sunday's talks".
var possessiveTimes = wordSet(`week month year weekend today tomorrow yesterday
	monday tuesday wednesday thursday friday saturday sunday`)

// inRelative reports whether the mention toks[t0:t1] lies in a relative
// clause between commas that closes before the trigger at h0: in
// "Kerry, who accompanied Obama, is expected to hold talks", Obama is
// no subject of the talks.
func inRelative(toks []token, t0, t1, h0 int) bool {
	open := false
	for j := t0 - 1; j >= 1; j-- {
		switch toks[j].text {
		case ",", ";", ":", "(", ")", "--":
			j = 0 // the clause starts after the first mark before the mention
			continue
		}
		switch toks[j].low {
		case "who", "which", "whom", "whose", "that":
			open = toks[j-1].text == ","
		}
		if open {
			break
		}
	}
	if !open {
		return false
	}
	for j := t1; j < h0; j++ {
		if toks[j].text == "," {
			return true
		}
	}
	return false
}

// moving reports whether an arrival, departure or return of h is one:
// "left Vladivostok on Friday", "arrived here on Saturday", "returned
// home", "sets out Wednesday" — not "leave the formula unchanged",
// "could leave the United States overly dependent", "arrive at the
// results", "return to profitability" or "the amount set out in the
// budget". Other events always are.
func moving(h *hit, toks []token) bool {
	if a := h.actor; h.rule.travels && a != nil && a.ent.actor.Type == "organisation" && a.prep != "of" && (a.t1 >= len(toks) || !bodyTravellers[toks[a.t1].low]) {
		return false // "to attend the BRICS Summit and pay a state visit": the body does not travel; "an IMF team will visit" does
	}
	if !h.rule.travels || h.rule.mode == timeline.ModeVisit {
		return true
	}
	if h.actor == nil || h.actor.ent.actor.Type == "country" {
		return false
	}

	if k := h.t1; k < len(toks) && (toks[k].low == "as" || k+1 < len(toks) && toks[k+1].low == "as" && toks[k].capitalised() ||
		k+2 < len(toks) && toks[k+2].low == "as" && toks[k].capitalised() && toks[k+1].capitalised()) {
		// "Fox left Perry as president and chief operating officer",
		// "his departure as Federal Reserve Board chairman": a post
		// left, not a place.
		return false
	}
	after := ""
	if h.t1 < len(toks) {
		after = toks[h.t1].low
	}
	switch strings.ToLower(phrase(toks, h.t0, h.t1)) {
	case "set out", "sets out", "set off", "sets off":
		// "sets out Wednesday", "set out for Washington"
		return after == "for" || after == "on" || after == "today" || after == "tomorrow" || timeWord(after)
	case "departed", "departs", "depart":
		return true
	}
	if h.rule.arrives != nil && h.rule.arrives(h, toks, after) {
		return true
	}
	for _, m := range h.places {
		if m.kind == mentionCity {
			return true
		}
	}
	if len(h.places) == 0 {
		// "leave the Pacific port city", "left the capital"
		for k := h.t1; k < min(len(toks), h.t1+5); k++ {
			switch toks[k].low {
			case "city", "capital", "country", "port", "town", "island":
				return toks[h.t1].low == "the"
			case ",", ".", ";":
				return false
			}
		}
		return false
	}
	p := h.places[0]
	if p.poss || p.t1 >= len(toks) {
		return !p.poss
	}
	switch toks[p.t1].low {
	case ".", ",", ";", "for", "on", "to", "after", "in", "at", "late", "early", "yesterday", "today", "tomorrow", "and", "--", "last", "next", "this",
		"later", "earlier", "tonight", "before", "via", "from", "where", "when", "with", "ahead", "shortly", "amid", "following": // "will leave for Myanmar later today"
		return true
	}
	return timeWord(toks[p.t1].low)
}

// timeWord reports whether w is a weekday or a month name.
func timeWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december":
		return true
	}
	return false
}

// politicalRoles are offices that make a person a state's representative.
var politicalRoles = map[string]bool{
	"prime minister": true, "premier": true, "foreign minister": true, "secretary of state": true,
	"minister": true, "king": true, "queen": true, "chancellor": true, "leader": true,
	"ambassador": true, "envoy": true, "secretary-general": true, "emperor": true,
	"crown prince": true, "supreme leader": true, "vice president": true, "deputy prime minister": true,
	"general secretary": true, "pope": true, "defense secretary": true, "defence secretary": true,
	"treasury secretary": true, "trade representative": true, "finance minister": true,
	"trade minister": true, "foreign secretary": true, "secretary": true, "president": true,
	"national security adviser": true, "deputy secretary of state": true, "under secretary of state": true,
	"assistant secretary of state": true, "state councilor": true, "special envoy": true, "commissioner": true,
	"director-general": true, "managing director": true, "governor": true, "deputy foreign minister": true,
	"vice foreign minister": true, "deputy minister": true, "vice minister": true,
}

// political reports whether one of the participants stands for a state
// or an international organisation: a country, an organisation, a person
// of known nationality or in a political office. Company chairmen
// signing deals and merger talks are not diplomacy.
func political(actor *mention, recips []*mention) bool {
	ms := recips
	if actor != nil {
		ms = append([]*mention{actor}, recips...)
	}
	for _, m := range ms {
		a := m.ent.actor
		if m.ent.private {
			continue
		}
		if a.Type == "country" || a.Type == "organisation" || a.Type == "government" || a.Country != "" || politicalRoles[a.Role] || strings.HasSuffix(a.Role, "minister") {
			return true
		}
	}
	return false
}

// statesRoles are the offices that speak for a state abroad.
var statesRoles = map[string]bool{
	"leader": true, "president": true, "prime minister": true, "premier": true, "king": true,
	"queen": true, "foreign minister": true, "secretary of state": true, "chancellor": true,
	"general secretary": true, "supreme leader": true, "emperor": true, "secretary-general": true,
	"foreign secretary": true, "crown prince": true, "pope": true,
}

// statesman reports whether m speaks for a state abroad: a country, an
// international organisation or a person in such an office.
func statesman(m *mention) bool {
	if m == nil {
		return false
	}
	a := m.ent.actor
	return a.Type == "country" || a.Type == "organisation" || statesRoles[a.Role]
}

// commerceWords mark a participant or an object as a business.
var commerceWords = map[string]bool{
	"business": true, "businessmen": true, "company": true, "companies": true, "firm": true,
	"firms": true, "bank": true, "banks": true, "creditor": true, "creditors": true,
	"shareholders": true, "merger": true, "acquisition": true, "contract": true,
	"contracts": true, "venture": true, "loan": true, "loans": true, "industry": true,
	"executives": true, "traders": true, "corporation": true, "bhd": true, "plc": true,
}

// commercial reports whether the words right after the actor or in the
// trigger's clause make the event a matter of business.
func commercial(toks []token, h *hit, end int) bool {
	if h.actor != nil {
		for k := h.actor.t1; k < min(len(toks), h.actor.t1+3); k++ {
			if commerceWords[toks[k].low] {
				return true
			}
		}
	}
	for k := h.t1; k < end; k++ {
		if commerceWords[toks[k].low] && !stateBank(toks, k) && !creditorStates(toks, k) {
			return true
		}
	}
	// "to get 483 creditor banks to sign the rescheduling pact": the
	// subject right before the verb is business.
	for k := h.t0 - 1; k >= max(0, h.t0-4) && !toks[k].breaks(); k-- {
		if commerceWords[toks[k].low] && !stateBank(toks, k) {
			return true
		}
	}
	return false
}

// creditorStates reports whether the "creditor" at toks[k] describes
// states: "16 Western creditor countries", "creditor governments".
func creditorStates(toks []token, k int) bool {
	return toks[k].low == "creditor" && k+1 < len(toks) && statesNouns[toks[k+1].low]
}

// statesNouns name states as a group.
var statesNouns = wordSet(`countries nations governments states`)

// stateBank reports whether the "bank" at toks[k] is a state's or a
// body's: "Bank of France Governor Jacques de Larosiere", "the central
// bank", "the World Bank", "the Asian Development Bank"; "the central
// banks of the two countries".
func stateBank(toks []token, k int) bool {
	if toks[k].low == "banks" {
		return k > 0 && toks[k-1].low == "central"
	}
	if toks[k].low != "bank" {
		return false
	}
	if k > 0 {
		switch toks[k-1].low {
		case "central", "world", "development", "reserve", "national", "people's", "investment", "settlements":
			return true
		}
	}
	if k+2 < len(toks) && toks[k].text == "Bank" && toks[k+1].low == "of" {
		_, ok := lexicon.LookupCountry(toks[k+2].text)
		return ok
	}
	return false
}

// remarksOn reports whether the noun at t0 is what remarks are made
// before, after or at: "before their bilateral meeting", "after a
// meeting", "at the signing".
func remarksOn(toks []token, t0 int) bool {
	k := t0 - 1
	for k >= 0 && (toks[k].low == "bilateral" || toks[k].low == "their" || toks[k].low == "a" || toks[k].low == "the" || toks[k].low == "his" || toks[k].low == "her") {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].low {
	case "before", "after", "following", "at":
		for j := 0; j < k; j++ {
			if toks[j].low == "remarks" || toks[j].low == "statements" {
				return true
			}
		}
	}
	return false
}

// unknownOne reports whether m is a person known by one word only, with
// no title, office or state.
func unknownOne(m *mention, day time.Time) bool {
	if m == nil || m.kind != mentionActor || m.pronoun || m.ent == nil {
		return false
	}
	a := m.ent.actor
	if a.Type != "person" || a.Role != "" || a.Country != "" || strings.Contains(a.Name, " ") {
		return false
	}
	for _, role := range []string{"president", "prime minister", "chancellor", "premier", "leader"} {
		if _, ok := lexicon.LeaderOf(a.Name, role, day); ok {
			return false // "Nakasone hopes to meet President Reagan"
		}
	}
	return true
}

// arrivalFor returns the index of the arrival verb whose journey the visit
// noun at t0 is, after "on a" or "for a" in the same clause ("arrived here
// earlier in the day on a three-day trip"), or 0.
func arrivalFor(toks []token, t0 int) int {
	k := t0 - 1
	for k >= 0 && (determiners[toks[k].low] || nounStarts[toks[k].low] || strings.Contains(toks[k].low, "-")) {
		if toks[k].low == "his" || toks[k].low == "her" || toks[k].low == "their" || toks[k].possessive() {
			return 0 // "for his first visit as president": the possessor's
		}
		k--
	}
	if k < 0 || toks[k].low != "on" && toks[k].low != "for" {
		return 0
	}
	for j := k - 1; j >= max(1, k-10); j-- {
		if toks[j].breaks() {
			return 0
		}
		if w := toks[j].low; strings.HasPrefix(w, "arriv") || w == "landed" {
			return j
		}
	}
	return 0
}
