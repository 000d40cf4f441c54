package event

import "testing"

var talksTests = []ruleTest{
	{"'the two countries' after two states named, no people of them, are those states", "Japan tightened export controls on South Korea. The two countries held talks in Tokyo on July 12.", []string{
		`2019-07-12 CONSULT/meeting 046 occurred "Japan holds talks with South Korea" @ Tokyo, Japan | Japan > South Korea`,
	}},
	{"a headline's 'X to hold talks' is a plan", "Japan to hold formal financial talks with France.", []string{
		`undated CONSULT/meeting 046 planned "Japan holds talks with France" | Japan > France`,
	}},
	{"'Speaking to' a meeting is no headline's plan", "Speaking to the International Monetary Fund's Interim Committee meeting, Juan Sourrouille said Argentina had given ample proof.", []string{
		`2019-04-26 CONSULT/multilateral 040 occurred "Meeting of IMF Interim Committee" @ Tokyo, Japan | IMF Interim Committee >`,
	}},
	{"a state's ministry is the state, and the 'it' that says it plans talks", "The Japanese Finance Ministry said it plans to hold formal financial talks with France on May 17 in Tokyo.", []string{
		`2019-05-17 CONSULT/meeting 046 planned "Japan holds talks with France" @ Tokyo, Japan | Japan > France`,
	}},
	{"a firm's 'it' after a state's possessive is no state", "India's state-owned National Thermal Power Corp said it has signed an agreement to borrow 169.1 mln marks.", nil},
	{"the time after a relative clause's aside ends the sentence and dates the main clause; a weekday read back for a plan is ahead", "Chinese President Hu Jintao is scheduled to hold talks with South Korean President Lee Myung-bak, who began a three-day state visit to China on Thursday, on Monday.", []string{
		`2019-04-25 .. 2019-04-27 CONSULT/visit 042 occurred "Lee Myung-bak visits China" @ China | Lee Myung-bak > China`,
		`2019-04-29 CONSULT/meeting 046 planned "Hu Jintao holds talks with Lee Myung-bak" | Hu Jintao > Lee Myung-bak`,
	}},
	{"creditor states are a party, no business; 'between a Yugoslav delegation and' gives the delegation's state the preposition", "The agreement was reached today in talks between a Yugoslav delegation and 16 Western creditor countries.", []string{
		`2019-04-26 CONSULT/meeting 046 occurred "Yugoslavia holds talks with Western creditor countries" @ Tokyo, Japan | Yugoslavia > Western creditor countries`,
	}},
	{"the sides of talks may follow where and when they were held; a state's top diplomat is titled", "It was arranged at talks held in Zurich in early October between Chinese top diplomat Yang Jiechi and U.S. National Security Adviser Jake Sullivan.", []string{
		`2018-10-01 .. 2018-10-10 CONSULT/meeting 046 occurred "Yang Jiechi holds talks with Jake Sullivan" @ Zurich, Switzerland | Yang Jiechi > Jake Sullivan`,
	}},
	{"'sat down for talks', and 'before sitting down for talks' after the sentence's verb, are the subject's talks", "President Joe Biden was received at Al-Salam Palace by King Salman before sitting down for talks with Saudi Crown Prince Mohammed bin Salman.", []string{
		`2019-04-26 CONSULT/meeting 046 occurred "Joe Biden holds talks with Mohammed bin Salman" @ Al-Salam Palace, Tokyo, Japan | Joe Biden > Mohammed bin Salman`,
		`2019-04-26 CONSULT/visit 043 occurred "Salman hosts Joe Biden" @ Al-Salam Palace | Salman > Joe Biden`,
	}},
	{"', holding talks with X' is done by the subject of the clause it is set off from, a subordinate clause's too", "Saudi Foreign Minister Prince Faisal bin Farhan visited Damascus on April 18, days after Syrian Foreign Minister Faisal Mekdad made the first visit by a Syrian foreign minister to Saudi Arabia since 2011, holding talks with Faisal bin Farhan in Jeddah on April 12.", []string{
		`2019-04-12 CONSULT/meeting 046 occurred "Faisal Mekdad holds talks with Faisal bin Farhan" @ Jeddah, Saudi Arabia | Faisal Mekdad > Faisal bin Farhan`,
		`2019-04-12 CONSULT/visit 042 occurred "Faisal Mekdad visits Saudi Arabia" @ Saudi Arabia | Faisal Mekdad > Faisal bin Farhan`,
		`2019-04-18 CONSULT/visit 042 occurred "Faisal bin Farhan visits Damascus" @ Damascus, Syria | Faisal bin Farhan > Syria`,
	}},
	{"talks a person of one state begins in another's city, with no one named, are with that state, opening on the story's day", "Soviet deputy prime minister Alexei Antonov begins two days of economic talks in Bonn that will include discussions on joint ventures.", []string{
		`2019-04-26 .. 2019-04-27 CONSULT/meeting 046 ongoing "Alexei Antonov holds talks with Germany" @ Bonn, Germany | Alexei Antonov > Germany`,
		`2019-04-26 .. 2019-04-27 CONSULT/visit 042 ongoing "Alexei Antonov visits Germany" @ Germany | Alexei Antonov > Germany`,
	}},
	{"talks left or attended in a city are not the leaver's to hold with its state", "Soviet deputy prime minister Alexei Antonov will attend economic talks in Bonn next week.", nil},
	{"a measure between the light verb and its noun: 'held more than five hours of talks'; in the Kremlin, a seat of government, is in Moscow", "French President Emmanuel Macron and Russian leader Vladimir Putin held more than five hours of talks in the Kremlin on Monday.", []string{
		`2019-04-22 CONSULT/meeting 046 occurred "Emmanuel Macron holds talks with Vladimir Putin" @ Kremlin, Moscow, Russia | Emmanuel Macron > Vladimir Putin`,
		`2019-04-22 CONSULT/visit 042 occurred "Emmanuel Macron visits Russia" @ Russia | Emmanuel Macron > Vladimir Putin`,
	}},
	{"the talks between the two told again, undated, are the meeting told before", "Japanese prime minister Yasuhiro Nakasone and President Ronald Reagan will meet Thursday and Friday to discuss trade tensions. Traders are worried about the outcome of the talks between Reagan and Nakasone, analysts said.", []string{
		`2019-05-02 .. 2019-05-03 CONSULT/meeting 040 planned "Yasuhiro Nakasone meets Ronald Reagan" | Yasuhiro Nakasone > Ronald Reagan`,
	}},
	{"expected here on a day for talks: to come, the day ahead whatever tense the attribution has", "Iranian Oil Minister Gholamreza Aqazadeh is expected here on Monday for talks with his Algerian counterpart Belkacem Nabi, the official news agency APS said today.", []string{
		`2019-04-29 CONSULT/meeting 046 expected "Gholamreza Aqazadeh holds talks with Belkacem Nabi" @ Tokyo, Japan | Gholamreza Aqazadeh > Belkacem Nabi`,
	}},
	{"'last held talks' is a verb after 'last', as 'last met' is", "German Chancellor Angela Merkel met French President Francois Hollande in Berlin on Friday. The two leaders last held talks on 15 February in Brussels.", []string{
		`2019-02-15 CONSULT/meeting 046 occurred "Angela Merkel holds talks with Francois Hollande" @ Brussels, Belgium | Angela Merkel > Francois Hollande`,
		`2019-04-26 CONSULT/meeting 040 occurred "Angela Merkel meets Francois Hollande" @ Berlin, Germany | Angela Merkel > Francois Hollande`,
		`2019-04-26 CONSULT/visit 042 occurred "Francois Hollande visits Germany" @ Germany | Francois Hollande > Angela Merkel`,
	}},
	{"a state's leader holding talks with his own state is domestic", "South Korean President Moon Jae-in held talks with South Korea's ambassador to Tokyo on Monday.", nil},
	{"a lone unknown word is no side: a firm as often as a person", "In line with its planned global expansion, Benetton is also holding talks with the Soviet Union.", nil},
	{"a leader named by one word is still one", "Abe will hold talks with President Donald Trump on Monday.", []string{
		`2019-04-29 CONSULT/meeting 046 planned "Abe holds talks with Donald Trump" | Abe > Donald Trump`,
	}},
	{"talks an act of a dated day follows are of that day", "Turkish President Recep Tayyip Erdogan and his Russian counterpart Vladimir Putin agreed on Monday to establish a demilitarized zone, following talks in Sochi.", []string{
		`2019-04-22 CONSULT/meeting 046 occurred "Recep Tayyip Erdogan holds talks with Vladimir Putin" @ Sochi, Russia | Recep Tayyip Erdogan > Vladimir Putin`,
		`2019-04-22 CONSULT/visit 042 occurred "Recep Tayyip Erdogan visits Russia" @ Russia | Recep Tayyip Erdogan > Vladimir Putin`,
	}},
	{"a traveller set off as in a city for talks is there now; Administration officials are the U.S. government", "Belgian Foreign Trade Minister Herman De Croo, in Washington for talks with Administration officials, said there would be a compromise.", []string{
		`2019-04-26 CONSULT/meeting 046 ongoing "Herman De Croo holds talks with United States" @ Washington, United States | Herman De Croo > United States`,
		`2019-04-26 CONSULT/visit 042 ongoing "Herman De Croo visits United States" @ United States | Herman De Croo > United States`,
	}},
	{"two nationalities' arms negotiators are their states", "American and Soviet arms negotiators will resume talks on curbing medium-range nuclear missiles here tomorrow.", []string{
		`2019-04-27 CONSULT/meeting 046 planned "United States holds talks with Soviet Union" @ Tokyo, Japan | United States > Soviet Union`,
	}},
	{"talks between two sides told as going on, the sides after the predicate, a state's name after its modifiers", "Talks are underway between financially troubled Zaire and the International Monetary Fund (IMF) aimed at rescuing the economy.", []string{
		`2019-04-26 CONSULT/meeting 046 ongoing "Democratic Republic of the Congo holds talks with International Monetary Fund" | Democratic Republic of the Congo > International Monetary Fund`,
	}},
	{"negotiating with someone for a year: going on since then", "Argentina has been negotiating with the IMF for a year.", []string{
		`2018-04-01 .. 2018-04-30 CONSULT/meeting 046 ongoing "Argentina holds talks with International Monetary Fund" | Argentina > International Monetary Fund`,
	}},
	{"a nationality's trade officials are its state", "Senior Japanese officials tomorrow open talks with American trade negotiators.", []string{
		`2019-04-27 CONSULT/meeting 046 planned "Japan holds talks with United States" | Japan > United States`,
	}},
	{"groundwork for talks; a bare noun dated later refers to them", "A Japanese team is laying the groundwork for talks between Vice Minister Makoto Kuroda and Deputy U.S. Trade Representative Michael Smith. He said if he fails in talks tomorrow and Friday, he will go home.", []string{
		`2019-04-27 .. 2019-05-03 CONSULT/meeting 046 planned "Makoto Kuroda holds talks with Michael Smith" | Makoto Kuroda > Michael Smith`,
	}},
	{"talks held here long ago are where the story is filed", "The European Community held talks with the Soviet Union here last September.", []string{
		`2018-09-01 .. 2018-09-30 CONSULT/meeting 046 occurred "European Community holds talks with Soviet Union" @ Tokyo, Japan | European Community > Soviet Union`,
	}},
	{"talks in the past perfect take no focus", "China signed the protocol on Monday. A U.S. diplomat said the U.S. and China had had months of talks on the issue.", []string{
		`2019-04-22 SUPPORT/sign 057 occurred "China signs the protocol" @ Tokyo, Japan | China >`,
		`undated CONSULT/meeting 046 occurred "United States holds talks with China" @ Tokyo, Japan | United States > China`,
	}},
	{"is also holding talks", "Prime Minister Yasuhiro Nakasone is also holding talks with President Ronald Reagan.", []string{
		`2019-04-26 CONSULT/meeting 046 ongoing "Yasuhiro Nakasone holds talks with Ronald Reagan" | Yasuhiro Nakasone > Ronald Reagan`,
	}},
	{"a relative clause closed before the talks", "Secretary of State John Kerry, who accompanied President Barack Obama, is expected to stay on for talks with Jordan's King Abdullah on Saturday.", []string{
		`2019-04-27 CONSULT/meeting 046 expected "John Kerry holds talks with Abdullah" | John Kerry > Abdullah`,
	}},
	{"a relative clause about the subject", "Michael Jopling, who is a member of the EC agriculture committee, was in Indiana prior to talks with U.S. officials in Washington later this week.", []string{
		`2019-04-25 .. 2019-04-28 CONSULT/meeting 046 planned "Michael Jopling holds talks with United States" @ Washington, United States | Michael Jopling > United States`,
	}},
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
	{"talks, if successful,", "Talks this week between Japanese Prime Minister Yasuhiro Nakasone and President Reagan, if successful, could take pressure off the dollar.", []string{
		`2019-04-22 .. 2019-04-28 CONSULT/meeting 046 planned "Yasuhiro Nakasone holds talks with Reagan" | Yasuhiro Nakasone > Reagan`,
	}},
	{"required to enter into talks", "A House measure would require Secretary of State George Shultz to enter into talks with Japan on defense spending.", []string{
		`undated CONSULT/meeting 046 possible "George Shultz holds talks with Japan" | George Shultz > Japan`,
	}},
	// An organisation's possessive names what it owns, not who acts.
	{"the IMF's meeting and to hold talks", "South Korean Finance Minister Chung In-yong will leave Monday to attend the International Monetary Fund's Interim Committee meeting and to hold talks with Treasury Secretary James Baker.", []string{
		`2019-04-29 CONSULT/meeting 046 planned "Chung In-yong holds talks with James Baker" | Chung In-yong > James Baker`,
		`undated CONSULT/multilateral 040 planned "Meeting of IMF Interim Committee" | IMF Interim Committee >`,
	}},
	{"looking forward to talks", "Reagan said he was looking forward to his talks with Prime Minister Yasuhiro Nakasone.", []string{
		`undated CONSULT/meeting 046 planned "Reagan holds talks with Yasuhiro Nakasone" | Reagan > Yasuhiro Nakasone`,
	}},
	{"later today", "The announcement came before a departure later today of a Taiwan delegation for a series of trade talks with U.S. officials.", []string{
		`2019-04-26 CONSULT/meeting 046 planned "Taiwan holds talks with United States" | Taiwan > United States`,
	}},
	{"no recipient from a relative clause", "Prime Minister Turgut Ozal spoke after talks with Turkey's ambassador to Athens who arrived from a meeting with Greek Prime Minister Andreas Papandreou.", []string{
		`2019-04-26 CONSULT/meeting 046 occurred "Turgut Ozal holds talks with Turkey" @ Tokyo, Japan | Turgut Ozal > Turkey`,
	}},
	{"no date from a relative clause", "Prime Minister Turgut Ozal spoke after talks with Turkey's ambassador to Athens who arrived last night from Greece.", []string{
		`2019-04-26 CONSULT/meeting 046 occurred "Turgut Ozal holds talks with Turkey" @ Tokyo, Japan | Turgut Ozal > Turkey`,
	}},
	{"a relative clause right after the event dates it", "Prime Minister Yasuhiro Nakasone praised his visit which ended in Washington yesterday.", []string{
		`2019-04-25 CONSULT/visit 042 occurred "Yasuhiro Nakasone visits Washington" @ Washington, United States | Yasuhiro Nakasone > United States`,
	}},
}

func TestTalksRule(t *testing.T) { testRule(t, talksTests) }

var talksPairTests = []ruleTest{
	{"talks of a pair, the second named by his counterpart", "French Defence Minister Andre Giraud and his West German counterpart Manfred Woerner agreed on a common concept during talks in Bonn on Thursday.", []string{
		`2019-04-25 CONSULT/meeting 046 occurred "Andre Giraud holds talks with Manfred Woerner" @ Bonn, Germany | Andre Giraud > Manfred Woerner`,
		`2019-04-25 CONSULT/visit 042 occurred "Andre Giraud visits Germany" @ Germany | Andre Giraud > Manfred Woerner`,
	}},
}

func TestTalksPair(t *testing.T) { testRule(t, talksPairTests) }
