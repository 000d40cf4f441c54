package parse

import "testing"

var summitTests = []ruleTest{
	{"summit with, past weekday", "On Thursday, North Korean leader Kim Jong Un held a summit with Russian President Vladimir Putin.", []string{
		`2019-04-25 CONSULT/meeting 040 occurred "Kim Jong Un holds a summit with Vladimir Putin" @ Tokyo, Japan | Kim Jong Un > Vladimir Putin`,
	}},
	{"summit planned", "President Ronald Reagan and Soviet leader Mikhail Gorbachev will hold a summit in Washington next month.", []string{
		`2019-05-01 .. 2019-05-31 CONSULT/meeting 040 planned "Ronald Reagan holds a summit with Mikhail Gorbachev" @ Washington, United States | Ronald Reagan > Mikhail Gorbachev`,
	}},
}

func TestSummitRule(t *testing.T) { testRule(t, summitTests) }
