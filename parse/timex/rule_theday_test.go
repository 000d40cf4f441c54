package timex

import "testing"

var RuleTheDayTests = []tagTest{
	{name: "on the 26th", text: "On the 26th, he left.", want: []string{`"the 26th" DATE 2019-04-26 theday`}},
	{name: "past takes last month", text: "He resigned on the 28th.", want: []string{`"the 28th" DATE 2019-03-28 theday`}},
	{name: "future takes next month", text: "He will resign on the 2nd.", want: []string{`"the 2nd" DATE 2019-05-02 theday`}},
	{name: "nearest without tense", text: "The hearing is set for the 28th.", anchor: "2013-03-22", want: []string{`"the 28th" DATE 2013-03-28 theday`}},
	{name: "by the 30th", text: "The deal must be done by the 30th.", want: []string{`"the 30th" DATE 2019-04-30 theday`}},
	{name: "month in focus", text: "He arrived on April 2 and left on the 5th.", anchor: "2013-03-22",
		want: []string{`"April 2" DATE 2013-04-02 monthday`, `"the 5th" DATE 2013-04-05 theday`}},
	{name: "month in focus past", text: "Talks began in January and ended on the 20th.", anchor: "2013-03-22",
		want: []string{`"January" DATE 2013-01 month`, `"the 20th" DATE 2013-01-20 theday`}},
	{name: "the 28th of March is the day-month rule's", text: "It was set for the 28th of March.", anchor: "2013-03-22",
		want: []string{`"the 28th of March" DATE 2013-03-28 daymonth`}},
	{name: "floor", text: "He lives on the 26th floor.", want: nil},
	{name: "century", text: "It was built in the 19th century.", want: []string{`"the 19th century" DATE 18 century`}},
	{name: "division", text: "He served with the 3rd Infantry.", want: nil},
	{name: "no preposition", text: "The 26th was a good day.", want: nil},
	{name: "a day beyond the month", text: "It ended on the 31st.", anchor: "2019-04-10", want: []string{`"the 31st" DATE 2019-03-31 theday`}},
	{name: "noun on the next line", text: "It was bought by the 21st\nweek of the season.", want: nil},
	{name: "of the month", text: "A record was set on the 19th of the month.", want: nil},
	{name: "not a day", text: "It rose on the 45th.", want: nil},
}

func init() { allTagTests = append(allTagTests, RuleTheDayTests) }

func TestRuleTheDay(t *testing.T) { runTagTests(t, RuleTheDayTests) }
