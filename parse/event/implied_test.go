package event

import "testing"

// impliedTests: a meeting abroad tells of the visit it needs.
var impliedTests = []ruleTest{
	{"a meeting at the host's place is the guest's visit", "Brazilian Finance Minister Dilson Funaro met Swiss Finance Minister Otto Stich in Berne on Thursday.", []string{
		`2019-04-25 CONSULT/meeting 040 occurred "Dilson Funaro meets Otto Stich" @ Berne, Switzerland | Dilson Funaro > Otto Stich`,
		`2019-04-25 CONSULT/visit 042 occurred "Dilson Funaro visits Switzerland" @ Switzerland | Dilson Funaro > Otto Stich`,
	}},
	{"the next day's leg ends the visit", "Brazilian Finance Minister Dilson Funaro met West German Finance Minister Gerhard Stoltenberg in Bonn today. Funaro will travel to Switzerland tomorrow.", []string{
		`2019-04-26 CONSULT/meeting 040 occurred "Dilson Funaro meets Gerhard Stoltenberg" @ Bonn, Germany | Dilson Funaro > Gerhard Stoltenberg`,
		`2019-04-26 .. 2019-04-27 CONSULT/visit 042 occurred "Dilson Funaro visits Germany" @ Germany | Dilson Funaro > Gerhard Stoltenberg`,
		`2019-04-27 CONSULT/visit 042 planned "Dilson Funaro visits Switzerland" @ Switzerland | Dilson Funaro > Switzerland`,
	}},
	{"a visit told adds none", "Japanese Prime Minister Yasuhiro Nakasone, on a visit to Washington, met President Ronald Reagan at the White House on Thursday.", []string{
		`2019-04-25 CONSULT/meeting 040 occurred "Yasuhiro Nakasone meets Ronald Reagan" @ White House, Washington, United States | Yasuhiro Nakasone > Ronald Reagan`,
		`2019-04-25 CONSULT/visit 042 occurred "Yasuhiro Nakasone visits Washington" @ Washington, United States | Yasuhiro Nakasone > United States`,
	}},
	{"a meeting in a third country", "Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze in Geneva on Monday.", []string{
		`2019-04-22 CONSULT/meeting 040 occurred "George Shultz meets Eduard Shevardnadze" @ Geneva, Switzerland | George Shultz > Eduard Shevardnadze`,
	}},
}

func TestImpliedVisits(t *testing.T) { testRule(t, impliedTests) }

// relativeTests: a relative clause's verb is its antecedent's.
var relativeTests = []ruleTest{
	{"who travels", "Brazilian Finance Minister Dilson Funaro, who travels to Italy this evening, said he had no plan to default.", []string{
		`2019-04-26T17:00 .. 2019-04-26T21:59 CONSULT/visit 042 planned "Dilson Funaro visits Italy" @ Italy | Dilson Funaro > Italy`,
	}},
	{"who is due to leave", "Trade Minister Alan Clark, who is due to leave for Tokyo on Sunday, said talks would be hard.", []string{
		`2019-04-28 CONSULT/departure planned "Alan Clark leaves for Tokyo" | Alan Clark >`,
	}},
}

func TestRelativeClauses(t *testing.T) { testRule(t, relativeTests) }
