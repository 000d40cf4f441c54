package timex

import "testing"

var RuleMonthDayTests = []tagTest{
	// A verb of something that happened dates itself: no slack ahead.
	// A delivery is still to come when the deal is made.
	{name: "two periods for delivery", anchor: "1987-03-27", text: "It bought wheat for October 1-15 and December 5-20 delivery.", want: []string{`"October 1" DATE 1987-10-01 monthday`, `"15" DATE 1987-10-15 monthday`, `"December 5" DATE 1987-12-05 monthday`, `"20" DATE 1987-12-20 monthday`}},
	{name: "for delivery", anchor: "1987-03-27", text: "It took a shipment, at 96.06 dlrs per tonne, for December 1-15 delivery.", want: []string{`"December 1" DATE 1987-12-01 monthday`, `"15" DATE 1987-12-15 monthday`}},
	{name: "happened on a day ahead", anchor: "2013-03-22", text: "The bombing happened on April 15.", want: []string{`"April 15" DATE 2012-04-15 monthday`}},
	{name: "a pair of days before a comparison", anchor: "1987-06-19", text: "It rose two to five cents a day between June 2 and 13 compared with a rise in May.", want: []string{`"June 2" DATE 1987-06-02 monthday`, `"13" DATE 1987-06-13 monthday`, `"May" DATE 1987-05 month`}},
	{name: "fronted day in a past clause", anchor: "1987-06-29", text: "On Sept 25, a day after Allied disclosed its board's view, Campeau raised its offer.", want: []string{`"Sept 25" DATE 1986-09-25 monthday`, `"a day" DURATION P1D duration`}},
	{name: "fronted day, a plan reported", anchor: "1987-04-07", text: "On May 18, Data General said, it will redeem 150 mln dlrs of debentures.", want: []string{`"May 18" DATE 1987-05-18 monthday`}},
	{name: "born on", anchor: "2013-03-22", text: "He was born on April 15.", want: []string{`"April 15" DATE 2012-04-15 monthday`}},
	{name: "took place on", anchor: "2013-03-22", text: "The vote took place on April 2.", want: []string{`"April 2" DATE 2012-04-02 monthday`}},
	{name: "record day after a past verb", anchor: "1987-03-02", text: "It declared a dividend for each share held on March 23.", want: []string{`"March 23" DATE 1987-03-23 monthday`}},
	{name: "to be held on", anchor: "1987-03-11", text: "It will affect local elections to be held on April 12.", want: []string{`"April 12" DATE 1987-04-12 monthday`}},
	{name: "full", text: "It was signed April 26, 2019.", want: []string{`"April 26, 2019" DATE 2019-04-26 monthday`}},
	{name: "with clock", text: "Updated April 26, 2019 at 3:43 PM", want: []string{`"April 26, 2019 at 3:43 PM" TIME 2019-04-26T15:43 monthday`}},
	{name: "dateline", text: "VLADIVOSTOK, Russia, April 26 (UPI) -- Kim left the city.", want: []string{`"April 26" DATE 2019-04-26 monthday`}},
	// The present tense of a timetable looks ahead, even to a day nearer
	// behind the anchor.
	{name: "expires ahead", text: "The measure expires on Dec. 31 unless Congress acts.", anchor: "2013-03-22", want: []string{`"Dec. 31" DATE 2013-12-31 monthday`}},
	{name: "begins ahead", text: "The tournament begins on Nov. 2.", anchor: "2013-03-22", want: []string{`"Nov. 2" DATE 2013-11-02 monthday`}},
	{name: "which starts is no timetable verb", text: "The crop, which officially starts on Nov. 2, was poor.", anchor: "2013-03-22", want: []string{`"Nov. 2" DATE 2012-11-02 monthday`}},
	{name: "begins to is no timetable", text: "The country begins to feel the Nov. 2 devaluation.", anchor: "2013-03-22", want: []string{`"Nov. 2" DATE 2012-11-02 monthday`}},
	{name: "the opens is a noun", text: "Of the opens held on Nov. 2, one was won.", anchor: "2013-03-22", want: []string{`"Nov. 2" DATE 2012-11-02 monthday`}},
	{name: "event name", anchor: "1987-03-24", text: "The Bank will intervene in line with the February 22 Paris agreement.", want: []string{`"February 22" DATE 1987-02-22 monthday`}},
	{name: "deadline name", anchor: "2013-03-22", text: "Talks broke down ahead of the March 31 deadline.", want: []string{`"March 31" DATE 2013-03-31 monthday`}},
	{name: "event name in the past", anchor: "1999-05-06", text: "Police have been searching for him since the Oct. 23 slaying.", want: []string{`"Oct. 23" DATE 1998-10-23 monthday`}},
	{name: "the day then a verb", anchor: "2013-03-22", text: "He said that by the March 1 ended talks would fail.", want: []string{`"March 1" DATE 2013-03-01 monthday`}},
	{name: "passive across an adverb", anchor: "1987-06-29", text: "Congress probably will not be officially notified of any final plan until after October 1.", want: []string{`"October 1" DATE 1987-10-01 monthday`}},
	{name: "abbreviated", text: "The deal expired Apr. 2.", want: []string{`"Apr. 2" DATE 2019-04-02 monthday`}},
	{name: "abbreviation is no sentence end", text: "Talks began Jan. 5. They ended.", want: []string{`"Jan. 5" DATE 2019-01-05 monthday`}},
	{name: "ordinal", text: "He arrived on March 3rd.", want: []string{`"March 3rd" DATE 2019-03-03 monthday`}},
	{name: "weekday", text: "The summit ended Thursday, April 25, 2019.", want: []string{`"Thursday, April 25, 2019" DATE 2019-04-25 monthday`}},
	{name: "past year before", text: "The law was passed on December 12.", want: []string{`"December 12" DATE 2018-12-12 monthday`}},
	{name: "future year after", text: "The law will take effect on March 1.", want: []string{`"March 1" DATE 2020-03-01 monthday`}},
	{name: "future same year", text: "The summit will be held on June 12.", want: []string{`"June 12" DATE 2019-06-12 monthday`}},
	{name: "no tense nearest", text: "The deadline: May 5.", want: []string{`"May 5" DATE 2019-05-05 monthday`}},
	// Regression: past cues sent near-future days back a year; the
	// nearest day to the anchor is the default.
	{name: "past cue near future", text: "The company declared a dividend payable Jan. 2 to stock of record Dec. 15.", anchor: "1989-11-02", want: []string{`"Jan. 2" DATE 1990-01-02 monthday`, `"Dec. 15" DATE 1989-12-15 monthday`}},
	{name: "past cue far future", text: "The company was sold on Dec. 15.", anchor: "1989-08-02", want: []string{`"Dec. 15" DATE 1988-12-15 monthday`}},
	{name: "future cue a day before", text: "The INS said he must be returned by Jan. 14.", anchor: "2000-01-15", want: []string{`"Jan. 14" DATE 2000-01-14 monthday`}},
	{name: "future cue weeks before", text: "The INS said he would be returned by Jan. 14.", anchor: "2000-02-15", want: []string{`"Jan. 14" DATE 2001-01-14 monthday`}},
	// Regression: "was due to" was a future cue and sent a deadline
	// reported from the past to the next year.
	{name: "was due to is a plan from the past", text: "He was due to be returned by Jan. 14.", anchor: "2000-02-15", want: []string{`"Jan. 14" DATE 2000-01-14 monthday`}},
	{name: "since", text: "Prices have risen since Dec. 15.", anchor: "1989-11-02", want: []string{`"Dec. 15" DATE 1988-12-15 monthday`}},
	{name: "invalid day", text: "It ended on February 30.", want: nil},
	{name: "month and year is no day", text: "It ended in April 2019.", want: []string{`"April 2019" DATE 2019-04 monthyear`}},
	{name: "effective ahead", text: "It created an office of the chairman, effective Feb. 1.", anchor: "1989-10-26", want: []string{`"Feb. 1" DATE 1990-02-01 monthday`}},
	{name: "effective just past", text: "The cut, effective Oct. 1, lowered costs.", anchor: "1989-10-26", want: []string{`"Oct. 1" DATE 1989-10-01 monthday`}},
	{name: "second day of a pair", text: "The summit will be held on April 24 and 25.", anchor: "1999-02-10", want: []string{`"April 24" DATE 1999-04-24 monthday`, `"25" DATE 1999-04-25 monthday`}},
	{name: "pair with a year", text: "She will visit July 7 to 10, 2019.", anchor: "1999-02-10", want: []string{`"July 7" DATE 2019-07-07 monthday`, `"10" DATE 2019-07-10 monthday`}},
	{name: "pair is a count", text: "On April 24 and 25 percent of voters stayed home.", anchor: "1999-02-10", want: []string{`"April 24" DATE 1999-04-24 monthday`}},
	{name: "runs from", text: "The tournament runs from June 10 to July 15.", anchor: "2013-10-22", want: []string{`"June 10" DATE 2014-06-10 monthday`, `"July 15" DATE 2014-07-15 monthday`}},
	{name: "pair with a spaced dash", text: "Burns travels to Cairo and Beirut, July 7- 13, and to Rome July 20 - 21.", anchor: "2012-07-09", want: []string{`"July 7" DATE 2012-07-07 monthday`, `"13" DATE 2012-07-13 monthday`, `"July 20" DATE 2012-07-20 monthday`, `"21" DATE 2012-07-21 monthday`}},
	{name: "pair with a dash", text: "The opposition boycotted the Feb. 24-25 election.", anchor: "2013-03-22", want: []string{`"Feb. 24" DATE 2013-02-24 monthday`, `"25" DATE 2013-02-25 monthday`}},
	{name: "pair with an en dash and a year", text: "The dumping occurred September 23–30, 1986, the department said.", anchor: "1987-03-19", want: []string{`"September 23" DATE 1986-09-23 monthday`, `"30" DATE 1986-09-30 monthday`}},
	{name: "dash before a fraction", text: "It sold notes due March 15-3/4.", anchor: "2013-03-22", want: []string{`"March 15" DATE 2013-03-15 monthday`}},
	{name: "dash before a measure", text: "Rates for March 5-7 pct were set.", anchor: "2013-03-22", want: []string{`"March 5" DATE 2013-03-05 monthday`}},
	{name: "pair is odds", text: "On June 5 to 1 odds were given.", anchor: "1999-02-10", want: []string{`"June 5" DATE 1998-06-05 monthday`}},
	{name: "pair is a clock time", text: "It meets on May 2 and 3:30 p.m.", anchor: "1999-02-10", want: []string{`"May 2" DATE 1999-05-02 monthday`, `"3:30 p.m." TIME 1999-02-10T15:30 clock`}},
	{name: "the weekend of", text: "The weekend of March 9-10 was quiet.", anchor: "2013-03-22", want: []string{`"The weekend of March 9" DATE 2013-W10-WE monthday`}},
	{name: "the week of", text: "Shares rallied in the week of March 6.", anchor: "2000-03-20", want: []string{`"the week of March 6" DATE 2000-W10 monthday`}},
	{name: "the day after", text: "The day after Jan. 3 it fell.", anchor: "2000-02-25", want: []string{`"The day after Jan. 3" DATE 2000-01-04 monthday`}},
	// Datelines and headlines in capitals; a weekday before the day is
	// part of it, as in mixed case.
	{name: "capitals with weekday", text: "FRIDAY, APRIL 26, 2019", want: []string{`"FRIDAY, APRIL 26, 2019" DATE 2019-04-26 monthday`}},
	{name: "capitals", text: "SEOUL, APRIL 25 (Reuters) - Kim arrived.", want: []string{`"APRIL 25" DATE 2019-04-25 monthday`}},
	{name: "capitals abbreviated", text: "PARIS, SEPT. 13 - The talks ended.", anchor: "2019-09-14", want: []string{`"SEPT. 13" DATE 2019-09-13 monthday`}},
	{name: "capitals May with day", text: "VOTE SET FOR MAY 5", want: []string{`"MAY 5" DATE 2019-05-05 monthday`}},
	{name: "capitals May modal", text: "ANTIABORTION ACTIVIST MAY BE IN MEXICO", want: nil},
	{name: "capitals March verb", text: "THOUSANDS MARCH IN MOSCOW", want: nil},
	{name: "capitals month alone", text: "PRICES TO RISE IN APRIL", want: nil},
	{name: "capitals abbreviation needs its full stop", text: "JAN 5 SEC FILING", want: nil},
	{name: "mixed capitals", text: "It ended ApRIL 26.", want: nil},
	{name: "abbreviated weekday", text: "For release Sat., Feb. 26.", anchor: "2000-02-24", want: []string{`"Sat., Feb. 26" DATE 2000-02-26 monthday`}},
	{name: "pair after a year", text: "It redeemed its notes due November 1, 1994 and 10-3/4 pct notes.", anchor: "1987-03-27", want: []string{`"November 1, 1994" DATE 1994-11-01 monthday`}},
	{name: "range end after its start", text: "The hurricane season runs from June 1 to Nov. 30.", anchor: "2013-03-22", want: []string{`"June 1" DATE 2013-06-01 monthday`, `"Nov. 30" DATE 2013-11-30 monthday`}},
	{name: "range start takes the end's year", text: "It ran from Jan. 3 to Dec. 28, 2012.", anchor: "2013-03-22", want: []string{`"Jan. 3" DATE 2012-01-03 monthday`, `"Dec. 28, 2012" DATE 2012-12-28 monthday`}},
	{name: "range end takes the start's year", text: "It ran from Dec. 3, 2011 to Jan. 28.", anchor: "2013-03-22", want: []string{`"Dec. 3, 2011" DATE 2011-12-03 monthday`, `"Jan. 28" DATE 2012-01-28 monthday`}},
	{name: "runs through", text: "The program runs through Sept. 30.", anchor: "2013-03-22", want: []string{`"Sept. 30" DATE 2013-09-30 monthday`}},
	{name: "ran through", text: "It ran through Sept. 30.", anchor: "2013-03-22", want: []string{`"Sept. 30" DATE 2012-09-30 monthday`}},
}

func init() { allTagTests = append(allTagTests, RuleMonthDayTests) }

func TestRuleMonthDay(t *testing.T) { runTagTests(t, RuleMonthDayTests) }
