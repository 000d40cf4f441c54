package event

import "testing"

var proposeTests = []ruleTest{
	{"leader proposed on a weekday", "Kremlin leader Mikhail Gorbachev proposed on Saturday that talks on medium range missiles be separated from other arms issues.", []string{
		`2019-04-20 OTHER/statement occurred "Mikhail Gorbachev makes a proposal" | Mikhail Gorbachev >`,
	}},
	{"a company's proposal is not diplomatic", "The company proposed a merger with its rival on Monday.", nil},
}

func TestProposeRule(t *testing.T) { testRule(t, proposeTests) }
