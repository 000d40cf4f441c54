package parse

import "testing"

var hostTests = []ruleTest{
	{"host a leader", "President Ronald Reagan will host Prime Minister Yasuhiro Nakasone on Thursday.", []string{
		`2019-05-02 CONSULT/visit 043 planned "Ronald Reagan hosts Yasuhiro Nakasone" | Ronald Reagan > Yasuhiro Nakasone`,
	}},
	{"host an event is no visit", "The city hosted a trade fair last week.", nil},
}

func TestHostRule(t *testing.T) { testRule(t, hostTests) }
