package timex

import "testing"

var RuleClockTests = []tagTest{
	{name: "pm", text: "at 3:43 PM", want: []string{`"3:43 PM" TIME 2019-04-26T15:43 clock`}},
	{name: "p.m.", text: "at 3 p.m. local time", want: []string{`"3 p.m." TIME 2019-04-26T15:00 clock`}},
	{name: "am joined", text: "10am", want: []string{`"10am" TIME 2019-04-26T10:00 clock`}},
	{name: "24h", text: "at 15:43", want: []string{`"15:43" TIME 2019-04-26T15:43 clock`}},
	{name: "noon", text: "at noon", want: []string{`"noon" TIME 2019-04-26T12:00 clock`}},
	{name: "midnight", text: "at midnight", want: []string{`"midnight" TIME 2019-04-26T24:00 clock`}},
	{name: "12 am", text: "at 12 a.m.", want: []string{`"12 a.m." TIME 2019-04-26T00:00 clock`}},
	{name: "score", text: "won 3:2", want: nil},
	{name: "race time", text: "He won the marathon in 2:08:15.", want: nil},
	{name: "I am", text: "I'm here", want: nil},
	// Regression: a time zone between the clock time and its day kept
	// them apart.
	{name: "zone then day", anchor: "2000-04-03", text: "They have until 9 a.m. EST Tuesday to sign.", want: []string{`"9 a.m. EST Tuesday" TIME 2000-04-04T09:00 weekday`}},
	{name: "zone then date", anchor: "1989-11-02", text: "Bids are due by 5 p.m. EST, Nov. 6.", want: []string{`"5 p.m. EST, Nov. 6" TIME 1989-11-06T17:00 monthday`}},
	{name: "day after bracket", text: "The blast occurred at about 10:35 a.m. (0735 GMT) Friday.", anchor: "1998-08-08", want: []string{`"10:35 a.m." TIME 1998-08-07T10:35 clock`, `"Friday" DATE 1998-08-07 weekday`}},
	{name: "day after a bracketed clock time of its own", text: "He spoke at 10:00 local time (08:00 GMT) on 21 March.", anchor: "2013-03-22", want: []string{`"10:00" TIME 2013-03-21T10:00 clock`, `"08:00 GMT" TIME 2013-03-21T08:00 clock`, `"21 March" DATE 2013-03-21 daymonth`}},
	{name: "day after local time", text: "It began at 9:30 a.m. local time (0130 GMT) on Thursday.", want: []string{`"9:30 a.m." TIME 2019-04-25T09:30 clock`, `"Thursday" DATE 2019-04-25 weekday`}},
	{name: "day in another clause", text: "It opened at 9 a.m. and closed Thursday.", want: []string{`"9 a.m." TIME 2019-04-26T09:00 clock`, `"Thursday" DATE 2019-04-25 weekday`}},
	{name: "military with zone", text: "The vote count starts at 1400 GMT.", want: []string{`"1400 GMT" TIME 2019-04-26T14:00 clock`}},
	{name: "zone in extent", text: "Police arrived at 10:00 GMT.", want: []string{`"10:00 GMT" TIME 2019-04-26T10:00 clock`}},
	{name: "four digits no zone", text: "It sold 1400 shares.", want: nil},
	{name: "military hours after a preposition", text: "A full council meeting was set for 1900 hours.", want: []string{`"1900 hours" TIME 2019-04-26T19:00 clock`}},
	{name: "hours of work are a length", text: "It took 1200 hours of work.", want: []string{`"1200 hours" DURATION PT1200H duration`}},
	{name: "another clock's reading in brackets is no year", text: "They gathered at about three p.m. local (1900 GMT).", want: nil},
	{name: "no such hour", text: "At 2500 GMT nothing happened.", want: nil},
	{name: "day after Eastern time", text: "Tickets went on sale at noon Eastern time on Monday.", anchor: "2013-03-22", want: []string{`"noon" TIME 2013-03-18T12:00 clock`, `"Monday" DATE 2013-03-18 weekday`}},
	// US zones as AP and CNN write them.
	{name: "ET", anchor: "2013-03-22", text: "Dow futures rose at 6:45 a.m. ET.", want: []string{`"6:45 a.m. ET" TIME 2013-03-22T06:45 clock`}},
	{name: "ET before a day", anchor: "2013-03-22", text: "The plane landed at 2:30 p.m. ET Thursday.", want: []string{`"2:30 p.m. ET Thursday" TIME 2013-03-21T14:30 weekday`}},
	{name: "PT", anchor: "2013-03-22", text: "The launch is set for 10 a.m. PT on Friday.", want: []string{`"10 a.m. PT on Friday" TIME 2013-03-22T10:00 weekday`}},
	{name: "et is no zone", anchor: "2013-03-22", text: "It is 5 p.m. et cetera.", want: []string{`"5 p.m." TIME 2013-03-22T17:00 clock`}},
	// British copy writes the minutes after a full stop; a full stop
	// after "pm" without dots ends the sentence, not the time.
	{name: "a place's time then a day", anchor: "2013-03-06", text: "The resignation took effect at 8 p.m. Rome time on Feb. 28.", want: []string{`"8 p.m." TIME 2013-02-28T20:00 clock`, `"Feb. 28" DATE 2013-02-28 monthday`}},
	{name: "a place of two words", anchor: "2013-03-06", text: "The quake struck at 3:15 a.m. New York time Saturday.", want: []string{`"3:15 a.m." TIME 2013-03-02T03:15 clock`, `"Saturday" DATE 2013-03-02 weekday`}},
	{name: "a capital is no place without time", anchor: "2013-03-06", text: "It closed at 3 p.m. Rome on Saturday.", want: []string{`"3 p.m." TIME 2013-03-06T15:00 clock`, `"Saturday" DATE 2013-03-02 weekday`}},
	{name: "10.30am", anchor: "2013-03-22", text: "The blast happened at 10.30am local time.", want: []string{`"10.30am" TIME 2013-03-22T10:30 clock`}},
	{name: "10.30 pm", anchor: "2013-03-22", text: "He left at 10.30 pm.", want: []string{`"10.30 pm" TIME 2013-03-22T22:30 clock`}},
	{name: "9pm at a sentence end", anchor: "2013-03-22", text: "Polls close at 9pm. Counting starts.", want: []string{`"9pm" TIME 2013-03-22T21:00 clock`}},
	{name: "decimal is no clock", anchor: "2013-03-22", text: "It rose 1.30 percent.", want: nil},
}

func init() { allTagTests = append(allTagTests, RuleClockTests) }

func TestRuleClock(t *testing.T) { runTagTests(t, RuleClockTests) }
