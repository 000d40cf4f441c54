package event

import "testing"

var departTests = []ruleTest{
	// A name with its title in apposition is the subject, not the last
	// person named.
	{"a day after the meeting a departure leaves for is the departure's", "President Reagan, preparing to depart for the Venice economic summit on Wednesday, said the allies must act.", []string{
		`2019-05-01 CONSULT/departure planned "Reagan leaves for Venice" | Reagan >`,
		`2019-05-01 CONSULT/visit 042 planned "Reagan visits Venice" @ Venice, Italy | Reagan > Italy`,
		`undated CONSULT/multilateral 040 planned "Meeting of Group of Seven" @ Venice, Italy | Group of Seven >`,
	}},
	{"a post left is no departure", "Donald Fox left Perry as president and chief operating officer in January.", nil},
	{"a departure as chairman is no journey", "Paul Volcker's departure as Federal Reserve Board chairman came despite pleas.", nil},
	{"object, the title is no apposition", "Saudi Arabia's Crown Prince Abdullah met Vice President George Bush on Monday. Before meeting with Bush, the Crown Prince left Washington on Tuesday.", []string{
		`2019-04-22 CONSULT/meeting 040 occurred "Abdullah meets George Bush" @ Tokyo, Japan | Abdullah > George Bush`,
		`2019-04-23 CONSULT/departure occurred "Abdullah leaves Washington" @ Washington, United States | Abdullah >`,
	}},
	{"name, the title,", "British Foreign Secretary Geoffrey Howe met Japanese officials. Michael Howard, the British minister for consumer affairs, repeated the threat before leaving Tokyo yesterday.", []string{
		`2019-04-25 CONSULT/departure occurred "Michael Howard leaves Tokyo" @ Tokyo, Japan | Michael Howard >`,
	}},
	{"left city", "North Korean leader Kim Jong Un left Vladivostok on Friday.", []string{
		`2019-04-26 CONSULT/departure occurred "Kim Jong Un leaves Vladivostok" @ Vladivostok, Russia | Kim Jong Un >`,
	}},
	{"sets out planned", "Prime Minister Yasuhiro Nakasone sets out Wednesday on a mission to Washington.", []string{
		`2019-05-01 CONSULT/departure planned "Yasuhiro Nakasone sets out for Washington" | Yasuhiro Nakasone >`,
		`2019-05-01 CONSULT/visit 042 planned "Yasuhiro Nakasone visits Washington" @ Washington, United States | Yasuhiro Nakasone > United States`,
	}},
	{"left a party is no departure", "Finance Minister Gerhard Stoltenberg left the question open on Monday.", nil},
	{"had to leave", "West German Finance Minister Gerhard Stoltenberg had to leave monetary talks in Washington last month early.", []string{
		`2019-03-01 .. 2019-03-31 CONSULT/departure occurred "Gerhard Stoltenberg leaves Washington" @ Washington, United States | Gerhard Stoltenberg >`,
	}},
}

func TestDepartRule(t *testing.T) { testRule(t, departTests) }
