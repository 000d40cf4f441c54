package timex

import "testing"

var RuleDecadeTests = []tagTest{
	{name: "full", text: "in the 1990s", want: []string{`"the 1990s" DATE 199 decade`}},
	{name: "bare", text: "1990s music", want: []string{`"1990s" DATE 199 decade`}},
	{name: "short", text: "in the '90s", want: []string{`"the '90s" DATE 199 decade`}},
	{name: "with an apostrophe", text: "In the 1980's, he lived abroad.", want: []string{`"the 1980's" DATE 198 decade`}},
	{name: "with an apostrophe and a mod", text: "He moved there in the late 1970’s.", want: []string{`"the late 1970’s" DATE 197 END decade`}},
	{name: "a year's is no decade", text: "The 1987's budget was cut.", want: []string{`"1987" DATE 1987 year`}},
	{name: "two digits alone are a price or a temperature", text: "We have recommended the stock since it was in the 50s.", want: nil},
	{name: "mid", text: "in the mid-1990s", want: []string{`"the mid-1990s" DATE 199 MID decade`}},
	{name: "early", text: "in the early 2000s", want: []string{`"the early 2000s" DATE 200 START decade`}},
	{name: "words", anchor: "1998-03-03", text: "Hate group numbers were dropping through the nineties.", want: []string{`"the nineties" DATE 199 decade`}},
	{name: "words late", anchor: "1998-03-03", text: "It began in the late sixties.", want: []string{`"the late sixties" DATE 196 END decade`}},
	{name: "words age", anchor: "1998-03-03", text: "She is in her nineties.", want: nil},
}

func init() { allTagTests = append(allTagTests, RuleDecadeTests) }

func TestRuleDecade(t *testing.T) { runTagTests(t, RuleDecadeTests) }
