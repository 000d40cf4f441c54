package event

import "testing"

var phoneTests = []ruleTest{
	{"'the Russian leader' is the state's head named before, whatever his office", "French President Emmanuel Macron met Russian President Vladimir Putin in Moscow in February. Macron called the Russian leader on April 11.", []string{
		`2019-02-01 .. 2019-02-28 CONSULT/meeting 040 occurred "Emmanuel Macron meets Vladimir Putin" @ Moscow, Russia | Emmanuel Macron > Vladimir Putin`,
		`2019-02-01 .. 2019-02-28 CONSULT/visit 042 occurred "Emmanuel Macron visits Russia" @ Russia | Emmanuel Macron > Vladimir Putin`,
		`2019-04-11 CONSULT/phone 041 occurred "Emmanuel Macron speaks by telephone with Vladimir Putin" | Emmanuel Macron > Vladimir Putin`,
	}},
	{"a call that tells the means of the clause's verb is its subject's", "Chancellor Helmut Kohl and Soviet President Mikhail Gorbachev agreed in a telephone conversation on Monday that Bonn would pay.", []string{
		`2019-04-22 CONSULT/phone 041 occurred "Helmut Kohl speaks by telephone with Mikhail Gorbachev" | Helmut Kohl > Mikhail Gorbachev`,
	}},
	{"'they' who spoke by phone are the two named last", "Chancellor Helmut Kohl praised Soviet President Mikhail Gorbachev. They held their first phone conversation on Monday.", []string{
		`2019-04-22 CONSULT/phone 041 occurred "Helmut Kohl speaks by telephone with Mikhail Gorbachev" | Helmut Kohl > Mikhail Gorbachev`,
	}},
	{"a surname that opens with its particle, of a person named in full before", "Egyptian President Abdel Fattah el-Sissi met King Abdullah II in Amman. On the flight home, President Joe Biden spoke by phone with el-Sissi.", []string{
		`2019-04-26 CONSULT/meeting 040 occurred "Abdel Fattah el-Sissi meets Abdullah II" @ Amman, Jordan | Abdel Fattah el-Sissi > Abdullah II`,
		`2019-04-26 CONSULT/phone 041 occurred "Joe Biden speaks by telephone with Abdel Fattah el-Sissi" | Joe Biden > Abdel Fattah el-Sissi`,
	}},
	{"'and again on' a day is a second call", "Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin spoke by phone on April 2, their first conversation since the crisis, and again on April 17.", []string{
		`2019-04-02 CONSULT/phone 041 occurred "Recep Tayyip Erdogan speaks by telephone with Vladimir Putin" | Recep Tayyip Erdogan > Vladimir Putin`,
		`2019-04-17 CONSULT/phone 041 occurred "Recep Tayyip Erdogan speaks by telephone with Vladimir Putin" | Recep Tayyip Erdogan > Vladimir Putin`,
	}},
	{"a video conference is a call", "Turkish President Recep Tayyip Erdogan held a video conference with German Chancellor Olaf Scholz on Wednesday.", []string{
		`2019-04-24 CONSULT/phone 041 occurred "Recep Tayyip Erdogan speaks by telephone with Olaf Scholz" | Recep Tayyip Erdogan > Olaf Scholz`,
	}},
	{"so are virtual talks", "Turkish President Recep Tayyip Erdogan held virtual talks with German Chancellor Olaf Scholz on Wednesday.", []string{
		`2019-04-24 CONSULT/phone 041 occurred "Recep Tayyip Erdogan speaks by telephone with Olaf Scholz" | Recep Tayyip Erdogan > Olaf Scholz`,
	}},
	{"had spoken by phone", "German Chancellor Angela Merkel met US President Donald Trump on Friday. The two leaders had spoken by phone in January.", []string{
		`2019-01-01 .. 2019-01-31 CONSULT/phone 041 occurred "Angela Merkel speaks by telephone with Donald Trump" | Angela Merkel > Donald Trump`,
		`2019-04-26 CONSULT/meeting 040 occurred "Angela Merkel meets Donald Trump" @ Tokyo, Japan | Angela Merkel > Donald Trump`,
	}},
	{"a president's calls with his own officials are no diplomacy", "The committees would like to review tapes of phone conversations between U.S. President Donald Trump and White House officials.", nil},
	{"spoke over the phone", "German Chancellor Olaf Scholz spoke over the phone with Prime Minister Narendra Modi on Tuesday.", []string{
		`2019-04-23 CONSULT/phone 041 occurred "Olaf Scholz speaks by telephone with Narendra Modi" | Olaf Scholz > Narendra Modi`,
	}},
	{"telephoned", "President Ronald Reagan telephoned Chancellor Helmut Kohl on Sunday.", []string{
		`2019-04-21 CONSULT/phone 041 occurred "Ronald Reagan speaks by telephone with Helmut Kohl" | Ronald Reagan > Helmut Kohl`,
	}},
}

func TestPhoneRule(t *testing.T) { testRule(t, phoneTests) }

var phoneSenseTests = []ruleTest{
	{"called a person", "President Obama called Prime Minister Najib of Malaysia to inform him of the delay.", []string{
		`2019-04-26 CONSULT/phone 041 occurred "Obama speaks by telephone with Najib" | Obama > Najib`,
	}},
	{"called a thing a name", "Japanese Prime Minister Yasuhiro Nakasone called the subsidies nonsensical.", nil},
	{"called a person a name", "Japanese Prime Minister Yasuhiro Nakasone called President Reagan a good friend.", nil},
}

func TestPhoneSense(t *testing.T) { testRule(t, phoneSenseTests) }
