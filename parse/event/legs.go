package event

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/dateline-dev/dateline/timeline"
)

// A leg is one stop of an itinerary after the first, with its own day:
// "heads to Rome ... on Wednesday, to Brussels for a NATO summit
// Thursday".
type leg struct {
	stop mention
	date timeline.Date
}

// itinerary reads the stops of a journey its sentence lists one after
// the other, each with its own day: "Trump then heads to Rome for an
// audience with Pope Francis on Wednesday, to Brussels for a NATO summit
// Thursday, and to Sicily ... starting Friday". A later stop is a place
// after ", to", "and to" or "then to"; its day is the one day of the
// sentence between it and the next stop. The journey's hit keeps the
// first stop and takes its day; each later stop becomes a leg of it; a
// meeting told within a stop's words, with no place of its own, is held
// there, on the stop's day unless it tells its own.
func itinerary(toks []token, ments []mention, dates []timeline.Date, hits []hit) {
	for j := range hits {
		h := &hits[j]
		if h.ref || h.ev.Mode != timeline.ModeVisit || h.ev.CAMEO != "042" || len(h.more) > 0 || len(h.places) == 0 || nominal(h, toks) {
			continue
		}
		stops := []mention{h.places[0]}
		for _, m := range ments {
			if m.t0 <= h.places[0].t0 || m.kind != mentionCity && m.country == nil || m.t0 < 3 {
				continue
			}
			if m.prep == "" && toks[m.t0-1].low == "and" && dayEnds(toks[m.t0-2]) {
				// "traveling to Beijing on April 13 and Tokyo on April
				// 14": a stop after the last one's day, its "to" left out.
				stops = append(stops, m)
				continue
			}
			if m.prep != "to" {
				continue
			}
			if w, v := toks[m.t0-2].low, toks[m.t0-3].low; w == "," || w == "and" && v == "," || w == "and" || w == "then" {
				stops = append(stops, m)
			}
		}
		if len(stops) < 2 {
			continue
		}
		dayIn := func(lo, hi int) (timeline.Date, int) {
			var day timeline.Date
			n := 0
			for _, d := range dates {
				if !d.Placed() || d.Precision != timeline.Day || d.Type != timeline.TypeDate {
					continue
				}
				k := slices.IndexFunc(toks, func(t token) bool { return t.span.Start >= d.Span.Start })
				if k >= lo && k < hi {
					day = d
					n++
				}
			}
			return day, n
		}
		days := make([]timeline.Date, len(stops))
		ok := true
		for i, s := range stops {
			hi := len(toks)
			if i+1 < len(stops) {
				hi = stops[i+1].t0 - 1
			}
			d, n := dayIn(s.t1, hi)
			if n == 0 && i == 0 {
				d, n = dayIn(h.t1, s.t0)
			}
			if n != 1 {
				ok = false // a stop with no day of its own, or two
				break
			}
			days[i] = d
		}
		if !ok {
			continue
		}
		h.ev.When = timeline.When{Start: dayQuoting(days[0], "itinerary")}
		if len(h.ev.Evidence) > 0 {
			h.ev.Evidence[0].Time = days[0].Span
		}
		for i, s := range stops {
			if i > 0 {
				h.legs = append(h.legs, leg{s, days[i]})
			}
			hi := len(toks)
			if i+1 < len(stops) {
				hi = stops[i+1].t0
			}
			for k := range hits {
				m := &hits[k]
				if k == j || m.ref || m.t0 < s.t1 || m.t0 >= hi || m.ev.Mode == timeline.ModeVisit || !m.ev.Place.IsZero() {
					continue
				}
				m.ev.Place = placeOf(s) // "to Brussels for a NATO summit Thursday": there
				if !told(m.ev.When) || m.ev.When.Start.Span == (timeline.Span{}) {
					m.ev.When = timeline.When{Start: dayQuoting(days[i], "itinerary"), Length: m.ev.When.Length}
				}
			}
		}
	}
}

// legVisit returns the visit of leg l of the journey of h: its place,
// its day, and the journey's status, but to come when its day is after
// the story's.
func legVisit(h hit, l leg, toks []token, id string, n int, anchor timeline.Date) timeline.Event {
	e := furtherStop(h, l.stop, toks, id, n)
	e.When = timeline.When{Start: dayQuoting(l.date, "itinerary")}
	e.Status = h.ev.Status
	if anchor.Placed() && l.date.Earliest.After(anchor.Latest) && e.Status.Held() {
		e.Status = timeline.StatusPlanned
	}
	for k := range e.Evidence {
		e.Evidence[k].Time = l.date.Span
	}
	return e
}

// An origin is where a traveller came from on an arrival: "Obama arrived
// at Osan Air Base Wednesday night from Jakarta".
type origin struct {
	actors []timeline.Actor
	place  timeline.Place
	when   timeline.When
	status timeline.Status
}

// arrivedFrom returns the origins the arrivals among hits tell by a place
// after "from" in their clause.
func arrivedFrom(toks []token, ments []mention, hits []hit) []origin {
	var out []origin
	for _, h := range hits {
		if h.ref || h.ev.Mode != timeline.ModeArrival || len(h.ev.Actors) == 0 || !h.ev.When.Start.Placed() {
			continue
		}
		end := clauseEnd(toks, h.t1)
		for _, m := range ments {
			if m.t0 < h.t1 || m.t0 > end || m.prep != "from" || m.kind != mentionCity && m.country == nil {
				continue
			}
			if pl := placeOf(m); pl.Country != "" {
				out = append(out, origin{h.ev.Actors, pl, h.ev.When, h.ev.Status})
			}
			break
		}
	}
	return out
}

// fromDays ends a visit with no last day of its own on the day its
// traveller arrives elsewhere from its place, within a week of its first
// day: "took him to the Indonesian capital on Tuesday ... Obama arrived
// at Osan Air Base Wednesday night from Jakarta" was in Jakarta to
// Wednesday.
func fromDays(events []timeline.Event, origins []origin) {
	for _, o := range origins {
		day, ok := toldDay(o.when.Start)
		if !ok {
			continue
		}
		for i := range events {
			v := &events[i]
			first, ok := toldDay(v.When.Start)
			if frameFamily(*v) != "visit" || v.Status.Off() || !ok || statusGroup(o.status) < statusGroup(v.Status) ||
				v.When.End.Placed() && v.When.End.Rule != "meetings" && v.When.End.Rule != "next leg" ||
				!timeline.ShareActor(v.Actors, o.actors) || v.Place.Country == "" || !timeline.SameCountry(v.Place.Country, o.place.Country) ||
				v.Place.City != "" && o.place.City != "" && v.Place.City != o.place.City {
				continue
			}
			if !laterLastDay(v.When.End, first, day, 7*24*time.Hour) {
				continue
			}
			v.When.End = dayQuoting(o.when.Start, "arrival elsewhere")
		}
	}
}

// attendDays ends a visit with no last day of its own on the last day of
// the session its sentence sends its traveller to, within a week of its
// first day: "is scheduled to leave for Yokohama on Saturday to attend
// the APEC forum over the weekend" is in Japan to Sunday.
func attendDays(events []timeline.Event) {
	for i := range events {
		v := &events[i]
		first, ok := toldDay(v.When.Start)
		if frameFamily(*v) != "visit" || v.CAMEO != "042" || v.Status.Off() || !ok || len(v.Evidence) == 0 ||
			v.When.End.Placed() && v.When.End.Rule != "meetings" && v.When.End.Rule != "next leg" {
			continue
		}
		for _, s := range events {
			if s.Mode != timeline.ModeMultilateral || statusGroup(s.Status) != statusGroup(v.Status) || len(s.Evidence) == 0 ||
				s.Evidence[0].SentenceSpan != v.Evidence[0].SentenceSpan || s.Evidence[0].Title != v.Evidence[0].Title ||
				s.Place.Country != "" && (v.Place.Country == "" || !timeline.SameCountry(s.Place.Country, v.Place.Country)) {
				// ("travel on to South Korea on Saturday, before heading
				// to Japan for a meeting of G7 foreign ministers": the
				// next stop's.)
				continue
			}
			if s.Place.Country == "" && !sentTo(v.Evidence[0], s.Evidence[0]) {
				continue
			}
			last := s.When.End
			if !last.Placed() {
				last = s.When.Start
			}
			day, ok := toldDay(last)
			if !ok || s.When.Start.Precision < timeline.Day || !laterLastDay(v.When.End, first, day, 7*24*time.Hour) {
				continue
			}
			v.When.End = dayQuoting(last, "session")
		}
	}
}

// sentTo reports whether the words between the journey's trigger of v and
// the session's of s send the traveller there, with no other journey
// between: "leave for Yokohama, Japan, on Saturday to attend the APEC
// forum", not "leave for the United States next week and meet Trump in
// New York on Thursday before traveling to Lima for the APEC summit".
func sentTo(v, s timeline.Evidence) bool {
	lo, hi := v.Trigger.End-v.SentenceSpan.Start, s.Trigger.Start-s.SentenceSpan.Start
	if lo < 0 || hi <= lo || hi > len(v.Sentence) {
		return false
	}
	between := strings.ToLower(v.Sentence[lo:hi])
	for _, w := range strings.FieldsFunc(between, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if journeyVerbs[w] {
			return false
		}
	}
	return strings.Contains(between, "to attend") || strings.Contains(between, " for the ")
}

// journeyVerbs move a traveller on to another place.
var journeyVerbs = wordSet(`travel travels traveling travelling traveled travelled fly flies flying flew head heads heading headed
	leave leaves leaving left go goes going went proceed proceeds proceeding move moves moving visit visits visiting`)

// dayEnds reports whether t may end the words of a day: "Friday", "13",
// "today".
func dayEnds(t token) bool {
	w := t.low
	return timeWord(w) || w == "today" || w == "tomorrow" || w == "tonight" || w != "" && w[0] >= '0' && w[0] <= '9'
}
