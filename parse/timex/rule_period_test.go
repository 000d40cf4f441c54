package timex

import "testing"

var RulePeriodTests = []tagTest{
	{name: "a year-ago quarter compared keeps the focus", anchor: "1987-04-08", text: "Compaq said first-quarter sales rose to 200 mln dlrs from 144 mln dlrs for the first quarter 1986. Demand was strong across the quarter.", want: []string{`"first-quarter" DATE 1987-Q1 quarter`, `"the first quarter 1986" DATE 1986-Q1 quarter`, `"the quarter" DATE 1987-Q1 period`}},
	{name: "a quarter ahead of the one in focus", anchor: "1987-03-20", text: "Inflows totalled a billion dlrs in fourth-quarter 1986. The loan will be drawn down in the second quarter.", want: []string{`"fourth-quarter 1986" DATE 1986-Q4 quarter`, `"the second quarter" DATE 1987-Q2 quarter`}},
	{name: "the end of a quarter in focus keeps its mod", anchor: "1987-03-12", text: "Only one firm will lift oil in the second quarter, and supply would balance by the end of the second quarter.", want: []string{`"the second quarter" DATE 1987-Q2 quarter`, `"the end of the second quarter" DATE 1987-Q2 END quarter`}},
	{name: "the year ended across a line", anchor: "1987-04-01", text: "Praxis reported a net loss for the year\nended June 30, 1986, and a loss for the year\nof about 4.5 mln dlrs.", want: []string{`"the year" DURATION P1Y period`, `"June 30, 1986" DATE 1986-06-30 monthday`, `"the year" DATE 1987 period`}},
	// "the same period last year" is one expression: the quarter in
	// focus a year back, or else last year; either way the focus ends.
	{name: "the same period last year, no quarter in focus", anchor: "1987-04-24", text: "Sales were 13,218 so far this year, down from 21,943 during the same period last year.", want: []string{`"this year" DATE 1987 relative`, `"the same period last year" DATE 1986 period`}},
	{name: "the corresponding period last year, a quarter in focus", anchor: "1987-04-24", text: "Profit in the first quarter rose from the corresponding period last year. Sales in the same period fell.", want: []string{`"the first quarter" DATE 1987-Q1 quarter`, `"the corresponding period last year" DATE 1986-Q1 period`, `"the same period" DATE 1986-Q1 period`}},
	{name: "the quarter", text: "Sales rose 5% in the quarter.", want: []string{`"the quarter" DATE 2019-Q1 period`}},
	// A quarter named by its end is the calendar quarter of that month.
	{name: "the quarter ended", anchor: "2013-03-22", text: "Net income for the quarter ended Feb. 28 rose from a year earlier.", want: []string{`"the quarter" DATE 2013-Q1 period`, `"Feb. 28" DATE 2013-02-28 monthday`, `"a year earlier" DATE 2012-Q1 ago`}},
	{name: "the quarter ended after the one in focus", anchor: "2013-03-22", text: "Investors will watch the report on fourth-quarter growth. Nike said profit in the quarter ended Feb. 28 rose 13%.", want: []string{`"fourth-quarter" DATE 2012-Q4 quarter`, `"the quarter" DATE 2013-Q1 period`, `"Feb. 28" DATE 2013-02-28 monthday`}},
	{name: "the quarter ended last year", anchor: "2013-03-22", text: "Sales rose in the quarter ended Sept. 30.", want: []string{`"the quarter" DATE 2012-Q3 period`, `"Sept. 30" DATE 2012-09-30 monthday`}},
	{name: "the quarter ending", anchor: "1987-06-02", text: "The gain will be recognized in the quarter ending June 30.", want: []string{`"the quarter" DATE 1987-Q2 period`, `"June 30" DATE 1987-06-30 monthday`}},
	{name: "the quarter ended with its year", anchor: "1987-06-19", text: "In the quarter ended August 30, 1986, it earned 45.6 mln dlrs.", want: []string{`"the quarter" DATE 1986-Q3 period`, `"August 30, 1986" DATE 1986-08-30 monthday`}},
	{name: "the quarter ended after a fiscal quarter", anchor: "1987-03-13", text: "It expects a loss in the second quarter. Revenues in the quarter ended March 5 rose.", want: []string{`"the second quarter" DATE 1987-Q2 quarter`, `"the quarter" DATE 1987-Q2 period`, `"March 5" DATE 1987-03-05 monthday`}},
	{name: "latest quarter", text: "Profit fell in the latest quarter.", want: []string{`"the latest quarter" DATE 2019-Q1 period`}},
	{name: "latest period", text: "Sales in the latest period were $1.7 billion.", want: []string{`"the latest period" DATE 2019-Q1 period`}},
	{name: "year-earlier quarter", text: "It earned $2 million in the year-earlier quarter.", want: []string{`"the year-earlier quarter" DATE 2018-Q1 period`}},
	{name: "year-ago period", text: "In the year-ago period, it lost money.", want: []string{`"the year-ago period" DATE 2018-Q1 period`}},
	{name: "year period", text: "In the 2018 period, it lost money.", want: []string{`"the 2018 period" DATE 2018-Q1 period`}},
	{name: "last year's quarter", text: "Sales for last year's quarter were $3 million.", want: []string{`"last year's quarter" DATE 2018-Q1 period`}},
	{name: "year-earlier alone", text: "It compared with year-earlier profit of $3 million.", want: []string{`"year-earlier" DATE 2018 period`}},
	{name: "for the full year", text: "Sales for the full year were $6.6 billion.", want: []string{`"the full year" DATE 2019 period`}},
	{name: "of the year", text: "Revenue fell in the first nine months of the year.", want: []string{`"the first nine months" DURATION P9M duration`, `"the year" DATE 2019 period`}},
	{name: "year ended", text: "For the year ended Sept. 30, it earned $422 million.", want: []string{`"the year" DURATION P1Y period`, `"Sept. 30" DATE 2018-09-30 monthday`}},
	// Not the year in progress: the year before the one in focus, read by
	// ruleNarrative.
	{name: "the year before", text: "It fell from $450 million in the year before.", want: []string{`"the year before" DATE 2018 narrative`}},
	{name: "the year alone", text: "The year was hard.", want: nil},
	{name: "period alone", text: "The period was hard.", want: nil},
	{name: "a quarter", text: "A quarter of the shares changed hands.", want: nil},
	{name: "quarter-point", text: "The Fed made the quarter-point cut.", want: nil},
	// The quarter in focus: business news compares a quarter with the
	// same quarter a year before.
	{name: "focus a year ago", anchor: "1989-11-02", text: "Du Pont reported third-quarter profit of $5 million, up from $4 million a year ago.",
		want: []string{`"third-quarter" DATE 1989-Q3 quarter`, `"a year ago" DATE 1988-Q3 ago`}},
	{name: "focus a year earlier", anchor: "1989-10-26", text: "It had a loss in the fiscal first quarter. A year earlier, it earned $2 million.",
		want: []string{`"the fiscal first quarter" DATE 1989-Q1 quarter`, `"A year earlier" DATE 1988-Q1 ago`}},
	{name: "focus year-earlier", anchor: "1989-11-02", text: "It lost money in the third quarter, compared with a year-earlier profit.",
		want: []string{`"the third quarter" DATE 1989-Q3 quarter`, `"year-earlier" DATE 1988-Q3 period`}},
	{name: "focus the quarter", anchor: "1989-10-26", text: "Sun earned $5 million in the fiscal first quarter. Sun shipped 28,000 systems in the quarter.",
		want: []string{`"the fiscal first quarter" DATE 1989-Q1 quarter`, `"the quarter" DATE 1989-Q1 period`}},
	{name: "focus ends at nine months", anchor: "1989-11-02", text: "Profit rose in the third quarter. For the nine months, net was $3 million, up from $2 million a year earlier.",
		want: []string{`"the third quarter" DATE 1989-Q3 quarter`, `"the nine months" DURATION P9M duration`, `"a year earlier" DATE 1988 ago`}},
	{name: "no focus", anchor: "1989-11-02", text: "The plant closed a year ago.", want: []string{`"a year ago" DATE 1988 ago`}},
	{name: "the quarter a year ago", text: "It lost money in the third quarter. For the quarter a year ago, it earned $5 million.", anchor: "1989-10-26", want: []string{`"the third quarter" DATE 1989-Q3 quarter`, `"the quarter a year ago" DATE 1988-Q3 ago`}},
}

func init() { allTagTests = append(allTagTests, RulePeriodTests) }

func TestRulePeriod(t *testing.T) { runTagTests(t, RulePeriodTests) }
