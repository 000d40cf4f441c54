package timex

import "testing"

var RuleQuarterTests = []tagTest{
	{name: "third quarter", text: "Profit rose in the third quarter.", want: []string{`"the third quarter" DATE 2019-Q3 quarter`}},
	{name: "with year", text: "Profit rose in the fourth quarter of 2018.", want: []string{`"the fourth quarter of 2018" DATE 2018-Q4 quarter`}},
	{name: "adjective", text: "third-quarter profit", want: []string{`"third-quarter" DATE 2019-Q3 quarter`}},
	{name: "Q", text: "in Q1 2018", want: []string{`"Q1 2018" DATE 2018-Q1 quarter`}},
	{name: "half", text: "in the first half of 2019", want: []string{`"the first half of 2019" DATE 2019-H1 quarter`}},
	{name: "half this year", text: "in the second half of this year", want: []string{`"the second half of this year" DATE 2019-H2 quarter`}},
	{name: "half without year", text: "He scored in the second half.", want: nil},
}

func init() { allTagTests = append(allTagTests, RuleQuarterTests) }

func TestRuleQuarter(t *testing.T) { runTagTests(t, RuleQuarterTests) }
