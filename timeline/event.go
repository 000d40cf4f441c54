package timeline

import (
	"fmt"
	"strings"
	"time"
)

// Kind is an event type from the PLOVER ontology (CONSULT, AGREE,
// SUPPORT, ...), or [KindOther] for a diplomatic happening PLOVER has no
// type for.
type Kind string

// Event kinds. PLOVER's CONSULT covers visits, meetings, summits, talks
// and calls, told apart by the event's mode; AGREE covers agreeing to meet
// or talk; SUPPORT covers signing a formal agreement.
const (
	KindConsult   Kind = "CONSULT"
	KindAgree     Kind = "AGREE"
	KindSupport   Kind = "SUPPORT"
	KindCooperate Kind = "COOPERATE"
	KindOther     Kind = "OTHER"
)

// Modes of CONSULT, as PLOVER names them, and the finer modes dateline
// uses for the parts of a visit.
const (
	ModeVisit        = "visit"
	ModeThirdParty   = "third-party"
	ModeMultilateral = "multilateral"
	ModePhone        = "phone"
	ModeMeeting      = "meeting"
	ModeArrival      = "arrival"
	ModeDeparture    = "departure"
	ModeCeremony     = "ceremony"
)

// Status is whether an event happened, by the text's modality and tense.
type Status string

// Statuses. An event is Occurred only on evidence of it; a future or
// modal clause gives Planned (scheduled, "will"), Expected ("is expected
// to") or Possible ("likely to", "may").
const (
	StatusOccurred  Status = "occurred"
	StatusOngoing   Status = "ongoing"
	StatusPlanned   Status = "planned"
	StatusExpected  Status = "expected"
	StatusPossible  Status = "possible"
	StatusDenied    Status = "denied"
	StatusCancelled Status = "cancelled"
)

// Off reports whether s says the event was called off or denied.
func (s Status) Off() bool { return s.off() }

// Held reports whether s says the event took place or is taking place.
func (s Status) Held() bool { return s.held() }

// Rank orders statuses by the evidence they carry, occurred highest,
// then ongoing, called off, planned, expected and possible; an unknown
// status ranks 0. Of two reports of one event, the higher rank stands.
func (s Status) Rank() int { return s.rank() }

// off reports whether s says the event was called off or denied.
func (s Status) off() bool { return s == StatusCancelled || s == StatusDenied }

// held reports whether s says the event took place or is taking place.
func (s Status) held() bool { return s == StatusOccurred || s == StatusOngoing }

// rank orders statuses by how much evidence they carry; merging keeps the
// strongest.
func (s Status) rank() int {
	switch s {
	case StatusOccurred:
		return 6
	case StatusOngoing:
		return 5
	case StatusCancelled, StatusDenied:
		return 4
	case StatusPlanned:
		return 3
	case StatusExpected:
		return 2
	case StatusPossible:
		return 1
	}
	return 0
}

// An Actor is a participant in an event: a person with a role and a
// country, a government or an organisation.
type Actor struct {
	Name    string `json:"name"`              // canonical full name: "Kim Jong Un"
	Type    string `json:"type,omitempty"`    // "person", "government", "organisation"
	Role    string `json:"role,omitempty"`    // "leader", "president"
	Country string `json:"country,omitempty"` // "North Korea"
}

// A Place is where an event happened, as precisely as the text says.
type Place struct {
	Venue   string `json:"venue,omitempty"` // "Far Eastern Federal University"
	City    string `json:"city,omitempty"`
	Country string `json:"country,omitempty"`
	// Region is a part of the world named instead of a country: "a trip
	// to the Middle East".
	Region string `json:"region,omitempty"`
}

// IsZero reports whether p names no place.
func (p Place) IsZero() bool { return p == Place{} }

// String returns the place as "Venue, City, Country" or "Region",
// leaving out what is unknown.
func (p Place) String() string {
	var parts []string
	for _, s := range []string{p.Venue, p.City, p.Country, p.Region} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

// When is the time of an event: an instant (Start alone), an interval
// (Start and End), or nothing (undated). Length keeps a duration the text
// gave ("three-day"); Relation keeps an anchoring to another event ("a
// day after his summit").
type When struct {
	Start    Date      `json:"start,omitzero"`
	End      Date      `json:"end,omitzero"`
	Length   Date      `json:"length,omitzero"`
	Relation *Relation `json:"relation,omitempty"`
}

// A Relation places an event relative to another one: Offset (a
// DURATION, possibly zero) Before or After the event with ID To.
type Relation struct {
	Offset Date   `json:"offset,omitzero"`
	Order  string `json:"order"` // "before" or "after"
	To     string `json:"to"`    // the other event's ID
}

// IsZero reports whether w is undated.
func (w When) IsZero() bool { return !w.Start.Placed() && !w.End.Placed() }

// IsInterval reports whether w has distinct start and end dates.
func (w When) IsInterval() bool { return w.Start.Placed() && w.End.Placed() }

// Earliest returns the first instant w may cover, or the zero time.
func (w When) Earliest() time.Time {
	if w.Start.Placed() {
		return w.Start.Earliest
	}
	return w.End.Earliest
}

// Latest returns the last instant w may cover, or the zero time.
func (w When) Latest() time.Time {
	if w.End.Placed() {
		return w.End.Latest
	}
	return w.Start.Latest
}

// until returns the end of w, exclusive: the midnight after its last day
// for dates of day precision or coarser, the minute after its last
// instant for finer ones.
func (w When) until() time.Time {
	p := w.Start.Precision
	if w.End.Placed() {
		p = w.End.Precision
	}
	if p > Day {
		return w.Latest().Add(time.Minute)
	}
	return w.Latest().AddDate(0, 0, 1)
}

// String formats w as "2019-04-24 .. 2019-04-26", "2019-04-25" or
// "undated".
func (w When) String() string {
	if w.IsZero() {
		return "undated"
	}
	p := w.Start.Precision
	if w.End.Precision > p {
		p = w.End.Precision
	}
	lo, hi := FormatBound(w.Earliest(), p), FormatBound(w.Latest(), p)
	if lo == hi {
		return lo
	}
	return lo + " .. " + hi
}

// Evidence is where in which document an event was read.
type Evidence struct {
	Doc      string `json:"doc"`
	Sentence string `json:"sentence"`
	// SentenceSpan, Trigger, Time and Actors are byte spans into the
	// document's text, or into its title when Title is set; Time is zero
	// when no time expression was used.
	SentenceSpan Span   `json:"sentence_span"`
	Trigger      Span   `json:"trigger"`
	TriggerText  string `json:"trigger_text"`
	Time         Span   `json:"time,omitzero"`
	Actors       []Span `json:"actors,omitempty"`
	// Title is set when the report is the document's headline.
	Title bool `json:"title,omitempty"`
}

// An Event is something that happened, or is said to be going to happen,
// between actors at a place and a time.
type Event struct {
	// ID is unique within a timeline: the first document's ID and a
	// sequence number ("upi-kim#3").
	ID      string `json:"id"`
	Kind    Kind   `json:"kind"`
	Mode    string `json:"mode,omitempty"`
	CAMEO   string `json:"cameo,omitempty"`
	Action  string `json:"action"`  // normalised trigger: "visit", "summit", "leave"
	Summary string `json:"summary"` // one line: "Kim Jong Un leaves Vladivostok"
	// Note adds what the sentence says about the event beyond its parts
	// ("the first since he took power in late 2011").
	Note       string     `json:"note,omitempty"`
	Actors     []Actor    `json:"actors,omitempty"`
	Recipients []Actor    `json:"recipients,omitempty"`
	Place      Place      `json:"place,omitzero"`
	When       When       `json:"when"`
	Status     Status     `json:"status"`
	Evidence   []Evidence `json:"evidence"`
}

// String returns a canonical one-line form of e, for tests and debugging:
//
//	2019-04-25 CONSULT/meeting 042 occurred "Kim Jong Un holds a summit with Vladimir Putin" @ Vladivostok, Russia
func (e Event) String() string {
	var b strings.Builder
	b.WriteString(e.When.String())
	fmt.Fprintf(&b, " %s", e.Kind)
	if e.Mode != "" {
		fmt.Fprintf(&b, "/%s", e.Mode)
	}
	if e.CAMEO != "" {
		fmt.Fprintf(&b, " %s", e.CAMEO)
	}
	fmt.Fprintf(&b, " %s %q", e.Status, e.Summary)
	if !e.Place.IsZero() {
		fmt.Fprintf(&b, " @ %s", e.Place)
	}
	return b.String()
}

// Names returns the names of actors.
func Names(actors []Actor) []string {
	out := make([]string, len(actors))
	for i, a := range actors {
		out[i] = a.Name
	}
	return out
}
