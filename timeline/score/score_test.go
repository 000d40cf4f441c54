package score

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/dateline-dev/dateline/timeline"
)

func date(t *testing.T, v string) timeline.Date {
	t.Helper()
	d, err := timeline.ParseValue(v)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// event builds a system event: mode, "start..end" or "start" or "", status,
// actor names.
func event(t *testing.T, mode, cameo, when string, st timeline.Status, actors ...string) timeline.Event {
	t.Helper()
	e := timeline.Event{Mode: mode, CAMEO: cameo, Status: st}
	if lo, hi, ok := strings.Cut(when, ".."); ok {
		e.When = timeline.When{Start: date(t, lo), End: date(t, hi)}
	} else if when != "" {
		e.When = timeline.When{Start: date(t, when)}
	}
	for _, a := range actors {
		e.Actors = append(e.Actors, timeline.Actor{Name: a})
	}
	return e
}

func readGold(t *testing.T, s string) *Gold {
	t.Helper()
	var g Gold
	if err := g.Read(strings.NewReader(s), "gold.tsv"); err != nil {
		t.Fatal(err)
	}
	return &g
}

const shultz = "# batch t\nstory\tkind\tparticipants\tplace\tstart\tend\tstatus\ttime\tnote\n" +
	"r-1\tvisit\tGeorge Shultz; Soviet Union|USSR\tMoscow, Soviet Union\t1987-04-13\t1987-04-16\toccurred\tApril 13-16\t-\n"

func TestCompare(t *testing.T) {
	const (
		occ  = timeline.StatusOccurred
		plan = timeline.StatusPlanned
		exp  = timeline.StatusExpected
	)
	tests := []struct {
		name string
		gold string // the row after "r-1\t"
		ev   func(t *testing.T) timeline.Event
		want string
	}{
		{"interval", "visit\tGeorge Shultz\t-\t1987-04-13\t1987-04-16\toccurred",
			func(t *testing.T) timeline.Event {
				return event(t, timeline.ModeVisit, "042", "1987-04-13..1987-04-16", occ, "Shultz")
			}, "ok"},
		{"interval cut short", "visit\tGeorge Shultz\t-\t1987-04-13\t1987-04-16\toccurred",
			func(t *testing.T) timeline.Event {
				return event(t, timeline.ModeVisit, "042", "1987-04-13..1987-04-15", occ, "George Shultz")
			}, "date"},
		{"day for a month", "conference\tOPEC\t-\t1987-06\t-\tplanned",
			func(t *testing.T) timeline.Event {
				return event(t, timeline.ModeMultilateral, "040", "1987-06-25", exp, "OPEC")
			}, "ok"},
		{"month for a day", "meeting\tReagan\t-\t1987-06-25\t-\tplanned",
			func(t *testing.T) timeline.Event {
				return event(t, timeline.ModeMeeting, "040", "1987-06", plan, "Ronald Reagan")
			}, "date"},
		{"open end", "visit\tFahd\t-\t1987-03-10\t?\tongoing",
			func(t *testing.T) timeline.Event {
				return event(t, timeline.ModeArrival, "", "1987-03-10", occ, "King Fahd")
			}, "ok"},
		{"no start", "visit\tMakumbi\t-\t-\t1987-03-06\toccurred",
			func(t *testing.T) timeline.Event {
				return event(t, timeline.ModeDeparture, "", "1987-03-06", occ, "Makumbi")
			}, "ok"},
		{"undated gold, dated event", "talks\tJapan; United States\t-\t-\t-\tplanned",
			func(t *testing.T) timeline.Event {
				return event(t, timeline.ModeMeeting, "046", "1987-04", plan, "Japan")
			},
			"date"},
		{"undated both", "talks\tJapan; United States\t-\t-\t-\tplanned",
			func(t *testing.T) timeline.Event {
				return event(t, timeline.ModeMeeting, "046", "", plan, "United States")
			},
			"ok"},
		{"status", "meeting\tKohl\t-\t1987-03-02\t-\toccurred",
			func(t *testing.T) timeline.Event {
				return event(t, timeline.ModeMeeting, "040", "1987-03-02", plan, "Helmut Kohl")
			}, "status"},
		{"a visit elsewhere", "visit\tBob Work; Japan\tJapan\t2014-08-17\t2014-08-23\tplanned",
			func(t *testing.T) timeline.Event {
				e := event(t, timeline.ModeVisit, "042", "2014-08-17..2014-08-23", plan, "Bob Work")
				e.Place = timeline.Place{Country: "Guam"}
				return e
			}, "participant"},
		{"a visit there, the article aside", "visit\tJill Biden; Democratic Republic of Congo\t-\t2014-07-01\t-\tplanned",
			func(t *testing.T) timeline.Event {
				e := event(t, timeline.ModeVisit, "042", "2014-07-01", plan, "Jill Biden")
				e.Place = timeline.Place{Country: "Democratic Republic of the Congo"}
				return e
			}, "ok"},
		{"the visit's city", "visit\tShultz\tMoscow, Soviet Union\t1987-04-13\t-\toccurred",
			func(t *testing.T) timeline.Event {
				e := event(t, timeline.ModeVisit, "042", "1987-04-13", occ, "George Shultz")
				e.Place = timeline.Place{City: "Moscow", Country: "Russia"}
				return e
			}, "ok"},
		{"phone is no meeting", "meeting\tKohl\t-\t1987-03-02\t-\toccurred",
			func(t *testing.T) timeline.Event {
				return event(t, timeline.ModePhone, "041", "1987-03-02", occ, "Helmut Kohl")
			}, "kind"},
		{"host is a visit", "visit\tNakasone; United States\t-\t1987-04-30\t-\tplanned",
			func(t *testing.T) timeline.Event {
				return event(t, timeline.ModeVisit, "043", "1987-04-30", plan, "Ronald Reagan", "Yasuhiro Nakasone")
			}, "ok"},
		{"other name", "conference\tEuropean Community|EC\t-\t1987-03-02\t-\toccurred",
			func(t *testing.T) timeline.Event {
				return event(t, timeline.ModeMultilateral, "040", "1987-03-02", occ, "EC")
			}, "ok"},
		{"accents and the", "meeting\tThe Élysée\t-\t1987-03-02\t-\toccurred",
			func(t *testing.T) timeline.Event {
				return event(t, timeline.ModeMeeting, "040", "1987-03-02", occ, "Elysee")
			}, "ok"},
		{"no participant", "meeting\tKohl\t-\t1987-03-02\t-\toccurred",
			func(t *testing.T) timeline.Event {
				return event(t, timeline.ModeMeeting, "040", "1987-03-02", occ, "Mitterrand")
			}, "participant"},
		{"short word is no surname", "meeting\tUS\t-\t1987-03-02\t-\toccurred",
			func(t *testing.T) timeline.Event {
				return event(t, timeline.ModeMeeting, "040", "1987-03-02", occ, "Nigel Us")
			}, "participant"},
		{"take power is no event", "meeting\tKim\t-\t2011\t-\toccurred",
			func(t *testing.T) timeline.Event { return event(t, "leadership", "", "2011", occ, "Kim") },
			"kind"},
	}
	for _, tt := range tests {
		g := readGold(t, "r-1\t"+tt.gold+"\t-\t-\n")
		e := tt.ev(t)
		if got := Compare(&g.Mentions[0], &e).String(); got != tt.want {
			t.Errorf("%s: Compare(%s, %s) = %s; want %s", tt.name, g.Mentions[0], e, got, tt.want)
		}
	}
}

func TestScore(t *testing.T) {
	g := readGold(t, shultz+
		"r-1\ttalks\tGeorge Shultz; Eduard Shevardnadze\tMoscow\t1987-04-14\t1987-04-15\toccurred\t-\t-\n"+
		"# no events: r-2\n")
	occ := timeline.StatusOccurred
	sys := map[string][]timeline.Event{
		"r-1": {
			event(t, timeline.ModeVisit, "042", "1987-04-13..1987-04-16", occ, "George Shultz"),
			event(t, timeline.ModeVisit, "042", "1987-04-13..1987-04-16", occ, "George Shultz"), // a second report
			event(t, timeline.ModeArrival, "", "1987-04-13", occ, "George Shultz"),              // part of the visit
			event(t, timeline.ModeMeeting, "046", "1987-04-14", occ, "Eduard Shevardnadze"),     // talks a day short
		},
		"r-2": {event(t, timeline.ModeMeeting, "040", "1987-03-01", occ, "Texaco")},
		"r-3": {event(t, timeline.ModeMeeting, "040", "1987-03-01", occ, "Not in gold")},
	}
	r := Score(g, sys)
	want := Counts{Gold: 2, Found: 1, System: 5, Right: 2}
	if r.Counts != want {
		t.Errorf("Score = %+v; want %+v", r.Counts, want)
	}
	if r.Stories != 2 || len(r.Misses) != 1 || len(r.Spurious) != 3 {
		t.Fatalf("Score: %d stories, %d misses, %d spurious; want 2, 1, 3", r.Stories, len(r.Misses), len(r.Spurious))
	}
	if m := r.Misses[0]; m.Mention.Kind != KindTalks || len(m.Near) == 0 || m.Near[0].Check.String() != "date" {
		t.Errorf("miss = %+v; want the talks, nearest failing on date", m)
	}
	if k := r.ByKind[KindVisit]; k.Gold != 1 || k.Found != 1 {
		t.Errorf("ByKind[visit] = %+v; want 1 of 1", k)
	}
	if got := r.Counts.String(); got != "recall 50.00 (1/2)  precision 40.00 (2/5)  F1 44.44" {
		t.Errorf("String() = %q", got)
	}
}

// TestScoreOneToOne checks that the pairing finds the assignment that
// serves most mentions, not the greedy one.
func TestScoreOneToOne(t *testing.T) {
	g := readGold(t, "r-1\tmeeting\tKohl; Shultz\t-\t1987-03\t-\toccurred\t-\t-\n"+
		"r-1\tmeeting\tShultz; Kohl\t-\t1987-03-02\t-\toccurred\t-\t-\n")
	occ := timeline.StatusOccurred
	sys := map[string][]timeline.Event{"r-1": {
		event(t, timeline.ModeMeeting, "040", "1987-03-02", occ, "Shultz"),
		event(t, timeline.ModeMeeting, "040", "1987-03-20", occ, "Kohl"),
	}}
	if r := Score(g, sys); r.Found != 2 || r.Right != 2 {
		t.Errorf("Score = %+v; want both found and right", r.Counts)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"fields", "r-1\tvisit\tX\n", "gold.tsv:1: want 9 tab-separated fields"},
		{"kind", "r-1\ttrip\tX\t-\t1987\t-\toccurred\t-\t-\n", `gold.tsv:1: kind "trip"`},
		{"status", "r-1\tvisit\tX\t-\t1987\t-\tdone\t-\t-\n", `gold.tsv:1: status "done"`},
		{"date", "story\n\nr-1\tvisit\tX\t-\t1987-13\t-\toccurred\t-\t-\n", "gold.tsv:3: start: timex value"},
		{"order", "r-1\tvisit\tX\t-\t1987-04-16\t1987-04-13\toccurred\t-\t-\n", "gold.tsv:1: end 1987-04-13 before start"},
		{"open end, no start", "r-1\tvisit\tX\t-\t-\t?\toccurred\t-\t-\n", "gold.tsv:1: an open end with no start"},
		{"no participant", "r-1\tvisit\t - \t-\t1987\t-\toccurred\t-\t-\n", "gold.tsv:1: no participant"},
		{"empty no-events", "# no events: \n", "gold.tsv:1: 'no events:' names no story"},
		{"empty no-event", "# no event:,\n", "gold.tsv:1: 'no events:' names no story"},
		{"no-events without colon", "# no events r-1 r-2\n", "gold.tsv:1: 'no events' needs a colon"},
		{"empty", "# just a comment\n", "gold.tsv: gold names no story"},
	}
	for _, tt := range tests {
		var g Gold
		err := g.Read(strings.NewReader(tt.in), "gold.tsv")
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: Read(%q) = %v; want %q...", tt.name, tt.in, err, tt.want)
		}
	}
	var g Gold
	if err := g.Read(strings.NewReader(""), "e"); !errors.Is(err, ErrEmpty) {
		t.Errorf("Read(empty) = %v; want ErrEmpty", err)
	}
}

func TestReadTwoFiles(t *testing.T) {
	var g Gold
	for _, s := range []string{shultz, "# no events: r-2\n" + shultz} {
		if err := g.Read(strings.NewReader(s), "g"); err != nil {
			t.Fatal(err)
		}
	}
	if strings.Join(g.Stories, ",") != "r-1,r-2" || len(g.Mentions) != 2 {
		t.Errorf("Stories %v, %d mentions; want r-1,r-2 and 2", g.Stories, len(g.Mentions))
	}
}

func FuzzRead(f *testing.F) {
	f.Add(shultz)
	f.Add("# no events: x\n")
	f.Add("r\tvisit\ta|b; c\t-\t1987-W16\t?\tplanned\t-\t-\n")
	f.Fuzz(func(t *testing.T, s string) {
		var g Gold
		if err := g.Read(strings.NewReader(s), "fuzz"); err != nil {
			return
		}
		for _, m := range g.Mentions {
			if m.Story == "" || len(m.Participants) == 0 || m.Line < 1 {
				t.Fatalf("Read(%q) gave %+v", s, m)
			}
			if m.OpenEnd && !m.Start.Placed() {
				t.Fatalf("Read(%q): open end with no start", s)
			}
		}
		// Scoring the gold against nothing misses every mention.
		if r := Score(&g, nil); r.Found != 0 || r.Gold != len(g.Mentions) {
			t.Fatalf("Score(%q, nil) = %+v", s, r.Counts)
		}
	})
}

// TestScoreRecipients checks that a meeting with two recipients reports
// the two gold meetings written one per counterpart, and counts once.
func TestScoreRecipients(t *testing.T) {
	g := readGold(t, "r-1\tmeeting\tClinton; Naoto Kan\t-\t2011-04-17\t-\tplanned\t-\t-\n"+
		"r-1\tmeeting\tClinton; Takeaki Matsumoto\t-\t2011-04-17\t-\tplanned\t-\t-\n"+
		"r-1\tmeeting\tClinton; Lee Myung-bak\t-\t2011-04-17\t-\tplanned\t-\t-\n")
	e := event(t, timeline.ModeMeeting, "040", "2011-04-17", timeline.StatusPlanned, "Hillary Rodham Clinton")
	e.Recipients = []timeline.Actor{{Name: "Naoto Kan"}, {Name: "Takeaki Matsumoto"}}
	r := Score(g, map[string][]timeline.Event{"r-1": {e}})
	if want := (Counts{Gold: 3, Found: 2, System: 1, Right: 1}); r.Counts != want {
		t.Errorf("Score = %+v; want %+v", r.Counts, want)
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Group of Twenty", "Group of 20"},
		{"G20", "G-20"},
		{"International Coffee Organisation", "International Coffee Organization"},
		{"Nouri al-Maliki", "al-Maliki"},
	}
	for _, tt := range tests {
		if !sameName(fold(tt.a), fold(tt.b)) {
			t.Errorf("sameName(fold(%q), fold(%q)) = false; want true", tt.a, tt.b)
		}
	}
}

// TestReadNoEvents: stories read and found to hold no event are stories
// of the gold however the line lists them, so that events found there
// count as spurious.
func TestReadNoEvents(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# no events: r-2\n# no events: r-3\n", "r-1,r-2,r-3"},
		{"# no event: r-2 r-3\n", "r-1,r-2,r-3"},
		{"# No events: r-2, r-3,r-4\n", "r-1,r-2,r-3,r-4"},
		{"# no eventful story here: a plain comment\n", ""},
		{"# stories with no events: a plain comment\n", "r-1"},
	}
	for _, tt := range tests {
		var g Gold
		err := g.Read(strings.NewReader(shultz+tt.in), "g")
		if tt.want == "" {
			if err == nil {
				t.Errorf("Read(%q) = nil; want an error", tt.in)
			}
			continue
		}
		if err != nil {
			t.Errorf("Read(%q): %v", tt.in, err)
			continue
		}
		if got := strings.Join(g.Stories, ","); got != tt.want {
			t.Errorf("Read(%q) stories = %s; want %s", tt.in, got, tt.want)
		}
	}
}

func TestAddNames(t *testing.T) {
	var g Gold
	if err := g.Read(strings.NewReader("s1\tvisit\tErdogan; Türkiye|Turkiye\t-\t2023-08\t-\toccurred\tin August\t-\n"), "g.tsv"); err != nil {
		t.Fatal(err)
	}
	canon := map[string]string{"Türkiye": "Turkey", "Turkiye": "Turkey", "Turkey": "Turkey"}
	g.AddNames(func(s string) (string, bool) { c, ok := canon[s]; return c, ok })
	want := [][]string{{"Erdogan"}, {"Türkiye", "Turkiye", "Turkey"}}
	if got := g.Mentions[0].Participants; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("participants = %q, want %q", got, want)
	}
	e := timeline.Event{Kind: timeline.KindConsult, Mode: timeline.ModeVisit, CAMEO: "042", Status: timeline.StatusOccurred,
		Actors: []timeline.Actor{{Name: "Mevlut Cavusoglu"}}, Recipients: []timeline.Actor{{Name: "Turkey"}}}
	if c := Compare(&g.Mentions[0], &e); !c.Participant {
		t.Errorf("the state's canonical name does not match the gold's: %+v", c)
	}
}
