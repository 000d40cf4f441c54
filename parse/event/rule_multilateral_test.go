package event

import "testing"

var multilateralTests = []ruleTest{
	{"'in the French seaside resort of Biarritz': the place a description names after 'of' is where the session is", "President Donald Trump will attend the Group of Seven summit in the French seaside resort of Biarritz from Saturday to Monday.", []string{
		`2019-04-27 .. 2019-04-29 CONSULT/multilateral 040 planned "Meeting of Group of Seven" @ Biarritz, France | Group of Seven > Donald Trump`,
		`2019-04-27 .. 2019-04-29 CONSULT/visit 042 planned "Donald Trump visits France" @ France | Donald Trump > France`,
	}},
	{"a participle aside after a meeting's noun places and dates it", "The BRICS summit, being held in Johannesburg from Tuesday to Thursday, is the first in-person gathering of the bloc's leaders.", []string{
		`2019-04-23 .. 2019-04-25 CONSULT/multilateral 040 occurred "Meeting of BRICS" @ Johannesburg, South Africa | BRICS >`,
	}},
	{"a gathering 'hours before' is on the day told before it, 'for a two-day summit' long", "Lee and Obama failed Thursday to reach a deal, hours before leaders of the Group of 20 major economies were to gather in Seoul for a two-day summit.", []string{
		`2019-04-25 .. 2019-04-26 CONSULT/multilateral 040 planned "Meeting of Group of 20" @ Seoul, South Korea | Group of 20 >`,
	}},
	{"a state after a city's comma that opens a clause is no country of the city", "At the recent talks among the six major industrialised nations in Paris, Japan promised to work out a package.", []string{
		`undated CONSULT/multilateral 040 occurred "Meeting of Group of Six" @ Paris, France | Group of Six >`,
	}},
	{"one who wishes to attend a meeting may", "Finance Minister Kiichi Miyazawa said he wishes to attend a meeting of seven major nations (G-7) next week.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/multilateral 040 possible "Meeting of Group of Seven" | Group of Seven > Kiichi Miyazawa`,
	}},
	{"a city before the noun of a body's meeting is where it was", "The Paris meeting of the Group of Six industrial nations took place last month.", []string{
		`2019-03-01 .. 2019-03-31 CONSULT/multilateral 040 occurred "Meeting of Group of Six" @ Paris, France | Group of Six >`,
	}},
	{"a meeting said to be unlikely", "A senior official said an early meeting of Group of Seven (G-7) finance ministers was unlikely.", []string{
		`undated CONSULT/multilateral 040 possible "Meeting of Group of Seven" | Group of Seven >`,
	}},
	{"called for is only possible", "EC Commission President Jacques Delors called for a swift convening of a meeting of the G-7 countries.", []string{
		`undated CONSULT/multilateral 040 possible "Meeting of Group of Seven" | Group of Seven >`,
	}},
	{"EC finance ministers here", "Spain and Portugal continued to oppose the scheme at a meeting of EC finance ministers here on Monday.", []string{
		`2019-04-22 CONSULT/multilateral 040 occurred "Meeting of European Community" @ Tokyo, Japan | European Community >`,
	}},
	{"postponed committee", "A meeting of the OPEC Differentials Committee had been postponed.", []string{
		`undated CONSULT/multilateral 040 cancelled "Meeting of OPEC" | OPEC >`,
	}},
	{"no plans for an emergency meeting", "Kuwait has said there are no plans for an emergency meeting of OPEC.", []string{
		`undated CONSULT/multilateral 040 denied "Meeting of OPEC" | OPEC >`,
	}},
	{"domestic leaders are no organisation", "Nakasone told a meeting of government and party leaders that the tax would stay.", nil},
	{"businessmen are no organisation", "The meeting of some 500 top businessmen from across Saudi Arabia comes at a time of guarded optimism.", nil},
}

func TestMultilateralRule(t *testing.T) { testRule(t, multilateralTests) }
