package timex

import "testing"

var RuleSlashDateTests = []tagTest{
	{name: "on", text: "Kim left Vladivostok on 4/26.", want: []string{`"4/26" DATE 2019-04-26 slashdate`}},
	{name: "future", text: "The vote will be held on 5/3.", want: []string{`"5/3" DATE 2019-05-03 slashdate`}},
	{name: "past last year", text: "The law was passed on 12/12.", want: []string{`"12/12" DATE 2018-12-12 slashdate`}},
	{name: "since", text: "Prices have risen since 12/15.", anchor: "1989-11-02", want: []string{`"12/15" DATE 1988-12-15 slashdate`}},
	{name: "until", text: "The offer runs until 5/31.", want: []string{`"5/31" DATE 2019-05-31 slashdate`}},
	{name: "by", text: "Returns are due by 4/30.", want: []string{`"4/30" DATE 2019-04-30 slashdate`}},
	{name: "from", text: "The show runs from 5/1 to 5/5.", want: []string{`"5/1" DATE 2019-05-01 slashdate`}},
	{name: "clock after", text: "Polls close 5/3 at 8 p.m.", want: []string{`"5/3 at 8 p.m." TIME 2019-05-03T20:00 slashdate`}},
	{name: "clock after without at", text: "Doors open 4/27 10am sharp.", want: []string{`"4/27 10am" TIME 2019-04-27T10:00 slashdate`}},
	{name: "clock before", text: "The polls close at 8 p.m. on 5/3.", want: []string{`"8 p.m. on 5/3" TIME 2019-05-03T20:00 slashdate`}},
	{name: "full date is numeric", text: "It was signed on 4/26/2019.", want: []string{`"4/26/2019" DATE 2019-04-26 numeric`}},
	{name: "fraction", text: "About 3/4 of voters agreed.", want: nil},
	{name: "fraction after on", text: "They agreed on 3/4 of the plan.", want: nil},
	{name: "score", text: "The score was 3/4.", want: nil},
	{name: "fraction after by", text: "Output was cut by 1/4.", want: nil},
	{name: "fraction after from", text: "Rates rose from 1/2 percent.", want: nil},
	{name: "mixed number", text: "Rates rose from 7 1/2 to 7 3/4.", want: nil},
	{name: "length with a fraction", text: "He served 5 1/2 years.", want: []string{`"5 1/2 years" DURATION P5Y6M duration`}},
	{name: "around the clock", text: "The store is open on 24/7 basis.", want: nil},
	{name: "attacks", text: "Security has tightened since 9/11.", want: nil},
	{name: "no day", text: "It ended on 2/30.", want: nil},
	{name: "day first", text: "It ended on 26/4.", want: nil},
	{name: "money", text: "Shares rose by $1/2.", want: nil},
}

func init() { allTagTests = append(allTagTests, RuleSlashDateTests) }

func TestRuleSlashDate(t *testing.T) { runTagTests(t, RuleSlashDateTests) }
