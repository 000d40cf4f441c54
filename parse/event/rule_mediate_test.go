package event

import "testing"

var mediateTests = []ruleTest{
	{"secretary-general offers mediation", "NATO Secretary-General Lord Carrington offered himself as a mediator in the dispute between Greece and Turkey.", []string{
		`2019-04-26 CONSULT/mediation 045 occurred "Carrington mediates between Greece and Turkey" @ Tokyo, Japan | Carrington > Greece, Turkey`,
	}},
	{"pope mediates between countries", "Pope John Paul will mediate between Chile and Argentina.", []string{
		`undated CONSULT/mediation 045 planned "John Paul mediates between Chile and Argentina" | John Paul > Chile, Argentina`,
	}},
	{"labour minister between unions is no diplomacy", "Labour Minister Almir Pazzionotto would act as a mediator between the unions and Petrobras.", nil},
}

func TestMediateRule(t *testing.T) { testRule(t, mediateTests) }
