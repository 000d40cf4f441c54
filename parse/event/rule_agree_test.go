package event

import "testing"

var agreeTests = []ruleTest{
	{"talks agreed provisionally are possible", "Iran and the Soviet Union have provisionally agreed to hold talks on economic cooperation.", []string{
		`undated AGREE/meeting 036 possible "Iran agrees to meet Soviet Union" | Iran > Soviet Union`,
	}},
	{"agreed to meet: the meeting is still to come", "Soviet leader Mikhail Gorbachev agreed to meet President Ronald Reagan in Washington.", []string{
		`undated AGREE/meeting 036 planned "Mikhail Gorbachev agrees to meet Ronald Reagan" @ Washington, United States | Mikhail Gorbachev > Ronald Reagan`,
	}},
}

func TestAgreeRule(t *testing.T) { testRule(t, agreeTests) }
