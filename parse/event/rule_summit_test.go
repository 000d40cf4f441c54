package event

import "testing"

var summitTests = []ruleTest{
	{"a relative clause's own summit with someone is its antecedent's", "South Korean President Lee Myung-bak, who held a summit with Japanese Prime Minister Yoshihiko Noda in Kyoto in December 2011, said ties had improved.", []string{
		`2011-12-01 .. 2011-12-31 CONSULT/meeting 040 occurred "Lee Myung-bak holds a summit with Yoshihiko Noda" @ Kyoto, Japan | Lee Myung-bak > Yoshihiko Noda`,
		`2011-12-01 .. 2011-12-31 CONSULT/visit 042 occurred "Lee Myung-bak visits Japan" @ Japan | Lee Myung-bak > Yoshihiko Noda`,
	}},
	{"a session a dated journey is made for is of the journey's time and city", "U.S. President Barack Obama last visited Seoul in March last year for the Nuclear Security Summit.", []string{
		`2018-03-01 .. 2018-03-31 CONSULT/multilateral 040 occurred "Nuclear Security Summit" @ Seoul, South Korea | Nuclear Security Summit >`,
		`2018-03-01 .. 2018-03-31 CONSULT/visit 042 occurred "Barack Obama visits Seoul" @ Seoul, South Korea | Barack Obama > South Korea`,
	}},
	{"the second verb of one subject after 'and' is the subject's, and the date before 'and' the first verb's", "South Korean President Moon Jae-in met North Korean leader Kim Jong-un on Friday. They first met at the truce village of Panmunjom on March 27 and held a surprise second summit on the northern side of the village on April 16.", []string{
		`2019-03-27 CONSULT/meeting 040 occurred "Moon Jae-in meets Kim Jong-un" | Moon Jae-in > Kim Jong-un`,
		`2019-04-16 CONSULT/meeting 040 occurred "Moon Jae-in holds a summit with Kim Jong-un" | Moon Jae-in > Kim Jong-un`,
		`2019-04-26 CONSULT/meeting 040 occurred "Moon Jae-in meets Kim Jong-un" @ Tokyo, Japan | Moon Jae-in > Kim Jong-un`,
	}},
	{"a gathering's name is no person, nor 'North American' the United States", "President Joe Biden, Mexican President Andres Manuel Lopez Obrador and Canadian Prime Minister Justin Trudeau pledged on Tuesday to work together, as they wrapped up the first North American Leaders' Summit held in Mexico. The three leaders met for several hours at the National Palace.", []string{
		`2019-04-23 CONSULT/meeting 040 occurred "Joe Biden meets Andres Manuel Lopez Obrador and Justin Trudeau" @ National Palace, Tokyo, Japan | Joe Biden > Andres Manuel Lopez Obrador, Justin Trudeau`,
	}},
	{"the lead's day, no event's there, dates the next sentence's summit; the office speaking is no party; a journey to prepare for the summit gives it no time", "South Korean President Moon Jae-in and Chinese President Xi Jinping agreed Thursday to bring relations back on track, Cheong Wa Dae said. During their summit at the Great Hall of the People, the two leaders agreed on four principles. Foreign Minister Kang Kyung-wha traveled to Beijing last month to prepare for the summit.", []string{
		`2019-03-01 .. 2019-03-31 CONSULT/visit 042 occurred "Kang Kyung-wha visits Beijing" @ Beijing, China | Kang Kyung-wha > China`,
		`2019-04-25 CONSULT/meeting 040 occurred "Moon Jae-in holds a summit with Xi Jinping" @ Great Hall, Tokyo, Japan | Moon Jae-in > Xi Jinping`,
	}},
	{"their first round of summit talks", "President Moon Jae-in met North Korean leader Kim Jong-un on Monday. Moon and Kim sat down for their first round of summit talks in Pyongyang on Tuesday.", []string{
		`2019-04-22 CONSULT/meeting 040 occurred "Moon Jae-in meets Kim Jong-un" @ Tokyo, Japan | Moon Jae-in > Kim Jong-un`,
		`2019-04-23 CONSULT/meeting 040 occurred "Moon Jae-in holds a summit with Kim Jong-un" @ Pyongyang, North Korea | Moon Jae-in > Kim Jong-un`,
		`2019-04-23 CONSULT/visit 042 occurred "Moon Jae-in visits North Korea" @ North Korea | Moon Jae-in > Kim Jong-un`,
	}},
	{"a summit named by two people's surnames", "President Ronald Reagan said Soviet leader Mikhail Gorbachev's offer was consistent with the Soviet position at the earlier Reagan-Gorbachev summit in Geneva in November 1985.", []string{
		`1985-11-01 .. 1985-11-30 CONSULT/meeting 040 occurred "Ronald Reagan holds a summit with Mikhail Gorbachev" @ Geneva, Switzerland | Ronald Reagan > Mikhail Gorbachev`,
	}},
	{"their meeting after a group named is the group's, not the two people's", "Chancellor Helmut Kohl and President Reagan said the experts would hold their meeting in Venice on June 8.", nil},
	{"their summit: the last two people named hold it", "Howard Baker noted President Reagan's invitation to Kremlin chief Mikhail Gorbachev to visit the United States, made at their first summit in Geneva in November, 1985, was still on the table.", []string{
		`1985-11-01 .. 1985-11-30 CONSULT/meeting 040 occurred "Reagan holds a summit with Mikhail Gorbachev" @ Geneva, Switzerland | Reagan > Mikhail Gorbachev`,
		`undated CONSULT/visit 042 possible "Mikhail Gorbachev visits United States" @ United States | Mikhail Gorbachev > United States`,
	}},
	{"their talks, with no two people named, are no one's", "Officials said their talks would go on.", nil},
	{"leaders of a group hold its summit", "Leaders of the Group of Eight will hold their annual summit in London on Monday.", []string{
		`2019-04-29 CONSULT/multilateral 040 planned "Meeting of Group of Eight" @ London, United Kingdom | Group of Eight >`,
	}},
	{"a virtual summit is a call", "Indian Prime Minister Narendra Modi held a virtual summit with Australian Prime Minister Scott Morrison on Thursday.", []string{
		`2019-04-25 CONSULT/phone 041 occurred "Narendra Modi holds a summit with Scott Morrison" | Narendra Modi > Scott Morrison`,
	}},
	{"attending is not holding", "Ukrainian President Volodymyr Zelenskyy will attend the summit in person, officials said.", []string{
		`undated CONSULT/meeting 040 planned "Volodymyr Zelenskyy attends a summit" | Volodymyr Zelenskyy >`,
	}},
	{"summit with, past weekday", "On Thursday, North Korean leader Kim Jong Un held a summit with Russian President Vladimir Putin.", []string{
		`2019-04-25 CONSULT/meeting 040 occurred "Kim Jong Un holds a summit with Vladimir Putin" @ Tokyo, Japan | Kim Jong Un > Vladimir Putin`,
	}},
	{"summit planned", "President Ronald Reagan and Soviet leader Mikhail Gorbachev will hold a summit in Washington next month.", []string{
		`2019-05-01 .. 2019-05-31 CONSULT/meeting 040 planned "Ronald Reagan holds a summit with Mikhail Gorbachev" @ Washington, United States | Ronald Reagan > Mikhail Gorbachev`,
	}},
}

func TestSummitRule(t *testing.T) { testRule(t, summitTests) }
