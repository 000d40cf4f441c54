package timex

import "testing"

var RuleNumericTests = []tagTest{
	{name: "iso", text: "Published 2019-04-26.", want: []string{`"2019-04-26" DATE 2019-04-26 numeric`}},
	{name: "iso time", text: "stamp 2019-04-26T15:43:00Z", want: []string{`"2019-04-26T15:43:00Z" TIME 2019-04-26T15:43 numeric`}},
	{name: "us", text: "Filed 4/26/2019 in court.", want: []string{`"4/26/2019" DATE 2019-04-26 numeric`}},
	{name: "day first", text: "Filed 26/4/2019 in court.", want: []string{`"26/4/2019" DATE 2019-04-26 numeric`}},
	{name: "invalid", text: "code 2019-13-45", want: nil},
	{name: "zone", text: "2019-04-26T15:43+09:00", want: []string{`"2019-04-26T15:43+09:00" TIME 2019-04-26T15:43 numeric`}},
}

func init() { allTagTests = append(allTagTests, RuleNumericTests) }

func TestRuleNumeric(t *testing.T) { runTagTests(t, RuleNumericTests) }
