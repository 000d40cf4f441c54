package timex

import "testing"

var RuleNarrativeTests = []tagTest{
	{name: "a day in a relative clause leaves the main clause's in focus", anchor: "2017-04-07", text: "Xi flew into Palm Beach on Thursday from Helsinki, where he had held talks on Wednesday. That evening, Trump hosted him.", want: []string{`"Thursday" DATE 2017-04-06 weekday`, `"Wednesday" DATE 2017-04-05 weekday`, `"That evening" TIME 2017-04-06TEV narrative`}},
	{name: "a day in a relative clause alone moves the focus", anchor: "2017-04-07", text: "Xi flew in from Helsinki, where he had held talks on Wednesday. That evening, Trump hosted him.", want: []string{`"Wednesday" DATE 2017-04-05 weekday`, `"That evening" TIME 2017-04-05TEV narrative`}},
	{name: "that opening a clause", anchor: "1987-03-03", text: "Analysts noted that spring crops normally yield less.", want: nil},
	{name: "that summer", anchor: "2013-03-22", text: "He joined the ministry in 1951 and became ambassador that summer.", want: []string{`"1951" DATE 1951 year`, `"that summer" DATE 1951-SU narrative`}},
	{name: "the following spring is a narrative's", anchor: "2013-03-22", text: "He joined in 1951 and left the following spring.", want: []string{`"1951" DATE 1951 year`}},
	{name: "that summer without a year in focus", anchor: "2013-03-22", text: "The drought was worst that summer.", want: []string{`"that summer" DATE 2013-SU narrative`}},
	{name: "next day from focus", text: "Rebels attacked on March 3. The next day, troops arrived.", want: []string{`"March 3" DATE 2019-03-03 monthday`, `"The next day" DATE 2019-03-04 narrative`}},
	{name: "prior year from the year in focus", anchor: "1987-03-31", text: "Income fell to a 1986 loss from prior year earnings of 737 mln dlrs.", want: []string{`"1986" DATE 1986 year`, `"prior year" DATE 1985 narrative`}},
	{name: "prior year counted back once", anchor: "1987-03-26", text: "Exports rose 20 pct in 1986 over the previous year. Production was unchanged from the previous year.", want: []string{`"1986" DATE 1986 year`, `"the previous year" DATE 1985 narrative`, `"the previous year" DATE 1985 narrative`}},
	{name: "the next day counted forward again", anchor: "2013-03-22", text: "Kim arrived on Monday. The next day he met Putin. The next day he left.", want: []string{`"Monday" DATE 2013-03-18 weekday`, `"The next day" DATE 2013-03-19 narrative`, `"The next day" DATE 2013-03-20 narrative`}},
	{name: "a heading below prior", anchor: "1987-02-26", text: "Qtly div three cts vs three cts prior\n    Year\n    Shr profit two cts", want: nil},
	{name: "next day without focus", text: "The next day, troops arrived.", want: []string{`"The next day" DATE 2019-04-27 narrative`}},
	{name: "following day chains", text: "Talks began on March 3. The following day they stalled, and the following day they broke down.", want: []string{`"March 3" DATE 2019-03-03 monthday`, `"The following day" DATE 2019-03-04 narrative`, `"the following day" DATE 2019-03-05 narrative`}},
	{name: "that same day", text: "He was shot on Oct. 23, 1998. That same day, police searched the house.", want: []string{`"Oct. 23, 1998" DATE 1998-10-23 monthday`, `"That same day" DATE 1998-10-23 narrative`}},
	{name: "earlier that day", text: "He was shot on Oct. 23, 1998. Earlier that day, he had gone to a funeral.", want: []string{`"Oct. 23, 1998" DATE 1998-10-23 monthday`, `"Earlier that day" DATE 1998-10-23 narrative`}},
	{name: "the day before", text: "The vote was on March 3; he had resigned the day before.", want: []string{`"March 3" DATE 2019-03-03 monthday`, `"the day before" DATE 2019-03-02 narrative`}},
	{name: "the year before", text: "It lost $5.2 billion in 2012, against $3.6 billion the year before.", want: []string{`"2012" DATE 2012 year`, `"the year before" DATE 2011 narrative`}},
	{name: "the month before", text: "Prices rose 0.4 pct in March, after 0.2 pct the month before.", want: []string{`"March" DATE 2019-03 month`, `"the month before" DATE 2019-02 narrative`}},
	{name: "the week before", text: "Sales in the week to March 7 were half those of the week before.", anchor: "2019-03-12", want: []string{`"the week" DATE 2019-W10 relative`, `"March 7" DATE 2019-03-07 monthday`, `"the week before" DATE 2019-W09 narrative`}},
	{name: "the year after a wrapped line", text: "It aims for a 12.8 pct share throughout the year after\n11.7 pct in 1986.", want: []string{`"1986" DATE 1986 year`}},
	{name: "the year before at a paragraph end", text: "Profit was $3 million in 2012 against $2 million the year before\n    Sales rose.", want: []string{`"2012" DATE 2012 year`, `"the year before" DATE 2011 narrative`}},
	{name: "the year before an event is no date", text: "He resigned the year before the war.", want: nil},
	{name: "the day before an event is no date", text: "He resigned the day before the vote.", want: nil},
	{name: "the previous week after last week", anchor: "1987-03-24", text: "Analysts are divided over last week because runs rose. Stocks could be below the previous week.", want: []string{`"last week" DATE 1987-W12 relative`, `"the previous week" DATE 1987-W11 narrative`}},
	{name: "the prior week after the preceding week", anchor: "1987-03-26", text: "Export sales in the week ended March 19 were down from the preceding week. Soybean sales were above the prior week, and meal sales above the previous week.", want: []string{`"the week" DATE 1987-W12 relative`, `"March 19" DATE 1987-03-19 monthday`, `"the preceding week" DATE 1987-W11 narrative`, `"the prior week" DATE 1987-W11 narrative`, `"the previous week" DATE 1987-W11 narrative`}},
	{name: "the following week after next week", anchor: "1987-04-24", text: "We will be sowing next week or the following week.", want: []string{`"next week" DATE 1987-W18 relative`, `"the following week" DATE 1987-W19 narrative`}},
	{name: "next morning", anchor: "2000-02-24", text: "He was taken to a hospital on Tuesday and was released the next morning.", want: []string{`"Tuesday" DATE 2000-02-22 weekday`, `"the next morning" TIME 2000-02-23TMO narrative`}},
	{name: "that month", text: "The firm was sold in June 1998. That month, prices rose.", want: []string{`"June 1998" DATE 1998-06 monthyear`, `"That month" DATE 1998-06 narrative`}},
	{name: "following month", anchor: "1989-10-27", text: "The board met in March 1989. The following month, the company hired advisers.", want: []string{`"March 1989" DATE 1989-03 monthyear`, `"The following month" DATE 1989-04 narrative`}},
	{name: "following year", text: "On May 22, 1995, he was made a general, and the following year he was appointed chief.", want: []string{`"May 22, 1995" DATE 1995-05-22 monthday`, `"the following year" DATE 1996 narrative`}},
	{name: "a day named before 'that year' is of the year in focus", anchor: "2022-12-01", text: "The crisis of September 2021 ended after they spoke by phone on September 22 that year.", want: []string{`"September 2021" DATE 2021-09 monthyear`, `"September 22" DATE 2021-09-22 monthday`, `"that year" DATE 2021 narrative`}},
	{name: "later that year", text: "He fled to Florida in June 1998 and returned to Cuba later that year.", want: []string{`"June 1998" DATE 1998-06 monthyear`, `"later that year" DATE 1998 narrative`}},
	{name: "that year from a year", anchor: "1989-11-02", text: "Imports reached $1.5 billion in 1988, and that year the share fell.", want: []string{`"1988" DATE 1988 year`, `"that year" DATE 1988 narrative`}},
	{name: "that month needs a month", text: "Sales rose in 1998. That month, prices rose.", want: []string{`"1998" DATE 1998 year`, `"That month" DATE 2019-04 narrative`}},
	{name: "previous weekday", anchor: "1989-10-30", text: "The index closed at 2082.1 on Friday, down 4.5% from the previous Friday.", want: []string{`"Friday" DATE 1989-10-27 weekday`, `"the previous Friday" DATE 1989-10-20 narrative`}},
	{name: "following weekday", text: "He arrived on March 3, 2019, and left the following Monday.", want: []string{`"March 3, 2019" DATE 2019-03-03 monthday`, `"the following Monday" DATE 2019-03-04 narrative`}},
	{name: "the next year is the anchor's", text: "Sales rose in 1998 and will rise next year.", want: []string{`"1998" DATE 1998 year`, `"next year" DATE 2020 relative`}},
	{name: "previous year", text: "Profit was $3 million in 2011, up from $2 million the previous year.", want: []string{`"2011" DATE 2011 year`, `"the previous year" DATE 2010 narrative`}},
	{name: "that week", text: "Kim arrived on Wednesday; that week he met Putin.", want: []string{`"Wednesday" DATE 2019-04-24 weekday`, `"that week" DATE 2019-W17 narrative`}},
	{name: "days later stay durations", text: "He arrived on March 3. Three days later, he left.", want: []string{`"March 3" DATE 2019-03-03 monthday`, `"Three days" DURATION P3D duration`}},
}

func init() { allTagTests = append(allTagTests, RuleNarrativeTests) }

func TestRuleNarrative(t *testing.T) { runTagTests(t, RuleNarrativeTests) }
