package out_test

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/dateline-dev/dateline/out"
	"github.com/dateline-dev/dateline/timeline"
)

func ExampleNewJSONLEncoder() {
	late2011, err := timeline.ParseValue("2011")
	if err != nil {
		log.Fatal(err)
	}
	late2011 = late2011.WithMod(timeline.ModEnd)
	late2011.Text = "late 2011"
	t := &timeline.Timeline{Events: []timeline.Event{{
		ID:      "upi#1",
		Kind:    timeline.KindOther,
		Action:  "take power",
		Summary: "Kim Jong Un takes power",
		Actors:  []timeline.Actor{{Name: "Kim Jong Un"}},
		When:    timeline.When{Start: late2011},
		Status:  timeline.StatusOccurred,
		Evidence: []timeline.Evidence{{
			Doc:          "upi",
			Sentence:     "He took power in late 2011.",
			SentenceSpan: timeline.Span{Start: 0, End: 27},
			Trigger:      timeline.Span{Start: 3, End: 13},
			TriggerText:  "took power",
		}},
	}}}
	enc := out.NewJSONLEncoder(os.Stdout)
	if err := enc.Encode(t); err != nil {
		log.Fatal(err)
	}
	if err := enc.Close(); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {"doc":"upi","id":"upi#1","kind":"OTHER","action":"take power","summary":"Kim Jong Un takes power","actors":["Kim Jong Un"],"recipients":[],"start":"2011-09-01","end":"2011-12-31","value":"2011","mod":"END","precision":"year","status":"occurred","time_text":"late 2011","sentence":{"text":"He took power in late 2011.","start":0,"end":27},"trigger":{"text":"took power","start":3,"end":13},"sources":["upi"]}
}

// example returns a timeline of one planned visit of two days, as the
// examples below write it.
func example() *timeline.Timeline {
	start, err := timeline.ParseValue("2019-06-02")
	if err != nil {
		log.Fatal(err)
	}
	start.Text = "June 2-3"
	end, err := timeline.ParseValue("2019-06-03")
	if err != nil {
		log.Fatal(err)
	}
	return &timeline.Timeline{Events: []timeline.Event{{
		ID:      "upi#2",
		Kind:    timeline.KindConsult,
		Mode:    timeline.ModeVisit,
		Summary: "Vladimir Putin visits Pyongyang",
		Actors:  []timeline.Actor{{Name: "Vladimir Putin"}},
		Place:   timeline.Place{City: "Pyongyang", Country: "North Korea"},
		When:    timeline.When{Start: start, End: end},
		Status:  timeline.StatusPlanned,
		Evidence: []timeline.Evidence{{
			Doc:      "upi",
			Sentence: "Putin is to visit Pyongyang on June 2-3.",
		}},
	}}}
}

func ExampleNewTimelineJSEncoder() {
	enc := out.NewTimelineJSEncoder(os.Stdout)
	if err := enc.Encode(example()); err != nil {
		log.Fatal(err)
	}
	if err := enc.Close(); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {
	//   "title": {
	//     "text": {
	//       "headline": "Timeline",
	//       "text": "<p>1 event from 0 documents.</p>"
	//     }
	//   },
	//   "events": [
	//     {
	//       "unique_id": "upi-2",
	//       "start_date": {
	//         "year": 2019,
	//         "month": 6,
	//         "day": 2
	//       },
	//       "end_date": {
	//         "year": 2019,
	//         "month": 6,
	//         "day": 3
	//       },
	//       "display_date": "June 2-3",
	//       "text": {
	//         "headline": "Vladimir Putin visits Pyongyang",
	//         "text": "<p>planned · Pyongyang, North Korea</p><blockquote>Putin is to visit Pyongyang on June 2-3.</blockquote><p>2019-06-02 .. 2019-06-03 · CONSULT/visit · upi</p>"
	//       },
	//       "group": "Vladimir Putin"
	//     }
	//   ]
	// }
}

func ExampleNewICSEncoder() {
	var b strings.Builder
	enc := out.NewICSEncoder(&b)
	if err := enc.Encode(example()); err != nil {
		log.Fatal(err)
	}
	if err := enc.Close(); err != nil {
		log.Fatal(err)
	}
	// Lines end in CRLF, as RFC 5545 wants; print them without the CR.
	fmt.Print(strings.ReplaceAll(b.String(), "\r\n", "\n"))
	// Output:
	// BEGIN:VCALENDAR
	// VERSION:2.0
	// PRODID:-//dateline//dateline timeline//EN
	// CALSCALE:GREGORIAN
	// X-WR-CALNAME:Timeline
	// X-WR-CALDESC:1 event from 0 documents.
	// BEGIN:VEVENT
	// UID:upi#2@dateline
	// DTSTAMP:20190602T000000Z
	// DTSTART;VALUE=DATE:20190602
	// DTEND;VALUE=DATE:20190604
	// SUMMARY:Vladimir Putin visits Pyongyang
	// LOCATION:Pyongyang\, North Korea
	// DESCRIPTION:Status: planned\nWhen: "June 2-3"\, 2019-06-02 .. 2019-06-03\nK
	//  ind: CONSULT/visit\nActors: Vladimir Putin\n“Putin is to visit Pyongyang
	//   on June 2-3.”\nSources: upi
	// CATEGORIES:CONSULT,visit
	// STATUS:TENTATIVE
	// TRANSP:TRANSPARENT
	// END:VEVENT
	// END:VCALENDAR
}
