package event

import "testing"

var ceremonyTests = []ruleTest{
	{"a ceremony held for a guest is the guest's", "On Tuesday, Queen Elizabeth II held a grand welcome ceremony for Chinese President Xi Jinping at Buckingham Palace.", []string{
		`2019-04-23 OTHER/ceremony occurred "Welcome ceremony for Xi Jinping" @ Tokyo, Japan | Elizabeth II > Xi Jinping`,
	}},
	{"welcoming ceremony", "President Ronald Reagan greeted Prime Minister Yasuhiro Nakasone at a welcoming ceremony on Thursday.", []string{
		`2019-04-25 OTHER/ceremony occurred "Welcoming ceremony for Yasuhiro Nakasone" @ Tokyo, Japan | Yasuhiro Nakasone >`,
	}},
}

func TestCeremonyRule(t *testing.T) { testRule(t, ceremonyTests) }
