package timeline

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// A Dateline is the opening of a news story that says where and when it
// was filed: "VLADIVOSTOK, Russia, April 26 (UPI) --".
type Dateline struct {
	Text   string `json:"text"`
	Span   Span   `json:"span"`
	Place  Place  `json:"place,omitzero"`
	Date   Date   `json:"date,omitzero"` // the local date, zero if the dateline has none
	Agency string `json:"agency,omitempty"`
}

// A Document is one article: its text, its anchor in time and what was
// read from it.
type Document struct {
	ID     string `json:"id"`
	Source string `json:"source,omitempty"` // file name or archive record
	Title  string `json:"title,omitempty"`
	Text   string `json:"-"`
	// Published is the publication or update stamp, zero if none.
	Published Date     `json:"published,omitzero"`
	Dateline  Dateline `json:"dateline,omitzero"`
	// Anchor is the day everything in the document resolves against:
	// the dateline's local date when there is one, else the stamp's.
	Anchor Date `json:"anchor"`
	// Narrative reports that the document was read as a narrative: its
	// dates without a year count from the story's own time, not from the
	// anchor.
	Narrative bool    `json:"narrative,omitempty"`
	Dates     []Date  `json:"dates"`
	Events    []Event `json:"events"`
}

// A Timeline is the merged, ordered events of one or more documents.
type Timeline struct {
	Documents []Document `json:"documents"`
	Events    []Event    `json:"events"`
}

// Build merges the events of docs into one timeline. Events that report
// the same happening (same kind, mode and action, a shared actor, no two
// different places, and a time that overlaps the time of every report
// already merged) become one event with the evidence of
// all; the merged event keeps the status with the most evidence (occurred
// over planned) and the time of the report that gave it, unless that time
// is coarser than a month and another report's is finer; between reports
// of equal status, the finer time. Events are then put in a total order:
// by earliest instant (undated last), latest instant, kind, summary and
// first evidence. Event IDs are kept; a merged event keeps the ID of the
// report that came first.
//
// Build reads docs in the order [SortDocuments] gives, whatever order
// they come in, and so keeps them in the timeline: the merge, which
// follows that order, gives one timeline of the same documents however
// they were read or stored. Build modifies neither docs nor their events.
func Build(docs ...Document) *Timeline {
	docs = slices.Clone(docs)
	SortDocuments(docs)
	t := &Timeline{Documents: docs}
	// whens holds the times of the reports merged into each event: a
	// report joins an event only if its time overlaps every one of them,
	// so that a merge that widens an event's time cannot carry it on to
	// a report of another day (February's meeting, through one dated
	// "1987", to one of October 18).
	//
	// anchors holds the days of the documents each event was reported in:
	// an undated report joins an event only if its story was filed within
	// undatedReach of all of them, so that "a meeting of the G-7", told
	// without a date in October, is not April's.
	var whens [][]When
	var anchors [][]time.Time
	for _, d := range docs {
		day := d.Anchor.Earliest
		for _, e := range d.Events {
			e.Evidence = slices.Clone(e.Evidence)
			fits := func(i int) bool {
				if slices.ContainsFunc(whens[i], func(w When) bool { return !overlaps(w, e.When) }) {
					return false
				}
				if o := t.Events[i]; d.ID != "" && e.Mode == ModeVisit && e.When.Start.Precision >= Day && o.When.Start.Precision >= Day &&
					!e.When.Start.Earliest.Equal(o.When.Start.Earliest) && slices.ContainsFunc(o.Evidence, func(v Evidence) bool { return v.Doc == d.ID }) {
					// One story's visits begun on two days are as its
					// reading told them: two stops in one country.
					return false
				}
				if o := t.Events[i]; d.ID != "" && (o.Status.held() != e.Status.held() || o.Status.off() != e.Status.off()) && !sameDay(o.When, e.When) &&
					slices.ContainsFunc(o.Evidence, func(v Evidence) bool { return v.Doc == d.ID }) {
					// One story tells each event as it stands when it
					// is written: "this year's meetings" it says were
					// held in Paris are not the summit it says will be
					// in June. Only on one day may a departure it
					// expected late at night be the one it says was
					// made.
					return false
				}
				if !e.When.IsZero() && !t.Events[i].When.IsZero() || day.IsZero() {
					return true
				}
				return !slices.ContainsFunc(anchors[i], func(a time.Time) bool { return !a.IsZero() && absDuration(a.Sub(day)) > undatedReach })
			}
			i := slices.IndexFunc(t.Events, func(o Event) bool { return same(o, e) })
			for i >= 0 && !fits(i) {
				j := slices.IndexFunc(t.Events[i+1:], func(o Event) bool { return same(o, e) })
				if j < 0 {
					i = -1
					break
				}
				i += 1 + j
			}
			if i >= 0 {
				t.Events[i] = merge(t.Events[i], e)
				whens[i] = append(whens[i], e.When)
				anchors[i] = append(anchors[i], day)
				continue
			}
			t.Events = append(t.Events, e)
			whens = append(whens, []When{e.When})
			anchors = append(anchors, []time.Time{day})
		}
	}
	slices.SortStableFunc(t.Events, Compare)
	return t
}

// sameDay reports whether a and b are both dated within one and the same
// day.
func sameDay(a, b When) bool {
	if a.IsZero() || b.IsZero() {
		return false
	}
	day := func(w When) (time.Time, bool) {
		e, l := w.Earliest(), w.until()
		return e, l.Sub(e) <= 24*time.Hour && e.YearDay() == l.Add(-time.Nanosecond).YearDay()
	}
	da, oka := day(a)
	db, okb := day(b)
	return oka && okb && da.Year() == db.Year() && da.YearDay() == db.YearDay()
}

// undatedReach is how far apart the stories of two reports may be filed
// when one of them gives no date.
const undatedReach = 30 * 24 * time.Hour

func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// same reports whether a and b report the same happening.
func same(a, b Event) bool {
	if a.Kind != b.Kind || a.Mode != b.Mode || a.Action != b.Action {
		return false
	}
	if !shareActor(a.Actors, b.Actors) || placesDiffer(a.Place, b.Place) {
		return false
	}
	if a.Mode != ModeMultilateral && counterpartsDiffer(a.Recipients, b.Recipients) {
		// (A body's session is one whoever each report names as
		// attending it.)
		// Reagan's summit with Mulroney is not his summit with
		// Nakasone, however near their times.
		return false
	}
	if a.When.IsZero() || b.When.IsZero() {
		// Undated reports name one happening by their summary, unless
		// one tells it was called off and the other that it took place:
		// "a meeting of OPEC had been postponed" is not the meeting
		// another story says was held.
		return a.When.IsZero() && b.When.IsZero() && a.Summary == b.Summary && !(a.Status.off() && b.Status.held() || a.Status.held() && b.Status.off())
	}
	return overlaps(a.When, b.When)
}

// Overlap reports whether a and b share an instant; an undated time
// overlaps any.
func Overlap(a, b When) bool { return overlaps(a, b) }

// PlacesDiffer reports whether a and b name different places: two
// countries, two cities, two regions, or a region and a country; a city
// and its country, or a place and no place, may be the same. Countries
// are compared across history (the Soviet Union and Russia).
func PlacesDiffer(a, b Place) bool { return placesDiffer(a, b) }

// SameCountry reports whether a and b name one country, across history:
// Bonn's "Germany" is a 1987 story's "West Germany".
func SameCountry(a, b string) bool { return country(a) == country(b) }

// ShareActor reports whether a and b name one actor in common, a person
// named in full in one and by surname in the other included; two empty
// lists share.
func ShareActor(a, b []Actor) bool { return shareActor(a, b) }

// overlaps reports whether a and b share an instant; an undated time
// overlaps any.
func overlaps(a, b When) bool {
	if a.IsZero() || b.IsZero() {
		return true
	}
	return a.Earliest().Before(b.until()) && b.Earliest().Before(a.until())
}

// placesDiffer reports whether a and b name different places: two
// countries, two cities, two regions, or a region and a country (a trip
// to Scandinavia is not a visit to Belgium; a gazetteer of which country
// lies in which region would let a visit to Israel join a trip to the
// Middle East). A city and its country, or a place and no place, may be
// the same.
func placesDiffer(a, b Place) bool {
	switch {
	case a.Country != "" && b.Country != "" && country(a.Country) != country(b.Country),
		a.City != "" && b.City != "" && a.City != b.City,
		a.Region != "" && b.Region != "" && a.Region != b.Region:
		return true
	case a.Region != b.Region:
		// One names a region, the other not: different if the other
		// names a country.
		return a.Country != "" || b.Country != ""
	}
	return false
}

// country returns the name a gazetteer of today gives the country c that
// the news of its time named: Moscow is in Russia for the gazetteer and
// in the Soviet Union for a story of 1987.
func country(c string) string {
	if n, ok := formerCountries[c]; ok {
		return n
	}
	return c
}

var formerCountries = map[string]string{
	"Soviet Union": "Russia", "USSR": "Russia", "West Germany": "Germany", "East Germany": "Germany",
	"Burma": "Myanmar", "Zaire": "Democratic Republic of the Congo", "Czechoslovakia": "Czech Republic",
	"Yugoslavia": "Serbia", "Ceylon": "Sri Lanka", "Rhodesia": "Zimbabwe",
}

func shareActor(a, b []Actor) bool {
	if len(a) == 0 && len(b) == 0 {
		return true
	}
	for _, x := range a {
		for _, y := range b {
			if samePerson(x, y) {
				return true
			}
		}
	}
	return false
}

// counterpartsDiffer reports whether the recipients a and b of two
// reports clearly name others: both name some, and every pair of them is
// two people, or two governments or organisations, of different names.
// A person and a government may be one side (Shevardnadze and the Soviet
// Union), a spelling one letter off is the same person (Shevardnaze),
// and a country keeps its name across history (the Soviet Union and
// Russia).
func counterpartsDiffer(a, b []Actor) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		for _, y := range b {
			switch {
			case samePerson(x, y), x.Type != y.Type:
				return false
			case x.Type == "person" && nearName(lastWord(x.Name), lastWord(y.Name)):
				return false
			case x.Type != "person" && country(x.Name) == country(y.Name):
				return false
			}
		}
	}
	return true
}

func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

// nearName reports whether the names a and b, of five letters or more,
// differ by at most one letter added, dropped or changed.
func nearName(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 5 || len(b) < 5 || len(a)-len(b) > 1 || len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	j, k := len(a), len(b)
	for j > i && k > i && a[j-1] == b[k-1] {
		j--
		k--
	}
	return j-i <= 1 && k-i <= 1
}

// samePerson reports whether a and b are one actor: the same name, or,
// for people, one name the end of the other, as one report writes
// "Reagan" and another "Ronald Reagan".
func samePerson(a, b Actor) bool {
	if a.Name == b.Name {
		return true
	}
	if a.Type != "person" || b.Type != "person" {
		return false
	}
	return endsWithName(a.Name, b.Name) || endsWithName(b.Name, a.Name)
}

// endsWithName reports whether the full name long ends with the name
// short as its last names ("Kim Jong Un", "Kim Jong Un"'s "Jong Un" no),
// not as a father's name after "bin" or "ibn": Mohammed bin Salman is
// not King Salman.
func endsWithName(long, short string) bool {
	rest, ok := strings.CutSuffix(long, " "+short)
	if !ok {
		return false
	}
	for _, p := range []string{" bin", " ibn", " bint", " ben", " ould"} {
		if strings.HasSuffix(rest, p) {
			return false
		}
	}
	return true
}

// merge joins b into a.
func merge(a, b Event) Event {
	// A report with more evidence (occurred over planned) decides the
	// time, unless its time is coarse and the other's finer; between
	// equals, the finer time wins.
	switch ra, rb := a.Status.rank(), b.Status.rank(); {
	case rb == ra && a.When.IsInterval() && !b.When.IsInterval() && within(b.When, a.When):
		// "will visit Japan from May 25 to 27" and "will travel to
		// Kyoto ... on May 27": an interval keeps the day of one of
		// its legs from narrowing it, whichever is read first.
	case rb == ra && b.When.IsInterval() && !a.When.IsInterval() && within(a.When, b.When),
		rb > ra && !b.When.IsZero() && (span(b.When) <= coarse || span(b.When) <= span(a.When)),
		rb < ra && span(a.When) > coarse && span(b.When) < span(a.When),
		rb == ra && span(b.When) < span(a.When),
		rb == ra && span(b.When) == span(a.When) && derived(a.When) && !derived(b.When):
		a.When = b.When
	}
	if b.Status.rank() > a.Status.rank() {
		a.Status = b.Status
	}
	if a.Place.IsZero() || (a.Place.Venue == "" && b.Place.Venue != "" && b.Place.City == a.Place.City) {
		a.Place = b.Place
	}
	if len(b.Recipients) > 0 {
		a.Recipients = slices.Clone(a.Recipients) // the input's stay as they are
	}
	for _, r := range b.Recipients {
		if i := slices.IndexFunc(a.Recipients, func(x Actor) bool { return samePerson(x, r) }); i >= 0 {
			if len(r.Name) > len(a.Recipients[i].Name) {
				a.Recipients[i] = r // the fuller name
			}
		} else {
			a.Recipients = append(a.Recipients, r)
		}
	}
	if a.Note == "" {
		a.Note = b.Note
	}
	a.Evidence = append(a.Evidence, b.Evidence...)
	return a
}

// within reports whether the dated w lies inside the interval iv.
func within(w, iv When) bool {
	return !w.IsZero() && !w.Earliest().Before(iv.Earliest()) && !w.until().After(iv.until())
}

// coarse is the span past which a report's time says little: a report
// that a meeting took place "in 1987" does not move the February it was
// planned for.
const coarse = 32 * 24 * time.Hour

// derived reports whether w's start was worked out (from another event
// or the narrative's focus) rather than read from a date in the text.
func derived(w When) bool {
	return w.Start.Text == "" || w.Start.Rule == "relation" || w.Start.Rule == "focus"
}

// span is how long w may last; undated is longest.
func span(w When) time.Duration {
	if w.IsZero() {
		return 1<<63 - 1
	}
	return w.until().Sub(w.Earliest())
}

// Compare orders events for a timeline: dated before undated, then by
// earliest and latest instant, kind, mode, summary, first evidence's
// document and trigger offset, and ID. It returns -1, 0 or +1.
func Compare(a, b Event) int {
	if c := cmp.Compare(boolInt(a.When.IsZero()), boolInt(b.When.IsZero())); c != 0 {
		return c
	}
	if c := a.When.Earliest().Compare(b.When.Earliest()); c != 0 {
		return c
	}
	if c := a.When.Latest().Compare(b.When.Latest()); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Kind, b.Kind); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Mode, b.Mode); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Summary, b.Summary); c != 0 {
		return c
	}
	if len(a.Evidence) > 0 && len(b.Evidence) > 0 {
		ea, eb := a.Evidence[0], b.Evidence[0]
		if c := cmp.Compare(ea.Doc, eb.Doc); c != 0 {
			return c
		}
		if c := cmp.Compare(ea.Trigger.Start, eb.Trigger.Start); c != 0 {
			return c
		}
	}
	return cmp.Compare(a.ID, b.ID)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// EventID returns the ID of the n-th event (from 1) of document doc.
func EventID(doc string, n int) string { return doc + "#" + strconv.Itoa(n) }
