package event

import "testing"

var hostTests = []ruleTest{
	{"a king of one name is not the crown prince whose name holds it", "President Joe Biden greeted Saudi Crown Prince Mohammed bin Salman on Friday. He was received at Al-Salam Palace by King Salman.", []string{
		`2019-04-26 CONSULT/visit 043 occurred "Salman hosts Joe Biden" | Salman > Joe Biden`,
	}},
	{"'and was received by' takes the day of the verb before 'and'", "Saudi Foreign Minister Prince Faisal bin Farhan visited Damascus on April 18 and was received by Syrian President Bashar al-Assad.", []string{
		`2019-04-18 CONSULT/visit 043 occurred "Bashar al-Assad hosts Faisal bin Farhan" | Bashar al-Assad > Faisal bin Farhan`,
		`2019-04-18 CONSULT/visit 042 occurred "Faisal bin Farhan visits Damascus" @ Damascus, Syria | Faisal bin Farhan > Syria`,
	}},
	{"a thing welcomed between the verb and a state hosts no one", "North Korea said it welcomed new contacts between Korean and U.S. diplomats.", nil},
	{"heads of state named bare; a visit in an aside starts on the day of the welcome; the two alone", "Emmanuel Macron welcomed Donald Trump to Paris on Thursday. Trump and his wife Melania, on a two-day visit, were greeted by Macron at Les Invalides. The two first met in Brussels in May.", []string{
		`2018-05-01 .. 2018-05-31 CONSULT/meeting 040 occurred "Donald Trump meets Emmanuel Macron" @ Brussels, Belgium | Donald Trump > Emmanuel Macron`,
		`2019-04-25 CONSULT/visit 043 occurred "Emmanuel Macron hosts Donald Trump" @ Paris, France | Emmanuel Macron > Donald Trump`,
		`2019-04-25 .. 2019-04-26 CONSULT/visit 042 occurred "Donald Trump visits Paris" @ Paris, France | Donald Trump > France`,
	}},
	{"welcoming the outcome of a meeting hosts no one", "British Chancellor of the Exchequer Nigel Lawson welcomed the outcome of a meeting between U.S. Treasury Secretary James Baker and West German Finance Minister Gerhard Stoltenberg.", []string{
		`2019-04-26 CONSULT/meeting 040 occurred "James Baker meets Gerhard Stoltenberg" @ Tokyo, Japan | James Baker > Gerhard Stoltenberg`,
	}},
	{"pleased to welcome: a visit announced", "President Obama is pleased to welcome Prime Minister Narendra Modi of India to Washington.", []string{
		`undated CONSULT/visit 043 planned "Obama hosts Narendra Modi" @ Washington, United States | Obama > Narendra Modi`,
	}},
	{"was pleased to welcome: a visit done", "President Obama was pleased to welcome Prime Minister Narendra Modi of India to Washington.", []string{
		`2019-04-26 CONSULT/visit 043 occurred "Obama hosts Narendra Modi" @ Washington, United States | Obama > Narendra Modi`,
	}},
	{"a seat of government is a venue", "British Prime Minister David Cameron hosted Indian Prime Minister Manmohan Singh at Downing Street on Tuesday.", []string{
		`2019-04-23 CONSULT/visit 043 occurred "David Cameron hosts Manmohan Singh" @ Downing Street, London, United Kingdom | David Cameron > Manmohan Singh`,
	}},
	{"received a leader", "Saudi Crown Prince Mohammed bin Salman received Chinese President Xi Jinping in Riyadh on Wednesday.", []string{
		`2019-04-24 CONSULT/visit 043 occurred "Mohammed bin Salman hosts Xi Jinping" @ Riyadh, Saudi Arabia | Mohammed bin Salman > Xi Jinping`,
	}},
	{"received a letter is no visit", "Prime Minister Yasuhiro Nakasone received a letter on Monday.", nil},
	{"host a leader", "President Ronald Reagan will host Prime Minister Yasuhiro Nakasone on Thursday.", []string{
		`2019-05-02 CONSULT/visit 043 planned "Ronald Reagan hosts Yasuhiro Nakasone" | Ronald Reagan > Yasuhiro Nakasone`,
	}},
	{"host an event is no visit", "The city hosted a trade fair last week.", nil},
}

func TestHostRule(t *testing.T) { testRule(t, hostTests) }

var hostSenseTests = []ruleTest{
	{"welcomes a policy", "Finance Minister Kiichi Miyazawa welcomes Brazil measures.", nil},
	{"welcoming a president", "President Joe Biden looks forward to welcoming President Pedro Sanchez of Spain to the White House on Friday, May 10.", []string{
		`2019-05-10 CONSULT/visit 043 planned "Joe Biden hosts Pedro Sanchez" @ Washington, United States | Joe Biden > Pedro Sanchez`,
	}},
}

func TestHostSense(t *testing.T) { testRule(t, hostSenseTests) }
