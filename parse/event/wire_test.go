package event

import (
	"slices"
	"testing"
)

// wireTests are the forms wire agencies tell visits and talks in that the
// first extractor missed: a light verb before the visit ("embark on",
// "undertake", "left for", "is scheduled to make"), and a guest called
// "visiting".
var wireTests = []ruleTest{
	{"embark on a state visit", "South Korean President Moon Jae-in will embark on a four-day state visit to Kazakhstan on Sunday.", []string{
		`2019-04-28 .. 2019-05-01 CONSULT/visit 042 planned "Moon Jae-in visits Kazakhstan" @ Kazakhstan | Moon Jae-in > Kazakhstan`,
	}},
	{"undertake an official visit", "Chinese Premier Li Qiang will undertake an official visit to Germany from June 18 to 20.", []string{
		`2019-06-18 .. 2019-06-20 CONSULT/visit 042 planned "Li Qiang visits Germany" @ Germany | Li Qiang > Germany`,
	}},
	{"left for a tour", "Prime Minister Narendra Modi left for a seven-day tour of Africa on Monday.", []string{
		`2019-04-22 .. 2019-04-28 CONSULT/visit 042 occurred "Narendra Modi visits Africa" @ Africa | Narendra Modi >`,
	}},
	{"scheduled to make a visit", "Malaysian Prime Minister Anwar Ibrahim is scheduled to make an official visit to China next week.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Anwar Ibrahim visits China" @ China | Anwar Ibrahim > China`,
	}},
	{"talks with a visiting president", "Chinese President Xi Jinping held talks with visiting Brazilian President Luiz Inacio Lula da Silva in Beijing on Friday.", []string{
		`2019-04-26 CONSULT/meeting 046 occurred "Xi Jinping holds talks with Luiz Inacio Lula da Silva" @ Beijing, China | Xi Jinping > Luiz Inacio Lula da Silva`,
		`2019-04-26 CONSULT/visit 042 occurred "Luiz Inacio Lula da Silva visits China" @ China | Luiz Inacio Lula da Silva > Xi Jinping`,
	}},
	{"received a visiting minister", "Vietnamese Prime Minister Pham Minh Chinh received visiting Australian Foreign Minister Penny Wong in Hanoi on Thursday.", []string{
		`2019-04-25 CONSULT/visit 043 occurred "Pham Minh Chinh hosts Penny Wong" @ Hanoi, Vietnam | Pham Minh Chinh > Penny Wong`,
	}},
	{"a call received from someone", "Egyptian President Abdel Fattah al-Sisi received a phone call from Saudi Crown Prince Mohammed bin Salman on Tuesday.", []string{
		`2019-04-23 CONSULT/phone 041 occurred "Abdel Fattah al-Sisi speaks by telephone with Mohammed bin Salman" | Abdel Fattah al-Sisi > Mohammed bin Salman`,
	}},
	{"a visit received is no visit by the receiver", "President Ronald Reagan received a visit from Chancellor Helmut Kohl on Tuesday.", nil},
	{"due in a capital", "U.S. Secretary of State Antony Blinken is due in Beijing on Sunday.", []string{
		`2019-04-28 CONSULT/visit 042 planned "Antony Blinken visits Beijing" @ Beijing, China | Antony Blinken > China`,
	}},
	{"the ministers of a list of states meet", "The foreign ministers of Japan, China and South Korea met in Busan on Saturday.", []string{
		`2019-04-20 CONSULT/meeting 040 occurred "Japan meets China and South Korea" @ Busan, South Korea | Japan > China, South Korea`,
	}},
	{"a trip called off, the state at a clause's end", "Foreign Minister Tadashi Kuranari has cancelled a trip tomorrow to the U.S. because of confusion in parliament.", []string{
		`2019-04-27 CONSULT/visit 042 cancelled "Tadashi Kuranari visits United States" @ United States | Tadashi Kuranari > United States`,
	}},
	{"talks with counterparts from states", "U.S. Treasury Secretary James Baker held talks with counterparts from Europe and Japan on Monday.", []string{
		`2019-04-22 CONSULT/meeting 046 occurred "James Baker holds talks with Japan" @ Tokyo, Japan | James Baker > Japan`,
		`2019-04-22 CONSULT/visit 042 occurred "James Baker visits Japan" @ Japan | James Baker > Japan`,
	}},
	{"expected to see a minister", "Treasury Secretary James Baker is expected to see Japanese Finance Minister Kiichi Miyazawa on Monday.", []string{
		`2019-04-29 CONSULT/meeting 040 expected "James Baker meets Kiichi Miyazawa" | James Baker > Kiichi Miyazawa`,
	}},
	{"expected to see growth", "Treasury Secretary James Baker is expected to see growth pick up.", nil},
	{"a courtesy call from a visitor", "Indonesian President Joko Widodo received a courtesy call from visiting Japanese Foreign Minister Yoshimasa Hayashi in Jakarta on Monday.", []string{
		`2019-04-22 CONSULT/meeting 040 occurred "Joko Widodo meets Yoshimasa Hayashi" @ Jakarta, Indonesia | Joko Widodo > Yoshimasa Hayashi`,
		`2019-04-22 CONSULT/visit 042 occurred "Yoshimasa Hayashi visits Indonesia" @ Indonesia | Yoshimasa Hayashi > Joko Widodo`,
	}},
	{"two states' officials", "Japanese and U.S. trade officials ended two days of talks in Washington on Friday without agreement.", []string{
		`2019-04-25 .. 2019-04-26 CONSULT/meeting 046 occurred "Japan holds talks with United States" @ Washington, United States | Japan > United States`,
	}},
	{"a meeting after which one speaks", "Foreign Minister Tadashi Kuranari told reporters after meeting Soviet Ambassador Nikolai Solovyov on Friday that Tokyo wanted better ties.", []string{
		`2019-04-26 CONSULT/meeting 040 occurred "Tadashi Kuranari meets Nikolai Solovyov" @ Tokyo, Japan | Tadashi Kuranari > Nikolai Solovyov`,
	}},
	{"a visit with a head of state", "French Prime Minister Jacques Chirac, in a visit on Tuesday with U.S. President Ronald Reagan, sounded out the administration.", []string{
		`2019-04-23 CONSULT/meeting 040 occurred "Jacques Chirac meets Ronald Reagan" @ United States | Jacques Chirac > Ronald Reagan`,
		`2019-04-23 CONSULT/visit 042 occurred "Jacques Chirac visits United States" @ United States | Jacques Chirac > Ronald Reagan`,
	}},
	{"yesterday's meeting", "Finance Minister Kiichi Miyazawa attended yesterday's meeting of the Group of Seven.", []string{
		`2019-04-25 CONSULT/multilateral 040 occurred "Meeting of Group of Seven" @ Tokyo, Japan | Group of Seven > Kiichi Miyazawa`,
	}},
	{"a working dinner", "German Chancellor Olaf Scholz and French President Emmanuel Macron held a working dinner in Potsdam on Tuesday.", []string{
		`2019-04-23 CONSULT/meeting 040 occurred "Olaf Scholz meets Emmanuel Macron" @ Potsdam, Germany | Olaf Scholz > Emmanuel Macron`,
		`2019-04-23 CONSULT/visit 042 occurred "Emmanuel Macron visits Germany" @ Germany | Emmanuel Macron > Olaf Scholz`,
	}},
}

func TestWireForms(t *testing.T) { testRule(t, wireTests) }

// wireLegTests: the legs of a trip and the meetings it is made for, as
// the wires of 2011–2024 tell them.
var wireLegTests = []ruleTest{
	{"a later stop after the last one's day, its 'to' left out", "U.S. Secretary of State John Kerry will travel to Beijing on April 29 and Seoul on April 30.", []string{
		`2019-04-29 CONSULT/visit 042 planned "John Kerry visits Beijing" @ Beijing, China | John Kerry > China`,
		`2019-04-30 CONSULT/visit 042 planned "John Kerry visits Seoul" @ Seoul, South Korea | John Kerry > South Korea`,
	}},
	{"a journey to attend a session lasts to its last day", "Malaysian Prime Minister Mahathir Mohamad will leave for Bangkok on Sunday to attend the APEC summit on Monday and Tuesday.", []string{
		`2019-04-28 CONSULT/departure planned "Mahathir Mohamad leaves for Bangkok" | Mahathir Mohamad >`,
		`2019-04-28 .. 2019-04-30 CONSULT/visit 042 planned "Mahathir Mohamad visits Bangkok" @ Bangkok, Thailand | Mahathir Mohamad > Thailand`,
		`2019-04-29 .. 2019-04-30 CONSULT/multilateral 040 planned "Meeting of APEC" | APEC > Mahathir Mohamad`,
	}},
	{"a session the sentence sends the traveller to after another journey is not the first stop's; a planned stay runs over the meetings planned in it", "Prime Minister Shinzo Abe will leave for the United States on Monday and meet President-elect Donald Trump on Thursday before flying on for the APEC summit on May 4-5.", []string{
		`2019-04-29 CONSULT/departure planned "Shinzo Abe leaves for United States" | Shinzo Abe >`,
		`2019-04-29 .. 2019-05-02 CONSULT/visit 042 planned "Shinzo Abe visits United States" @ United States | Shinzo Abe > United States`,
		`2019-05-02 CONSULT/meeting 040 planned "Shinzo Abe meets Donald Trump" @ United States | Shinzo Abe > Donald Trump`,
		`2019-05-04 .. 2019-05-05 CONSULT/multilateral 040 planned "Meeting of APEC" | APEC >`,
	}},
	{"an arrival from a stop ends that stop's visit on its day", "U.S. President Barack Obama visited Jakarta on Tuesday. Obama arrived at Haneda airport on Wednesday night from Jakarta.", []string{
		`2019-04-23 .. 2019-04-24 CONSULT/visit 042 occurred "Barack Obama visits Jakarta" @ Jakarta, Indonesia | Barack Obama > Indonesia`,
		`2019-04-24 CONSULT/visit 042 occurred "Barack Obama visits Japan" @ Japan | Barack Obama > Japan`,
		`2019-04-24T21:00 .. 2019-04-24T23:59 CONSULT/arrival occurred "Barack Obama arrives" @ Tokyo, Japan | Barack Obama >`,
	}},
	{"a journey of a told length: its first stop on its first day, the others within its days", "Prime Minister Shinzo Abe canceled a weeklong trip to Belgium, France, Saudi Arabia and Egypt that was to begin on April 11.", []string{
		`2019-04-11 CONSULT/visit 042 cancelled "Shinzo Abe visits Belgium" @ Belgium | Shinzo Abe > Belgium`,
		`2019-04-11 .. 2019-04-17 CONSULT/visit 042 cancelled "Shinzo Abe visits Egypt" @ Egypt | Shinzo Abe > Egypt`,
		`2019-04-11 .. 2019-04-17 CONSULT/visit 042 cancelled "Shinzo Abe visits France" @ France | Shinzo Abe > France`,
		`2019-04-11 .. 2019-04-17 CONSULT/visit 042 cancelled "Shinzo Abe visits Saudi Arabia" @ Saudi Arabia | Shinzo Abe > Saudi Arabia`,
	}},
	{"receive a counterpart", "Turkish President Recep Tayyip Erdogan will receive his Finnish counterpart Sauli Niinisto in Istanbul on Friday, the Turkish Communications Directorate said on Tuesday.", []string{
		`2019-04-26 CONSULT/visit 043 planned "Recep Tayyip Erdogan hosts Sauli Niinisto" @ Istanbul, Turkey | Recep Tayyip Erdogan > Sauli Niinisto`,
	}},
	{"arrived on a visit of a length", "US President Donald Trump on Monday arrived in Ahmedabad on his maiden two-day visit to India.", []string{
		`2019-04-22 CONSULT/arrival occurred "Donald Trump arrives in Ahmedabad" @ Ahmedabad, India | Donald Trump >`,
		`2019-04-22 .. 2019-04-23 CONSULT/visit 042 occurred "Donald Trump visits India" @ India | Donald Trump > India`,
	}},
	{"before traveling on", "U.S. President Joe Biden will attend the G20 summit on Tuesday and Wednesday before traveling to Cambodia.", []string{
		`2019-04-30 .. 2019-05-01 CONSULT/multilateral 040 planned "Meeting of Group of 20" | Group of 20 > Joe Biden`,
		`undated CONSULT/visit 042 planned "Joe Biden visits Cambodia" @ Cambodia | Joe Biden > Cambodia`,
	}},
	{"a city of four words, then the next leg", "President Barack Obama will travel to Ho Chi Minh City on Tuesday before heading to Japan for the G7 summit.", []string{
		`2019-04-30 CONSULT/visit 042 planned "Barack Obama visits Ho Chi Minh City" @ Ho Chi Minh City, Vietnam | Barack Obama > Vietnam`,
		`undated CONSULT/multilateral 040 planned "Meeting of Group of Seven" @ Japan | Group of Seven >`,
		`undated CONSULT/visit 042 planned "Barack Obama visits Japan" @ Japan | Barack Obama > Japan`,
	}},
	{"during a visit, after an announcement", "President Barack Obama on Monday announced the lifting of a U.S. arms embargo against Vietnam during a visit to Hanoi.", []string{
		`2019-04-22 CONSULT/visit 042 occurred "Barack Obama visits Hanoi" @ Hanoi, Vietnam | Barack Obama > Vietnam`,
	}},
	{"said before a visit", "Obama said the lifting of the embargo was announced during a visit to Hanoi.", nil},
	{"a meeting of states' ministers", "Lavrov will also attend a meeting of the foreign ministers of Russia, India and China in Beijing on April 13.", []string{
		`2020-04-13 CONSULT/meeting 040 planned "Russia meets India and China" @ Beijing, China | Russia > India, China`,
	}},
	{"a summit of states' leaders", "A summit of the leaders of China, Japan and South Korea will be held in Beijing next month.", []string{
		`2019-05-01 .. 2019-05-31 CONSULT/meeting 040 planned "China holds a summit with Japan and South Korea" @ Beijing, China | China > Japan, South Korea`,
	}},
	{"a meeting of one state's officials", "A meeting of the finance ministers of Japan will be held next month.", nil},
	{"witnessed the signing of documents", "Chinese President Xi Jinping and Vietnamese President Tran Dai Quang witnessed the signing of several cooperation documents on Tuesday.", []string{
		`2019-04-23 SUPPORT/sign 057 occurred "China signs several cooperation documents with Vietnam" @ Tokyo, Japan | China, Xi Jinping > Vietnam, Tran Dai Quang`,
	}},
	{"signed memoranda", "India and Japan signed 12 MoUs on Monday.", []string{
		`2019-04-22 SUPPORT/sign 057 occurred "India signs 12 MoUs with Japan" @ Tokyo, Japan | India > Japan`,
	}},
	{"a company's deal", "General Motors signed a deal with Toyota on Monday.", nil},
	{"officials from two states meet", "Officials from Indonesia and Malaysia will meet here tomorrow.", []string{
		`2019-04-27 CONSULT/meeting 040 planned "Indonesia meets Malaysia" @ Tokyo, Japan | Indonesia > Malaysia`,
	}},
	{"a list's last item hedged", "Officials from Indonesia, Malaysia, Singapore and, perhaps, Thailand will meet here tomorrow.", []string{
		`2019-04-27 CONSULT/meeting 040 planned "Indonesia meets Malaysia and Singapore and Thailand" @ Tokyo, Japan | Indonesia > Malaysia, Singapore, Thailand`,
	}},
	{"an ambassador pays no visit where he serves", "Soviet Ambassador Ernest Zverev discussed the deployment with Japanese Foreign Undersecretary Suliman al-Shaheen.", []string{
		`2019-04-26 CONSULT/meeting 040 occurred "Ernest Zverev speaks with Suliman al-Shaheen" @ Tokyo, Japan | Ernest Zverev > Suliman al-Shaheen`,
	}},
	{"titles of deputies", "Undersecretary of State Michael Armacost met Vice Foreign Minister Ryohei Murata on Monday.", []string{
		`2019-04-22 CONSULT/meeting 040 occurred "Michael Armacost meets Ryohei Murata" @ Tokyo, Japan | Michael Armacost > Ryohei Murata`,
	}},
	{"received by a host, in the passive", "French President Emmanuel Macron was received at the White House by President Joe Biden on Thursday for a state visit.", []string{
		`2019-04-25 CONSULT/visit 043 occurred "Joe Biden hosts Emmanuel Macron" | Joe Biden > Emmanuel Macron`,
	}},
	{"a meeting on the sidelines of a summit, dated", "South Korean President Moon Jae-in met Chinese President Xi Jinping on the sidelines of the G20 summit in Osaka on Thursday.", []string{
		`2019-04-25 CONSULT/meeting 040 occurred "Moon Jae-in meets Xi Jinping" @ Osaka, Japan | Moon Jae-in > Xi Jinping`,
		`2019-04-25 CONSULT/multilateral 040 occurred "Meeting of Group of 20" @ Osaka, Japan | Group of 20 >`,
	}},
	{"a meeting named with its members' plural title", "Foreign Minister Saifuddin Abdullah will attend the ASEAN Foreign Ministers' Meeting in Phnom Penh from May 8 to 10.", []string{
		`2019-05-08 .. 2019-05-10 CONSULT/multilateral 040 planned "Meeting of ASEAN" @ Phnom Penh, Cambodia | ASEAN > Saifuddin Abdullah`,
	}},
	{"a call has no place", "Prime Minister Imran Khan received a telephone call from Iranian President Ebrahim Raisi on Tuesday on the situation in Afghanistan.", []string{
		`2019-04-23 CONSULT/phone 041 occurred "Imran Khan speaks by telephone with Ebrahim Raisi" | Imran Khan > Ebrahim Raisi`,
	}},
	{"on a visit until a day", "Japanese Prime Minister Fumio Kishida is on an official visit to the United States until Sunday.", []string{
		`2019-04-26 .. 2019-04-28 CONSULT/visit 042 ongoing "Fumio Kishida visits United States" @ United States | Fumio Kishida > United States`,
	}},
	{"leave for home", "U.S. President Donald Trump will leave for home on Tuesday.", []string{
		`2019-04-30 CONSULT/departure planned "Donald Trump returns home" | Donald Trump >`,
	}},
	{"a city the text puts in a country", "U.S. President Joe Biden and Chinese President Xi Jinping last met on the sidelines of the G20 summit in Bali, Indonesia, last November.", []string{
		`2018-11-01 .. 2018-11-30 CONSULT/meeting 040 occurred "Joe Biden meets Xi Jinping" @ Bali, Indonesia | Joe Biden > Xi Jinping`,
		`2018-11-01 .. 2018-11-30 CONSULT/multilateral 040 occurred "Meeting of Group of 20" @ Bali, Indonesia | Group of 20 >`,
	}},
	{"talks a visit is for, with the host's minister", "South Korean Foreign Minister Kang Kyung-wha will visit Japan next week for talks with her Japanese counterpart Taro Kono.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/meeting 046 planned "Kang Kyung-wha holds talks with Taro Kono" @ Japan | Kang Kyung-wha > Taro Kono`,
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Kang Kyung-wha visits Japan" @ Japan | Kang Kyung-wha > Japan`,
	}},
	{"a date of a since-clause", "It will be Foreign Minister Kang Kyung-wha's first trip to Japan since she took office in June 2017.", []string{
		`undated CONSULT/visit 042 planned "Kang Kyung-wha visits Japan" @ Japan | Kang Kyung-wha > Japan`,
	}},
	{"an arrival starting a visit", "Chinese President Xi Jinping arrived in Seattle on Tuesday, starting his first state visit to the United States.", []string{
		`2019-04-23 CONSULT/arrival occurred "Xi Jinping arrives in Seattle" @ Seattle, United States | Xi Jinping >`,
		`2019-04-23 CONSULT/visit 042 occurred "Xi Jinping visits United States" @ United States | Xi Jinping > United States`,
	}},
	{"a counterpart from a state, named in apposition", "Secretary of Defense Jim Mattis met with his counterpart from the United Kingdom, State Secretary for Defense Michael Fallon yesterday in London.", []string{
		`2019-04-25 CONSULT/meeting 040 occurred "Jim Mattis meets Michael Fallon" @ London, United Kingdom | Jim Mattis > Michael Fallon`,
	}},
	{"a visit to US next week", "Indian Prime Minister Narendra Modi will visit US next week.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Narendra Modi visits United States" @ United States | Narendra Modi > United States`,
	}},
	{"a title of six words", "UAE Minister of State for Foreign Affairs Rashid Abdulla al-Nuaimi met Yugoslav Foreign Minister Raif Dizdarevic on Monday.", []string{
		`2019-04-22 CONSULT/meeting 040 occurred "Rashid Abdulla al-Nuaimi meets Raif Dizdarevic" @ Tokyo, Japan | Rashid Abdulla al-Nuaimi > Raif Dizdarevic`,
	}},
	{"agreed at a summit", "U.S. President Joe Biden and Russian President Vladimir Putin agreed on Wednesday to return their ambassadors and to begin talks on strategic stability, at a summit in Geneva.", []string{
		`2019-04-24 CONSULT/meeting 040 occurred "Joe Biden holds a summit with Vladimir Putin" @ Geneva, Switzerland | Joe Biden > Vladimir Putin`,
	}},
	{"a journey as long as the meeting it is for", "Foreign Minister Annalena Baerbock will travel on to South Korea on Saturday, before heading to Japan for a meeting of G7 foreign ministers from Sunday to Tuesday.", []string{
		`2019-04-27 CONSULT/visit 042 planned "Annalena Baerbock visits South Korea" @ South Korea | Annalena Baerbock > South Korea`,
		`2019-04-28 .. 2019-04-30 CONSULT/multilateral 040 planned "Meeting of Group of Seven" @ Japan | Group of Seven >`,
		`2019-04-28 .. 2019-04-30 CONSULT/visit 042 planned "Annalena Baerbock visits Japan" @ Japan | Annalena Baerbock > Japan`,
	}},
	{"a strait is no person", "German Foreign Minister Annalena Baerbock said a war in the Taiwan Strait would be a horror, as she held talks with Qin Gang in Beijing.", []string{
		`2019-04-26 CONSULT/meeting 046 occurred "Annalena Baerbock holds talks with Qin Gang" @ Beijing, China | Annalena Baerbock > Qin Gang`,
	}},
	{"a state's person, untitled", "President Donald Trump's second summit with North Korea's Kim Jong Un ended abruptly Thursday.", []string{
		`2019-04-25 CONSULT/meeting 040 occurred "Donald Trump holds a summit with Kim Jong Un" @ Tokyo, Japan | Donald Trump > Kim Jong Un`,
	}},
	{"a state's title is the title's", "Russia's Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi on Monday.", []string{
		`2019-04-22 CONSULT/meeting 040 occurred "Sergei Lavrov meets Wang Yi" @ Tokyo, Japan | Sergei Lavrov > Wang Yi`,
	}},
	{"two heads of state witness a signing", "Chinese President Xi Jinping held talks with South African President Cyril Ramaphosa on Tuesday, and then the two heads of state witnessed the signing of a number of bilateral cooperation documents.", []string{
		`2019-04-23 CONSULT/meeting 046 occurred "Xi Jinping holds talks with Cyril Ramaphosa" @ Tokyo, Japan | Xi Jinping > Cyril Ramaphosa`,
		`2019-04-23 SUPPORT/sign 057 occurred "China signs bilateral cooperation documents with South Africa" @ Tokyo, Japan | China, Xi Jinping > South Africa, Cyril Ramaphosa`,
	}},
	{"a body does not travel", "Chinese President Xi Jinping will attend the BRICS Summit and pay a state visit to South Africa.", []string{
		`undated CONSULT/multilateral 040 planned "Meeting of BRICS" | BRICS > Xi Jinping`,
	}},
	{"a call told by the phrase that opens the sentence", "In a phone call on Monday, Chinese President Xi Jinping told U.S. President Joe Biden that Taiwan is a red line.", []string{
		`2019-04-22 CONSULT/phone 041 occurred "Xi Jinping speaks by telephone with Joe Biden" | Xi Jinping > Joe Biden`,
	}},
	{"a statement is no call", "In a statement on Monday, Chinese President Xi Jinping told U.S. President Joe Biden to act.", nil},
	{"a banquet in honor of a guest", "Chinese President Xi Jinping hosted a banquet in honor of French President Emmanuel Macron on Monday.", []string{
		`2019-04-22 CONSULT/meeting 040 occurred "Xi Jinping meets Emmanuel Macron" @ Tokyo, Japan | Xi Jinping > Emmanuel Macron`,
	}},
	{"currently on a visit", "Chinese Foreign Minister Wang Yi is currently on a visit to Russia.", []string{
		`2019-04-26 CONSULT/visit 042 ongoing "Wang Yi visits Russia" @ Russia | Wang Yi > Russia`, // now: the story's day, as the guidelines date "X is visiting Y"
	}},
	{"exchanged views", "Chinese Foreign Minister Wang Yi and Russian Foreign Minister Sergei Lavrov exchanged views on the Ukraine crisis on Monday.", []string{
		`2019-04-22 CONSULT/meeting 040 occurred "Wang Yi speaks with Sergei Lavrov" @ Tokyo, Japan | Wang Yi > Sergei Lavrov`,
	}},
	{"a journey in a clause of time before, undated", "Sterling rose after Prime Minister Margaret Thatcher returned from Moscow, dealers said.", []string{
		`undated CONSULT/visit 042 occurred "Margaret Thatcher visits Moscow" @ Moscow, Russia | Margaret Thatcher > Russia`,
	}},
	{"creditor banks sign", "Officials hope to get the 483 creditor banks to sign the rescheduling pact by June.", nil},
	{"left to begin a visit of a length", "President Yoon Suk Yeol left for Washington on Monday to begin a six-day state visit to the United States.", []string{
		`2019-04-22 CONSULT/departure occurred "Yoon Suk Yeol leaves for Washington" @ Tokyo, Japan | Yoon Suk Yeol >`,
		`2019-04-22 .. 2019-04-27 CONSULT/visit 042 occurred "Yoon Suk Yeol visits Washington" @ Washington, United States | Yoon Suk Yeol > United States`,
	}},
	{"a visit a week before something else", "Chinese President Xi Jinping came to Osaka a week after his visit to Pyongyang.", []string{
		`undated CONSULT/visit 042 occurred "Xi Jinping visits Pyongyang" @ Pyongyang, North Korea | Xi Jinping > North Korea`,
	}},
}

func TestWireLegs(t *testing.T) { testRule(t, wireLegTests) }

// hostMeetingTests: a state hosts a meeting; an invitation is a visit
// proposed.
var hostMeetingTests = []ruleTest{
	{"a state hosts talks", "Nigeria hosts talks on African economies in Abuja on Monday.", []string{
		`2019-04-29 CONSULT/multilateral 040 planned "Nigeria hosts talks" @ Abuja, Nigeria | Nigeria >`,
	}},
	{"a state hosts a summit", "Indonesia will host a summit of ASEAN leaders in Jakarta next week.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/multilateral 040 planned "Indonesia hosts summit" @ Jakarta, Indonesia | Indonesia >`,
	}},
	{"a person hosting a visitor is the host rule's", "President Ronald Reagan hosted Chancellor Helmut Kohl on Monday.", []string{
		`2019-04-22 CONSULT/visit 043 occurred "Ronald Reagan hosts Helmut Kohl" | Ronald Reagan > Helmut Kohl`,
	}},
	{"invited to a capital", "In February, Canadian Energy Minister Marcel Masse was invited to Caracas for talks with Venezuelan Energy Minister Arturo Hernandez Grisanti.", []string{
		`2019-02-01 .. 2019-02-28 CONSULT/meeting 046 possible "Marcel Masse holds talks with Arturo Hernandez Grisanti" @ Caracas, Venezuela | Marcel Masse > Arturo Hernandez Grisanti`,
		`2019-02-01 .. 2019-02-28 CONSULT/visit 042 possible "Marcel Masse visits Caracas" @ Caracas, Venezuela | Marcel Masse > Venezuela`,
	}},
}

func TestHostMeeting(t *testing.T) { testRule(t, hostMeetingTests) }

// businessTests: what looks like diplomacy in business and markets copy.
var businessTests = []ruleTest{
	{"a company's president travels", "Rockwell International Corp president Donald Beall will visit Los Angeles next week.", nil},
	{"an exchange's chairman travels", "Karsten Mahlmann, chairman of the Chicago Board of Trade, will visit Sydney next week.", nil},
	{"a bond's listing", "Listing is in Luxembourg.", nil},
	{"a departure from office", "Volcker's departure would definitely undermine U.S. credibility.", nil},
	{"a commission's president", "Chancellor Helmut Kohl has invited EC Commission President Jacques Delors to visit Bonn next month.", []string{
		`2019-05-01 .. 2019-05-31 CONSULT/visit 042 possible "Jacques Delors visits Bonn" @ Bonn, Germany | Jacques Delors > Germany`,
	}},
}

var homeTests = []ruleTest{
	{"a leader at home", "New Zealand Prime Minister David Lange flew to Auckland on Monday.", nil},
	{"a leader touring at home", "Japanese Prime Minister Yasuhiro Nakasone toured Osaka on Monday.", nil},
	{"talks not denied by another word's negation", "This action is not helpful in the context of the ongoing U.S.-Canada free trade talks.", []string{
		`undated CONSULT/meeting 046 occurred "United States holds talks with Canada" @ Tokyo, Japan | United States > Canada`,
	}},
}

func TestHome(t *testing.T) { testRule(t, homeTests) }

func TestBusiness(t *testing.T) { testRule(t, businessTests) }

// pairTests: two states named by one adjective; a guest called visiting.
var pairTests = []ruleTest{
	{"a Franco-German meeting", "A specially convened Franco-German meeting on Monday failed to make any progress.", []string{
		`2019-04-22 CONSULT/meeting 040 occurred "France meets Germany" @ Tokyo, Japan | France > Germany`,
	}},
	{"U.S.-Japanese talks", "U.S.-Japanese trade talks will resume in Washington next week.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/meeting 046 planned "United States holds talks with Japan" @ Washington, United States | United States > Japan`,
	}},
	{"a new summit spoken of", "A decision on a new U.S.-Soviet summit could emerge from the talks.", []string{
		`undated CONSULT/meeting 040 possible "United States holds a summit with Soviet Union" | United States > Soviet Union`,
	}},
	{"a Franco-German brigade", "The Franco-German brigade held exercises.", nil},
	{"a visiting president", "The session of Congress was also attended by visiting West German President Richard von Weizsaecker.", []string{
		`2019-04-26 CONSULT/visit 042 ongoing "Richard von Weizsaecker visits Tokyo" @ Tokyo, Japan | Richard von Weizsaecker > Japan`,
	}},
}

func TestPairs(t *testing.T) { testRule(t, pairTests) }

// TestQuotedSpeaker: the first person of a quotation is its speaker, and
// the day that opens it dates the speaker's journey. (A story with no
// dateline in its text, as the archive's.)
func TestQuotedSpeaker(t *testing.T) {
	doc := storyOf(t, "", "\"On Tuesday I shall be going to Washington for meetings of the IMF Interim Committee,\" British Chancellor of the Exchequer Nigel Lawson said.\n", testDay)
	var got []string
	for _, e := range doc.Events {
		got = append(got, e.String())
	}
	want := []string{
		`2019-04-30 CONSULT/visit 042 planned "Nigel Lawson visits Washington" @ Washington, United States`,
		`2019-04-30 CONSULT/multilateral 040 planned "Meeting of IMF Interim Committee" @ Washington, United States`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("events:\n%s\nwant:\n%s", lines(got), lines(want))
	}
}
