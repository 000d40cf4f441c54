package parse

import (
	"slices"
	"testing"

	"github.com/dateline-dev/dateline/timeline"
)

// TestReutersAcceptance checks three real stories from the archive
// against the events issue "Diplomatic events" names for them.
func TestReutersAcceptance(t *testing.T) {
	want := map[string][]string{
		// TOKYO, April 27, 1987, a Monday.
		"reuters-17305": {
			`1987-04-29 CONSULT/departure planned "Yasuhiro Nakasone sets out for Washington"`,
			`1987-04-30 .. 1987-05-01 CONSULT/meeting 046 planned "Reagan holds talks with Yasuhiro Nakasone" @ Washington, United States`,
		},
		// PEKING, March 2, 1987.
		"reuters-255": {
			`undated CONSULT/visit 042 possible "George Shultz visits Moscow" @ Moscow, Soviet Union`,
			`1987-03-02 CONSULT/visit 042 ongoing "George Shultz visits Peking" @ Peking, China`, // "Schultz is currently visiting Peking": the story's day
		},
		// MOSCOW, April 13, 1987.
		"reuters-16229": {
			`1987-04-13 CONSULT/arrival occurred "George Shultz arrives in Moscow" @ Moscow, Soviet Union`,
			`1987-04-13 CONSULT/meeting 040 occurred "George Shultz meets Eduard Shevardnadze" @ Moscow, Soviet Union`,
			`1987-04-13 .. 1987-04-15 CONSULT/meeting 046 occurred "George Shultz holds talks with Soviet Union" @ Moscow, Soviet Union`,
		},
	}
	found := 0
	for _, s := range readReuters(t, 1<<30) {
		w, ok := want[s.ID]
		if !ok {
			continue
		}
		found++
		doc, err := Read(Input{ID: s.ID, Published: s.Published, Dateline: s.Dateline, Title: s.Title, Text: s.Text}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range timeline.Build(doc).Events {
			got = append(got, e.String())
		}
		for _, line := range w {
			if !slices.Contains(got, line) {
				t.Errorf("%s: no event\n\t%s\namong:\n%s", s.ID, line, lines(got))
			}
		}
	}
	if found != len(want) {
		t.Errorf("found %d of the %d stories in the archive", found, len(want))
	}
}
