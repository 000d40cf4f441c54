package timex

import "testing"

var RuleDurationTests = []tagTest{
	{name: "fraction", text: "The talks lasted 5 1/2 hours.", want: []string{`"5 1/2 hours" DURATION PT5H30M duration`}},
	{name: "and a half before", text: "He ruled for two and a half years.", want: []string{`"two and a half years" DURATION P2Y6M duration`}},
	{name: "and a half after", text: "It took a minute and a half.", want: []string{`"a minute and a half" DURATION PT1M30S duration`}},
	{name: "day and a half", text: "The strike lasted a day and a half.", want: []string{`"a day and a half" DURATION P1DT12H duration`}},
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
	{name: "more", text: "The talks need two more weeks.", want: []string{`"two more weeks" DURATION P2W duration`}},
	{name: "at least more", text: "He expects at least 20 more years.", want: []string{`"at least 20 more years" DURATION P20Y EQUAL_OR_MORE duration`}},
	{name: "additional", text: "They asked for an additional year.", want: []string{`"an additional year" DURATION P1Y duration`}},
	{name: "trading days", text: "Eight trading days later, stocks fell.", want: []string{`"Eight trading days" DURATION P8D duration`}},
	{name: "spaced compound", text: "in the last twenty four hours", want: []string{`"the last twenty four hours" DURATION PT24H duration`}},
	{name: "quarters", text: "Profit fell in the past two quarters.", want: []string{`"the past two quarters" DURATION P2Q duration`}},
	{name: "several quarters", text: "It weakened over several quarters.", want: []string{`"several quarters" DURATION PXQ duration`}},
	{name: "quarters fraction", text: "Three quarters of the vote went to him.", want: nil},
	{name: "a quarter", text: "A quarter of the staff left.", want: nil},
	{name: "bare quarters", text: "It lasted for quarters.", want: nil},
	{name: "day-long", text: "a day-long strike", want: []string{`"a day-long" DURATION P1D duration`}},
	{name: "decades-long", text: "their decades-long feud", want: []string{`"decades-long" DURATION PXDE duration`}},
	{name: "several-year", text: "a several-year plan", want: []string{`"several-year" DURATION PXY duration`}},
	{name: "several singular", text: "several year plan", want: nil},
	{name: "ahead", text: "In the weeks ahead, we will see.", want: []string{`"the weeks ahead" DURATION PXW duration`}},
	{name: "ahead singular", text: "The year ahead looks hard.", want: nil},
	{name: "long is a word", text: "It took a day long ago.", want: []string{`"a day" DURATION P1D duration`}},
	// Regression: rates were lengths; TimeML leaves them untagged.
	{name: "rate money", text: "It would have a dividend rate of $1.76 a year.", want: nil},
	{name: "rate noun", text: "This will add nearly 700 seats a week.", want: nil},
	{name: "rate words", text: "Two flights a day leave.", want: nil},
	{name: "rate millions", text: "It saves $500 million a year in costs.", want: nil},
	{name: "not a rate", text: "The trial lasts a week.", want: []string{`"a week" DURATION P1W duration`}},
	{name: "not a rate after in", text: "Sales rose 5% in a year.", want: []string{`"a year" DURATION P1Y duration`}},
	{name: "show title", text: "Gonzalez said on CBS's ''60 Minutes.''", want: nil},
	{name: "first time in years", text: "It is growing for the first time in years.", want: []string{`"years" DURATION PXY duration`}},
	{name: "worst in months", text: "It was the worst drought in months.", want: []string{`"months" DURATION PXM duration`}},
	{name: "in years not superlative", text: "He paid interest in months.", want: nil},
	{name: "age of a thing", text: "It attacked the IRA's 8-month-old truce.", want: []string{`"8-month" DURATION P8M duration`}},
	// "The next day" is no duration; it is ruleNarrative's date.
	{name: "next day is a date", text: "He left the next day.", want: []string{`"the next day" DATE 2019-04-27 narrative`}},
}

func init() { allTagTests = append(allTagTests, RuleDurationTests) }

func TestRuleDuration(t *testing.T) { runTagTests(t, RuleDurationTests) }
