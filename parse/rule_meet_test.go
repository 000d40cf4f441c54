package parse

import "testing"

var meetTests = []ruleTest{
	{"met direct object", "Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze on Tuesday.", []string{
		`2019-04-23 CONSULT/meeting 040 occurred "George Shultz meets Eduard Shevardnadze" @ Tokyo, Japan | George Shultz > Eduard Shevardnadze`,
	}},
	{"meeting with", "Chinese Premier Zhao Ziyang had a meeting with President Ronald Reagan on Wednesday.", []string{
		`2019-04-24 CONSULT/meeting 040 occurred "Zhao Ziyang meets Ronald Reagan" @ Tokyo, Japan | Zhao Ziyang > Ronald Reagan`,
	}},
	{"committee met: no recipient", "The committee met on Monday to discuss the budget.", nil},
}

func TestMeetRule(t *testing.T) { testRule(t, meetTests) }
