package event

import "testing"

var membersTests = []ruleTest{
	{"a body's members hosted are its session", "German Chancellor Olaf Scholz will host the leaders of the Group of Seven at Schloss Elmau from June 26 to 28.", []string{
		`2019-06-26 .. 2019-06-28 CONSULT/multilateral 040 planned "Meeting of Group of Seven" | Group of Seven >`,
	}},
	{"a body's members hosted, the body before them", "Japan hosted G-7 finance ministers in Niigata on Saturday.", []string{
		`2019-04-20 CONSULT/multilateral 040 occurred "Meeting of Group of Seven" @ Niigata, Japan | Group of Seven >`,
	}},
	{"members meeting, set off by commas before their verb", "EC farm ministers, meeting in Brussels on Monday, agreed to cut prices.", []string{
		`2019-04-22 CONSULT/multilateral 040 occurred "Meeting of European Community" @ Brussels, Belgium | European Community >`,
	}},
	{"the noun 'meeting' stays the body rule's", "The OPEC meeting in Vienna ended on Monday.", []string{
		`2019-04-22 CONSULT/multilateral 040 occurred "Meeting of OPEC" @ Vienna, Austria | OPEC >`,
	}},
	{"ministers from a group named with its number of states", "Deputy oil ministers from six Gulf Arab states will meet in Bahrain today to discuss coordination.", []string{
		`2019-04-26 CONSULT/multilateral 040 planned "Meeting of Gulf Cooperation Council" @ Bahrain | Gulf Cooperation Council >`,
	}},
	// "The council" is a council named in the lead, whatever body was
	// named since; "possible" before another noun is no mood of the
	// session.
	{"the council reconvenes", "Discussions on the possible extension of the tin agreement began at the quarterly session of the International Tin Council (ITC) in London today. Earlier today European Community (EC) members decided to back an extension. The session was delayed by an EC coordination meeting. The council reconvenes at 0930 GMT tomorrow.", []string{
		`2019-04-26 CONSULT/multilateral 040 occurred "Meeting of International Tin Council" @ London, United Kingdom | International Tin Council >`,
		`2019-04-27T09:30 CONSULT/multilateral 040 planned "Meeting of International Tin Council" | International Tin Council >`,
	}},
	{"a body itself meets", "OPEC will meet in Vienna next week.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/multilateral 040 planned "Meeting of OPEC" @ Vienna, Austria | OPEC >`,
	}},
	{"a bank's name is no central bank's governors", "The IMF and the World Bank will meet in Washington next week.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/multilateral 040 planned "Meeting of World Bank" @ Washington, United States | World Bank >`,
	}},
	{"an organ of the body meets", "The full ICO council is due to meet this evening.", []string{
		`2019-04-26T17:00 .. 2019-04-26T21:59 CONSULT/multilateral 040 planned "Meeting of International Coffee Organization" | International Coffee Organization >`,
	}},
	{"an organ named before, then as the subject", "The ICO executive board will meet next week, but the full council is not due to meet again until September.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/multilateral 040 planned "Meeting of International Coffee Organization" | International Coffee Organization >`,
		`2019-09-01 .. 2019-09-30 CONSULT/multilateral 040 planned "Meeting of International Coffee Organization" | International Coffee Organization >`,
	}},
	{"not until a month", "The ICO council will not meet until September.", []string{
		`2019-09-01 .. 2019-09-30 CONSULT/multilateral 040 planned "Meeting of International Coffee Organization" | International Coffee Organization >`,
	}},
	{"not on a day", "The ICO council did not meet on Monday.", nil},
	{"members of, then the body", "Senior officials from the Group of Seven (G-7) countries will meet next week.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/multilateral 040 planned "Meeting of Group of Seven" | Group of Seven >`,
	}},
	{"members who meet someone hold no meeting of their own", "Leaders of the Group of Seven met Putin on Monday.", nil},
	{"ministers met in", "NATO foreign ministers met in Brussels on Tuesday.", []string{
		`2019-04-23 CONSULT/multilateral 040 occurred "Meeting of NATO" @ Brussels, Belgium | NATO >`,
	}},
	{"will hold an emergency meeting", "Euro zone finance ministers will hold an emergency meeting on Sunday.", []string{
		`2019-04-28 CONSULT/multilateral 040 planned "Meeting of Eurogroup" | Eurogroup >`,
	}},
	{"heads of state and government", "EU heads of state and government will meet in Brussels on Thursday.", []string{
		`2019-05-02 CONSULT/multilateral 040 planned "Meeting of European Union" @ Brussels, Belgium | European Union >`,
	}},
	{"gathered", "OPEC oil ministers gathered in Vienna on Monday.", []string{
		`2019-04-22 CONSULT/multilateral 040 occurred "Meeting of OPEC" @ Vienna, Austria | OPEC >`,
	}},
	// Without an organisation's members, "met" is the meet rule's.
	{"a person meets", "Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov on Monday.", []string{
		`2019-04-22 CONSULT/meeting 040 occurred "John Kerry meets Sergei Lavrov" @ Tokyo, Japan | John Kerry > Sergei Lavrov`,
	}},
	{"an organisation alone is no members", "NATO met the demands of its members on Monday.", nil},
	{"domestic ministers are no organisation", "Finance ministers of the ruling party met on Monday.", nil},
}

func TestMembersRule(t *testing.T) { testRule(t, membersTests) }
