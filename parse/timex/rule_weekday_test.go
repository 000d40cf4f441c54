package timex

import "testing"

var RuleWeekdayTests = []tagTest{
	{name: "a range going on now, past a past cue farther off", anchor: "2023-08-22", text: "The BRICS summit, being held in Johannesburg from Tuesday to Thursday, is the first gathering since the 2019 summit.", want: []string{`"Tuesday" DATE 2023-08-22 weekday`, `"Thursday" DATE 2023-08-24 weekday`, `"2019" DATE 2019 year`}},
	{name: "a stay through a day ahead", anchor: "2024-04-10", text: "Kishida is on an official visit to the United States through Sunday.", want: []string{`"Sunday" DATE 2024-04-14 weekday`}},
	{name: "talks that ran through a day", anchor: "2024-04-10", text: "The talks ran through Sunday.", want: []string{`"Sunday" DATE 2024-04-07 weekday`}},
	{name: "set for a day ahead", anchor: "2023-04-24", text: "The summit, set for Wednesday at the White House, is expected to produce a new framework.", want: []string{`"Wednesday" DATE 2023-04-26 weekday`}},
	{name: "was set for a day", anchor: "2023-04-24", text: "The vote had been set for Wednesday but was delayed.", want: []string{`"Wednesday" DATE 2023-04-19 weekday`}},
	{name: "past", text: "Kim left Vladivostok on Friday.", want: []string{`"Friday" DATE 2019-04-26 weekday`}},
	{name: "past capitalised", text: "On Thursday, Kim held his summit with Putin.", want: []string{`"Thursday" DATE 2019-04-25 weekday`}},
	{name: "past after comma", text: "Kim began his visit, the first one since he took power, on Wednesday.", want: []string{`"Wednesday" DATE 2019-04-24 weekday`}},
	{name: "short past in a relative clause", anchor: "2013-03-06", text: "Chavez, who died on Tuesday, will be buried on Friday.", want: []string{`"Tuesday" DATE 2013-03-05 weekday`, `"Friday" DATE 2013-03-08 weekday`}},
	{name: "short past before a later day", anchor: "2013-03-06", text: "The man who sued on Thursday will appear in court.", want: []string{`"Thursday" DATE 2013-02-28 weekday`}},
	{name: "late weekday", anchor: "2013-03-06", text: "The suspect was arrested late Friday.", want: []string{`"late Friday" DATE 2013-03-01 END weekday`}},
	{name: "early weekday", anchor: "1998-03-03", text: "The quake struck early Tuesday.", want: []string{`"early Tuesday" DATE 1998-03-03 START weekday`}},
	{name: "early weekday and part of day", anchor: "2013-03-06", text: "They met early Friday morning.", want: []string{`"Friday morning" TIME 2013-03-01TMO weekday`}},
	// Two weekdays of a range are at most a week apart, in order.
	{name: "range between in the past", anchor: "2013-03-22", text: "Voting took place between Friday and Sunday.", want: []string{`"Friday" DATE 2013-03-15 weekday`, `"Sunday" DATE 2013-03-17 weekday`}},
	{name: "range ahead", anchor: "2013-03-22", text: "Voting will take place from Friday to Sunday.", want: []string{`"Friday" DATE 2013-03-22 weekday`, `"Sunday" DATE 2013-03-24 weekday`}},
	{name: "range with a qualified end", anchor: "2013-03-23", text: "Talks will run from Friday to next Monday.", want: []string{`"Friday" DATE 2013-03-29 weekday`, `"next Monday" DATE 2013-04-01 weekday`}},
	{name: "and without between", anchor: "2013-03-22", text: "They met Friday and Sunday.", want: []string{`"Friday" DATE 2013-03-22 weekday`, `"Sunday" DATE 2013-03-17 weekday`}},
	// A deadline set in the past looks ahead; one met or missed does not.
	{name: "asked for a response by", anchor: "2013-03-22", text: "The union asked for a response by Tuesday.", want: []string{`"Tuesday" DATE 2013-03-26 weekday`}},
	{name: "a deadline of", anchor: "2013-03-22", text: "Officials gave the rebels a deadline of Sunday to lay down arms.", want: []string{`"Sunday" DATE 2013-03-24 weekday`}},
	{name: "reports filed by", anchor: "1990-08-16", text: "Thirty-two members had filed compliance reports by Wednesday.", want: []string{`"Wednesday" DATE 1990-08-15 weekday`}},
	{name: "agreement missed by", anchor: "1987-03-28", text: "Workers walked out after both sides failed to come to an agreement by Thursday noon.", want: []string{`"Thursday noon" TIME 1987-03-26T12:00 weekday`}},
	{name: "if and a participle", anchor: "2013-03-22", text: "If approved on Monday, the plan would take effect in April.", want: []string{`"Monday" DATE 2013-03-25 weekday`, `"April" DATE 2013-04 month`}},
	{name: "expect an object to", anchor: "2013-03-22", text: "Analysts expect the Fed to hold rates steady at its meeting on Wednesday.", want: []string{`"Wednesday" DATE 2013-03-27 weekday`}},
	{name: "expect an amount", anchor: "1987-03-20", text: "Economists expect a rise to 5 pct in the survey published Monday.", want: []string{`"Monday" DATE 1987-03-16 weekday`}},
	// A possessive weekday is past, unless a future clause looks ahead
	// to an event held that day.
	{name: "possessive event ahead", anchor: "2013-03-22", text: "He would attend Sunday's meeting.", want: []string{`"Sunday" DATE 2013-03-24 weekday`}},
	{name: "possessive event held", anchor: "2013-03-22", text: "The party won Sunday's vote.", want: []string{`"Sunday" DATE 2013-03-17 weekday`}},
	{name: "possessive result ahead", anchor: "2013-03-22", text: "Investors will study Tuesday's figures.", want: []string{`"Tuesday" DATE 2013-03-19 weekday`}},
	{name: "past has been", text: "The border has been closed since Monday.", want: []string{`"Monday" DATE 2019-04-22 weekday`}},
	{name: "future will", text: "Kim will return to Pyongyang on Sunday.", want: []string{`"Sunday" DATE 2019-04-28 weekday`}},
	{name: "future same day", text: "Kim will leave on Friday.", want: []string{`"Friday" DATE 2019-04-26 weekday`}},
	{name: "a visitor expected here, a report said after", anchor: "1987-03-04", text: "Iranian Oil Minister Gholamreza Aqazadeh is expected here on Friday for talks, the official news agency APS said today.", want: []string{`"Friday" DATE 1987-03-06 weekday`, `"today" DATE 1987-03-04 casual`}},
	{name: "due here", anchor: "1987-03-04", text: "The minister is due here on Friday for talks, the agency said.", want: []string{`"Friday" DATE 1987-03-06 weekday`}},
	{name: "future expected", text: "Putin is expected to fly to Beijing on Wednesday.", want: []string{`"Wednesday" DATE 2019-05-01 weekday`}},
	{name: "future will be held", text: "The talks will be held on Tuesday.", want: []string{`"Tuesday" DATE 2019-04-30 weekday`}},
	{name: "said then will", text: "Officials said Kim would visit Seoul on Monday.", want: []string{`"Monday" DATE 2019-04-29 weekday`}},
	// The present tense of a journey or meeting is a programme.
	{name: "present journey ahead", text: "Kim arrives in Seoul Tuesday.", want: []string{`"Tuesday" DATE 2019-04-30 weekday`}},
	{name: "present meeting ahead", anchor: "1987-04-13", text: "It will act when the commission meets Wednesday, officials said.", want: []string{`"Wednesday" DATE 1987-04-15 weekday`}},
	{name: "heads of state are no journey", anchor: "2013-03-20", text: "The heads of state gathered on Sunday.", want: []string{`"Sunday" DATE 2013-03-17 weekday`}},
	{name: "visits as a noun", anchor: "2013-03-20", text: "Two visits to Gaza on Sunday were short.", want: []string{`"Sunday" DATE 2013-03-17 weekday`}},
	{name: "due on", anchor: "2013-03-20", text: "Results are due on Monday.", want: []string{`"Monday" DATE 2013-03-25 weekday`}},
	{name: "due without on", anchor: "2013-03-20", text: "A ruling is due Monday.", want: []string{`"Monday" DATE 2013-03-25 weekday`}},
	{name: "payment due on", anchor: "2013-03-20", text: "It missed a payment due on Monday.", want: []string{`"Monday" DATE 2013-03-18 weekday`}},
	{name: "fell due", anchor: "2013-03-20", text: "The loan fell due on Monday.", want: []string{`"Monday" DATE 2013-03-18 weekday`}},
	{name: "was due", anchor: "2013-03-20", text: "The report was due on Monday, officials said.", want: []string{`"Monday" DATE 2013-03-18 weekday`}},
	{name: "may ahead", anchor: "1987-03-20", text: "Forecasts say winds may ease during the weekend.", want: []string{`"the weekend" DATE 1987-W12-WE relative`}},
	{name: "may be held ahead", anchor: "2013-03-20", text: "The vote may be held on Monday.", want: []string{`"Monday" DATE 2013-03-25 weekday`}},
	{name: "may after its subject", anchor: "1987-03-17", text: "Gains in retail sales in February may cause some concern.", want: []string{`"February" DATE 1987-02 month`}},
	{name: "may have looks back", anchor: "2013-03-20", text: "The gunman may have fled on Monday.", want: []string{`"Monday" DATE 2013-03-18 weekday`}},
	{name: "due to a cause", anchor: "1987-04-05", text: "The drop was mostly due to a decline in output in January.", want: []string{`"January" DATE 1987-01 month`}},
	{name: "due to expire", anchor: "1987-04-05", text: "The pact is due to expire in January.", want: []string{`"January" DATE 1988-01 month`}},
	// A verb of reported speech dates the report, not what it reports.
	{name: "said then a long report", anchor: "1987-02-26", text: "Bankers said there are no plans for the minister to meet bankers during his trip to Washington on Friday.", want: []string{`"Friday" DATE 1987-02-27 weekday`}},
	{name: "said in a statement on", anchor: "2013-03-20", text: "The ministry said in a statement on Monday that talks failed.", want: []string{`"Monday" DATE 2013-03-18 weekday`}},
	{name: "preparing to depart", anchor: "1987-06-01", text: "President Reagan, preparing to depart for the Venice summit on Wednesday, said allies must keep their pledges.", want: []string{`"Wednesday" DATE 1987-06-03 weekday`}},
	// Wire archives wrap their copy: a wrapped line goes on with the
	// sentence; an indented line, a blank line or a short line before a
	// capital starts a new one.
	{name: "wrapped line", anchor: "1987-03-27", text: "Okongwu left Paris today for London and is\ndue back in Nigeria on Monday, sources said.", want: []string{`"today" DATE 1987-03-27 casual`, `"Monday" DATE 1987-03-30 weekday`}},
	{name: "wrapped line before a capital", anchor: "1987-03-19", text: "The two exchanges signed a memorandum of understanding on\nFriday calling for a link.", want: []string{`"Friday" DATE 1987-03-13 weekday`}},
	{name: "indented paragraph", anchor: "2013-03-20", text: "Talks will resume next week.\n    Talks broke down on Monday.", want: []string{`"next week" DATE 2013-W13 relative`, `"Monday" DATE 2013-03-18 weekday`}},
	{name: "headline apart", anchor: "2013-03-20", text: "Ministers will meet\nMinisters met on Monday in Brussels.", want: []string{`"Monday" DATE 2013-03-18 weekday`}},
	{name: "short line then a capital", anchor: "2013-03-20", text: "Talks Will Go On\nMonday was calm in the capital.", want: []string{`"Monday" DATE 2013-03-18 weekday`}},
	// An archive that keeps the dateline in a field of its own cuts the
	// text's first line short: in lower case, it goes on.
	{name: "short first line in running text", anchor: "1987-04-03", text: "Nynex Corp said its business\nCenters on Monday will start marketing the computers.", want: []string{`"Monday" DATE 1987-04-06 weekday`}},
	{name: "said, a date and a modal", anchor: "1987-04-03", text: "Nynex Corp said its centres on Monday will start marketing.", want: []string{`"Monday" DATE 1987-04-06 weekday`}},
	{name: "present without a cue nearest past", text: "Kim is in Seoul Tuesday.", want: []string{`"Tuesday" DATE 2019-04-23 weekday`}},
	{name: "present nearest future", text: "The talks resume Monday.", want: []string{`"Monday" DATE 2019-04-29 weekday`}},
	{name: "last", text: "He met Putin last Friday.", want: []string{`"last Friday" DATE 2019-04-19 weekday`}},
	{name: "next", text: "He meets Putin next Friday.", want: []string{`"next Friday" DATE 2019-05-03 weekday`}},
	{name: "this", text: "The vote is this Sunday.", want: []string{`"this Sunday" DATE 2019-04-28 weekday`}},
	{name: "this past", text: "He arrived this past Monday.", want: []string{`"this past Monday" DATE 2019-04-22 weekday`}},
	{name: "part of day", text: "Kim arrived on Wednesday night.", want: []string{`"Wednesday night" TIME 2019-04-24TNI weekday`}},
	{name: "morning", text: "The train left Friday morning.", want: []string{`"Friday morning" TIME 2019-04-26TMO weekday`}},
	{name: "with clock", text: "The train left on Friday at 3 p.m.", want: []string{`"Friday at 3 p.m." TIME 2019-04-26T15:00 weekday`}},
	{name: "clock first", text: "The train left at 3 p.m. on Friday.", want: []string{`"3 p.m. on Friday" TIME 2019-04-26T15:00 weekday`}},
	{name: "abbreviation in sentence", text: "The U.S. envoy arrived on Monday.", want: []string{`"Monday" DATE 2019-04-22 weekday`}},
	// Regression: the nearest cue in the sentence was "expected", in a
	// later clause.
	{name: "verb before wins", text: "The Senate voted on Thursday to approve the bill, which Trump is expected to sign.", want: []string{`"Thursday" DATE 2019-04-25 weekday`}},
	{name: "clauses", text: "Kim arrived on Tuesday, and will stay until Thursday evening.", want: []string{`"Tuesday" DATE 2019-04-23 weekday`, `"Thursday evening" TIME 2019-05-02TEV weekday`}},
	{name: "holiday", text: "Shops close on Good Friday.", want: []string{`"Good Friday" DATE 2019-04-19 holiday`}},
	{name: "lowercase abbreviations", text: "He sat in the sun on wed night.", want: nil},
	{name: "plural is a set", text: "Markets close on Sundays.", want: []string{`"Sundays" SET XXXX-WXX-7 set`}},
	// Plans reported from the past point neither way: the nearest day.
	// Regression: the past tense of "were" or "planned" sent these back a week.
	{name: "planned a rally", anchor: "2000-01-07", text: "Protesters planned a large demonstration in Little Havana on Saturday and were planning to drive around Miami.", want: []string{`"Saturday" DATE 2000-01-08 weekday`}},
	{name: "was to meet", text: "Kim was to meet Moon on Monday.", want: []string{`"Monday" DATE 2019-04-29 weekday`}},
	{name: "was to meet past", text: "Kim was to meet Moon on Tuesday, officials said.", want: []string{`"Tuesday" DATE 2019-04-23 weekday`}},
	{name: "vowed to", anchor: "2019-04-22", text: "Rebels vowed to march on the capital Thursday.", want: []string{`"Thursday" DATE 2019-04-25 weekday`}},
	{name: "a day set for it", anchor: "2013-03-18", text: "The vote is on Friday.", want: []string{`"Friday" DATE 2013-03-22 weekday`}},
	{name: "a day set for it, straight after is", anchor: "2013-03-18", text: "The funeral is Saturday.", want: []string{`"Saturday" DATE 2013-03-23 weekday`}},
	{name: "a day set for it, after a clock time", anchor: "2013-03-18", text: "The meeting is at 10 a.m. Friday.", want: []string{`"10 a.m. Friday" TIME 2013-03-22T10:00 weekday`}},
	{name: "voters go to the polls", anchor: "2013-03-20", text: "Voters go to the polls on Sunday.", want: []string{`"Sunday" DATE 2013-03-24 weekday`}},
	{name: "they vote on", anchor: "2013-03-20", text: "Italians vote on Sunday.", want: []string{`"Sunday" DATE 2013-03-24 weekday`}},
	{name: "votes and a weekday", anchor: "2013-03-20", text: "The Senate votes Tuesday on the bill.", want: []string{`"Tuesday" DATE 2013-03-26 weekday`}},
	{name: "did not go", anchor: "2013-03-20", text: "They did not go to work on Monday.", want: []string{`"Monday" DATE 2013-03-18 weekday`}},
	{name: "goes to", anchor: "1987-04-03", text: "The dispute goes to the Commission on Monday, they said.", want: []string{`"Monday" DATE 1987-04-06 weekday`}},
	{name: "takes effect", anchor: "2013-03-18", text: "The ban takes effect Friday.", want: []string{`"Friday" DATE 2013-03-22 weekday`}},
	{name: "continues through", anchor: "2013-03-18", text: "The strike continues through Friday.", want: []string{`"Friday" DATE 2013-03-22 weekday`}},
	{name: "closes", anchor: "1987-03-20", text: "Banks scrambled for funds before the accounting period closes on Monday.", want: []string{`"Monday" DATE 1987-03-23 weekday`}},
	{name: "the quarter ended is no timetable", anchor: "1987-03-04", text: "Qtr ends Jan 31", want: []string{`"Jan 31" DATE 1987-01-31 monthday`}},
	{name: "a day it was held", anchor: "2013-03-18", text: "The talks were on Friday.", want: []string{`"Friday" DATE 2013-03-15 weekday`}},
	{name: "have vowed to", anchor: "2013-03-22", text: "Protesters have vowed to return to the streets on Saturday.", want: []string{`"Saturday" DATE 2013-03-23 weekday`}},
	{name: "agreed to a thing", anchor: "2013-03-22", text: "He agreed to the plan on Monday.", want: []string{`"Monday" DATE 2013-03-18 weekday`}},
	{name: "the day of an offer", anchor: "1987-03-24", text: "On Thursday, First Financial offered\nto acquire Comdata for 18 dlrs a share.", want: []string{`"Thursday" DATE 1987-03-19 weekday`}},
	{name: "a participle set off by a comma tells no tense", anchor: "1987-03-13", text: "Bra Kanon would attend the opening of the talks, convened\nby the International Cocoa Organization, in London on Monday.", want: []string{`"Monday" DATE 1987-03-16 weekday`}},
	{name: "threatened to across a line", anchor: "1987-10-20", text: "The union has threatened to\nstrike at 1000 hrs EDT on Thursday.", want: []string{`"1000 hrs EDT on Thursday" TIME 1987-10-22T10:00 weekday`}},
	{name: "agreed on", anchor: "2019-04-22", text: "Rebels agreed on Thursday to a truce.", want: []string{`"Thursday" DATE 2019-04-18 weekday`}},
	// Regression: the past verb sent a deadline back a week.
	{name: "postponed until", anchor: "2000-03-30", text: "Officials postponed until Tuesday morning any action on the boy.", want: []string{`"Tuesday morning" TIME 2000-04-04TMO weekday`}},
	{name: "until clock", anchor: "2000-04-03", text: "The INS has given the relatives until 9 a.m. Tuesday to sign.", want: []string{`"9 a.m. Tuesday" TIME 2000-04-04T09:00 weekday`}},
	{name: "up until looks back", anchor: "1999-05-06", text: "Up until Monday, however, they had described him only as a witness.", want: []string{`"Monday" DATE 1999-05-03 weekday`}},
	{name: "until at the head looks back", anchor: "1999-05-07", text: "Until Thursday, they had not called Kopp a suspect.", want: []string{`"Thursday" DATE 1999-05-06 weekday`}},
	// Regression: "due to" and "scheduled to" were future cues even after
	// "had been".
	{name: "had been due to", anchor: "1989-10-30", text: "It had been due to expire Friday evening.", want: []string{`"Friday evening" TIME 1989-10-27TEV weekday`}},
	// Regression: the future verb of the clause sent a possessive day a
	// week ahead; news names a day by its event once it has happened.
	{name: "possessive past", anchor: "2000-01-07", text: "His relatives would look for ways to get around Wednesday's ruling.", want: []string{`"Wednesday" DATE 2000-01-05 weekday`}},
	{name: "possessive same day", anchor: "2000-06-01", text: "The family will appeal Thursday's decision.", want: []string{`"Thursday" DATE 2000-06-01 weekday`}},
	{name: "possessive curly", text: "Investors will study Tuesday’s figures.", want: []string{`"Tuesday" DATE 2019-04-23 weekday`}},
	{name: "the day before", text: "The talks were held the day before last Tuesday.", anchor: "2000-02-25", want: []string{`"the day before last Tuesday" DATE 2000-02-21 weekday`}},
	// Headlines and datelines in capitals.
	{name: "capitals", text: "KIM LEFT VLADIVOSTOK ON THURSDAY", want: []string{`"THURSDAY" DATE 2019-04-25 weekday`}},
	{name: "capitals future", text: "PUTIN WILL FLY TO BEIJING ON SUNDAY", want: []string{`"SUNDAY" DATE 2019-04-28 weekday`}},
	{name: "capitals possessive", text: "STOCKS FALL AFTER MONDAY'S RULING", want: []string{`"MONDAY" DATE 2019-04-22 weekday`}},
	{name: "capitals holiday", text: "SHOPS CLOSE ON GOOD FRIDAY", want: nil},
	{name: "mixed capitals", text: "He left on FRiday.", want: nil},
	// Abbreviations with their full stop, as listings and AP copy write
	// them, resolve as the full name.
	{name: "Tue.", text: "The talks on Tue. were long.", want: []string{`"Tue." DATE 2019-04-23 weekday`}},
	{name: "Tues.", text: "Kim will arrive Tues., officials said.", want: []string{`"Tues." DATE 2019-04-30 weekday`}},
	{name: "Wed.", text: "The court ruled Wed. that the law stands.", want: []string{`"Wed." DATE 2019-04-24 weekday`}},
	{name: "Thu.", text: "Talks resume Thu. in Geneva.", want: []string{`"Thu." DATE 2019-05-02 weekday`}},
	{name: "Thur.", text: "The vote was held Thur. in Seoul.", want: []string{`"Thur." DATE 2019-04-25 weekday`}},
	{name: "Thurs.", text: "He will speak Thurs. at noon.", want: []string{`"Thurs. at noon" TIME 2019-05-02T12:00 weekday`}},
	{name: "Fri.", text: "Markets closed Fri. lower.", want: []string{`"Fri." DATE 2019-04-26 weekday`}},
	{name: "Sat.", text: "Rallies are planned for Sat., police said.", want: []string{`"Sat." DATE 2019-04-27 weekday`}},
	{name: "Sun. at the end after on", text: "The vote will be held on Sun.", want: []string{`"Sun." DATE 2019-04-28 weekday`}},
	{name: "Mon.", text: "Kim left on Mon. for Seoul.", want: []string{`"Mon." DATE 2019-04-22 weekday`}},
	{name: "abbreviation with part of day", text: "The train left Fri. night for Pyongyang.", want: []string{`"Fri. night" TIME 2019-04-26TNI weekday`}},
	{name: "last Tue.", text: "He met Putin last Tue.", want: []string{`"last Tue." DATE 2019-04-23 weekday`}},
	{name: "abbreviation without full stop", text: "Sat in the Sun with Wed and Fri", want: nil},
	{name: "lowercase abbreviations with full stop", text: "He sat. The sun. They wed.", want: nil},
	{name: "the Sun newspaper", text: "The story was first reported by The Sun.", want: nil},
	{name: "Sun the company", text: "The unit was bought by Sun. It later closed.", want: nil},
	{name: "the Sun in a sentence", text: "He told the Sun. that he would run.", want: nil},
	{name: "ahead of", text: "Campaigning intensified ahead of Sunday's election.", anchor: "2013-03-22", want: []string{`"Sunday" DATE 2013-03-24 weekday`}},
	{name: "run-up to", text: "Prices rose in the run-up to Thursday's meeting.", anchor: "2013-03-22", want: []string{`"Thursday" DATE 2013-03-28 weekday`}},
}

func init() { allTagTests = append(allTagTests, RuleWeekdayTests) }

func TestRuleWeekday(t *testing.T) { runTagTests(t, RuleWeekdayTests) }
