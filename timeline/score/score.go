package score

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/dateline-dev/dateline/timeline"
)

// Family is what a gold mention's kind and a system event's mode are
// compared by: talks, meetings and a body's conferences are one family.
type family int

const (
	famNone family = iota
	famVisit
	famMeet
	famPhone
	famSign
	// famPart is a part of a visit: an arrival, a departure, a
	// ceremony. It finds a visit of one day or of an open end (an
	// arrival is the visit's first day), and is right, beside the visit,
	// when it lies within a gold visit.
	famPart
	// famHost is "X hosted Y": a visit to X, or a meeting with X.
	famHost
)

// goldFamily returns the family of a gold kind.
func goldFamily(kind string) family {
	switch kind {
	case KindVisit:
		return famVisit
	case KindMeeting, KindTalks, KindConference:
		return famMeet
	case KindPhone:
		return famPhone
	case KindSign:
		return famSign
	}
	return famNone
}

// eventFamily returns the family of a system event, by its mode.
func eventFamily(e *timeline.Event) family {
	switch e.Mode {
	case timeline.ModeVisit:
		if e.CAMEO == "043" {
			return famHost
		}
		return famVisit
	case timeline.ModeArrival, timeline.ModeDeparture, timeline.ModeCeremony:
		return famPart
	case timeline.ModeMeeting, timeline.ModeMultilateral, timeline.ModeThirdParty, "mediation":
		return famMeet
	case timeline.ModePhone:
		return famPhone
	case "sign":
		return famSign
	}
	return famNone
}

// kindFits reports whether a system event of family f may report a gold
// mention of family g.
func kindFits(g, f family) bool {
	switch {
	case g == famNone || f == famNone:
		return false
	case g == f:
		return true
	case f == famHost:
		return g == famVisit || g == famMeet
	case f == famPart:
		return g == famVisit
	}
	return false
}

// statusGroup puts statuses that say the same thing for scoring into one
// group: it happened (occurred, ongoing), it is to happen (planned,
// expected, possible), it will not (cancelled, denied).
func statusGroup(s timeline.Status) int {
	switch s {
	case timeline.StatusOccurred, timeline.StatusOngoing:
		return 1
	case timeline.StatusPlanned, timeline.StatusExpected, timeline.StatusPossible:
		return 2
	case timeline.StatusCancelled, timeline.StatusDenied:
		return 3
	}
	return 0
}

// day returns the midnight of t's day.
func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// within reports whether the day of t lies in the days d covers.
func within(t time.Time, d timeline.Date) bool {
	t = day(t)
	return !t.Before(day(d.Earliest)) && !t.After(day(d.Latest))
}

// dateFits reports whether system time w is the gold mention's time: the
// same day or days for a gold day or interval; a span inside it for a
// gold month, week or year; the same first day for a gold with an open
// end, the same last day for one with no start; no date for an undated
// gold.
func dateFits(m *Mention, w timeline.When) bool {
	if !m.Start.Placed() && m.End.Placed() {
		return !w.IsZero() && within(w.Latest(), m.End)
	}
	if !m.Start.Placed() {
		return w.IsZero()
	}
	if w.IsZero() {
		return false
	}
	lo, hi := w.Earliest(), w.Latest()
	switch {
	case m.OpenEnd:
		return within(lo, m.Start)
	case m.End.Placed():
		return within(lo, m.Start) && within(hi, m.End)
	}
	return within(lo, m.Start) && within(hi, m.Start)
}

// partFits reports whether system time w lies within the gold visit of
// m: from its first day to its last, or to a month after its first day
// when its end is open.
func partFits(m *Mention, w timeline.When) bool {
	if w.IsZero() {
		return !m.Start.Placed() && !m.End.Placed() // the undated part of an undated visit
	}
	if !m.Start.Placed() {
		// A visit that ends on a known day: its parts fall in the
		// week before.
		if !m.End.Placed() {
			return false
		}
		last := day(m.End.Latest)
		lo, hi := day(w.Earliest()), day(w.Latest())
		return !hi.After(last) && !lo.Before(last.AddDate(0, 0, -7))
	}
	first := day(m.Start.Earliest)
	last := day(m.Start.Latest)
	switch {
	case m.End.Placed():
		last = day(m.End.Latest)
	case m.OpenEnd:
		last = first.AddDate(0, 1, 0)
	}
	lo, hi := day(w.Earliest()), day(w.Latest())
	return !lo.Before(first) && !hi.After(last)
}

// names returns the names a system event gives its participants: its
// actors, its recipients and, for a visit, the place visited.
func names(e *timeline.Event) []string {
	var out []string
	for _, a := range e.Actors {
		out = append(out, a.Name)
	}
	for _, a := range e.Recipients {
		out = append(out, a.Name)
	}
	switch e.Mode {
	case timeline.ModeVisit, timeline.ModeArrival, timeline.ModeDeparture:
		if e.Place.Country != "" {
			out = append(out, e.Place.Country)
		}
		if e.Place.City != "" {
			out = append(out, e.Place.City)
		}
	}
	return out
}

// shares reports whether the system event names a gold participant.
func shares(m *Mention, sys []string) bool {
	for _, p := range m.Participants {
		for _, alt := range p {
			g := fold(alt)
			for _, s := range sys {
				if sameName(g, fold(s)) {
					return true
				}
			}
		}
	}
	return false
}

// sameName reports whether two folded names name one party: equal, or
// one the other's last words ("shultz", "george shultz").
func sameName(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a[len(a)-1]) < 3 && len(a) < len(b) {
		return false // "us" is no surname
	}
	return slices.Equal(a, b[len(b)-len(a):])
}

// fold returns the words of a name, lower-cased, without accents,
// punctuation, hyphens ("G-20" is "g20") or a leading "the", numbers in
// digits ("Group of Twenty" is "group of 20") and British spellings in
// American ("Organisation").
func fold(s string) []string {
	var b strings.Builder
	for _, r := range s {
		r = unicode.ToLower(r)
		if a, ok := accents[r]; ok {
			r = a
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case r == '.' || r == '\'' || r == '’' || r == '-':
		default:
			b.WriteByte(' ')
		}
	}
	w := strings.Fields(b.String())
	if len(w) > 1 {
		// "the Netherlands", "Democratic Republic of the Congo": an
		// article is no part of a name's identity.
		w = slices.DeleteFunc(w, func(x string) bool { return x == "the" })
	}
	for i, x := range w {
		if n, ok := numbers[x]; ok {
			w[i] = n
		}
		w[i] = strings.Replace(w[i], "organis", "organiz", 1)
	}
	return w
}

// numbers are the number words of names: "Group of Seven".
var numbers = map[string]string{"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
	"seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20"}

// accents maps accented Latin letters to their base letter.
var accents = map[rune]rune{}

func init() {
	for base, rs := range map[rune]string{
		'a': "àáâãäåā", 'c': "çćč", 'e': "èéêëēėę", 'i': "ìíîïī", 'n': "ñń", 'o': "òóôõöøō",
		'u': "ùúûüū", 'y': "ýÿ", 's': "śšş", 'z': "źżž", 'g': "ğ", 'l': "ł",
	} {
		for _, r := range rs {
			accents[r] = base
		}
	}
}

// A Check says which tests a system event passed against a gold mention.
type Check struct {
	Kind, Date, Participant, Status bool
}

// OK reports whether every test passed.
func (c Check) OK() bool { return c.Kind && c.Date && c.Participant && c.Status }

// String lists the failed tests: "date,status", or "ok".
func (c Check) String() string {
	var f []string
	for _, t := range []struct {
		ok   bool
		name string
	}{{c.Kind, "kind"}, {c.Date, "date"}, {c.Participant, "participant"}, {c.Status, "status"}} {
		if !t.ok {
			f = append(f, t.name)
		}
	}
	if len(f) == 0 {
		return "ok"
	}
	return strings.Join(f, ",")
}

// Compare checks system event e against gold mention m.
func Compare(m *Mention, e *timeline.Event) Check {
	return Check{
		Kind:        kindFits(goldFamily(m.Kind), eventFamily(e)),
		Date:        dateFits(m, e.When),
		Participant: shares(m, names(e)) && bound(m, e),
		Status:      statusGroup(m.Status) == statusGroup(e.Status),
	}
}

// bound reports whether a system visit goes where gold visit m goes: its
// place, as the event names it (city, country or region), is the gold's
// place or one of its parties ("Bob Work visits Guam" is not his visit
// to Japan, whoever travels). A visit with no place, and any other kind,
// pass.
func bound(m *Mention, e *timeline.Event) bool {
	if m.Kind != KindVisit || e.Place.IsZero() || e.Action == "return" {
		return true // a return home ends the visit, wherever home is
	}
	switch eventFamily(e) {
	case famVisit, famPart:
	default:
		return true
	}
	var gold []string
	for _, p := range strings.Split(m.Place, ",") {
		if p = strings.TrimSpace(p); p != "" && p != "-" {
			gold = append(gold, p)
		}
	}
	for _, p := range m.Participants {
		gold = append(gold, p...)
	}
	for _, s := range []string{e.Place.City, e.Place.Country, e.Place.Region} {
		if s == "" {
			continue
		}
		for _, g := range gold {
			if sameName(fold(g), fold(s)) {
				return true
			}
		}
	}
	return false
}

// partOf reports whether e, a part of a visit, lies within gold visit m.
func partOf(m *Mention, e *timeline.Event) bool {
	return m.Kind == KindVisit && eventFamily(e) == famPart && partFits(m, e.When) &&
		shares(m, names(e)) && bound(m, e) && statusGroup(m.Status) == statusGroup(e.Status)
}

// A Miss is a gold mention no system event reported, with the system's
// events of its story that came nearest.
type Miss struct {
	Mention Mention
	Near    []Near
}

// A Near is a system event and the tests it failed against a gold
// mention.
type Near struct {
	Event timeline.Event
	Check Check
}

// A Spurious is a system event that reports no gold mention.
type Spurious struct {
	Story string
	Event timeline.Event
}

// Counts are the figures of one score.
type Counts struct {
	Gold, Found   int // gold mentions, and those found
	System, Right int // system events, and those right
}

// Recall returns Found/Gold as a percentage (0 for no gold).
func (c Counts) Recall() float64 { return pct(c.Found, c.Gold) }

// Precision returns Right/System as a percentage (0 for no event).
func (c Counts) Precision() float64 { return pct(c.Right, c.System) }

// F1 returns the harmonic mean of recall and precision.
func (c Counts) F1() float64 {
	r, p := c.Recall(), c.Precision()
	if r+p == 0 {
		return 0
	}
	return 2 * r * p / (r + p)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// String formats c as "recall 41.67 (25/60)  precision 65.00 (26/40)  F1 50.79".
func (c Counts) String() string {
	return fmt.Sprintf("recall %.2f (%d/%d)  precision %.2f (%d/%d)  F1 %.2f",
		c.Recall(), c.Found, c.Gold, c.Precision(), c.Right, c.System, c.F1())
}

// A Result is the score of a system against a gold.
type Result struct {
	Stories int
	Counts
	// ByKind counts gold mentions and those found, by gold kind.
	ByKind   map[string]Counts
	Misses   []Miss
	Spurious []Spurious
}

// Score scores the system's events, by story, against g. Only the stories
// g names are scored; a story the system has no events for has all its
// gold mentions missed. Within a story, gold mentions and system events
// are paired one to one, so that one event reports one mention (a meeting
// with several recipients one per recipient): a second report of a found
// visit is spurious, except an arrival, departure or ceremony within a
// gold visit, which is right as the visit's part.
func Score(g *Gold, system map[string][]timeline.Event) Result {
	res := Result{Stories: len(g.Stories), ByKind: map[string]Counts{}}
	byStory := map[string][]*Mention{}
	for i := range g.Mentions {
		m := &g.Mentions[i]
		byStory[m.Story] = append(byStory[m.Story], m)
	}
	for _, story := range g.Stories {
		ms, evs := byStory[story], system[story]
		pair := match(ms, evs)
		for i, m := range ms {
			k := res.ByKind[m.Kind]
			k.Gold++
			res.Gold++
			if pair[i] >= 0 {
				k.Found++
				res.Found++
			} else {
				res.Misses = append(res.Misses, miss(m, evs))
			}
			res.ByKind[m.Kind] = k
		}
		used := make([]bool, len(evs))
		for _, j := range pair {
			if j >= 0 {
				used[j] = true
			}
		}
		for j := range evs {
			res.System++
			if used[j] || slices.ContainsFunc(ms, func(m *Mention) bool { return partOf(m, &evs[j]) }) {
				res.Right++
				continue
			}
			res.Spurious = append(res.Spurious, Spurious{story, evs[j]})
		}
	}
	return res
}

// match pairs mentions with events, as many as can be (augmenting paths;
// a story has few of each), and returns for each mention its event's
// index or -1. An event reports one mention, except a meeting or call
// of one actor with several recipients ("met Kan and Matsumoto"), which
// reports one mention per recipient, and a visit hosted ("Biden hosts
// Sanchez"), which reports the visit and the meeting.
func match(ms []*Mention, evs []timeline.Event) []int {
	// slots[k] is the event of the k-th slot; an event has one slot per
	// mention it may report.
	var slots []int
	for j := range evs {
		n := 1
		switch f := eventFamily(&evs[j]); {
		case (f == famMeet || f == famPhone) && len(evs[j].Recipients) > 1:
			n = len(evs[j].Recipients)
		case f == famHost:
			n = 2 // "Biden hosts Sanchez": Sanchez's visit and their meeting
		}
		for range n {
			slots = append(slots, j)
		}
	}
	fits := make([][]int, len(ms))
	for i, m := range ms {
		for k, j := range slots {
			if Compare(m, &evs[j]).OK() {
				fits[i] = append(fits[i], k)
			}
		}
		// A visit is paired with a visit before a part of one (an
		// arrival, a departure), which is right anyway within it.
		slices.SortStableFunc(fits[i], func(a, b int) int {
			pa, pb := eventFamily(&evs[slots[a]]) == famPart, eventFamily(&evs[slots[b]]) == famPart
			switch {
			case pa == pb:
				return 0
			case pb:
				return -1
			}
			return 1
		})
	}
	owner := make([]int, len(slots))
	for k := range owner {
		owner[k] = -1
	}
	var try func(i int, seen []bool) bool
	try = func(i int, seen []bool) bool {
		for _, k := range fits[i] {
			if seen[k] {
				continue
			}
			seen[k] = true
			if owner[k] < 0 || try(owner[k], seen) {
				owner[k] = i
				return true
			}
		}
		return false
	}
	for i := range ms {
		try(i, make([]bool, len(slots)))
	}
	pair := make([]int, len(ms))
	for i := range pair {
		pair[i] = -1
	}
	for k, i := range owner {
		if i >= 0 {
			pair[i] = slots[k]
		}
	}
	return pair
}

// miss returns m's miss with the events of its story that fit its kind
// or share a participant, those failing fewest tests first.
func miss(m *Mention, evs []timeline.Event) Miss {
	out := Miss{Mention: *m}
	for j := range evs {
		c := Compare(m, &evs[j])
		if c.Kind || c.Participant {
			out.Near = append(out.Near, Near{evs[j], c})
		}
	}
	slices.SortStableFunc(out.Near, func(a, b Near) int { return fails(a.Check) - fails(b.Check) })
	return out
}

// fails counts the tests c failed.
func fails(c Check) int {
	n := 0
	for _, ok := range []bool{c.Kind, c.Date, c.Participant, c.Status} {
		if !ok {
			n++
		}
	}
	return n
}
