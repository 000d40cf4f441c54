package timex

import "testing"

var RuleRefTests = []tagTest{
	{name: "as recently as", anchor: "2013-03-21", text: "As recently as 1991 there were just two.", want: []string{`"1991" DATE 1991 year`}},
	{name: "now", text: "He is now in Moscow.", want: []string{`"now" DATE PRESENT_REF ref`}},
	{name: "currently", text: "He is currently in Moscow.", want: []string{`"currently" DATE PRESENT_REF ref`}},
	{name: "recently", text: "He recently visited Moscow.", want: []string{`"recently" DATE PAST_REF ref`}},
	{name: "in the past", text: "In the past, he visited Moscow.", want: []string{`"the past" DATE PAST_REF ref`}},
	{name: "in the future", text: "He may visit in the future.", want: []string{`"the future" DATE FUTURE_REF ref`}},
	// Regression: "previously" was PAST_REF, which TimeML's news gold
	// almost never tags.
	{name: "previously", text: "He previously worked in Moscow.", want: nil},
	{name: "current", text: "Analysts blamed current market conditions.", want: []string{`"current" DATE PRESENT_REF ref`}},
	{name: "recent", text: "Prices fell after the recent sale of the unit.", want: []string{`"recent" DATE PAST_REF ref`}},
	{name: "current quarter is relative", text: "Profit will rise in the current quarter.", want: []string{`"the current quarter" DATE 2019-Q2 relative`}},
	{name: "as soon as", text: "He left as soon as possible.", want: []string{`"as soon as possible" DATE FUTURE_REF ref`}},
	{name: "the near term before its noun on the next line", text: "the longer term\noutlook for sterling remained bullish, though a cut is unlikely in the short term\nwhile exporters seek new markets.", want: []string{`"the short term" DATE FUTURE_REF ref`}},
	{name: "the present as an adjective", text: "Talks are part of the present GATT round, in the present climate.", want: nil},
	{name: "the past before a verb", text: "Brazil has in the past rejected a role, despite improvement in the past quarter.", want: []string{`"the past" DATE PAST_REF ref`}},
	{name: "as soon as a date", anchor: "2019-04-24", text: "He will leave as soon as Friday.", want: []string{`"Friday" DATE 2019-04-26 weekday`}},
	{name: "the past alone", text: "The past is past.", want: nil},
	// Regression: "the future" was a time only after a preposition, but
	// TimeML tags it as the object of a verb or noun too.
	{name: "the future alone", text: "Investors are worried about the future and sold.", want: []string{`"the future" DATE FUTURE_REF ref`}},
	{name: "the future subject", text: "The future that awaits him is bright.", want: []string{`"The future" DATE FUTURE_REF ref`}},
	{name: "the near term", text: "We don't minimize the challenges of the near term.", want: []string{`"the near term" DATE FUTURE_REF ref`}},
	{name: "in the short term", text: "It may placate some holders in the short term, analysts said.", want: []string{`"the short term" DATE FUTURE_REF ref`}},
	{name: "near term before a noun", text: "He expects the near term outlook to weaken.", want: nil},
	{name: "short-term debt", text: "Proceeds will reduce the short-term debt.", want: nil},
	{name: "these days", text: "Market makers seem to hurt more these days.", want: []string{`"these days" DATE PRESENT_REF ref`}},
	{name: "the near future", text: "It plans an offering in the near future.", want: []string{`"the near future" DATE FUTURE_REF ref`}},
	// TimeML news gold leaves "the foreseeable future" untagged.
	{name: "foreseeable future", text: "Rates will stay low for the foreseeable future.", want: nil},
	{name: "future adjective", text: "It will weigh future purchases.", want: nil},
	// Regression: "soon after" was FUTURE_REF; TimeBank leaves it untagged.
	{name: "soon after", text: "He was probably killed soon after being captured.", want: nil},
}

func init() { allTagTests = append(allTagTests, RuleRefTests) }

func TestRuleRef(t *testing.T) { runTagTests(t, RuleRefTests) }
