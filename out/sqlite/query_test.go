package sqlite_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dateline-dev/dateline/out/sqlite"
	"github.com/dateline-dev/dateline/timeline"
)

// The fixture's events: tass#1 Shultz's visit to Moscow, April 13-16,
// 1987; tass#2 his talks with Shevardnadze in the Kremlin, April 14;
// reuters-1#1 "Shultz" meets the Soviet Union in Moscow, April 14;
// kyodo#1 Nakasone's planned visit to Washington, April 29 - May 2;
// kyodo#2 Japan and China's cancelled signing, March; kyodo#3
// "Nakasone" meets Ronald Reagan, expected, undated; history#1 Xerxes
// invades Greece, 480 BC.
var filterTests = []struct {
	name string
	f    sqlite.Filter
	want string // event IDs, in store order
}{
	{"all", sqlite.Filter{}, "tass#1 tass#2 reuters-1#1 kyodo#1 kyodo#2 kyodo#3 history#1"},

	{"actor surname", sqlite.Filter{Actors: []string{"Shultz"}}, "tass#1 tass#2 reuters-1#1"},
	{"actor full name matches the surname", sqlite.Filter{Actors: []string{"George Shultz"}}, "tass#1 tass#2 reuters-1#1"},
	{"actor in lower case", sqlite.Filter{Actors: []string{"shultz"}}, "tass#1 tass#2 reuters-1#1"},
	{"one word of a name", sqlite.Filter{Actors: []string{"eduard"}}, "tass#2"},
	{"one word of no name", sqlite.Filter{Actors: []string{"Ziyang"}}, ""},
	{"recipient", sqlite.Filter{Actors: []string{"Shevardnadze"}}, "tass#2"},
	{"former name of a country", sqlite.Filter{Actors: []string{"USSR"}}, "reuters-1#1"},
	{"government", sqlite.Filter{Actors: []string{"China"}}, "kyodo#2"},
	{"a pair: both take part", sqlite.Filter{Actors: []string{"Shultz", "Eduard Shevardnadze"}}, "tass#2"},
	{"a pair that never met", sqlite.Filter{Actors: []string{"Shultz", "Nakasone"}}, ""},
	{"not a part of a surname", sqlite.Filter{Actors: []string{"Shul"}}, ""},
	{"nobody", sqlite.Filter{Actors: []string{"Nobody"}}, ""},
	{"full name of a surname-only actor", sqlite.Filter{Actors: []string{"Yasuhiro Nakasone"}}, "kyodo#1 kyodo#3"},

	{"city", sqlite.Filter{Places: []string{"Moscow"}}, "tass#1 tass#2 reuters-1#1"},
	{"venue", sqlite.Filter{Places: []string{"kremlin"}}, "tass#2"},
	{"country across history", sqlite.Filter{Places: []string{"Russia"}}, "tass#1 tass#2"},
	{"either place", sqlite.Filter{Places: []string{"Greece", "Washington"}}, "kyodo#1 history#1"},
	{"no such place", sqlite.Filter{Places: []string{"Atlantis"}}, ""},

	{"mode", sqlite.Filter{Kinds: []string{"visit"}}, "tass#1 kyodo#1"},
	{"kind", sqlite.Filter{Kinds: []string{"support"}}, "kyodo#2"},
	{"kind and mode", sqlite.Filter{Kinds: []string{"CONSULT/meeting"}}, "tass#2 reuters-1#1 kyodo#3"},
	{"either kind", sqlite.Filter{Kinds: []string{"OTHER", "SUPPORT"}}, "kyodo#2 history#1"},

	{"status", sqlite.Filter{Statuses: []timeline.Status{timeline.StatusPlanned}}, "kyodo#1"},
	{"either status", sqlite.Filter{Statuses: []timeline.Status{timeline.StatusCancelled, timeline.StatusExpected}}, "kyodo#2 kyodo#3"},

	{"a month", sqlite.Filter{From: day("1987-04"), To: day("1987-04")}, "tass#1 tass#2 reuters-1#1 kyodo#1"},
	{"from a day inside an interval", sqlite.Filter{From: day("1987-04-15")}, "tass#1 kyodo#1"},
	{"to the first day of an interval", sqlite.Filter{To: day("1987-04-13")}, "tass#1 kyodo#2 history#1"},
	{"a day", sqlite.Filter{From: day("1987-04-14"), To: day("1987-04-14")}, "tass#1 tass#2 reuters-1#1"},
	{"the last day of an interval", sqlite.Filter{From: day("1987-05-02"), To: day("1987-05-02")}, "kyodo#1"},
	{"a year", sqlite.Filter{From: day("1987"), To: day("1987")}, "tass#1 tass#2 reuters-1#1 kyodo#1 kyodo#2"},
	{"BC", sqlite.Filter{To: day("0100")}, "history#1"},
	{"a year BC", sqlite.Filter{From: day("BC0480"), To: day("BC0480")}, "history#1"},
	{"the year after", sqlite.Filter{From: day("BC0479")}, "tass#1 tass#2 reuters-1#1 kyodo#1 kyodo#2"},
	{"nothing then", sqlite.Filter{From: day("1988")}, ""},

	{"a word of a sentence", sqlite.Filter{Text: "Kremlin"}, "tass#2"},
	{"a word of a summary, any case", sqlite.Filter{Text: "XERXES"}, "history#1"},
	{"all the words", sqlite.Filter{Text: "arms control"}, "reuters-1#1"},
	{"words not together", sqlite.Filter{Text: "Kremlin arms"}, ""},
	{"operators are words", sqlite.Filter{Text: `"AND" OR (Kremlin`}, ""},

	{"all fields", sqlite.Filter{Actors: []string{"Shultz"}, Places: []string{"Moscow"}, Kinds: []string{"meeting"},
		Statuses: []timeline.Status{timeline.StatusOccurred}, From: day("1987-04-14"), To: day("1987-04-14"), Text: "Tuesday"},
		"tass#2 reuters-1#1"},
}

func day(v string) timeline.Date {
	d, err := timeline.ParseValue(v)
	if err != nil {
		panic(err)
	}
	return d
}

// TestFilter runs every filter on a store of the fixture in a real
// SQLite file.
func TestFilter(t *testing.T) {
	s, _ := open(t)
	put(t, s, fixture(t)...)
	for _, c := range filterTests {
		docs, err := s.Documents(context.Background(), c.f)
		if err != nil {
			t.Errorf("%s: Documents(%+v): %v", c.name, c.f, err)
			continue
		}
		var ids []string
		for _, d := range docs {
			if len(d.Events) == 0 && !c.f.IsZero() {
				t.Errorf("%s: document %s without a selected event", c.name, d.ID)
			}
			for _, e := range d.Events {
				ids = append(ids, e.ID)
			}
		}
		if got := strings.Join(ids, " "); got != c.want {
			t.Errorf("%s: Documents(%+v) has events %q; want %q", c.name, c.f, got, c.want)
		}
	}
}

// TestFilterKeepsDocuments: a selected event comes with its whole
// document (text, dates, anchor) and all its reports.
func TestFilterKeepsDocuments(t *testing.T) {
	s, _ := open(t)
	want := fixture(t)
	put(t, s, want...)
	docs, err := s.Documents(context.Background(), sqlite.Filter{Actors: []string{"Shevardnadze"}})
	if err != nil || len(docs) != 1 {
		t.Fatalf("Documents: %d, %v", len(docs), err)
	}
	tass := want[0]
	tass.Events = tass.Events[1:]
	if !slices.EqualFunc(docs, []timeline.Document{tass}, func(a, b timeline.Document) bool {
		return diffDocs([]timeline.Document{a}, []timeline.Document{b}) == ""
	}) {
		t.Errorf("the selected document differs:\n%s", diffDocs(docs, []timeline.Document{tass}))
	}
}

// FuzzFilterText: whatever words -text is given, the query runs (they
// are searched as words, never read as FTS5's syntax) and selects only
// events whose summary or sentences hold them.
func FuzzFilterText(f *testing.F) {
	for _, c := range filterTests {
		if c.f.Text != "" {
			f.Add(c.f.Text)
		}
	}
	f.Add(`NEAR(a b) OR "c`)
	f.Add("* ^ : + - ( ) \x00")
	s, _ := open(f)
	put(f, s, fixture(f)...)
	f.Fuzz(func(t *testing.T, text string) {
		docs, err := s.Documents(context.Background(), sqlite.Filter{Text: text})
		if err != nil {
			t.Fatalf("Documents(Text: %q): %v", text, err)
		}
		for _, d := range docs {
			if len(d.Events) == 0 && strings.TrimSpace(text) != "" {
				t.Errorf("Text %q: document %s without a selected event", text, d.ID)
			}
		}
	})
}
