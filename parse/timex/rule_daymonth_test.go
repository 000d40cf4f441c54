package timex

import "testing"

var RuleDayMonthTests = []tagTest{
	{name: "full", text: "It was signed on 26 April 2019.", want: []string{`"26 April 2019" DATE 2019-04-26 daymonth`}},
	{name: "no year", text: "He arrived on 24 April.", want: []string{`"24 April" DATE 2019-04-24 daymonth`}},
	{name: "of", text: "He left on the 25th of April.", want: []string{`"the 25th of April" DATE 2019-04-25 daymonth`}},
	{name: "weekday", text: "Friday 26 April 2019", want: []string{`"Friday 26 April 2019" DATE 2019-04-26 daymonth`}},
	{name: "modal may", text: "About 3 may attend.", want: nil},
	{name: "second day of a pair", text: "Troops left on 21 March and 22, officials said.", anchor: "1999-04-10", want: []string{`"21 March" DATE 1999-03-21 daymonth`, `"22" DATE 1999-03-22 daymonth`}},
	{name: "capitals with year", text: "LONDON, 26 APRIL 2019", want: []string{`"26 APRIL 2019" DATE 2019-04-26 daymonth`}},
	{name: "capitals modal May", text: "SOLDIERS MISSING, 3 MAY BE DEAD", want: nil},
}

func init() { allTagTests = append(allTagTests, RuleDayMonthTests) }

func TestRuleDayMonth(t *testing.T) { runTagTests(t, RuleDayMonthTests) }
