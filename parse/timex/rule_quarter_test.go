package timex

import "testing"

var RuleQuarterTests = []tagTest{
	// A quarter without its year nearest the one in focus: on a tie,
	// the earlier in a past clause, the later otherwise.
	// A quarter named by its month: the quarter it ends or lies in.
	{name: "the previous quarter in focus", anchor: "1987-03-05", text: "Sales in the December quarter totalled 6.17 billion compared with 6.70 billion in the previous quarter and 6.10 billion a year ago.", want: []string{`"the December quarter" DATE 1986-Q4 quarter`, `"previous quarter" DATE 1986-Q3 relative`, `"a year ago" DATE 1985-Q4 ago`}},
	{name: "a year earlier than the first quarter of its sentence", anchor: "1987-03-05", text: "Output rose in the December quarter from the September quarter and from a year earlier.", want: []string{`"the December quarter" DATE 1986-Q4 quarter`, `"the September quarter" DATE 1986-Q3 quarter`, `"a year earlier" DATE 1985-Q4 ago`}},
	{name: "figures of a quarter just ended, to come", anchor: "2013-03-22", text: "Investors will watch the report on fourth-quarter economic growth, due Thursday.", want: []string{`"fourth-quarter" DATE 2012-Q4 quarter`, `"Thursday" DATE 2013-03-28 weekday`}},
	{name: "a loss to report", anchor: "1987-03-03", text: "Zenith said the company will report a fourth quarter loss.", want: []string{`"fourth quarter" DATE 1986-Q4 quarter`}},
	{name: "a half to come is no report", anchor: "1987-03-26", text: "Lucas said its performance would improve in the second half but profits would be restrained.", want: []string{`"the second half" DATE 1987-H2 quarter`}},
	{name: "a count of quarters in a row", anchor: "2013-03-21", text: "Revenue fell short of expectations for the second quarter in a row.", want: nil},
	{name: "a count of quarters running", anchor: "2013-03-21", text: "It was the third quarter running that sales fell.", want: nil},
	{name: "the December quarter", anchor: "2013-03-22", text: "Apple reported record revenue for the December quarter.", want: []string{`"the December quarter" DATE 2012-Q4 quarter`}},
	{name: "the March quarter ahead", anchor: "2013-03-22", text: "It expects revenue in the March quarter of $41 billion.", want: []string{`"the March quarter" DATE 2013-Q1 quarter`}},
	{name: "the month and year quarter", anchor: "1987-03-22", text: "Output rose in the March 1986 quarter.", want: []string{`"the March 1986 quarter" DATE 1986-Q1 quarter`}},
	{name: "a month before quarterly", anchor: "1987-03-22", text: "The March quarterly figure rose.", want: []string{`"March" DATE 1987-03 month`, `"quarterly" SET P3M set`}},
	{name: "tie in a past clause", anchor: "1987-04-01", text: "Stocks rose in the quarter ended March 31, after a rise during the third quarter.", want: []string{`"the quarter" DATE 1987-Q1 period`, `"March 31" DATE 1987-03-31 monthday`, `"the third quarter" DATE 1986-Q3 quarter`}},
	{name: "tie ahead", anchor: "1987-04-01", text: "Sales rose in the quarter ended March 31, and closing is expected in the third quarter.", want: []string{`"the quarter" DATE 1987-Q1 period`, `"March 31" DATE 1987-03-31 monthday`, `"the third quarter" DATE 1987-Q3 quarter`}},
	{name: "final quarter of a year", anchor: "2013-03-06", text: "The economy shrank 0.6 percent in the final quarter of 2012.", want: []string{`"the final quarter of 2012" DATE 2012-Q4 quarter`}},
	{name: "third quarter", text: "Profit will rise in the third quarter.", want: []string{`"the third quarter" DATE 2019-Q3 quarter`}},
	// A past-tense report names last year's quarter only soon after it
	// ends; months later the past tense is a plan made for this year's.
	{name: "plan for a quarter", text: "In December, OPEC set a provisional limit for the third quarter.", anchor: "1987-06-29", want: []string{`"December" DATE 1986-12 month`, `"the third quarter" DATE 1987-Q3 quarter`}},
	// The end, start or middle of a quarter or half is its mod.
	{name: "the end of a quarter", anchor: "1987-03-12", text: "Supply and demand would be balanced by the end of the second quarter.", want: []string{`"the end of the second quarter" DATE 1987-Q2 END quarter`}},
	{name: "the very end of a half", anchor: "2012-11-15", text: "At the very end of the first half, debt stood at $2 billion.", want: []string{`"the very end of the first half" DATE 2012-H1 END quarter`}},
	{name: "the beginning of a quarter with its year", anchor: "2012-11-15", text: "The plant closed at the beginning of the second quarter of 2011.", want: []string{`"the beginning of the second quarter of 2011" DATE 2011-Q2 START quarter`}},
	{name: "late in a quarter", anchor: "1987-03-02", text: "Demand picked up in the late fourth quarter.", want: []string{`"the late fourth quarter" DATE 1986-Q4 END quarter`}},
	// A quarter or half long over, spoken of in the future, is next
	// year's; figures still to be reported are not.
	{name: "a half long over, ahead", anchor: "2012-11-15", text: "The company expects to return to profit in the first half.", want: []string{`"the first half" DATE 2013-H1 quarter`}},
	{name: "a quarter long over, ahead", anchor: "2012-11-15", text: "The company will cut 2,000 jobs in the second quarter.", want: []string{`"the second quarter" DATE 2013-Q2 quarter`}},
	{name: "a quarter long over, in the past", anchor: "2012-11-15", text: "Sales fell in the second quarter.", want: []string{`"the second quarter" DATE 2012-Q2 quarter`}},
	{name: "a quarter just over, ahead", anchor: "2012-11-15", text: "The company will take a charge in the third quarter.", want: []string{`"the third quarter" DATE 2012-Q3 quarter`}},
	{name: "figures of a quarter long over, to come", anchor: "2012-11-15", text: "The company will restate its second-quarter results.", want: []string{`"second-quarter" DATE 2012-Q2 quarter`}},
	{name: "with its year after it", anchor: "1987-06-16", text: "Inflation pointed to a rate of 172 in fourth quarter 1986, and to 160 in the first half 1987.", want: []string{`"fourth quarter 1986" DATE 1986-Q4 quarter`, `"the first half 1987" DATE 1987-H1 quarter`}},
	{name: "with a split fiscal year", anchor: "1987-03-26", text: "Siemens said first quarter 1986/87 group net profit fell.", want: []string{`"first quarter" DATE 1987-Q1 quarter`}},
	{name: "with year", text: "Profit rose in the fourth quarter of 2018.", want: []string{`"the fourth quarter of 2018" DATE 2018-Q4 quarter`}},
	{name: "adjective", text: "third-quarter profit", want: []string{`"third-quarter" DATE 2019-Q3 quarter`}},
	{name: "Q", text: "in Q1 2018", want: []string{`"Q1 2018" DATE 2018-Q1 quarter`}},
	{name: "half", text: "in the first half of 2019", want: []string{`"the first half of 2019" DATE 2019-H1 quarter`}},
	{name: "half this year", text: "in the second half of this year", want: []string{`"the second half of this year" DATE 2019-H2 quarter`}},
	{name: "year before", text: "In the 1988 third quarter, it lost money.", want: []string{`"the 1988 third quarter" DATE 1988-Q3 quarter`}},
	{name: "this year's", text: "Net sales for this year's third quarter rose.", want: []string{`"this year's third quarter" DATE 2019-Q3 quarter`}},
	{name: "next year's", text: "It could be effective as early as next year's first quarter.", want: []string{`"next year's first quarter" DATE 2020-Q1 quarter`}},
	{name: "year-earlier", text: "In the year-earlier third quarter, it earned $2 million.", want: []string{`"the year-earlier third quarter" DATE 2018-Q3 quarter`}},
	{name: "half without year in sport", text: "He scored in the second half.", want: nil},
	{name: "half without year", text: "Growth will pick up in the second half.", want: []string{`"the second half" DATE 2019-H2 quarter`}},
	{name: "first half without year", text: "Sales fell in the first half, the company said.", want: []string{`"the first half" DATE 2019-H1 quarter`}},
	{name: "half of the year", text: "Prices fell in the first half of the year.", want: []string{`"the first half of the year" DATE 2019-H1 quarter`}},
	{name: "half of a given year", text: "Sales rose in the second half of 2013.", want: []string{`"the second half of 2013" DATE 2013-H2 quarter`}},
	{name: "half adjective", text: "The bank expects second-half growth.", want: []string{`"second-half" DATE 2019-H2 quarter`}},
	{name: "past second half before it comes", text: "Profit rose in the second half.", want: []string{`"the second half" DATE 2018-H2 quarter`}},
	{name: "past second half after it began", anchor: "2019-10-30", text: "Profit rose in the second half.", want: []string{`"the second half" DATE 2019-H2 quarter`}},
	{name: "half of a match", text: "Liverpool scored twice in the first half.", want: nil},
	{name: "half of something else", text: "Stocks rose in the second half of the session.", want: nil},
	{name: "half hour", text: "Stocks rose in the first half hour of trading.", want: []string{`"the first half hour" DURATION PT30M halfhour`}},
	{name: "half-time", text: "The team led at the first half-time break.", want: nil},
	{name: "third half", text: "the third half", want: nil},
	{name: "past quarter not begun", text: "The company reported fourth-quarter profit on Tuesday.", anchor: "2013-03-22", want: []string{`"fourth-quarter" DATE 2012-Q4 quarter`, `"Tuesday" DATE 2013-03-19 weekday`}},
	// Regression: any digit counted as a year, so "Q3" and "the 3rd
	// quarter" were never moved to the quarter in focus.
	{name: "Q3 nearest the quarter in focus", text: "GDP shrank 0.6% in the fourth quarter from Q3.", anchor: "2013-03-22", want: []string{`"the fourth quarter" DATE 2012-Q4 quarter`, `"Q3" DATE 2012-Q3 quarter`}},
	{name: "future quarter not begun", text: "It expects fourth-quarter sales will rise.", anchor: "2013-03-22", want: []string{`"fourth-quarter" DATE 2013-Q4 quarter`}},
	{name: "past quarter begun", text: "Profit rose in the first quarter.", anchor: "2013-03-22", want: []string{`"the first quarter" DATE 2013-Q1 quarter`}},
	{name: "half of a month", text: "Traders bought palm oil for second half March shipments.", anchor: "1987-03-02", want: []string{`"March" DATE 1987-03 month`}},
	{name: "the before an adjective", text: "It released the third-quarter results.", anchor: "1989-10-26", want: []string{`"third-quarter" DATE 1989-Q3 quarter`}},
}

func init() { allTagTests = append(allTagTests, RuleQuarterTests) }

func TestRuleQuarter(t *testing.T) { runTagTests(t, RuleQuarterTests) }
