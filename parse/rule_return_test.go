package parse

import "testing"

var returnTests = []ruleTest{
	{"expected return", "North Korean leader Kim Jong Un is expected to return to Pyongyang.", []string{
		`undated CONSULT/departure expected "Kim Jong Un returns to Pyongyang" @ Pyongyang, North Korea | Kim Jong Un >`,
	}},
	{"returned home", "Secretary of State George Shultz returned home on Wednesday.", []string{
		`2019-04-24 CONSULT/departure occurred "George Shultz returns home" | George Shultz >`,
	}},
}

func TestReturnRule(t *testing.T) { testRule(t, returnTests) }
