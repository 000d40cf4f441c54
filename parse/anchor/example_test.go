package anchor_test

import (
	"fmt"

	"github.com/dateline-dev/dateline/parse/anchor"
)

func ExampleFind() {
	story := `Kim leaves Vladivostok

Updated April 26, 2019 at 3:43 PM

VLADIVOSTOK, Russia, April 26 (UPI) -- North Korean leader Kim Jong Un left Vladivostok on Friday.
`
	dl, ok := anchor.Find(story)
	if !ok {
		fmt.Println("no dateline")
		return
	}
	stamp, _ := anchor.FindStamp(story[:dl.Span.Start])
	day, err := anchor.Resolve(dl.Date, stamp.Earliest)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%q\n", dl.Text)
	fmt.Println("filed in", dl.Place, "by", dl.Agency)
	fmt.Println("stamp", stamp.Value, "dateline", dl.Date.Value, "is", day.Value)
	// Output:
	// "VLADIVOSTOK, Russia, April 26 (UPI) --"
	// filed in Vladivostok, Russia by UPI
	// stamp 2019-04-26T15:43 dateline XXXX-04-26 is 2019-04-26
}

func ExampleResolve() {
	// A Reuters story stamped on Monday, March 16, 1987, filed on Friday.
	dl := anchor.Field("ZURICH, March 13")
	stamp, _ := anchor.FindStamp("1987-03-16T05:13:00")
	day, err := anchor.Resolve(dl.Date, stamp.Earliest)
	fmt.Println(day.Value, err)

	// 1987 has no February 29, and 1988's is a year away.
	dl = anchor.Field("WASHINGTON, Feb. 29")
	stamp, _ = anchor.FindStamp("1987-03-01T10:00:00")
	_, err = anchor.Resolve(dl.Date, stamp.Earliest)
	fmt.Println(err)
	// Output:
	// 1987-03-13 <nil>
	// dateline "Feb. 29" near stamp 1987-03-01: no such day within 7 days
}
