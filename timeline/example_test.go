package timeline_test

import (
	"fmt"

	"github.com/dateline-dev/dateline/timeline"
)

func ExampleParseValue() {
	d, err := timeline.ParseValue("2011")
	if err != nil {
		panic(err)
	}
	fmt.Println(d)
	fmt.Println(d.WithMod(timeline.ModEnd)) // "late 2011"
	// Output:
	// DATE 2011 year [2011-01-01 .. 2011-12-31]
	// DATE 2011 END year [2011-09-01 .. 2011-12-31]
}

func ExampleBuild() {
	summit, _ := timeline.ParseValue("2019-04-25")
	kim := timeline.Actor{Name: "Kim Jong Un", Type: "person", Role: "leader", Country: "North Korea"}
	putin := timeline.Actor{Name: "Vladimir Putin", Type: "person", Role: "president", Country: "Russia"}
	report := func(doc string) timeline.Document {
		return timeline.Document{ID: doc, Events: []timeline.Event{{
			ID: timeline.EventID(doc, 1), Kind: timeline.KindConsult, Mode: timeline.ModeMeeting, CAMEO: "040",
			Action: "summit", Summary: "Kim Jong Un holds a summit with Vladimir Putin",
			Actors: []timeline.Actor{kim}, Recipients: []timeline.Actor{putin},
			Place: timeline.Place{City: "Vladivostok", Country: "Russia"},
			When:  timeline.When{Start: summit}, Status: timeline.StatusOccurred,
			Evidence: []timeline.Evidence{{Doc: doc}},
		}}}
	}
	t := timeline.Build(report("upi"), report("yonhap"))
	for _, e := range t.Events {
		fmt.Println(e, "- reported by", len(e.Evidence))
	}
	// Output:
	// 2019-04-25 CONSULT/meeting 040 occurred "Kim Jong Un holds a summit with Vladimir Putin" @ Vladivostok, Russia - reported by 2
}
