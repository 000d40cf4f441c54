package event

import "testing"

// Regions are places of visits and arrivals, not actors.
var regionTests = []ruleTest{
	{"trip to the Middle East", "President Barack Obama will travel to the Middle East next week.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Barack Obama visits the Middle East" @ Middle East | Barack Obama >`,
	}},
	{"tour of a region", "Secretary of State John Kerry will make a three-day trip to Southeast Asia in May.", []string{
		`2019-05-01 .. 2019-05-31 CONSULT/visit 042 planned "John Kerry visits Southeast Asia" @ Southeast Asia | John Kerry >`,
	}},
	{"arrived in a region keeps no dateline city", "Chinese President Xi Jinping arrived in Europe on Monday.", []string{
		`2019-04-22 CONSULT/arrival occurred "Xi Jinping arrives in Europe" @ Europe | Xi Jinping >`,
	}},
	{"a region before its noun is no place", "Kim was expected to leave the Pacific port city late at night.", []string{
		`2019-04-26T21:00 .. 2019-04-26T23:59 CONSULT/departure expected "Kim leaves" | Kim >`,
	}},
	{"a company is no region", "Secretary of State John Kerry will visit Union Pacific Corp on Monday.", nil},
}

func TestRegions(t *testing.T) { testRule(t, regionTests) }
