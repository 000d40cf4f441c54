package event

import "testing"

var signTests = []ruleTest{
	{"an agreement 'signed by' its signers, no 'was' before", "The Algiers agreement signed by Ethiopia and Eritrea in December 2000 ended the war.", []string{
		`2000-12-01 .. 2000-12-31 SUPPORT/sign 057 occurred "Eritrea signs an agreement with Ethiopia" | Eritrea > Ethiopia`,
	}},
	{"a treaty 'to initial' is signed as a text agreed", "On Thursday, West German Foreign Minister Hans-Dietrich Genscher and Soviet Foreign Minister Eduard Shevardnadze are to initial a treaty on good-neighbourliness.", []string{
		`2019-05-02 SUPPORT/sign 057 planned "Hans-Dietrich Genscher signs a treaty with Eduard Shevardnadze" | Hans-Dietrich Genscher, West Germany > Eduard Shevardnadze, Soviet Union`,
	}},
	{"'initial talks' sign nothing: the talks alone", "The initial talks between West German Foreign Minister Hans-Dietrich Genscher and Soviet Foreign Minister Eduard Shevardnadze ended on Thursday.", []string{
		`2019-04-25 CONSULT/meeting 046 occurred "Hans-Dietrich Genscher holds talks with Eduard Shevardnadze" @ Tokyo, Japan | Hans-Dietrich Genscher > Eduard Shevardnadze`,
	}},
	{"a document signed by two leaders is an agreement", "Japanese Prime Minister Sanae Takaichi held talks with U.S. President Donald Trump on Tuesday, and the two leaders signed a document on the alliance.", []string{
		`2019-04-23 CONSULT/meeting 046 occurred "Sanae Takaichi holds talks with Donald Trump" @ Tokyo, Japan | Sanae Takaichi > Donald Trump`,
		`2019-04-23 CONSULT/visit 042 occurred "Donald Trump visits Japan" @ Japan | Donald Trump > Sanae Takaichi`,
		`2019-04-23 SUPPORT/sign 057 occurred "Sanae Takaichi signs a document with Donald Trump" @ Tokyo, Japan | Sanae Takaichi, Japan > Donald Trump, United States`,
	}},
	{"'the leaders' right after a body's meeting, no one named since, are the body's", "Leaders of the Shanghai Cooperation Organisation met in Bishkek on Tuesday. After the meeting, the leaders signed the Bishkek Declaration.", []string{
		`2019-04-23 CONSULT/multilateral 040 occurred "Meeting of Shanghai Cooperation Organisation" @ Bishkek, Kyrgyzstan | Shanghai Cooperation Organisation >`,
		`2019-04-23 SUPPORT/sign 057 occurred "Shanghai Cooperation Organisation signs the Bishkek Declaration" @ Bishkek, Kyrgyzstan | Shanghai Cooperation Organisation >`,
	}},
	{"'the leaders' after two people met at a body's summit are those two; the summit that opens the sentence dates and places their meeting", "At the APEC summit in Woodside on Tuesday, U.S. President Joe Biden met Chinese President Xi Jinping. The leaders signed an agreement on fentanyl.", []string{
		`2019-04-23 CONSULT/meeting 040 occurred "Joe Biden meets Xi Jinping" @ Woodside, United States | Joe Biden > Xi Jinping`,
		`2019-04-23 CONSULT/multilateral 040 occurred "Meeting of APEC" @ Woodside, United States | APEC >`,
		`2019-04-23 CONSULT/visit 042 occurred "Xi Jinping visits United States" @ United States | Xi Jinping > Joe Biden`,
		`2019-04-23 SUPPORT/sign 057 occurred "Joe Biden signs an agreement with Xi Jinping" @ Tokyo, Japan | Joe Biden, United States > Xi Jinping, China`,
	}},
	{"a signing a journey is made for takes the journey's time, past a time phrase and an adverb", "Portuguese Prime Minister Anibal Cavaco Silva would go to Peking in the first half of next month to formally sign the agreement with China.", []string{
		`2019-05-01 .. 2019-05-31 CONSULT/visit 042 planned "Anibal Cavaco Silva visits Peking" @ Peking, China | Anibal Cavaco Silva > China`,
		`2019-05-01 .. 2019-05-31 SUPPORT/sign 057 planned "Anibal Cavaco Silva signs the agreement with China" | Anibal Cavaco Silva, Portugal > China`,
	}},
	{"a joint statement signed is a signing, by the leaders and the states they sign for", "Russian President Vladimir Putin held talks with Chinese President Xi Jinping on Tuesday, and the two leaders signed a joint statement pledging closer cooperation.", []string{
		`2019-04-23 CONSULT/meeting 046 occurred "Vladimir Putin holds talks with Xi Jinping" @ Tokyo, Japan | Vladimir Putin > Xi Jinping`,
		`2019-04-23 SUPPORT/sign 057 occurred "Vladimir Putin signs a joint statement with Xi Jinping" @ Tokyo, Japan | Vladimir Putin, Russia > Xi Jinping, China`,
	}},
	{"'and the two signed' after a dated clause is of its day", "In Jerusalem on Thursday, President Joe Biden held talks with Prime Minister Yair Lapid, and the two signed a joint declaration on Iran.", []string{
		`2019-04-25 CONSULT/meeting 046 occurred "Joe Biden holds talks with Yair Lapid" @ Jerusalem, Israel | Joe Biden > Yair Lapid`,
		`2019-04-25 SUPPORT/sign 057 occurred "Joe Biden signs a joint declaration with Yair Lapid" @ Jerusalem, Israel | Joe Biden > Yair Lapid`,
	}},
	{"a U.S. company is not the United States", "The U.S. Regional carrier Metro Airlines has signed an agreement with Saab Scania to buy 16 aircraft.", nil},
	{"date between verb and object", "China signed last week an agreement with Japan to restrain steel exports.", []string{
		`2019-04-15 .. 2019-04-21 SUPPORT/sign 057 occurred "China signs an agreement with Japan" @ Tokyo, Japan | China > Japan`,
	}},
	{"the signing of", "Prime Minister Margaret Thatcher and Soviet Premier Nikolai Ryzhkov attended the signing of agreements on Monday.", []string{
		`2019-04-22 SUPPORT/sign 057 occurred "Margaret Thatcher signs agreements with Nikolai Ryzhkov" @ Tokyo, Japan | Margaret Thatcher > Nikolai Ryzhkov, Soviet Union`,
	}},
	// Leaders who witness a signing sign for their states; the day of
	// the talks a sentence opens "After the talks," with is its day.
	{"witnessed the signing, after the talks", "Chinese President Xi Jinping held talks with French President Emmanuel Macron in Paris on Monday. After the talks, the two heads of state witnessed the signing of nearly 20 cooperation documents.", []string{
		`2019-04-22 CONSULT/meeting 046 occurred "Xi Jinping holds talks with Emmanuel Macron" @ Paris, France | Xi Jinping > Emmanuel Macron`,
		`2019-04-22 CONSULT/visit 042 occurred "Xi Jinping visits France" @ France | Xi Jinping > Emmanuel Macron`,
		`2019-04-22 SUPPORT/sign 057 occurred "China signs nearly 20 cooperation documents with France" @ Paris, France | China, Xi Jinping > France, Emmanuel Macron`,
	}},
	{"the two heads of state are two states' leaders", "Chinese President Xi Jinping held talks with French President Emmanuel Macron in Paris on Monday. Before the talks, Xi, Macron and European Commission President Ursula von der Leyen held a trilateral leaders' meeting. After the talks, the two heads of state witnessed the signing of agreements.", []string{
		`2019-04-22 CONSULT/meeting 046 occurred "Xi Jinping holds talks with Emmanuel Macron" @ Paris, France | Xi Jinping > Emmanuel Macron`,
		`2019-04-22 CONSULT/meeting 040 occurred "Xi Jinping meets Emmanuel Macron and Ursula von der Leyen" @ Paris, France | Xi Jinping > Emmanuel Macron, Ursula von der Leyen`,
		`2019-04-22 CONSULT/visit 042 occurred "Xi Jinping visits France" @ France | Xi Jinping > Emmanuel Macron`,
		`2019-04-22 SUPPORT/sign 057 occurred "China signs agreements with France" @ Paris, France | China, Xi Jinping > France, Emmanuel Macron`,
	}},
	{"a passive's agents sign", "The agreement was signed by Secretary of State George Shultz and Turkish Foreign Minister Vahit Halefoglu on Monday.", []string{
		`2019-04-22 SUPPORT/sign 057 occurred "Vahit Halefoglu signs an agreement with George Shultz" @ Tokyo, Japan | Vahit Halefoglu, Turkey > George Shultz`,
	}},
	{"the two governments sign beside companies", "Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed on Friday to start consultations. Documents on economic cooperation were signed by the two governments and private companies Friday, as the leaders looked on.", []string{
		`2019-04-26 CONSULT/meeting 040 occurred "Shinzo Abe meets Vladimir Putin" @ Tokyo, Japan | Shinzo Abe > Vladimir Putin`,
		`2019-04-26 CONSULT/visit 042 occurred "Vladimir Putin visits Japan" @ Japan | Vladimir Putin > Shinzo Abe`,
		`2019-04-26 SUPPORT/sign 057 occurred "Japan signs an agreement with Russia" @ Tokyo, Japan | Japan > Russia`,
	}},
	{"a state's loan with an intergovernmental bank is an agreement", "China has signed a 130 mln dlr loan agreement with the World Bank to finance 12 new berths.", []string{
		`undated SUPPORT/sign 057 occurred "China signs a 130 mln dlr loan with World Bank" @ Tokyo, Japan | China > World Bank`,
	}},
	{"a loan from a company's bank is business", "China has signed a 130 mln dlr loan with Citibank and other banks.", nil},
	{"an office's capitalised Credits names no credit; the state's signer and the state sign once", "Nigeria and Britain signed an agreement on Tuesday to reschedule Nigeria's official debts. The agreement was signed by Nigerian Finance Minister Chu Okongwu and the Export Credits Guarantee Department's chief executive Jack Gill.", []string{
		`2019-04-23 SUPPORT/sign 057 occurred "Nigeria signs an agreement with United Kingdom" @ Tokyo, Japan | Nigeria > United Kingdom`,
	}},
	{"officials of the two governments sign after the summit, on its day", "South Korean President Yoon Suk Yeol and British Prime Minister Rishi Sunak held a summit in London on Wednesday. Officials of the two governments also signed more than a dozen memorandums of understanding on defense after the summit.", []string{
		`2019-04-24 CONSULT/meeting 040 occurred "Yoon Suk Yeol holds a summit with Rishi Sunak" @ London, United Kingdom | Yoon Suk Yeol > Rishi Sunak`,
		`2019-04-24 CONSULT/visit 042 occurred "Yoon Suk Yeol visits United Kingdom" @ United Kingdom | Yoon Suk Yeol > Rishi Sunak`,
		`2019-04-24 SUPPORT/sign 057 occurred "South Korea signs a dozen memorandums with United Kingdom" @ London, United Kingdom | South Korea > United Kingdom`,
	}},
	{"signed a treaty", "Soviet leader Mikhail Gorbachev and President Ronald Reagan signed a treaty on Tuesday.", []string{
		`2019-04-23 SUPPORT/sign 057 occurred "Mikhail Gorbachev signs a treaty with Ronald Reagan" @ Tokyo, Japan | Mikhail Gorbachev, Soviet Union > Ronald Reagan`,
	}},
	{"signed a cheque is no agreement", "Chancellor Helmut Kohl signed the guest book on Tuesday.", nil},
	// A perfect tense takes no date from the sentences before.
	{"had signed takes no focus", "The pact was signed on Monday. The official said the United States had signed more favourable agreements with Hong Kong and South Korea.", []string{
		`undated SUPPORT/sign 057 occurred "United States signs more favourable agreements with Hong Kong and South Korea" @ Tokyo, Japan | United States > Hong Kong, South Korea`,
	}},
}

func TestSignRule(t *testing.T) { testRule(t, signTests) }

var signPluralTests = []ruleTest{
	{"a plural title, and an infinitive's own year",
		"Prime Ministers Zhao Ziyang of China and Anibal Cavaco Silva of Portugal signed an agreement to end Portuguese rule over Macao and return it to China in 1999.",
		[]string{`2019-04-26 SUPPORT/sign 057 occurred "Zhao Ziyang signs an agreement with Anibal Cavaco Silva" @ Tokyo, Japan | Zhao Ziyang, China > Anibal Cavaco Silva, Portugal`}},
}

func TestSignPlural(t *testing.T) { testRule(t, signPluralTests) }
