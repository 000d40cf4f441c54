package timex

import "testing"

var RuleCenturyTests = []tagTest{
	{name: "digits", text: "built in the 19th century", want: []string{`"the 19th century" DATE 18 century`}},
	{name: "words", text: "in the twenty-first century", want: []string{`"the twenty-first century" DATE 20 century`}},
	{name: "late", text: "in the late 19th century", want: []string{`"the late 19th century" DATE 18 END century`}},
}

func init() { allTagTests = append(allTagTests, RuleCenturyTests) }

func TestRuleCentury(t *testing.T) { runTagTests(t, RuleCenturyTests) }
