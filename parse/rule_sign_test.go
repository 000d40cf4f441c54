package parse

import "testing"

var signTests = []ruleTest{
	{"signed a treaty", "Soviet leader Mikhail Gorbachev and President Ronald Reagan signed a treaty on Tuesday.", []string{
		`2019-04-23 SUPPORT/sign 057 occurred "Mikhail Gorbachev signs a treaty with Ronald Reagan" @ Tokyo, Japan | Mikhail Gorbachev > Ronald Reagan`,
	}},
	{"signed a cheque is no agreement", "Chancellor Helmut Kohl signed the guest book on Tuesday.", nil},
}

func TestSignRule(t *testing.T) { testRule(t, signTests) }
