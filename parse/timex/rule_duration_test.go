package timex

import "testing"

var RuleDurationTests = []tagTest{
	{name: "fraction", text: "The talks lasted 5 1/2 hours.", want: []string{`"5 1/2 hours" DURATION PT5H30M duration`}},
	{name: "and a half before", text: "He ruled for two and a half years.", want: []string{`"two and a half years" DURATION P2Y6M duration`}},
	{name: "and a half after", text: "It took a minute and a half.", want: []string{`"a minute and a half" DURATION PT1M30S duration`}},
	{name: "day and a half", text: "The strike lasted a day and a half.", want: []string{`"a day and a half" DURATION P1DT12H duration`}},
	{name: "weeks and a half", text: "He stayed two and a half weeks.", want: []string{`"two and a half weeks" DURATION P2.5W duration`}},
	{name: "year and a half", text: "The war lasted a year and a half.", want: []string{`"a year and a half" DURATION P1Y6M duration`}},
	{name: "hour and a half", text: "The flight took an hour and a half.", want: []string{`"an hour and a half" DURATION PT1H30M duration`}},
	{name: "one and a half", text: "The talks lasted one and a half years.", want: []string{`"one and a half years" DURATION P1Y6M duration`}},
	{name: "months and a half", text: "It took three and a half months.", want: []string{`"three and a half months" DURATION P3.5M duration`}},
	{name: "decade and a half", text: "He ruled for a decade and a half.", want: []string{`"a decade and a half" DURATION P15Y duration`}},
	{name: "fraction of weeks", text: "The strike lasted 2 1/2 weeks.", want: []string{`"2 1/2 weeks" DURATION P2.5W duration`}},
	{name: "qualified half", text: "It took more than a year and a half.", want: []string{`"more than a year and a half" DURATION P1Y6M MORE_THAN duration`}},
	{name: "half a year", text: "It took half a year.", want: []string{`"half a year" DURATION P6M duration`}},
	{name: "half an hour", text: "He spoke for half an hour.", want: []string{`"half an hour" DURATION PT30M duration`}},
	{name: "half a day", text: "The line was down for half a day.", want: []string{`"half a day" DURATION PT12H duration`}},
	{name: "half a century", text: "The feud lasted half a century.", want: []string{`"half a century" DURATION P50Y duration`}},
	{name: "decimal half", text: "It took 1.5 hours.", want: []string{`"1.5 hours" DURATION PT1H30M duration`}},
	{name: "decimal", text: "It took 2.25 hours.", want: []string{`"2.25 hours" DURATION PT2.25H duration`}},
	{name: "vague and a half", text: "It took several and a half years.", want: nil},
	{name: "half of years", text: "half the years", want: nil},
	{name: "half two years", text: "He spent half two years ago.", want: []string{`"two years ago" DATE 2017 ago`}},
	{name: "hyphenated", text: "a three-day visit", want: []string{`"three-day" DURATION P3D duration`}},
	{name: "a day", text: "on Friday, a day after his summit", want: []string{`"Friday" DATE 2019-04-26 weekday`, `"a day" DURATION P1D duration`}},
	{name: "years", text: "He ruled for two years.", want: []string{`"two years" DURATION P2Y duration`}},
	{name: "hours", text: "They talked for 48 hours.", want: []string{`"48 hours" DURATION PT48H duration`}},
	{name: "decade", text: "It took a decade.", want: []string{`"a decade" DURATION P10Y duration`}},
	{name: "several", text: "It took several weeks.", want: []string{`"several weeks" DURATION PXW duration`}},
	{name: "a few", text: "It took a few days.", want: []string{`"a few days" DURATION PXD duration`}},
	{name: "bare plural", text: "It went on for months.", want: []string{`"months" DURATION PXM duration`}},
	{name: "bare plural no cue", text: "The months passed.", want: nil},
	{name: "past year", text: "Prices rose over the past year.", want: []string{`"the past year" DURATION P1Y duration`}},
	{name: "past two years", text: "Prices rose in the past two years.", want: []string{`"the past two years" DURATION P2Y duration`}},
	{name: "next few days", text: "He will decide in the next few days.", want: []string{`"the next few days" DURATION PXD duration`}},
	{name: "more than", text: "It lasted more than a year.", want: []string{`"more than a year" DURATION P1Y MORE_THAN duration`}},
	{name: "about", text: "It lasted about 10 minutes.", want: []string{`"about 10 minutes" DURATION PT10M APPROX duration`}},
	{name: "twenty-four", text: "a twenty-four-hour strike", want: []string{`"twenty-four-hour" DURATION PT24H duration`}},
	// Regression: ages were tagged as durations; TimeML leaves them out.
	{name: "age hyphenated", text: "James Kopp, a 44-year-old protester, fled.", want: nil},
	{name: "age words", text: "Mr. Reupke, 52 years old, resigned.", want: nil},
	{name: "age word count", text: "The six-year-old boy stayed.", want: nil},
	{name: "old is a word", text: "It took five years older firms.", want: []string{`"five years" DURATION P5Y duration`}},
	{name: "recent years", text: "Tourism has grown in recent years.", want: []string{`"recent years" DURATION PXY duration`}},
	{name: "second round", text: "a second round of talks", want: nil},
	{name: "the second", text: "the second day of talks", want: nil},
	// Regression: the determiner was left out of a counted length,
	// though TIMEX3 extents take it in.
	{name: "the counted", text: "For the nine months, net rose.", want: []string{`"the nine months" DURATION P9M duration`}},
	{name: "the first counted", text: "Sales rose in the first nine months.", want: []string{`"the first nine months" DURATION P9M duration`}},
	{name: "the year no length", text: "He said the year was hard.", want: nil},
	{name: "the first week no length", text: "He left in the first week.", want: nil},
	// "The next day" is no duration; it is ruleNarrative's date.
	{name: "next day is a date", text: "He left the next day.", want: []string{`"the next day" DATE 2019-04-27 narrative`}},
}

func init() { allTagTests = append(allTagTests, RuleDurationTests) }

func TestRuleDuration(t *testing.T) { runTagTests(t, RuleDurationTests) }
