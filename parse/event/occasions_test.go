package event

import "testing"

var occasionTests = []ruleTest{
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
