package event

import (
	"slices"
	"testing"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// TestHomeOffice: in a government's own text with no dateline, the one
// who holds a home office on the story's day is of the home country, so
// being in one of its cities is no visit.
func TestHomeOffice(t *testing.T) {
	day := time.Date(2009, 9, 22, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the Secretary at home", "Secretary Clinton is in New York City to attend the General Assembly. The Secretary also met with Georgian President Mikheil Saakashvili.\n",
			[]string{`undated CONSULT/multilateral 040 occurred "Meeting of United Nations General Assembly" | `, `undated CONSULT/meeting 040 occurred "Clinton meets Mikheil Saakashvili" | United States`}},
		{"a transcript's label names the I of its line; glad to have a chance to welcome a guest here: he is here now", "SECRETARY KERRY: I'm really delighted to have a chance to welcome Foreign Secretary Jose Antonio Meade here.\n",
			[]string{`2009-09-22 CONSULT/visit 043 ongoing "Kerry hosts Jose Antonio Meade" | `}},
		{"a foreign minister abroad", "Foreign Minister Sergei Lavrov is in New York City. The Secretary met him.\n",
			[]string{`2009-09-22 CONSULT/visit 042 ongoing "Sergei Lavrov visits New York City" @ New York City, United States | `}},
	}
	for _, tt := range tests {
		doc := storyOf(t, "", tt.text, day)
		var got []string
		for _, e := range doc.Events {
			got = append(got, e.String()+" | "+e.Actors[0].Country)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n%q\nwant\n%q", tt.name, got, tt.want)
		}
	}
}

// TestFullNames: a person an event names by title and surname is the one
// the story names in full in that office, and only that one.
func TestFullNames(t *testing.T) {
	es := newEntities()
	es.person("Hillary Rodham Clinton", "secretary of state", "United States")
	es.person("Nancy Reagan", "", "United States")
	events := []timeline.Event{
		{Summary: "Clinton meets Sall", Actors: []timeline.Actor{{Name: "Clinton", Type: "person", Role: "secretary"}}},
		{Summary: "Reagan meets Kohl", Actors: []timeline.Actor{{Name: "Reagan", Type: "person", Role: "president"}}},
		{Summary: "Clinton visits Dakar", Actors: []timeline.Actor{{Name: "Clinton", Type: "person"}}},
	}
	es.fullNames(events)
	var got []string
	for _, e := range events {
		got = append(got, e.Summary+" | "+e.Actors[0].Name)
	}
	want := []string{
		"Hillary Rodham Clinton meets Sall | Hillary Rodham Clinton", // the secretary of state
		"Reagan meets Kohl | Reagan",                                 // not Nancy Reagan, of no office
		"Clinton visits Dakar | Clinton",                             // no office told: which Clinton is unknown
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

func TestReplaceName(t *testing.T) {
	for _, c := range []struct{ s, old, new, want string }{
		{"Kim meets Putin", "Kim", "Kim Jong Un", "Kim Jong Un meets Putin"},
		{"Putin meets Kim", "Kim", "Kim Jong Un", "Putin meets Kim Jong Un"},
		{"Kim's visit", "Kim", "Kim Jong Un", "Kim Jong Un's visit"},
		{"Clinton, Sall and Wade meet", "Clinton", "Hillary Rodham Clinton", "Hillary Rodham Clinton, Sall and Wade meet"},
		{"Kimball meets Kim", "Kim", "Kim Jong Un", "Kimball meets Kim Jong Un"}, // a whole word only
		{"Akim meets Lee", "Kim", "Kim Jong Un", "Akim meets Lee"},
		{"Kim meets Kim", "Kim", "Kim Jong Un", "Kim Jong Un meets Kim"}, // the first only
		{"Kim meets Putin", "", "Kim Jong Un", "Kim meets Putin"},
	} {
		if got := replaceName(c.s, c.old, c.new); got != c.want {
			t.Errorf("replaceName(%q, %q, %q) = %q, want %q", c.s, c.old, c.new, got, c.want)
		}
	}
}
