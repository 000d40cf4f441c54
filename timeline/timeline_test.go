package timeline

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// mustValue returns the Date of a TIMEX3 value, written as text.
func mustValue(v, text string) Date {
	d, err := ParseValue(v)
	if err != nil {
		panic(err)
	}
	d.Text = text
	return d
}

func event(id, action, actor, value string, status Status) Event {
	e := Event{ID: id, Kind: KindConsult, Mode: ModeDeparture, Action: action, Summary: actor + " " + action,
		Actors: []Actor{{Name: actor}}, Status: status, Evidence: []Evidence{{Doc: id}}}
	if value != "" {
		e.When.Start = mustValue(value, value)
	}
	return e
}

// ownDoc makes e's evidence name the document of its id ("a" for
// "a#2"), as a reader's events do.
func ownDoc(e Event) Event {
	e.Evidence = []Evidence{{Doc: e.ID[:strings.IndexByte(e.ID, '#')]}}
	return e
}

// placed returns e at city, country.
func placed(e Event, city, country string) Event {
	e.Place = Place{City: city, Country: country}
	return e
}

// person makes e's actors people.
func person(e Event) Event {
	for i := range e.Actors {
		e.Actors[i].Type = "person"
	}
	return e
}

// with returns e with the recipients named, of type typ.
func with(e Event, typ string, names ...string) Event {
	for _, n := range names {
		e.Recipients = append(e.Recipients, Actor{Name: n, Type: typ})
	}
	return e
}

// visiting makes e a visit.
func visiting(e Event) Event {
	e.Mode = ModeVisit
	return e
}

// spanning returns e ending on the day end.
func spanning(e Event, end string) Event {
	e.When.End = mustValue(end, end)
	return e
}

// regioned returns e in region r.
func regioned(e Event, r string) Event {
	e.Place = Place{Region: r}
	return e
}

var buildTests = []struct {
	name string
	docs [][]Event
	want []string // ID, When and status of each event, in order
}{
	{"same day merges", [][]Event{
		{event("a#1", "leave", "Kim", "2019-04-26", StatusOccurred)},
		{event("b#1", "leave", "Kim", "2019-04-26", StatusOccurred)},
	}, []string{"a#1 2019-04-26 occurred 2"}},
	{"occurrence outranks plan and keeps its time", [][]Event{
		{event("a#1", "leave", "Kim", "2019-04-26TNI", StatusExpected)},
		{event("b#1", "leave", "Kim", "2019-04-26", StatusOccurred)},
	}, []string{"a#1 2019-04-26 occurred 2"}},
	{"a day and a night of it overlap", [][]Event{
		{event("a#1", "leave", "Kim", "2019-04-26", StatusOccurred), event("a#2", "leave", "Kim", "2019-04-26TNI", StatusOccurred)},
	}, []string{"a#1 2019-04-26T21:00 .. 2019-04-26T23:59 occurred 2"}},
	{"different actors stay apart", [][]Event{
		{event("a#1", "leave", "Kim", "2019-04-26", StatusOccurred)},
		{event("b#1", "leave", "Putin", "2019-04-26", StatusOccurred)},
	}, []string{"a#1 2019-04-26 occurred 1", "b#1 2019-04-26 occurred 1"}},
	{"different days stay apart, in order", [][]Event{
		{event("a#1", "leave", "Kim", "2019-04-27", StatusOccurred)},
		{event("b#1", "leave", "Kim", "2019-04-26", StatusOccurred)},
	}, []string{"b#1 2019-04-26 occurred 1", "a#1 2019-04-27 occurred 1"}},
	{"different countries stay apart", [][]Event{
		{placed(event("a#1", "visit", "Kerry", "2013-W12", StatusPlanned), "", "Turkey")},
		{placed(event("b#1", "visit", "Kerry", "2013-03-18", StatusPlanned), "", "Israel")},
	}, []string{"b#1 2013-03-18 planned 1", "a#1 2013-03-18 .. 2013-03-24 planned 1"}},
	{"one story's visits to a state begun on two days stay two stops", [][]Event{
		{ownDoc(visiting(spanning(placed(event("a#1", "visit", "Xi", "2013-03-25", StatusOccurred), "", "South Africa"), "2013-03-26"))),
			ownDoc(visiting(placed(event("a#2", "visit", "Xi", "2013-03-26", StatusOccurred), "Durban", "South Africa")))},
	}, []string{"a#1 2013-03-25 .. 2013-03-26 occurred 1", "a#2 2013-03-26 occurred 1"}},
	{"two stories' visits to a state begun on two days, overlapping, merge", [][]Event{
		{ownDoc(visiting(spanning(placed(event("a#1", "visit", "Xi", "2013-03-25", StatusOccurred), "", "South Africa"), "2013-03-26")))},
		{ownDoc(visiting(placed(event("b#1", "visit", "Xi", "2013-03-26", StatusOccurred), "Durban", "South Africa")))},
	}, []string{"a#1 2013-03-25 .. 2013-03-26 occurred 2"}},
	{"a city and its country merge", [][]Event{
		{placed(event("a#1", "visit", "Kim", "2019-04-25", StatusOccurred), "Vladivostok", "Russia")},
		{placed(event("b#1", "visit", "Kim", "2019-04-25", StatusOccurred), "", "Russia")},
	}, []string{"a#1 2019-04-25 occurred 2"}},
	{"different cities stay apart", [][]Event{
		{placed(event("a#1", "visit", "Kim", "2019-04-25", StatusOccurred), "Vladivostok", "Russia")},
		{placed(event("b#1", "visit", "Kim", "2019-04-25", StatusOccurred), "Moscow", "Russia")},
	}, []string{"a#1 2019-04-25 occurred 1", "b#1 2019-04-25 occurred 1"}},
	{"a wide report does not carry a merge to another day", [][]Event{
		{event("a#1", "leave", "Kim", "2019-02", StatusPlanned)},
		{event("b#1", "leave", "Kim", "2019", StatusOccurred)},
		{event("c#1", "leave", "Kim", "2019-10-18", StatusOccurred)},
	}, []string{"a#1 2019-02-01 .. 2019-02-28 occurred 2", "c#1 2019-10-18 occurred 1"}},
	{"a region and a country stay apart", [][]Event{
		{placed(event("a#1", "visit", "Baker", "1987-W43", StatusPlanned), "", "Belgium")},
		{regioned(event("b#1", "visit", "Baker", "1987-10-20", StatusOccurred), "Scandinavia")},
	}, []string{"a#1 1987-10-19 .. 1987-10-25 planned 1", "b#1 1987-10-20 occurred 1"}},
	{"a region and no place may merge", [][]Event{
		{regioned(event("a#1", "visit", "Baker", "1987-10-20", StatusOccurred), "Scandinavia")},
		{event("b#1", "visit", "Baker", "1987-10-20", StatusOccurred)},
	}, []string{"a#1 1987-10-20 occurred 2"}},
	{"Reagan is Ronald Reagan", [][]Event{
		{person(event("a#1", "leave", "Reagan", "1987-06-03", StatusPlanned))},
		{person(event("b#1", "leave", "Ronald Reagan", "1987-06-03", StatusPlanned))},
	}, []string{"a#1 1987-06-03 planned 2"}},
	{"Nancy Reagan is not Ronald Reagan", [][]Event{
		{person(event("a#1", "leave", "Nancy Reagan", "1987-06-03", StatusPlanned))},
		{person(event("b#1", "leave", "Ronald Reagan", "1987-06-03", StatusPlanned))},
	}, []string{"a#1 1987-06-03 planned 1", "b#1 1987-06-03 planned 1"}},
	{"the Soviet Union is Russia", [][]Event{
		{placed(event("a#1", "visit", "Thatcher", "1987-03-30", StatusOccurred), "Moscow", "Russia")},
		{placed(event("b#1", "visit", "Thatcher", "1987-03-30", StatusOccurred), "", "Soviet Union")},
	}, []string{"a#1 1987-03-30 occurred 2"}},
	{"two summits with others stay apart", [][]Event{
		{with(person(event("a#1", "meet", "Reagan", "1987-04", StatusPlanned)), "person", "Brian Mulroney")},
		{with(person(event("b#1", "meet", "Reagan", "1987-04-30", StatusPlanned)), "person", "Nakasone")},
	}, []string{"a#1 1987-04-01 .. 1987-04-30 planned 1", "b#1 1987-04-30 planned 1"}},
	{"talks with two countries stay apart", [][]Event{
		{with(event("a#1", "meet", "United States", "1986-06", StatusOccurred), "government", "Japan")},
		{with(event("b#1", "meet", "United States", "1986-06", StatusOccurred), "government", "Canada")},
	}, []string{"a#1 1986-06-01 .. 1986-06-30 occurred 1", "b#1 1986-06-01 .. 1986-06-30 occurred 1"}},
	{"a counterpart spelt one letter off, or named by its country", [][]Event{
		{with(person(event("a#1", "meet", "Shultz", "1987-04-13", StatusOccurred)), "person", "Eduard Shevardnaze")},
		{with(person(event("b#1", "meet", "Shultz", "1987-04-13", StatusOccurred)), "person", "Eduard Shevardnadze")},
		{with(person(event("c#1", "meet", "Shultz", "1987-04-13", StatusOccurred)), "government", "Soviet Union")},
		{with(with(person(event("d#1", "meet", "Shultz", "1987-04-13", StatusOccurred)), "government", "Russia"), "person", "Shevardnadze")},
	}, []string{"a#1 1987-04-13 occurred 4"}},
	{"an interval keeps a day of one of its legs from narrowing it", [][]Event{
		{spanning(placed(event("a#1", "visit", "Modi", "2013-05-25", StatusPlanned), "", "Japan"), "2013-05-27")},
		{placed(event("b#1", "visit", "Modi", "2013-05-27", StatusPlanned), "Kyoto", "Japan")},
	}, []string{"a#1 2013-05-25 .. 2013-05-27 planned 2"}},
	{"a day read first widens to the interval it lies in", [][]Event{
		{placed(event("a#1", "visit", "Modi", "2013-05-27", StatusPlanned), "Kyoto", "Japan")},
		{spanning(placed(event("b#1", "visit", "Modi", "2013-05-25", StatusPlanned), "", "Japan"), "2013-05-27")},
	}, []string{"a#1 2013-05-25 .. 2013-05-27 planned 2"}},
	{"one story's summit to come and meeting held stay apart", [][]Event{
		{ownDoc(event("a#1", "meet", "G-7", "1987-06-08", StatusPlanned)), ownDoc(event("a#2", "meet", "G-7", "1987", StatusOccurred))},
	}, []string{"a#2 1987-01-01 .. 1987-12-31 occurred 1", "a#1 1987-06-08 planned 1"}},
	{"one story's departure expected and made on one day may merge", [][]Event{
		{ownDoc(event("a#1", "leave", "Kim", "2019-04-26", StatusOccurred)), ownDoc(event("a#2", "leave", "Kim", "2019-04-26", StatusExpected))},
	}, []string{"a#1 2019-04-26 occurred 2"}},
	{"one story's two reports of one status may merge", [][]Event{
		{ownDoc(event("a#1", "meet", "G-7", "1987-06-08", StatusPlanned)), ownDoc(event("a#2", "meet", "G-7", "1987", StatusExpected))},
	}, []string{"a#1 1987-06-08 planned 2"}},
	{"undated, one called off and one held stay apart", [][]Event{
		{event("a#1", "meet", "OPEC", "", StatusCancelled)},
		{event("b#1", "meet", "OPEC", "", StatusOccurred)},
	}, []string{"a#1 undated cancelled 1", "b#1 undated occurred 1"}},
	{"undated last; merged only with the same summary", [][]Event{
		{event("a#1", "return", "Kim", "", StatusExpected), event("a#2", "leave", "Kim", "2011", StatusOccurred)},
		{event("b#1", "return", "Kim", "", StatusExpected)},
	}, []string{"a#2 2011-01-01 .. 2011-12-31 occurred 1", "a#1 undated expected 2"}},
}

func TestBuild(t *testing.T) {
	for _, tt := range buildTests {
		t.Run(tt.name, func(t *testing.T) {
			var docs []Document
			for i, evs := range tt.docs {
				docs = append(docs, Document{ID: string(rune('a' + i)), Events: evs})
			}
			var got []string
			for _, e := range Build(docs...).Events {
				got = append(got, fmt.Sprintf("%s %s %s %d", e.ID, e.When, e.Status, len(e.Evidence)))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Build = %q; want %q", got, tt.want)
			}
			// Nor may it depend on the order of its input: a store's
			// documents come in another order than a build's.
			rev := slices.Clone(docs)
			slices.Reverse(rev)
			if !reflect.DeepEqual(Build(rev...), Build(docs...)) {
				t.Errorf("Build of the documents in reverse order differs")
			}
			// Build must not touch its input.
			for _, evs := range tt.docs {
				for _, e := range evs {
					if len(e.Evidence) != 1 {
						t.Errorf("Build changed the evidence of input event %s", e.ID)
					}
				}
			}
		})
	}
}

// TestBuildUndatedReach checks that an undated report joins an event
// only when its story was filed near the stories already merged into it.
func TestBuildUndatedReach(t *testing.T) {
	doc := func(id, anchor string) Document {
		return Document{ID: id, Anchor: mustValue(anchor, anchor), Events: []Event{event(id+"#1", "meet", "G-7", "", StatusPlanned)}}
	}
	// Given in any order, the documents merge in the order they were
	// filed: a first, whose report then takes c's out of reach.
	tl := Build(doc("c", "1987-10-20"), doc("b", "1987-04-20"), doc("a", "1987-04-06"))
	var got []string
	for _, e := range tl.Events {
		got = append(got, fmt.Sprintf("%s %d", e.ID, len(e.Evidence)))
	}
	if want := []string{"a#1 2", "c#1 1"}; !slices.Equal(got, want) {
		t.Errorf("Build = %q; want %q", got, want)
	}
}

func TestShareActorNames(t *testing.T) {
	p := func(n string) []Actor { return []Actor{{Name: n, Type: "person"}} }
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"Kim Jong Un", "Kim Jong Un", true},
		{"Javier Perez de Cuellar", "Perez de Cuellar", true},
		{"Mohammed bin Salman", "Salman", false}, // the son of Salman is not Salman
		{"Tamim bin Hamad Al Thani", "Al Thani", true},
		{"Abdullah ibn Hussein", "Hussein", false},
	} {
		if got := ShareActor(p(tt.a), p(tt.b)); got != tt.want {
			t.Errorf("ShareActor(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
