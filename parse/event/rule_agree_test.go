package event

import "testing"

var agreeTests = []ruleTest{
	{"agreed to meet", "Soviet leader Mikhail Gorbachev agreed to meet President Ronald Reagan in Washington.", []string{
		`2019-04-26 AGREE/meeting 036 occurred "Mikhail Gorbachev agrees to meet Ronald Reagan" @ Washington, United States | Mikhail Gorbachev > Ronald Reagan`,
	}},
}

func TestAgreeRule(t *testing.T) { testRule(t, agreeTests) }
