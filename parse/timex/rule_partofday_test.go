package timex

import "testing"

var RulePartOfDayTests = []tagTest{
	{name: "night sky is a thing", text: "The comet will be visible in the night sky.", want: nil},
	{name: "late and early after a preposition", anchor: "1987-10-20", text: "Seoul lost 11 points by late morning, and Singapore fell in late afternoon trading and rose in early-afternoon deals.", want: []string{`"late morning" TIME 1987-10-20TMO END partofday`, `"late afternoon" TIME 1987-10-20TAF END partofday`, `"early-afternoon" TIME 1987-10-20TAF START partofday`}},
	{name: "late morning as a thing or alone", text: "It was a late morning session. He left late morning.", want: nil},
	{name: "morning shift is a thing", text: "He worked during the morning shift.", want: nil},
	{name: "in the morning before a verb", text: "He left in the morning to catch a flight.", want: []string{`"the morning" TIME 2019-04-26TMO partofday`}},
	{name: "late at night", text: "Kim was expected to leave late at night after a tour.", want: []string{`"late at night" TIME 2019-04-26TNI partofday`}},
	{name: "at night", text: "It was cold at night.", want: []string{`"night" TIME 2019-04-26TNI partofday`}},
	{name: "in the morning", text: "He left in the morning.", want: []string{`"the morning" TIME 2019-04-26TMO partofday`}},
	{name: "early in the morning", text: "He left early in the morning.", want: []string{`"early in the morning" TIME 2019-04-26TMO partofday`}},
	{name: "noun", text: "The morning papers ran it.", want: nil},
	{name: "mid afternoon", anchor: "1998-03-06", text: "By mid afternoon, Serb sources were saying the fighting had ended.", want: []string{`"mid afternoon" TIME 1998-03-06TAF MID partofday`}},
	{name: "mid-afternoon yesterday", anchor: "1989-11-02", text: "The index fell by mid-afternoon yesterday.", want: []string{`"mid-afternoon yesterday" TIME 1989-11-01TAF MID partofday`}},
	{name: "midmorning", text: "Trading slowed by midmorning.", want: []string{`"midmorning" TIME 2019-04-26TMO MID partofday`}},
	{name: "midnight no part", text: "It ended at midnight.", want: []string{`"midnight" TIME 2019-04-26T24:00 clock`}},
}

func init() { allTagTests = append(allTagTests, RulePartOfDayTests) }

func TestRulePartOfDay(t *testing.T) { runTagTests(t, RulePartOfDayTests) }
