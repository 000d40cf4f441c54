package event

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/dateline-dev/dateline/parse/lexicon"
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
	// split is the token of the "and" before recipients met separately
	// ("meet X on Wednesday and Y on Thursday"), and seconds their
	// events: one, or one a recipient for meetings told as held one by
	// one ("met separately with A, B and C").
	split   int
	seconds []*timeline.Event
	// trip is the length of the journey a departure begins, told by a
	// journey's noun with no place ("left for Seoul for a two-day
	// visit").
	trip timeline.Date
	// oneByOne marks seconds that are the further meetings of one
	// occasion, where the first is held unless they name a place.
	oneByOne bool
	// end is the end of the trigger's clause segment, as admit found it.
	end int
	// more are the further places of a journey to a list of them:
	// "heading to Germany, France and Italy" visits three.
	more []mention
	// vague marks a hit whose clause has a time the calendar cannot
	// place ("recently"): it takes no date from the story's focus.
	vague bool
	// orphan marks a visit whose visitor the sentence does not name:
	// it only adds to a visit to its place told before (see adopt).
	orphan bool
	// host is the head of state a visit is with, when the sentence names
	// no place: "a visit with President Reagan" (see hostWith).
	host *mention
	// here marks a visit to where the story is filed: "a visit here next
	// week by Japanese trade officials" (see [visitHere]).
	here bool
	// purpose marks a visit made for talks with no one named: "a July
	// trip to China to discuss trade issues" (see purposeTalks).
	purpose bool
	// again is the second day of a meeting held on two ("on April 17
	// and 20"): a second event, the same but for its day.
	again timeline.Date
	// occasions are the further times the event was held, each with its
	// place: "met in Brussels in May and in Hamburg last week" (see
	// [occasions]).
	occasions []occasion
	// legs are the later stops of an itinerary, each with its day (see
	// [itinerary]).
	legs []leg
}

// A Headline is a story's title as the rules read it (see
// [HeadlineText]) and its dates, resolved against the story's anchor.
type Headline struct {
	Text  string
	Dates []timeline.Date
}

// focusLife is how many sentences a date stays in focus for events that
// give none of their own.
const focusLife = 2

// Extract returns the events of document doc: every sentence of its text
// from bodyStart on (the story, not the photo captions above it) goes
// through the rules, after the headline hl; entities are learnt from the
// whole text so that the captions' "Russian President Vladimir Putin"
// names the body's "Putin". dates are the temporal expressions of the
// text, resolved against doc.Anchor; doc.Dateline gives the story's place
// and day. The reports of one event join into one event (see frames).
// Event IDs are doc.ID and a sequence number, dense from 1; a document
// with no trigger word yields no event.
func Extract(doc timeline.Document, bodyStart int, dates []timeline.Date, hl Headline) []timeline.Event {
	id, text := doc.ID, doc.Text
	if !mayHoldEvents(hl.Text) && !mayHoldEvents(text[bodyStart:]) {
		// Most of an archive is markets and earnings: a story with no
		// trigger word has no event, and its entities need no reading.
		return nil
	}
	es := newEntities()
	es.voice(doc)
	st := newStory(doc)
	var events []timeline.Event
	// IDs are handed out as hits are found, before some turn out to be
	// references to earlier events; next counts them all so that no two
	// are the same, and renumber makes them dense at the end.
	next := 0
	alias := map[string]string{} // a reference's ID -> the event it refers to
	var focus timeline.Date
	focusAge := focusLife + 1
	if d := doc.Dateline.Date; d.Placed() {
		// A story's lead tells of the dateline's day: "Shultz arrived
		// in Moscow" under "MOSCOW, April 13".
		focus, focusAge = timeline.DayOf(d.Earliest), -1
	}
	var purposes []string         // visits made for talks with no one named
	var pending []timeline.Event  // the headline's visits with no visitor named
	var sameOccasion [][2]string  // the first and a further meeting of one occasion ("met separately with A and B")
	var visiting []guest          // people the story calls visiting
	var origins []origin          // where arrivals came from
	venues := map[string]string{} // actor name -> venue of a meeting
	travel := map[string]trip{}   // actor name -> where they are bound, and when
	read := 0                     // the body's sentences read
	var carried timeline.Date     // the lead's day, when no event of the lead took it
	if hl.Text != "" {
		// The headline is read first, as a reader does: what it names
		// is the story's event, which the body's reports join (see
		// frames), and it names what the body may leave out ("KING
		// FAHD TO VISIT BRITAIN").
		tdoc := doc
		tdoc.Text = hl.Text
		toks := tokenize(hl.Text, 0)
		ments := es.mentions(toks)
		markLists(toks, ments)
		markAsides(toks)
		markNounLists(toks)
		markClauses(toks)
		hits := sentenceHits(toks, ments, st, id, &next)
		resolveHits(toks, hl.Dates, hits, tdoc, focus, focus, timeline.Date{})
		for _, h := range hits {
			if h.ref {
				continue
			}
			headlineStatus(&h, toks)
			if h.ev.When.IsZero() && remarksOn(toks, h.t0) && doc.Anchor.Placed() {
				// "Remarks by X and Y before bilateral meeting": the
				// meeting is the day the remarks are published.
				d := timeline.DayOf(doc.Anchor.Earliest)
				d.Rule = "remarks"
				h.ev.When.Start = d
				h.ev.Status = timeline.StatusOccurred
			}
			for i := range h.ev.Evidence {
				ev := &h.ev.Evidence[i]
				ev.Title = true
				ev.Sentence = doc.Title[ev.SentenceSpan.Start:ev.SentenceSpan.End]
				ev.TriggerText = doc.Title[ev.Trigger.Start:ev.Trigger.End]
			}
			if h.orphan {
				// "Xi arrives in Moscow for three-day state visit":
				// the visitor is named in the story, read next.
				pending = append(pending, h.ev)
				continue
			}
			events = append(events, h.ev)
		}
	}
	buf := getTokens() // the sentences' tokens, each sentence's over the last's: no rule keeps them past it
	defer func() { putTokens(buf) }()
	for _, s := range Sentences(text) {
		if dl := doc.Dateline.Span; dl.End > s.Span.Start && dl.End < s.Span.End && dl.Start >= s.Span.Start {
			// "TOKYO, April 26 (Reuters) - Officials from ... will
			// meet": the lead's words begin after its dateline.
			s.Text = text[dl.End:s.Span.End]
			s.Span.Start = dl.End
		}
		toks := appendTokens(buf[:0], s.Text, s.Span.Start)
		buf = toks
		ments := es.mentions(toks)
		markLists(toks, ments)
		markAsides(toks)
		markNounLists(toks)
		markClauses(toks)
		noteVenue(toks, ments, venues)
		if s.Span.Start < bodyStart {
			continue
		}
		visiting = append(visiting, guests(toks, ments, doc, s.Span)...)
		var sd []timeline.Date
		for _, d := range dates {
			if d.Span.Start >= s.Span.Start && d.Span.End <= s.Span.End && !inside(d.Span, doc.Dateline.Span) {
				sd = append(sd, d)
			}
		}
		hits := sentenceHits(toks, ments, st, id, &next)
		if focusAge++; focusAge > focusLife {
			if storyDay(focus, doc) {
				// The story's own day stays in focus until another day
				// takes its place, as the day the story tells of; its
				// events no other time dates take it, weakly (see
				// duringVisits).
				focus.Rule = "story"
			} else {
				focus = timeline.Date{}
			}
		}
		read++
		near := focus // the focus the sentence before set, or this one's
		if focusAge > 1 && focus.Rule != "story" {
			near = timeline.Date{}
		}
		resolveHits(toks, sd, hits, doc, focus, near, lastDay(events))
		hits = slices.DeleteFunc(hits, func(h hit) bool { return neverHeld(toks, &h) })
		switch {
		case read == 1:
			carried = leadDay(toks, sd, hits)
		case read == 2 && carried.Placed() && !slices.ContainsFunc(sd, func(d timeline.Date) bool { return d.Placed() && d.Type == timeline.TypeDate }):
			// "Moon and Xi agreed Thursday to ... . During their summit
			// at the Great Hall of the People, ...": the lead's day,
			// which no event of the lead took.
			giveDay(toks, carried, hits)
		}
		origins = append(origins, arrivedFrom(toks, ments, hits)...)
		occasions(toks, ments, sd, hits)
		itinerary(toks, ments, sd, hits)
		attendedThere(toks, hits)
		purposeSessions(toks, hits)
		eveSessions(toks, hits, doc.Anchor)
		sidelinePlaces(toks, ments, hits, travel)
		var during *timeline.When    // the journey a sentence opens "During the trip," with
		var earlier []timeline.Event // the visits before that a sentence's "first ... since" tells
		var around *timeline.When    // the day of the meeting a sentence opens "After the talks," with
		var aroundPlace timeline.Place
		for i := range hits {
			h := hits[i]
			if v, ok := visitBefore(h, hits, toks, ments, sd); ok {
				// "the first visit to China by a Japanese prime minister
				// since Yoshihiko Noda in December 2011": told after the
				// visit it is compared with, which a visit naming no
				// visitor reports.
				next++
				v.ID = timeline.EventID(id, next)
				earlier = append(earlier, v)
			}
			if h.orphan {
				if k := adopt(events, h.ev); k >= 0 {
					alias[h.ev.ID] = events[k].ID
					if told(h.ev.When) && !told(events[k].When) {
						// Its date is told; the event's was the
						// story's day, taken for want of one.
						events[k].When = h.ev.When
					}
					events[k] = joinReport(events[k], h.ev)
				} else if v, ok := arrivedVisit(events, h.ev); ok {
					// "Xi arrived in Moscow on Monday for a state visit
					// to Russia": the arrival's traveller visits, from
					// that day.
					events = append(events, v)
				}
				continue
			}
			if h.here && !visitHere(&h, doc) {
				continue
			}
			if !h.ref && toldAgain(events, h, toks, ments) {
				// "will meet Thursday and Friday ... 'Unless something
				// comes out of the Nakasone/Reagan talks'": the
				// meeting told before, named again.
				h.ref = true
				h.ev.When = timeline.When{}
			}
			if !h.ref && journeyBack(events, h, toks) {
				// "During the three-day visit, Xi will hold talks": the
				// visit told before, opening the sentence.
				h.ref = true
			}
			if h.ref {
				if to := refer(events, h, toks); to != "" {
					alias[h.ev.ID] = to
					if k := calledOff(events, h); k >= 0 {
						// "was to fly on to Amman for a summit with ...,
						// but Jordan called off the meeting": the plan
						// called off.
						events[k].Status = h.ev.Status
					}
					if w := journeyOpened(events, to, toks, h); w != nil {
						during = w
					}
					if w, pl := meetingOpened(events, to, toks, h); w != nil {
						around, aroundPlace = w, pl
					}
					sequelBefore(events, hits[:i], to, toks, h)
				}
				continue
			}
			if around != nil && !told(h.ev.When) && !h.ev.Status.Off() {
				// "After the talks, the two heads of state witnessed the
				// signing": on the day of the talks told before.
				h.ev.When = *around
				hits[i].ev.When = *around
				if h.ev.Place.IsZero() && h.ev.Mode != timeline.ModeVisit && h.ev.Mode != timeline.ModePhone {
					h.ev.Place = aroundPlace // and where they were held
					hits[i].ev.Place = aroundPlace
				}
			}
			if during != nil && h.ev.When.IsZero() && h.ev.Status == timeline.StatusPlanned {
				// "During the week-long trip, Work will visit Guam,
				// Japan and Korea": the stops are of the trip's days.
				h.ev.When = *during
				hits[i].ev.When = *during
			}
			if h.dest != nil {
				for _, a := range h.ev.Actors {
					travel[a.Name] = trip{placeOf(*h.dest), h.ev.When, h.ev.Status}
				}
			}
			if (h.ev.Mode == timeline.ModeVisit && h.ev.CAMEO == "042" || h.ev.Mode == timeline.ModeArrival) && !h.ev.Place.IsZero() && !includedStop(toks, h.t0) {
				for _, a := range h.ev.Actors {
					travel[a.Name] = trip{h.ev.Place, h.ev.When, h.ev.Status}
				}
			}
			if (h.ev.Mode == timeline.ModeMeeting || h.ev.Mode == timeline.ModeMultilateral) && h.ev.Place.Country != "" {
				// "Hagel met with defense leaders ... in Singapore": a
				// person of another state meeting there is there, for
				// the story's later meetings that name no place.
				for _, a := range append(slices.Clone(h.ev.Actors), h.ev.Recipients...) {
					if _, ok := travel[a.Name]; !ok && a.Type == "person" && a.Country != "" && !timeline.SameCountry(a.Country, h.ev.Place.Country) {
						travel[a.Name] = trip{h.ev.Place, h.ev.When, h.ev.Status}
					}
				}
			}
			if h.ev.Mode == timeline.ModeMeeting && h.ev.Place.IsZero() {
				for _, a := range append(slices.Clone(h.ev.Actors), h.ev.Recipients...) {
					if t, ok := travel[a.Name]; ok && t.holds(h.ev.When.Start, h.ev.Status) {
						if t.place.Country == "" && t.place.Region != "" && hostFiled(h.ev, doc) {
							// "his tour of Southeast Asia ... held talks
							// with Indonesian President Yudhoyono", filed
							// from Jakarta: in the host's state, where
							// the story is, not somewhere in the region.
							break
						}
						h.ev.Place = t.place
						break
					}
				}
			}
			events = append(events, h.ev)
			if k := lastLegOf(events, h, toks); k >= 0 {
				// "will travel to Manchester on Friday, the last leg of
				// his visit": the visit ends that day.
				events[k].When.End = dayQuoting(h.ev.When.Start, "last leg")
			}
			if v, ok := fromVisit(h.ev, doc); ok && len(h.ev.Actors) > 0 && !h.ref {
				next++
				v.ID = timeline.EventID(id, next)
				events = append(events, v)
			}
			if v, ok := bound(h, doc, events); ok {
				next++
				v.ID = timeline.EventID(id, next)
				events = append(events, v)
			}
			if v, ok := landed(h, doc, events); ok {
				next++
				v.ID = timeline.EventID(id, next)
				events = append(events, v)
			}
		}
		events = append(events, earlier...)
		relateToReferences(events, hits, alias)
		for _, h := range hits {
			if h.orphan {
				continue
			}
			if h.purpose && !h.ref && !slices.ContainsFunc(hits, func(o hit) bool { return o.rule.mode == timeline.ModeMeeting && !o.ref }) {
				purposes = append(purposes, h.ev.ID)
			}
			if h.host != nil && !h.ref && len(h.ev.Actors) > 0 {
				// "a visit with President Reagan" meets him.
				next++
				m := h.ev
				m.ID = timeline.EventID(id, next)
				m.Mode, m.CAMEO, m.Action = timeline.ModeMeeting, "040", "meet"
				m.Summary = join(m.Actors[0].Name, "meets", h.host.ent.actor.Name)
				m.Evidence = slices.Clone(h.ev.Evidence)
				events = append(events, m)
			}
			for _, l := range h.legs {
				next++
				events = append(events, legVisit(h, l, toks, id, next, doc.Anchor))
			}
			for _, o := range h.occasions {
				next++
				e := h.ev
				e.ID = timeline.EventID(id, next)
				e.When = timeline.When{Start: o.date}
				e.Place = o.place
				e.Note = "" // what the sentence says of the first occasion
				e.Evidence = slices.Clone(e.Evidence)
				for k := range e.Evidence {
					e.Evidence[k].Time = o.date.Span
				}
				events = append(events, e)
			}
			if h.again.Placed() && !h.ref {
				next++
				e := h.ev
				e.ID = timeline.EventID(id, next)
				e.When = timeline.When{Start: h.again}
				e.Evidence = slices.Clone(e.Evidence)
				for k := range e.Evidence {
					e.Evidence[k].Time = h.again.Span
				}
				events = append(events, e)
			}
			for k := range h.seconds {
				if !h.ref {
					next++
					events = append(events, secondOf(h, k, toks, sd, id, next))
					if h.oneByOne && events[len(events)-1].Place.IsZero() {
						sameOccasion = append(sameOccasion, [2]string{h.ev.ID, events[len(events)-1].ID})
					}
				}
			}
			for _, m := range h.more {
				if !h.ref {
					next++
					events = append(events, furtherStop(h, m, toks, id, next))
				}
			}
			if len(h.more) > 0 && !h.ref {
				// "a weeklong trip to Belgium, France, Saudi Arabia and
				// Egypt that was to begin July 11": the first stop is
				// where the journey's first day is; the others lie
				// somewhere in its days.
				if k := slices.IndexFunc(events, func(e timeline.Event) bool { return e.ID == h.ev.ID }); k >= 0 {
					if w := events[k].When; w.Start.Placed() && w.Start.Precision >= timeline.Day && !w.Length.IsZero() && w.End.Placed() {
						events[k].When = timeline.When{Start: w.Start}
					}
				}
			}
			if len(h.more) > 0 && !h.ref && begunWith(h, toks) {
				// "begins a tour of Ghana, Tanzania and Zambia next
				// week": the first stop's time is no span of the
				// others' (see journeyDays).
				if k := slices.IndexFunc(events, func(e timeline.Event) bool { return e.ID == h.ev.ID }); k >= 0 && events[k].When.Start.Placed() {
					events[k].When.Start.Rule = "begins"
				}
			}
		}
		// The sentence's last day moves the focus, unless a day of its
		// main clause does and the last stands in a relative clause:
		// "Xi flew into Palm Beach on Thursday afternoon from Helsinki,
		// where he had held talks on Wednesday. That evening, ..." is
		// Thursday's.
		main := false
		for _, d := range sd {
			if d.Placed() && d.Precision >= timeline.Day && !namesThing(toks, d) && !dateInRelative(toks, d) {
				focus, focusAge, main = timeline.DayOf(d.Earliest), 0, true
			}
		}
		for _, d := range sd {
			if !main && d.Placed() && d.Precision >= timeline.Day && !namesThing(toks, d) {
				focus, focusAge = timeline.DayOf(d.Earliest), 0
			}
		}
	}
	for _, e := range pending {
		if k := adopt(events, e); k >= 0 {
			alias[e.ID] = events[k].ID
			events[k] = joinReport(events[k], e)
		} else if v, ok := arrivedVisit(events, e); ok {
			events = append(events, v)
		}
	}
	for _, p := range sameOccasion {
		// "met separately with A, B and C": where the first meeting
		// was held, as the story came to tell it, so were the others.
		i := slices.IndexFunc(events, func(e timeline.Event) bool { return e.ID == p[0] })
		j := slices.IndexFunc(events, func(e timeline.Event) bool { return e.ID == p[1] })
		if i >= 0 && j >= 0 && events[j].Place.IsZero() {
			events[j].Place = events[i].Place
		}
	}
	es.rename(events)
	datedByVenue(events)
	events = frames(events, alias, timeline.Place{City: doc.Dateline.Place.City, Country: doc.Dateline.Place.Country})
	for i := range events {
		workingWeeks(&events[i])
	}
	for i := range events {
		e := &events[i]
		if (e.Mode == timeline.ModeMeeting || e.Action == "host") && e.Place.Venue == "" {
			for _, a := range e.Actors {
				if v, ok := venues[a.Name]; ok {
					if c, known := venueCities[v]; e.Place.City != "" && (!known || c[0] != e.Place.City) ||
						known && e.Place.Country != "" && !timeline.SameCountry(c[1], e.Place.Country) ||
						!known && e.Place.Country != "" && doc.Dateline.Place.Country != "" && !timeline.SameCountry(e.Place.Country, doc.Dateline.Place.Country) {
						// The Kremlin is no venue of a meeting in
						// Beijing, nor the White House of one in Egypt;
						// a venue the gazetteer does not place is of the
						// story's own state ("Buckingham Palace" in a
						// London story is no venue of a meeting in Ireland).
						break
					}
					if c, known := venueCities[v]; known && e.Place.IsZero() && doc.Dateline.Place.City != "" && c[0] != doc.Dateline.Place.City &&
						!slices.ContainsFunc(e.Evidence, func(ev timeline.Evidence) bool { return namesVenue(ev.Sentence, v) }) {
						// A meeting with no place of its own, in a story
						// filed elsewhere, takes a seat of government its
						// own report names, not the one of the person's
						// talks days before in another city ("held talks with
						// Putin in the Kremlin on Friday ... On the sidelines
						// of the summit, Xi met with Singh", from Durban).
						break
					}
					e.Place.Venue = v
					break
				}
			}
		}
		if c, ok := venueCities[e.Place.Venue]; ok && e.Place.City == "" {
			// "at the White House" is in Washington, wherever the story is filed.
			e.Place.City, e.Place.Country = c[0], c[1]
		}
		if e.Place.City == "" && e.Place.Country == "" && e.Place.Region == "" && e.Kind != timeline.KindOther || e.Mode == timeline.ModeCeremony && e.Place.IsZero() {
			if e.Mode != timeline.ModeVisit && e.Mode != timeline.ModePhone && e.Action != "return" &&
				(e.Status == timeline.StatusOccurred && nearDay(e.When, doc.Anchor) || saysHere(e)) {
				e.Place.City, e.Place.Country = doc.Dateline.Place.City, doc.Dateline.Place.Country
			}
		}
		if frameFamily(*e) == "multilateral" && e.When.IsZero() && e.Status.Held() && !toldBefore(e) &&
			e.Place.City != "" && e.Place.City == doc.Dateline.Place.City && doc.Dateline.Date.Placed() {
			// "delegates said at the GATT meeting here": a session held
			// where the story is filed, with no date told, is going on
			// on the story's day.
			d := timeline.DayOf(doc.Dateline.Date.Earliest)
			d.Rule = "dateline"
			e.When.Start = d
		}
	}
	for _, vid := range purposes {
		for alias[vid] != "" && alias[vid] != vid {
			vid = alias[vid]
		}
		if k := slices.IndexFunc(events, func(e timeline.Event) bool { return e.ID == vid }); k >= 0 {
			next++
			if e, ok := purposeTalks(events[k], timeline.EventID(id, next)+"~talks"); ok {
				events = append(events, e)
			}
		}
	}
	es.fullNames(events)
	events = impliedVisits(events, &next)
	events = guestVisits(events, visiting, doc, &next)
	stayDays(events)
	events = homeDays(events, alias) // after the implied visits, which a return may end too
	tourLegs(events)
	events = slices.DeleteFunc(events, strayReturn)
	fromDays(events, origins)
	attendDays(events)
	leaveDays(events)
	for i := range events {
		noSelf(&events[i])
		formerStates(&events[i], doc.Anchor.Earliest)
		signingStates(&events[i])
	}
	renumber(events, id, alias)
	return events
}

// strayReturn reports whether e is a going home that ends no journey the
// story tells (those [homeDays] folds into their visits): "Li Keqiang
// returns home", "Kishida returns to Tokyo" is no diplomatic event of its
// own.
func strayReturn(e timeline.Event) bool {
	if e.Action != "return" || len(e.Actors) == 0 || strings.Contains(e.Summary, " returns from ") {
		return false
	}
	if e.Place.IsZero() {
		// "returns home": undated, it ends nothing; dated ("is due to
		// return home this week"), it may still tell the journey's end.
		return e.When.IsZero()
	}
	a := e.Actors[0]
	return a.Country != "" && timeline.SameCountry(a.Country, e.Place.Country)
}

// noSelf drops from e's recipients, and from its summary, the actors
// joined reports made recipients too: "Donald Trump meets Shinzo Abe and
// Donald Trump" (no one meets himself).
func noSelf(e *timeline.Event) {
	e.Recipients = slices.DeleteFunc(e.Recipients, func(r timeline.Actor) bool {
		if !slices.ContainsFunc(e.Actors, func(a timeline.Actor) bool { return a.Name == r.Name }) {
			return false
		}
		e.Summary = strings.Replace(e.Summary, " and "+r.Name, "", 1)
		return true
	})
}

// formerStates names the country of e's place as it was on e's day, or
// on the story's day for an undated event: a visit to Moscow in 1987 is
// to the Soviet Union. The state visited, named from the place, follows.
func formerStates(e *timeline.Event, day time.Time) {
	c := e.Place.Country
	if c == "" {
		return
	}
	if !e.When.IsZero() {
		day = e.When.Earliest()
	}
	was := lexicon.StateOn(c, e.Place.City, day)
	if was == c {
		return
	}
	e.Place.Country = was
	for _, as := range [][]timeline.Actor{e.Actors, e.Recipients} {
		for k := range as {
			if as[k].Type == "country" && as[k].Name == c {
				as[k].Name, as[k].Country = was, was
			}
		}
	}
	switch {
	case strings.Contains(e.Summary, was):
		// "West Germany signs an agreement with Tanzania" names the
		// state as it was already: not "West West Germany".
	case strings.HasSuffix(e.Summary, " "+c):
		e.Summary = strings.TrimSuffix(e.Summary, c) + was
	default:
		e.Summary = strings.Replace(e.Summary, " "+c+" ", " "+was+" ", 1)
	}
}

// adopt returns the index of the visit told before — in the headline or
// the story — that a visit naming no visitor is a report of: the last
// visit to the same city, or country, with a named visitor and a status
// of the same group (a headline's will do for any). It returns -1 when
// there is none, and the report is dropped.
func adopt(events []timeline.Event, e timeline.Event) int {
	if e.Mode == timeline.ModeMultilateral {
		// "finance ministers meet next week": the body's meeting
		// told before, the headline's included.
		for k := len(events) - 1; k >= 0; k-- {
			f := events[k]
			if f.Mode == timeline.ModeMultilateral && len(f.Actors) > 0 && (statusGroup(f.Status) == statusGroup(e.Status) || headlineOnly(f)) {
				return k
			}
		}
		return -1
	}
	if e.Mode == "sign" {
		// "... was signed on February 24": the last signing told.
		for k := len(events) - 1; k >= 0; k-- {
			if events[k].Mode == "sign" && len(events[k].Actors) > 0 && statusGroup(events[k].Status) == statusGroup(e.Status) {
				return k
			}
		}
		return -1
	}
	for k := len(events) - 1; k >= 0; k-- {
		f := events[k]
		if f.Mode != timeline.ModeVisit || f.CAMEO != "042" || len(f.Actors) == 0 {
			continue
		}
		samePlace := e.Place.City != "" && f.Place.City == e.Place.City ||
			e.Place.City == "" && e.Place.Country != "" && timeline.SameCountry(f.Place.Country, e.Place.Country)
		if samePlace && (statusGroup(f.Status) == statusGroup(e.Status) || headlineOnly(f)) {
			return k
		}
	}
	return -1
}

// arrivedVisit gives a visit that names no visitor ("Xi arrives in Moscow
// for three-day state visit", a headline) the traveller of an arrival
// the story tells at its place, and starts it on the arrival's day.
func arrivedVisit(events []timeline.Event, v timeline.Event) (timeline.Event, bool) {
	for _, a := range events {
		if a.Mode != timeline.ModeArrival || len(a.Actors) == 0 {
			continue
		}
		same := v.Place.City != "" && a.Place.City == v.Place.City ||
			v.Place.City == "" && v.Place.Country != "" && timeline.SameCountry(a.Place.Country, v.Place.Country)
		if !same {
			continue
		}
		v.Actors = slices.Clone(a.Actors)
		v.Summary = join(a.Actors[0].Name, strings.TrimPrefix(v.Summary, "A delegation "))
		v.Status = a.Status
		if !told(v.When) && a.When.Start.Placed() {
			v.When.Start = dayQuoting(a.When.Start, "arrival")
			v.When.End = timeline.Date{}
			if end, ok := endOf(v.When.Start, v.When.Length); ok {
				v.When.End = end
			}
		}
		return v, true
	}
	return timeline.Event{}, false
}

// relateToReferences dates the undated target of a relation whose main
// event is a reference to one told before: "The meeting came a week
// after Xi's visit to Pyongyang" places the visit a week before the
// meeting the story dated.
func relateToReferences(events []timeline.Event, hits []hit, alias map[string]string) {
	find := func(id string) int {
		return slices.IndexFunc(events, func(e timeline.Event) bool { return e.ID == id })
	}
	for _, h := range hits {
		r := h.ev.When.Relation
		if !h.ref || r == nil || alias[h.ev.ID] == "" {
			continue
		}
		m, t := find(alias[h.ev.ID]), find(r.To)
		if m < 0 || t < 0 || !events[m].When.Start.Placed() || told(events[t].When) {
			continue
		}
		sign := -1 // the main event is after the target
		if r.Order == "before" {
			sign = +1
		}
		if d, ok := shift(events[m].When.Start, r.Offset.Value, sign); ok {
			d.Text, d.Span = r.Offset.Text+" "+r.Order, r.Offset.Span
			events[t].When.Start = d
			for k := range events[t].Evidence {
				events[t].Evidence[k].Time = d.Span
			}
		}
	}
}

// told reports whether w is a date the text gives for its event, not one
// taken from the story's day or focus for want of one.
func told(w timeline.When) bool {
	switch w.Start.Rule {
	case "", "focus", "story", "dateline", "present", "remarks":
		return w.Start.Placed() && w.Start.Rule == ""
	}
	return w.Start.Placed()
}

// dateInRelative reports whether date d stands in a relative clause set
// off by a comma: ", where he had held talks on Wednesday", ", which
// ended on Monday".
func dateInRelative(toks []token, d timeline.Date) bool {
	k := slices.IndexFunc(toks, func(t token) bool { return t.span.Start >= d.Span.Start })
	for ; k > 0; k-- {
		if toks[k-1].text == "," {
			switch toks[k].low {
			case "where", "which", "who", "when", "whom", "whose":
				return true
			}
			return false
		}
	}
	return false
}

// namesThing reports whether date d of a sentence stands after a
// determiner, as part of a noun phrase ("Noting the July 21 summit",
// "the August 3 statement"): it dates that thing, and the story's
// focus stays where it was.
func namesThing(toks []token, d timeline.Date) bool {
	for k, t := range toks {
		if t.span.Start >= d.Span.Start {
			return k > 0 && attributiveDets[toks[k-1].low]
		}
	}
	return false
}

// datedByVenue dates a planned journey the story tells no time of by the
// one planned event dated at its city: "before he attends next week's
// IMF meeting in Washington ... he would make clear during his trip to
// Washington" is a trip of next week. Two dates at the city leave the
// journey undated.
func datedByVenue(events []timeline.Event) {
	for i := range events {
		e := &events[i]
		if e.Mode != timeline.ModeVisit || !e.When.IsZero() || e.Status != timeline.StatusPlanned || e.Place.City == "" {
			continue
		}
		var when timeline.When
		n := 0
		for j := range events {
			o := &events[j]
			if j == i || o.Place.City != e.Place.City || o.Status != timeline.StatusPlanned || !o.When.Start.Placed() {
				continue
			}
			if n > 0 && o.When.Start.Value == when.Start.Value {
				continue
			}
			when = o.When
			n++
		}
		if n == 1 {
			e.When = when
			e.When.Length = timeline.Date{}
			e.When.Relation = nil
		}
	}
}

// toldBefore reports whether the first report of e tells of it in the
// perfect, as done before the story's day: "had met twice", "have held
// talks".
func toldBefore(e *timeline.Event) bool {
	if len(e.Evidence) == 0 {
		return false
	}
	ev := e.Evidence[0]
	start := ev.Trigger.Start - ev.SentenceSpan.Start
	if start < 0 || start > len(ev.Sentence) {
		return false
	}
	words := strings.Fields(strings.ToLower(ev.Sentence[:start]))
	for i := len(words) - 1; i >= 0 && i >= len(words)-4; i-- {
		switch words[i] {
		case "had", "have", "has", "previous", "last", "earlier", "past", "recent", "recently":
			return true
		}
	}
	return false
}

// renumber gives the events of document id the IDs #1, #2, ... in order,
// and points each relation at its target's new ID, or at the event a
// reference it names was merged into (see [refer]).
func renumber(events []timeline.Event, id string, alias map[string]string) {
	ids := make(map[string]string, len(events))
	for i := range events {
		ids[events[i].ID] = timeline.EventID(id, i+1)
		events[i].ID = ids[events[i].ID]
	}
	for i := range events {
		r := events[i].When.Relation
		if r == nil {
			continue
		}
		to := r.To
		if a, ok := alias[to]; ok {
			to = a
		}
		if n, ok := ids[to]; ok {
			rc := *r
			rc.To = n
			events[i].When.Relation = &rc
		} else {
			events[i].When.Relation = nil // its target was no event
		}
	}
}

// appositions marks as a further report of an event a noun of the same
// action set off right after it by a comma and a possessive or "a": "Modi will visit
// Japan from May 25 to 27, his first trip to the country since taking
// office" tells of one visit, not of a second one that happened.
func appositions(hits []hit, toks []token) {
	for j := 1; j < len(hits); j++ {
		h := &hits[j]
		if h.ref || !nominal(h, toks) || h.t0 < 2 {
			continue
		}
		k := h.t0 - 1
		for k > 0 && toks[k].low != "," && h.t0-k <= 4 {
			k--
		}
		if toks[k].low != "," || !appositionOpeners[toks[k+1].low] {
			continue
		}
		for i := j - 1; i >= 0; i-- {
			if hits[i].ev.Action == h.ev.Action && !hits[i].ref && hits[i].t1 <= k && k-hits[i].t1 <= 6 {
				h.ref = true
				break
			}
		}
	}
}

// appositionOpeners, possessives and the indefinite article, open a noun
// phrase set off after an event that names it again: ", his first trip to
// the country", ", a three-day trip that will also take him to Jordan".
var appositionOpeners = map[string]bool{"his": true, "her": true, "their": true, "its": true, "a": true, "an": true}

// A trip is where an actor is bound, when, and whether it happened.
type trip struct {
	place  timeline.Place
	when   timeline.When
	status timeline.Status
}

// tripSlack is how long after a journey's last day a meeting may still
// be held where it went.
const tripSlack = 7 * 24 * time.Hour

// holds reports whether a meeting at d, of status st, can be one of the
// trip: one that happened is no meeting of a trip still planned, and
// when both are dated d falls from the trip's first day to a week after
// its last ("The two leaders last met in September" is no meeting of
// next week's visit).
func (t trip) holds(d timeline.Date, st timeline.Status) bool {
	if st == timeline.StatusOccurred && t.status != timeline.StatusOccurred && t.status != timeline.StatusOngoing {
		return false
	}
	s := t.when.Start
	if !d.Placed() || !s.Placed() {
		return true
	}
	last := s.Latest
	slack := tripSlack
	if e := t.when.End; e.Placed() && e.Latest.After(last) {
		// "will be in Peking from April 21 to 24": a journey with a
		// last day told is over after it.
		last, slack = e.Latest, 24*time.Hour
	}
	// By days: a meeting "that day" after an arrival "this morning".
	first := time.Date(s.Earliest.Year(), s.Earliest.Month(), s.Earliest.Day(), 0, 0, 0, 0, s.Earliest.Location())
	return !d.Latest.Before(first) && !d.Earliest.After(last.Add(slack))
}

// furtherStop returns the visit of hit h to m, a further place of its
// journey, the n-th event of document id: "to Germany, France and
// Italy". It shares the journey's time when that is a span (a trip of
// "Aug. 17-23", "next week"); a journey that starts on a day ("bound
// today for Portugal, Spain and Italy") reaches only its first place that
// day, and the rest are undated.
func furtherStop(h hit, m mention, toks []token, id string, n int) timeline.Event {
	e := h.ev
	e.ID = timeline.EventID(id, n)
	e.Evidence = slices.Clone(h.ev.Evidence)
	first := or(e.Place.City, or(e.Place.Country, e.Place.Region))
	if first != "" && strings.Contains(e.Summary, "the "+first) {
		first = "the " + first // "visits the Middle East"
	}
	e.Place = placeOf(m)
	if e.Mode == timeline.ModeVisit && e.CAMEO == "042" {
		e.Recipients = nil
		if e.Place.Country != "" {
			e.Recipients = []timeline.Actor{{Name: e.Place.Country, Type: "country", Country: e.Place.Country}}
		}
	}
	if first != "" {
		e.Summary = strings.Replace(e.Summary, first, or(e.Place.City, or(e.Place.Country, e.Place.Region)), 1)
	}
	if end, ok := endOf(e.When.Start, e.When.Length); ok && !e.When.End.Placed() && e.When.Start.Precision >= timeline.Day {
		// "a weeklong trip to Belgium, France, Saudi Arabia and Egypt
		// that was to begin July 11": each stop lies within the
		// journey's days.
		e.When = timeline.When{Start: e.When.Start, End: end, Length: e.When.Length}
		if e.Status.Held() && begunWith(h, toks) {
			e.Status = timeline.StatusPlanned
		}
		return e
	}
	if !e.When.IsInterval() && !e.When.Start.Fuzzy() || begunWith(h, toks) {
		if e.When.Start.Placed() && e.Status.Held() {
			// "boarded today, bound for Portugal, Spain and Italy":
			// the later stops are still to come.
			e.Status = timeline.StatusPlanned
		}
		e.When = timeline.When{}
		for i := range e.Evidence {
			e.Evidence[i].Time = timeline.Span{}
		}
	}
	return e
}

// begunWith reports whether the journey of h is told by its beginning
// ("when she begins a tour of Ghana, Tanzania and Zambia next week"):
// its time is the first stop's, not the later ones'.
func begunWith(h hit, toks []token) bool {
	for k := h.t0 - 1; k >= max(0, h.t0-4) && !toks[k].breaks(); k-- {
		switch toks[k].low {
		case "begin", "begins", "began", "beginning", "start", "starts", "started", "starting",
			"embark", "embarks", "embarked", "embarking":
			return true
		}
	}
	return false
}

// lastDay returns the day of the event told last, when it is dated to
// the day: what a bare "later" follows.
func lastDay(events []timeline.Event) timeline.Date {
	for k := len(events) - 1; k >= 0 && k >= len(events)-3; k-- {
		w := events[k].When
		if w.IsInterval() && frameFamily(events[k]) == "visit" {
			continue // the journey the events told are part of
		}
		if !w.Start.Placed() || w.Start.Precision < timeline.Day || w.IsInterval() {
			break
		}
		return w.Start
	}
	return timeline.Date{}
}

// secondOf completes the k-th further meeting of hit h, the n-th event
// of document id: it happens as the first does, at the first date of
// the sentence after the split, or at the first's time when none is
// given.
func secondOf(h hit, k int, toks []token, sd []timeline.Date, id string, n int) timeline.Event {
	e := *h.seconds[k]
	e.ID = timeline.EventID(id, n)
	e.Status = h.ev.Status
	e.When = h.ev.When
	if h.oneByOne && e.Mode != h.ev.Mode && len(h.ev.Recipients) == 1 && len(e.Recipients) == 1 {
		// "spoke with al-Maliki and, separately, with al-Mahdi", read
		// as calls: the further ones are as the first.
		e.Kind, e.Mode, e.CAMEO, e.Action = h.ev.Kind, h.ev.Mode, h.ev.CAMEO, h.ev.Action
		e.Summary = replaceName(h.ev.Summary, h.ev.Recipients[0].Name, e.Recipients[0].Name)
	}
	e.Evidence = slices.Clone(h.ev.Evidence)
	from := toks[h.split].span.End
	for _, d := range sd {
		if d.Span.Start >= from && d.Placed() && (d.Type == timeline.TypeDate || d.Type == timeline.TypeTime) {
			e.When = timeline.When{Start: d}
			for i := range e.Evidence {
				e.Evidence[i].Time = d.Span
			}
			break
		}
	}
	return e
}

// datelineReach is how long before the story's day an event may lie and
// still be placed where the story is filed.
const datelineReach = 8 * 24 * time.Hour

// nearDay reports whether w is undated or reaches to within
// datelineReach of the anchor: "the two leaders last met in September",
// told in May, did not meet where the story is filed.
func nearDay(w timeline.When, anchor timeline.Date) bool {
	if w.IsZero() || !anchor.Placed() {
		return true
	}
	return !w.Latest().Before(anchor.Earliest.Add(-datelineReach)) && !w.Earliest().After(anchor.Latest.Add(datelineReach))
}

// visitHere places a visit "here" where the story is filed, to the
// dateline's city and country, and reports false when there is no such
// place or the visitor is at home there.
func visitHere(h *hit, doc timeline.Document) bool {
	pl := doc.Dateline.Place
	if pl.Country == "" || len(h.ev.Actors) == 0 || timeline.SameCountry(h.ev.Actors[0].Country, pl.Country) {
		return false
	}
	h.ev.Place = timeline.Place{City: pl.City, Country: pl.Country}
	h.ev.Recipients = []timeline.Actor{{Name: pl.Country, Type: "country", Country: pl.Country}}
	h.ev.Summary = h.rule.summary(parts{actor: h.ev.Actors[0].Name, place: or(pl.City, pl.Country)})
	return true
}

// hereOn reports whether the visit whose words start at t0 is "here on"
// one: "Duffy, here on a three-day visit, said", "is here on an official
// visit". Only a determiner and modifiers may stand between "on" and the
// visit.
func hereOn(toks []token, t0 int) bool {
	for k := t0 - 1; k >= max(1, t0-6); k-- {
		switch toks[k].low {
		case "for":
			// "Anwar arrived here yesterday for a two-day official visit"
			for j := k - 1; j >= max(1, k-4); j-- {
				if toks[j].low == "here" {
					return arriveVerbs[toks[j-1].low]
				}
			}
			return false
		case "on":
			return toks[k-1].low == "here"
		case ",", ".", ";", ":", "and", "or", "but", "after", "before":
			return false
		}
	}
	return false
}

// arriveVerbs bring a traveller "here" for a visit.
var arriveVerbs = wordSet(`arrived arrives arrive arriving came comes come coming flew`)

// saysHere reports whether the sentence of e's first report places it
// "here", where the story is filed: "an earlier round between the two
// blocs here last September".
func saysHere(e *timeline.Event) bool {
	if len(e.Evidence) == 0 {
		return false
	}
	fs := strings.FieldsFunc(e.Evidence[0].Sentence, func(r rune) bool { return !unicode.IsLetter(r) })
	for i, f := range fs {
		if f == "here" && (i == 0 || !sourcesHere[strings.ToLower(fs[i-1])]) {
			return true
		}
	}
	return false
}

// sourcesHere are the people "here" places rather than an event:
// "diplomats here said the ministers would meet".
var sourcesHere = map[string]bool{"officials": true, "sources": true, "diplomats": true, "analysts": true,
	"bankers": true, "dealers": true, "traders": true, "economists": true, "observers": true, "correspondents": true}

// calledOff returns the event a reference called off in its own
// sentence stands for, or -1: the first event of that sentence still to
// come and of the reference's kind ("had been expected to hold their
// first talks on the sidelines of the G7 summit ..., but the meeting was
// scrapped" calls off the talks, not the summit).
func calledOff(events []timeline.Event, h hit) int {
	if !h.ev.Status.Off() || len(h.ev.Evidence) == 0 {
		return -1
	}
	fam := frameFamily(h.ev)
	if fam == "multilateral" {
		fam = "meeting"
	}
	for k, e := range events {
		f := frameFamily(e)
		if f == "multilateral" {
			f = "meeting"
		}
		if f == fam && statusGroup(e.Status) == 2 && len(e.Evidence) > 0 && e.Evidence[0].SentenceSpan == h.ev.Evidence[0].SentenceSpan {
			return k
		}
	}
	return -1
}

// attendedThere gives a session with no place of its own that a
// traveller comes to attend the city of the arrival or journey before it
// in the sentence (a state is too wide a place for a session): "Xi arrived in Johannesburg on Monday evening to
// attend the 15th BRICS Summit" is a summit in Johannesburg.
func attendedThere(toks []token, hits []hit) {
	for i := range hits {
		h := &hits[i]
		t := h.t0
		if a := h.actor; a != nil && a.t1 <= h.t0 && h.t0-a.t1 <= 1 {
			t = a.t0 // "to attend the Group of 20 summit": the body's name opens the noun
		}
		if !h.ev.Place.IsZero() || h.ev.Mode != timeline.ModeMultilateral && h.ev.Mode != timeline.ModeMeeting || !attending(toks, t) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			o := hits[j]
			if o.ev.Mode != timeline.ModeArrival && !(o.ev.Mode == timeline.ModeVisit && o.ev.CAMEO == "042") || o.ev.Place.City == "" ||
				o.t1 > h.t0 || verbBetween(toks, o.t1, h.t0) && !toInfinitive(toks, o.t1, h.t0) {
				continue
			}
			h.ev.Place = o.ev.Place
			break
		}
	}
}

// purposeSessions gives a session with no time of its own that a
// journey of the sentence is made for, or to attend, the journey's time
// (and its city, when the session names no place): "He last visited
// Seoul in March last year for the Nuclear Security Summit" is the summit
// of March last year in Seoul.
func purposeSessions(toks []token, hits []hit) {
	for i := range hits {
		h := &hits[i]
		if h.ref || h.ev.Mode != timeline.ModeMultilateral || told(h.ev.When) {
			continue
		}
		t := sessionStart(h)
		k := beforeModifiers(toks, t)
		if k < 0 || toks[k].low != "for" && !attending(toks, t) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			o := hits[j]
			if o.ref || !(o.ev.Mode == timeline.ModeVisit && o.ev.CAMEO == "042") || o.t1 > h.t0 {
				continue
			}
			// The nearest journey before it, if its time is told: "will
			// travel to Ho Chi Minh City on Tuesday before heading to
			// Japan for the G7 summit" tells no day of the summit. (An
			// arrival "to attend" tells none either: the session may
			// open days later.)
			if told(o.ev.When) && !(verbBetween(toks, o.t1, t) && !toInfinitive(toks, o.t1, t)) && statusGroup(o.ev.Status) == statusGroup(h.ev.Status) {
				h.ev.When = o.ev.When
				if h.ev.Place.IsZero() && o.ev.Place.City != "" {
					h.ev.Place = o.ev.Place
				}
			}
			break
		}
	}
}

// sessionStart returns the token that opens the noun of session h, its
// body's name included: "the Group of 20 summit", "the Nuclear Security
// Summit".
func sessionStart(h *hit) int {
	if a := h.actor; a != nil && a.t0 < h.t0 && h.t0-a.t1 <= 1 {
		return a.t0
	}
	return h.t0
}

// eveSessions dates a session with no time of its own that an event of
// its sentence is held on the eve of, the day after that event's, and
// places it there: "met Medvedev in London on Wednesday, on the eve of the
// G-20 summit" is a summit in London on Thursday; one of a day before the
// story's was held.
func eveSessions(toks []token, hits []hit, anchor timeline.Date) {
	for j := range hits {
		s := &hits[j]
		if s.ref || s.ev.Mode != timeline.ModeMultilateral || told(s.ev.When) {
			continue
		}
		t := sessionStart(s)
		k := beforeModifiers(toks, t)
		if k < 2 || toks[k].low != "of" || toks[k-1].low != "eve" {
			continue
		}
		for i := j - 1; i >= 0; i-- {
			e := hits[i].ev
			d, ok := toldDay(e.When.Start)
			if hits[i].ref || !told(e.When) || !ok || e.When.End.Placed() {
				continue
			}
			next := timeline.DayOf(d.AddDate(0, 0, 1))
			next.Text, next.Span, next.Rule = e.When.Start.Text, e.When.Start.Span, "eve"
			s.ev.When = timeline.When{Start: next}
			if e.Status.Held() && anchor.Placed() && !next.Earliest.After(anchor.Latest) {
				s.ev.Status = timeline.StatusOccurred // "first met in London on April 1, on the eve of the G-20 summit": held since
			}
			if s.ev.Place.IsZero() && e.Place.City != "" {
				s.ev.Place = e.Place
			}
			break
		}
	}
}

// toInfinitive reports whether the words from i to j hold "to" + a verb
// of attending, the purpose of a journey: "to attend", "to take part in".
func toInfinitive(toks []token, i, j int) bool {
	for k := max(0, i-1); k+1 < j; k++ { // (the journey's words may end on its "to")
		if toks[k].low == "to" && attendVerbs[toks[k+1].low] {
			return true
		}
	}
	return false
}

// sidelinePlaces gives a meeting with no place of its own the place of
// the summit or forum on whose sidelines the sentence holds it, and notes
// the sentence's subject as there: "Hagel met with defense leaders ... on
// the sidelines of the Shangri-La Dialogue in Singapore" (his later
// meetings of the story are there too).
func sidelinePlaces(toks []token, ments []mention, hits []hit, travel map[string]trip) {
	for i := range hits {
		// "At the APEC summit in Woodside, Biden met Xi": where the
		// occasion opening the sentence is.
		if j := frontedOccasion(toks, hits, i); j >= 0 && hits[i].ev.Place.IsZero() {
			hits[i].ev.Place = hits[j].ev.Place
		}
	}
	for j := range hits {
		if !sidelineOf(toks, hits[j].t0) {
			continue
		}
		for i := 0; i < j; i++ {
			if hits[i].ev.Mode == timeline.ModeMeeting && !brokenBetween(toks, hits[i].t1, hits[j].t0) {
				sidelineDates(&hits[i], &hits[j])
			}
		}
		if hits[j].ev.Place.IsZero() {
			continue
		}
		for i := 0; i < j; i++ {
			if hits[i].ev.Mode == timeline.ModeMeeting && hits[i].ev.Place.IsZero() {
				hits[i].ev.Place = hits[j].ev.Place
			}
		}
		for _, m := range ments {
			if m.kind != mentionActor || m.t0 >= hits[j].t0 || m.prep != "" || m.ent.actor.Type != "person" {
				continue
			}
			if a := m.ent.actor; a.Country == "" || !timeline.SameCountry(a.Country, hits[j].ev.Place.Country) {
				if _, ok := travel[a.Name]; !ok {
					travel[a.Name] = trip{hits[j].ev.Place, hits[j].ev.When, hits[j].ev.Status}
				}
			}
			break
		}
	}
}

// hostFiled reports whether a participant of e is of the state the
// story is filed from.
func hostFiled(e timeline.Event, doc timeline.Document) bool {
	home := doc.Dateline.Place.Country
	return home != "" && slices.ContainsFunc(append(slices.Clone(e.Actors), e.Recipients...), func(a timeline.Actor) bool {
		return a.Country != "" && timeline.SameCountry(a.Country, home)
	})
}

// brokenBetween reports whether a relative word stands
// between tokens i and j: "met Trong ... hours after arriving from New
// Delhi, where he had spent the weekend at the Group of 20 summit" holds
// the meeting at no summit.
func brokenBetween(toks []token, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		switch toks[k].low {
		case "where", "when", "which", "who", "whom":
			return true
		}
	}
	return false
}

// sidelineDates dates by the other one of a meeting m and the session s
// on whose sidelines it is held when only one tells its time: "Hu and
// Obama will hold their first meeting on the sidelines of the Group of 20
// summit in London on April 2" (the summit, that day too); "Moon is to
// meet Xi on the sidelines of the G-20 summit in Hamburg, July 7-8" (the
// meeting, some time of those days).
func sidelineDates(m, s *hit) {
	if s.ev.Mode != timeline.ModeMultilateral || m.ev.Status.Off() != s.ev.Status.Off() {
		return
	}
	switch {
	case told(m.ev.When) && !told(s.ev.When) && m.ev.When.Start.Precision >= timeline.Day:
		s.ev.When = m.ev.When
	case told(s.ev.When) && !told(m.ev.When):
		m.ev.When = s.ev.When
	}
}

// journeyBack reports whether hit h is "During the [N-day] visit," or
// "On the trip," opening its sentence, and a visit of its traveller is
// told before: a reference to that visit, whatever tense the sentence
// after it speaks in.
func journeyBack(events []timeline.Event, h hit, toks []token) bool {
	if h.rule.mode != timeline.ModeVisit || !journeyNouns[toks[h.t0].low] || h.t0 < 2 || h.t0 > 4 ||
		toks[0].low != "during" && toks[0].low != "on" || toks[1].low != "the" || h.t1 >= len(toks) || toks[h.t1].text != "," {
		return false
	}
	return slices.ContainsFunc(events, func(e timeline.Event) bool {
		return e.Mode == timeline.ModeVisit && e.CAMEO == "042" && !e.Status.Off() && timeline.ShareActor(e.Actors, h.ev.Actors)
	})
}

// toldAgain reports whether h names again, by a definite noun and with
// no time of its own, a meeting the story told before between the same
// sides: "the talks between Reagan and Nakasone", "the Nakasone/Reagan
// talks" after "Nakasone and Reagan will meet Thursday and Friday".
func toldAgain(events []timeline.Event, h hit, toks []token, ments []mention) bool {
	fam := meetingLike(frameFamily(h.ev))
	if fam == "" || !nominal(&h, toks) || told(h.ev.When) || h.t0 == 0 {
		return false
	}
	j := h.t0 - 1
	for k := range ments {
		if m := &ments[k]; m.kind == mentionActor && m.t1 == h.t0 && m.t0 > 0 {
			j = m.t0 - 1 // "the Nakasone/Reagan talks"
		}
	}
	if toks[j].low != "the" {
		return false
	}
	parts := append(slices.Clone(h.ev.Actors), h.ev.Recipients...)
	if len(parts) < 2 {
		return false
	}
	for _, e := range events {
		if meetingLike(frameFamily(e)) != fam || e.Status.Off() {
			continue
		}
		all := append(slices.Clone(e.Actors), e.Recipients...)
		if !slices.ContainsFunc(parts, func(a timeline.Actor) bool { return !timeline.ShareActor([]timeline.Actor{a}, all) }) {
			return true
		}
	}
	return false
}

// journeyOpened returns the time of the planned, dated journey to that a
// sentence's opening phrase refers to ("During the week-long trip,"), or
// nil: the sentence's own undated plans are of those days.
func journeyOpened(events []timeline.Event, to string, toks []token, h hit) *timeline.When {
	if h.t0 < 1 || h.t0 > 4 || toks[0].low != "during" && toks[0].low != "on" || h.t1 >= len(toks) || toks[h.t1].text != "," {
		return nil
	}
	i := slices.IndexFunc(events, func(e timeline.Event) bool { return e.ID == to })
	if i < 0 {
		return nil
	}
	e := events[i]
	if e.Mode != timeline.ModeVisit || e.Status.Off() || !e.When.IsInterval() {
		return nil
	}
	w := timeline.When{Start: e.When.Start, End: e.When.End}
	return &w
}

// sequelBefore gives the meetings of a sentence told before its closing
// "after the talks" ("Xi was to host a dinner for Abe after the talks")
// the day of the talks told before, to, when they tell none of their own,
// as another happening than the talks (see [joins]).
func sequelBefore(events []timeline.Event, before []hit, to string, toks []token, h hit) {
	if h.t0 < 2 || !determiners[toks[h.t0-1].low] || toks[h.t0-2].low != "after" && toks[h.t0-2].low != "before" {
		return
	}
	i := slices.IndexFunc(events, func(e timeline.Event) bool { return e.ID == to })
	if i < 0 {
		return
	}
	t := events[i]
	if t.Mode != timeline.ModeMeeting && t.Mode != timeline.ModeMultilateral || !told(t.When) || t.When.Start.Precision < timeline.Day {
		return
	}
	for _, b := range before {
		k := slices.IndexFunc(events, func(e timeline.Event) bool { return e.ID == b.ev.ID })
		if k < 0 || b.ref || events[k].Mode != timeline.ModeMeeting && events[k].Mode != "sign" || told(events[k].When) && !byFocus(events[k].When.Start) {
			continue
		}
		d := timeline.DayOf(t.When.Start.Earliest)
		d.Text, d.Span, d.Rule = t.When.Start.Text, t.When.Start.Span, "sequel"
		events[k].When = timeline.When{Start: d}
		if events[k].Place.IsZero() {
			events[k].Place = t.Place // and where
		}
	}
}

// meetingOpened returns the day of the meeting told before, to, that a
// sentence's opening phrase places its events before, after or during
// ("After the talks,", "Before the summit,", "Following their meeting,"),
// and its place, or nil when to has no told single day: wire copy tells
// the program of a day in that order.
func meetingOpened(events []timeline.Event, to string, toks []token, h hit) (*timeline.When, timeline.Place) {
	if h.t1 >= len(toks) || toks[h.t1].text != "," {
		return nil, timeline.Place{}
	}
	det := 1 // the determiner before the meeting's noun
	if len(toks) > 4 && (toks[0].low == "on" || toks[0].low == "at") && toks[1].low == "the" && sidelineWords[toks[2].low] && toks[3].low == "of" {
		// "On the sidelines of the summit, Anwar met ...": other
		// meetings, held during it.
		det = 4
	} else {
		switch toks[0].low {
		case "after", "before", "following", "during":
		default:
			return nil, timeline.Place{}
		}
	}
	if h.t0 < det+1 || h.t0 > det+3 {
		return nil, timeline.Place{}
	}
	if !determiners[toks[det].low] && toks[det].low != "their" && toks[det].low != "his" && toks[det].low != "her" {
		return nil, timeline.Place{}
	}
	i := slices.IndexFunc(events, func(e timeline.Event) bool { return e.ID == to })
	if i < 0 {
		return nil, timeline.Place{}
	}
	e := events[i]
	if e.Mode != timeline.ModeMeeting && e.Mode != timeline.ModeMultilateral || e.Status.Off() || !told(e.When) ||
		e.When.Start.Precision < timeline.Day || e.When.IsInterval() && !timeline.DayOf(e.When.Start.Earliest).Earliest.Equal(timeline.DayOf(e.When.End.Latest).Earliest) {
		return nil, timeline.Place{}
	}
	d := timeline.DayOf(e.When.Start.Earliest)
	d.Text, d.Span, d.Rule = e.When.Start.Text, e.When.Start.Span, "during"
	if toks[0].low != "during" {
		d.Rule = "sequel" // another happening than the meeting: see [joins]
	}
	return &timeline.When{Start: d}, e.Place
}

// sidelineWords name the margins of a gathering, where other meetings
// are held during it.
var sidelineWords = wordSet(`sidelines sideline margins margin fringes fringe`)

// heldIn reports whether the verb after an event's noun ending at t1
// holds it in a place: "the talks are due to begin in Geneva", "the
// conference will be held in Vienna", "the meeting, to take place in
// Paris".
func heldIn(toks []token, t1 int) bool {
	for k := t1; k+1 < len(toks) && k < t1+6; k++ {
		switch toks[k].low {
		case "begin", "begins", "open", "opens", "start", "starts", "held", "place", "resume", "resumes", "convene", "convenes", "reconvene":
			return toks[k+1].low == "in"
		case ".", ";":
			return false
		}
	}
	return false
}

// otherOccasion reports whether the noun at t0 names another occasion
// than the event told: "the last Normandy summit", "the previous
// summit", "the next round of talks".
func otherOccasion(toks []token, t0 int) bool {
	for k := t0 - 1; k >= max(0, t0-3); k-- {
		switch toks[k].low {
		case "last", "previous", "next", "earlier", "prior", "past", "former", "first":
			return true
		case "the", "a", "an", "this", "that":
			return false
		}
	}
	return false
}

// refer gives what a definite mention of an event says (its length, its
// date) to the latest event of the same action told before, or of the
// same family of happening ("the talks" of "a Council meeting of INRO"),
// as a further report of it, and returns that event's ID ("" when there
// is none). A mention whose verb opens or ends the event ("the talks,
// which opened here yesterday", "the meeting is due to end on Thursday")
// gives its first or last day.
func refer(events []timeline.Event, h hit, toks []token) string {
	ref := h.ev
	// "the December meeting on climate change in Copenhagen" is not
	// the meeting in Pittsburgh told before.
	here := func(e timeline.Event) bool { return !timeline.PlacesDiffer(e.Place, ref.Place) }
	i := -1
	for k := len(events) - 1; k >= 0; k-- {
		if events[k].Action == ref.Action && here(events[k]) {
			i = k
			break
		}
	}
	if i < 0 {
		fam := meetingLike(frameFamily(ref))
		for k := len(events) - 1; k >= 0 && fam != ""; k-- {
			if meetingLike(frameFamily(events[k])) == fam && here(events[k]) {
				i = k
				break
			}
		}
	}
	if i < 0 {
		return ""
	}
	e := &events[i]
	if purposeRef(toks, h.t0) {
		// "traveled to Beijing last month to prepare for the summit": the
		// time is the journey's, not the summit's.
		ref.When = timeline.When{}
	}
	if e.When.Length.IsZero() && !ref.When.Length.IsZero() {
		e.When.Length = ref.When.Length
		if end, ok := endOf(e.When.Start, e.When.Length); ok {
			e.When.End = end
		} else if !e.When.Start.Placed() && e.When.End.Placed() {
			// "ended its annual meeting here today ... The three-day
			// meeting": counted back from its last day.
			if start, ok := startOf(e.When.End, e.When.Length); ok {
				e.When.Start = start
			}
		}
	}
	d := ref.When.Start
	if !d.Placed() {
		d = ref.When.End // moved there by ending: "is due to end on Thursday"
	}
	switch {
	case !d.Placed():
	case phaseOf(toks, h) == "end":
		if ref.When.End.Placed() && ref.When.Start.Rule == "end-length" && (!e.When.Start.Placed() || !told(e.When)) {
			// "ended late yesterday after eight days of talks": its
			// days counted back from the last.
			e.When.Start, e.When.End = ref.When.Start, ref.When.End
		} else if !e.When.Start.Placed() || !d.Latest.Before(e.When.Start.Earliest) {
			e.When.End = d
		}
	case phaseOf(toks, h) == "start":
		if !e.When.Start.Placed() || byFocus(e.When.Start) || d.Latest.Before(e.When.Start.Earliest) ||
			d.Precision >= timeline.Day && !d.Fuzzy() && e.When.Start.Precision < timeline.Day && within(timeline.When{Start: d}, e.When) {
			// ("will resume negotiations next week ... The talks are
			// due to begin on Monday": the week's Monday.)
			if e.When.End.Placed() && e.When.End.Latest.Before(d.Earliest) {
				e.When.End = timeline.Date{}
			}
			e.When.Start = d
		}
	case !e.When.Start.Placed():
		e.When.Start, e.When.End = ref.When.Start, ref.When.End
	case e.When.Start.Rule == "purpose" && !ref.When.Start.Fuzzy() && !d.Latest.Before(e.When.Start.Earliest):
		// "arrived on Wednesday for his summit with Putin ... The
		// summit is scheduled for Thursday": the journey's day was
		// only the earliest the summit could be, and its status the
		// journey's.
		e.When.Start, e.When.End = ref.When.Start, ref.When.End
		if ref.Status != "" {
			e.Status = ref.Status
		}
	case !ref.When.Start.Fuzzy() && within(ref.When, e.When) && spanOf(ref.When) < spanOf(e.When):
		// "will visit Tokyo next week ... the trip is set for April 6
		// to 8": the more precise date of the same event wins.
		e.When.Start, e.When.End = ref.When.Start, ref.When.End
	}
	if !e.When.End.Placed() && !e.When.Length.IsZero() && e.When.Start.Rule != "present" {
		// "after three days of intensive talks ... The talks, which
		// began Thursday": the length told before counts from the day
		// told now.
		if end, ok := endOf(e.When.Start, e.When.Length); ok {
			e.When.End = end
		}
	}
	if !ref.Place.IsZero() && heldIn(toks, h.t1) && !otherOccasion(toks, h.t0) &&
		(e.Place.IsZero() || e.Place.City == "" && ref.Place.City != "" && timeline.SameCountry(e.Place.Country, ref.Place.Country)) {
		// "will resume arms control negotiations next week. The talks
		// are due to begin in Geneva": where the reference's verb
		// holds it.
		e.Place = ref.Place
	}
	if headlineOnly(*e) && ref.Status != "" && ref.Status != timeline.StatusOccurred {
		// A headline has no tense to trust; the story's reference
		// tells, when it tells more than the present ("NIGERIA HOSTS
		// TALKS ... the June 15-19 conference would be attended by";
		// "IMF, WORLD BANK TO MEET ... The meetings come as ...").
		e.Status = ref.Status
	}
	e.Evidence = append(e.Evidence, ref.Evidence...)
	return e.ID
}

// purposeRef reports whether the event noun at t0 is what another act is
// done for: "to prepare for the summit", "ahead of the talks", "in
// preparation for the visit".
func purposeRef(toks []token, t0 int) bool {
	for k := t0 - 1; k >= max(0, t0-4); k-- {
		switch toks[k].low {
		case "prepare", "preparation", "preparing", "ahead", "for":
			if toks[k].low != "for" || k > 0 && (toks[k-1].low == "prepare" || toks[k-1].low == "preparing" || toks[k-1].low == "preparation") {
				return true
			}
		}
		if toks[k].breaks() {
			return false
		}
	}
	return false
}

// meetingLike returns the family of a definite reference: "the talks"
// and "the meeting" name a body's session as well as a meeting.
func meetingLike(fam string) string {
	if fam == "multilateral" {
		return "meeting"
	}
	return fam
}

// phaseOf returns "start" when the verb after the event noun of h opens
// the event ("the talks, which opened here yesterday", "the conference
// begins on Monday"), "end" when it ends it ("the meeting is due to end
// on Thursday", "talks ended early yesterday"), else "".
func phaseOf(toks []token, h hit) string {
	if p := partOfJourney(toks, h.t0); p != "" {
		return p // "on Friday, the last leg of his visit"
	}
	for k := h.t1; k < min(len(toks), h.t1+6); k++ {
		if toks[k].breaks() && !(k+1 < len(toks) && (toks[k+1].low == "which" || toks[k+1].low == "that")) ||
			k+1 < len(toks) && toks[k].low == "close" && toks[k+1].low == "to" {
			return "" // "the summit in June, sources close to the ministry said"
		}
		switch toks[k].low {
		case "opened", "opens", "open", "began", "begins", "begin", "started", "starts", "start", "convened", "convenes", "resumed", "resumes", "resume":
			return "start"
		case "ended", "ends", "end", "closed", "closes", "close", "concluded", "concludes", "conclude", "wound", "winds", "wind", "finished", "finishes", "finish":
			return "end"
		case ".", ";":
			return ""
		}
	}
	return ""
}

// lastLegOf returns the index of the visit told before that hit h, a
// dated stop set off as "the last leg of his visit" ("the final day of
// the trip"), ends: the traveller's last visit to the stop's country,
// begun on or before the stop's day, with no end of its own; or -1.
func lastLegOf(events []timeline.Event, h hit, toks []token) int {
	d := h.ev.When.Start
	if h.ev.Mode != timeline.ModeVisit || !d.Placed() || d.Fuzzy() || h.ev.Place.Country == "" || len(h.ev.Actors) == 0 {
		return -1
	}
	end := false
	comma := slices.IndexFunc(toks[h.t1:min(len(toks), h.t1+12)], func(t token) bool { return t.text == "," || t.text == "." || t.text == ";" })
	if comma >= 0 && toks[h.t1+comma].text == "," {
		for j := h.t1 + comma + 1; j < min(len(toks), h.t1+comma+8); j++ {
			if journeyNouns[toks[j].low] && partOfJourney(toks, j) == "end" {
				end = true
			}
		}
	}
	if !end {
		return -1
	}
	for k := len(events) - 1; k >= 0; k-- {
		v := events[k]
		if frameFamily(v) == "visit" && v.ID != h.ev.ID && timeline.ShareActor(v.Actors, h.ev.Actors) &&
			timeline.SameCountry(v.Place.Country, h.ev.Place.Country) && v.Place.City != h.ev.Place.City &&
			v.When.Start.Placed() && !v.When.End.Placed() && !d.Earliest.Before(timeline.DayOf(v.When.Start.Earliest).Earliest) {
			return k
		}
	}
	return -1
}

// partOfJourney returns "end" when the noun at t0 is named by its last
// part ("the last leg of his visit", "the final day of the trip"),
// "start" by its first ("the first stop of her tour"), else "".
func partOfJourney(toks []token, t0 int) string {
	k := beforeModifiers(toks, t0) // "of a four-day visit", "of his visit"
	if k < 2 || toks[k].low != "of" {
		return ""
	}
	switch toks[k-1].low {
	case "end", "close", "conclusion":
		return "end" // "at the end of a four-day visit"
	case "start", "beginning", "outset":
		return "start"
	}
	switch toks[k-1].low {
	case "leg", "day", "stop", "stage", "part", "phase":
	default:
		return ""
	}
	switch toks[k-2].low {
	case "last", "final", "closing":
		return "end"
	case "first", "opening":
		return "start"
	case "second", "third", "fourth", "fifth":
		if toks[k-1].low == "day" {
			return toks[k-2].low // "on the second day of a three-day state visit": counted from its first
		}
	}
	return ""
}

// placeOf returns the place a city, country or region mention names.
func placeOf(m mention) timeline.Place {
	switch m.kind {
	case mentionCity:
		return timeline.Place{City: m.city.Name, Country: m.city.Country.Name}
	case mentionRegion:
		return timeline.Place{Region: m.region}
	}
	return timeline.Place{Country: m.ent.actor.Name}
}

// venueCities are the seats of government news names by their building.
var venueCities = map[string][2]string{
	"White House":                 {"Washington", "United States"},
	"Kremlin":                     {"Moscow", "Russia"},
	"Elysee Palace":               {"Paris", "France"},
	"Élysée Palace":               {"Paris", "France"},
	"Great Hall of the People":    {"Beijing", "China"},
	"Blue House":                  {"Seoul", "South Korea"},
	"Chancellery":                 {"Berlin", "Germany"},
	"Quirinale Palace":            {"Rome", "Italy"},
	"Rashtrapati Bhavan":          {"New Delhi", "India"},
	"Akasaka Palace":              {"Tokyo", "Japan"},
	"Palacio de la Moncloa":       {"Madrid", "Spain"},
	"Kantei":                      {"Tokyo", "Japan"},
	"Downing Street":              {"London", "United Kingdom"},
	"Winter Palace":               {"St. Petersburg", "Russia"},
	"United Nations headquarters": {"New York", "United States"},
	"Oval Office":                 {"Washington", "United States"},
	"Camp David":                  {"Thurmont", "United States"},
	"Chequers":                    {"Ellesborough", "United Kingdom"},
	"Zhongnanhai":                 {"Beijing", "China"},
	"Diaoyutai State Guesthouse":  {"Beijing", "China"},
	"Hyderabad House":             {"New Delhi", "India"},
	"Cheong Wa Dae":               {"Seoul", "South Korea"},
	"Yongsan":                     {"Seoul", "South Korea"},
	"Bellevue Palace":             {"Berlin", "Germany"},
	"Buckingham Palace":           {"London", "United Kingdom"},
	"Windsor Castle":              {"Windsor", "United Kingdom"},
	"Imperial Palace":             {"Tokyo", "Japan"},
	"Mar-a-Lago":                  {"Palm Beach", "United States"},
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
// Federal University"), or a seat of government after "at" or "in" ("in
// the Kremlin").
func noteVenue(toks []token, ments []mention, venues map[string]string) {
	meeting := false
	for _, t := range toks {
		switch t.lower() {
		case "summit", "talks", "meeting", "venue", "met", "meet", "hosted", "hosts", "host", "hosting":
			meeting = true
		}
	}
	if !meeting {
		return
	}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].lower() != "at" && toks[i].lower() != "in" {
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
		_, seat := venueCities[phrase(toks, j, k)]
		if k > j && (venueWords[toks[k-1].text] && toks[i].lower() == "at" || seat) { // "talks in the Kremlin", a seat of government
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

// namesVenue reports whether sentence names v as where something is:
// "at the White House", "in the Kremlin", not "White House spokesman".
func namesVenue(sentence, v string) bool {
	for _, p := range []string{"at the ", "in the ", "at ", "in "} {
		if strings.Contains(sentence, p+v) {
			return true
		}
	}
	return false
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
			n := strings.ReplaceAll(phrase(toks, end+1, stop), " 's", "'s")
			// A note that runs to the end of the sentence ends
			// before its full stop.
			return strings.TrimRight(n, " .")
		}
	}
	return ""
}

// sentenceHits finds the rules' hits in a sentence's tokens, marks the
// nouns in apposition to an event as its further reports, numbers the
// hits from *next on for document id, and lets each rule adjust its event
// by what story st is about.
func sentenceHits(toks []token, ments []mention, st *story, id string, next *int) []hit {
	hits := findHits(toks, ments)
	// "Benetton holds talks with the Soviet Union", "Fairchild spoke with
	// Quantum": a lone capitalised word the story never named in full nor
	// gave a title is a firm as often as a person.
	hits = slices.DeleteFunc(hits, func(h hit) bool {
		return (h.rule.mode == timeline.ModeMeeting || h.rule.mode == timeline.ModePhone || h.rule.mode == "sign") && unknownOne(h.actor, st.day)
	})
	appositions(hits, toks)
	for i := range hits {
		h := &hits[i]
		h.ev.ID = timeline.EventID(id, *next+i+1)
		if h.rule.inStory != nil && !h.ref {
			h.rule.inStory(&h.ev, st)
		}
	}
	*next += len(hits)
	return hits
}

// MayHoldEvents reports whether a story of this title and body may hold
// an event: whether either holds some rule's trigger. A story that holds
// none needs no reading for events, its headline included.
func MayHoldEvents(title, body string) bool {
	return mayHoldEvents(title) || mayHoldEvents(body)
}

// mayHoldEvents reports whether text holds some rule's trigger, read
// as words of letters: most of an archive is markets and earnings, with
// "will", "was" or "official" in it but no trigger whole.
func mayHoldEvents(text string) bool {
	g := triggerGate()
	// Every story of an archive passes here: each word is lowered into
	// buf for the lookups, not copied, and the words after it are read
	// only for the phrases it begins.
	var buf [32]byte
	for i, j := nextLetters(text, 0); i >= 0; i, j = nextLetters(text, j) {
		w := text[i:j]
		if !g.may(w) {
			continue
		}
		var ps [][]string
		if len(w) <= len(buf) {
			low := buf[:len(w)]
			for n := range len(w) {
				low[n] = w[n] | 0x20 // ASCII letters only
			}
			if g.words[string(low)] {
				return true
			}
			ps = g.phrases[string(low)]
		} else {
			low := strings.ToLower(w)
			if g.words[low] {
				return true
			}
			ps = g.phrases[low]
		}
	phrases:
		for _, p := range ps {
			end := j
			for _, pw := range p[1:] {
				var start int
				if start, end = nextLetters(text, end); start < 0 || !strings.EqualFold(text[start:end], pw) {
					continue phrases
				}
			}
			return true
		}
	}
	return false
}

// nextLetters returns the bounds of the first run of ASCII letters in
// text from i on, or -1, -1.
func nextLetters(text string, i int) (int, int) {
	for i < len(text) && !isASCIILetter(text[i]) {
		i++
	}
	if i == len(text) {
		return -1, -1
	}
	j := i
	for j < len(text) && isASCIILetter(text[j]) {
		j++
	}
	return i, j
}

// storyDay reports whether d is the day of doc's anchor.
func storyDay(d timeline.Date, doc timeline.Document) bool {
	return d.Placed() && doc.Anchor.Placed() && timeline.DayOf(d.Earliest).Earliest.Equal(timeline.DayOf(doc.Anchor.Earliest).Earliest)
}

// byFocus reports whether d dates an event that gives no time of its own,
// by the date in focus or the story's day.
func byFocus(d timeline.Date) bool { return d.Rule == "focus" || d.Rule == "story" }

// signingStates names, beside the officials who sign an agreement, the
// states they sign for: an accord between governments binds their
// states, so "Anwar and Lee signed two memoranda" is Malaysia's and
// Singapore's signing too.
func signingStates(e *timeline.Event) {
	if e.Mode != "sign" {
		return
	}
	add := func(side []timeline.Actor, all []timeline.Actor) []timeline.Actor {
		side = slices.Clone(side)
		for _, a := range side {
			if a.Type != "person" || a.Country == "" || slices.ContainsFunc(all, func(b timeline.Actor) bool {
				return b.Type != "person" && timeline.SameCountry(b.Name, a.Country)
			}) {
				continue
			}
			st := timeline.Actor{Name: a.Country, Type: "country", Country: a.Country}
			side = append(side, st)
			all = append(all, st)
		}
		return side
	}
	all := append(slices.Clone(e.Actors), e.Recipients...)
	e.Actors = add(e.Actors, all)
	all = append(slices.Clone(e.Actors), e.Recipients...)
	e.Recipients = add(e.Recipients, all)
}

// neverHeld reports whether h tells of a meeting that has not happened
// and no one has set, as a fact about its sides rather than an event:
// "Alfonsin and Camdessus, who had not met before", "Suga has yet to
// meet Trump in person".
func neverHeld(toks []token, h *hit) bool {
	for k := h.t0 - 1; k >= max(0, h.t0-3); k-- {
		if toks[k].low == "to" && k > 0 && toks[k-1].low == "yet" {
			return true
		}
	}
	if h.ev.Status != timeline.StatusDenied {
		return false
	}
	for k := h.t1; k < min(len(toks), h.t1+8) && !toks[k].breaks(); k++ {
		switch toks[k].low {
		case "before", "previously", "ever":
			return true
		}
	}
	return false
}
