package timex

import "testing"

var RuleYearTests = []tagTest{
	{name: "two years with a slash", anchor: "1987-02-26", text: "It will delay the import until 1988/1989, he said.", want: []string{`"1988" DATE 1988 year`, `"1989" DATE 1989 year`}},
	{name: "a split year and rates", anchor: "1987-02-26", text: "In the 1986/87 season the guilder was 23.1441/1905 and 3/1987 passed.", want: nil},
	{name: "calendar year", anchor: "1987-03-25", text: "Investment will double in calendar 1987 and in calendar year 1988.", want: []string{`"calendar 1987" DATE 1987 year`, `"calendar year 1988" DATE 1988 year`}},
	{name: "end- of financial copy", anchor: "2013-03-22", text: "The target is for end-2013.", want: []string{`"end-2013" DATE 2013 END year`}},
	{name: "in", text: "He took power in 2011.", want: []string{`"2011" DATE 2011 year`}},
	{name: "bare", text: "The 1998 crisis", want: []string{`"1998" DATE 1998 year`}},
	{name: "late", text: "since he took power in late 2011, on Wednesday", want: []string{`"late 2011" DATE 2011 END year`, `"Wednesday" DATE 2019-04-24 weekday`}},
	{name: "end of", text: "by the end of 2011", want: []string{`"the end of 2011" DATE 2011 END year`}},
	{name: "mid", text: "until mid-2011", want: []string{`"mid-2011" DATE 2011 MID year`}},
	{name: "fiscal", text: "in fiscal 1998", want: []string{`"fiscal 1998" DATE 1998 year`}},
	{name: "old with cue", text: "founded in 1848", want: []string{`"1848" DATE 1848 year`}},
	{name: "old without cue", text: "a crowd of 1848 people", want: nil},
	{name: "money", text: "It cost $2000.", want: nil},
	{name: "thousands", text: "It cost 2,019 won.", want: nil},
	{name: "about", text: "about 2000 people", want: nil},
	{name: "percent", text: "up 2010 percent", want: nil},
	{name: "range", text: "from 2018-2019", want: []string{`"2018" DATE 2018 year`, `"2019" DATE 2019 year`}},
}

func init() { allTagTests = append(allTagTests, RuleYearTests) }

func TestRuleYear(t *testing.T) { runTagTests(t, RuleYearTests) }
