package timex

import "testing"

var RuleMonthTests = []tagTest{
	{name: "a month before a body's meeting", text: "Recommendations will go to the July United Nations Conference on Trade and Development meeting.", anchor: "1987-03-09", want: []string{`"July" DATE 1987-07 month`}},
	{name: "a month before a body's acronym and meeting", text: "They go to the July UNCTAD meeting.", anchor: "1987-03-09", want: []string{`"July" DATE 1987-07 month`}},
	{name: "a month in a name", text: "The October Revolution was celebrated.", anchor: "1987-03-09", want: nil},
	{name: "after a superlative", anchor: "2013-03-22", text: "It was the warmest March since records began in 1910.", want: []string{`"March" DATE 2013-03 month`, `"1910" DATE 1910 year`}},
	{name: "superlative without the", anchor: "2013-03-22", text: "Sales were highest March 2013.", want: []string{`"March 2013" DATE 2013-03 monthyear`}},
	{name: "end- of financial copy", anchor: "1987-03-03", text: "Stocks at end-January were 2.1 mln tonnes.", want: []string{`"end-January" DATE 1987-01 END month`}},
	{name: "for shipment", anchor: "1987-04-07", text: "There were indications that 50,000 tonnes traded for August shipment.", want: []string{`"August" DATE 1987-08 month`}},
	{name: "for a month gone", anchor: "1987-04-07", text: "Exports for January were up.", want: []string{`"January" DATE 1987-01 month`}},
	{name: "happened in a month ahead", anchor: "2013-03-22", text: "The bombing happened in April.", want: []string{`"April" DATE 2012-04 month`}},
	{name: "fronted month in a past clause", anchor: "1989-10-27", text: "The talks dragged on. In January, American Medical brought in a new chief executive.", want: []string{`"January" DATE 1989-01 month`}},
	{name: "a month before its noun after a percentage", anchor: "1987-03-27", text: "Prices rose 0.4 pct in February after a 0.7 pct January gain and a 1.5 percent December rise.", want: []string{`"February" DATE 1987-02 month`, `"January" DATE 1987-01 month`, `"December" DATE 1986-12 month`}},
	// "last April 26": the day of the month the relative word picked.
	{name: "last month and day", anchor: "1987-03-16", text: "Thirty-one were killed at Chernobyl last April 26; the bill was introduced last February 19.", want: []string{`"last April 26" DATE 1986-04-26 month`, `"last February 19" DATE 1987-02-19 month`}},
	{name: "next month and day", anchor: "1987-04-08", text: "The accord expires next March 31, and the year ends this September 30.", want: []string{`"next March 31" DATE 1988-03-31 month`, `"this September 30" DATE 1987-09-30 month`}},
	{name: "last month and day this month", anchor: "1987-03-15", text: "The index rose in the week ended last March 5.", want: []string{`"the week" DATE 1987-W10 relative`, `"last March 5" DATE 1987-03-05 month`}},
	{name: "last month and a figure", anchor: "1987-03-16", text: "Last March 5 pct of shares rose.", want: []string{`"Last March" DATE 1986-03 month`}},
	{name: "a pair of months before their year", anchor: "1987-04-21", text: "Yeutter promised to consider again in July or August this year a complaint; sales rose in November and December last year.", want: []string{`"July" DATE 1987-07 month`, `"August this year" DATE 1987-08 month`, `"November" DATE 1986-11 month`, `"December last year" DATE 1986-12 month`}},
	{name: "a month of this year", anchor: "1987-06-18", text: "Revlon gets paid through November of this year, as it was in May of last year.", want: []string{`"November of this year" DATE 1987-11 month`, `"May of last year" DATE 1986-05 month`}},
	{name: "a month before its meeting", anchor: "1987-04-27", text: "Officials set the agenda for the Group of Seven's June summit; OPEC's December meeting raised prices.", want: []string{`"June" DATE 1987-06 month`, `"December" DATE 1986-12 month`}},
	{name: "a month before its figures", anchor: "1987-10-19", text: "December loading rose, and estimates put OPEC September production at 18.5 mln bpd; May sales fell.", want: []string{`"December" DATE 1987-12 month`, `"September" DATE 1987-09 month`, `"May" DATE 1987-05 month`}},
	{name: "a name before a noun", anchor: "1987-10-19", text: "Theresa May exports more.", want: nil},
	{name: "a percentage before a name", anchor: "1987-03-27", text: "It rose 5 pct May said, and 5 pct. March was weak.", want: nil},
	{name: "either one month or another", anchor: "1987-03-18", text: "Rolls-Royce will be sold in either April or May, and BAA in either June or July.", want: []string{`"April" DATE 1987-04 month`, `"May" DATE 1987-05 month`, `"June" DATE 1987-06 month`, `"July" DATE 1987-07 month`}},
	{name: "May after another month", anchor: "1987-03-18", text: "Demand will rise in April and May, and fall in Jan. or May next year.", want: []string{`"April" DATE 1987-04 month`, `"May" DATE 1987-05 month`, `"Jan." DATE 1988-01 month`, `"May next year" DATE 1988-05 month`}},
	{name: "May among names", anchor: "1987-03-18", text: "The choice is either May or Corbyn; we met Jan and May.", want: nil},
	{name: "fronted month ahead", anchor: "1989-10-27", text: "In January, the plant will close.", want: []string{`"January" DATE 1990-01 month`}},
	{name: "a figure's change in a month ahead", anchor: "2013-11-25", text: "Prices rose 3 percent year-on-year in February.", want: []string{`"February" DATE 2013-02 month`}},
	{name: "a figure's change to a level in a month ahead", anchor: "2013-11-25", text: "Unemployment fell to 7.7 percent in February.", want: []string{`"February" DATE 2013-02 month`}},
	{name: "a figure's change, then a plan", anchor: "2013-11-25", text: "Sales rose 4 percent after it agreed to sell the unit in January.", want: []string{`"January" DATE 2014-01 month`}},
	{name: "month after a past verb, set ahead", anchor: "1989-10-27", text: "It announced an agreement to acquire the bank in January.", want: []string{`"January" DATE 1990-01 month`}},
	{name: "past verb, month ahead", anchor: "2013-03-22", text: "The board approved a dividend payable in April.", want: []string{`"April" DATE 2013-04 month`}},
	{name: "in", text: "They met in March.", want: []string{`"March" DATE 2019-03 month`}},
	{name: "past year before", text: "They met in October.", want: []string{`"October" DATE 2018-10 month`}},
	{name: "future", text: "They will meet in March.", want: []string{`"March" DATE 2020-03 month`}},
	{name: "future later", text: "They will meet in June.", want: []string{`"June" DATE 2019-06 month`}},
	{name: "early", text: "Talks stalled in early April.", want: []string{`"early April" DATE 2019-04 START month`}},
	{name: "mid", text: "Talks resumed mid-April.", want: []string{`"mid-April" DATE 2019-04 MID month`}},
	{name: "end of", text: "It ends at the end of June.", want: []string{`"the end of June" DATE 2019-06 END month`}},
	{name: "last", text: "He visited last March.", want: []string{`"last March" DATE 2019-03 month`}},
	{name: "next", text: "He visits next May.", want: []string{`"next May" DATE 2019-05 month`}},
	// Regression: the nearest February was next year's, though "this
	// year" follows it; "February this year" is one expression.
	{name: "this year after", anchor: "1998-12-03", text: "The ratification process began in February this year.", want: []string{`"February this year" DATE 1998-02 month`}},
	{name: "last year after", anchor: "1998-02-19", text: "But in June last year, the leadership had a falling out.", want: []string{`"June last year" DATE 1997-06 month`}},
	{name: "next year after", anchor: "1998-02-19", text: "Elections are due in January, next year.", want: []string{`"January" DATE 1999-01 month`, `"next year" DATE 1999 relative`}},
	{name: "since May", text: "Prices have risen since May.", want: []string{`"May" DATE 2018-05 month`}},
	// Regression: past cues sent near-future months back a year.
	{name: "past cue nearest", text: "It agreed to buy the bank in January.", anchor: "1989-11-02", want: []string{`"January" DATE 1990-01 month`}},
	{name: "past cue far", text: "It bought the bank in April.", anchor: "1989-11-02", want: []string{`"April" DATE 1989-04 month`}},
	// Regression: "agreed" sent a plan back a year; an agreed purchase
	// is as likely ahead as behind, so the nearest month.
	{name: "agreed to nearest", text: "Thermo agreed to purchase the line for $22 million in February.", anchor: "1989-10-30", want: []string{`"February" DATE 1990-02 month`}},
	{name: "no cue nearest", text: "KKR plans to pay down the loan by February.", anchor: "1989-10-30", want: []string{`"February" DATE 1990-02 month`}},
	{name: "modal may", text: "The talks may resume.", want: nil},
	{name: "May the name", text: "May said the deal was dead.", want: nil},
	{name: "May possessive", text: "Opposition to May's plan grew.", want: nil},
	{name: "and May", text: "Merkel and May met.", want: nil},
	// Regression: "Jan Kavan" was tagged as January.
	{name: "Jan the name", anchor: "1999-03-13", text: "Geremek, Martonyi and Jan Kavan signed.", want: nil},
	{name: "march the verb", text: "Protesters march on the capital.", want: nil},
	{name: "March at sentence start", text: "March organisers said thousands came.", want: nil},
	{name: "before a noun", text: "They gathered evidence in the October slaying.", anchor: "1998-10-25", want: []string{`"October" DATE 1998-10 month`}},
	{name: "a month noun", text: "It sold itself under a June agreement.", anchor: "1989-10-27", want: []string{`"June" DATE 1989-06 month`}},
	{name: "after its", text: "The bank left rates unchanged at its March meeting.", anchor: "2013-03-22", want: []string{`"March" DATE 2013-03 month`}},
	{name: "next year in March", text: "He will retire next year in March.", anchor: "2013-03-22", want: []string{`"next year" DATE 2014 relative`, `"March" DATE 2014-03 month`}},
	{name: "a year named before is another's", text: "Bonds due 2017 were sold in February.", anchor: "1987-03-04", want: []string{`"2017" DATE 2017 year`, `"February" DATE 1987-02 month`}},
	{name: "a month set for it", text: "Elections are in April.", anchor: "2013-10-22", want: []string{`"April" DATE 2014-04 month`}},
	{name: "a month it was held", text: "The sales were in April.", anchor: "2013-10-22", want: []string{`"April" DATE 2013-04 month`}},
	{name: "goes on sale", text: "The new iPhone goes on sale in September.", anchor: "2013-03-22", want: []string{`"September" DATE 2013-09 month`}},
	{name: "a plan half a year away is ahead", text: "A rise in fuel duty planned for September will not go ahead.", anchor: "2013-03-21", want: []string{`"September" DATE 2013-09 month`}},
	{name: "were set is no plan", text: "The fixed prices were set in its December accord.", anchor: "1987-06-29", want: []string{`"December" DATE 1986-12 month`}},
	{name: "agreed to with no verb", text: "OPEC will not do anything it has not already agreed to in December.", anchor: "1987-06-29", want: []string{`"December" DATE 1986-12 month`}},
	{name: "agreed to be", text: "He will retire when the three-year period he agreed to be chairman ends in August.", anchor: "1987-03-18", want: []string{`"three-year" DURATION P3Y duration`, `"August" DATE 1987-08 month`}},
	{name: "after their, past", text: "Prices fell from their January peaks.", anchor: "1987-03-19", want: []string{`"January" DATE 1987-01 month`}},
	{name: "her May is the name", text: "She gave her May speech.", anchor: "2013-03-22", want: nil},
	{name: "after his, no noun", text: "He kept his June.", anchor: "2013-03-22", want: nil},
	{name: "possessive after preposition", text: "After a revision to December's figures, jobs grew.", anchor: "1998-02-06", want: []string{`"December" DATE 1997-12 month`}},
	{name: "bare possessive", text: "December's figures were revised.", want: []string{`"December" DATE 2018-12 month`}},
	{name: "possessive first name", text: "April's mother said no.", want: nil},
	{name: "possessive before a vote ahead", anchor: "1987-03-20", text: "They met ahead of July's conference.", want: []string{`"July" DATE 1987-07 month`}},
	{name: "possessive across a paragraph", anchor: "1987-04-07", text: "The impact will be in July/Sept.\n    Last year's crop was small.", want: []string{`"July" DATE 1987-07 month`, `"Last year" DATE 1986 relative`}},
	{name: "May's is a name", text: "They voted on May's deal.", want: nil},
	{name: "the May government", text: "The May government fell.", want: nil},
	{name: "the March on", text: "He led the March on Washington.", want: nil},
	{name: "the March that", text: "The March that followed was larger.", want: nil},
	{name: "plans a trip", text: "Clayton Yeutter said he plans a July trip to China.", anchor: "1987-03-04", want: []string{`"July" DATE 1987-07 month`}},
	// A week of a month is the ISO week of its first, second or last
	// Thursday: the first week most of whose days are the month's.
	{name: "the first week of", text: "Talks will resume in the first week of April.", anchor: "2013-03-22", want: []string{`"the first week of April" DATE 2013-W14 month`}},
	{name: "the first week of a month from Friday", text: "He left in the first week of March.", anchor: "2013-03-22", want: []string{`"the first week of March" DATE 2013-W10 month`}},
	{name: "the second week of", text: "The vote is set for the second week of May.", anchor: "2013-03-22", want: []string{`"the second week of May" DATE 2013-W19 month`}},
	{name: "the last week of", text: "Sales slowed in the last week of February.", anchor: "2013-03-22", want: []string{`"the last week of February" DATE 2013-W09 month`}},
	{name: "the last week of a year", text: "It snowed in the last week of December 2012.", anchor: "2013-03-22", want: []string{`"the last week of December 2012" DATE 2012-W52 monthyear`}},
	{name: "a week of is no week", text: "He spent a week of March in Rome.", anchor: "2013-03-22", want: []string{`"a week" DURATION P1W duration`, `"March" DATE 2013-03 month`}},
	{name: "event month with a future verb", anchor: "1987-06-18", text: "He said the deficit will fall to the level he forecast in the February budget.", want: []string{`"February" DATE 1987-02 month`}},
	// A month just ended is the month of its figures, though the verb
	// looks ahead.
	{name: "figures of the month just ended", anchor: "1987-03-23", text: "Exports are expected to show a 26 pct year-on-year fall in February.", want: []string{`"February" DATE 1987-02 month`}},
	{name: "a meeting in a month ahead", anchor: "1987-03-23", text: "The ministers are expected to meet in February.", want: []string{`"February" DATE 1988-02 month`}},
}

func init() { allTagTests = append(allTagTests, RuleMonthTests) }

func TestRuleMonth(t *testing.T) { runTagTests(t, RuleMonthTests) }
