package event

import "testing"

var wreathTests = []ruleTest{
	{"laid a wreath at", "Secretary of State George Shultz laid a wreath at the Tomb of the Unknown Soldier on Tuesday.", []string{
		`2019-04-23 OTHER/ceremony occurred "George Shultz lays a wreath at the Tomb of the Unknown Soldier" @ Tokyo, Japan | George Shultz >`,
	}},
}

func TestWreathRule(t *testing.T) { testRule(t, wreathTests) }
