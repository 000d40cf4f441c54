package event

import "testing"

var ceremonyTests = []ruleTest{
	{"welcoming ceremony", "President Ronald Reagan greeted Prime Minister Yasuhiro Nakasone at a welcoming ceremony on Thursday.", []string{
		`2019-04-25 OTHER/ceremony occurred "Welcoming ceremony for Yasuhiro Nakasone" @ Tokyo, Japan | Yasuhiro Nakasone >`,
	}},
}

func TestCeremonyRule(t *testing.T) { testRule(t, ceremonyTests) }
