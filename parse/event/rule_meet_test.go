package event

import "testing"

var meetTests = []ruleTest{
	{"'Later Friday, X was hosting Y': the day's program, still to come", "Later Friday, U.S. President Joe Biden was hosting British Prime Minister Keir Starmer at the White House for their first meeting.", []string{
		`2019-04-26 CONSULT/visit 043 planned "Joe Biden hosts Keir Starmer" @ White House, Washington, United States | Joe Biden > Keir Starmer`,
		`undated CONSULT/meeting 040 planned "Joe Biden meets Keir Starmer" @ White House, Washington, United States | Joe Biden > Keir Starmer`,
	}},
	{"'was hosting' on a day told before today is done", "On Tuesday, U.S. President Joe Biden was hosting British Prime Minister Keir Starmer at the White House for their first meeting.", []string{
		`2019-04-23 CONSULT/visit 043 occurred "Joe Biden hosts Keir Starmer" @ White House, Washington, United States | Joe Biden > Keir Starmer`,
		`undated CONSULT/meeting 040 occurred "Joe Biden meets Keir Starmer" @ White House, Washington, United States | Joe Biden > Keir Starmer`,
	}},
	{"'sat down with' meets", "Israeli Prime Minister Benjamin Netanyahu sat down with U.S. President Joe Biden on Thursday.", []string{
		`2019-04-25 CONSULT/meeting 040 occurred "Benjamin Netanyahu meets Joe Biden" @ Tokyo, Japan | Benjamin Netanyahu > Joe Biden`,
	}},
	{"an audience with someone meets him; an audience of students is none", "U.S. President Donald Trump heads to Rome for an audience with Pope Francis on Wednesday. Trump told an audience of students that he was pleased.", []string{
		`2019-05-01 CONSULT/meeting 040 planned "Donald Trump meets Francis" @ Rome, Italy | Donald Trump > Francis`,
		`2019-05-01 CONSULT/visit 042 planned "Donald Trump visits Rome" @ Rome, Italy | Donald Trump > Italy`,
	}},
	{"one flown to brief a leader in person meets him", "Secretary of State John Kerry is to fly to Israel on Sunday to brief Prime Minister Benjamin Netanyahu.", []string{
		`2019-04-28 CONSULT/meeting 040 planned "John Kerry meets Benjamin Netanyahu" @ Israel | John Kerry > Benjamin Netanyahu`,
		`2019-04-28 CONSULT/visit 042 planned "John Kerry visits Israel" @ Israel | John Kerry > Israel`,
	}},
	{"a briefing by telephone is the call, no meeting", "Prime Minister Junichiro Koizumi plans to telephone U.S. President George W. Bush on Wednesday to brief him on the outcome.", []string{
		`2019-05-01 CONSULT/phone 041 planned "Junichiro Koizumi speaks by telephone with George W. Bush" | Junichiro Koizumi > George W. Bush`,
	}},
	{"the foreign ministers of states met are their states", "Secretary of State John Kerry met the foreign ministers of France and Britain in Paris on Monday.", []string{
		`2019-04-22 CONSULT/meeting 040 occurred "John Kerry meets France and United Kingdom" @ Paris, France | John Kerry > France, United Kingdom`,
	}},
	{"'but the meeting was scrapped' calls off the first meeting to come of its sentence, not the summit beside it", "President Lee Jae Myung and President Donald Trump had been expected to hold their first face-to-face talks on the sidelines of the Group of Seven summit in Kananaskis, Canada, in June, but the meeting was scrapped after Trump left the gathering early.", []string{
		`2019-06-01 .. 2019-06-30 CONSULT/multilateral 040 expected "Meeting of Group of Seven" | Group of Seven >`,
		`undated CONSULT/meeting 046 cancelled "Lee Jae Myung holds talks with Donald Trump" | Lee Jae Myung > Donald Trump`,
	}},
	{"a meeting 'turned down' is called off", "Chinese Premier Wen Jiabao turned down a meeting with Japanese Prime Minister Naoto Kan in New York late last month.", []string{
		`2019-03-22 .. 2019-03-31 CONSULT/meeting 040 cancelled "Wen Jiabao meets Naoto Kan" @ New York, United States | Wen Jiabao > Naoto Kan`,
	}},
	{"'his Syrian counterpart' the story does not name stands for that state", "Turkish Foreign Minister Mevlut Cavusoglu is expected to meet his Syrian counterpart in Damascus on Wednesday.", []string{
		`2019-05-01 CONSULT/meeting 040 expected "Mevlut Cavusoglu meets Syria" @ Damascus, Syria | Mevlut Cavusoglu > Syria`,
		`2019-05-01 CONSULT/visit 042 expected "Mevlut Cavusoglu visits Syria" @ Syria | Mevlut Cavusoglu > Syria`,
	}},
	{"'his Syrian, Russian and Iranian counterparts': each state's, the list's commas ending no clause", "Turkish Foreign Minister Mevlut Cavusoglu is expected to meet his Syrian, Russian and Iranian counterparts in Moscow on Wednesday.", []string{
		`2019-05-01 CONSULT/meeting 040 expected "Mevlut Cavusoglu meets Syria and Russia and Iran" @ Moscow, Russia | Mevlut Cavusoglu > Syria, Russia, Iran`,
		`2019-05-01 CONSULT/visit 042 expected "Mevlut Cavusoglu visits Russia" @ Russia | Mevlut Cavusoglu > Russia`,
	}},
	{"'had a brief, unscheduled chat' and 'had a brief conversation' are meetings; 'ASEAN-related summits' are the body's", "Prime Minister Shinzo Abe and South Korean President Moon Jae-in had a brief, unscheduled chat in a waiting room before an ASEAN-related summit in Bangkok in November.", []string{
		`2018-11-01 .. 2018-11-30 CONSULT/meeting 040 occurred "Shinzo Abe meets Moon Jae-in" @ Bangkok, Thailand | Shinzo Abe > Moon Jae-in`,
		`2018-11-01 .. 2018-11-30 CONSULT/multilateral 040 occurred "Meeting of ASEAN" @ Bangkok, Thailand | ASEAN >`,
	}},
	{"'had a brief conversation' with someone is a meeting", "U.S. President Joe Biden had a brief conversation with Chinese Premier Li Qiang on the sidelines of the summit on Saturday.", []string{
		`2019-04-20 CONSULT/meeting 040 occurred "Joe Biden meets Li Qiang" @ Tokyo, Japan | Joe Biden > Li Qiang`,
	}},
	{"a month's thing ('last month's military standoff') dates no meeting of its sentence", "President Park Geun-hye and Chinese President Xi Jinping agreed Wednesday to hold a summit with Japan, as the two leaders met in Beijing amid tension after last month's military standoff with North Korea.", []string{
		`2019-04-26 CONSULT/meeting 040 occurred "Park Geun-hye meets Xi Jinping" @ Beijing, China | Park Geun-hye > Xi Jinping`,
		`undated AGREE/meeting 036 planned "Park Geun-hye agrees to meet Xi Jinping and Japan" | Park Geun-hye > Xi Jinping, Japan`,
	}},
	{"', meeting both A and B' after a journey: the participle takes both as its objects", "Secretary of State Antony Blinken traveled to Hanoi in April, meeting both Prime Minister Pham Minh Chinh and Foreign Minister Bui Thanh Son.", []string{
		`2019-04-01 .. 2019-04-30 CONSULT/meeting 040 occurred "Antony Blinken meets Pham Minh Chinh and Bui Thanh Son" @ Hanoi, Vietnam | Antony Blinken > Pham Minh Chinh, Bui Thanh Son`,
		`2019-04-01 .. 2019-04-30 CONSULT/visit 042 occurred "Antony Blinken visits Hanoi" @ Hanoi, Vietnam | Antony Blinken > Vietnam`,
	}},
	{"'the situation in Ukraine' the leaders discussed is no place of their meeting", "Chinese President Xi Jinping met with U.S. President Barack Obama, and the two leaders discussed the situation in Ukraine.", []string{
		`2019-04-26 CONSULT/meeting 040 occurred "Xi Jinping meets Barack Obama" @ Tokyo, Japan | Xi Jinping > Barack Obama`,
	}},
	{"a meeting 'scheduled for the afternoon' between commas, then 'was cancelled', is called off", "Prime Minister Najib Tun Razak met Japanese Prime Minister Taro Aso this morning. His bilateral meeting with Chinese Premier Wen Jiabao, scheduled for the afternoon, was cancelled.", []string{
		`2019-04-26T05:00 .. 2019-04-26T11:59 CONSULT/meeting 040 occurred "Najib Tun Razak meets Taro Aso" @ Tokyo, Japan | Najib Tun Razak > Taro Aso`,
		`undated CONSULT/meeting 040 cancelled "Najib Tun Razak meets Wen Jiabao" | Najib Tun Razak > Wen Jiabao`,
	}},
	{"a demonym of two states before a title is still the title's ('met Congolese President Felix Tshisekedi')", "French President Emmanuel Macron met Congolese President Felix Tshisekedi on Saturday.", []string{
		`2019-04-20 CONSULT/meeting 040 occurred "Emmanuel Macron meets Felix Tshisekedi" @ Tokyo, Japan | Emmanuel Macron > Felix Tshisekedi`,
	}},
	{"the members of a body met are the body met", "On Sunday, President Donald Trump will meet leaders of the six-nation Gulf Cooperation Council.", []string{
		`2019-04-28 CONSULT/meeting 040 planned "Donald Trump meets Gulf Cooperation Council" | Donald Trump > Gulf Cooperation Council`,
	}},
	{"people met 'separately' are met one by one, of one state or not", "U.S. President Donald Trump also met separately with Crown Prince Mohammed bin Nayef and Deputy Crown Prince Mohammed bin Salman on Saturday.", []string{
		`2019-04-20 CONSULT/meeting 040 occurred "Donald Trump meets Mohammed bin Nayef" @ Tokyo, Japan | Donald Trump > Mohammed bin Nayef`,
		`2019-04-20 CONSULT/meeting 040 occurred "Donald Trump meets Mohammed bin Salman" @ Tokyo, Japan | Donald Trump > Mohammed bin Salman`,
	}},
	{"'in his honor' after a host is the guest's honour, not the host's", "Emperor Akihito welcomed U.S. President Barack Obama at the Imperial Palace on Friday, and the emperor will host a state banquet in his honor in the evening.", []string{
		`2019-04-26 CONSULT/visit 043 occurred "Akihito hosts Barack Obama" @ Imperial Palace, Tokyo, Japan | Akihito > Barack Obama`,
		`2019-04-26T17:00 .. 2019-04-26T21:59 CONSULT/meeting 040 planned "Akihito meets Barack Obama" @ Imperial Palace, Tokyo, Japan | Akihito > Barack Obama`,
	}},
	{"leaders of three states met 'separately' on a summit's sidelines: a meeting each", "On the sidelines of the summit, Chinese President Xi Jinping met separately with Egyptian President Abdel Fattah al-Sisi, Kuwaiti Crown Prince Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah and Iraqi Prime Minister Mohammed Shia al-Sudani on Friday.", []string{
		`2019-04-26 CONSULT/meeting 040 occurred "Xi Jinping meets Abdel Fattah al-Sisi" @ Tokyo, Japan | Xi Jinping > Abdel Fattah al-Sisi`,
		`2019-04-26 CONSULT/meeting 040 occurred "Xi Jinping meets Meshal Al-Ahmad Al-Jaber Al-Sabah" @ Tokyo, Japan | Xi Jinping > Meshal Al-Ahmad Al-Jaber Al-Sabah`,
		`2019-04-26 CONSULT/meeting 040 occurred "Xi Jinping meets Mohammed Shia al-Sudani" @ Tokyo, Japan | Xi Jinping > Mohammed Shia al-Sudani`,
	}},
	{"a trilateral meeting with two is one meeting", "U.S. President Joe Biden held a trilateral meeting with Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol in Washington on Friday.", []string{
		`2019-04-26 CONSULT/meeting 040 occurred "Joe Biden meets Fumio Kishida and Yoon Suk Yeol" @ Washington, United States | Joe Biden > Fumio Kishida, Yoon Suk Yeol`,
		`2019-04-26 CONSULT/visit 042 occurred "Fumio Kishida visits United States" @ United States | Fumio Kishida > Joe Biden`,
		`2019-04-26 CONSULT/visit 042 occurred "Yoon Suk Yeol visits United States" @ United States | Yoon Suk Yeol > Joe Biden`,
	}},
	{"the Malay honorifics of a name are no part of it: 'Anwar' after 'Datuk Seri Anwar Ibrahim' is he", "Prime Minister Datuk Seri Anwar Ibrahim arrived in Riyadh on Thursday. On Friday, Anwar met Kuwait's Crown Prince Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah.", []string{
		`2019-04-25 CONSULT/arrival occurred "Anwar Ibrahim arrives in Riyadh" @ Riyadh, Saudi Arabia | Anwar Ibrahim >`,
		`2019-04-26 CONSULT/meeting 040 occurred "Anwar Ibrahim meets Meshal Al-Ahmad Al-Jaber Al-Sabah" @ Riyadh, Saudi Arabia | Anwar Ibrahim > Meshal Al-Ahmad Al-Jaber Al-Sabah`,
	}},
	{"a meeting someone has yet to hold is no event", "Japanese Prime Minister Yoshihide Suga has yet to meet U.S. President Donald Trump in person.", nil},
	{"two who had not met before: no event of their not meeting", "Argentine President Raul Alfonsin had not met IMF Managing Director Michel Camdessus before.", nil},
	{"the officer of a body many states have, named before the title, is met", "Prime Minister Yoshihide Suga met Communist Party General Secretary Nguyen Phu Trong and National Assembly Chairwoman Nguyen Thi Kim Ngan on Monday.", []string{
		`2019-04-22 CONSULT/meeting 040 occurred "Yoshihide Suga meets Nguyen Phu Trong and Nguyen Thi Kim Ngan" @ Tokyo, Japan | Yoshihide Suga > Nguyen Phu Trong, Nguyen Thi Kim Ngan`,
	}},
	{"a party's chief, the body's head word opening the title, is met", "U.S. President Joe Biden met Vietnamese Communist Party chief Nguyen Phu Trong on Sunday.", []string{
		`2019-04-21 CONSULT/meeting 040 occurred "Joe Biden meets Nguyen Phu Trong" @ Tokyo, Japan | Joe Biden > Nguyen Phu Trong`,
	}},
	{"'the President' of two named as often is the one named last", "The summit brings together U.S. President Ronald Reagan and French President Francois Mitterrand. Prime Minister Yasuhiro Nakasone met Mitterrand on Friday. Reagan dined with Emperor Hirohito on Saturday. The President met President Suharto in Bali on Wednesday.", []string{
		`2019-04-20 CONSULT/meeting 040 occurred "Ronald Reagan meets Hirohito" @ Tokyo, Japan | Ronald Reagan > Hirohito`,
		`2019-04-24 CONSULT/meeting 040 occurred "Ronald Reagan meets Suharto" @ Bali, Indonesia | Ronald Reagan > Suharto`,
		`2019-04-26 CONSULT/meeting 040 occurred "Yasuhiro Nakasone meets Francois Mitterrand" @ Tokyo, Japan | Yasuhiro Nakasone > Francois Mitterrand`,
	}},
	{"to see someone do something is no meeting", "Several businessmen told President Jose Sarney they would like to see Finance Minister Dilson Funaro leave his job.", nil},
	{"a nationality's financial officials stand for their state", "On Monday Treasury Secretary James Baker met with French financial officials.", []string{
		`2019-04-22 CONSULT/meeting 040 occurred "James Baker meets France" @ Tokyo, Japan | James Baker > France`,
	}},
	{"a meeting whose dates are yet to be set is still to come", "The dates for the meeting between Treasury Secretary James Baker and Finance Minister Chung In-yong have yet to be set.", []string{
		`undated CONSULT/meeting 040 planned "James Baker meets Chung In-yong" | James Baker > Chung In-yong`,
	}},
	{"a description in lower case between a state's possessive and a name", "Later on Friday, German Foreign Minister Annalena Baerbock was due to meet China's top diplomat Wang Yi and Vice President Han Zheng.", []string{
		`2019-04-26 CONSULT/meeting 040 planned "Annalena Baerbock meets Wang Yi and Han Zheng" | Annalena Baerbock > Wang Yi, Han Zheng`,
	}},
	{"'they' after a list of people opening the sentence is all of them", "Prime Minister Fumio Kishida, U.S. President Joe Biden and South Korean President Yoon Suk Yeol agreed Friday to hold trilateral summits, as they met at the U.S. presidential retreat.", []string{
		`2019-04-26 CONSULT/meeting 040 occurred "Fumio Kishida meets Joe Biden and Yoon Suk Yeol" @ Tokyo, Japan | Fumio Kishida > Joe Biden, Yoon Suk Yeol`,
	}},
	{"'they' with no list of people before it is no one known", "Officials said they met on Friday.", nil},
	{"an officer named after a ministry: the ministry is part of the person's name", "A World Bank mission today held talks with Finance Ministry secretary Nailson Nobrega.", []string{
		`2019-04-26 CONSULT/meeting 046 occurred "World Bank holds talks with Nailson Nobrega" @ Tokyo, Japan | World Bank > Nailson Nobrega`,
	}},
	{"met with defense leaders from a list of states: the states are met", "Chuck Hagel met with defense leaders from Japan, Vietnam and Malaysia.", []string{
		`2019-04-26 CONSULT/meeting 040 occurred "Chuck Hagel meets Japan and Vietnam and Malaysia" @ Tokyo, Japan | Chuck Hagel > Japan, Vietnam, Malaysia`,
		`2019-04-26 CONSULT/visit 042 occurred "Chuck Hagel visits Japan" @ Japan | Chuck Hagel > Japan`,
	}},
	{"a description with a name in apposition: the name is met", "Secretary of Defense Jim Mattis met with his counterpart from the United Kingdom, State Secretary for Defense Michael Fallon yesterday in London.", []string{
		`2019-04-25 CONSULT/meeting 040 occurred "Jim Mattis meets Michael Fallon" @ London, United Kingdom | Jim Mattis > Michael Fallon`,
	}},
	{"a description with a titled name in apposition, closed by a comma", "Jim Mattis met with the British defense secretary, Defense Secretary Michael Fallon, yesterday in London.", []string{
		`2019-04-25 CONSULT/meeting 040 occurred "Jim Mattis meets Michael Fallon" @ London, United Kingdom | Jim Mattis > Michael Fallon`,
	}},
	{"a meeting in a phrase opening with After, told as said, is done and of the story's day", "Defense Secretary Robert M. Gates had five meetings here on Tuesday. After his meeting with New Zealand Defense Minister Wayne Mapp, Gates said the two men discussed the review.", []string{
		`2019-04-23 CONSULT/meeting 040 occurred "Robert M. Gates meets Wayne Mapp" @ Tokyo, Japan | Robert M. Gates > Wayne Mapp`,
	}},
	{"the two leaders will be meeting: a progressive verb, no noun", "Prime Minister Narendra Modi spoke with President Barack Obama. The two leaders will be meeting here on Monday and Tuesday.", []string{
		`2019-04-26 CONSULT/meeting 040 occurred "Narendra Modi speaks with Barack Obama" @ Tokyo, Japan | Narendra Modi > Barack Obama`,
		`2019-04-29 .. 2019-04-30 CONSULT/meeting 040 planned "Narendra Modi meets Barack Obama" @ Tokyo, Japan | Narendra Modi > Barack Obama`,
	}},
	{"bilaterals after an arrival that day: one meeting each, where the first was held", "After Secretary of State Hillary Clinton arrived in London this morning, she has had bilaterals with Russian Foreign Minister Sergei Lavrov and Indonesian Foreign Minister Marty Natalegawa.", []string{
		`2019-04-26 CONSULT/meeting 040 occurred "Hillary Clinton meets Marty Natalegawa" @ London, United Kingdom | Hillary Clinton > Marty Natalegawa`,
		`2019-04-26 CONSULT/meeting 040 occurred "Hillary Clinton meets Sergei Lavrov" @ London, United Kingdom | Hillary Clinton > Sergei Lavrov`,
		`2019-04-26T05:00 .. 2019-04-26T11:59 CONSULT/arrival occurred "Hillary Clinton arrives in London" @ London, United Kingdom | Hillary Clinton >`,
	}},
	{"ministers of one state", "Brazilian President Jose Sarney met Brazilian Finance Minister Dilson Funaro on Monday.", nil},
	{"two days named are two meetings", "Agriculture Minister Mutsuki Kato said he will meet U.S. Agriculture Secretary Richard Lyng here on May 17 and 20.", []string{
		`2019-05-17 CONSULT/meeting 040 planned "Mutsuki Kato meets Richard Lyng" @ Tokyo, Japan | Mutsuki Kato > Richard Lyng`,
		`2019-05-20 CONSULT/meeting 040 planned "Mutsuki Kato meets Richard Lyng" @ Tokyo, Japan | Mutsuki Kato > Richard Lyng`,
	}},
	{"two days that follow are a range", "Foreign Minister Tadashi Kuranari will meet Secretary of State George Shultz on May 17 and 18.", []string{
		`2019-05-17 .. 2019-05-18 CONSULT/meeting 040 planned "Tadashi Kuranari meets George Shultz" | Tadashi Kuranari > George Shultz`,
	}},
	{"a time opening the sentence dates its main clause", "He arrived. And later on this evening after joining a dinner hosted by Foreign Secretary David Miliband, Secretary Hillary Clinton will have an extended meeting with Afghan President Hamid Karzai.", []string{
		`2019-04-26T17:00 .. 2019-04-26T21:59 CONSULT/meeting 040 planned "Hillary Clinton meets Hamid Karzai" | Hillary Clinton > Hamid Karzai`,
	}},
	{"a time after the subject does not open the sentence", "He arrived. Envoy Hiroshi Matsunaga returned on Sunday to report to Japanese leaders, in preparation for Prime Minister Yasuhiro Nakasone's visit to Washington.", []string{
		`undated CONSULT/visit 042 planned "Yasuhiro Nakasone visits Washington" @ Washington, United States | Yasuhiro Nakasone > United States`,
	}},
	{"a state before a title is the person's", "Officials said Commerce Secretary Malcolm Baldrige will meet Philippines President Corazon Aquino on April 28.", []string{
		`2019-04-28 CONSULT/meeting 040 planned "Malcolm Baldrige meets Corazon Aquino" | Malcolm Baldrige > Corazon Aquino`,
	}},
	{"a state before a title after 'in' is a place", "In Japan Prime Minister Shinzo Abe met President Obama on Thursday.", []string{
		`2019-04-25 CONSULT/meeting 040 occurred "Shinzo Abe meets Obama" @ Tokyo, Japan | Shinzo Abe > Obama`,
	}},
	{"meeting as a participle takes its clause's tense", "Secretary Clinton will focus on regional issues, meeting with NATO Secretary General Jens Stoltenberg.", []string{
		`undated CONSULT/meeting 040 planned "Clinton meets Jens Stoltenberg" | Clinton > Jens Stoltenberg`,
	}},
	{"a body before a title names the office, not the one met", "Secretary Blinken met with NATO Secretary General Jens Stoltenberg on Friday.", []string{
		`2019-04-26 CONSULT/meeting 040 occurred "Blinken meets Jens Stoltenberg" @ Tokyo, Japan | Blinken > Jens Stoltenberg`,
	}},
	{"the country of a city does not meet", "Secretary Clinton will travel to Dar es Salaam, Tanzania, to meet with Tanzanian President Jakaya Kikwete.", []string{
		`undated CONSULT/meeting 040 planned "Clinton meets Jakaya Kikwete" @ Dar es Salaam, Tanzania | Clinton > Jakaya Kikwete`,
		`undated CONSULT/visit 042 planned "Clinton visits Dar es Salaam" @ Dar es Salaam, Tanzania | Clinton > Tanzania`,
	}},
	{"envoys of a state stand for it", "Secretary of State George Schultz is scheduled to meet next month with representatives of the Soviet Union.", []string{
		`2019-05-01 .. 2019-05-31 CONSULT/meeting 040 planned "George Schultz meets Soviet Union" | George Schultz > Soviet Union`,
	}},
	{"the office of a body, then the name set off", "The Director-General of the Food and Agricultural Organisation (FAO), Edouard Saouma, met President Alan Garcia on Monday.", []string{
		`2019-04-22 CONSULT/meeting 040 occurred "Edouard Saouma meets Alan Garcia" @ Tokyo, Japan | Edouard Saouma > Alan Garcia`,
	}},
	{"an offer that two countries meet is possible; the two countries are the states of the two leaders", "Turkish Prime Minister Turgut Ozal criticised Greek Prime Minister Andreas Papandreou. He did not say whether he was taking up Papandreou's renewed offer that the two countries meet in The Hague.", []string{
		`undated CONSULT/meeting 040 possible "Turkey meets Greece" @ The Hague, Netherlands | Turkey > Greece`,
	}},
	{"a banquet in a guest's honour", "Emperor Naruhito welcomed U.S. President Donald Trump at the Imperial Palace on Monday. Naruhito will host a state banquet in Trump's honor in the evening.", []string{
		`2019-04-22 CONSULT/visit 043 occurred "Naruhito hosts Donald Trump" | Naruhito > Donald Trump`,
		`2019-04-26T17:00 .. 2019-04-26T21:59 CONSULT/meeting 040 planned "Naruhito meets Donald Trump" | Naruhito > Donald Trump`,
	}},
	{"the lead's one day is its meeting's", "Japanese Prime Minister Shinzo Abe and Chinese President Xi Jinping agreed Friday to take relations to a new stage, in their first meeting in Beijing during an official visit by a Japanese leader to China in seven years.", []string{
		`2019-04-26 CONSULT/meeting 040 occurred "Shinzo Abe meets Xi Jinping" @ Beijing, China | Shinzo Abe > Xi Jinping`,
		`2019-04-26 CONSULT/visit 042 occurred "Shinzo Abe visits China" @ China | Shinzo Abe > Xi Jinping`,
	}},
	{"a dinner a host was to give after the talks is another meeting, to come", "Chinese President Xi Jinping held talks with Japanese Prime Minister Shinzo Abe in Beijing on Friday. Xi was to host a dinner for Abe after the talks.", []string{
		`2019-04-26 CONSULT/meeting 046 occurred "Xi Jinping holds talks with Shinzo Abe" @ Beijing, China | Xi Jinping > Shinzo Abe`,
		`2019-04-26 CONSULT/meeting 040 planned "Xi Jinping meets Shinzo Abe" @ Beijing, China | Xi Jinping > Shinzo Abe`,
		`2019-04-26 CONSULT/visit 042 occurred "Shinzo Abe visits China" @ China | Shinzo Abe > Xi Jinping`,
	}},
	{"calling on a person is a meeting", "Prime Minister Narendra Modi called on Israeli President Reuven Rivlin in Jerusalem on Wednesday.", []string{
		`2019-04-24 CONSULT/meeting 040 occurred "Narendra Modi meets Reuven Rivlin" @ Jerusalem, Israel | Narendra Modi > Reuven Rivlin`,
		`2019-04-24 CONSULT/visit 042 occurred "Narendra Modi visits Israel" @ Israel | Narendra Modi > Reuven Rivlin`,
	}},
	{"calling on someone to act is none", "Prime Minister Narendra Modi called on Israeli President Reuven Rivlin to halt the settlements.", nil},
	{"a 'with' of a phrase about another thing is not whom one meets", "President Park Geun-hye and Chinese President Xi Jinping met in Beijing on Wednesday amid lingering tension after last month's military standoff with North Korea.", []string{
		`2019-04-24 CONSULT/meeting 040 occurred "Park Geun-hye meets Xi Jinping" @ Beijing, China | Park Geun-hye > Xi Jinping`,
	}},
	{"two states' delegations meet; talks hosted by a third are not hosted by the subject", "Russian and Ukrainian delegations met in Istanbul on Tuesday for face-to-face peace talks hosted by Turkey.", []string{
		`2019-04-23 CONSULT/meeting 040 occurred "Russia meets Ukraine" @ Istanbul, Turkey | Russia > Ukraine`,
	}},
	{"a meeting proposed is possible", "Prime Minister Yasuhiro Nakasone proposed that President Ronald Reagan meet Soviet leader Mikhail Gorbachev in Tokyo.", []string{
		`undated CONSULT/meeting 040 possible "Ronald Reagan meets Mikhail Gorbachev" @ Tokyo, Japan | Ronald Reagan > Mikhail Gorbachev`,
	}},
	{"a date that names a pact dates no meeting", "U.S. and Japanese officials are to meet under the emergency provisions of a July 1986 semiconductor pact.", []string{
		`undated CONSULT/meeting 040 planned "United States meets Japan" | United States > Japan`,
	}},
	{"two meetings in one clause", "President Barack Obama will meet Prime Minister Benjamin Netanyahu on Saturday evening and President Mahmoud Abbas in Ramallah on Sunday.", []string{
		`2019-04-27T17:00 .. 2019-04-27T21:59 CONSULT/meeting 040 planned "Barack Obama meets Benjamin Netanyahu" | Barack Obama > Benjamin Netanyahu`,
		`2019-04-28 CONSULT/meeting 040 planned "Barack Obama meets Mahmoud Abbas" @ Ramallah, Palestine | Barack Obama > Mahmoud Abbas`,
	}},
	{"two met together", "President Barack Obama will meet Prime Minister Benjamin Netanyahu and President Mahmoud Abbas on Sunday.", []string{
		`2019-04-28 CONSULT/meeting 040 planned "Barack Obama meets Benjamin Netanyahu and Mahmoud Abbas" | Barack Obama > Benjamin Netanyahu, Mahmoud Abbas`,
	}},
	{"a meeting held is no meeting of a trip to come", "Prime Minister Yasuhiro Nakasone will visit Washington next month. Ambassador Nobuo Matsunaga made the recommendation at a meeting with Nakasone on Tuesday.", []string{
		`2019-04-23 CONSULT/meeting 040 occurred "Nobuo Matsunaga meets Yasuhiro Nakasone" @ Tokyo, Japan | Nobuo Matsunaga > Yasuhiro Nakasone`,
		`2019-05-01 .. 2019-05-31 CONSULT/visit 042 planned "Yasuhiro Nakasone visits Washington" @ Washington, United States | Yasuhiro Nakasone > United States`,
	}},
	{"a meeting months before a trip is not on it (the visit the arrival begins is a head of government's the lexicon knows)", "Prime Minister Narendra Modi arrived in Kyoto on Friday. Modi and Prime Minister Shinzo Abe last met in September.", []string{
		`2018-09-01 .. 2018-09-30 CONSULT/meeting 040 occurred "Narendra Modi meets Shinzo Abe" | Narendra Modi > Shinzo Abe`,
		`2019-04-26 CONSULT/arrival occurred "Narendra Modi arrives in Kyoto" @ Kyoto, Japan | Narendra Modi >`,
		`2019-04-26 CONSULT/visit 042 occurred "Narendra Modi visits Japan" @ Japan | Narendra Modi > Japan`,
	}},
	{"a meeting in the place a where clause is about", "Iranian Oil Minister Gholamreza Aqazadeh made a brief stopover in Riyadh, where he met Saudi Arabia's Oil Minister Hisham Nazir on Tuesday.", []string{
		`2019-04-23 CONSULT/meeting 040 occurred "Gholamreza Aqazadeh meets Hisham Nazir" @ Riyadh, Saudi Arabia | Gholamreza Aqazadeh > Hisham Nazir`,
		`2019-04-23 CONSULT/visit 042 occurred "Gholamreza Aqazadeh visits Riyadh" @ Riyadh, Saudi Arabia | Gholamreza Aqazadeh > Saudi Arabia`,
	}},
	{"a meeting on a trip", "Prime Minister Narendra Modi will fly on to Beijing on Sunday for a meeting with President Xi Jinping.", []string{
		`2019-04-28 CONSULT/meeting 040 planned "Narendra Modi meets Xi Jinping" @ Beijing, China | Narendra Modi > Xi Jinping`,
		`2019-04-28 CONSULT/visit 042 planned "Narendra Modi visits Beijing" @ Beijing, China | Narendra Modi > China`,
	}},
	{"the White House is in Washington", "Israeli Prime Minister Benjamin Netanyahu met with U.S. President Joe Biden at the White House on Monday.", []string{
		`2019-04-22 CONSULT/meeting 040 occurred "Benjamin Netanyahu meets Joe Biden" @ White House, Washington, United States | Benjamin Netanyahu > Joe Biden`,
		`2019-04-22 CONSULT/visit 042 occurred "Benjamin Netanyahu visits United States" @ United States | Benjamin Netanyahu > Joe Biden`,
	}},
	{"the day of saying is not the day of meeting", "President Joe Biden said on Saturday he hoped to meet Chinese President Xi Jinping again.", []string{
		`undated CONSULT/meeting 040 possible "Joe Biden meets Xi Jinping" | Joe Biden > Xi Jinping`,
	}},
	{"speculation is only possible", "There was speculation that President Ronald Reagan would meet Treasury Secretary James Baker at 4 p.m.", []string{
		`2019-04-26T16:00 CONSULT/meeting 040 possible "Ronald Reagan meets James Baker" | Ronald Reagan > James Baker`,
	}},
	{"a country's minister is one participant", "World Bank President Barber Conable met Sri Lanka's Finance Minister Ronnie de Mel on Monday.", []string{
		`2019-04-22 CONSULT/meeting 040 occurred "Barber Conable meets Ronnie de Mel" @ Tokyo, Japan | Barber Conable > Ronnie de Mel`,
	}},
	{"There is no name", "There is no plan to meet President Reagan, the official said.", nil},
	{"met direct object", "Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze on Tuesday.", []string{
		`2019-04-23 CONSULT/meeting 040 occurred "George Shultz meets Eduard Shevardnadze" @ Tokyo, Japan | George Shultz > Eduard Shevardnadze`,
	}},
	{"meeting with", "Chinese Premier Zhao Ziyang had a meeting with President Ronald Reagan on Wednesday.", []string{
		`2019-04-24 CONSULT/meeting 040 occurred "Zhao Ziyang meets Ronald Reagan" @ Tokyo, Japan | Zhao Ziyang > Ronald Reagan`,
	}},
	{"last met, and a when clause", "Chinese President Xi Jinping and Russian President Vladimir Putin last met in Beijing in June 2012, when Putin visited China for a summit.", []string{
		`2012-06-01 .. 2012-06-30 CONSULT/meeting 040 occurred "Xi Jinping meets Vladimir Putin" @ Beijing, China | Xi Jinping > Vladimir Putin`,
		`2012-06-01 .. 2012-06-30 CONSULT/visit 042 occurred "Vladimir Putin visits China" @ China | Vladimir Putin > China`,
	}},
	{"the two leaders", "German Chancellor Angela Merkel met French President Francois Hollande in Berlin on Friday. The two leaders last met on 15 February in Brussels.", []string{
		`2019-02-15 CONSULT/meeting 040 occurred "Angela Merkel meets Francois Hollande" @ Brussels, Belgium | Angela Merkel > Francois Hollande`,
		`2019-04-26 CONSULT/meeting 040 occurred "Angela Merkel meets Francois Hollande" @ Berlin, Germany | Angela Merkel > Francois Hollande`,
		`2019-04-26 CONSULT/visit 042 occurred "Francois Hollande visits Germany" @ Germany | Francois Hollande > Angela Merkel`,
	}},
	{"'They' opening a meeting after two people of two states", "German Chancellor Angela Merkel will hold talks with French President Francois Hollande in Berlin on Friday. They first met on 15 February in Brussels.", []string{
		`2019-02-15 CONSULT/meeting 040 occurred "Angela Merkel meets Francois Hollande" @ Brussels, Belgium | Angela Merkel > Francois Hollande`,
		`2019-04-26 CONSULT/meeting 046 planned "Angela Merkel holds talks with Francois Hollande" @ Berlin, Germany | Angela Merkel > Francois Hollande`,
		`2019-04-26 CONSULT/visit 042 planned "Francois Hollande visits Germany" @ Germany | Francois Hollande > Angela Merkel`,
	}},
	{"'They' of one state's two people meet no one", "Chancellor Angela Merkel will speak with Finance Minister Olaf Scholz of Germany in Berlin on Friday. They first met in 2005.", nil},
	{"a meeting on the sidelines of a summit whose name holds 'of' takes the time, not the summit", "President Donald Trump and Russian President Vladimir Putin held their first formal summit on Monday. Trump and Putin met on the sidelines of the Group of 20 summit in Hamburg last July.", []string{
		`2018-07-01 .. 2018-07-31 CONSULT/meeting 040 occurred "Donald Trump meets Vladimir Putin" @ Hamburg, Germany | Donald Trump > Vladimir Putin`,
		`2018-07-01 .. 2018-07-31 CONSULT/multilateral 040 occurred "Meeting of Group of 20" @ Hamburg, Germany | Group of 20 >`,
		`2019-04-22 CONSULT/meeting 040 occurred "Donald Trump holds a summit with Vladimir Putin" @ Tokyo, Japan | Donald Trump > Vladimir Putin`,
	}},
	{"a full name listed after a titled one is a person; a title set off after it ends no clause; the journey 'before flying' after a meeting's day shares it", "South Korean President Moon Jae-in will meet Premier Li Keqiang and Zhang Dejiang, chairman of the Standing Committee of the National People's Congress, on Monday before flying to Chongqing.", []string{
		`2019-04-29 CONSULT/meeting 040 planned "Moon Jae-in meets Li Keqiang and Zhang Dejiang" | Moon Jae-in > Li Keqiang, Zhang Dejiang`,
		`2019-04-29 CONSULT/visit 042 planned "Moon Jae-in visits Chongqing" @ Chongqing, China | Moon Jae-in > China`,
	}},
	{"', meeting X' after a clause is its subject's meeting, at its time, and not another's meeting with the same hosts", "French President Emmanuel Macron met Lebanese President Michel Aoun and Prime Minister Hassan Diab in Beirut on Thursday. His foreign minister, Jean-Yves Le Drian, had visited Beirut in March, meeting Aoun and Diab and telling Lebanese officials to reform.", []string{
		`2019-03-01 .. 2019-03-31 CONSULT/meeting 040 occurred "Jean-Yves Le Drian meets Michel Aoun and Hassan Diab" @ Beirut, Lebanon | Jean-Yves Le Drian > Michel Aoun, Hassan Diab`,
		`2019-03-01 .. 2019-03-31 CONSULT/visit 042 occurred "Jean-Yves Le Drian visits Beirut" @ Beirut, Lebanon | Jean-Yves Le Drian > Lebanon`,
		`2019-04-25 CONSULT/meeting 040 occurred "Emmanuel Macron meets Michel Aoun and Hassan Diab" @ Beirut, Lebanon | Emmanuel Macron > Michel Aoun, Hassan Diab`,
		`2019-04-25 CONSULT/visit 042 occurred "Emmanuel Macron visits Lebanon" @ Lebanon | Emmanuel Macron > Michel Aoun`,
	}},
	{"a relation's target keeps a day of its own told after it", "Foreign Minister S Jaishankar held talks with Chinese Foreign Minister Wang Yi on Thursday. The talks came a week after Indian Defence Minister Rajnath Singh held a meeting with Chinese Defence Minister Wei Fenghe in Moscow on April 17.", []string{
		`2019-04-17 CONSULT/meeting 040 occurred "Rajnath Singh meets Wei Fenghe" @ Moscow, Russia | Rajnath Singh > Wei Fenghe`,
		`2019-04-25 CONSULT/meeting 046 occurred "S Jaishankar holds talks with Wang Yi" @ Tokyo, Japan | S Jaishankar > Wang Yi`,
	}},
	{"the two leaders with one named", "German Chancellor Angela Merkel spoke in Berlin. The two leaders last met on 15 February.", nil},
	{"committee met: no recipient", "The committee met on Monday to discuss the budget.", nil},
	// A past perfect after "after" is just before the time told of, and
	// takes the date in focus.
	{"after he had met", "Senator Robert Dole spoke on Monday. He told reporters after he and his wife, Transportation Secretary Elizabeth Dole, had met with President Reagan at the White House.", []string{
		`2019-04-22 CONSULT/meeting 040 occurred "Elizabeth Dole meets Reagan" @ White House, Washington, United States | Elizabeth Dole > Reagan`,
	}},
	// A past perfect takes no date in focus, not even the dateline's.
	{"had met in the dateline's sentence", "Chinese Premier Zhao Ziyang said he had met Soviet leader Mikhail Gorbachev twice.", []string{
		`undated CONSULT/meeting 040 occurred "Zhao Ziyang meets Mikhail Gorbachev" @ Tokyo, Japan | Zhao Ziyang > Mikhail Gorbachev`,
	}},
	// An object pronoun is not the subject of its clause; "since" puts a
	// meeting after the date named before it.
	{"had since met him", "Chinese Premier Zhao Ziyang said he had never met Soviet leader Mikhail Gorbachev when both studied in the Soviet Union in the 1950s and had since met him on only two occasions.", []string{
		`1950-01-01 .. 1959-12-31 CONSULT/meeting 040 denied "Zhao Ziyang meets Mikhail Gorbachev" @ Soviet Union | Zhao Ziyang > Mikhail Gorbachev`,
		`undated CONSULT/meeting 040 occurred "Zhao Ziyang meets Mikhail Gorbachev" @ Tokyo, Japan | Zhao Ziyang > Mikhail Gorbachev`,
	}},
	{"a probable meeting", "Dealers watched for a probable meeting between Treasury Secretary James Baker and Finance Minister Kiichi Miyazawa later today.", []string{
		`2019-04-26 CONSULT/meeting 040 possible "James Baker meets Kiichi Miyazawa" | James Baker > Kiichi Miyazawa`,
	}},
}

func TestMeetRule(t *testing.T) { testRule(t, meetTests) }

var meetListTests = []ruleTest{
	{"a list of those met, past the clause's commas",
		"Deputy Secretary of Defense Ashton Carter traveled to India on Monday. In his meetings with National Security Advisor Shivshankar Menon, Foreign Secretary Sujatha Singh, and Defense Secretary Radha Krishna Mathur, Carter stressed the partnership.",
		[]string{`2019-04-22 CONSULT/meeting 040 occurred "Ashton Carter meets Shivshankar Menon and Sujatha Singh and Radha Krishna Mathur" @ India | Ashton Carter > Shivshankar Menon, Sujatha Singh, Radha Krishna Mathur`,
			`2019-04-22 CONSULT/visit 042 occurred "Ashton Carter visits India" @ India | Ashton Carter > India`}},
}

func TestMeetLists(t *testing.T) { testRule(t, meetListTests) }

// TestRemarksMeeting checks the headline of remarks before or after a
// meeting: its speakers meet on the day the remarks are published.
func TestRemarksMeeting(t *testing.T) {
	doc := storyOf(t, "Remarks by President Obama and President Rousseff of Brazil after Bilateral Meeting",
		"WASHINGTON, April 26 (Reuters) - The President thanked his guest.\n", testDay)
	want := `2019-04-26 CONSULT/meeting 040 occurred "Obama meets Rousseff" @ Washington, United States`
	if len(doc.Events) != 1 || doc.Events[0].String() != want {
		t.Errorf("events: %v; want %s", doc.Events, want)
	}
}

var meetNameTests = []ruleTest{
	{"an office, then the rank of a cleric, then the name", "Prime Minister Shinzo Abe is scheduled to meet Supreme Leader Ayatollah Ali Khamenei on Thursday.", []string{
		`2019-05-02 CONSULT/meeting 040 planned "Shinzo Abe meets Ali Khamenei" | Shinzo Abe > Ali Khamenei`,
	}},
	{"an office, a rank and a name with particles", "Iranian Oil Minister Gholamreza Aqazadeh will meet UAE President Sheikh Zaid bin Sultan al-Nahayan on Monday.", []string{
		`2019-04-29 CONSULT/meeting 040 planned "Gholamreza Aqazadeh meets Zaid bin Sultan al-Nahayan" | Gholamreza Aqazadeh > Zaid bin Sultan al-Nahayan`,
	}},
	{"a name after with, after a long title", "National Security Advisor Jake Sullivan will meet with Chinese Communist Party Politburo Member and Director of the Office of the Foreign Affairs Commission Yang Jiechi on Monday.", []string{
		`2019-04-29 CONSULT/meeting 040 planned "Jake Sullivan meets Yang Jiechi" | Jake Sullivan > Yang Jiechi`,
	}},
	{"a name after with, its title after it", "National Security Advisor Jake Sullivan will also meet with Luigi Mattiolo, Diplomatic Advisor to the Italian Prime Minister, on Monday.", []string{
		`2019-04-29 CONSULT/meeting 040 planned "Jake Sullivan meets Luigi Mattiolo" | Jake Sullivan > Luigi Mattiolo`,
	}},
}

func TestMeetNames(t *testing.T) { testRule(t, meetNameTests) }
