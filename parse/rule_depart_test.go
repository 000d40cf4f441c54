package parse

import "testing"

var departTests = []ruleTest{
	{"left city", "North Korean leader Kim Jong Un left Vladivostok on Friday.", []string{
		`2019-04-26 CONSULT/departure occurred "Kim Jong Un leaves Vladivostok" @ Vladivostok, Russia | Kim Jong Un >`,
	}},
	{"sets out planned", "Prime Minister Yasuhiro Nakasone sets out Wednesday on a mission to Washington.", []string{
		`2019-05-01 CONSULT/departure planned "Yasuhiro Nakasone sets out for Washington" | Yasuhiro Nakasone >`,
	}},
	{"left a party is no departure", "Finance Minister Gerhard Stoltenberg left the question open on Monday.", nil},
}

func TestDepartRule(t *testing.T) { testRule(t, departTests) }
