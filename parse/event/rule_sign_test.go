package event

import "testing"

var signTests = []ruleTest{
	{"a U.S. company is not the United States", "The U.S. Regional carrier Metro Airlines has signed an agreement with Saab Scania to buy 16 aircraft.", nil},
	{"date between verb and object", "China signed last week an agreement with Japan to restrain steel exports.", []string{
		`2019-04-15 .. 2019-04-21 SUPPORT/sign 057 occurred "China signs an agreement with Japan" @ Tokyo, Japan | China > Japan`,
	}},
	{"the signing of", "Prime Minister Margaret Thatcher and Soviet Premier Nikolai Ryzhkov attended the signing of agreements on Monday.", []string{
		`2019-04-22 SUPPORT/sign 057 occurred "Margaret Thatcher signs agreements with Nikolai Ryzhkov" @ Tokyo, Japan | Margaret Thatcher > Nikolai Ryzhkov`,
	}},
	{"signed a treaty", "Soviet leader Mikhail Gorbachev and President Ronald Reagan signed a treaty on Tuesday.", []string{
		`2019-04-23 SUPPORT/sign 057 occurred "Mikhail Gorbachev signs a treaty with Ronald Reagan" @ Tokyo, Japan | Mikhail Gorbachev > Ronald Reagan`,
	}},
	{"signed a cheque is no agreement", "Chancellor Helmut Kohl signed the guest book on Tuesday.", nil},
	// A perfect tense takes no date from the sentences before.
	{"had signed takes no focus", "The pact was signed on Monday. The official said the United States had signed more favourable agreements with Hong Kong and South Korea.", []string{
		`undated SUPPORT/sign 057 occurred "United States signs more favourable agreements with Hong Kong and South Korea" @ Tokyo, Japan | United States > Hong Kong, South Korea`,
	}},
}

func TestSignRule(t *testing.T) { testRule(t, signTests) }

var signPluralTests = []ruleTest{
	{"a plural title, and an infinitive's own year",
		"Prime Ministers Zhao Ziyang of China and Anibal Cavaco Silva of Portugal signed an agreement to end Portuguese rule over Macao and return it to China in 1999.",
		[]string{`2019-04-26 SUPPORT/sign 057 occurred "Zhao Ziyang signs an agreement with Anibal Cavaco Silva" @ Tokyo, Japan | Zhao Ziyang > Anibal Cavaco Silva`}},
}

func TestSignPlural(t *testing.T) { testRule(t, signPluralTests) }
