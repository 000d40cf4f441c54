package timex

import "testing"

var RuleShortYearTests = []tagTest{
	{name: "in", text: "The law took effect in '19.", want: []string{`"'19" DATE 2019 shortyear`}},
	{name: "the", text: "Banks failed in the '08 crisis.", want: []string{`"'08" DATE 2008 shortyear`}},
	{name: "last century", text: "He has lived there since '95.", want: []string{`"'95" DATE 1995 shortyear`}},
	{name: "curly apostrophe", text: "Sales peaked in ’16.", want: []string{`"’16" DATE 2016 shortyear`}},
	{name: "a few years ahead", text: "She is in the class of '25.", want: []string{`"'25" DATE 2025 shortyear`}},
	{name: "more than ten years ahead", text: "The car was built in '35.", want: []string{`"'35" DATE 1935 shortyear`}},
	{name: "anchor in the last century", anchor: "1998-08-07", text: "The bank failed in '15.", want: []string{`"'15" DATE 1915 shortyear`}},
	{name: "anchor near the turn", anchor: "1998-08-07", text: "Elections are due in '02.", want: []string{`"'02" DATE 2002 shortyear`}},
	{name: "qualified", text: "Prices fell in late '08.", want: []string{`"late '08" DATE 2008 END shortyear`}},
	{name: "decade", text: "It was a hit in the '80s.", want: []string{`"the '80s" DATE 198 decade`}},
	{name: "quoted number", text: "He said '19 people died' and left.", want: nil},
	{name: "no apostrophe", text: "The score was 19 to 8.", want: nil},
	{name: "decimal", text: "The index rose to '19.5'.", want: nil},
	{name: "closing quote", text: "The word was 'Agenda 19'.", want: nil},
}

func init() { allTagTests = append(allTagTests, RuleShortYearTests) }

func TestRuleShortYear(t *testing.T) { runTagTests(t, RuleShortYearTests) }
