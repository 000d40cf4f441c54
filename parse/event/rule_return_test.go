package event

import "testing"

var returnTests = []ruleTest{
	{"a return from abroad ends a visit there, as its last part", "Finance Minister Joseph Makumbi said the talks failed when he returned from London on Friday.", []string{
		`2019-04-26 CONSULT/visit 042 occurred "Joseph Makumbi visits London" @ London, United Kingdom | Joseph Makumbi > United Kingdom`,
	}},
	{"a return told since is undated", "Prime Minister Margaret Thatcher gained in the first poll since her return from the Soviet Union.", []string{
		`undated CONSULT/visit 042 occurred "Margaret Thatcher visits Soviet Union" @ Soviet Union | Margaret Thatcher > Soviet Union`,
	}},
	{"expected return", "North Korean leader Kim Jong Un is expected to return home on Friday.", []string{
		`2019-04-26 CONSULT/departure expected "Kim Jong Un returns home" | Kim Jong Un >`,
	}},
	{"a going home that ends no journey the story tells is no event of its own", "North Korean leader Kim Jong Un is expected to return to Pyongyang. Chinese President Xi Jinping will return home.", nil},
	{"flying back is a return", "German Chancellor Angela Merkel was due to fly back to Washington on Friday.", []string{
		`2019-04-26 CONSULT/departure planned "Angela Merkel returns to Washington" @ Washington, United States | Angela Merkel >`,
	}},
	{"returned home", "Secretary of State George Shultz returned home on Wednesday.", []string{
		`2019-04-24 CONSULT/departure occurred "George Shultz returns home" | George Shultz >`,
	}},
	{"the end of a full name", "U.N. Secretary-General Javier Perez de Cuellar spoke on Monday. Perez de Cuellar told the Security Council on his return to New York on Tuesday that Iraq insisted on a ceasefire.", []string{
		`2019-04-23 CONSULT/departure occurred "Javier Perez de Cuellar returns to New York" @ New York, United States | Javier Perez de Cuellar >`,
	}},
}

func TestReturnRule(t *testing.T) { testRule(t, returnTests) }
