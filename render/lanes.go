package render

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// LaneBy chooses what the lanes of the chart are.
type LaneBy int

const (
	// LaneParticipant, the default, gives one lane per actor or
	// recipient: an event of two parties (a summit, a phone call, a
	// visit and its host) is in the lanes of both, joined by a line.
	// Events with neither go to a lane of their own.
	//
	// A visit's parties are the visitor and whoever receives them (a
	// person, a government): the country visited, which the event names
	// among its recipients as where the visitor goes, is its destination
	// and has no lane of its own (see [LanePlace] and [LaneCountry]).
	LaneParticipant LaneBy = iota
	// LaneActor gives one lane per actor, the side that acts (the
	// visitor, the caller); its recipients get none. Events without
	// actors go to their recipients' lanes (not a visit's destination,
	// as in LaneParticipant), or to a lane of their own.
	LaneActor
	// LanePlace gives one lane per city (or country, when the text names
	// no city).
	LanePlace
	// LaneKind gives one lane per kind of event, as the legend names
	// them: "Visit", "Meeting", "Phone call".
	LaneKind
	// LaneCountry gives one lane per country: those of the event's
	// actors and recipients (a person's country, or the name of a
	// country or government), else the country of its place. Names
	// [timeline.SameCountry] finds to be one country ("USSR", "Soviet
	// Union") share a lane, under the spelling met first.
	LaneCountry
)

// String returns "actor", "participant", "place", "kind" or "country".
func (l LaneBy) String() string {
	switch l {
	case LaneActor:
		return "actor"
	case LaneParticipant:
		return "participant"
	case LanePlace:
		return "place"
	case LaneKind:
		return "kind"
	case LaneCountry:
		return "country"
	}
	return fmt.Sprintf("LaneBy(%d)", int(l))
}

// LaneOrder chooses the order of the lanes, top to bottom.
type LaneOrder int

const (
	// ByActivity puts the lanes with the most events first, and lanes
	// of as many events in order of their first event.
	ByActivity LaneOrder = iota
	// ByFirst puts lanes in order of their first event in time: the
	// lane of the earliest event first.
	ByFirst
)

// String returns "activity" or "first".
func (o LaneOrder) String() string {
	switch o {
	case ByActivity:
		return "activity"
	case ByFirst:
		return "first"
	}
	return fmt.Sprintf("LaneOrder(%d)", int(o))
}

// othersLane names the lane that holds the events of the lanes that
// Options.MaxLanes leaves out; n is how many it holds.
func othersLane(n int) string { return fmt.Sprintf("Others (%d lanes)", n) }

// laner puts events in lanes: it knows each name's lane, so that one
// person named two ways, or one country, has one lane.
type laner struct {
	by    LaneBy
	names map[string]string // a person's name to their lane's, when they differ
}

// newLaner returns the laner of events. A person named by part of a
// name others give in full ("Sarney", "Jose Sarney"), as
// [timeline.ShareActor] matches them, takes the lane of the full name,
// unless the part names two people ("Bush": "George Bush", "George W.
// Bush"), when it keeps a lane of its own.
func newLaner(events []timeline.Event, by LaneBy) *laner {
	l := &laner{by: by, names: map[string]string{}}
	if by != LaneActor && by != LaneParticipant {
		return l
	}
	// People who may be one share their last word.
	byLast := map[string][]string{}
	var lasts []string
	for i := range events {
		for _, a := range append(slices.Clip(events[i].Actors), events[i].Recipients...) {
			if a.Type != "person" || a.Name == "" {
				continue
			}
			last := a.Name[strings.LastIndexByte(a.Name, ' ')+1:]
			if _, ok := byLast[last]; !ok {
				lasts = append(lasts, last)
			}
			if !slices.Contains(byLast[last], a.Name) {
				byLast[last] = append(byLast[last], a.Name)
			}
		}
	}
	same := func(a, b string) bool {
		return timeline.ShareActor([]timeline.Actor{{Name: a, Type: "person"}}, []timeline.Actor{{Name: b, Type: "person"}})
	}
	for _, last := range lasts {
		names := byLast[last]
		for _, n := range names {
			// The longest names that n is part of, and that are part
			// of no longer one.
			var full []string
			for _, m := range names {
				if len(m) <= len(n) || !same(n, m) {
					continue
				}
				if !slices.ContainsFunc(names, func(o string) bool { return len(o) > len(m) && same(m, o) }) {
					full = append(full, m)
				}
			}
			if len(full) == 1 {
				l.names[n] = full[0]
			}
		}
	}
	return l
}

// lanes returns the names of the lanes e goes in, each once.
func (l *laner) lanes(e *timeline.Event) []string {
	var names []string
	add := func(name string) {
		if name != "" && !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	// people adds the lanes of actors, which are e's recipients when
	// recipients is set.
	people := func(actors []timeline.Actor, recipients bool) {
		for _, a := range actors {
			if recipients && destination(e, a) {
				continue
			}
			if f := l.names[a.Name]; f != "" && a.Type == "person" {
				add(f)
				continue
			}
			add(a.Name)
		}
	}
	switch l.by {
	case LanePlace:
		p := e.Place
		switch {
		case p.City != "" && p.Country != "":
			return []string{p.City + ", " + p.Country}
		case p.City != "":
			return []string{p.City}
		case p.Country != "":
			return []string{p.Country}
		case p.Venue != "":
			return []string{p.Venue}
		case p.Region != "":
			return []string{p.Region}
		}
		return []string{"(no place)"}
	case LaneKind:
		return []string{kindLabel(e)}
	case LaneCountry:
		for _, a := range append(slices.Clip(e.Actors), e.Recipients...) {
			add(actorCountry(a))
		}
		if len(names) == 0 {
			add(e.Place.Country)
		}
		if len(names) == 0 {
			return []string{"(no country)"}
		}
		return names
	case LaneActor:
		people(e.Actors, false)
		if len(names) == 0 {
			people(e.Recipients, true)
		}
	default:
		people(e.Actors, false)
		people(e.Recipients, true)
	}
	if len(names) == 0 {
		return []string{"(no actor)"}
	}
	return names
}

// destination reports whether a, one of e's recipients, is only where e
// takes its visitor, not a party to it: a country (not a government, not
// a person) among the recipients of a visit (but a hosted one, CAMEO
// 043, whose recipients are the visitors) or of an arrival, that is the
// event's country or the event has no place. The
// parser names the state visited as a visit's recipient, as CAMEO's
// target of 042 ("Kim Jong Un visits Russia": recipient Russia, place
// Russia), beside the people who receive the visitor when the text names
// them ("Thatcher visits Moscow": Soviet Union and Nikolai Ryzhkov); a
// meeting, talks or a signing with a country ("Lyng holds talks with
// Japan") has the country as a party.
func destination(e *timeline.Event, a timeline.Actor) bool {
	if a.Type != "country" || e.CAMEO == "043" || e.Mode != timeline.ModeVisit && e.Mode != timeline.ModeArrival {
		return false
	}
	return e.Place.Country == "" || timeline.SameCountry(a.Name, e.Place.Country)
}

// actorCountry returns the country of a: its Country, or its name when
// it is a country or a government with none.
func actorCountry(a timeline.Actor) string {
	if a.Country != "" {
		return a.Country
	}
	if a.Type == "country" || a.Type == "government" {
		return a.Name
	}
	return ""
}

// laneIndex numbers lanes by name as events first meet them.
type laneIndex struct {
	by    LaneBy
	index map[string]int
	names []string
}

// of returns the number of the lane named name, adding it if new. In
// country lanes a name that is one country with a lane's shares it.
func (x *laneIndex) of(name string) int {
	if n, ok := x.index[name]; ok {
		return n
	}
	n := len(x.names)
	if x.by == LaneCountry {
		if i := slices.IndexFunc(x.names, func(c string) bool { return timeline.SameCountry(c, name) }); i >= 0 {
			n = i
		}
	}
	if n == len(x.names) {
		x.names = append(x.names, name)
	}
	x.index[name] = n
	return n
}

// arrange orders lanes, the names of the items' lanes in order of their
// first event, and renumbers the items' lanes: the limit lanes with the
// most items are kept (all when max is 0), in order, and the others fold
// into one lane at the end, othersLane, where each event appears once.
// When only one lane would fold, it is kept. The lanes kept are those
// with the most items whatever the order, and among lanes of as many
// items the earlier. arrange returns the lanes, the items (those folded
// twice into the others' lane dropped) and how many lanes it folded.
func arrange(lanes []string, items []*item, order LaneOrder, limit int) ([]string, []*item, int) {
	count := make([]int, len(lanes))
	for _, it := range items {
		count[it.lane]++
	}
	busiest := make([]int, len(lanes))
	for i := range busiest {
		busiest[i] = i
	}
	slices.SortStableFunc(busiest, func(a, b int) int { return cmp.Compare(count[b], count[a]) })
	kept, folded := busiest, []int(nil)
	if limit > 0 && len(lanes) > limit+1 {
		kept, folded = busiest[:limit], busiest[limit:]
	}
	if order == ByFirst {
		kept = slices.Clone(kept)
		slices.Sort(kept) // lanes are numbered as events first meet them
	}
	at := make([]int, len(lanes))
	sorted := make([]string, 0, len(kept)+1)
	for i, l := range kept {
		at[l] = i
		sorted = append(sorted, lanes[l])
	}
	if len(folded) == 0 {
		for _, it := range items {
			it.lane = at[it.lane]
		}
		return sorted, items, 0
	}
	others := len(kept)
	for _, l := range folded {
		at[l] = others
	}
	sorted = append(sorted, othersLane(len(folded)))
	seen := map[*eventText]bool{}
	out := items[:0:0]
	for _, it := range items {
		it.lane = at[it.lane]
		if it.lane == others {
			if seen[it.event] {
				continue
			}
			seen[it.event] = true
		}
		out = append(out, it)
	}
	return sorted, out, len(folded)
}

// link joins the marks of one event in several lanes: a line at its time
// (a point's instant, a bar's start) from its first row to its last.
type link struct {
	at       int64
	from, to int // rows
	event    *eventText
}

// links returns the links of items, whose rows are rows, in the order of
// the events' first items.
func links(items []*item, rows []int) []link {
	var out []link
	at := map[*eventText]int{}
	for _, it := range items {
		r := rows[it.lane] + it.row
		i, ok := at[it.event]
		if !ok {
			at[it.event] = len(out)
			t := it.spot.lo
			if it.spot.point {
				t = it.spot.at
			}
			out = append(out, link{at: t, from: r, to: r, event: it.event})
			continue
		}
		out[i].from, out[i].to = min(out[i].from, r), max(out[i].to, r)
	}
	return slices.DeleteFunc(out, func(l link) bool { return l.from == l.to })
}
