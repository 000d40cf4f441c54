package out_test

import (
	"log"
	"os"

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
