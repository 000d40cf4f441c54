package event

import "testing"

var occasionTests = []ruleTest{
	{"occasions on the sidelines of named meetings", "U.S. President Donald Trump and Russian President Vladimir Putin had met on the sidelines of the Group of 20 summit in Hamburg last July and the Asia-Pacific Economic Cooperation forum in Da Nang, Vietnam, in November.", []string{
		`2018-07-01 .. 2018-07-31 CONSULT/meeting 040 occurred "Donald Trump meets Vladimir Putin" @ Hamburg, Germany | Donald Trump > Vladimir Putin`,
		`2018-07-01 .. 2018-07-31 CONSULT/multilateral 040 occurred "Meeting of Group of 20" @ Hamburg, Germany | Group of 20 >`,
		`2018-11-01 .. 2018-11-30 CONSULT/meeting 040 occurred "Donald Trump meets Vladimir Putin" @ Da Nang, Vietnam | Donald Trump > Vladimir Putin`,
		`2018-11-01 .. 2018-11-30 CONSULT/multilateral 040 occurred "Meeting of APEC" @ Da Nang, Vietnam | APEC >`,
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
