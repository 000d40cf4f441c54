package parse

import (
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// A hit is one rule's trigger found in a sentence, with the event being
// built from it.
type hit struct {
	rule   *rule
	t0, t1 int // token range of the trigger
	seg    int // the clause segment the trigger is in
	ev     timeline.Event
	point  bool // ev.When.Start came from a date of the sentence
	actor  *mention
	places []mention
	dest   *mention // where a departure is bound: "sets out ... for Washington"
	// ref marks a definite mention of an event told before ("the three
	// days of talks"): what it says goes to that event.
	ref bool
	// vague marks a hit whose clause has a time the calendar cannot
	// place ("recently"): it takes no date from the story's focus.
	vague bool
}

// focusLife is how many sentences a date stays in focus for events that
// give none of their own.
const focusLife = 2

// extract finds the events of a document: every sentence from bodyStart
// on (the story, not the photo captions above it) goes through the
// rules; entities are learnt from the whole text so that the captions'
// "Russian President Vladimir Putin" names the body's "Putin".
func extract(id, text string, bodyStart int, doc timeline.Document, dates []timeline.Date) []timeline.Event {
	es := newEntities()
	var events []timeline.Event
	var focus timeline.Date
	focusAge := focusLife + 1
	if d := doc.Dateline.Date; d.Placed() {
		// A story's lead tells of the dateline's day: "Shultz arrived
		// in Moscow" under "MOSCOW, April 13".
		focus, focusAge = timeline.DayOf(d.Earliest), -1
	}
	venues := map[string]string{}         // actor name -> venue of a meeting
	travel := map[string]timeline.Place{} // actor name -> where they are bound
	for _, s := range Sentences(text) {
		toks := tokenize(s.Text, s.Span.Start)
		ments := es.mentions(toks)
		noteVenue(toks, ments, venues)
		if s.Span.Start < bodyStart {
			continue
		}
		var sd []timeline.Date
		for _, d := range dates {
			if d.Span.Start >= s.Span.Start && d.Span.End <= s.Span.End && !inside(d.Span, doc.Dateline.Span) {
				sd = append(sd, d)
			}
		}
		hits := findHits(toks, ments)
		if focusAge++; focusAge > focusLife {
			focus = timeline.Date{}
		}
		for i := range hits {
			h := &hits[i]
			h.ev.ID = timeline.EventID(id, len(events)+i+1)
		}
		resolveHits(toks, sd, hits, doc, focus)
		for _, h := range hits {
			if h.ref {
				refer(events, h.ev)
				continue
			}
			if h.dest != nil {
				for _, a := range h.ev.Actors {
					travel[a.Name] = placeOf(*h.dest)
				}
			}
			if h.ev.Mode == timeline.ModeVisit && h.ev.CAMEO == "042" && !h.ev.Place.IsZero() {
				for _, a := range h.ev.Actors {
					travel[a.Name] = h.ev.Place
				}
			}
			if h.ev.Mode == timeline.ModeMeeting && h.ev.Place.IsZero() {
				for _, a := range append(slices.Clone(h.ev.Actors), h.ev.Recipients...) {
					if p, ok := travel[a.Name]; ok {
						h.ev.Place = p
						break
					}
				}
			}
			events = append(events, h.ev)
		}
		for _, d := range sd {
			if d.Placed() && d.Precision >= timeline.Day {
				focus, focusAge = timeline.DayOf(d.Earliest), 0
			}
		}
	}
	for i := range events {
		e := &events[i]
		if e.Mode == timeline.ModeMeeting && e.Place.Venue == "" {
			for _, a := range e.Actors {
				if v, ok := venues[a.Name]; ok {
					e.Place.Venue = v
					break
				}
			}
		}
		if e.Place.City == "" && e.Place.Country == "" && e.Kind != timeline.KindOther || e.Mode == timeline.ModeCeremony && e.Place.IsZero() {
			if e.Mode != timeline.ModeVisit && e.Action != "return" && e.Status == timeline.StatusOccurred {
				e.Place.City, e.Place.Country = doc.Dateline.Place.City, doc.Dateline.Place.Country
			}
		}
	}
	return events
}

// refer gives what a definite mention of an event says (its length, its
// date) to the latest event of the same action told before, as a further
// report of it.
func refer(events []timeline.Event, ref timeline.Event) {
	for i := len(events) - 1; i >= 0; i-- {
		e := &events[i]
		if e.Action != ref.Action {
			continue
		}
		if e.When.Length.IsZero() && !ref.When.Length.IsZero() {
			e.When.Length = ref.When.Length
			if end, ok := endOf(e.When.Start, e.When.Length); ok {
				e.When.End = end
			}
		}
		if !e.When.Start.Placed() && ref.When.Start.Placed() {
			e.When.Start, e.When.End = ref.When.Start, ref.When.End
		}
		e.Evidence = append(e.Evidence, ref.Evidence...)
		return
	}
}

// placeOf returns the place a city or country mention names.
func placeOf(m mention) timeline.Place {
	if m.kind == mentionCity {
		return timeline.Place{City: m.city.Name, Country: m.city.Country.Name}
	}
	return timeline.Place{Country: m.ent.actor.Name}
}

// venueWords end the name of a place where leaders meet.
var venueWords = map[string]bool{
	"University": true, "Palace": true, "Hall": true, "House": true, "Hotel": true,
	"Centre": true, "Center": true, "Building": true, "Kremlin": true, "Castle": true,
	"Villa": true, "Resort": true, "Museum": true, "Complex": true, "Island": true,
	"Lodge": true, "Residence": true, "Guesthouse": true, "Embassy": true,
}

// noteVenue records, for every person of a sentence that talks of a
// meeting ("meeting venue", "summit", "talks"), the venue it names: a
// capitalised phrase after "at" ending in a venue word ("at Far Eastern
// Federal University").
func noteVenue(toks []token, ments []mention, venues map[string]string) {
	meeting := false
	for _, t := range toks {
		switch t.lower() {
		case "summit", "talks", "meeting", "venue", "met", "meet":
			meeting = true
		}
	}
	if !meeting {
		return
	}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].lower() != "at" {
			continue
		}
		j := i + 1
		if toks[j].lower() == "the" {
			j++
		}
		k := j
		for k < len(toks) && toks[k].capitalised() && toks[k].word() {
			k++
		}
		if k > j && venueWords[toks[k-1].text] {
			v := phrase(toks, j, k)
			for _, m := range ments {
				if m.kind == mentionActor && m.ent.actor.Type == "person" {
					if _, ok := venues[m.ent.actor.Name]; !ok {
						venues[m.ent.actor.Name] = v
					}
				}
			}
			return
		}
	}
}

// A trigger is one rule's word sequence, split once.
type trigger struct {
	rule  *rule
	words []string
	prio  int // the rule's place in rules
}

// triggers indexes every rule's triggers by their first word, longest
// first within a rule and rules in priority order.
var triggers = sync.OnceValue(func() map[string][]trigger {
	m := map[string][]trigger{}
	for prio, r := range rules {
		for _, t := range r.triggers {
			w := strings.Fields(t)
			m[w[0]] = append(m[w[0]], trigger{r, w, prio})
		}
	}
	for _, ts := range m {
		slices.SortStableFunc(ts, func(a, b trigger) int {
			if a.prio != b.prio {
				return a.prio - b.prio
			}
			return len(b.words) - len(a.words)
		})
	}
	return m
})

// findHits finds rule triggers in toks, leftmost first; at one word the
// first rule in rules wins, and within a rule the longest trigger.
func findHits(toks []token, ments []mention) []hit {
	var hits []hit
	index := triggers()
	for i := 0; i < len(toks); {
		var best *trigger
		for k, t := range index[toks[i].low] {
			if matchTrigger(toks, i, t.words) {
				best = &index[toks[i].low][k]
				break
			}
		}
		if best == nil {
			i++
			continue
		}
		h := hit{rule: best.rule, t0: i, t1: i + len(best.words)}
		if admit(&h, toks, ments) {
			hits = append(hits, h)
			i = h.t1
			continue
		}
		if definite(&h, toks) {
			r := h.rule
			h.ref = true
			h.ev = timeline.Event{Kind: r.kind, Mode: r.mode, CAMEO: r.cameo, Action: r.action}
			hits = append(hits, h)
			i = h.t1
			continue
		}
		i++
	}
	return hits
}

// definite reports whether h is a definite noun naming an event the
// story told of before: "The three days of talks are overshadowed",
// "the visit", "the summit".
func definite(h *hit, toks []token) bool {
	if h.rule.kind != timeline.KindConsult || !nominal(h, toks) {
		return false
	}
	for k := h.t0 - 1; k >= max(0, h.t0-4); k-- {
		switch toks[k].low {
		case "the":
			return true
		case ",", ";", "a", "an":
			return false
		}
	}
	return false
}

// matchTrigger reports whether words match toks at i; "*" matches any
// word.
func matchTrigger(toks []token, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		if w != "*" && toks[i+k].low != w {
			return false
		}
	}
	return true
}

// clauseEnd returns the end of the clause segment after token i: the next
// comma, semicolon, dash or bracket.
func clauseEnd(toks []token, i int) int {
	for ; i < len(toks); i++ {
		switch toks[i].text {
		case ",", ";", "--", "—", "–", "(", ")", ":":
			return i
		}
	}
	return len(toks)
}

// segmentOf returns the clause segment index of token i.
func segmentOf(toks []token, i int) int {
	n := 0
	for k := 0; k < i && k < len(toks); k++ {
		switch toks[k].text {
		case ",", ";", "--", "—", "–", "(", ")", ":":
			n++
		}
	}
	return n
}

// agreementNouns are what a signing signs.
var agreementNouns = map[string]bool{
	"agreement": true, "agreements": true, "accord": true, "accords": true, "treaty": true,
	"pact": true, "declaration": true, "memorandum": true, "communique": true,
	"protocol": true, "convention": true, "charter": true, "joint statement": true,
}

// admit checks a hit's needs against the sentence and, when they are met,
// fills in its actors, recipients and places.
func admit(h *hit, toks []token, ments []mention) bool {
	end := clauseEnd(toks, h.t1)
	if h.rule.need == needOrganisation {
		// The organisation that meets is the actor: "a meeting of EC
		// finance ministers", "of the Gulf Cooperation Council".
		for k := range ments {
			m := &ments[k]
			if m.kind == mentionActor && m.t0 >= h.t1 && m.t0 <= min(end, h.t1+6) && m.ent.actor.Type == "organisation" {
				h.actor = m
				break
			}
		}
		if h.actor == nil {
			return false
		}
	} else {
		h.actor = findActor(h, toks, ments, end)
	}
	// "Gorbachev and Reagan signed": the actor's partners before the
	// trigger count as recipients.
	var partners []*mention
	if h.actor != nil && h.actor.t1 <= h.t0 {
		for k := range ments {
			m := &ments[k]
			if m.kind == mentionActor && m.ent != h.actor.ent && m.t1 < h.actor.t0 && toks[m.t1].low == "and" &&
				(m.t1+1 == h.actor.t0 || m.t1+2 == h.actor.t0 && toks[m.t1+1].low == "the") {
				partners = append(partners, m)
			}
		}
	}
	// Recipients: actors after the trigger introduced by "with" or
	// "between", or a direct object right after a verb trigger.
	var recips []*mention
	for k := range ments {
		if h.rule.need != needRecipient && h.rule.kind == timeline.KindConsult && h.rule.mode != timeline.ModeMeeting {
			break // arrivals, departures and visits have places, not recipients
		}
		m := &ments[k]
		if m.kind != mentionActor || m.t0 < h.t1 || m.t0 > end || (h.actor != nil && m.ent == h.actor.ent) {
			continue
		}
		direct := (m.t0 == h.t1 || m.t0 == h.t1+1 && toks[h.t1].lower() == "the") && !m.poss &&
			(m.ent.actor.Type == "person" || h.rule.name != "meet")
		if m.prep == "with" || m.prep == "between" && m.t0-h.t1 <= 3 || direct || m.t0 > 0 && toks[m.t0-1].lower() == "and" && (len(recips) > 0 || h.actor != nil && h.actor.prep == "between") {
			recips = append(recips, m)
		}
	}
	for _, m := range recips {
		m.object = true // "he had never met Gorbachev ... and had since met him"
	}
	if len(partners) > 0 && (h.rule.kind != timeline.KindConsult || h.rule.mode == timeline.ModeMeeting || h.rule.mode == timeline.ModePhone) {
		// The first named of "Gorbachev and Reagan" leads.
		partners = append(partners, h.actor)
		h.actor = partners[0]
		recips = append(partners[1:], recips...)
	}
	// Places: cities and countries after the trigger, in its clause,
	// the first of them close to the trigger as its object ("visit to
	// Russia", "left Russia's Far East city of Vladivostok", "pulled out
	// of the Vladivostok railway station").
	for _, m := range ments {
		if m.t0 < h.t1 || m.t0 > end || m.kind != mentionCity && m.country == nil {
			continue
		}
		if len(h.places) == 0 && h.rule.need != needPlace && h.rule.mode != timeline.ModeDeparture && h.rule.mode != timeline.ModeArrival {
			// Other events take a place the clause puts them in.
			if m.prep == "in" || m.prep == "at" {
				h.places = append(h.places, m)
			}
			continue
		}
		if len(h.places) == 0 && (m.t0-h.t1 > 3 || m.prep != "" && m.prep != "to" && m.prep != "in" && m.prep != "of" && m.prep != "for") {
			break
		}
		if len(h.places) == 0 && h.rule.need == needPlace && m.prep != "" && m.prep != "to" && m.prep != "in" {
			break // "trips out of Washington" are no visits to it
		}
		if len(h.places) == 0 && m.prep == "for" && h.rule.mode != timeline.ModeDeparture {
			break
		}
		h.places = append(h.places, m)
	}
	if h.rule.mode == timeline.ModeDeparture && h.rule.action == "leave" {
		// "sets out Wednesday on a tough mission to Washington"
		for k := range ments {
			m := &ments[k]
			if m.t0 >= h.t1 && m.t0 <= end && (m.prep == "to" || m.prep == "for") && (m.kind == mentionCity || m.country != nil) {
				h.dest = m
				break
			}
		}
	}
	switch h.rule.need {
	case needPlace:
		if len(h.places) == 0 {
			return false
		}
	case needRecipient:
		if len(recips) == 0 {
			return false
		}
	case needAgreement:
		ok := false
		for k := h.t1; k < min(end, h.t1+5); k++ {
			if agreementNouns[toks[k].lower()] {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	if h.actor == nil && h.rule.need != needNothing {
		return false
	}
	if !moving(h, toks) {
		return false
	}
	if (h.rule.name == "sign" || h.rule.name == "talks" || h.rule.name == "meet") && !political(h.actor, recips) {
		return false
	}
	if h.rule.name == "propose" && (!statesman(h.actor) || h.t0 > 0 && (nounStarts[toks[h.t0-1].low] || toks[h.t0-1].low == "his") || !diplomatic(toks, h.actor)) {
		return false // "his proposed option" is no proposal, nor are new taxes
	}
	// "U.S. and EC business leaders met", "with 37 companies", "a loan
	// from the Export-Import Bank": commerce, not diplomacy.
	if (h.rule.name == "sign" || h.rule.name == "talks" || h.rule.name == "meet" || h.rule.name == "summit") && commercial(toks, h, end) {
		return false
	}
	if h.rule.name == "depart" && toks[h.t0].lower() == "left" && len(h.places) == 0 {
		return false
	}
	r := h.rule
	e := timeline.Event{Kind: r.kind, Mode: r.mode, CAMEO: r.cameo, Action: r.action}
	var actorName string
	if h.actor != nil {
		e.Actors = []timeline.Actor{h.actor.ent.actor}
		actorName = h.actor.ent.actor.Name
	}
	var rnames []string
	for _, m := range recips {
		if !slices.ContainsFunc(e.Recipients, func(a timeline.Actor) bool { return a.Name == m.ent.actor.Name }) {
			e.Recipients = append(e.Recipients, m.ent.actor)
			rnames = append(rnames, m.ent.actor.Name)
		}
	}
	placeName, bound := "", false
	if len(h.places) > 0 {
		p := h.places[0]
		if p.kind != mentionCity && p.poss {
			// "Russia's Far East city of Vladivostok"
			for _, m := range h.places[1:] {
				if m.kind == mentionCity {
					p = m
					break
				}
			}
		}
		if p.kind == mentionCity {
			e.Place = timeline.Place{City: p.city.Name, Country: p.city.Country.Name}
			placeName = p.city.Name
		} else {
			e.Place = timeline.Place{Country: p.ent.actor.Name}
			placeName = p.ent.actor.Name
		}
		if r.mode == timeline.ModeDeparture && r.action == "leave" && (p.prep == "for" || p.prep == "to") {
			// "sets out for Washington" names where the journey goes, not
			// where the departure is.
			e.Place, bound = timeline.Place{}, true
		}
		if r.mode == timeline.ModeVisit && r.cameo == "042" && len(e.Recipients) == 0 && e.Place.Country != "" {
			e.Recipients = []timeline.Actor{{Name: e.Place.Country, Type: "country", Country: e.Place.Country}}
		}
	} else if h.dest != nil {
		dest := placeOf(*h.dest)
		placeName, bound = or(dest.City, dest.Country), true
	}
	e.Note = note(toks, end)
	e.Summary = r.summary(parts{
		actor:      actorName,
		recipients: strings.Join(rnames, " and "),
		place:      placeName,
		bound:      bound,
		object:     objectPhrase(h, toks),
		trigger:    strings.ToLower(phrase(toks, h.t0, h.t1)),
	})
	h.ev = e
	return true
}

// lightVerbs govern a nominal trigger whose subject is the event's actor:
// "Kim held his summit", "Nakasone began a four-day visit".
var lightVerbs = map[string]bool{
	"held": true, "hold": true, "holds": true, "holding": true, "had": true, "began": true, "begin": true, "begins": true, "beginning": true, "opened": true,
	"open": true, "opens": true, "attend": true, "attended": true, "attends": true,
	"attending": true, "made": true, "make": true, "makes": true, "making": true, "paid": true,
	"pay": true, "pays": true, "paying": true, "concluded": true, "conclude": true,
	"concludes": true, "ended": true, "end": true, "ends": true, "started": true,
	"start": true, "starts": true, "continued": true, "continue": true, "continues": true,
	"resumed": true, "resume": true, "resumes": true, "wrapped": true, "completed": true,
	"complete": true, "cut": true, "cuts": true, "postponed": true, "cancelled": true,
	"canceled": true, "planned": true, "plans": true, "arranged": true, "host": true,
	"hosted": true, "hosts": true, "joined": true, "join": true, "joins": true,
}

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
}

// nominal reports whether the trigger of h is used as a noun.
func nominal(h *hit, toks []token) bool {
	switch toks[h.t0].low {
	case "summit", "summits", "talks", "negotiations", "meeting", "meetings", "trip", "trips",
		"arrival", "departure", "state", "official", "phone", "telephone", "farewell",
		"welcome", "welcoming", "signing", "wreath-laying", "proposal":
		return true
	}
	if h.t0 == 0 {
		return false
	}
	p := toks[h.t0-1].low
	return nounStarts[p] || strings.HasSuffix(p, "-day") || strings.HasSuffix(p, "-week") || strings.HasSuffix(p, "-nation")
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
		if auxWords[w] && w != "to" || clauseVerbs[w] || lightVerbs[w] || w == "to" && k+1 < j && !toks[k+1].capitalised() && toks[k+1].low != "the" {
			return true
		}
	}
	return false
}

// traveller reports whether r's actor goes somewhere: visits, arrivals,
// departures and returns are made by people and delegations.
func traveller(r *rule) bool {
	return r.name == "visit" || r.name == "arrive" || r.name == "depart" || r.name == "return"
}

// reporting verbs end the clause of their subject.
var reporting = map[string]bool{"said": true, "says": true, "told": true, "reported": true, "announced": true, "that": true, "added": true}

// findActor returns who does the event of h: for a verb ("Shultz
// visited"), the nearest actor before it that is not the object of a
// preposition or a possessive modifier; for a noun, its possessor ("his
// summit", "Nakasone's visit"), its agent ("a visit by Aquino"), the
// first of "talks between X and Y", or the subject of a light verb that
// governs it ("Kim held his summit"). It returns nil when none is found:
// an event is never given an actor from elsewhere in the sentence.
func findActor(h *hit, toks []token, ments []mention, end int) *mention {
	if !nominal(h, toks) {
		if h.t0 > 0 {
			switch toks[h.t0-1].low {
			case "it", "they", "we", "i", "you", "which", "that", "who":
				return nil // the subject is right there, and unknown
			}
		}
		for k := len(ments) - 1; k >= 0; k-- {
			m := &ments[k]
			if m.kind == mentionActor && m.t1 <= h.t0 && conjunctions[m.prep] && onlyAuxiliaries(toks, m.t1, h.t0) {
				return m // "after President Corazon Aquino took power", "before Nakasone is scheduled to leave"
			}
			if m.kind == mentionActor && m.country != nil && traveller(h.rule) {
				continue // "visiting South Korea before returning": countries do not travel
			}
			if m.kind == mentionActor && m.t1 <= h.t0 && m.prep == "" && !(m.poss && m.country != nil) && !m.object {
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
	// Possessor before the noun and its modifiers: "his much-anticipated
	// summit", "Nakasone's official visit".
	for k := len(ments) - 1; k >= 0; k-- {
		m := &ments[k]
		if m.kind != mentionActor || !m.poss || m.t1 > h.t0 || h.t0-m.t1 > 4 {
			continue
		}
		near := true
		for j := m.t1; j < h.t0; j++ {
			if w := toks[j].low; !toks[j].possessive() && !nounStarts[w] && !strings.Contains(w, "-") && !(m.pronoun && j == m.t1) {
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
		if m.kind != mentionActor || m.t0 < h.t1 || m.t0 > end {
			continue
		}
		if m.prep == "between" && m.t0-h.t1 <= 6 && !verbBetween(toks, h.t1, m.t0) || m.prep == "by" && (m.ent.actor.Type == "person" || m.country != nil && m.t1-m.t0 >= 2) && m.t0-h.t1 <= 7 {
			return m
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
			if m.kind != mentionActor || m.t1 > h.t0 || m.prep != "" || m.poss {
				continue
			}
			for j := m.t1; j < h.t0; j++ {
				if w := toks[j].low; reporting[w] || w == ";" || w == "who" || w == "which" || w == "whom" {
					return nil // "the ambassador, who arrived from a meeting with X"
				}
			}
			return m
		}
	}
	// Subject of a light verb: "X held talks", "X will hold a summit".
	for k := len(ments) - 1; k >= 0; k-- {
		m := &ments[k]
		if m.kind != mentionActor || m.t1 > h.t0 || m.prep != "" || m.poss && m.country != nil {
			continue
		}
		for j := m.t1; j < h.t0; j++ {
			switch toks[j].text {
			case ",", ";", ":", "(", ")", "--":
				return nil
			}
			if lightVerbs[toks[j].low] && h.t0-j <= 4 && j-m.t1 <= 3 {
				return m
			}
			if reporting[toks[j].low] || toks[j].low == "to" && j > m.t1 {
				return nil // "said it planned ... to discourage people making trips"
			}
		}
		return nil
	}
	return nil
}

// moving reports whether an arrival, departure or return of h is one:
// "left Vladivostok on Friday", "arrived here on Saturday", "returned
// home", "sets out Wednesday" — not "leave the formula unchanged",
// "could leave the United States overly dependent", "arrive at the
// results", "return to profitability" or "the amount set out in the
// budget". Other events always are.
func moving(h *hit, toks []token) bool {
	switch h.rule.name {
	case "arrive", "depart", "return":
	default:
		return true
	}
	if h.actor == nil || h.actor.ent.actor.Type == "country" {
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
	case "return home", "returned home", "returns home":
		return true
	}
	if h.rule.name == "arrive" && (after == "here" || after == "there" || h.t1+1 < len(toks) && toks[h.t1+1].low == "here") {
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
	case ".", ",", ";", "for", "on", "to", "after", "in", "at", "late", "early", "yesterday", "today", "tomorrow", "and", "--", "last", "next", "this":
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

// objectPhrase returns what a wreath is laid at or a treaty that is
// signed: "visited X to lay a wreath", "laid a wreath at X", "signed X".
func objectPhrase(h *hit, toks []token) string {
	switch h.rule.name {
	case "wreath":
		if h.t1 < len(toks) && (toks[h.t1].lower() == "at" || toks[h.t1].lower() == "on") {
			end := clauseEnd(toks, h.t1)
			for k := h.t1 + 1; k < end; k++ {
				switch toks[k].low {
				case "on", "in", "during", "after", "before", "when", "while", "as", ".", "to":
					end = k
				}
			}
			return strings.ReplaceAll(phrase(toks, h.t1+1, end), " 's", "'s")
		}
		// "visited X to lay a wreath"
		for k := h.t0 - 1; k >= 0; k-- {
			switch toks[k].lower() {
			case "visited", "visits", "visit", "visiting", "went", "go", "goes":
				if h.t0-1 > k+1 && toks[h.t0-1].lower() == "to" {
					return strings.ReplaceAll(phrase(toks, k+1, h.t0-1), " 's", "'s")
				}
				return ""
			}
			if toks[k].text == "," {
				return ""
			}
		}
	case "sign":
		end := clauseEnd(toks, h.t1)
		for k := h.t1; k < end; k++ {
			if agreementNouns[toks[k].lower()] {
				return phrase(toks, h.t1, k+1)
			}
		}
	}
	return ""
}

// resolveHits gives each hit of a sentence its time and status: point
// dates go to the trigger in their clause segment, else to the nearest
// trigger still without one; a duration right before a trigger ("three-
// day visit") is its length; "a day after his summit" places one event
// relative to another; an occurred event with no date of its own takes
// the date in focus from the sentences just before.
func resolveHits(toks []token, dates []timeline.Date, hits []hit, doc timeline.Document, focus timeline.Date) {
	if len(hits) == 0 {
		return
	}
	tokAt := func(off int) int {
		for k, t := range toks {
			if t.span.End > off {
				return k
			}
		}
		return len(toks)
	}
	for i := range hits {
		hits[i].seg = segmentOf(toks, hits[i].t0)
	}
	var rels []relation
	// Durations first, so that a relation's target is known before point
	// dates are handed out.
	for _, d := range dates {
		if d.Type != timeline.TypeDuration {
			continue
		}
		kEnd := tokAt(d.Span.End - 1)
		// Relation: "<duration> after/before ... <trigger>".
		if kEnd+1 < len(toks) {
			if o := toks[kEnd+1].lower(); o == "after" || o == "before" {
				for j := range hits {
					if hits[j].t0 > kEnd && segmentOf(toks, hits[j].t0) == segmentOf(toks, kEnd) {
						rels = append(rels, relation{d, o, j})
						break
					}
				}
				continue
			}
		}
		// Length: "three-day visit", "three-day summit".
		for j := range hits {
			if hits[j].t0 > kEnd && hits[j].t0-kEnd <= 3 && hits[j].ev.When.Length.IsZero() {
				hits[j].ev.When.Length = d
				break
			}
		}
	}
	// Point dates: first each trigger takes the nearest date of its own
	// clause segment; a date left over ends a range it is joined to
	// ("Thursday and Friday") or goes to the nearest trigger still
	// without one ("On Thursday, Kim held his summit").
	var points []timeline.Date
	for _, d := range dates {
		if d.Placed() && (d.Type == timeline.TypeDate || d.Type == timeline.TypeTime) {
			points = append(points, d)
		}
	}
	used := make([]bool, len(points))
	give := func(i, j int) {
		d := points[i]
		hits[j].ev.When.Start = d
		hits[j].point = true
		hits[j].ev.Evidence = append(hits[j].ev.Evidence, timeline.Evidence{Time: d.Span})
		used[i] = true
	}
	type pair struct{ i, j, dist int }
	var pairs []pair
	for i, d := range points {
		k := tokAt(d.Span.Start)
		for j := range hits {
			if !isTarget(j, rels) && !hits[j].ref && hits[j].seg == segmentOf(toks, k) {
				pairs = append(pairs, pair{i, j, abs(hits[j].t0 - k)})
			}
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int { return a.dist - b.dist })
	for _, p := range pairs {
		if !used[p.i] && !hits[p.j].point {
			give(p.i, p.j)
		}
	}
	for i, d := range points {
		if used[i] {
			continue
		}
		k := tokAt(d.Span.Start)
		joinedTo := false
		for j := range hits {
			st := hits[j].ev.When.Start
			if hits[j].point && hits[j].ev.When.End.IsZero() && st.Span.End <= d.Span.Start && joined(toks, tokAt(st.Span.End-1), k) {
				end := d
				if d.Rule == "weekday" && !d.Earliest.After(st.Latest) {
					// "Thursday and Friday": the second weekday follows the first.
					end = timeline.DayOf(d.Earliest.AddDate(0, 0, 7))
					end.Text, end.Span, end.Rule = d.Text, d.Span, d.Rule
				}
				if end.Earliest.After(st.Latest) {
					hits[j].ev.When.End = end
					joinedTo = true
				}
			}
		}
		if joinedTo {
			continue
		}
		if relativeSegment(toks, k) {
			continue // "the pact, by which OPEC kept its ceiling for 1987": another event's date
		}
		best, dist := -1, 1<<30
		for j := range hits {
			if hits[j].point || isTarget(j, rels) {
				continue
			}
			if dd := abs(hits[j].t0 - k); dd < dist {
				best, dist = j, dd
			}
		}
		if best >= 0 {
			give(i, best)
		}
	}
	// Relations: the sentence's main event is the first hit that is not
	// a target; the target is offset from it.
	for _, r := range rels {
		main := -1
		for j := range hits {
			if j != r.target && !isTarget(j, rels) {
				main = j
				break
			}
		}
		if main < 0 {
			continue
		}
		m, t := &hits[main], &hits[r.target]
		sign := -1 // main is after target: target = main - offset
		if r.order == "before" {
			sign = +1
		}
		m.ev.When.Relation = &timeline.Relation{Offset: r.offset, Order: r.order, To: t.ev.ID}
		if m.ev.When.Start.Placed() && !t.ev.When.Start.Placed() {
			if d, ok := shift(m.ev.When.Start, r.offset.Value, sign); ok {
				d.Text = r.offset.Text + " " + r.order
				d.Span = r.offset.Span
				t.ev.When.Start = d
			}
		}
	}
	// "Azpurua recently visited Tokyo": a time the calendar cannot place
	// still says the event is not on the lead's day.
	for _, d := range dates {
		if d.Placed() || d.Type == timeline.TypeDuration {
			continue
		}
		k := tokAt(d.Span.Start)
		for j := range hits {
			if hits[j].seg == segmentOf(toks, k) {
				hits[j].vague = true
			}
		}
	}
	for i := range hits {
		h := &hits[i]
		h.ev.Status = status(toks, h, doc.Anchor.Earliest)
		if !h.ev.When.Start.Placed() && h.ev.Status == timeline.StatusOccurred && focus.Placed() && h.rule.name != "take-power" && !h.ref && !h.vague &&
			h.ev.When.Length.IsZero() && !plural(toks[h.t1-1].low) && (!nominal(h, toks) || pastBefore(toks, h.t0)) {
			f := focus
			f.Rule = "focus"
			h.ev.When.Start = f
		}
		if end, ok := endOf(h.ev.When.Start, h.ev.When.Length); ok {
			h.ev.When.End = end
		}
		// Evidence: the sentence, trigger, time and actors.
		var ev timeline.Evidence
		if len(h.ev.Evidence) > 0 {
			ev = h.ev.Evidence[0]
		}
		ev.Doc = doc.ID
		first, last := toks[0].span.Start, toks[len(toks)-1].span.End
		ev.SentenceSpan = timeline.Span{Start: first, End: last}
		ev.Sentence = doc.Text[first:last]
		ev.Trigger = timeline.Span{Start: toks[h.t0].span.Start, End: toks[h.t1-1].span.End}
		ev.TriggerText = doc.Text[ev.Trigger.Start:ev.Trigger.End]
		if h.actor != nil {
			ev.Actors = append(ev.Actors, h.actor.span)
		}
		h.ev.Evidence = []timeline.Evidence{ev}
	}
}

// relativeSegment reports whether the clause segment holding token k
// opens with a relative pronoun ("which", "by which", "who"): it tells
// of something else than the sentence's events.
func relativeSegment(toks []token, k int) bool {
	start := k
	for start > 0 && !segmentBreak(toks[start-1].text) {
		start--
	}
	if start == 0 {
		return false
	}
	for j := start; j < min(len(toks), start+3) && j <= k; j++ {
		switch toks[j].low {
		case "which", "who", "whom", "whose", "where":
			return true
		}
	}
	return false
}

// segmentBreak reports whether a token ends a clause segment.
func segmentBreak(t string) bool {
	switch t {
	case ",", ";", "--", "—", "–", "(", ")", ":":
		return true
	}
	return false
}

// A relation is "<offset> after/before <target>" in a sentence.
type relation struct {
	offset timeline.Date
	order  string // "after" or "before"
	target int    // index of the target hit
}

// isTarget reports whether hit j is the target of one of rels.
func isTarget(j int, rels []relation) bool {
	for _, r := range rels {
		if r.target == j {
			return true
		}
	}
	return false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// plural reports whether a trigger noun is plural, as in "several visits
// ... in recent months": many events, not one to date.
func plural(w string) bool {
	switch w {
	case "visits", "trips", "meetings", "summits":
		return true
	}
	return false
}

// endOf returns the last day of an event that starts on start and lasts
// length ("three-day visit ... on Wednesday" ends on Friday).
func endOf(start, length timeline.Date) (timeline.Date, bool) {
	if length.IsZero() || !start.Placed() || start.Precision != timeline.Day {
		return timeline.Date{}, false
	}
	end, ok := shift(start, length.Value, +1)
	if !ok {
		return timeline.Date{}, false
	}
	end = timeline.DayOf(end.Earliest.AddDate(0, 0, -1))
	end.Rule = "start+length"
	return end, true
}

// shift moves a day-precision date by a TIMEX3 duration value such as
// "P1D", "P2W", "P3M" or "P1Y", times sign.
func shift(d timeline.Date, dur string, sign int) (timeline.Date, bool) {
	if len(dur) < 3 || dur[0] != 'P' || d.Precision < timeline.Day {
		return timeline.Date{}, false
	}
	n := atoi(dur[1 : len(dur)-1])
	if n == 0 {
		return timeline.Date{}, false
	}
	t := d.Earliest
	switch dur[len(dur)-1] {
	case 'D':
		t = t.AddDate(0, 0, sign*n)
	case 'W':
		t = t.AddDate(0, 0, sign*7*n)
	case 'M':
		t = t.AddDate(0, sign*n, 0)
	case 'Y':
		t = t.AddDate(sign*n, 0, 0)
	default:
		return timeline.Date{}, false
	}
	r := timeline.DayOf(t)
	r.Rule = "relation"
	return r, true
}

// status reads an event's status from the words before its trigger,
// nearest first, back to the start of the sentence or a "but": modal and
// future cues make it planned, expected or possible; "is visiting" makes
// it ongoing; "cancelled" or "postponed" after it cancels it; otherwise a
// date after the anchor makes it planned and anything else occurred.
func status(toks []token, h *hit, anchor time.Time) timeline.Status {
	for k := h.t1; k < min(len(toks), h.t1+8); k++ {
		switch toks[k].lower() {
		case "cancelled", "canceled", "postponed", "scrapped", "called":
			if toks[k].lower() != "called" || k+1 < len(toks) && toks[k+1].lower() == "off" {
				return timeline.StatusCancelled
			}
		case ",", ".":
			k = len(toks)
		}
	}
	if nominal(h, toks) {
		// "a meeting of the Group of Seven is expected to begin"
		for k := h.t1; k < min(len(toks), h.t1+8); k++ {
			w := toks[k].low
			if w == "," || w == ";" || w == "." {
				break
			}
			if (w == "is" || w == "are" || w == "was" || w == "were") && k+1 < len(toks) {
				switch toks[k+1].low {
				case "expected":
					return timeline.StatusExpected
				case "scheduled", "due", "set", "planned", "to":
					return timeline.StatusPlanned
				case "likely":
					return timeline.StatusPossible
				}
			}
			if w == "will" || w == "would" {
				return timeline.StatusPlanned
			}
		}
	}
	if h.t0 > 0 && strings.HasSuffix(toks[h.t0].lower(), "ing") {
		switch toks[h.t0-1].lower() {
		case "is", "are", "'s", "been":
			return timeline.StatusOngoing // "is visiting", "have been holding talks"
		}
	}
	past := pastTense(toks[h.t0].low) && !(h.t0 > 0 && (toks[h.t0-1].low == "have" || toks[h.t0-1].low == "be"))
	if past && negated(toks, h.t0) {
		return timeline.StatusDenied
	}
	noun := nominal(h, toks)
	for k := h.t0 - 1; k >= 0; k-- {
		if past && h.t0-k > 3 {
			break // "Shultz met": only a modal right before changes a past verb
		}
		if noun && (toks[k].text == "," || toks[k].text == ";") {
			break // a noun's status comes from its own clause
		}
		w := toks[k].lower()
		switch w {
		case "but", ";", "said", "says", "told", "when", "since", "because", "while", "until", "after", "before", "which", "who", "that":
			k = -1
			continue
		case "expected", "expects", "expect":
			return timeline.StatusExpected
		case "likely", "may", "might", "could", "possible", "possibly", "considering", "consider",
			"if", "whether", "uncertain", "unclear", "prospects", "chance", "chances",
			"hopes", "hope", "hoped", "wants", "want", "seeks", "seek", "aims", "invited", "invitation", "proposed":
			return timeline.StatusPossible
		case "cancelled", "canceled", "postponed", "scrapped", "cancel", "postpone",
			"refused", "refuses", "declined", "declines", "rejected", "rejects":
			return timeline.StatusCancelled
		case "will", "'ll", "shall", "plans", "planned", "plan", "planning", "scheduled", "due", "would", "intends", "intend", "going", "set", "sets", "prepared", "preparing":
			if w == "set" && (k+1 >= len(toks) || toks[k+1].lower() != "to") {
				continue
			}
			if negated(toks, k) {
				return timeline.StatusDenied // "had no plans to meet"
			}
			return timeline.StatusPlanned
		case "is", "are":
			if k+1 < len(toks) && toks[k+1].lower() == "to" {
				return timeline.StatusPlanned
			}
		case "denied", "denies", "no", "not", "never", "n't":
			return timeline.StatusDenied
		case "currently":
			return timeline.StatusOngoing
		}
	}
	if past {
		return timeline.StatusOccurred
	}
	switch w := toks[h.t0].lower(); w {
	case "sets", "set":
		return timeline.StatusPlanned
	case "visit", "visits", "meet", "meets", "sign", "signs", "leave", "leaves", "arrive", "arrives",
		"return", "returns", "host", "hosts", "depart", "departs":
		if !nominal(h, toks) {
			// "when he visits Washington later in the month": a verb in
			// the present tells of what is to come.
			return timeline.StatusPlanned
		}
	}
	if d := h.ev.When.Start; d.Placed() && d.Earliest.After(anchor.Add(24*time.Hour-time.Minute)) {
		return timeline.StatusPlanned
	}
	return timeline.StatusOccurred
}

// inside reports whether span a lies within b.
func inside(a, b timeline.Span) bool { return b.End > b.Start && a.Start >= b.Start && a.End <= b.End }

// note returns an apposition that follows a trigger's clause and says
// more about the event: ", the first one since he took power in late
// 2011," gives "the first one since he took power in late 2011".
func note(toks []token, end int) string {
	if end+2 >= len(toks) || toks[end].text != "," {
		return ""
	}
	switch w := toks[end+1].lower(); w {
	case "the", "his", "her", "its", "their":
		switch toks[end+2].lower() {
		case "first", "second", "third", "last", "latest", "fifth", "fourth", "final":
			stop := clauseEnd(toks, end+1)
			return strings.ReplaceAll(phrase(toks, end+1, stop), " 's", "'s")
		}
	}
	return ""
}

// joined reports whether the tokens strictly between i and j join two
// dates into a range: "and", "to", "through", "until", "-".
func joined(toks []token, i, j int) bool {
	if j != i+2 {
		return false
	}
	switch toks[i+1].low {
	case "and", "to", "through", "until", "till", "-", "–":
		return true
	}
	return false
}

// pastTense reports whether a trigger word is a verb in the past tense,
// which settles that the event occurred.
func pastTense(w string) bool {
	switch w {
	case "met", "left", "took", "came", "held", "paid", "laid", "began", "made", "signed",
		"visited", "arrived", "returned", "departed", "hosted", "telephoned", "phoned",
		"conferred", "landed", "seized", "assumed", "placed":
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
		if a.Type == "country" || a.Type == "organisation" || a.Type == "government" || a.Country != "" || politicalRoles[a.Role] || strings.HasSuffix(a.Role, "minister") {
			return true
		}
	}
	return false
}

// negated reports whether the two words before toks[i] negate it: "did
// not meet", "never signed".
func negated(toks []token, i int) bool {
	for k := i - 1; k >= max(0, i-2); k-- {
		switch toks[k].low {
		case "not", "never", "n't", "no":
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
	"foreign secretary": true, "crown prince": true,
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

// diplomaticWords show that a sentence is about relations between states.
var diplomaticWords = map[string]bool{
	"talks": true, "summit": true, "treaty": true, "agreement": true, "accord": true,
	"negotiations": true, "arms": true, "peace": true, "ceasefire": true, "cease-fire": true,
	"visit": true, "meeting": true, "conference": true, "alliance": true, "sanctions": true,
	"missiles": true, "nuclear": true, "troops": true, "embassy": true, "diplomatic": true,
	"relations": true, "consultation": true, "consultations": true, "bilateral": true,
}

// diplomatic reports whether toks speak of relations between states: a
// diplomatic word, or a country or organisation other than the actor's.
func diplomatic(toks []token, actor *mention) bool {
	for _, t := range toks {
		if diplomaticWords[t.low] {
			return true
		}
	}
	return false
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
		if commerceWords[toks[k].low] {
			return true
		}
	}
	return false
}

// pastBefore reports whether a verb in the past tense governs the noun
// at i from at most eight words before it, in its clause: "Kim held his
// summit", "drove straight from the airport to a meeting".
func pastBefore(toks []token, i int) bool {
	for k := i - 1; k >= max(0, i-8); k-- {
		switch w := toks[k].low; {
		case w == "," || w == ";" || w == "said" || w == "says":
			return false
		case pastVerb(w):
			return true
		}
	}
	// "Following a farewell ceremony, Kim's special train pulled out":
	// the sentence's next verb, after the noun's phrase.
	for k := i + 1; k < min(len(toks), i+10); k++ {
		switch w := toks[k].low; {
		case w == ";" || w == "said" || w == "says":
			return false
		case pastVerb(w):
			return true
		case auxiliaries[w] && w != "and" && w != "to" && w != "in" && w != "on" && w != "for" && w != "with" && w != "from" && w != "at" && w != "of" && w != "by":
			return false // "the talks are late in the week"
		}
	}
	return false
}

// pastVerb reports whether w looks like a verb in the past tense.
func pastVerb(w string) bool {
	switch w {
	case "held", "had", "began", "made", "paid", "met", "went", "drove", "came", "flew", "left", "took", "was", "were":
		return true
	}
	return strings.HasSuffix(w, "ed") && len(w) > 4
}
