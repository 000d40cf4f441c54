package event

import (
	"slices"

	"github.com/dateline-dev/dateline/timeline"
)

// visitBefore returns the earlier visit a "first ... since" tells of: "the
// first official visit to China by a Japanese prime minister since
// Yoshihiko Noda in December 2011" is Noda's visit to China then; "It was
// Erdogan's first visit to Greece since December 2017" is Erdogan's of
// December 2017. The visit of h must be one told with "first" before it
// and a place; "since" must follow it in its sentence with a date of a
// month or a day (or a year) in the next few words, and a person between
// them, if any, is the earlier visitor.
func visitBefore(h hit, hits []hit, toks []token, ments []mention, dates []timeline.Date) (timeline.Event, bool) {
	e := h.ev
	if e.Mode != timeline.ModeVisit || e.CAMEO != "042" || !firstBefore(toks, h.t0) {
		return timeline.Event{}, false
	}
	if e.Place.Country == "" {
		// "Obama visited Malaysia in April 2014, the first visit by a
		// sitting US president since Lyndon B. Johnson in 1966": the
		// visit the apposition stands beside.
		for _, o := range hits {
			if o.t1 <= h.t0 && o.ev.Mode == timeline.ModeVisit && o.ev.CAMEO == "042" && o.ev.Place.Country != "" {
				e.Place = timeline.Place{Country: o.ev.Place.Country}
			}
		}
		if e.Place.Country == "" {
			return timeline.Event{}, false
		}
	}
	since := -1
	for k := h.t1; k < len(toks) && k < h.t1+12; k++ {
		if toks[k].low == "since" {
			since = k
			break
		}
		if toks[k].low == "." || toks[k].low == ";" {
			break
		}
	}
	if since < 0 {
		return timeline.Event{}, false
	}
	tokAt := func(off int) int {
		return slices.IndexFunc(toks, func(t token) bool { return t.span.End > off })
	}
	var when timeline.Date
	for _, d := range dates {
		if k := tokAt(d.Span.Start); d.Type == timeline.TypeDate && d.Placed() && d.Precision >= timeline.Year && k > since && k <= since+6 {
			when = d
			break
		}
	}
	if !when.Placed() {
		return timeline.Event{}, false
	}
	var visitor timeline.Actor
	if len(e.Actors) > 0 {
		visitor = e.Actors[0]
	}
	at := tokAt(when.Span.Start)
	switch m := slices.IndexFunc(ments, func(m mention) bool { return m.t0 == since+1 }); {
	case m >= 0 && ments[m].kind == mentionActor && ments[m].ent.actor.Type == "person" && !ments[m].pronoun &&
		(at == ments[m].t1 || at == ments[m].t1+1 && (toks[at-1].low == "in" || toks[at-1].text == ",") || ownTripIn(toks, ments[m].t1, at)):
		// "since Yoshihiko Noda in December 2011", not "since she took
		// office in June 2017" nor "since President Reagan announced
		// last week": the name, then its date.
		visitor = ments[m].ent.actor
	case at == since+1:
		// "Erdogan's first visit to Greece since December 2017": his own.
	case m < 0 && at > since+2 && (toks[at-1].low == "in" || toks[at-1].text == ",") && properName(toks[since+1:at-1]):
		visitor = timeline.Actor{Name: phrase(toks, since+1, at-1), Type: "person"}
	default:
		return timeline.Event{}, false // "since returning as prime minister": another kind of since
	}
	if visitor.Name == "" {
		return timeline.Event{}, false
	}
	v := e
	v.ID = ""
	v.Actors = []timeline.Actor{visitor}
	v.Recipients = []timeline.Actor{{Name: e.Place.Country, Type: "country", Country: e.Place.Country}}
	v.Summary = join(visitor.Name, "visits", or(e.Place.City, e.Place.Country))
	v.When = timeline.When{Start: when}
	v.Status = timeline.StatusOccurred
	v.Evidence = slices.Clone(e.Evidence)
	for i := range v.Evidence {
		v.Evidence[i].Time = when.Span
	}
	return v, true
}

// firstBefore reports whether "first" stands before the visit noun at t0,
// past its determiner and modifiers or a possessive: "the first official
// visit", "Erdogan's first visit", "the first sitting Japanese prime
// minister to visit".
func firstBefore(toks []token, t0 int) bool {
	for k := t0 - 1; k >= max(0, t0-8); k-- {
		if toks[k].low == "first" {
			return true
		}
		if toks[k].breaks() {
			return false
		}
	}
	return false
}

// properName reports whether toks are two to four capitalised words, a
// person's name the entities did not know: "Takeo Fukuda".
func properName(toks []token) bool {
	if len(toks) < 2 || len(toks) > 4 {
		return false
	}
	for _, t := range toks {
		if !t.capitalised() || !t.word() {
			return false
		}
	}
	return true
}

// ownTripIn reports whether toks[i:at] is "'s trip in" ("'s visit in"):
// "since former President Lee Myung-bak's trip in 2011".
func ownTripIn(toks []token, i, at int) bool {
	k := i
	if k < at && (toks[k].text == "'s" || toks[k].text == "’s") {
		k++
	}
	return k+2 == at && journeyNouns[toks[k].low] && toks[k+1].low == "in"
}
