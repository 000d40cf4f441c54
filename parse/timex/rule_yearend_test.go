package timex

import "testing"

var RuleYearEndTests = []tagTest{
	{name: "the year end", anchor: "1987-10-20", text: "Reserves will reach 72 billion dlrs by the year end.", want: []string{`"the year end" DATE 1987 END yearend`}},
	{name: "by year-end", anchor: "1989-11-02", text: "It expects to complete the transaction by year-end.", want: []string{`"year-end" DATE 1989 END yearend`}},
	{name: "by year end", anchor: "1989-10-26", text: "It plans to cut 6,000 jobs by year end.", want: []string{`"year end" DATE 1989 END yearend`}},
	{name: "by year's end", anchor: "1989-10-26", text: "Rules should be in place by year's end.", want: []string{`"year's end" DATE 1989 END yearend`}},
	{name: "since year-end", anchor: "1989-10-30", text: "The percentage change is since year-end.", want: []string{`"year-end" DATE 1988 END yearend`}},
	{name: "adjective", anchor: "1989-10-30", text: "Year-end results were weak, and year-end net fell.", want: nil},
	{name: "end alone", text: "The talks came to an end.", want: nil},
}

func init() { allTagTests = append(allTagTests, RuleYearEndTests) }

func TestRuleYearEnd(t *testing.T) { runTagTests(t, RuleYearEndTests) }
