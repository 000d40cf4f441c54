package event

import "testing"

var occasionTests = []ruleTest{
	{"occasions on the sidelines of named meetings", "U.S. President Donald Trump and Russian President Vladimir Putin had met on the sidelines of the Group of 20 summit in Hamburg last July and the Asia-Pacific Economic Cooperation forum in Da Nang, Vietnam, in November.", []string{
		`2018-07-01 .. 2018-07-31 CONSULT/meeting 040 occurred "Donald Trump meets Vladimir Putin" @ Hamburg, Germany | Donald Trump > Vladimir Putin`,
		`2018-07-01 .. 2018-07-31 CONSULT/multilateral 040 occurred "Meeting of Group of 20" @ Hamburg, Germany | Group of 20 >`,
		`2018-11-01 .. 2018-11-30 CONSULT/meeting 040 occurred "Donald Trump meets Vladimir Putin" @ Da Nang, Vietnam | Donald Trump > Vladimir Putin`,
		`2018-11-01 .. 2018-11-30 CONSULT/multilateral 040 occurred "Meeting of APEC" @ Da Nang, Vietnam | APEC >`,
	}},
	{"a meeting and the summit on whose sidelines it is held share the one's day", "Chinese President Hu Jintao and U.S. President Barack Obama are expected to hold their first meeting on May 2 on the sidelines of the Group of 20 summit in London.", []string{
		`2019-05-02 CONSULT/meeting 040 expected "Hu Jintao meets Barack Obama" @ London, United Kingdom | Hu Jintao > Barack Obama`,
		`2019-05-02 CONSULT/multilateral 040 expected "Meeting of Group of 20" @ London, United Kingdom | Group of 20 >`,
	}},
	{"a summit in a relative clause holds no meeting of the main clause, and is where the place before it is", "U.S. President Joe Biden met Vietnamese Communist Party chief Nguyen Phu Trong at the party's headquarters hours after arriving in Hanoi from New Delhi, where he had spent the weekend at the Group of 20 summit.", []string{
		`2019-04-20 .. 2019-04-21 CONSULT/multilateral 040 occurred "Meeting of Group of 20" @ New Delhi, India | Group of 20 >`,
		`2019-04-26 CONSULT/arrival occurred "Joe Biden arrives in Hanoi" @ Hanoi, Vietnam | Joe Biden >`,
		`2019-04-26 CONSULT/meeting 040 occurred "Joe Biden meets Nguyen Phu Trong" @ Hanoi, Vietnam | Joe Biden > Nguyen Phu Trong`,
		`2019-04-26 CONSULT/visit 042 occurred "Joe Biden visits Vietnam" @ Vietnam | Joe Biden > Nguyen Phu Trong`,
	}},
	{"a seat where leaders meet is in its city wherever the story is filed", "Israeli Prime Minister Benjamin Netanyahu and U.S. President Barack Obama last met in the Oval Office in March 2012.", []string{
		`2012-03-01 .. 2012-03-31 CONSULT/meeting 040 occurred "Benjamin Netanyahu meets Barack Obama" @ Oval Office, Washington, United States | Benjamin Netanyahu > Barack Obama`,
		`2012-03-01 .. 2012-03-31 CONSULT/visit 042 occurred "Benjamin Netanyahu visits United States" @ United States | Benjamin Netanyahu > Barack Obama`,
	}},
	{"a session held on the morrow of an event 'on the eve of' it", "U.S. President Barack Obama and Russian President Dmitry Medvedev first met in London on April 1, on the eve of the Group of 20 summit.", []string{
		`2019-04-01 CONSULT/meeting 040 occurred "Barack Obama meets Dmitry Medvedev" @ London, United Kingdom | Barack Obama > Dmitry Medvedev`,
		`2019-04-02 CONSULT/multilateral 040 occurred "Meeting of Group of 20" @ London, United Kingdom | Group of 20 >`,
	}},
	{"a ', where' clause after a journey is held there and then", "Turkish President Recep Tayyip Erdogan traveled to Cairo in February, where he held talks with Egyptian President Abdel Fattah al-Sisi.", []string{
		`2019-02-01 .. 2019-02-28 CONSULT/meeting 046 occurred "Recep Tayyip Erdogan holds talks with Abdel Fattah al-Sisi" @ Cairo, Egypt | Recep Tayyip Erdogan > Abdel Fattah al-Sisi`,
		`2019-02-01 .. 2019-02-28 CONSULT/visit 042 occurred "Recep Tayyip Erdogan visits Cairo" @ Cairo, Egypt | Recep Tayyip Erdogan > Egypt`,
	}},
	{"a meeting held twice, each time with its place and time", "French President Emmanuel Macron and U.S. President Donald Trump met in Brussels in May and again at the G20 summit in Hamburg last week.", []string{
		`2018-05-01 .. 2018-05-31 CONSULT/meeting 040 occurred "Emmanuel Macron meets Donald Trump" @ Brussels, Belgium | Emmanuel Macron > Donald Trump`,
		`2019-04-15 .. 2019-04-21 CONSULT/meeting 040 occurred "Emmanuel Macron meets Donald Trump" @ Hamburg, Germany | Emmanuel Macron > Donald Trump`,
		`2019-04-15 .. 2019-04-21 CONSULT/multilateral 040 occurred "Meeting of Group of 20" @ Hamburg, Germany | Group of 20 >`,
	}},
	{"occasions listed after 'twice before'", "French President Emmanuel Macron and U.S. President Donald Trump have met twice before, in Brussels in March and in Hamburg last week.", []string{
		`2019-03-01 .. 2019-03-31 CONSULT/meeting 040 occurred "Emmanuel Macron meets Donald Trump" @ Brussels, Belgium | Emmanuel Macron > Donald Trump`,
		`2019-04-15 .. 2019-04-21 CONSULT/meeting 040 occurred "Emmanuel Macron meets Donald Trump" @ Hamburg, Germany | Emmanuel Macron > Donald Trump`,
	}},
	{"one place and time is one meeting", "French President Emmanuel Macron met U.S. President Donald Trump in Brussels in March.", []string{
		`2019-03-01 .. 2019-03-31 CONSULT/meeting 040 occurred "Emmanuel Macron meets Donald Trump" @ Brussels, Belgium | Emmanuel Macron > Donald Trump`,
	}},
}

func TestOccasions(t *testing.T) { testRule(t, occasionTests) }
