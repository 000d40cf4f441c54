package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dateline-dev/dateline/timeline"
)

func person(name, country string) timeline.Actor {
	return timeline.Actor{Name: name, Type: "person", Country: country}
}

var lanerTests = []struct {
	name string
	by   LaneBy
	e    timeline.Event
	want []string
}{
	{"actor: each actor", LaneActor, timeline.Event{Actors: []timeline.Actor{kim, putin}}, []string{"Kim Jong Un", "Vladimir Putin"}},
	{"actor: not the host", LaneActor, timeline.Event{Actors: []timeline.Actor{kim}, Recipients: []timeline.Actor{putin}}, []string{"Kim Jong Un"}},
	{"actor: the recipients when no actor", LaneActor, timeline.Event{Recipients: []timeline.Actor{putin}}, []string{"Vladimir Putin"}},
	{"actor: none", LaneActor, timeline.Event{}, []string{"(no actor)"}},
	{"participant: both sides", LaneParticipant, timeline.Event{Actors: []timeline.Actor{kim}, Recipients: []timeline.Actor{putin}}, []string{"Kim Jong Un", "Vladimir Putin"}},
	{"participant: one lane a person", LaneParticipant, timeline.Event{Actors: []timeline.Actor{kim, kim}}, []string{"Kim Jong Un"}},
	// A visit's parties are the visitor and the people who receive
	// them; the country visited, which the event names as a recipient
	// too, is only where the visitor goes (the Reuters archive's busiest
	// lanes were the states visited: "Japan" beside every leader who
	// went there).
	{"participant: a visit's host, not the country visited", LaneParticipant,
		visit("042", []timeline.Actor{kim}, []timeline.Actor{state("Russia"), putin}, timeline.Place{City: "Vladivostok", Country: "Russia"}),
		[]string{"Kim Jong Un", "Vladimir Putin"}},
	{"participant: the country visited alone is the destination", LaneParticipant,
		visit("042", []timeline.Actor{person("Radius Prawiro", "Indonesia")}, []timeline.Actor{state("Japan")}, timeline.Place{City: "Tokyo", Country: "Japan"}),
		[]string{"Radius Prawiro"}},
	{"participant: a visit with no place goes to the country it names", LaneParticipant,
		visit("042", []timeline.Actor{kim}, []timeline.Actor{state("Russia")}, timeline.Place{}),
		[]string{"Kim Jong Un"}},
	{"participant: the country visited under another of its names", LaneParticipant,
		visit("042", []timeline.Actor{person("Margaret Thatcher", "United Kingdom")}, []timeline.Actor{state("USSR")}, timeline.Place{City: "Moscow", Country: "Soviet Union"}),
		[]string{"Margaret Thatcher"}},
	{"participant: an arrival's country is where it lands", LaneParticipant,
		timeline.Event{Mode: timeline.ModeArrival, Actors: []timeline.Actor{kim}, Recipients: []timeline.Actor{state("Russia")}, Place: timeline.Place{Country: "Russia"}},
		[]string{"Kim Jong Un"}},
	{"participant: a country the visit is not in is kept", LaneParticipant,
		visit("042", []timeline.Actor{kim}, []timeline.Actor{state("Japan")}, timeline.Place{Country: "China"}),
		[]string{"Kim Jong Un", "Japan"}},
	{"participant: a government receiving a visit is its host", LaneParticipant,
		visit("042", []timeline.Actor{kim}, []timeline.Actor{{Name: "Russia", Type: "government"}}, timeline.Place{Country: "Russia"}),
		[]string{"Kim Jong Un", "Russia"}},
	{"participant: a hosted visit's recipients are its visitors", LaneParticipant,
		visit("043", []timeline.Actor{putin}, []timeline.Actor{state("North Korea")}, timeline.Place{Country: "Russia"}),
		[]string{"Vladimir Putin", "North Korea"}},
	{"participant: talks with a country are with a party", LaneParticipant,
		timeline.Event{Mode: timeline.ModeMeeting, Action: "talks", Actors: []timeline.Actor{person("Richard Lyng", "United States")}, Recipients: []timeline.Actor{state("Japan")}, Place: timeline.Place{Country: "Japan"}},
		[]string{"Richard Lyng", "Japan"}},
	{"participant: a country visiting is a party", LaneParticipant,
		visit("042", []timeline.Actor{state("Japan")}, []timeline.Actor{state("Russia")}, timeline.Place{Country: "Russia"}),
		[]string{"Japan"}},
	{"actor: a visit without a visitor has no lane for where it goes", LaneActor,
		visit("042", nil, []timeline.Actor{state("Japan")}, timeline.Place{Country: "Japan"}),
		[]string{"(no actor)"}},
	{"actor: the host of a visit without a visitor", LaneActor,
		visit("042", nil, []timeline.Actor{state("Russia"), putin}, timeline.Place{Country: "Russia"}),
		[]string{"Vladimir Putin"}},
	{"country: the country visited keeps its lane", LaneCountry,
		visit("042", []timeline.Actor{kim}, []timeline.Actor{state("Russia")}, timeline.Place{Country: "Russia"}),
		[]string{"North Korea", "Russia"}},
	{"place: city and country", LanePlace, timeline.Event{Place: timeline.Place{City: "Vladivostok", Country: "Russia"}}, []string{"Vladivostok, Russia"}},
	{"place: none", LanePlace, timeline.Event{}, []string{"(no place)"}},
	{"kind: as the legend names it", LaneKind, timeline.Event{Mode: timeline.ModePhone}, []string{"Phone call"}},
	{"kind: talks", LaneKind, timeline.Event{Mode: timeline.ModeMeeting, Action: "talks"}, []string{"Talks"}},
	{"kind: none", LaneKind, timeline.Event{}, []string{"Other"}},
	{"country: both sides' countries", LaneCountry, timeline.Event{Actors: []timeline.Actor{kim}, Recipients: []timeline.Actor{putin}}, []string{"North Korea", "Russia"}},
	{"country: a state by its name", LaneCountry,
		timeline.Event{Actors: []timeline.Actor{kim}, Recipients: []timeline.Actor{{Name: "Russia", Type: "country"}}}, []string{"North Korea", "Russia"}},
	{"country: a government by its name", LaneCountry,
		timeline.Event{Actors: []timeline.Actor{{Name: "Soviet Union", Type: "government"}}}, []string{"Soviet Union"}},
	{"country: one lane for two of one country", LaneCountry,
		timeline.Event{Actors: []timeline.Actor{putin, person("Sergei Lavrov", "Russia")}}, []string{"Russia"}},
	{"country: the place's when no actor has one", LaneCountry,
		timeline.Event{Actors: []timeline.Actor{{Name: "IMF", Type: "organisation"}}, Place: timeline.Place{City: "Geneva", Country: "Switzerland"}}, []string{"Switzerland"}},
	{"country: none", LaneCountry, timeline.Event{Actors: []timeline.Actor{{Name: "IMF", Type: "organisation"}}}, []string{"(no country)"}},
}

// state returns the actor of a country named name.
func state(name string) timeline.Actor { return timeline.Actor{Name: name, Type: "country"} }

// visit returns a visit (CAMEO 042) or a hosted visit (043).
func visit(cameo string, actors, recipients []timeline.Actor, at timeline.Place) timeline.Event {
	return timeline.Event{Kind: timeline.KindConsult, Mode: timeline.ModeVisit, CAMEO: cameo, Action: "visit", Actors: actors, Recipients: recipients, Place: at}
}

func TestLanerLanes(t *testing.T) {
	for _, tt := range lanerTests {
		e := tt.e
		l := newLaner([]timeline.Event{e}, tt.by)
		if got := l.lanes(&e); !equal(got, tt.want) {
			t.Errorf("%s: lanes(%s) = %q; want %q", tt.name, tt.by, got, tt.want)
		}
	}
}

// TestOneLanePerPerson: a person one story names by part of their name
// and another in full has one lane, whichever lanes the chart has and
// whether the person is an actor or a recipient; a surname two people
// share stays apart.
func TestOneLanePerPerson(t *testing.T) {
	p := func(name string) timeline.Actor { return timeline.Actor{Name: name, Type: "person"} }
	events := []timeline.Event{
		{ID: "a#1", Actors: []timeline.Actor{p("Jose Sarney")}},
		{ID: "b#1", Actors: []timeline.Actor{p("Sarney")}},
		{ID: "c#1", Actors: []timeline.Actor{p("George Bush")}},
		{ID: "d#1", Actors: []timeline.Actor{p("George W. Bush")}},
		{ID: "e#1", Actors: []timeline.Actor{p("Bush")}},
		{ID: "f#1", Actors: []timeline.Actor{p("Jong Un")}, Recipients: []timeline.Actor{p("Sarney")}},
		{ID: "g#1", Actors: []timeline.Actor{p("Kim Jong Un")}},
		{ID: "h#1", Actors: []timeline.Actor{{Name: "Sarney", Type: "organisation"}}},
	}
	for _, tt := range []struct {
		by   LaneBy
		i    int
		want []string
	}{
		{LaneActor, 0, []string{"Jose Sarney"}},
		{LaneActor, 1, []string{"Jose Sarney"}},
		{LaneActor, 2, []string{"George Bush"}},
		{LaneActor, 3, []string{"George W. Bush"}},
		{LaneActor, 4, []string{"Bush"}},
		{LaneActor, 5, []string{"Kim Jong Un"}},
		{LaneParticipant, 5, []string{"Kim Jong Un", "Jose Sarney"}},
		{LaneActor, 7, []string{"Sarney"}}, // not a person
	} {
		l := newLaner(events, tt.by)
		if got := l.lanes(&events[tt.i]); !equal(got, tt.want) {
			t.Errorf("%s lanes(%s) = %q; want %q", tt.by, events[tt.i].ID, got, tt.want)
		}
	}
}

// TestCountryLanes: names of one country across history share a lane,
// under the name met first, and an event in two of its names is in it
// once.
func TestCountryLanes(t *testing.T) {
	gov := func(name string) timeline.Actor { return timeline.Actor{Name: name, Type: "government"} }
	events := []timeline.Event{
		dated("a#1", "2019-04-24", timeline.Event{Actors: []timeline.Actor{gov("Soviet Union")}, Recipients: []timeline.Actor{gov("Japan")}}),
		dated("b#1", "2019-04-25", timeline.Event{Actors: []timeline.Actor{gov("USSR"), person("Mikhail Gorbachev", "Soviet Union")}}),
		dated("c#1", "2019-04-26", timeline.Event{Actors: []timeline.Actor{person("Boris Yeltsin", "Russia")}}),
	}
	c, err := build(&timeline.Timeline{Events: events}, Options{Lanes: LaneCountry})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Soviet Union", "Japan"}; !equal(c.lanes, want) {
		t.Errorf("lanes = %q; want %q", c.lanes, want)
	}
	if len(c.items) != 4 {
		t.Errorf("%d items; want 4 (the first event in two lanes, the others once)", len(c.items))
	}
}

// dated returns e with ID id on the day day.
func dated(id, day string, e timeline.Event) timeline.Event {
	e.ID, e.Kind, e.Mode, e.Status, e.Summary = id, timeline.KindConsult, timeline.ModeMeeting, timeline.StatusOccurred, id
	e.When.Start = timeline.DayOf(mustTime(day))
	return e
}

var arrangeTests = []struct {
	name   string
	lanes  string // the lanes as events first meet them
	items  string // each item's lane and event, "lane:event"
	order  LaneOrder
	limit  int
	want   string // the lanes arranged, "|" between them
	got    string // the items' lanes and events after
	folded int
}{
	{
		name: "busiest first, first met among equals", lanes: "a b c", items: "a:1 b:1 c:2 b:3 c:4",
		want: "b|c|a", got: "2:1 0:1 1:2 0:3 1:4",
	},
	{
		name: "by first appearance", lanes: "a b c", items: "a:1 b:1 c:2 b:3 c:4", order: ByFirst,
		want: "a|b|c", got: "0:1 1:1 2:2 1:3 2:4",
	},
	{
		name: "no cap when all fit", lanes: "a b c", items: "a:1 b:1 c:2", limit: 3,
		want: "a|b|c", got: "0:1 1:1 2:2",
	},
	{
		name: "one lane over the cap is kept, not folded alone", lanes: "a b c", items: "a:1 b:1 c:2", limit: 2,
		want: "a|b|c", got: "0:1 1:1 2:2",
	},
	{
		name: "the busiest kept, the rest folded, each event once", lanes: "a b c d e",
		items: "a:1 b:1 c:2 c:3 d:4 e:4 e:5 d:6", limit: 2,
		want: "c|d|Others (3 lanes)", got: "2:1 0:2 0:3 1:4 2:4 2:5 1:6", folded: 3,
	},
	{
		name: "kept by activity, shown by first appearance", lanes: "a b c d e",
		items: "a:1 b:1 c:2 c:3 d:4 e:4 e:5 d:6", limit: 2, order: ByFirst,
		want: "c|d|Others (3 lanes)", got: "2:1 0:2 0:3 1:4 2:4 2:5 1:6", folded: 3,
	},
	{
		name: "a cap of one", lanes: "a b c", items: "a:1 b:2 b:3 c:4", limit: 1,
		want: "b|Others (2 lanes)", got: "1:1 0:2 0:3 1:4", folded: 2,
	},
}

func TestArrange(t *testing.T) {
	for _, tt := range arrangeTests {
		lanes := strings.Fields(tt.lanes)
		events := map[string]*eventText{}
		var items []*item
		for _, f := range strings.Fields(tt.items) {
			lane, ev, _ := strings.Cut(f, ":")
			if events[ev] == nil {
				events[ev] = &eventText{ID: ev}
			}
			items = append(items, &item{lane: slices.Index(lanes, lane), event: events[ev]})
		}
		got, out, folded := arrange(lanes, items, tt.order, tt.limit)
		var after []string
		for _, it := range out {
			after = append(after, fmt.Sprintf("%d:%s", it.lane, it.event.ID))
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%s: arrange(%s, limit %d) lanes = %q; want %s", tt.name, tt.order, tt.limit, got, tt.want)
		}
		if strings.Join(after, " ") != tt.got || folded != tt.folded {
			t.Errorf("%s: arrange(%s, limit %d) items %s, folded %d; want %s, %d", tt.name, tt.order, tt.limit, strings.Join(after, " "), folded, tt.got, tt.folded)
		}
	}
}

var linkTests = []struct {
	name  string
	items []*item
	rows  []int
	want  []link
}{
	{"one lane: no link", []*item{inLane(0, at("2019-04-25"))}, []int{0, 1}, nil},
	{
		name:  "a point in two lanes, at its instant, from its first row to its last",
		items: []*item{inLane(1, at("2019-04-25")), inLane(0, at("2019-04-25"))},
		rows:  []int{0, 3, 5},
		want:  []link{{at: msOf("2019-04-25T12:00"), from: 0, to: 3}},
	},
	{
		name:  "a bar in three lanes, at its start",
		items: []*item{inLane(0, span("2019-04-24", "2019-04-26")), inLane(2, span("2019-04-24", "2019-04-26")), inLane(1, span("2019-04-24", "2019-04-26"))},
		rows:  []int{0, 1, 2, 3},
		want:  []link{{at: msOf("2019-04-24T00:00"), from: 0, to: 2}},
	},
}

func TestLinks(t *testing.T) {
	for _, tt := range linkTests {
		ev := &eventText{ID: "e#1"}
		for _, it := range tt.items {
			it.event = ev
		}
		for i := range tt.want {
			tt.want[i].event = ev
		}
		if got := links(tt.items, tt.rows); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%s: links = %v; want %v", tt.name, got, tt.want)
		}
	}
}

// TestLinkKinds: a link carries its event's kind, as the legend numbers
// it, so that turning a kind off in the legend hides its events' links
// and no other's. (Every link was of kind 0, hidden with the first kind
// of the legend, whatever its event.)
func TestLinkKinds(t *testing.T) {
	c, err := build(testTimeline(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, l := range c.option["legend"].(legendOption).Data {
		kinds = append(kinds, l.Name)
	}
	if len(c.linkData) == 0 {
		t.Fatal("no links")
	}
	for _, l := range c.linkData {
		ev := l.Event.(*eventText)
		if want := slices.Index(kinds, ev.Label); l.Kind != want || want < 0 {
			t.Errorf("the link of %s (%s) is of kind %d; want %d of the legend %q", ev.ID, ev.Label, l.Kind, want, kinds)
		}
	}
}

// TestDefaultLanes: with the options' zero value, as a new user runs
// dateline, an event of two parties, an actor and a recipient, is in the
// lanes of both, joined by a line: the summit that Kim held with Putin is
// in Putin's lane too, and a call in the lane of whoever was called. (The
// default was one lane per actor, where recipients got no lane.)
func TestDefaultLanes(t *testing.T) {
	tl := &timeline.Timeline{Events: []timeline.Event{
		{
			ID: "a#1", Kind: timeline.KindConsult, Mode: timeline.ModeMeeting, Action: "summit",
			Summary: "Kim Jong Un holds a summit with Vladimir Putin",
			Actors:  []timeline.Actor{kim}, Recipients: []timeline.Actor{putin},
			When: timeline.When{Start: date(t, "2019-04-25", "", "Thursday")}, Status: timeline.StatusOccurred,
		},
		{
			ID: "a#2", Kind: timeline.KindConsult, Mode: timeline.ModePhone,
			Summary: "Vladimir Putin speaks by phone with Xi Jinping",
			Actors:  []timeline.Actor{putin}, Recipients: []timeline.Actor{person("Xi Jinping", "China")},
			When: timeline.When{Start: date(t, "2019-04-27", "", "Saturday")}, Status: timeline.StatusOccurred,
		},
	}}
	c, err := build(tl, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Vladimir Putin", "Kim Jong Un", "Xi Jinping"}; !equal(c.lanes, want) {
		t.Errorf("Options{} gives the lanes %q; want %q", c.lanes, want)
	}
	if len(c.links) != 2 {
		t.Errorf("Options{} gives %d links; want 2, the summit's and the call's", len(c.links))
	}
}

// TestMaxLanes caps the lanes of a large chart: the busiest kept, the
// others folded into the last, every dated event still on the chart, in
// the HTML and in the SVG alike, the same bytes every time.
func TestMaxLanes(t *testing.T) {
	tl := synthetic(2000)
	all, err := build(tl, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, order := range []LaneOrder{ByActivity, ByFirst} {
		c, err := build(tl, Options{MaxLanes: 12, LaneOrder: order})
		if err != nil {
			t.Fatal(err)
		}
		if len(c.lanes) != 13 || c.lanes[12] != othersLane(len(all.lanes)-12) || c.folded != len(all.lanes)-12 {
			t.Fatalf("%s: %d lanes, the last %q, %d folded; want 13, the last %q", order, len(c.lanes), c.lanes[len(c.lanes)-1], c.folded, othersLane(len(all.lanes)-12))
		}
		// The Others lane is one row of counts, however many events it
		// holds (it was stacked into hundreds of rows).
		if n := c.rows[13] - c.rows[12]; n != 1 {
			t.Errorf("%s: the Others lane has %d rows; want 1", order, n)
		}
		others := 0
		for _, it := range c.items {
			if c.inOthers(it) {
				others++
			}
		}
		if held := len(c.othersData[0].Events); held != others || others < 1000 {
			t.Errorf("%s: the Others lane's series holds %d events; want all %d of the lane, over 1,000", order, held, others)
		}
		kept := slices.Clone(c.lanes[:12])
		if order == ByActivity && !equal(kept, all.lanes[:12]) {
			t.Errorf("%s: kept %q; want the busiest, %q", order, kept, all.lanes[:12])
		}
		slices.Sort(kept)
		busiest := slices.Clone(all.lanes[:12])
		slices.Sort(busiest)
		if !equal(kept, busiest) {
			t.Errorf("%s: kept %q; want the busiest %q", order, kept, busiest)
		}
		seen := map[*eventText]bool{}
		for _, it := range c.items {
			seen[it.event] = true
		}
		if len(seen) != c.dated {
			t.Errorf("%s: %d events on the chart; want all %d dated", order, len(seen), c.dated)
		}
		var first, again bytes.Buffer
		for _, f := range []func(*bytes.Buffer) error{
			func(b *bytes.Buffer) error { return HTML(b, tl, Options{MaxLanes: 12, LaneOrder: order}) },
			func(b *bytes.Buffer) error { return SVG(b, tl, Options{MaxLanes: 12, LaneOrder: order}) },
		} {
			first.Reset()
			again.Reset()
			if err := f(&first); err != nil {
				t.Fatal(err)
			}
			if err := f(&again); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(first.Bytes(), again.Bytes()) {
				t.Errorf("%s: two runs differ", order)
			}
			if !strings.Contains(first.String(), othersLane(c.folded)) {
				t.Errorf("%s: output lacks the lane %q", order, othersLane(c.folded))
			}
		}
	}
}

// TestPageHoldsLanesInView: when the lanes scroll, the page's option holds
// the items of the rows the chart opens on and a screenful more, and the
// list after it every item; when they all fit, the option holds them all
// and there is no list.
func TestPageHoldsLanesInView(t *testing.T) {
	for _, tt := range []struct {
		name     string
		tl       *timeline.Timeline
		windowed bool
	}{
		{"large", synthetic(2000), true},
		{"small", testTimeline(t), false},
	} {
		c, err := build(tt.tl, Options{})
		if err != nil {
			t.Fatal(err)
		}
		option, _, data, err := c.eventRefs()
		if err != nil {
			t.Fatal(err)
		}
		lo, hi, ok := c.loaded()
		if ok != tt.windowed || (data != nil) != tt.windowed {
			t.Fatalf("%s: loaded %v, list of %d bytes; want windowed %v", tt.name, ok, len(data), tt.windowed)
		}
		all := countItems(t, c.option)
		held := countItems(t, unmarshal(t, option))
		if !tt.windowed {
			if held != all {
				t.Errorf("%s: the option holds %d items; want all %d", tt.name, held, all)
			}
			continue
		}
		want := 0
		for _, it := range c.items {
			if r := int64(c.rows[it.lane] + it.row); r >= lo && r <= hi {
				want++
			}
		}
		if held != want || held == 0 || held >= all {
			t.Errorf("%s: the option holds %d items; want the %d of rows %d to %d, of %d", tt.name, held, want, lo, hi, all)
		}
		var list []any
		if err := json.Unmarshal(data, &list); err != nil {
			t.Fatal(err)
		}
		n := 0
		for i, s := range seriesOf(t, c.option) {
			if s["type"] == "line" || s["name"] == linksName {
				continue
			}
			if list[i] == nil {
				continue
			}
			n += len(list[i].([]any))
		}
		if n != all {
			t.Errorf("%s: the list holds %d items; want all %d", tt.name, n, all)
		}
	}
}

// TestFoldedLanes: the lanes folded into the Others lane, busiest first,
// with the number of events each holds, are in the Others lane's item
// (for the keyboard's L, datelineOthersKeys), in the page's key as a
// list, and the aria description tells how to reach them; without a
// lane folded, none of this.
func TestFoldedLanes(t *testing.T) {
	tl := synthetic(2000)
	all, err := build(tl, Options{})
	if err != nil {
		t.Fatal(err)
	}
	events := make([]int, len(all.lanes))
	for _, it := range all.items {
		events[it.lane]++
	}
	c, err := build(tl, Options{MaxLanes: 12})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.foldedLanes) != c.folded {
		t.Fatalf("%d folded lanes listed; want %d", len(c.foldedLanes), c.folded)
	}
	for i, l := range c.foldedLanes {
		if want := (foldedLane{all.lanes[12+i], events[12+i]}); l != want {
			t.Fatalf("folded lane %d is %v; want %v, the %dth busiest of all", i, l, want, 12+i+1)
		}
	}
	if got := c.othersData[0].Lanes; !slices.Equal(got, c.foldedLanes) {
		t.Errorf("the Others item's lanes are %d lanes; want the %d folded", len(got), len(c.foldedLanes))
	}
	b, err := json.Marshal(c.foldedLanes[:2])
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf(`[[%q,%d],[%q,%d]]`, c.foldedLanes[0].Name, c.foldedLanes[0].Events, c.foldedLanes[1].Name, c.foldedLanes[1].Events); string(b) != want {
		t.Errorf("folded lanes as JSON %s; want %s", b, want)
	}
	aria := c.option["aria"].(map[string]any)["label"].(map[string]string)["description"]
	if !strings.Contains(aria, fmt.Sprintf("The last lane, %s, counts", othersLane(c.folded))) || !strings.Contains(aria, "Tab (or O) moves to it") {
		t.Errorf("aria description %q; want it to tell of the Others lane and its keys", aria)
	}
	var page bytes.Buffer
	if err := HTML(&page, tl, Options{MaxLanes: 12}); err != nil {
		t.Fatal(err)
	}
	_, key, _ := strings.Cut(page.String(), `<details class="folded">`)
	key, _, _ = strings.Cut(key, "</details>")
	first := fmt.Sprintf("<li>%s (%d events)</li>", c.foldedLanes[0].Name, c.foldedLanes[0].Events)
	if n := strings.Count(key, "<li>"); n != c.folded || !strings.Contains(key, fmt.Sprintf("The %d lanes folded into “Others”", c.folded)) || !strings.Contains(key, first) {
		t.Errorf("the page's key lists %d folded lanes (%.200q); want %d, %q among them", n, key, c.folded, first)
	}

	c, err = build(tl, Options{})
	if err != nil {
		t.Fatal(err)
	}
	page.Reset()
	if err := HTML(&page, tl, Options{}); err != nil {
		t.Fatal(err)
	}
	aria = c.option["aria"].(map[string]any)["label"].(map[string]string)["description"]
	if c.foldedLanes != nil || strings.Contains(page.String(), `<details class="folded">`) || strings.Contains(aria, "Others") {
		t.Errorf("no lane folded: %d folded lanes, a list in the page %v, aria %q; want none", len(c.foldedLanes), strings.Contains(page.String(), `<details class="folded">`), aria)
	}
}
