package timex

import "testing"

var RuleHalfHourTests = []tagTest{
	{name: "a half hour", text: "The meeting lasted a half hour.", want: []string{`"a half hour" DURATION PT30M halfhour`}},
	{name: "the first half hour", text: "The first half hour of trading is becoming more important.", want: []string{`"The first half hour" DURATION PT30M halfhour`}},
	{name: "hyphenated", text: "There was a half-hour delay.", want: []string{`"a half-hour" DURATION PT30M halfhour`}},
	{name: "half an hour is the length rule's", text: "It took half an hour.", want: []string{`"half an hour" DURATION PT30M duration`}},
	{name: "half of something else", text: "He scored in the first half of the game.", want: nil},
}

func TestRuleHalfHour(t *testing.T) { runTagTests(t, RuleHalfHourTests) }
