package timeml_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/dateline-dev/dateline/parse/timeml"
	"github.com/dateline-dev/dateline/parse/timex"
)

const exampleDoc = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1989-10-25" functionInDocument="CREATION_TIME">10/25/89</TIMEX3></DCT>
<TEXT>
Sales at AT&amp;T <EVENT eid="e1" class="OCCURRENCE">rose</EVENT> <TIMEX3 tid="t31" type="DATE" value="1988">last year</TIMEX3> and will rise again <TIMEX3 tid="t32" type="DATE" value="1989-Q4">this quarter</TIMEX3>.
</TEXT>
</TimeML>
`

// Tag a TimeML document anchored at its creation time, write it with
// the tagger's TIMEX3 tags and score them against the gold ones.
func Example() {
	gold, err := timeml.Read(strings.NewReader(exampleDoc))
	if err != nil {
		panic(err)
	}
	anchor, err := gold.Anchor()
	if err != nil {
		panic(err)
	}
	dates, err := timex.New().Tag(gold.Text, anchor)
	if err != nil {
		panic(err)
	}
	if err := timeml.Write(os.Stdout, gold, dates); err != nil {
		panic(err)
	}
	fmt.Print(timeml.Score([]*timeml.Doc{gold}, []*timeml.Doc{gold.WithDates(dates)}))
	// Output:
	// <?xml version="1.0" ?>
	// <TimeML>
	// <DCT><TIMEX3 tid="t0" type="DATE" value="1989-10-25" functionInDocument="CREATION_TIME">10/25/89</TIMEX3></DCT>
	// <TEXT>
	// Sales at AT&amp;T rose <TIMEX3 tid="t1" type="DATE" value="1988">last year</TIMEX3> and will rise again <TIMEX3 tid="t2" type="DATE" value="1989-Q4">this quarter</TIMEX3>.
	// </TEXT>
	// </TimeML>
	// S 2  G 2  relaxed 2  strict 2  type 2  value 2
	// relaxed  P 100.00  R 100.00  F1 100.00
	// strict   P 100.00  R 100.00  F1 100.00
	// type     F1 100.00
	// value    F1 100.00
}

func ExampleRead() {
	d, err := timeml.Read(strings.NewReader(exampleDoc))
	if err != nil {
		panic(err)
	}
	fmt.Printf("DCT %s\n%q\n", d.DCT.Value, d.Text)
	for _, x := range d.Timexes {
		fmt.Printf("%s %s %s %q %s\n", x.ID, x.Type, x.Value, x.Text, x.Span)
	}
	// Output:
	// DCT 1989-10-25
	// "\nSales at AT&T rose last year and will rise again this quarter.\n"
	// t31 DATE 1988 "last year" 20-29
	// t32 DATE 1989-Q4 "this quarter" 50-62
}
