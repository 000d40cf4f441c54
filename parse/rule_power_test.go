package parse

import "testing"

var powerTests = []ruleTest{
	{"took power in a year", "North Korean leader Kim Jong Un took power in late 2011.", []string{
		`2011-09-01 .. 2011-12-31 OTHER/leadership occurred "Kim Jong Un takes power" | Kim Jong Un >`,
	}},
}

func TestPowerRule(t *testing.T) { testRule(t, powerTests) }
