package parse

import "testing"

var arriveTests = []ruleTest{
	{"arrived in city", "U.S. Secretary of State George Shultz arrived in Moscow on Monday.", []string{
		`2019-04-22 CONSULT/arrival occurred "George Shultz arrives in Moscow" @ Moscow, Russia | George Shultz >`,
	}},
	{"shipment arrived is no event", "The cargo arrived in Rotterdam on Monday.", nil},
}

func TestArriveRule(t *testing.T) { testRule(t, arriveTests) }
