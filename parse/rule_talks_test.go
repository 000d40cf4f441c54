package parse

import "testing"

var talksTests = []ruleTest{
	{"suggested talks are possible", "Agriculture Secretary Richard Lyng said he suggested instead bilateral talks with Japan on rice.", []string{
		`undated CONSULT/meeting 046 possible "Richard Lyng holds talks with Japan" | Richard Lyng > Japan`,
	}},
	{"talks with", "Prime Minister Yasuhiro Nakasone held talks with President Ronald Reagan on Thursday.", []string{
		`2019-04-25 CONSULT/meeting 046 occurred "Yasuhiro Nakasone holds talks with Ronald Reagan" @ Tokyo, Japan | Yasuhiro Nakasone > Ronald Reagan`,
	}},
	{"merger talks between companies are not diplomatic", "The company said it was in talks with a rival over a merger.", nil},
	{"talks scheduled", "Two rounds of talks between President Reagan and Prime Minister Nakasone are scheduled for Thursday and Friday.", []string{
		`2019-05-02 .. 2019-05-03 CONSULT/meeting 046 planned "Reagan holds talks with Nakasone" | Reagan > Nakasone`,
	}},
}

func TestTalksRule(t *testing.T) { testRule(t, talksTests) }
