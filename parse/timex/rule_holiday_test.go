package timex

import "testing"

var RuleHolidayTests = []tagTest{
	{name: "thanksgiving day", text: "He will be home by Thanksgiving Day.", anchor: "1999-11-20", want: []string{`"Thanksgiving Day" DATE 1999-11-25 holiday`}},
	{name: "last thanksgiving", text: "He left last Thanksgiving.", anchor: "2000-03-01", want: []string{`"last Thanksgiving" DATE 1999-11-25 holiday`}},
	{name: "christmas past", text: "Sales fell after Christmas.", anchor: "2019-01-10", want: []string{`"Christmas" DATE 2018-12-25 holiday`}},
	{name: "christmas future", text: "The troops will be home by Christmas.", anchor: "2019-04-26", want: []string{`"Christmas" DATE 2019-12-25 holiday`}},
	{name: "christmas eve with year", text: "It happened on Christmas Eve 1998.", want: []string{`"Christmas Eve 1998" DATE 1998-12-24 holiday`}},
	{name: "new year's day", text: "The law takes effect on New Year's Day.", anchor: "2019-11-20", want: []string{`"New Year's Day" DATE 2020-01-01 holiday`}},
	{name: "lower case", text: "a christmas tree", want: nil},
	{name: "new alone", text: "A New York court ruled.", want: nil},
	{name: "Election Day", anchor: "1998-10-26", text: "It will be a theme until Election Day.", want: []string{`"Election Day" DATE 1998-11-03 holiday`}},
	{name: "Labor Day", anchor: "1998-08-20", text: "Talks resume after Labor Day.", want: []string{`"Labor Day" DATE 1998-09-07 holiday`}},
	{name: "Memorial Day", anchor: "2019-04-26", text: "The bill is due by Memorial Day.", want: []string{`"Memorial Day" DATE 2019-05-27 holiday`}},
	{name: "election day lower", anchor: "1998-10-26", text: "It was a long election day for staff.", want: nil},
}

func init() { allTagTests = append(allTagTests, RuleHolidayTests) }

func TestRuleHoliday(t *testing.T) { runTagTests(t, RuleHolidayTests) }
