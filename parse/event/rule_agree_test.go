package event

import "testing"

var agreeTests = []ruleTest{
	{"the day between 'agreed' and 'to' is the agreeing's, not the summit's", "President Park Geun-hye and Chinese President Xi Jinping agreed on Wednesday to hold a three-way summit with Japan in Seoul later this year.", []string{
		`2019-09-01 .. 2019-12-31 AGREE/meeting 036 planned "Park Geun-hye agrees to meet Xi Jinping and Japan" @ Seoul, South Korea | Park Geun-hye > Xi Jinping, Japan`,
	}},
	{"talks agreed provisionally are possible", "Iran and the Soviet Union have provisionally agreed to hold talks on economic cooperation.", []string{
		`undated AGREE/meeting 036 possible "Iran agrees to meet Soviet Union" | Iran > Soviet Union`,
	}},
	{"agreed to meet: the meeting is still to come", "Soviet leader Mikhail Gorbachev agreed to meet President Ronald Reagan in Washington.", []string{
		`undated AGREE/meeting 036 planned "Mikhail Gorbachev agrees to meet Ronald Reagan" @ Washington, United States | Mikhail Gorbachev > Ronald Reagan`,
	}},
}

func TestAgreeRule(t *testing.T) { testRule(t, agreeTests) }
