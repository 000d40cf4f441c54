package timex

import "testing"

var RulePartOfDayTests = []tagTest{
	{name: "late at night", text: "Kim was expected to leave late at night after a tour.", want: []string{`"late at night" TIME 2019-04-26TNI partofday`}},
	{name: "at night", text: "It was cold at night.", want: []string{`"night" TIME 2019-04-26TNI partofday`}},
	{name: "in the morning", text: "He left in the morning.", want: []string{`"the morning" TIME 2019-04-26TMO partofday`}},
	{name: "early in the morning", text: "He left early in the morning.", want: []string{`"early in the morning" TIME 2019-04-26TMO partofday`}},
	{name: "noun", text: "The morning papers ran it.", want: nil},
}

func init() { allTagTests = append(allTagTests, RulePartOfDayTests) }

func TestRulePartOfDay(t *testing.T) { runTagTests(t, RulePartOfDayTests) }
