package event

import "testing"

var bodyTests = []ruleTest{
	{"named before the noun", "The OPEC conference ended on Saturday.", []string{
		`2019-04-20 CONSULT/multilateral 040 occurred "Meeting of OPEC" @ Tokyo, Japan | OPEC >`,
	}},
	{"a council session", "A special ICO council session opened this afternoon.", []string{
		`2019-04-26T12:00 .. 2019-04-26T17:59 CONSULT/multilateral 040 occurred "Meeting of International Coffee Organization" @ Tokyo, Japan | International Coffee Organization >`,
	}},
	{"the subject winds it up", "The Asian Development Bank (ADB) today wound up a three-day meeting.", []string{
		`2019-04-24 .. 2019-04-26 CONSULT/multilateral 040 occurred "Meeting of Asian Development Bank" @ Tokyo, Japan | Asian Development Bank >`,
	}},
	{"no body, no meeting of one", "The board meeting ended on Saturday.", nil},
}

func TestBodyRule(t *testing.T) { testRule(t, bodyTests) }
