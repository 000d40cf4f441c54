package timex

import "testing"

var RuleAgoTests = []tagTest{
	{name: "from now", anchor: "2013-03-22", text: "A year from now, the plant will be closed.", want: []string{`"A year from now" DATE 2014 ago`}},
	{name: "from today", anchor: "2013-03-22", text: "The vote is two weeks from today.", want: []string{`"two weeks from today" DATE 2013-W14 ago`}},
	{name: "about, from now", anchor: "2013-03-22", text: "It opens about three days from now.", want: []string{`"about three days from now" DATE 2013-03-25 APPROX ago`}},
	{name: "vague from now", anchor: "2013-03-22", text: "Several years from now we will know.", want: []string{`"Several years from now" DATE FUTURE_REF ago`}},
	{name: "from now on", anchor: "2013-03-22", text: "From now on, rules apply.", want: []string{`"now" DATE PRESENT_REF ref`}},
	{name: "days", text: "He arrived three days ago.", want: []string{`"three days ago" DATE 2019-04-23 ago`}},
	{name: "weeks", text: "They met two weeks ago.", want: []string{`"two weeks ago" DATE 2019-W15 ago`}},
	{name: "months", text: "It opened six months ago.", want: []string{`"six months ago" DATE 2018-10 ago`}},
	{name: "a year", text: "It closed a year ago.", want: []string{`"a year ago" DATE 2018 ago`}},
	{name: "about", text: "It closed about a year ago.", want: []string{`"about a year ago" DATE 2018 APPROX ago`}},
	{name: "decades", text: "It ended two decades ago.", want: []string{`"two decades ago" DATE 1999 ago`}},
	{name: "vague", text: "It ended several years ago.", want: []string{`"several years ago" DATE PAST_REF ago`}},
	// Regression: "a year earlier" was a duration (P1Y); TimeML dates it.
	{name: "year earlier", text: "Sales were up from $3 million a year earlier.", want: []string{`"a year earlier" DATE 2018 ago`}},
	{name: "earlier than compares", text: "It will tighten standards by 2014, a year earlier than planned.", want: []string{`"2014" DATE 2014 year`, `"a year" DURATION P1Y duration`}},
	{name: "days earlier is no date", text: "He had arrived two days earlier.", want: []string{`"two days" DURATION P2D duration`}},
	{name: "digits", text: "It ended 10 years ago.", want: []string{`"10 years ago" DATE 2009 ago`}},
	{name: "a year before the month", text: "Home prices rose 8.1 percent in January from a year earlier.", anchor: "2013-03-22", want: []string{`"January" DATE 2013-01 month`, `"a year earlier" DATE 2012-01 ago`}},
	{name: "month in another sentence", text: "Home prices rose in January. A year earlier they fell.", anchor: "2013-03-22", want: []string{`"January" DATE 2013-01 month`, `"A year earlier" DATE 2012 ago`}},
}

func init() { allTagTests = append(allTagTests, RuleAgoTests) }

func TestRuleAgo(t *testing.T) { runTagTests(t, RuleAgoTests) }
