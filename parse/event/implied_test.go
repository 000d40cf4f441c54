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
	{"a region toured is no place for a meeting with a host of the state the story is filed from", "Indonesian President Joko Widodo began a tour of East Asia on Tuesday. Widodo held talks with Japanese Prime Minister Shinzo Abe on Thursday.", []string{
		`2019-04-23 CONSULT/visit 042 occurred "Joko Widodo visits East Asia" @ East Asia | Joko Widodo >`,
		`2019-04-25 CONSULT/meeting 046 occurred "Joko Widodo holds talks with Shinzo Abe" @ Tokyo, Japan | Joko Widodo > Shinzo Abe`,
		`2019-04-25 CONSULT/visit 042 occurred "Joko Widodo visits Japan" @ Japan | Joko Widodo > Shinzo Abe`,
	}},
	{"a former holder named in full is of his state", "Australian Prime Minister Julia Gillard held talks in Tokyo in April 2012 with then Prime Minister Yoshihiko Noda.", []string{
		`2012-04-01 .. 2012-04-30 CONSULT/meeting 046 occurred "Julia Gillard holds talks with Yoshihiko Noda" @ Tokyo, Japan | Julia Gillard > Yoshihiko Noda`,
		`2012-04-01 .. 2012-04-30 CONSULT/visit 042 occurred "Julia Gillard visits Japan" @ Japan | Julia Gillard > Yoshihiko Noda`,
	}},
	{"a delegation of one state meeting the host together is on one journey", "U.S. Secretary of State Antony Blinken and U.S. National Security Adviser Jake Sullivan met Japanese Prime Minister Fumio Kishida in Tokyo on Thursday.", []string{
		`2019-04-25 CONSULT/meeting 040 occurred "Antony Blinken meets Jake Sullivan and Fumio Kishida" @ Tokyo, Japan | Antony Blinken > Jake Sullivan, Fumio Kishida`,
		`2019-04-25 CONSULT/visit 042 occurred "Antony Blinken and Jake Sullivan visit Japan" @ Japan | Antony Blinken, Jake Sullivan > Fumio Kishida`,
	}},
	{"one the sentence of a journey sends to its meeting travels with the traveller", "Polish President Andrzej Duda will travel to Kyiv on Wednesday to meet Ukrainian President Volodymyr Zelensky together with Lithuanian President Gitanas Nauseda.", []string{
		`2019-05-01 CONSULT/meeting 040 planned "Andrzej Duda meets Volodymyr Zelensky and Gitanas Nauseda" @ Kyiv, Ukraine | Andrzej Duda > Volodymyr Zelensky, Gitanas Nauseda`,
		`2019-05-01 CONSULT/visit 042 planned "Andrzej Duda and Gitanas Nauseda visit Kyiv" @ Kyiv, Ukraine | Andrzej Duda, Gitanas Nauseda > Ukraine`,
	}},
	{"a visit told adds none", "Japanese Prime Minister Yasuhiro Nakasone, on a visit to Washington, met President Ronald Reagan at the White House on Thursday.", []string{
		`2019-04-25 CONSULT/meeting 040 occurred "Yasuhiro Nakasone meets Ronald Reagan" @ White House, Washington, United States | Yasuhiro Nakasone > Ronald Reagan`,
		`2019-04-25 CONSULT/visit 042 occurred "Yasuhiro Nakasone visits Washington" @ Washington, United States | Yasuhiro Nakasone > United States`,
	}},
	{"meetings months apart are two journeys", "Brazilian Finance Minister Dilson Funaro met Swiss Finance Minister Otto Stich in Berne in January. Funaro met Stich again in Berne on Thursday.", []string{
		`2019-01-01 .. 2019-01-31 CONSULT/meeting 040 occurred "Dilson Funaro meets Otto Stich" @ Berne, Switzerland | Dilson Funaro > Otto Stich`,
		`2019-01-01 .. 2019-01-31 CONSULT/visit 042 occurred "Dilson Funaro visits Switzerland" @ Switzerland | Dilson Funaro > Otto Stich`,
		`2019-04-25 CONSULT/meeting 040 occurred "Dilson Funaro meets Otto Stich" @ Berne, Switzerland | Dilson Funaro > Otto Stich`,
		`2019-04-25 CONSULT/visit 042 occurred "Dilson Funaro visits Switzerland" @ Switzerland | Dilson Funaro > Otto Stich`,
	}},
	{"a host's dinner is a meal of the visit, which its arrival begins and its next day's meeting ends", "Chinese President Xi Jinping flew into Washington on Thursday afternoon. That evening, President Donald Trump hosted Xi for dinner at the White House. Trump and Xi met again on Friday.", []string{
		`2019-04-25 .. 2019-04-26 CONSULT/visit 042 occurred "Xi Jinping visits United States" @ United States | Xi Jinping > United States`,
		`2019-04-25T12:00 .. 2019-04-25T17:59 CONSULT/arrival occurred "Xi Jinping arrives in Washington" @ Washington, United States | Xi Jinping >`,
		`2019-04-25T17:00 .. 2019-04-25T21:59 CONSULT/visit 043 occurred "Donald Trump hosts Xi Jinping" @ White House, Washington, United States | Donald Trump > Xi Jinping`,
		`2019-04-26 CONSULT/meeting 040 occurred "Donald Trump meets Xi Jinping" @ White House, Washington, United States | Donald Trump > Xi Jinping`,
	}},
	{"'NAME, the first ... to visit France' is an aside on the visit under way, which the arrival and the talks date", "Iranian President Hassan Rouhani held talks with French President Francois Hollande in Paris on Thursday. Rouhani, the first Iranian president to visit France in more than a decade, had arrived in Paris on Wednesday evening.", []string{
		`2019-04-24 .. 2019-04-25 CONSULT/visit 042 occurred "Hassan Rouhani visits France" @ France | Hassan Rouhani > France`,
		`2019-04-24T17:00 .. 2019-04-24T21:59 CONSULT/arrival occurred "Hassan Rouhani arrives in Paris" @ Paris, France | Hassan Rouhani >`,
		`2019-04-25 CONSULT/meeting 046 occurred "Hassan Rouhani holds talks with Francois Hollande" @ Paris, France | Hassan Rouhani > Francois Hollande`,
	}},
	{"an undated visit to come is no account of the days of one held", "Iranian President Hassan Rouhani held talks with French President Francois Hollande in Paris on Thursday, after he arrived in Paris on Wednesday evening. Rouhani has long wanted to visit France.", []string{
		`2019-04-24 .. 2019-04-25 CONSULT/visit 042 occurred "Hassan Rouhani visits France" @ France | Hassan Rouhani > Francois Hollande`,
		`2019-04-24T17:00 .. 2019-04-24T21:59 CONSULT/arrival occurred "Hassan Rouhani arrives in Paris" @ Paris, France | Hassan Rouhani >`,
		`2019-04-25 CONSULT/meeting 046 occurred "Hassan Rouhani holds talks with Francois Hollande" @ Paris, France | Hassan Rouhani > Francois Hollande`,
		`undated CONSULT/visit 042 planned "Hassan Rouhani visits France" @ France | Hassan Rouhani > France`,
	}},
	{"a leader at a body's session abroad visits its host state for the session's days", "Japanese Prime Minister Yukio Hatoyama will attend the Group of 20 summit in Pittsburgh on Thursday and Friday.", []string{
		`2019-05-02 .. 2019-05-03 CONSULT/multilateral 040 planned "Meeting of Group of 20" @ Pittsburgh, United States | Group of 20 > Yukio Hatoyama`,
		`2019-05-02 .. 2019-05-03 CONSULT/visit 042 planned "Yukio Hatoyama visits United States" @ United States | Yukio Hatoyama > United States`,
	}},
	{"a meeting in a third country", "Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze in Geneva on Monday.", []string{
		`2019-04-22 CONSULT/meeting 040 occurred "George Shultz meets Eduard Shevardnadze" @ Geneva, Switzerland | George Shultz > Eduard Shevardnadze`,
	}},
}

func TestImpliedVisits(t *testing.T) { testRule(t, impliedTests) }

// purposeTests: a visit made for talks holds talks with the state visited.
var purposeTests = []ruleTest{
	{"a trip to discuss", "Trade Representative Clayton Yeutter said he plans a July trip to China to discuss trade issues.", []string{
		`2019-07-01 .. 2019-07-31 CONSULT/meeting 046 planned "Clayton Yeutter holds talks with China" @ China | Clayton Yeutter > China`,
		`2019-07-01 .. 2019-07-31 CONSULT/visit 042 planned "Clayton Yeutter visits China" @ China | Clayton Yeutter > China`,
	}},
	{"a visit for meetings with officials", "Undersecretary of State Michael Armacost will visit Tokyo next week for meetings with high-level officials.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/meeting 046 planned "Michael Armacost holds talks with Japan" @ Tokyo, Japan | Michael Armacost > Japan`,
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Michael Armacost visits Tokyo" @ Tokyo, Japan | Michael Armacost > Japan`,
	}},
	{"talks with someone named are the meeting rules'", "Foreign Minister Tadashi Kuranari will visit Washington next week for talks with Secretary of State George Shultz.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/meeting 046 planned "Tadashi Kuranari holds talks with George Shultz" @ Washington, United States | Tadashi Kuranari > George Shultz`,
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Tadashi Kuranari visits Washington" @ Washington, United States | Tadashi Kuranari > United States`,
	}},
}

func TestPurposeTalks(t *testing.T) { testRule(t, purposeTests) }

// relativeTests: a relative clause's verb is its antecedent's.
var relativeTests = []ruleTest{
	{"who travels", "Brazilian Finance Minister Dilson Funaro, who travels to Italy this evening, said he had no plan to default.", []string{
		`2019-04-26 CONSULT/visit 042 planned "Dilson Funaro visits Italy" @ Italy | Dilson Funaro > Italy`,
	}},
	{"who is due to leave", "Trade Minister Alan Clark, who is due to leave for Tokyo on Sunday, said talks would be hard.", []string{
		`2019-04-28 CONSULT/departure planned "Alan Clark leaves for Tokyo" | Alan Clark >`,
	}},
}

func TestRelativeClauses(t *testing.T) { testRule(t, relativeTests) }
