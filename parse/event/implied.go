package event

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// impliedVisits adds the visit an arrival or a meeting abroad tells of
// without naming it: "Shultz arrived in Moscow" begins his visit to the
// Soviet Union; "Obama met Rousseff in Brasilia" is Obama's visit to
// Brazil, and "Abdullah met Bush" filed from Washington is Abdullah's
// visit to the United States; "Hatoyama will attend the G-20 summit in
// Pittsburgh" his to the United States. A person of one country who
// arrives in a second, meets there someone of it, or sits in a body's
// session there, is visiting it; one visit per
// visitor, country and status, over the days of its arrival and
// meetings. A story that tells the visit itself (a visit, a host) adds
// nothing.
func impliedVisits(events []timeline.Event, next *int) []timeline.Event {
	type key struct {
		visitor, country string
		group, n         int // n: the journey's place among those weeks apart
	}
	var order []key
	visits := map[key]*timeline.Event{}
	for _, m := range events {
		if m.Mode != timeline.ModeMeeting && m.Mode != timeline.ModeArrival && m.Mode != timeline.ModeMultilateral || m.Place.Country == "" || m.Status.Off() {
			continue
		}
		if m.When.IsZero() && !placeTold(m) {
			// "had since met him on only two occasions", placed where
			// the story is filed for want of a place: no journey there.
			continue
		}
		parts := append(slices.Clone(m.Actors), m.Recipients...)
		var hosts []timeline.Actor
		for _, a := range parts {
			if a.Country != "" && timeline.SameCountry(a.Country, m.Place.Country) {
				hosts = append(hosts, a)
			}
		}
		if len(hosts) == 0 && m.Mode == timeline.ModeMeeting {
			continue
		}
		var joint *timeline.Event // the visit of this meeting's first visitor, which his companions join
		for _, a := range parts {
			if a.Type != "person" || a.Country == "" && !returnsAbroad(events, a, m) || a.Country != "" && timeline.SameCountry(a.Country, m.Place.Country) ||
				visitTold(events, a, m.Place.Country, m.Status, m.When) || resident[a.Role] {
				continue
			}
			if k := companionVisit(events, parts, a, m); k >= 0 {
				// "the four presidents would travel to Kyiv on Wednesday
				// to meet Zelensky": the one journey told, of them all.
				v := &events[k]
				v.Actors = append(v.Actors, a)
				v.Summary = join(together(v.Actors), "visit", or(v.Place.City, v.Place.Country))
				continue
			}
			g := statusGroup(m.Status)
			if g == 2 && (arrivedBefore(events, a.Name, m.Place.Country, m.When) || heldJustBefore(visits[key{a.Name, m.Place.Country, 1, 0}], m.When)) {
				// "arrived in Vladivostok on Wednesday ... the summit is
				// scheduled for Thursday", "held talks with Rouhani in
				// Tehran on Wednesday ... is scheduled to meet Khamenei on
				// Thursday": the visit under way.
				g = 1
			}
			k := key{a.Name, m.Place.Country, g, 0}
			for {
				// "met Trump in New York in November ... arrived in
				// Honolulu on Monday": meetings weeks apart are two
				// journeys.
				v, ok := visits[k]
				if !ok || v.When.IsZero() || m.When.IsZero() || spanOf(spanning(v.When, days(m.When))) <= 14*24*time.Hour {
					break
				}
				k.n++
			}
			v, ok := visits[k]
			if !ok && joint != nil && statusGroup(joint.Status) == g && a.Country != "" && timeline.SameCountry(a.Country, joint.Actors[0].Country) &&
				!slices.ContainsFunc(joint.Actors, func(b timeline.Actor) bool { return b.Name == a.Name }) {
				// Those of one state meeting the host together are its
				// delegation, on one journey ("Biden and Blinken met
				// Xi"); those of several states came each his own way.
				joint.Actors = append(joint.Actors, a)
				joint.Summary = join(together(joint.Actors), "visit", m.Place.Country) // "Alar Karis and Egils Levits visit Ukraine"
				visits[k] = joint
				continue
			}
			if !ok {
				*next++
				recips := hosts
				if len(recips) == 0 {
					recips = []timeline.Actor{{Name: m.Place.Country, Type: "country", Country: m.Place.Country}}
				}
				v = &timeline.Event{
					ID:   fmt.Sprintf("%s~implied%d", m.ID, *next),
					Kind: timeline.KindConsult, Mode: timeline.ModeVisit, CAMEO: "042", Action: "visit",
					Summary:    join(a.Name, "visits", m.Place.Country),
					Actors:     []timeline.Actor{a},
					Recipients: recips,
					Place:      timeline.Place{Country: m.Place.Country},
					When:       days(m.When),
					Status:     m.Status,
				}
				visits[k] = v
				order = append(order, k)
				joint = v
			} else {
				v.When = spanning(v.When, days(m.When))
			}
			if v.When.End.Placed() {
				v.When.End.Rule = "meetings" // a last day the story does not tell as such
			}
			v.Evidence = append(v.Evidence, m.Evidence...)
		}
	}
	for _, k := range order {
		// "Trump, who arrived in Hanoi on Tuesday night" and his summit
		// there with Kim on Thursday: the visit runs over every day its
		// visitor meets anyone in that country, hosts or not.
		v := visits[k]
		for _, m := range events {
			if m.Mode != timeline.ModeMeeting || m.Place.Country == "" || !timeline.SameCountry(m.Place.Country, k.country) ||
				statusGroup(m.Status) != statusGroup(v.Status) || !timeline.ShareActor(append(slices.Clone(m.Actors), m.Recipients...), v.Actors) ||
				!m.When.Start.Placed() || m.When.Start.Precision < timeline.Day {
				continue
			}
			if w := spanning(v.When, days(m.When)); spanOf(w) <= 14*24*time.Hour && !w.Latest().Equal(v.When.Latest()) {
				v.When = w
				v.When.End.Rule = "meetings" // a last day the story does not tell as such
			}
		}
	}
	for _, k := range order {
		v := visits[k]
		if end, ok := nextStop(events, *v); ok {
			v.When.End = end
		}
		events = append(events, *v)
	}
	return events
}

// nextStop returns the day the visitor of v moves on to another country,
// when the story tells it for the day after a visit of one known day (a later leg may follow stops the story does not tell): "met
// Stoltenberg this evening ... was scheduled to travel to Switzerland
// tomorrow" ends the visit to West Germany tomorrow.
func nextStop(events []timeline.Event, v timeline.Event) (timeline.Date, bool) {
	if v.When.Start.Precision != timeline.Day || v.When.End.Placed() {
		return timeline.Date{}, false
	}
	var best timeline.Date
	for _, e := range events {
		if e.Mode != timeline.ModeVisit || e.CAMEO != "042" || e.Place.Country == "" ||
			timeline.SameCountry(e.Place.Country, v.Place.Country) || !timeline.ShareActor(e.Actors, v.Actors) ||
			e.When.Start.Precision != timeline.Day {
			continue
		}
		d := e.When.Start
		if gap := d.Earliest.Sub(v.When.Start.Earliest); gap <= 0 || gap > 24*time.Hour {
			continue
		}
		if !best.Placed() || d.Earliest.Before(best.Earliest) {
			best = d
		}
	}
	return best, best.Placed()
}

// returnsAbroad reports whether the story sends a, a person of no known
// country who arrived or met somewhere in m, back home to another
// country within two weeks of m: "Biden flew in Sunday evening ... He
// was set to return to Washington later Tuesday" was a visitor in
// Mexico.
func returnsAbroad(events []timeline.Event, a timeline.Actor, m timeline.Event) bool {
	if m.Mode != timeline.ModeArrival || !m.When.Start.Placed() || m.When.Start.Precision < timeline.Day || !m.Status.Held() {
		return false
	}
	return slices.ContainsFunc(events, func(r timeline.Event) bool {
		d := r.When.Start
		if r.Action != "return" || r.Status.Off() || !d.Placed() || d.Precision < timeline.Day || r.Place.Country == "" ||
			timeline.SameCountry(r.Place.Country, m.Place.Country) || !slices.ContainsFunc(r.Actors, func(b timeline.Actor) bool { return b.Name == a.Name }) {
			return false
		}
		gap := timeline.DayOf(d.Earliest).Earliest.Sub(timeline.DayOf(m.When.Start.Earliest).Earliest)
		return gap > 0 && gap <= 14*24*time.Hour
	})
}

// resident roles serve in the country they meet in: "Soviet Ambassador
// Ernest Zverev discussed ... with Kuwaiti Foreign Undersecretary" in
// Kuwait pays no visit.
var resident = map[string]bool{"ambassador": true, "chargé d'affaires": true, "consul": true, "consul general": true}

// arrivedBefore reports whether events hold an arrival, done, of the
// person named name in country, at most a week before the days of w.
func arrivedBefore(events []timeline.Event, name, country string, w timeline.When) bool {
	if !w.Start.Placed() {
		return false
	}
	return slices.ContainsFunc(events, func(e timeline.Event) bool {
		if e.Mode != timeline.ModeArrival || !e.Status.Held() || !timeline.SameCountry(e.Place.Country, country) || !e.When.Start.Placed() {
			return false
		}
		// ("hopes to meet Trump early next year", told a week after an
		// arrival in Honolulu, may be months later: no part of it.)
		gap, last := w.Start.Earliest.Sub(e.When.Start.Earliest), w.Start.Latest.Sub(e.When.Start.Earliest)
		return gap >= 0 && last <= 7*24*time.Hour && slices.ContainsFunc(e.Actors, func(b timeline.Actor) bool { return b.Name == name })
	})
}

// heldJustBefore reports whether v, a visit the story implies held, began
// at most a week before w (or on its day), a time still to come in it.
func heldJustBefore(v *timeline.Event, w timeline.When) bool {
	if v == nil || !v.When.Start.Placed() || !w.Start.Placed() || v.When.Start.Precision < timeline.Day || w.Start.Precision < timeline.Day {
		return false
	}
	gap := w.Start.Earliest.Sub(timeline.DayOf(v.When.Start.Earliest).Earliest)
	return gap >= 0 && gap <= 7*24*time.Hour
}

// visitTold reports whether events hold a visit of a to country, or a
// visit a hosts or is hosted on, that an event of status st at time w
// may be part of (not one weeks away from it): a visit called off is not the one an arrival begins ("had been due
// to fly to Washington on Monday ... arrived in Washington on Thursday
// evening").
func visitTold(events []timeline.Event, a timeline.Actor, country string, st timeline.Status, w timeline.When) bool {
	for _, e := range events {
		if e.Mode != timeline.ModeVisit || e.Status.Off() && !st.Off() {
			continue
		}
		if told(w) && w.Relation == nil && told(e.When) && farApart(w, e.When) {
			continue // "Erdogan last visited Russia in September 2015" is not the visit of his talks with Putin on Tuesday
		}
		if e.Place.Country != "" && !timeline.SameCountry(e.Place.Country, country) {
			continue // (a visit hosted in Myanmar is not Modi's in China)
		}
		if e.Place.Country == "" && e.Place.Region != "" {
			continue // (a tour of Central Asia is no visit to the United States)
		}
		if e.When.IsZero() && statusGroup(e.Status) != statusGroup(st) {
			continue // "the first Iranian president to visit France in a decade" is no account of the days he arrived there
		}
		if e.CAMEO == "043" && slices.ContainsFunc(e.Actors, func(b timeline.Actor) bool { return b.Name == a.Name }) {
			continue // "Moon received Pence, Pompeo and Bolton" at the White House: his hosting tells no visit's days
		}
		if e.CAMEO == "043" && hostedMeal(e) {
			continue // "hosted Xi and his wife for dinner that evening" is a meal of the visit, not its days
		}
		if slices.ContainsFunc(append(slices.Clone(e.Actors), e.Recipients...), func(b timeline.Actor) bool { return b.Name == a.Name }) {
			return true
		}
	}
	return false
}

// farApart reports whether a and b lie more than two weeks apart.
func farApart(a, b timeline.When) bool {
	return a.Earliest().Sub(b.Latest()) > 14*24*time.Hour || b.Earliest().Sub(a.Latest()) > 14*24*time.Hour
}

// spanning returns the days from the earlier start of a and b to the
// later end; an undated one leaves the other as it is.
func spanning(a, b timeline.When) timeline.When {
	switch {
	case b.IsZero() || b.Relation != nil:
		return a
	case a.IsZero() || a.Relation != nil:
		return timeline.When{Start: b.Start, End: b.End}
	}
	w := a
	if b.Earliest().Before(a.Earliest()) {
		w.Start = b.Start
	}
	if b.Latest().After(a.Latest()) {
		if b.End.IsZero() {
			w.End = b.Start
		} else {
			w.End = b.End
		}
	}
	if w.End.Placed() && !w.End.Latest.After(w.Start.Latest) {
		w.End = timeline.Date{}
	}
	return w
}

// days returns w with clock times widened to their days: a visit is told
// in days.
func days(w timeline.When) timeline.When {
	if w.Relation != nil {
		return timeline.When{}
	}
	out := timeline.When{Start: w.Start, End: w.End}
	if w.Start.Placed() && w.Start.Precision > timeline.Day {
		out.Start = timeline.DayOf(w.Start.Earliest)
	}
	if w.End.Placed() && w.End.Precision > timeline.Day {
		out.End = timeline.DayOf(w.End.Earliest)
	}
	if out.End.Placed() && out.Start.Placed() && out.End.Earliest.Equal(out.Start.Earliest) && out.End.Precision == out.Start.Precision {
		out.End = timeline.Date{}
	}
	return out
}

// talksPurpose reports whether the clause toks[t1:end] after a visit's
// trigger gives talks as its purpose, with no one named to talk with
// (whom the meeting rules would find): "to discuss trade issues", "for
// talks", "for meetings with high-level officials".
func talksPurpose(toks []token, t1, end int) bool {
	for k := t1; k+1 < end; k++ {
		w, n := toks[k].low, toks[k+1].low
		switch {
		case w == "to" && (n == "discuss" || n == "negotiate" || n == "confer") || w == "to" && n == "hold" && k+2 < end && toks[k+2].low == "talks":
			return true
		case w == "for" && (n == "talks" || n == "meetings" || n == "discussions" || n == "consultations" || n == "negotiations"):
			// Not "for meetings of the Interim Committee": a body's.
			return k+2 >= end || toks[k+2].low != "of"
		}
	}
	return false
}

// purposeTalks returns the talks a visit was made for, with the state
// visited, on the visit's days and with its status: "Yeutter plans a July
// trip to China to discuss trade issues" holds talks with China in July.
// A visit to no known state holds none.
func purposeTalks(v timeline.Event, id string) (timeline.Event, bool) {
	if v.Place.Country == "" || len(v.Actors) == 0 || v.Mode != timeline.ModeVisit {
		return timeline.Event{}, false
	}
	host := timeline.Actor{Name: v.Place.Country, Type: "country", Country: v.Place.Country}
	e := timeline.Event{
		ID: id, Kind: timeline.KindConsult, Mode: timeline.ModeMeeting, CAMEO: "046", Action: "talks",
		Summary:    join(v.Actors[0].Name, "holds talks with", host.Name),
		Actors:     slices.Clone(v.Actors),
		Recipients: []timeline.Actor{host},
		Place:      v.Place,
		When:       timeline.When{Start: v.When.Start, End: v.When.End, Length: v.When.Length},
		Status:     v.Status,
		Evidence:   slices.Clone(v.Evidence),
	}
	return e, true
}

// bound returns the visit a departure for abroad opens: "President Yoon
// left for Jakarta on Tuesday" begins a visit to Jakarta that day, which
// what the story tells next ("During the three-day trip") narrows. The
// destination must be a city or a state other than the story's home (its
// dateline's country) and the traveller's; a visit to it the story told
// already, or a departure with no day, opens none.
func bound(h hit, doc timeline.Document, events []timeline.Event) (timeline.Event, bool) {
	d := h.ev
	if h.dest == nil || h.ref || d.Mode != timeline.ModeDeparture || d.Action != "leave" || len(d.Actors) == 0 ||
		d.Status.Off() || !d.When.Start.Placed() || d.When.Start.Precision < timeline.Day {
		return timeline.Event{}, false
	}
	place := placeOf(*h.dest)
	home := doc.Dateline.Place.Country
	if place.Country == "" || home != "" && timeline.SameCountry(place.Country, home) ||
		d.Actors[0].Country != "" && timeline.SameCountry(place.Country, d.Actors[0].Country) {
		return timeline.Event{}, false
	}
	for _, e := range events {
		if e.Mode == timeline.ModeVisit && timeline.ShareActor(e.Actors, d.Actors) && !timeline.PlacesDiffer(e.Place, place) {
			return timeline.Event{}, false
		}
	}
	// (With a length: "left Osaka for Seoul on Saturday afternoon for a
	// two-day visit".)
	return journeyFrom(d, place, "departure", h.trip), true
}

// journeyFrom returns the visit to place that the arrival or departure d
// begins, from its day and for length when one is told; rule names what
// dates it.
func journeyFrom(d timeline.Event, place timeline.Place, rule string, length timeline.Date) timeline.Event {
	v := timeline.Event{
		Kind: timeline.KindConsult, Mode: timeline.ModeVisit, CAMEO: "042", Action: "visit",
		Summary:    join(d.Actors[0].Name, "visits", or(place.City, place.Country)),
		Actors:     slices.Clone(d.Actors),
		Recipients: []timeline.Actor{{Name: place.Country, Type: "country", Country: place.Country}},
		Place:      place,
		When:       timeline.When{Start: timeline.DayOf(d.When.Start.Earliest), Length: length},
		Status:     d.Status,
		Evidence:   slices.Clone(d.Evidence),
	}
	v.When.Start.Text, v.When.Start.Span, v.When.Start.Rule = d.When.Start.Text, d.When.Start.Span, rule
	if end, ok := endOf(v.When.Start, length); ok {
		v.When.End = end
	}
	return v
}

// landed returns the visit of a told length an arrival begins, when the
// visit's noun names no place: "arrived at Haneda airport on Wednesday
// evening for a three-day state visit" visits Tokyo, where the story is
// filed, Wednesday to Friday. The place is the arrival's, or the
// dateline's for an arrival where the story is filed; a visit to it the
// story told already opens none.
func landed(h hit, doc timeline.Document, events []timeline.Event) (timeline.Event, bool) {
	d := h.ev
	if h.trip.IsZero() || h.ref || d.Mode != timeline.ModeArrival || len(d.Actors) == 0 || d.Actors[0].Type != "person" ||
		d.Status.Off() || !d.When.Start.Placed() || d.When.Start.Precision < timeline.Day {
		return timeline.Event{}, false
	}
	place := d.Place
	if place.IsZero() {
		place = timeline.Place{City: doc.Dateline.Place.City, Country: doc.Dateline.Place.Country}
	}
	if place.Country == "" || d.Actors[0].Country != "" && timeline.SameCountry(place.Country, d.Actors[0].Country) {
		return timeline.Event{}, false
	}
	for _, e := range events {
		if e.Mode == timeline.ModeVisit && timeline.ShareActor(e.Actors, d.Actors) && !timeline.PlacesDiffer(e.Place, place) && statusGroup(e.Status) == statusGroup(d.Status) {
			return timeline.Event{}, false
		}
	}
	return journeyFrom(d, place, "arrival", h.trip), true
}

// fromVisit returns the visit a return from abroad ends: "when he
// returned from London on Friday" was in the United Kingdom until then,
// from a day the story does not tell. The place must be another state
// than the story's home and the traveller's.
func fromVisit(r timeline.Event, doc timeline.Document) (timeline.Event, bool) {
	if r.Action != "return" || !strings.HasPrefix(strings.TrimPrefix(r.Summary, r.Actors[0].Name+" "), "returns from") ||
		r.Place.Country == "" || r.Status.Off() {
		return timeline.Event{}, false
	}
	if home := doc.Dateline.Place.Country; home != "" && timeline.SameCountry(home, r.Place.Country) ||
		r.Actors[0].Country != "" && timeline.SameCountry(r.Actors[0].Country, r.Place.Country) {
		return timeline.Event{}, false
	}
	v := timeline.Event{
		Kind: timeline.KindConsult, Mode: timeline.ModeVisit, CAMEO: "042", Action: "visit",
		Summary:    join(r.Actors[0].Name, "visits", or(r.Place.City, r.Place.Country)),
		Actors:     slices.Clone(r.Actors),
		Recipients: []timeline.Actor{{Name: r.Place.Country, Type: "country", Country: r.Place.Country}},
		Place:      r.Place,
		Status:     r.Status,
		Evidence:   slices.Clone(r.Evidence),
	}
	if d := r.When.Start; d.Placed() && d.Precision >= timeline.Day {
		v.When.End = timeline.DayOf(d.Earliest)
		v.When.End.Text, v.When.End.Span, v.When.End.Rule = d.Text, d.Span, "return"
	}
	return v, true
}

// A guest is a person the story calls "visiting": "a session of Congress
// also attended by visiting West German President Richard von
// Weizsaecker" is his visit to Bolivia, under way on the story's day.
type guest struct {
	who      timeline.Actor
	place    timeline.Place
	evidence timeline.Evidence
}

// guests returns the visiting people of a sentence: a person of a known
// state after "visiting", in the sentence's place ("in Beijing") or the
// dateline's, when that is another state.
func guests(toks []token, ments []mention, doc timeline.Document, sentence timeline.Span) []guest {
	var out []guest
	for _, m := range ments {
		if m.kind != mentionActor || m.t0 == 0 || toks[m.t0-1].low != "visiting" || m.ent.actor.Type != "person" || m.ent.actor.Country == "" {
			continue
		}
		place := timeline.Place{City: doc.Dateline.Place.City, Country: doc.Dateline.Place.Country}
		for _, p := range ments {
			if p.prep == "in" && (p.kind == mentionCity || p.country != nil) {
				place = placeOf(p)
				break
			}
		}
		if place.Country == "" || timeline.SameCountry(place.Country, m.ent.actor.Country) {
			continue
		}
		ev := timeline.Evidence{Doc: doc.ID, SentenceSpan: sentence, Sentence: doc.Text[sentence.Start:sentence.End],
			Trigger: toks[m.t0-1].span, TriggerText: toks[m.t0-1].text, Actors: []timeline.Span{m.span}}
		out = append(out, guest{m.ent.actor, place, ev})
	}
	return out
}

// guestVisits adds the visit of each guest the story tells of no visit
// of, to that state: ongoing, from the story's day, its end untold.
func guestVisits(events []timeline.Event, gs []guest, doc timeline.Document, next *int) []timeline.Event {
	for _, g := range gs {
		if visitTold(events, g.who, g.place.Country, timeline.StatusOngoing, timeline.When{}) {
			continue
		}
		*next++
		v := timeline.Event{
			ID:   fmt.Sprintf("%s~guest%d", doc.ID, *next),
			Kind: timeline.KindConsult, Mode: timeline.ModeVisit, CAMEO: "042", Action: "visit",
			Summary:    join(g.who.Name, "visits", or(g.place.City, g.place.Country)),
			Actors:     []timeline.Actor{g.who},
			Recipients: []timeline.Actor{{Name: g.place.Country, Type: "country", Country: g.place.Country}},
			Place:      g.place,
			Status:     timeline.StatusOngoing,
			Evidence:   []timeline.Evidence{g.evidence},
		}
		if doc.Anchor.Placed() {
			d := timeline.DayOf(doc.Anchor.Earliest)
			d.Rule = "present"
			v.When.Start = d
		}
		events = append(events, v)
	}
	return events
}

// placeTold reports whether the sentence of e's first report names its
// place, or "here".
func placeTold(e timeline.Event) bool {
	if len(e.Evidence) == 0 {
		return false
	}
	t := e.Evidence[0].Sentence
	for _, n := range []string{e.Place.City, e.Place.Country, e.Place.Venue} {
		if n != "" && strings.Contains(t, n) {
			return true
		}
	}
	return saysHere(&e)
}

// hostedMeal reports whether hosting e is a meal its host gives, told by
// its part of a day or its meal: "That evening, Trump hosted Xi for
// dinner at the resort."
func hostedMeal(e timeline.Event) bool {
	if e.When.Start.Placed() && e.When.Start.Precision > timeline.Day {
		return true
	}
	return len(e.Evidence) > 0 && mealWords.MatchString(strings.ToLower(e.Evidence[0].Sentence))
}

// together names travellers together: "A, B and C".
func together(as []timeline.Actor) string {
	names := make([]string, len(as))
	for i, a := range as {
		names[i] = a.Name
	}
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// companionVisit returns the index of the visit told for another
// visitor of meeting m, a person of a's state, to the host's state at its
// time, that a, a visitor too, makes with him: one of his state ("Blinken
// and Sullivan met Wang in Anchorage" after "Blinken will travel to
// Anchorage"), or one the sentence of the meeting sends there with him;
// or -1.
func companionVisit(events []timeline.Event, parts []timeline.Actor, a timeline.Actor, m timeline.Event) int {
	for _, b := range parts {
		if b.Name == a.Name || b.Type != "person" || b.Country == "" || timeline.SameCountry(b.Country, m.Place.Country) {
			continue
		}
		sameState := a.Country != "" && timeline.SameCountry(a.Country, b.Country)
		for k, e := range events {
			if e.Mode != timeline.ModeVisit || e.CAMEO != "042" || statusGroup(e.Status) != statusGroup(m.Status) ||
				e.Place.Country == "" || !timeline.SameCountry(e.Place.Country, m.Place.Country) ||
				!slices.ContainsFunc(e.Actors, func(c timeline.Actor) bool { return c.Name == b.Name }) ||
				slices.ContainsFunc(e.Actors, func(c timeline.Actor) bool { return c.Name == a.Name }) ||
				told(m.When) && told(e.When) && farApart(m.When, e.When) {
				continue
			}
			if !sameState && !sameSentence(e, m) {
				// "the four presidents would travel to Kyiv on Wednesday
				// to meet Zelensky" travel together; Merkel, at Macron's
				// meeting with Xi in Paris, is no companion of Xi's.
				continue
			}
			return k
		}
	}
	return -1
}

// sameSentence reports whether events a and b were first reported by
// one sentence.
func sameSentence(a, b timeline.Event) bool {
	return len(a.Evidence) > 0 && len(b.Evidence) > 0 && a.Evidence[0].SentenceSpan == b.Evidence[0].SentenceSpan && a.Evidence[0].Title == b.Evidence[0].Title
}
