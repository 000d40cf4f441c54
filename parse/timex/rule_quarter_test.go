package timex

import "testing"

var RuleQuarterTests = []tagTest{
	{name: "third quarter", text: "Profit rose in the third quarter.", want: []string{`"the third quarter" DATE 2019-Q3 quarter`}},
	{name: "with year", text: "Profit rose in the fourth quarter of 2018.", want: []string{`"the fourth quarter of 2018" DATE 2018-Q4 quarter`}},
	{name: "adjective", text: "third-quarter profit", want: []string{`"third-quarter" DATE 2019-Q3 quarter`}},
	{name: "Q", text: "in Q1 2018", want: []string{`"Q1 2018" DATE 2018-Q1 quarter`}},
	{name: "half", text: "in the first half of 2019", want: []string{`"the first half of 2019" DATE 2019-H1 quarter`}},
	{name: "half this year", text: "in the second half of this year", want: []string{`"the second half of this year" DATE 2019-H2 quarter`}},
	{name: "year before", text: "In the 1988 third quarter, it lost money.", want: []string{`"the 1988 third quarter" DATE 1988-Q3 quarter`}},
	{name: "this year's", text: "Net sales for this year's third quarter rose.", want: []string{`"this year's third quarter" DATE 2019-Q3 quarter`}},
	{name: "next year's", text: "It could be effective as early as next year's first quarter.", want: []string{`"next year's first quarter" DATE 2020-Q1 quarter`}},
	{name: "year-earlier", text: "In the year-earlier third quarter, it earned $2 million.", want: []string{`"the year-earlier third quarter" DATE 2018-Q3 quarter`}},
	{name: "half without year", text: "He scored in the second half.", want: nil},
}

func init() { allTagTests = append(allTagTests, RuleQuarterTests) }

func TestRuleQuarter(t *testing.T) { runTagTests(t, RuleQuarterTests) }
