package render

import (
	"testing"

	"github.com/dateline-dev/dateline/timeline"
)

var shortNameTests = []struct {
	actor timeline.Actor
	want  string
}{
	{timeline.Actor{Name: "Vladimir Putin", Type: "person", Country: "Russia"}, "Putin"},
	{timeline.Actor{Name: "Kim Jong Un", Type: "person", Country: "North Korea"}, "Kim"},
	{timeline.Actor{Name: "Zhao Ziyang", Type: "person", Country: "China"}, "Zhao"},
	// No country, but a Korean given name.
	{timeline.Actor{Name: "Chung In-yong", Type: "person"}, "Chung"},
	{timeline.Actor{Name: "George W. Bush", Type: "person"}, "Bush"},
	{timeline.Actor{Name: "Martin Luther King Jr.", Type: "person"}, "King"},
	{timeline.Actor{Name: "Jean-Claude Juncker", Type: "person"}, "Juncker"},
	{timeline.Actor{Name: "Thatcher", Type: "person"}, ""},
	{timeline.Actor{Name: "International Monetary Fund", Type: "organisation"}, "IMF"},
	{timeline.Actor{Name: "Organization of the Islamic Conference", Type: "organisation"}, "OIC"},
	// Two words are short enough; a lower-case word is not a plain name.
	{timeline.Actor{Name: "World Bank", Type: "organisation"}, ""},
	{timeline.Actor{Name: "Bank for international settlements", Type: "organisation"}, ""},
	{timeline.Actor{Name: "United States", Type: "country"}, ""},
}

func TestShortName(t *testing.T) {
	for _, tt := range shortNameTests {
		if got := shortName(tt.actor); got != tt.want {
			t.Errorf("shortName(%+v) = %q; want %q", tt.actor, got, tt.want)
		}
	}
}

var (
	thatcher = timeline.Actor{Name: "Margaret Thatcher", Type: "person", Country: "United Kingdom"}
	gorby    = timeline.Actor{Name: "Mikhail Gorbachev", Type: "person", Country: "Soviet Union"}
	imf      = timeline.Actor{Name: "International Monetary Fund", Type: "organisation"}
)

var shortTitleTests = []struct {
	name  string
	event timeline.Event
	want  string
}{
	{
		name:  "people by surname",
		event: timeline.Event{Summary: "Kim Jong Un holds a summit with Vladimir Putin", Actors: []timeline.Actor{kim, putin}, Status: timeline.StatusOccurred},
		want:  "Kim holds a summit with Putin",
	},
	{
		name:  "a recipient too, and talks said shortly",
		event: timeline.Event{Summary: "Margaret Thatcher holds talks with Mikhail Gorbachev", Actors: []timeline.Actor{thatcher}, Recipients: []timeline.Actor{gorby}},
		want:  "Thatcher talks with Gorbachev",
	},
	{
		name:  "an organisation by its initials",
		event: timeline.Event{Summary: "Meeting of International Monetary Fund", Actors: []timeline.Actor{imf}, Status: timeline.StatusOccurred},
		want:  "Meeting of IMF",
	},
	{
		name:  "the status of what has not happened",
		event: timeline.Event{Summary: "Kim Jong Un leaves Vladivostok", Actors: []timeline.Actor{kim}, Status: timeline.StatusPlanned},
		want:  "Kim leaves Vladivostok (planned)",
	},
	{
		name:  "a name only as a whole word",
		event: timeline.Event{Summary: "Kim Jong Unification visits Seoul", Actors: []timeline.Actor{kim}},
		want:  "Kim Jong Unification visits Seoul",
	},
	{
		name:  "cut at a word",
		event: timeline.Event{Summary: "United States holds talks with Soviet Union on arms control in Geneva", Status: timeline.StatusExpected},
		want:  "United States talks with Soviet… (expected)",
	},
	{
		name:  "no summary: the kind",
		event: timeline.Event{Mode: timeline.ModePhone},
		want:  "Phone call",
	},
}

func TestShortTitle(t *testing.T) {
	for _, tt := range shortTitleTests {
		short := shortNames([]timeline.Event{tt.event})
		if got := shortTitle(&tt.event, short, ""); got != tt.want {
			t.Errorf("%s: shortTitle(%q) = %q; want %q", tt.name, tt.event.Summary, got, tt.want)
		}
	}
}

// TestShortNamesShared: two people of one surname keep their full names.
func TestShortNamesShared(t *testing.T) {
	bush := func(name string) timeline.Actor { return timeline.Actor{Name: name, Type: "person"} }
	events := []timeline.Event{
		{Actors: []timeline.Actor{bush("George Bush"), putin}},
		{Actors: []timeline.Actor{bush("George W. Bush")}},
	}
	short := shortNames(events)
	if got, ok := short["George Bush"]; ok {
		t.Errorf(`shortNames: "George Bush" -> %q; want it kept in full (George W. Bush is Bush too)`, got)
	}
	if got := short[putin.Name]; got != "Putin" {
		t.Errorf("shortNames: %q -> %q; want Putin", putin.Name, got)
	}
}

var laneTitleTests = []struct {
	title, lane, want string
}{
	{"Kim visits Russia", "Kim Jong Un", "Visits Russia"},
	{"Kim holds a summit with Putin", "Vladimir Putin", "Kim holds a summit with Putin"},
	{"Meeting of IMF", "International Monetary Fund", "Meeting"},
	{"Welcoming ceremony for Jacques Chirac", "Jacques Chirac", "Welcoming ceremony"},
	{"United States meets Japan", "United States", "Meets Japan"},
	// The subject would be lost.
	{"Kim and Putin sign an agreement", "Kim Jong Un", "Kim and Putin sign an agreement"},
	{"Kim Jong Un", "Kim Jong Un", "Kim Jong Un"},
	// Another lane's name is left alone.
	{"Meeting of OPEC", "International Monetary Fund", "Meeting of OPEC"},
}

// TestShortTitleInLane: the lane's name goes before the title is cut, and
// the status after.
func TestShortTitleInLane(t *testing.T) {
	ec := timeline.Actor{Name: "European Community", Type: "organisation"}
	e := timeline.Event{Summary: "European Community holds talks with International Coffee Organization", Actors: []timeline.Actor{ec}, Status: timeline.StatusPlanned}
	if got, want := shortTitle(&e, nil, ec.Name), "Talks with International Coffee… (planned)"; got != want {
		t.Errorf("shortTitle(%q) in %s's lane = %q; want %q", e.Summary, ec.Name, got, want)
	}
	e.Summary = "Kim Jong Un leaves Vladivostok"
	e.Actors = []timeline.Actor{kim}
	if got, want := shortTitle(&e, shortNames([]timeline.Event{e}), kim.Name), "Leaves Vladivostok (planned)"; got != want {
		t.Errorf("shortTitle(%q) in %s's lane = %q; want %q", e.Summary, kim.Name, got, want)
	}
}

func TestLaneTitle(t *testing.T) {
	short := map[string]string{"Kim Jong Un": "Kim", "Vladimir Putin": "Putin", "International Monetary Fund": "IMF"}
	for _, tt := range laneTitleTests {
		if got := laneTitle(tt.title, tt.lane, short); got != tt.want {
			t.Errorf("laneTitle(%q, %q) = %q; want %q", tt.title, tt.lane, got, tt.want)
		}
	}
}
