package event

import "testing"

var wreathTests = []ruleTest{
	{"a year in a name ('the 1950 Battle of Chosin Reservoir') dates nothing", "President Moon Jae-in laid a wreath at a monument to the 1950 Battle of Chosin Reservoir on Wednesday.", []string{
		`2019-04-24 OTHER/ceremony occurred "Moon Jae-in lays a wreath at a monument" @ Tokyo, Japan | Moon Jae-in >`,
	}},
	{"laid a wreath at", "Secretary of State George Shultz laid a wreath at the Tomb of the Unknown Soldier on Tuesday.", []string{
		`2019-04-23 OTHER/ceremony occurred "George Shultz lays a wreath at the Tomb of the Unknown Soldier" @ Tokyo, Japan | George Shultz >`,
	}},
}

func TestWreathRule(t *testing.T) { testRule(t, wreathTests) }
