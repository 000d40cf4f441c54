package out_test

import (
	"strings"
	"testing"

	"github.com/dateline-dev/dateline/timeline"
)

// The fixture's two articles. The first holds the characters that break
// naive writers: commas, quotes, a line break, "|", "*" and "<script>".
const (
	upiText = `VLADIVOSTOK, Russia, April 26 (UPI) -- North Korean leader Kim Jong Un left Vladivostok on Friday, a day after his summit with Putin.
On Thursday, Kim held his "much-anticipated" summit with Putin | the first *ever*.
Kim began his three-day visit to Russia, the first one since he took power in late 2011, on Wednesday.
Putin will visit Pyongyang next month, officials said <script>alert(1)</script>.
He is expected to return to
Pyongyang.`

	yonhapText = "SEOUL, April 25 (Yonhap) -- Kim and Putin met on Thursday,\nin Vladivostok, for talks."
)

// span returns the span of the n-th (from 1) occurrence of sub in text.
func span(t testing.TB, text, sub string, n int) timeline.Span {
	t.Helper()
	off := 0
	for ; n > 0; n-- {
		i := strings.Index(text[off:], sub)
		if i < 0 {
			t.Fatalf("%q not in text", sub)
		}
		off += i
		if n > 1 {
			off += len(sub)
		}
	}
	return timeline.Span{Start: off, End: off + len(sub)}
}

// date resolves value, applies mod and records the n-th occurrence of
// written in text.
func date(t testing.TB, value string, mod timeline.Mod, text, written string, n int) timeline.Date {
	t.Helper()
	d, err := timeline.ParseValue(value)
	if err != nil {
		t.Fatal(err)
	}
	d = d.WithMod(mod)
	d.Text, d.Span, d.Rule = written, span(t, text, written, n), "test"
	return d
}

// evidence returns the evidence for the sentence of text holding trigger
// (n-th occurrence), with time the expression (first occurrence) or "".
func evidence(t testing.TB, doc, text, trigger string, n int, time string) timeline.Evidence {
	t.Helper()
	tr := span(t, text, trigger, n)
	// Sentences end at ".\n" or at the end of the text; the dateline
	// opens the first one.
	start := strings.LastIndex(text[:tr.Start], ".\n") + 1
	if start > 0 {
		start++
	}
	end := strings.Index(text[tr.End:], ".\n")
	if end < 0 {
		end = len(text)
	} else {
		end += tr.End + 1
	}
	ev := timeline.Evidence{
		Doc:          doc,
		Sentence:     text[start:end],
		SentenceSpan: timeline.Span{Start: start, End: end},
		Trigger:      tr,
		TriggerText:  trigger,
	}
	if time != "" {
		ev.Time = span(t, text, time, 1)
	}
	return ev
}

var (
	kim   = timeline.Actor{Name: "Kim Jong Un", Type: "person", Role: "leader", Country: "North Korea"}
	putin = timeline.Actor{Name: "Vladimir Putin", Type: "person", Role: "president", Country: "Russia"}
)

// fixture returns a two-document timeline with an interval visit (P3D,
// 2019-04-24 .. 26), an instant summit reported by both documents, a
// "late 2011" event, a departure, a planned and an undated expected event.
func fixture(t testing.TB) *timeline.Timeline {
	t.Helper()
	u, y := upiText, yonhapText

	published, err := timeline.ParseValue("2019-04-26T15:43")
	if err != nil {
		t.Fatal(err)
	}
	dl := date(t, "2019-04-26", "", u, "April 26", 1)
	friday := date(t, "2019-04-26", "", u, "Friday", 1)
	thursday := date(t, "2019-04-25", "", u, "Thursday", 1)
	wednesday := date(t, "2019-04-24", "", u, "Wednesday", 1)
	end := date(t, "2019-04-26", "", u, "three-day", 1)
	end.Text, end.Span = "", timeline.Span{}
	length := timeline.Date{Type: timeline.TypeDuration, Value: "P3D", Text: "three-day", Span: span(t, u, "three-day", 1), Rule: "test"}
	late2011 := date(t, "2011", timeline.ModEnd, u, "late 2011", 1)
	nextMonth := date(t, "2019-05", "", u, "next month", 1)

	upi := timeline.Document{
		ID:        "upi-kim",
		Source:    "upi-kim-vladivostok-2019-04-26.txt",
		Title:     "Kim leaves Vladivostok | summit *with* Putin",
		Text:      u,
		Published: published,
		Dateline: timeline.Dateline{
			Text:   "VLADIVOSTOK, Russia, April 26 (UPI) --",
			Span:   span(t, u, "VLADIVOSTOK, Russia, April 26 (UPI) --", 1),
			Place:  timeline.Place{City: "Vladivostok", Country: "Russia"},
			Date:   dl,
			Agency: "UPI",
		},
		Anchor: dl,
		Dates:  []timeline.Date{dl, friday, thursday, length, late2011, wednesday, nextMonth},
	}

	ypub, err := timeline.ParseValue("2019-04-25T18:00")
	if err != nil {
		t.Fatal(err)
	}
	ydl := date(t, "2019-04-25", "", y, "April 25", 1)
	ythursday := date(t, "2019-04-25", "", y, "Thursday", 1)
	yonhap := timeline.Document{
		ID:        "yonhap-kim",
		Title:     "Kim, Putin hold talks",
		Text:      y,
		Published: ypub,
		Dateline: timeline.Dateline{
			Text:   "SEOUL, April 25 (Yonhap) --",
			Span:   span(t, y, "SEOUL, April 25 (Yonhap) --", 1),
			Place:  timeline.Place{City: "Seoul", Country: "South Korea"},
			Date:   ydl,
			Agency: "Yonhap",
		},
		Anchor: ydl,
		Dates:  []timeline.Date{ydl, ythursday},
	}

	summit := evidence(t, "upi-kim", u, "summit", 2, "Thursday")
	summit.Actors = []timeline.Span{span(t, u, "Kim", 2), span(t, u, "Putin", 2)}
	events := []timeline.Event{
		{
			ID: "upi-kim#5", Kind: timeline.KindOther, Action: "take power",
			Summary: "Kim Jong Un takes power",
			Actors:  []timeline.Actor{kim}, Place: timeline.Place{Country: "North Korea"},
			When:     timeline.When{Start: late2011},
			Status:   timeline.StatusOccurred,
			Evidence: []timeline.Evidence{evidence(t, "upi-kim", u, "took power", 1, "late 2011")},
		},
		{
			ID: "upi-kim#4", Kind: timeline.KindConsult, Mode: timeline.ModeVisit, CAMEO: "042", Action: "visit",
			Summary:    "Kim Jong Un visits Russia",
			Note:       "the first one since he took power in late 2011",
			Actors:     []timeline.Actor{kim},
			Recipients: []timeline.Actor{putin},
			Place:      timeline.Place{Country: "Russia"},
			When:       timeline.When{Start: wednesday, End: end, Length: length},
			Status:     timeline.StatusOccurred,
			Evidence:   []timeline.Evidence{evidence(t, "upi-kim", u, "visit", 1, "Wednesday")},
		},
		{
			ID: "upi-kim#2", Kind: timeline.KindConsult, Mode: timeline.ModeMeeting, CAMEO: "042", Action: "summit",
			Summary:    "Kim Jong Un holds a summit with Vladimir Putin",
			Actors:     []timeline.Actor{kim},
			Recipients: []timeline.Actor{putin},
			Place:      timeline.Place{Venue: "Far Eastern Federal University", City: "Vladivostok", Country: "Russia"},
			When:       timeline.When{Start: thursday},
			Status:     timeline.StatusOccurred,
			Evidence:   []timeline.Evidence{summit, evidence(t, "yonhap-kim", y, "met", 1, "Thursday")},
		},
		{
			ID: "upi-kim#1", Kind: timeline.KindOther, Mode: timeline.ModeDeparture, Action: "leave",
			Summary:  "Kim Jong Un leaves Vladivostok",
			Actors:   []timeline.Actor{kim},
			Place:    timeline.Place{City: "Vladivostok", Country: "Russia"},
			When:     timeline.When{Start: friday},
			Status:   timeline.StatusOccurred,
			Evidence: []timeline.Evidence{evidence(t, "upi-kim", u, "left", 1, "Friday")},
		},
		{
			ID: "upi-kim#6", Kind: timeline.KindConsult, Mode: timeline.ModeVisit, CAMEO: "042", Action: "visit",
			Summary:    "Vladimir Putin visits Pyongyang",
			Note:       `officials said <script>alert(1)</script> | "soon" *maybe*`,
			Actors:     []timeline.Actor{putin},
			Recipients: []timeline.Actor{kim},
			Place:      timeline.Place{City: "Pyongyang", Country: "North Korea"},
			When:       timeline.When{Start: nextMonth},
			Status:     timeline.StatusPlanned,
			Evidence:   []timeline.Evidence{evidence(t, "upi-kim", u, "visit", 2, "next month")},
		},
		{
			ID: "upi-kim#7", Kind: timeline.KindOther, Mode: timeline.ModeArrival, Action: "return",
			Summary:  "Kim Jong Un returns to Pyongyang",
			Actors:   []timeline.Actor{kim},
			Place:    timeline.Place{City: "Pyongyang", Country: "North Korea"},
			Status:   timeline.StatusExpected,
			Evidence: []timeline.Evidence{evidence(t, "upi-kim", u, "return", 1, "")},
		},
	}
	return &timeline.Timeline{Documents: []timeline.Document{upi, yonhap}, Events: events}
}
