package parse_test

import (
	"fmt"

	"github.com/dateline-dev/dateline/parse"
)

func ExampleArticle() {
	story := `Nakasone to visit Washington

Updated April 27, 1987 at 4:43 AM

TOKYO, April 27 (Reuters) - Prime Minister Yasuhiro Nakasone sets out Wednesday for Washington.
Talks between President Ronald Reagan and Nakasone are scheduled for Thursday and Friday.
`
	doc, err := parse.Article("nakasone", story, parse.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println("anchor", doc.Anchor.Value, "filed in", doc.Dateline.Place)
	for _, e := range doc.Events {
		fmt.Println(e)
	}
	// Output:
	// anchor 1987-04-27 filed in Tokyo, Japan
	// 1987-04-30 .. 1987-05-01 CONSULT/visit 042 planned "Yasuhiro Nakasone visits Washington" @ Washington, United States
	// 1987-04-29 CONSULT/departure planned "Yasuhiro Nakasone sets out for Washington"
	// 1987-04-30 .. 1987-05-01 CONSULT/meeting 046 planned "Ronald Reagan holds talks with Yasuhiro Nakasone" @ Washington, United States
}

func ExampleRead() {
	// A story from an archive, its stamp and dateline given as fields.
	doc, err := parse.Read(parse.Input{
		ID:        "reuters-16229",
		Published: "1987-04-13T09:06:02",
		Dateline:  "MOSCOW, April 13",
		Text: "U.S. Secretary of State George Shultz arrived in Moscow for talks with Soviet leaders.\n" +
			"    Shultz drove straight from the airport to a meeting with Soviet Foreign Minister Eduard Shevardnadze.\n",
	}, parse.Options{})
	if err != nil {
		panic(err)
	}
	for _, e := range doc.Events {
		fmt.Println(e)
	}
	// Output:
	// 1987-04-13 CONSULT/arrival occurred "George Shultz arrives in Moscow" @ Moscow, Soviet Union
	// 1987-04-13 CONSULT/meeting 046 occurred "George Shultz holds talks with Soviet Union" @ Moscow, Soviet Union
	// 1987-04-13 CONSULT/meeting 040 occurred "George Shultz meets Eduard Shevardnadze" @ Moscow, Soviet Union
	// 1987-04-13 CONSULT/visit 042 occurred "George Shultz visits Soviet Union" @ Soviet Union
}
