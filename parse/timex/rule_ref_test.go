package timex

import "testing"

var RuleRefTests = []tagTest{
	{name: "now", text: "He is now in Moscow.", want: []string{`"now" DATE PRESENT_REF ref`}},
	{name: "currently", text: "He is currently in Moscow.", want: []string{`"currently" DATE PRESENT_REF ref`}},
	{name: "recently", text: "He recently visited Moscow.", want: []string{`"recently" DATE PAST_REF ref`}},
	{name: "in the past", text: "In the past, he visited Moscow.", want: []string{`"the past" DATE PAST_REF ref`}},
	{name: "in the future", text: "He may visit in the future.", want: []string{`"the future" DATE FUTURE_REF ref`}},
	// Regression: "previously" was PAST_REF, which TimeML's news gold
	// almost never tags.
	{name: "previously", text: "He previously worked in Moscow.", want: nil},
	{name: "as soon as", text: "He left as soon as possible.", want: nil},
	{name: "the past alone", text: "The past is past.", want: nil},
}

func init() { allTagTests = append(allTagTests, RuleRefTests) }

func TestRuleRef(t *testing.T) { runTagTests(t, RuleRefTests) }
