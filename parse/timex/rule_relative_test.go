package timex

import "testing"

var RuleRelativeTests = []tagTest{
	// "the week" before the day that ends it is that day's ISO week.
	{name: "the week ended", anchor: "1987-02-26", text: "Arrivals for the week ended February 22 were 155,221 bags.", want: []string{`"the week" DATE 1987-W08 relative`, `"February 22" DATE 1987-02-22 monthday`}},
	{name: "the week to a weekday", anchor: "1987-02-26", text: "Borrowings fell in the week to Wednesday February 25.", want: []string{`"the week" DATE 1987-W09 relative`, `"Wednesday February 25" DATE 1987-02-25 monthday`}},
	{name: "the week alone", anchor: "1987-02-26", text: "Borrowings fell during the week.", want: nil},
	{name: "this week", text: "He arrived this week.", want: []string{`"this week" DATE 2019-W17 relative`}},
	{name: "last week", text: "They met last week.", want: []string{`"last week" DATE 2019-W16 relative`}},
	{name: "next month", text: "They meet next month.", want: []string{`"next month" DATE 2019-05 relative`}},
	{name: "last year", text: "Sales fell last year.", want: []string{`"last year" DATE 2018 relative`}},
	{name: "this year", text: "Talks began this year.", want: []string{`"this year" DATE 2019 relative`}},
	// Regression: "earlier" and "later" were left out of the extent,
	// though TimeML takes them in as START and END.
	{name: "earlier this year", text: "Talks began earlier this year.", want: []string{`"earlier this year" DATE 2019 START relative`}},
	{name: "later this month", text: "Talks resume later this month.", want: []string{`"later this month" DATE 2019-04 END relative`}},
	{name: "this quarter", text: "Profit fell this quarter.", want: []string{`"this quarter" DATE 2019-Q2 relative`}},
	{name: "weekend", text: "He golfed last weekend.", want: []string{`"last weekend" DATE 2019-W16-WE relative`}},
	{name: "the weekend past", anchor: "1990-08-13", text: "Pentagon officials said over the weekend that a carrier sailed.", want: []string{`"the weekend" DATE 1990-W32-WE relative`}},
	{name: "the weekend future", anchor: "1990-08-15", text: "The talks will resume over the weekend.", want: []string{`"the weekend" DATE 1990-W33-WE relative`}},
	{name: "ahead of the weekend, on a Friday", anchor: "2013-03-22", text: "Trading volume was light ahead of the weekend.", want: []string{`"the weekend" DATE 2013-W12-WE relative`}},
	{name: "before the weekend, on a Monday", anchor: "2013-03-18", text: "Officials met before the weekend.", want: []string{`"the weekend" DATE 2013-W11-WE relative`}},
	{name: "the weekend on a Sunday", anchor: "1990-08-19", text: "Officials met over the weekend.", want: []string{`"the weekend" DATE 1990-W33-WE relative`}},
	{name: "last night", text: "Fighting broke out last night.", want: []string{`"last night" TIME 2019-04-25TNI relative`}},
	{name: "this morning", text: "He left this morning.", want: []string{`"this morning" TIME 2019-04-26TMO relative`}},
	{name: "end of the year", text: "A deal is due by the end of the year.", want: []string{`"the end of the year" DATE 2019 END relative`}},
	{name: "early next year", text: "Elections are due early next year.", want: []string{`"early next year" DATE 2020 START relative`}},
	{name: "the year alone", text: "It was the year of the dog.", want: nil},
	{name: "show title", text: `Baker, speaking on ABC News' "This Week," said so.`, want: nil},
	{name: "quoted not a title", text: `"This week we talk," he said.`, want: []string{`"This week" DATE 2019-W17 relative`}},
	{name: "the current fiscal year", anchor: "1989-10-30", text: "It expects lower sales in the current fiscal year.", want: []string{`"the current fiscal year" DATE 1989 relative`}},
	{name: "the end of the calendar year", anchor: "1987-04-13", text: "Shipments may continue through the end of the calendar year and the end of the current fiscal year.", want: []string{`"the end of the calendar year" DATE 1987 END relative`, `"the end of the current fiscal year" DATE 1987 END relative`}},
	{name: "last calendar year", anchor: "1987-03-25", text: "Net profit rose last calendar year, and this calendar year's will rise; the calendar year is its fiscal year.", want: []string{`"last calendar year" DATE 1986 relative`, `"this calendar year" DATE 1987 relative`}},
	{name: "last fiscal year", text: "Sales rose 3% last fiscal year.", want: []string{`"last fiscal year" DATE 2018 relative`}},
	{name: "this past weekend", text: "This past weekend, thousands rallied.", want: []string{`"This past weekend" DATE 2019-W16-WE relative`}},
	{name: "this past week", text: "Shares fell this past week.", want: []string{`"this past week" DATE 2019-W16 relative`}},
	{name: "fiscal alone is no qualifier", text: "The fiscal year ended.", want: nil},
	{name: "this week on a Sunday, ahead", anchor: "1987-04-26", text: "Reagan, who will hold talks with Nakasone here this week, warned Congress.", want: []string{`"this week" DATE 1987-W18 relative`}},
	{name: "this week on a Sunday, behind", anchor: "1987-04-26", text: "Shares fell this week.", want: []string{`"this week" DATE 1987-W17 relative`}},
	{name: "this financial year", anchor: "2013-03-21", text: "The deficit will fall from 7.4% of GDP this financial year.", want: []string{`"this financial year" DATE 2013 relative`}},
	{name: "later in the week", anchor: "2013-03-22", text: "The minister would travel to Brussels later in the week.", want: []string{`"later in the week" DATE 2013-W12 END relative`}},
	{name: "earlier in the year", anchor: "2013-03-22", text: "Sales fell earlier in the year.", want: []string{`"earlier in the year" DATE 2013 START relative`}},
	{name: "prior quarter", anchor: "1987-03-04", text: "Qtly div 62 cts vs 58 cts in the prior quarter", want: []string{`"prior quarter" DATE 1986-Q4 relative`}},
	{name: "prior month is narrative", anchor: "1987-03-25", text: "Sales rose 5 pct from the prior month.", want: []string{`"the prior month" DATE 1987-02 narrative`}},
}

func init() { allTagTests = append(allTagTests, RuleRelativeTests) }

func TestRuleRelative(t *testing.T) { runTagTests(t, RuleRelativeTests) }
