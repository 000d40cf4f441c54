package timex

import "testing"

var RuleCasualTests = []tagTest{
	{name: "today", text: "Kim leaves today.", want: []string{`"today" DATE 2019-04-26 casual`}},
	{name: "yesterday", text: "Yesterday, Kim met Putin.", want: []string{`"Yesterday" DATE 2019-04-25 casual`}},
	{name: "tomorrow", text: "He returns tomorrow.", want: []string{`"tomorrow" DATE 2019-04-27 casual`}},
	{name: "tonight", text: "He leaves tonight.", want: []string{`"tonight" TIME 2019-04-26TNI casual`}},
	{name: "a newspaper", text: "The story, which appeared in USA Today, added to speculation.", want: nil},
	{name: "the newspaper", text: "The Today newspaper and Singapore's Today said so.", want: nil},
	{name: "Today after a full stop", text: "Shares fell. Today, the index rose.", want: []string{`"Today" DATE 2019-04-26 casual`}},
	{name: "yesterday morning", text: "He arrived yesterday morning.", want: []string{`"yesterday morning" TIME 2019-04-25TMO casual`}},
	{name: "day before yesterday", text: "It began the day before yesterday.", want: []string{`"the day before yesterday" DATE 2019-04-24 casual`}},
	{name: "possessive", text: "Today's summit", want: []string{`"Today" DATE 2019-04-26 casual`}},
	{name: "with clock", text: "He spoke today at noon.", want: []string{`"today at noon" TIME 2019-04-26T12:00 casual`}},
	// Regression: "late" and "earlier" were left out of the extent,
	// though TimeML takes them in as END and START.
	{name: "late yesterday", text: "The talks broke up late yesterday.", want: []string{`"late yesterday" DATE 2019-04-25 END casual`}},
	{name: "earlier yesterday", text: "Earlier yesterday, he met Putin.", want: []string{`"Earlier yesterday" DATE 2019-04-25 START casual`}},
}

func init() { allTagTests = append(allTagTests, RuleCasualTests) }

func TestRuleCasual(t *testing.T) { runTagTests(t, RuleCasualTests) }
