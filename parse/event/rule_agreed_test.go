package event

import "testing"

var agreedTests = []ruleTest{
	{"leaders of two states who agreed something met", "South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida agreed Thursday to restore shuttle diplomacy between their leaders.", []string{
		`2019-04-25 CONSULT/meeting 040 occurred "Yoon Suk Yeol meets Fumio Kishida" @ Tokyo, Japan | Yoon Suk Yeol > Fumio Kishida`,
		`2019-04-25 CONSULT/visit 042 occurred "Yoon Suk Yeol visits Japan" @ Japan | Yoon Suk Yeol > Fumio Kishida`,
	}},
	{"agreed by telephone: the call", "Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed Friday in a phone call to start consultations.", []string{
		`2019-04-26 CONSULT/phone 041 occurred "Shinzo Abe speaks by telephone with Vladimir Putin" | Shinzo Abe > Vladimir Putin`,
	}},
	{"agreed at a summit: the summit", "U.S. President Joe Biden and Russian President Vladimir Putin agreed on Wednesday to return their ambassadors, at a summit in Geneva.", []string{
		`2019-04-24 CONSULT/meeting 040 occurred "Joe Biden holds a summit with Vladimir Putin" @ Geneva, Switzerland | Joe Biden > Vladimir Putin`,
	}},
	{"the time of what is agreed is no time of the agreeing", "U.S. Defense Secretary Jim Mattis and South Korean Defense Minister Song Young-moo agreed to continue discussions at the Security Consultative Committee, scheduled for May 28.", nil},
	{"two of one state agree at home, no diplomacy", "Japanese Prime Minister Shinzo Abe and Japanese Foreign Minister Taro Kono agreed on Friday to raise the issue.", nil},
	{"a body's members agree in session", "OPEC ministers agreed in Vienna on Saturday to cut output.", []string{
		`2019-04-20 CONSULT/multilateral 040 occurred "Meeting of OPEC" @ Vienna, Austria | OPEC >`,
	}},
}

func TestAgreedRule(t *testing.T) { testRule(t, agreedTests) }
