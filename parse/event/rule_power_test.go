package event

import "testing"

var powerTests = []ruleTest{
	{"a relation with no other end keeps its date", "President Jose Sarney said he would remain only five years after he came to power in 1984.", []string{
		`1984-01-01 .. 1984-12-31 OTHER/leadership occurred "Jose Sarney takes power" | Jose Sarney >`,
	}},
	{"took power in a year", "North Korean leader Kim Jong Un took power in late 2011.", []string{
		`2011-09-01 .. 2011-12-31 OTHER/leadership occurred "Kim Jong Un takes power" | Kim Jong Un >`,
	}},
}

func TestPowerRule(t *testing.T) { testRule(t, powerTests) }
