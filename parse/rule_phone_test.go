package parse

import "testing"

var phoneTests = []ruleTest{
	{"telephoned", "President Ronald Reagan telephoned Chancellor Helmut Kohl on Sunday.", []string{
		`2019-04-21 CONSULT/phone 041 occurred "Ronald Reagan speaks by telephone with Helmut Kohl" | Ronald Reagan > Helmut Kohl`,
	}},
}

func TestPhoneRule(t *testing.T) { testRule(t, phoneTests) }
