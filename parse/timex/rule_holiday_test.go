package timex

import "testing"

var RuleHolidayTests = []tagTest{
	{name: "Black Friday", anchor: "2013-12-05", text: "Black Friday sales hit a record.", want: []string{`"Black Friday" DATE 2013-11-29 holiday`}},
	{name: "Cyber Monday", anchor: "2013-11-20", text: "Retailers expect Cyber Monday to be busy.", want: []string{`"Cyber Monday" DATE 2013-12-02 holiday`}},
	{name: "Black Monday is no holiday", anchor: "1987-10-22", text: "Black Monday wiped out billions.", want: nil},
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
	{name: "Easter 2013", anchor: "2013-03-22", text: "The talks will resume after Easter.", want: []string{`"Easter" DATE 2013-03-31 holiday`}},
	{name: "Easter Sunday 2019", text: "Bombs struck churches on Easter Sunday.", want: []string{`"Easter Sunday" DATE 2019-04-21 holiday`}},
	{name: "Easter with year", text: "The Easter 2000 rising was remembered.", want: []string{`"Easter 2000" DATE 2000-04-23 holiday`}},
	{name: "Easter week", anchor: "2000-04-26", text: "The boy spent Easter week with his father.", want: []string{`"Easter week" DATE 2000-W16 holiday`}},
	{name: "Good Friday", anchor: "1998-04-20", text: "The Good Friday agreement was signed on Good Friday.", want: []string{`"Good Friday" DATE 1998-04-10 holiday`, `"Good Friday" DATE 1998-04-10 holiday`}},
	{name: "Easter Monday", anchor: "2016-03-20", text: "Banks will be closed on Easter Monday.", want: []string{`"Easter Monday" DATE 2016-03-28 holiday`}},
	{name: "Ash Wednesday", anchor: "2013-02-01", text: "Lent begins on Ash Wednesday.", want: []string{`"Ash Wednesday" DATE 2013-02-13 holiday`}},
	{name: "Palm Sunday", anchor: "2013-03-22", text: "The pope will celebrate Mass on Palm Sunday.", want: []string{`"Palm Sunday" DATE 2013-03-24 holiday`}},
	{name: "Boxing Day", anchor: "2012-12-27", text: "Shoppers crowded stores on Boxing Day.", want: []string{`"Boxing Day" DATE 2012-12-26 holiday`}},
	{name: "Veterans Day", anchor: "2013-11-08", text: "Parades are planned for Veterans Day.", want: []string{`"Veterans Day" DATE 2013-11-11 holiday`}},
	{name: "St. Patrick's Day", anchor: "2013-03-22", text: "Revellers filled the streets on St. Patrick's Day.", want: []string{`"St. Patrick's Day" DATE 2013-03-17 holiday`}},
	{name: "Bastille Day", anchor: "2013-07-10", text: "Hollande will review troops on Bastille Day.", want: []string{`"Bastille Day" DATE 2013-07-14 holiday`}},
	{name: "Presidents' Day", anchor: "2013-02-10", text: "Markets are closed for Presidents' Day.", want: []string{`"Presidents' Day" DATE 2013-02-18 holiday`}},
	{name: "Martin Luther King Jr. Day", anchor: "2013-01-10", text: "Obama will be sworn in again on Martin Luther King Jr. Day.", want: []string{`"Martin Luther King Jr. Day" DATE 2013-01-21 holiday`}},
	{name: "Columbus Day", anchor: "2013-10-01", text: "The parade is held on Columbus Day.", want: []string{`"Columbus Day" DATE 2013-10-14 holiday`}},
	{name: "Mother's Day", anchor: "2013-05-01", text: "Florists expect record sales before Mother's Day.", want: []string{`"Mother's Day" DATE 2013-05-12 holiday`}},
	{name: "Father's Day 2019", text: "He hopes to be home by Father's Day.", want: []string{`"Father's Day" DATE 2019-06-16 holiday`}},
	// "Labour Day" is May 1 in much of the world and in September only
	// in Canada: it names no one day.
	{name: "Labour Day", anchor: "1987-04-08", text: "Talks broke down on the introduction of a Labour Day on May 1.", want: []string{`"May 1" DATE 1987-05-01 monthday`}},
	{name: "Easter Island", text: "The statues of Easter Island are famous.", want: nil},
	{name: "Easter Mass", anchor: "2013-03-22", text: "He will celebrate his first Easter Mass.", want: nil},
	{name: "Easter eggs", text: "Children hunted for Easter eggs.", want: nil},
	{name: "the Easter holiday", anchor: "2013-03-22", text: "Schools close for the Easter holiday.", want: []string{`"Easter" DATE 2013-03-31 holiday`}},
	{name: "good friday lower", text: "It was a good friday for markets.", want: nil},
	{name: "a palm", text: "A Palm Beach court ruled.", want: nil},
	{name: "election day lower", anchor: "1998-10-26", text: "It was a long election day for staff.", want: nil},
}

func init() { allTagTests = append(allTagTests, RuleHolidayTests) }

func TestRuleHoliday(t *testing.T) { runTagTests(t, RuleHolidayTests) }
