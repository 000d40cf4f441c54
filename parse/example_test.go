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
	// 1987-04-29 CONSULT/departure planned "Yasuhiro Nakasone sets out for Washington"
	// 1987-04-30 .. 1987-05-01 CONSULT/meeting 046 planned "Ronald Reagan holds talks with Yasuhiro Nakasone" @ Washington, United States
}
