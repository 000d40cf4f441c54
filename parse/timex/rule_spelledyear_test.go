package timex

import "testing"

var RuleSpelledYearTests = []tagTest{
	{name: "nineteen ninety-six", text: "He was elected in nineteen ninety-six.", want: []string{`"nineteen ninety-six" DATE 1996 spelledyear`}},
	{name: "without hyphen", text: "It began in nineteen seventy nine.", want: []string{`"nineteen seventy nine" DATE 1979 spelledyear`}},
	{name: "round decade", text: "It ended in nineteen ninety.", want: []string{`"nineteen ninety" DATE 1990 spelledyear`}},
	{name: "with month", text: "The law passed in January nineteen ninety-seven.", want: []string{`"January nineteen ninety-seven" DATE 1997-01 spelledyear`}},
	{name: "the year two thousand", text: "Unemployment will be halved by the year two thousand.", want: []string{`"the year two thousand" DATE 2000 spelledyear`}},
	{name: "two thousand and one", text: "It opens in the year two thousand and one.", want: []string{`"the year two thousand and one" DATE 2001 spelledyear`}},
	{name: "nineteen alone is a number", text: "Nineteen people died.", want: nil},
	{name: "two thousand alone is a number", text: "Two thousand troops arrived.", want: nil},
	// Regression (FuzzTag): the prefilter let only a space or a hyphen
	// follow "nineteen", though the pattern takes any white space.
	{name: "nineteen line break", text: "in nineteen\nninety", want: []string{`"nineteen\nninety" DATE 1990 spelledyear`}},
}

func init() { allTagTests = append(allTagTests, RuleSpelledYearTests) }

func TestRuleSpelledYear(t *testing.T) { runTagTests(t, RuleSpelledYearTests) }
