package timex

import "testing"

var RuleEraTests = []tagTest{
	{name: "a year BC", text: "The revolt broke out in 499 BC.", want: []string{`"499 BC" DATE BC0499 era`}},
	{name: "BCE", text: "Athens fell in 404 BCE.", want: []string{`"404 BCE" DATE BC0404 era`}},
	{name: "a year BC without a preposition", text: "Xerxes (486 BC) was king.", want: []string{`"486 BC" DATE BC0486 era`}},
	{name: "with a qualifier", text: "Early 480 BC, the army crossed.", want: []string{`"Early 480 BC" DATE BC0480 START era`}},
	{name: "a month BC", text: "The battle was fought in August 480 BC.", want: []string{`"August 480 BC" DATE BC0480-08 era`}},
	{name: "a day BC", text: "The fleet fought on 20 September 480 BC.", want: []string{`"20 September 480 BC" DATE BC0480-09-20 era`}},
	{name: "no such day BC", text: "on 31 September 480 BC", want: []string{`"September 480 BC" DATE BC0480-09 era`}},
	{name: "a season BC", text: "They marched in the spring of 480 BC.", want: []string{`"the spring of 480 BC" DATE BC0480-SP era`}},
	{name: "a qualified season BC", text: "in the late autumn of 481 BC", want: []string{`"the late autumn of 481 BC" DATE BC0481-FA END era`}},
	{name: "a decade BC", text: "Athens grew in the 470s BC.", want: []string{`"the 470s BC" DATE BC047 era`}},
	{name: "the end of a decade BC", text: "by the end of the 460s BC", want: []string{`"the end of the 460s BC" DATE BC046 END era`}},
	{name: "a century BC", text: "Carthage was founded in the 9th century BC.", want: []string{`"the 9th century BC" DATE BC08 era`}},
	{name: "a year AD before its number", text: "The legions were lost in AD 9.", want: []string{`"AD 9" DATE 0009 era`}},
	{name: "a year AD after its number", text: "Rome was sacked in 410 AD.", want: []string{`"410 AD" DATE 0410 era`}},
	{name: "CE", text: "It was written in 1066 CE.", want: []string{`"1066 CE" DATE 1066 era`}},
	{name: "an ad is no era", text: "The ad ran 30 times.", want: nil},
	{name: "AD alone is no year", text: "AD officials met on the deal.", want: nil},
	{name: "a zero-led count is no year", text: "Unit 007 BC left.", want: nil},
}

func TestRuleEra(t *testing.T) { runTagTests(t, RuleEraTests) }

func init() { allTagTests = append(allTagTests, RuleEraTests) }
