package timex

import "testing"

var RuleMonthYearTests = []tagTest{
	{name: "plain", text: "He took power in December 2011.", want: []string{`"December 2011" DATE 2011-12 monthyear`}},
	{name: "of", text: "It began in April of 2019.", want: []string{`"April of 2019" DATE 2019-04 monthyear`}},
	{name: "abbreviated", text: "since Sept. 2001", want: []string{`"Sept. 2001" DATE 2001-09 monthyear`}},
	{name: "qualified", text: "They met in late April 2018.", want: []string{`"late April 2018" DATE 2018-04 END monthyear`}},
	{name: "May", text: "Elections were held in May 2018.", want: []string{`"May 2018" DATE 2018-05 monthyear`}},
	{name: "capitals", text: "ELECTIONS HELD IN MAY 2018", want: []string{`"MAY 2018" DATE 2018-05 monthyear`}},
}

func init() { allTagTests = append(allTagTests, RuleMonthYearTests) }

func TestRuleMonthYear(t *testing.T) { runTagTests(t, RuleMonthYearTests) }
