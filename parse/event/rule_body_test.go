package event

import "testing"

var bodyTests = []ruleTest{
	{"forthcoming talks of a body are still to come", "The ministers agreed on a common position for forthcoming General Agreement on Tariffs and Trade (GATT) talks on farm subsidies.", []string{
		`undated CONSULT/multilateral 040 planned "Meeting of GATT" | GATT >`,
	}},
	{"'the 2019 summit' in a story of a group's summit is the group's session of that year", "Xi Jinping will attend the BRICS summit. The BRICS summit, being held in Johannesburg from Tuesday to Thursday, is the first in-person gathering of the bloc's leaders since the 2019 summit in Brasilia.", []string{
		`2019-01-01 .. 2019-12-31 CONSULT/multilateral 040 occurred "Meeting of BRICS" @ Brasilia, Brazil | BRICS >`,
		`2019-04-23 .. 2019-04-25 CONSULT/multilateral 040 occurred "Meeting of BRICS" @ Johannesburg, South Africa | BRICS >`,
		`undated CONSULT/multilateral 040 planned "Meeting of BRICS" | BRICS > Xi Jinping`,
	}},
	{"a place that opens the sentence before its subject pronoun, with no comma, is where a session is", "In Singapore he spent the weekend at the Asia-Pacific Economic Cooperation summit.", []string{
		`2019-04-20 .. 2019-04-21 CONSULT/multilateral 040 occurred "Meeting of APEC" @ Singapore | APEC >`,
	}},
	{"the next summit a state will host, in a story of a group's summit, is the group's next session", "Chinese President Xi Jinping attended the fifth BRICS summit in Durban on Wednesday. The BRICS leaders agreed to set up a development bank. Brazil will host the sixth summit next year.", []string{
		`2019-04-24 CONSULT/multilateral 040 occurred "Meeting of BRICS" @ Durban, South Africa | BRICS > Xi Jinping`,
		`2019-04-24 CONSULT/visit 042 occurred "Xi Jinping visits South Africa" @ South Africa | Xi Jinping > South Africa`,
		`2020-01-01 .. 2020-12-31 CONSULT/multilateral 040 planned "Meeting of BRICS" | BRICS >`,
	}},
	{"'the next summit with' a state is no group's session", "Chinese President Xi Jinping attended the fifth BRICS summit in Durban on Wednesday. The BRICS leaders agreed to set up a development bank. China will host the next summit with India.", []string{
		`2019-04-24 CONSULT/multilateral 040 occurred "Meeting of BRICS" @ Durban, South Africa | BRICS > Xi Jinping`,
		`2019-04-24 CONSULT/visit 042 occurred "Xi Jinping visits South Africa" @ South Africa | Xi Jinping > South Africa`,
		`undated CONSULT/meeting 040 planned "China holds a summit with India" | China > India`,
	}},
	{"a session a relative clause opens and a verb of ending closes runs between their days", "The International Natural Rubber Organization Council meeting, which opened here today, is scheduled to end on Thursday.", []string{
		`2019-04-26 .. 2019-05-02 CONSULT/multilateral 040 occurred "Meeting of International Natural Rubber Organization" @ Tokyo, Japan | International Natural Rubber Organization >`,
	}},
	{"a states' group's meeting co-chaired by two ministers: both take part", "Turkish Foreign Minister Mevlut Cavusoglu co-chaired the 10th meeting of the Joint Strategic Planning Group with his Azerbaijani counterpart Jeyhun Bayramov in Baku on Thursday.", []string{
		`2019-04-25 CONSULT/multilateral 040 occurred "Meeting of Joint Strategic Planning Group" @ Baku, Azerbaijan | Joint Strategic Planning Group > Mevlut Cavusoglu, Jeyhun Bayramov`,
		`2019-04-25 CONSULT/visit 042 occurred "Mevlut Cavusoglu visits Azerbaijan" @ Azerbaijan | Mevlut Cavusoglu > Jeyhun Bayramov`,
	}},
	{"a state's request is no place", "The United Nations Security Council met on Monday at Nicaragua's request.", []string{
		`2019-04-22 CONSULT/multilateral 040 occurred "Meeting of United Nations Security Council" @ Tokyo, Japan | United Nations Security Council >`,
	}},
	{"a summit named with its head first; a meeting at it takes its time", "U.S. President Barack Obama met Cuban President Raul Castro at the Summit of the Americas in Panama last April.", []string{
		`2018-04-01 .. 2018-04-30 CONSULT/meeting 040 occurred "Barack Obama meets Raul Castro" @ Panama | Barack Obama > Raul Castro`,
		`2018-04-01 .. 2018-04-30 CONSULT/multilateral 040 occurred "Summit of the Americas" @ Panama | Summit of the Americas >`,
	}},
	{"a summit whose name joins a state and a continent with a dash; 'Leaders Summit' names no leader", "U.S. President Joe Biden will attend the U.S.-Africa Leaders Summit in Washington next week.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/multilateral 040 planned "U.S.-Africa Leaders Summit" @ Washington, United States | U.S.-Africa Leaders Summit > Joe Biden`,
	}},
	{"a meeting 'on the eve of' which a thing is said is still to come", "Treasury Deputy Secretary Richard Darman spoke on the eve of the semi-annual meetings of the International Monetary Fund and the World Bank.", []string{
		`undated CONSULT/multilateral 040 planned "Meeting of International Monetary Fund" | International Monetary Fund >`,
	}},
	{"a session named by its time is the session of the body the sentence named", "Japanese Finance Minister Kiichi Miyazawa said the Group of Seven reaffirmed its commitment at yesterday's meetings.", []string{
		`2019-04-25 CONSULT/multilateral 040 occurred "Meeting of Group of Seven" @ Tokyo, Japan | Group of Seven >`,
	}},
	{"no body named, no session", "Finance Minister Dilson Funaro, who was not present at yesterday's meeting, has opposed a new IMF program.", nil},
	{"a possessive time after a reporting verb dates the noun", "Delegates said last week's session of the ICO council failed to agree quotas.", []string{
		`2019-04-15 .. 2019-04-21 CONSULT/multilateral 040 occurred "Meeting of International Coffee Organization" @ Tokyo, Japan | International Coffee Organization >`,
	}},
	{"a relative clause on the meeting tells where it opened", "Taiwan is boycotting the annual meeting of the ADB, which opened in Osaka today, in protest at the bank's decision.", []string{
		`2019-04-26 CONSULT/multilateral 040 occurred "Meeting of Asian Development Bank" @ Osaka, Japan | Asian Development Bank >`,
	}},
	{"a body's next meeting is still to come", "The request of the International Coffee Organization producers will be considered at the ICO's next meeting, sources said.", []string{
		`undated CONSULT/multilateral 040 planned "Meeting of International Coffee Organization" | International Coffee Organization >`,
	}},
	{"plans as a noun are no status of the meeting they run into problems at", "Controversial plans to pay farmers cash grants to leave the land ran into problems at today's weekly meeting of the European Community (EC) Commission, officials said.", []string{
		`2019-04-26 CONSULT/multilateral 040 occurred "Meeting of European Community" @ Tokyo, Japan | European Community >`,
	}},
	{"a meeting in a list takes no place of the meeting after it; a ministerial meeting is one meeting", "The gatherings include the OECD ministerial meeting in May and the G-7 meeting in Venice in June.", []string{
		`2019-05-01 .. 2019-05-31 CONSULT/multilateral 040 planned "Meeting of OECD" | OECD >`,
		`2019-06-01 .. 2019-06-30 CONSULT/multilateral 040 planned "Meeting of Group of Seven" @ Venice, Italy | Group of Seven >`,
	}},
	{"'their' meeting is a body's only when the body opens the sentence: traders' meeting is no coffee body's", "European coffee traders and roasters may propose a new formula for calculating International Coffee Organization (ICO) coffee quotas at the end of their meeting here this week, traders said.", nil},
	{"a date in the possessive right before the body dates its meeting, not a date of another clause", "Prices recovered after last December's OPEC meeting and Brent traded today around 17 dlrs.", []string{
		`2018-12-01 .. 2018-12-31 CONSULT/multilateral 040 occurred "Meeting of OPEC" | OPEC >`,
	}},
	{"recent meetings of a body are no meeting of the story's day", "The dollar's sharp drop this month has raised questions about the usefulness of recent meetings of the Group of Seven.", []string{
		`undated CONSULT/multilateral 040 occurred "Meeting of Group of Seven" @ Tokyo, Japan | Group of Seven >`,
	}},
	{"a session of weeks that began on a Monday ends on a Friday", "The two-week UNCTAD meeting, which began Monday, is due to end soon.", []string{
		`2019-04-22 .. 2019-05-03 CONSULT/multilateral 040 occurred "Meeting of UNCTAD" @ Tokyo, Japan | UNCTAD >`,
	}},
	{"its previous meeting is the sentence's body's, before or after it", "At its previous meeting in December, OPEC set a provisional output limit.", []string{
		`2018-12-01 .. 2018-12-31 CONSULT/multilateral 040 occurred "Meeting of OPEC" | OPEC >`,
	}},
	{"a body that may need to hold a meeting", "Some analysts said OPEC may need to hold a meeting in September.", []string{
		`2019-09-01 .. 2019-09-30 CONSULT/multilateral 040 possible "Meeting of OPEC" | OPEC >`,
	}},
	{"a meeting named by its month and year is the body's the story is about", "OPEC ministers said prices were firm. Analysts expect an increase at the December 2019 meeting.", []string{
		`2019-12-01 .. 2019-12-31 CONSULT/multilateral 040 expected "Meeting of OPEC" | OPEC >`,
	}},
	{"a meeting by its month on a subject of its own is no body's", "OPEC ministers said prices were firm. They discussed the December meeting on climate change.", nil},
	{"the current meeting is the body's named before it in the sentence, going on", "China will take a place on the ADB board at the current meeting here, he said.", []string{
		`2019-04-26 CONSULT/multilateral 040 ongoing "Meeting of Asian Development Bank" @ Tokyo, Japan | Asian Development Bank >`,
	}},
	{"a current meeting with no body named is no body's", "The two sides made progress at the current meeting, he said.", nil},
	{"members set at their talks", "European Community agriculture ministers are today taking a first look at farm prices, but diplomats expect no agreement at the two days of talks.", []string{
		`2019-04-26 .. 2019-04-27 CONSULT/multilateral 040 occurred "Meeting of European Community" @ Tokyo, Japan | European Community >`,
	}},
	{"probably at the next meeting", "A new agreement would pave the way for a rescheduling, probably at the next meeting of the Paris Club of creditor nations.", []string{
		`undated CONSULT/multilateral 040 possible "Meeting of Paris Club" | Paris Club >`,
	}},
	{"a meeting postponed to a later time", "The planned meeting May 7 of OPEC's differentials committee has been postponed until the start of June.", []string{
		`2019-06-01 .. 2019-06-10 CONSULT/multilateral 040 planned "Meeting of OPEC" | OPEC >`,
	}},
	{"a session of a length, ended in a relative clause (on a Friday: a working week)", "The one-week UNCTAD meeting, which ended today, was held to examine a U.S. proposal.", []string{
		`2019-04-22 .. 2019-04-26 CONSULT/multilateral 040 occurred "Meeting of UNCTAD" @ Tokyo, Japan | UNCTAD >`,
	}},
	{"a meeting in a city of a body's members", "On February 22, Italy boycotted a meeting in Paris of its G-7 partners.", []string{
		`2019-02-22 CONSULT/multilateral 040 occurred "Meeting of Group of Seven" @ Paris, France | Group of Seven >`,
	}},
	{"an earlier session is not the lead's", "Italy was excluded from an earlier session of talks involving G-5 members.", []string{
		`undated CONSULT/multilateral 040 occurred "Meeting of Group of Five" @ Tokyo, Japan | Group of Five >`,
	}},
	{"talks by a body's members", "Trade disputes are expected to dominate talks by EC foreign ministers here tomorrow.", []string{
		`2019-04-27 CONSULT/multilateral 040 expected "Meeting of European Community" @ Tokyo, Japan | European Community >`,
	}},
	{"discussed by a body's members", "The proposal is due to be discussed by EC farm ministers later this month.", []string{
		`2019-04-21 .. 2019-04-30 CONSULT/multilateral 040 planned "Meeting of European Community" | European Community >`,
	}},
	{"discussed by no body", "The proposal was discussed by the two governments.", nil},
	{"a gloss between the body and its meeting", "These are scheduled to start today with an informal Group of Five (G-5) session.", []string{
		`2019-04-26 CONSULT/multilateral 040 planned "Meeting of Group of Five" | Group of Five >`,
	}},
	{"adjourned until a day, for a reason of its own", "A Council meeting of the International Natural Rubber Organization (INRO) has been adjourned until Thursday as tomorrow is a national holiday.", []string{
		`2019-04-26 CONSULT/multilateral 040 occurred "Meeting of International Natural Rubber Organization" @ Tokyo, Japan | International Natural Rubber Organization >`,
	}},
	{"a meeting someone tries to avoid is denied", "Saudi Arabia was trying to avoid an emergency OPEC meeting for fear that it would give the appearance that the pact is falling apart.", []string{
		`undated CONSULT/multilateral 040 denied "Meeting of OPEC" | OPEC >`,
	}},
	{"the group's summit is the summit of the organisation named before; the month May is no modal", "Representatives of the Group of Seven will meet in Rome from April 30 to May 2 to discuss the agenda for the group's Venice summit in June.", []string{
		`2019-04-30 .. 2019-05-02 CONSULT/multilateral 040 planned "Meeting of Group of Seven" @ Rome, Italy | Group of Seven >`,
		`2019-06-01 .. 2019-06-30 CONSULT/multilateral 040 planned "Meeting of Group of Seven" | Group of Seven >`,
	}},
	{"the economic summit is the Group of Seven's, held in the city named before it", "At the Tokyo economic summit last year, western leaders identified agriculture as a problem. The United States will push for a statement at the June economic summit in Venice.", []string{
		`2018-01-01 .. 2018-12-31 CONSULT/multilateral 040 occurred "Meeting of Group of Seven" @ Tokyo, Japan | Group of Seven >`,
		`2019-06-01 .. 2019-06-30 CONSULT/multilateral 040 planned "Meeting of Group of Seven" @ Venice, Italy | Group of Seven >`,
	}},
	{"a relative clause of a body's members ends its session", "Diplomats said EC farm ministers, who last night ended another marathon negotiating session, achieved more than ever before.", []string{
		`2019-04-25T21:00 .. 2019-04-25T23:59 CONSULT/multilateral 040 occurred "Meeting of European Community" @ Tokyo, Japan | European Community >`,
	}},
	{"a meeting held under a body's auspices is its meeting", "The initiative was introduced last December at a meeting held here under the auspices of the United Nations Conference on Trade and Development (UNCTAD).", []string{
		`2018-12-01 .. 2018-12-31 CONSULT/multilateral 040 occurred "Meeting of UNCTAD" @ Tokyo, Japan | UNCTAD >`,
	}},
	{"a session opening a sentence, told ending, is the session of the body the story is about", "A spokesman for the United Nations Conference on Trade and Development (UNCTAD) said governments want another session. The one-week meeting, which ended today, was held to examine a proposal.", []string{
		`2019-04-22 .. 2019-04-26 CONSULT/multilateral 040 occurred "Meeting of UNCTAD" @ Tokyo, Japan | UNCTAD >`,
	}},
	{"a meeting coming up is to come", "With the Venice economic summit coming up, trade bills matter.", []string{
		`undated CONSULT/multilateral 040 planned "Meeting of Group of Seven" @ Venice, Italy | Group of Seven >`,
	}},
	{"a relative clause's 'take place' tells a meeting's place", "Reagan will meet the leaders at the economic summit, which will take place in Venice June 8-10.", []string{
		`2019-06-08 .. 2019-06-10 CONSULT/multilateral 040 planned "Meeting of Group of Seven" @ Venice, Italy | Group of Seven >`,
	}},
	{"what is prepared for is set, whatever the mood of the preparing", "The minister may visit Paris ahead of the OPEC meeting in June.", []string{
		`2019-06-01 .. 2019-06-30 CONSULT/multilateral 040 planned "Meeting of OPEC" | OPEC >`,
	}},
	{"the Economic Summit named with its month", "Wilson said the ministers will meet before the June Economic Summit.", []string{
		`2019-06-01 .. 2019-06-30 CONSULT/multilateral 040 planned "Meeting of Group of Seven" | Group of Seven >`,
	}},
	{"a round of negotiations told in the present goes on, undated", "The United States places a high priority on the Uruguay round of global trade talks.", []string{
		`undated CONSULT/multilateral 040 ongoing "Meeting of GATT" | GATT >`,
	}},
	{"a round of negotiations told as opened takes its time", "The Uruguay round opened in Punta del Este in September.", []string{
		`2018-09-01 .. 2018-09-30 CONSULT/multilateral 040 occurred "Meeting of GATT" | GATT >`,
	}},
	{"a session the story told before, told again in the future, is still to come", "The chairman will not be able to open the ICCO council session here tomorrow. The council session will be chaired instead by the vice chairman.", []string{
		`2019-04-27 CONSULT/multilateral 040 planned "Meeting of International Cocoa Organization" @ Tokyo, Japan | International Cocoa Organization >`,
	}},
	{"a named meeting told in passing takes no day of the story's focus", "Defense Secretary Chuck Hagel spoke to reporters on Saturday. He met with defense leaders on the sidelines of the Shangri-La Dialogue in Singapore.", []string{
		`undated CONSULT/multilateral 040 occurred "Shangri-La Dialogue" @ Singapore | Shangri-La Dialogue >`,
	}},
	{"a meeting of some days ended, told on its last day", "European Community agriculture ministers ended a three-day meeting in Luxembourg still deeply divided.", []string{
		`2019-04-24 .. 2019-04-26 CONSULT/multilateral 040 occurred "Meeting of European Community" @ Luxembourg | European Community >`,
	}},
	{"a council's members end a meeting", "Deputy oil ministers of the six-nation Gulf Co-operation Council (GCC) ended a meeting here on Monday.", []string{
		`2019-04-22 CONSULT/multilateral 040 occurred "Meeting of Gulf Cooperation Council" @ Tokyo, Japan | Gulf Cooperation Council >`,
	}},
	{"a round of a body's negotiations named", "The EC plan will be presented at the next meeting of Uruguay round agriculture negotiators in Geneva on May 6.", []string{
		`2019-05-06 CONSULT/multilateral 040 planned "Meeting of GATT" @ Geneva, Switzerland | GATT >`,
	}},
	{"a chairman who cannot open the session", "Ivorian Agriculture Minister Denis Bra Kanon, chairman of the ICCO council, will not be able to open the council session here tomorrow.", []string{
		`2019-04-27 CONSULT/multilateral 040 planned "Meeting of International Cocoa Organization" @ Tokyo, Japan | International Cocoa Organization >`,
	}},
	{"no session", "There will be no ICCO council session this week.", []string{
		`2019-04-22 .. 2019-04-28 CONSULT/multilateral 040 denied "Meeting of International Cocoa Organization" | International Cocoa Organization >`,
	}},
	{"a summit named by its city and its kind", "Baker said the leaders would discuss it at the Venice Economic Summit in June.", []string{
		`2019-06-01 .. 2019-06-30 CONSULT/multilateral 040 planned "Meeting of Group of Seven" | Group of Seven >`,
	}},
	{"the group's conference", "Officials from 30 Asian countries in the Group of 77 met. They set the agenda for the group's regional ministerial conference in Dhaka on May 4.", []string{
		`2019-05-04 CONSULT/multilateral 040 planned "Meeting of Group of 77" @ Dhaka, Bangladesh | Group of 77 >`,
	}},
	{"an organ of the body named before", "The ICO board meeting ended today and the next regular board session will be in Indonesia June 1-5.", []string{
		`2019-04-26 CONSULT/multilateral 040 occurred "Meeting of International Coffee Organization" @ Tokyo, Japan | International Coffee Organization >`,
		`2019-06-01 .. 2019-06-05 CONSULT/multilateral 040 planned "Meeting of International Coffee Organization" @ Indonesia | International Coffee Organization >`,
	}},
	{"no body named before", "The next regular board session will be in Indonesia June 1-5.", nil},
	{"named before the noun", "The OPEC conference ended on Saturday.", []string{
		`2019-04-20 CONSULT/multilateral 040 occurred "Meeting of OPEC" @ Tokyo, Japan | OPEC >`,
	}},
	{"a council session", "A special ICO council session opened this afternoon.", []string{
		`2019-04-26T12:00 .. 2019-04-26T17:59 CONSULT/multilateral 040 occurred "Meeting of International Coffee Organization" @ Tokyo, Japan | International Coffee Organization >`,
	}},
	{"the subject winds it up", "The Asian Development Bank (ADB) today wound up a three-day meeting.", []string{
		`2019-04-24 .. 2019-04-26 CONSULT/multilateral 040 occurred "Meeting of Asian Development Bank" @ Tokyo, Japan | Asian Development Bank >`,
	}},
	{"no body, no meeting of one", "The board meeting ended on Saturday.", nil},
}

func TestBodyRule(t *testing.T) { testRule(t, bodyTests) }

var bodyOrganTests = []ruleTest{
	{"an organ of the body holds it", "The International Coffee Organization (ICO) Executive Board is to hold a meeting on May 3.", []string{
		`2019-05-03 CONSULT/multilateral 040 planned "Meeting of International Coffee Organization" | International Coffee Organization >`,
	}},
	{"a central bank's governor is no business", "Finance Minister Dilson Funaro held separate meetings with Finance Minister Edouard Balladur and Bank of France Governor Jacques de Larosiere.", []string{
		`undated CONSULT/meeting 040 occurred "Dilson Funaro meets Edouard Balladur and Jacques de Larosiere" @ Tokyo, Japan | Dilson Funaro > Edouard Balladur, Jacques de Larosiere`,
	}},
}

func TestBodyOrgans(t *testing.T) { testRule(t, bodyOrganTests) }

var accordTests = []ruleTest{
	{"an accord reached by a group", "Miyazawa said the agreement reached last month in Paris by six major industrial nations has prevented speculation.", []string{
		`2019-03-01 .. 2019-03-31 CONSULT/multilateral 040 occurred "Meeting of Group of Six" @ Paris, France | Group of Six >`,
	}},
	{"an accord reached by a body's ministers", "Prices firmed on the agreement reached by OPEC ministers in Vienna on Saturday.", []string{
		`2019-04-20 CONSULT/multilateral 040 occurred "Meeting of OPEC" @ Vienna, Austria | OPEC >`,
	}},
	{"members who agree", "OPEC ministers agreed in Vienna on Saturday to cut output.", []string{
		`2019-04-20 CONSULT/multilateral 040 occurred "Meeting of OPEC" @ Vienna, Austria | OPEC >`,
	}},
	{"an accord with no body", "The agreement reached in Vienna on Saturday lifted prices.", nil},
}

func TestAccordRule(t *testing.T) { testRule(t, accordTests) }
