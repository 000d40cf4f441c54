package timex

import "testing"

// The anchor of the tag tests is Friday, April 26, 2019.
var RuleWeekendNounTests = []tagTest{
	{name: "a weekend visit told after it", text: "He paid a brief weekend visit to the Ivory Coast.", want: []string{`"weekend" DATE 2019-W16-WE weekendnoun`}},
	{name: "weekend talks to come", text: "The ministers will hold weekend talks in Paris.", want: []string{`"weekend" DATE 2019-W17-WE weekendnoun`}},
	{name: "weekend trading is no date", text: "Weekend trading was light.", want: nil},
	{name: "the weekend is the relative rule's", text: "He met Kohl over the weekend.", want: []string{`"the weekend" DATE 2019-W16-WE relative`}},
}

func TestRuleWeekendNoun(t *testing.T) { runTagTests(t, RuleWeekendNounTests) }
