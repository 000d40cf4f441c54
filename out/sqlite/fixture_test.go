package sqlite_test

import (
	"strings"
	"testing"

	"github.com/dateline-dev/dateline/timeline"
)

// fixture returns four documents written by hand, so that the tests do
// not move with the extractor: a TASS story of Shultz's Moscow visit, a
// Reuters story of the same talks naming him by surname, a Kyodo story of
// a planned visit and a called-off signing, and a history of 480 BC; and
// an event-less fifth document.
func fixture(t testing.TB) []timeline.Document {
	t.Helper()
	shultz := timeline.Actor{Name: "George Shultz", Type: "person", Role: "secretary of state", Country: "United States"}
	shev := timeline.Actor{Name: "Eduard Shevardnadze", Type: "person", Role: "foreign minister", Country: "Soviet Union"}
	soviet := timeline.Actor{Name: "Soviet Union", Type: "government"}
	moscow := timeline.Place{City: "Moscow", Country: "Soviet Union"}

	tassText := "MOSCOW, April 13 (TASS) -- George Shultz arrived in Moscow on Monday for a four-day visit.\n" +
		"He held talks in the Kremlin with Eduard Shevardnadze on Tuesday, officials said."
	tass := doc(t, "tass", tassText, "1987-04-13")
	tass.Dateline = timeline.Dateline{Text: "MOSCOW, April 13 (TASS) --", Span: timeline.Span{Start: 0, End: 26},
		Place: timeline.Place{City: "Moscow"}, Date: date(t, "1987-04-13", tassText, "April 13"), Agency: "TASS"}
	tass.Dates = []timeline.Date{date(t, "1987-04-13", tassText, "Monday"), dur(t, "P4D", tassText, "four-day"),
		date(t, "1987-04-14", tassText, "Tuesday")}
	visit := event(t, tass, 1, timeline.KindConsult, timeline.ModeVisit, "visit", "George Shultz visits Moscow", "arrived", "Monday")
	visit.Actors, visit.Place = []timeline.Actor{shultz}, moscow
	visit.When = timeline.When{Start: tass.Dates[0], End: date(t, "1987-04-16", "", ""), Length: tass.Dates[1]}
	talks := event(t, tass, 2, timeline.KindConsult, timeline.ModeMeeting, "talks", "George Shultz holds talks with Eduard Shevardnadze", "talks", "Tuesday")
	talks.Actors, talks.Recipients = []timeline.Actor{shultz}, []timeline.Actor{shev}
	talks.Place = timeline.Place{Venue: "Kremlin", City: "Moscow", Country: "Soviet Union"}
	talks.When = timeline.When{Start: tass.Dates[2], Relation: &timeline.Relation{Order: "after", To: "tass#1", Offset: dur(t, "P1D", "", "")}}
	talks.Evidence[0].Actors = []timeline.Span{{Start: 91, End: 93}, {Start: 128, End: 147}}
	tass.Events = []timeline.Event{visit, talks}

	reutersText := "MOSCOW, April 14 - Secretary of State Shultz and Soviet officials met on Tuesday to discuss arms control."
	reuters := doc(t, "reuters-1", reutersText, "1987-04-14")
	reuters.Published = date(t, "1987-04-14", "", "")
	reuters.Published.Span, reuters.Published.Rule = timeline.Span{}, "stamp"
	reuters.Dates = []timeline.Date{date(t, "1987-04-14", reutersText, "Tuesday")}
	met := event(t, reuters, 1, timeline.KindConsult, timeline.ModeMeeting, "meet", "Shultz meets the Soviet Union", "met", "Tuesday")
	met.Actors, met.Recipients = []timeline.Actor{{Name: "Shultz", Type: "person"}}, []timeline.Actor{soviet}
	met.Place, met.When = timeline.Place{City: "Moscow"}, timeline.When{Start: reuters.Dates[0]}
	reuters.Events = []timeline.Event{met}

	kyodoText := "TOKYO, April 20 (Kyodo) -- Prime Minister Yasuhiro Nakasone will visit Washington from April 29 to May 2. " +
		"Japan and China called off the signing of a trade accord planned for March."
	kyodo := doc(t, "kyodo", kyodoText, "1987-04-20")
	kyodo.Dates = []timeline.Date{date(t, "1987-04-29", kyodoText, "April 29"), date(t, "1987-05-02", kyodoText, "May 2"),
		date(t, "1987-03", kyodoText, "March")}
	trip := event(t, kyodo, 1, timeline.KindConsult, timeline.ModeVisit, "visit", "Yasuhiro Nakasone visits Washington", "visit", "April 29")
	trip.Actors = []timeline.Actor{{Name: "Yasuhiro Nakasone", Type: "person", Role: "prime minister", Country: "Japan"}}
	trip.Place = timeline.Place{City: "Washington", Country: "United States"}
	trip.When, trip.Status = timeline.When{Start: kyodo.Dates[0], End: kyodo.Dates[1]}, timeline.StatusPlanned
	sign := event(t, kyodo, 2, timeline.KindSupport, "", "sign", "Japan and China sign a trade accord", "signing", "March")
	sign.CAMEO = "057"
	sign.Actors = []timeline.Actor{{Name: "Japan", Type: "government"}, {Name: "China", Type: "government"}}
	sign.When, sign.Status = timeline.When{Start: kyodo.Dates[2]}, timeline.StatusCancelled
	undated := event(t, kyodo, 3, timeline.KindConsult, timeline.ModeMeeting, "meet", "Nakasone meets Reagan", "visit", "")
	undated.Actors = []timeline.Actor{{Name: "Nakasone", Type: "person"}}
	undated.Recipients = []timeline.Actor{{Name: "Ronald Reagan", Type: "person"}}
	undated.Status = timeline.StatusExpected
	kyodo.Events = []timeline.Event{trip, sign, undated}

	historyText := "In 480 BC Xerxes invaded Greece with a vast army; he burnt Athens in late 480 BC."
	history := doc(t, "history", historyText, "2009-12-19")
	history.Narrative = true
	history.Anchor.Rule = "option"
	bc := date(t, "BC0480", historyText, "480 BC")
	late := date(t, "BC0480", historyText, "late 480 BC").WithMod(timeline.ModEnd)
	history.Dates = []timeline.Date{bc, late}
	invasion := event(t, history, 1, timeline.KindOther, "", "invade", "Xerxes invades Greece", "invaded", "480 BC")
	invasion.Actors = []timeline.Actor{{Name: "Xerxes", Type: "person", Role: "king", Country: "Persia"}}
	invasion.Place, invasion.When = timeline.Place{Country: "Greece"}, timeline.When{Start: bc}
	history.Events = []timeline.Event{invasion}

	empty := doc(t, "empty", "PARIS, April 2 - Nothing happened.", "1987-04-02")
	return []timeline.Document{tass, reuters, kyodo, history, empty}
}

// doc returns a document of text anchored at day.
func doc(t testing.TB, id, text, day string) timeline.Document {
	t.Helper()
	a := date(t, day, "", "")
	a.Rule = "dateline"
	return timeline.Document{ID: id, Source: id + ".txt", Title: strings.SplitN(text, ".", 2)[0], Text: text, Anchor: a}
}

// date resolves value and records the first occurrence of written in
// text ("" for none).
func date(t testing.TB, value, text, written string) timeline.Date {
	t.Helper()
	d, err := timeline.ParseValue(value)
	if err != nil {
		t.Fatal(err)
	}
	if written != "" {
		d.Text, d.Span, d.Rule = written, span(t, text, written), "test"
	}
	return d
}

// dur returns the duration value, written in text.
func dur(t testing.TB, value, text, written string) timeline.Date {
	t.Helper()
	d := timeline.Date{Type: timeline.TypeDuration, Value: value}
	if written != "" {
		d.Text, d.Span, d.Rule = written, span(t, text, written), "test"
	}
	return d
}

func span(t testing.TB, text, sub string) timeline.Span {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, text)
	}
	return timeline.Span{Start: i, End: i + len(sub)}
}

// event returns the n-th event of d, occurred, reported in the sentence
// holding trigger, at the time written ("" for none).
func event(t testing.TB, d timeline.Document, n int, kind timeline.Kind, mode, action, summary, trigger, written string) timeline.Event {
	t.Helper()
	tr := span(t, d.Text, trigger)
	start := strings.LastIndex(d.Text[:tr.Start], ". ") + 1
	if i := strings.LastIndex(d.Text[:tr.Start], ".\n"); i+1 > start {
		start = i + 1
	}
	for start < len(d.Text) && (d.Text[start] == ' ' || d.Text[start] == '\n') {
		start++
	}
	end := strings.Index(d.Text[tr.End:], ".")
	end = tr.End + end + 1
	ev := timeline.Evidence{Doc: d.ID, Sentence: d.Text[start:end], SentenceSpan: timeline.Span{Start: start, End: end},
		Trigger: tr, TriggerText: trigger}
	if written != "" {
		ev.Time = span(t, d.Text, written)
	}
	return timeline.Event{ID: timeline.EventID(d.ID, n), Kind: kind, Mode: mode, Action: action, Summary: summary,
		Status: timeline.StatusOccurred, Evidence: []timeline.Evidence{ev}}
}
