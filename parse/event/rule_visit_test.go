package event

import "testing"

var visitTests = []ruleTest{
	{"a party of envoys led by someone travels as he does", "A delegation of special envoys led by South Korean national security adviser Chung Eui-yong traveled to Pyongyang on Wednesday.", []string{
		`2019-04-24 CONSULT/visit 042 occurred "Chung Eui-yong visits Pyongyang" @ Pyongyang, North Korea | Chung Eui-yong > North Korea`,
	}},
	{"'his first wartime trip abroad to Washington' is his", "Ukrainian President Volodymyr Zelenskyy made his first wartime trip abroad to Washington in December.", []string{
		`2018-12-01 .. 2018-12-31 CONSULT/visit 042 occurred "Volodymyr Zelenskyy visits Washington" @ Washington, United States | Volodymyr Zelenskyy > United States`,
	}},
	{"'DAY, the second day of his four-day visit' set off after the day dates the visit", "U.S. President Donald Trump held talks with Prime Minister Shinzo Abe on Monday, the second day of his four-day state visit to Japan.", []string{
		`2019-04-21 .. 2019-04-24 CONSULT/visit 042 occurred "Donald Trump visits Japan" @ Japan | Donald Trump > Japan`,
		`2019-04-22 CONSULT/meeting 046 occurred "Donald Trump holds talks with Shinzo Abe" @ Tokyo, Japan | Donald Trump > Shinzo Abe`,
	}},
	{"a relative clause's light verb holds the visit of its antecedent", "South Korean President Lee Myung-bak, who began a three-day state visit to China on Sunday, praised the ties.", []string{
		`2019-04-21 .. 2019-04-23 CONSULT/visit 042 occurred "Lee Myung-bak visits China" @ China | Lee Myung-bak > China`,
	}},
	{"one at a summit told before attends it, no event of his own", "Xi met Iranian President Hassan Rouhani, who attended the summit as leader of an observer state.", []string{
		`2019-04-26 CONSULT/meeting 040 occurred "Xi meets Hassan Rouhani" @ Tokyo, Japan | Xi > Hassan Rouhani`,
	}},
	{"a length 'for a two-day visit' after the journey's verb is the journey's", "Prime Minister Yoshihiko Noda is scheduled to travel to China next Sunday for a two-day visit.", []string{
		`2019-04-28 .. 2019-04-29 CONSULT/visit 042 planned "Yoshihiko Noda visits China" @ China | Yoshihiko Noda > China`,
	}},
	{"a leader's envoy named after a comma is the traveller, and the 'he' of the sentence", "President Moon Jae-in's special envoy, Hong Seok-hyun, visited Washington in April and delivered a letter from Moon when he met President Donald Trump at the White House on April 17.", []string{
		`2019-04-01 .. 2019-04-30 CONSULT/visit 042 occurred "Hong Seok-hyun visits Washington" @ Washington, United States | Hong Seok-hyun > United States`,
		`2019-04-17 CONSULT/meeting 040 occurred "Hong Seok-hyun meets Donald Trump" @ White House, Washington, United States | Hong Seok-hyun > Donald Trump`,
	}},
	{"'two days in Tokyo' is a stay of that length there", "President Barack Obama began the trip on Monday with two days in Tokyo.", []string{
		`2019-04-22 .. 2019-04-23 CONSULT/visit 042 occurred "Barack Obama visits Tokyo" @ Tokyo, Japan | Barack Obama > Japan`,
	}},
	{"'the day in Washington' is no stay", "The day in Washington was busy for President Barack Obama.", nil},
	{"a headline's bare name before 'to visit' is its traveller, planned", "Shultz to visit Moscow next week.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Shultz visits Moscow" @ Moscow, Russia | Shultz > Russia`,
	}},
	{"'recent visits' are journeys in general, none of them an event", "The frequency of recent visits to Japan shows the United States has an unwavering commitment to the alliance.", nil},
	{"a day 'spent' in a city is a visit there on that day", "President Barack Obama spent Monday in Shanghai, where he held a town-hall meeting with students.", []string{
		`2019-04-22 CONSULT/visit 042 occurred "Barack Obama visits Shanghai" @ Shanghai, China | Barack Obama > China`,
	}},
	{"years 'spent' in a city are no visit", "President Barack Obama spent years in Jakarta as a child.", nil},
	{"'Suga's predecessor Shinzo Abe' is Abe, who makes the journey, not Suga", "Prime Minister Yoshihide Suga's predecessor Shinzo Abe visited Vietnam in January 2013.", []string{
		`2013-01-01 .. 2013-01-31 CONSULT/visit 042 occurred "Shinzo Abe visits Vietnam" @ Vietnam | Shinzo Abe > Vietnam`,
	}},
	{"'is also scheduled to make state visits to' a list: one planned visit each, the subject past the auxiliaries", "President Yoon Suk Yeol is also scheduled to make state visits to Turkmenistan, Kazakhstan and Uzbekistan in mid-June.", []string{
		`2019-06-11 .. 2019-06-20 CONSULT/visit 042 planned "Yoon Suk Yeol visits Kazakhstan" @ Kazakhstan | Yoon Suk Yeol > Kazakhstan`,
		`2019-06-11 .. 2019-06-20 CONSULT/visit 042 planned "Yoon Suk Yeol visits Turkmenistan" @ Turkmenistan | Yoon Suk Yeol > Turkmenistan`,
		`2019-06-11 .. 2019-06-20 CONSULT/visit 042 planned "Yoon Suk Yeol visits Uzbekistan" @ Uzbekistan | Yoon Suk Yeol > Uzbekistan`,
	}},
	{"a length after a preposition is a gap, no event's: 'in 45 years and held talks'", "Prime Minister Narendra Modi arrived in Warsaw on Wednesday on the first visit by an Indian PM to Poland in 45 years and held talks with Polish Prime Minister Donald Tusk on Thursday.", []string{
		`2019-04-24 CONSULT/arrival occurred "Narendra Modi arrives in Warsaw" @ Warsaw, Poland | Narendra Modi >`,
		`2019-04-24 .. 2019-04-25 CONSULT/visit 042 occurred "Narendra Modi visits Warsaw" @ Warsaw, Poland | Narendra Modi > Poland`,
		`2019-04-25 CONSULT/meeting 046 occurred "Narendra Modi holds talks with Donald Tusk" @ Warsaw, Poland | Narendra Modi > Donald Tusk`,
	}},
	{"'last came to' is a past journey, its traveller the subject before 'last'", "President Donald Trump last came to Britain in July 2018 on a working visit.", []string{
		`2018-07-01 .. 2018-07-31 CONSULT/visit 042 occurred "Donald Trump visits United Kingdom" @ United Kingdom | Donald Trump > United Kingdom`,
	}},
	{"a journey begun 'with' a visit: the traveller is the subject of 'began'", "Chinese President Xi Jinping began his European tour on Sunday with a three-day state visit to France.", []string{
		`2019-04-21 .. 2019-04-23 CONSULT/visit 042 occurred "Xi Jinping visits France" @ France | Xi Jinping > France`,
	}},
	{"'has been to' a seat of government is a visit to its city, and the one received there is the visitor", "Ukrainian President Volodymyr Zelenskyy has been to the White House once before, in September 2017, when President Donald Trump received him in the Oval Office.", []string{
		`2017-09-01 .. 2017-09-30 CONSULT/visit 043 occurred "Donald Trump hosts Volodymyr Zelenskyy" | Donald Trump > Volodymyr Zelenskyy`,
		`2017-09-01 .. 2017-09-30 CONSULT/visit 042 occurred "Volodymyr Zelenskyy visits Washington" @ Washington, United States | Volodymyr Zelenskyy > United States`,
	}},
	{"'will follow him to' a city is a journey there", "German Chancellor Angela Merkel will follow him to Washington on Friday for a shorter working visit.", []string{
		`2019-04-26 CONSULT/visit 042 planned "Angela Merkel visits Washington" @ Washington, United States | Angela Merkel > United States`,
	}},
	{"'has been to blame' is no journey", "Chancellor Angela Merkel has been to blame for the delay, officials said.", nil},
	{"'went on to' a city is a visit there, and the summit it is for is held there", "Ukrainian President Volodymyr Zelensky went on to Oslo on Wednesday for a summit with the leaders of the five Nordic countries.", []string{
		`2019-04-24 CONSULT/meeting 040 occurred "Volodymyr Zelensky holds a summit" @ Oslo, Norway | Volodymyr Zelensky >`,
		`2019-04-24 CONSULT/visit 042 occurred "Volodymyr Zelensky visits Oslo" @ Oslo, Norway | Volodymyr Zelensky > Norway`,
	}},
	{"a trip one is considering is one's own, possible", "Japanese Prime Minister Fumio Kishida is considering a trip to Ukraine.", []string{
		`undated CONSULT/visit 042 possible "Fumio Kishida visits Ukraine" @ Ukraine | Fumio Kishida > Ukraine`,
	}},
	{"a trip called off is cancelled, whatever it was planned as", "Japanese Prime Minister Fumio Kishida called off a planned trip to Europe.", []string{
		`undated CONSULT/visit 042 cancelled "Fumio Kishida visits Europe" @ Europe | Fumio Kishida >`,
	}},
	{"a visit put on hold is cancelled", "Japanese Prime Minister Fumio Kishida's planned visit to South Korea has been put on hold.", []string{
		`undated CONSULT/visit 042 cancelled "Fumio Kishida visits South Korea" @ South Korea | Fumio Kishida > South Korea`,
	}},
	{"visits told by their number are dated by the latest, 'most recently'", "Former Chancellor Angela Merkel visited China 12 times during her 16 years in office, most recently in September 2018.", []string{
		`2018-09-01 .. 2018-09-30 CONSULT/visit 042 occurred "Angela Merkel visits China" @ China | Angela Merkel > China`,
	}},
	{"the visitor named right after the noun by 'by' does not keep the destination from it", "The visit by Chinese Premier Zhao Ziyang to Britain will begin on Monday.", []string{
		`2019-04-29 CONSULT/visit 042 planned "Zhao Ziyang visits United Kingdom" @ United Kingdom | Zhao Ziyang > United Kingdom`,
	}},
	{"a meeting at the end of a visit of days: the visit ends that day, the meeting is there", "U.S. Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze at the end of a four-day visit to Moscow on Thursday.", []string{
		`2019-04-22 .. 2019-04-25 CONSULT/visit 042 occurred "George Shultz visits Moscow" @ Moscow, Russia | George Shultz > Russia`,
		`2019-04-25 CONSULT/meeting 040 occurred "George Shultz meets Eduard Shevardnadze" @ Moscow, Russia | George Shultz > Eduard Shevardnadze`,
	}},
	{"a meeting on the first day of a visit: the one from elsewhere visits", "Soviet Foreign Minister Eduard Shevardnadze met U.S. Secretary of State George Shultz on the first day of an official visit to Washington on Monday.", []string{
		`2019-04-22 CONSULT/meeting 040 occurred "Eduard Shevardnadze meets George Shultz" @ Washington, United States | Eduard Shevardnadze > George Shultz`,
		`2019-04-22 CONSULT/visit 042 occurred "Eduard Shevardnadze visits Washington" @ Washington, United States | Eduard Shevardnadze > United States`,
	}},
	{"a meeting during a visit of days dates the meeting, not the visit", "U.S. Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze during a four-day visit to Moscow on Thursday.", []string{
		`2019-04-25 CONSULT/meeting 040 occurred "George Shultz meets Eduard Shevardnadze" @ Moscow, Russia | George Shultz > Eduard Shevardnadze`,
		`undated CONSULT/visit 042 occurred "George Shultz visits Moscow" @ Moscow, Russia | George Shultz > Russia`,
	}},
	{"an article and an adjective before a journey's noun make it a noun, with the tense of its verb", "President Joe Biden made an unannounced visit to Kyiv on Thursday.", []string{
		`2019-04-25 CONSULT/visit 042 occurred "Joe Biden visits Kyiv" @ Kyiv, Ukraine | Joe Biden > Ukraine`,
	}},
	{"'the West Bank town of Bethlehem' is Bethlehem; 'to meet' a journey made for it is as done as the journey", "On Friday morning, President Joe Biden traveled to the West Bank town of Bethlehem to meet Palestinian President Mahmoud Abbas.", []string{
		`2019-04-26 CONSULT/visit 042 occurred "Joe Biden visits Bethlehem" @ Bethlehem, Palestine | Joe Biden > Palestine`,
		`2019-04-26T05:00 .. 2019-04-26T11:59 CONSULT/meeting 040 occurred "Joe Biden meets Mahmoud Abbas" @ Bethlehem, Palestine | Joe Biden > Mahmoud Abbas`,
	}},
	{"'was also in' a foreign city is a visit, as 'was in' is", "Austrian Chancellor Karl Nehammer was also in Kyiv on Saturday.", []string{
		`2019-04-20 CONSULT/visit 042 occurred "Karl Nehammer visits Kyiv" @ Kyiv, Ukraine | Karl Nehammer > Ukraine`,
	}},
	{"a visit begun by an arrival runs to the next leg's day; 'the president' is the one the story names most", "President Barack Obama held talks with Kenyan President Uhuru Kenyatta in Nairobi on Thursday, during his first visit to Kenya as president. Obama arrived in Nairobi on Wednesday. On Friday, the president will fly to Ethiopia.", []string{
		`2019-04-24 CONSULT/arrival occurred "Barack Obama arrives in Nairobi" @ Nairobi, Kenya | Barack Obama >`,
		`2019-04-24 .. 2019-04-26 CONSULT/visit 042 occurred "Barack Obama visits Kenya" @ Kenya | Barack Obama > Kenya`,
		`2019-04-25 CONSULT/meeting 046 occurred "Barack Obama holds talks with Uhuru Kenyatta" @ Nairobi, Kenya | Barack Obama > Uhuru Kenyatta`,
		`2019-04-26 CONSULT/visit 042 planned "Barack Obama visits Ethiopia" @ Ethiopia | Barack Obama > Ethiopia`,
	}},
	{"a visit told undated is not the same visitor's journey dated by a year alone", "President Barack Obama held talks with Kenyan President Uhuru Kenyatta in Nairobi on Thursday, during the first visit to Kenya by a sitting U.S. president. Obama last visited Kenya in 2006, when he was a senator.", []string{
		`2006-01-01 .. 2006-12-31 CONSULT/visit 042 occurred "Barack Obama visits Kenya" @ Kenya | Barack Obama > Kenya`,
		`2019-04-25 CONSULT/meeting 046 occurred "Barack Obama holds talks with Uhuru Kenyatta" @ Nairobi, Kenya | Barack Obama > Uhuru Kenyatta`,
		`2019-04-25 CONSULT/visit 042 occurred "Barack Obama visits Kenya" @ Kenya | Barack Obama > Kenya`,
	}},
	{"'who' after an apposition that ties a name to another is the apposition's head", "Billiton presented the demands to Henk Heidweiler, a top aide to Surinam military leader Desi Bouterse, who visited the Netherlands last week for official talks.", []string{
		`2019-04-15 .. 2019-04-21 CONSULT/visit 042 occurred "Henk Heidweiler visits Netherlands" @ Netherlands | Henk Heidweiler > Netherlands`,
	}},
	{"travellers named together make one journey; 'they' after an opening phrase is the sentence before's subjects", "German Chancellor Olaf Scholz, French President Emmanuel Macron and Italian Prime Minister Mario Draghi travelled to Kyiv on Thursday. After visiting the suburb of Irpin, they held talks with Ukrainian President Volodymyr Zelensky.", []string{
		`2019-04-25 CONSULT/meeting 046 occurred "Olaf Scholz holds talks with Emmanuel Macron and Mario Draghi and Volodymyr Zelensky" @ Kyiv, Ukraine | Olaf Scholz > Emmanuel Macron, Mario Draghi, Volodymyr Zelensky`,
		`2019-04-25 CONSULT/visit 042 occurred "Olaf Scholz, Emmanuel Macron and Mario Draghi visit Kyiv" @ Kyiv, Ukraine | Olaf Scholz, Emmanuel Macron, Mario Draghi > Ukraine`,
	}},
	{"an undated visit of a told length begins with its traveller's arrival there", "The meeting capped Trump's two-day visit to South Korea. He arrived in Seoul on Tuesday evening.", []string{
		`2019-04-23 .. 2019-04-24 CONSULT/visit 042 occurred "Trump visits South Korea" @ South Korea | Trump > South Korea`,
		`2019-04-23T17:00 .. 2019-04-23T21:59 CONSULT/arrival occurred "Trump arrives in Seoul" @ Seoul, South Korea | Trump >`,
	}},
	{"a 'when' clause takes the time of the clause it hangs on", "The two countries upgraded their ties to a strategic partnership in June 2011, when then Chinese President Hu Jintao paid a state visit to Kazakhstan.", []string{
		`2011-06-01 .. 2011-06-30 CONSULT/visit 042 occurred "Hu Jintao visits Kazakhstan" @ Kazakhstan | Hu Jintao > Kazakhstan`,
	}},
	{"a visit set off by ', during' is the subject's, of the lead's day; 'outgoing' before a title keeps 'with'", "German Chancellor Olaf Scholz urged Chinese President Xi Jinping on Friday to use his influence on Russia, during a one-day visit to Beijing. Scholz also held talks with outgoing Premier Li Keqiang.", []string{
		`2019-04-26 CONSULT/meeting 046 occurred "Olaf Scholz holds talks with Li Keqiang" @ Beijing, China | Olaf Scholz > Li Keqiang`,
		`2019-04-26 CONSULT/visit 042 occurred "Olaf Scholz visits Beijing" @ Beijing, China | Olaf Scholz > China`,
	}},
	{"a visit by a foreign leader with no place is to where the story is filed; this week, told without a verb on a Friday, mostly behind", "Treasury Secretary James Baker has cancelled a trip to Australia because of pressing business at home, including the visit this week by South Korean President Moon Jae-in.", []string{
		`2019-04-22 .. 2019-04-28 CONSULT/visit 042 occurred "Moon Jae-in visits Tokyo" @ Tokyo, Japan | Moon Jae-in > Japan`,
		`undated CONSULT/visit 042 cancelled "James Baker visits Australia" @ Australia | James Baker > Australia`,
	}},
	{"a first visit since someone's, in apposition to the visit, is to its place", "President Barack Obama visited Malaysia in April 2014, the first visit by a sitting US president since Lyndon B. Johnson in 1966.", []string{
		`1966-01-01 .. 1966-12-31 CONSULT/visit 042 occurred "Lyndon B. Johnson visits Malaysia" @ Malaysia | Lyndon B. Johnson > Malaysia`,
		`2014-04-01 .. 2014-04-30 CONSULT/visit 042 occurred "Barack Obama visits Malaysia" @ Malaysia | Barack Obama > Malaysia`,
	}},
	{"the first visit since someone's tells that one", "Japanese Prime Minister Shinzo Abe is in Beijing for the first official visit to China by a Japanese prime minister since Yoshihiko Noda in December 2011.", []string{
		`2011-12-01 .. 2011-12-31 CONSULT/visit 042 occurred "Yoshihiko Noda visits China" @ China | Yoshihiko Noda > China`,
		`2019-04-26 CONSULT/visit 042 ongoing "Shinzo Abe visits Beijing" @ Beijing, China | Shinzo Abe > China`,
	}},
	{"one's first visit since a date tells one's own then", "Turkish President Recep Tayyip Erdogan visited Athens on Thursday. It was Erdogan's first visit to Greece since December 2017.", []string{
		`2017-12-01 .. 2017-12-31 CONSULT/visit 042 occurred "Recep Tayyip Erdogan visits Greece" @ Greece | Recep Tayyip Erdogan > Greece`,
		`2019-04-25 CONSULT/visit 042 occurred "Recep Tayyip Erdogan visits Athens" @ Athens, Greece | Recep Tayyip Erdogan > Greece`,
	}},
	{"a stay of days after an arrival is the visit", "Japanese Prime Minister Shinzo Abe arrived in Beijing on Thursday for a three-day stay.", []string{
		`2019-04-25 CONSULT/arrival occurred "Shinzo Abe arrives in Beijing" @ Beijing, China | Shinzo Abe >`,
		`2019-04-25 .. 2019-04-27 CONSULT/visit 042 occurred "Shinzo Abe visits Beijing" @ Beijing, China | Shinzo Abe > China`,
	}},
	{"a relative clause that opens the visit dates it; going home the day after its last is its part", "Prime Minister Mahathir Mohamad is scheduled to meet President Xi Jinping this evening, and will return home tomorrow, concluding his five-day official visit to China which began on Monday.", []string{
		`2019-04-22 .. 2019-04-26 CONSULT/visit 042 occurred "Mahathir Mohamad visits China" @ China | Mahathir Mohamad > China`,
		`2019-04-26T17:00 .. 2019-04-26T21:59 CONSULT/meeting 040 planned "Mahathir Mohamad meets Xi Jinping" | Mahathir Mohamad > Xi Jinping`,
	}},
	{"the first to visit, in the past, visited", "President Barack Obama on Friday became the first sitting American president to visit Hiroshima.", []string{
		`2019-04-26 CONSULT/visit 042 occurred "Barack Obama visits Hiroshima" @ Hiroshima, Japan | Barack Obama > Japan`,
	}},
	{"a visit begun by an arrival in the evening is of that day; the last leg of it ends it", "Chinese President Xi Jinping arrived in London on Monday evening for a state visit to Britain. Xi will travel to Manchester on Friday, the last leg of his visit.", []string{
		`2019-04-22 .. 2019-04-26 CONSULT/visit 042 occurred "Xi Jinping visits United Kingdom" @ United Kingdom | Xi Jinping > United Kingdom`,
		`2019-04-22T17:00 .. 2019-04-22T21:59 CONSULT/arrival occurred "Xi Jinping arrives in London" @ London, United Kingdom | Xi Jinping >`,
		`2019-04-26 CONSULT/visit 042 planned "Xi Jinping visits Manchester" @ Manchester, United Kingdom | Xi Jinping > United Kingdom`,
	}},
	{"a tour at a time: every stop is then", "Vice President Kamala Harris will tour Ghana, Tanzania and Zambia next week.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Kamala Harris visits Ghana" @ Ghana | Kamala Harris > Ghana`,
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Kamala Harris visits Tanzania" @ Tanzania | Kamala Harris > Tanzania`,
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Kamala Harris visits Zambia" @ Zambia | Kamala Harris > Zambia`,
	}},
	{"not able to go forward with a trip calls it off", "President Barack Obama will not be able to go forward with his planned travel to the Philippines.", []string{
		`undated CONSULT/visit 042 cancelled "Barack Obama visits Philippines" @ Philippines | Barack Obama > Philippines`,
	}},
	{"a delegation that will come to a country visits it", "A Soviet delegation will come to Israel, there is no doubt about that.", []string{
		`undated CONSULT/visit 042 planned "Soviet Union visits Israel" @ Israel | Soviet Union > Israel`,
	}},
	{"a private visit is no diplomacy", "Kissinger came to Brazil on a private visit to make the opening speech.", nil},
	{"a name going on after the place is no place", "Wickes came to the U.K. Unlisted Securities Market in January, 1986.", nil},
	{"one unlikely to come is only possible", "The source said Finance Secretary Jaime Ongpin is unlikely to come to the U.S. to press his case.", []string{
		`undated CONSULT/visit 042 possible "Jaime Ongpin visits United States" @ United States | Jaime Ongpin > United States`,
	}},
	{"a visit's host is the one it is with, not another event's partner after it", "LDP executive council chairman Shintaro Abe will visit the United States next week. Abe's visit is to prepare for Prime Minister Yasuhiro Nakasone's talks with President Ronald Reagan later this month.", []string{
		`2019-04-21 .. 2019-04-30 CONSULT/meeting 046 planned "Yasuhiro Nakasone holds talks with Ronald Reagan" | Yasuhiro Nakasone > Ronald Reagan`,
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Shintaro Abe visits United States" @ United States | Shintaro Abe > United States`,
	}},
	{"the 'he' of an opening 'Asked if he ...' is who answers after the comma", "Prime Minister Yasuhiro Nakasone spoke. Asked if he planned to visit the U.S. in early April, Finance Minister Kiichi Miyazawa said he would decide carefully.", []string{
		`2019-04-01 .. 2019-04-10 CONSULT/visit 042 planned "Kiichi Miyazawa visits United States" @ United States | Kiichi Miyazawa > United States`,
	}},
	{"arrived here for a visit: the visit where the story is filed, its days from the arrival", "Prime Minister Datuk Seri Anwar Ibrahim arrived here yesterday for a two-day official visit.", []string{
		`2019-04-25 CONSULT/arrival occurred "Anwar Ibrahim arrives" @ Tokyo, Japan | Anwar Ibrahim >`,
		`2019-04-25 .. 2019-04-26 CONSULT/visit 042 occurred "Anwar Ibrahim visits Tokyo" @ Tokyo, Japan | Anwar Ibrahim > Japan`,
	}},
	{"a visit's days count from an arrival told by the part of a day", "President Barack Obama arrived in Havana on Thursday afternoon for a three-day visit.", []string{
		`2019-04-25 .. 2019-04-27 CONSULT/visit 042 occurred "Barack Obama visits Havana" @ Havana, Cuba | Barack Obama > Cuba`,
		`2019-04-25T12:00 .. 2019-04-25T17:59 CONSULT/arrival occurred "Barack Obama arrives in Havana" @ Havana, Cuba | Barack Obama >`,
	}},
	{"to stay on somewhere for a visit is to make it", "North Korean leader Kim Jong Un is expected to stay on in Hanoi for an official visit to Vietnam on Saturday and Sunday.", []string{
		`2019-04-27 .. 2019-04-28 CONSULT/visit 042 expected "Kim Jong Un visits Vietnam" @ Vietnam | Kim Jong Un > Vietnam`,
	}},
	{"here on a visit, in apposition: to where the story is filed, under way on its day; a minister 'for' a portfolio", "Australian Minister for Trade Negotiations Michael Duffy, here on a three-day visit, said progress had been made.", []string{
		`2019-04-26 CONSULT/visit 042 ongoing "Michael Duffy visits Tokyo" @ Tokyo, Japan | Michael Duffy > Japan`,
	}},
	{"is here on a visit; a minister 'of' a portfolio", "Argentine Minister of Economy Juan Sourrouille is here on an official visit.", []string{
		`2019-04-26 CONSULT/visit 042 ongoing "Juan Sourrouille visits Tokyo" @ Tokyo, Japan | Juan Sourrouille > Japan`,
	}},
	{"a minister's portfolio is no person: no one visits", "The Minister of Finance said a visit here was not planned.", nil},
	{"a visit in the background of a past verb keeps the past; a that-clause's future is its own", "House majority leader Thomas Foley, a Washington Democrat, yesterday predicted during a visit to Seoul that the provision will be approved.", []string{
		`2019-04-25 CONSULT/visit 042 occurred "Thomas Foley visits Seoul" @ Seoul, South Korea | Thomas Foley > South Korea`,
	}},
	{"a list of stops whose item opens with 'the', with a serial comma, keeps the tour's dates", "Dr. Biden will travel to Zambia, the Democratic Republic of Congo, and Sierra Leone from June 30 – July 7, 2014.", []string{
		`2014-06-30 .. 2014-07-07 CONSULT/visit 042 planned "Biden visits Democratic Republic of the Congo" @ Democratic Republic of the Congo | Biden > Democratic Republic of the Congo`,
		`2014-06-30 .. 2014-07-07 CONSULT/visit 042 planned "Biden visits Sierra Leone" @ Sierra Leone | Biden > Sierra Leone`,
		`2014-06-30 .. 2014-07-07 CONSULT/visit 042 planned "Biden visits Zambia" @ Zambia | Biden > Zambia`,
	}},
	{"an agency's Administrator; a surname that is a title; the commas around a city's country end no clause", "USAID Administrator Rajiv Shah will travel to Johannesburg, South Africa, from June 29-30 to attend the forum.", []string{
		`2019-06-29 .. 2019-06-30 CONSULT/visit 042 planned "Rajiv Shah visits Johannesburg" @ Johannesburg, South Africa | Rajiv Shah > South Africa`,
	}},
	{"a visit by a senior official of a state's institution is the state's", "A visit to Beijing next week by a senior State Department official will do nothing.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "United States visits Beijing" @ Beijing, China | United States > China`,
	}},
	{"a visit here, by a nationality's officials: to where the story is filed", "A visit here next week by Chinese trade officials will do nothing to change the decision.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "China visits Tokyo" @ Tokyo, Japan | China > Japan`,
	}},
	{"a visit here by people of the story's own country is no visit", "A visit here next week by Japanese trade officials will do nothing.", nil},
	{"a trip that has taken him to three capitals", "Brazilian Finance Minister Dilson Funaro told reporters his trip, which has already taken him to London, Paris and Bonn, was aimed at explaining his country's stance.", []string{
		`undated CONSULT/visit 042 occurred "Dilson Funaro visits Bonn" @ Bonn, Germany | Dilson Funaro > Germany`,
		`undated CONSULT/visit 042 occurred "Dilson Funaro visits London" @ London, United Kingdom | Dilson Funaro > United Kingdom`,
		`undated CONSULT/visit 042 occurred "Dilson Funaro visits Paris" @ Paris, France | Dilson Funaro > France`,
	}},
	{"a weekend visit during which one talks", "IMF Managing Director Michel Camdessus paid a brief weekend visit to the Ivory Coast during which he discussed the country's economic difficulties with President Felix Houphouet-Boigny.", []string{
		`2019-04-20 .. 2019-04-21 CONSULT/meeting 040 occurred "Michel Camdessus speaks with Felix Houphouet-Boigny" @ Ivory Coast | Michel Camdessus > Felix Houphouet-Boigny`,
		`2019-04-20 .. 2019-04-21 CONSULT/visit 042 occurred "Michel Camdessus visits Ivory Coast" @ Ivory Coast | Michel Camdessus > Ivory Coast`,
	}},
	{"the length of an apposition is the visit's; the trip will take him on to another state", "President Barack Obama arrived in Israel on Friday for his first visit as president, a three-day trip that will also take him to Jordan.", []string{
		`2019-04-26 CONSULT/arrival occurred "Barack Obama arrives in Israel" @ Israel | Barack Obama >`,
		`2019-04-26 .. 2019-04-28 CONSULT/visit 042 occurred "Barack Obama visits Israel" @ Israel | Barack Obama > Israel`,
		`undated CONSULT/visit 042 planned "Barack Obama visits Jordan" @ Jordan | Barack Obama > Jordan`,
	}},
	{"the stops a trip included are its traveller's, done as the trip is", "The visit was Deputy Secretary Ashton Carter's second to India, and completes an overseas trip that also included visits to Afghanistan and Pakistan.", []string{
		`undated CONSULT/visit 042 occurred "Ashton Carter visits Afghanistan" @ Afghanistan | Ashton Carter > Afghanistan`,
		`undated CONSULT/visit 042 occurred "Ashton Carter visits Pakistan" @ Pakistan | Ashton Carter > Pakistan`,
	}},
	{"the stops a trip will include are still to come", "Defense Secretary Leon Panetta's trip will include visits to Afghanistan and Pakistan.", []string{
		`undated CONSULT/visit 042 planned "Leon Panetta visits Afghanistan" @ Afghanistan | Leon Panetta > Afghanistan`,
		`undated CONSULT/visit 042 planned "Leon Panetta visits Pakistan" @ Pakistan | Leon Panetta > Pakistan`,
	}},
	{"a trip that took him to four states", "Defense Secretary Leon Panetta just returned from a five day trip that took him to Israel, Egypt, Belgium and Italy.", []string{
		`undated CONSULT/visit 042 occurred "Leon Panetta visits Belgium" @ Belgium | Leon Panetta > Belgium`,
		`undated CONSULT/visit 042 occurred "Leon Panetta visits Egypt" @ Egypt | Leon Panetta > Egypt`,
		`undated CONSULT/visit 042 occurred "Leon Panetta visits Israel" @ Israel | Leon Panetta > Israel`,
		`undated CONSULT/visit 042 occurred "Leon Panetta visits Italy" @ Italy | Leon Panetta > Italy`,
	}},
	{"paying a visit is a programme", "President Yoweri Museveni is likely to meet Kenyan leader Daniel arap Moi when he pays a two-day visit to Nairobi on Friday and Saturday.", []string{
		`2019-04-26 .. 2019-04-27 CONSULT/meeting 040 possible "Yoweri Museveni meets Daniel arap Moi" | Yoweri Museveni > Daniel arap Moi`,
		`2019-04-26 .. 2019-04-27 CONSULT/visit 042 planned "Yoweri Museveni visits Nairobi" @ Nairobi, Kenya | Yoweri Museveni > Kenya`,
	}},
	{"a visit after which one arrives is the arriver's", "Chinese President Xi Jinping arrived in Tanzania on Sunday after a three-day visit to Russia.", []string{
		`2019-04-21 CONSULT/arrival occurred "Xi Jinping arrives in Tanzania" @ Tanzania | Xi Jinping >`,
		`2019-04-21 CONSULT/visit 042 occurred "Xi Jinping visits Tanzania" @ Tanzania | Xi Jinping > Tanzania`,
		`undated CONSULT/visit 042 occurred "Xi Jinping visits Russia" @ Russia | Xi Jinping > Russia`,
	}},
	{"visits during a trip take its time", "President Ronald Reagan will visit Rome during a trip to Europe in June.", []string{
		`2019-06-01 .. 2019-06-30 CONSULT/visit 042 planned "Ronald Reagan visits Europe" @ Europe | Ronald Reagan >`,
		`2019-06-01 .. 2019-06-30 CONSULT/visit 042 planned "Ronald Reagan visits Rome" @ Rome, Italy | Ronald Reagan > Italy`,
	}},
	{"a trip an act is hung on has that act's tense", "Philippine Finance Secretary Jaime Ongpin proposed the fund during a trip to the United States last September.", []string{
		`2018-09-01 .. 2018-09-30 CONSULT/visit 042 occurred "Jaime Ongpin visits United States" @ United States | Jaime Ongpin > United States`,
	}},
	{"a trip during which something may happen is planned", "Some believe an announcement could come this week during a visit to Washington by Prime Minister Yasuhiro Nakasone.", []string{
		`2019-04-22 .. 2019-04-28 CONSULT/visit 042 planned "Yasuhiro Nakasone visits Washington" @ Washington, United States | Yasuhiro Nakasone > United States`,
	}},
	{"a planned trip postponed", "German Chancellor Angela Merkel postponed a planned trip to Turkey next week.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 cancelled "Angela Merkel visits Turkey" @ Turkey | Angela Merkel > Turkey`,
	}},
	{"a where clause dates the journey", "Prime Minister Narendra Modi will then travel to Kyoto, where he will tour temples on Sunday.", []string{
		`2019-04-28 CONSULT/visit 042 planned "Narendra Modi visits Kyoto" @ Kyoto, Japan | Narendra Modi > Japan`,
	}},
	{"an apposition tells of the same visit", "Prime Minister Narendra Modi will visit Japan from May 25 to 27, his first trip to the country since taking office.", []string{
		`2019-05-25 .. 2019-05-27 CONSULT/visit 042 planned "Narendra Modi visits Japan" @ Japan | Narendra Modi > Japan`,
	}},
	{"and met shares the date", "Japanese Prime Minister Fumio Kishida visited Kyiv in March and met Ukrainian President Volodymyr Zelenskyy there.", []string{
		`2019-03-01 .. 2019-03-31 CONSULT/meeting 040 occurred "Fumio Kishida meets Volodymyr Zelenskyy" @ Kyiv, Ukraine | Fumio Kishida > Volodymyr Zelenskyy`,
		`2019-03-01 .. 2019-03-31 CONSULT/visit 042 occurred "Fumio Kishida visits Kyiv" @ Kyiv, Ukraine | Fumio Kishida > Ukraine`,
	}},
	{"a university is no city", "Coconut Authority chairman Jose Romero said he would also visit Oxford University's department of agricultural economics.", nil},
	{"wrapped up: the date ends the visit", "Chinese President Xi Jinping wrapped up a three-day state visit to France on Wednesday.", []string{
		`2019-04-22 .. 2019-04-24 CONSULT/visit 042 occurred "Xi Jinping visits France" @ France | Xi Jinping > France`,
	}},
	{"is on a visit", "Indian Prime Minister Narendra Modi is on a two-day visit to the United States.", []string{
		`2019-04-26 CONSULT/visit 042 ongoing "Narendra Modi visits United States" @ United States | Narendra Modi > United States`,
	}},
	{"travel to", "German Chancellor Olaf Scholz will travel to Washington next week.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Olaf Scholz visits Washington" @ Washington, United States | Olaf Scholz > United States`,
	}},
	{"continue to a place", "Secretary Clinton will continue to Seoul, Republic of Korea from April 16 to April 17.", []string{
		`2020-04-16 .. 2020-04-17 CONSULT/visit 042 planned "Clinton visits Seoul" @ Seoul, South Korea | Clinton > South Korea`,
	}},
	{"continue to do is no trip", "Japan will continue to press China on the dispute next week.", nil},
	{"a portfolio the lexicon lacks; a hope hangs on the visit", "Britain hopes for a breakthrough during next week's visit to Tokyo by Corporate Affairs Minister Michael Howard.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Michael Howard visits Tokyo" @ Tokyo, Japan | Michael Howard > Japan`,
	}},
	{"the head of a delegation travels", "A delegation led by Venezuelan Investment Fund Minister Hector Hurtado will travel to Ecuador on Tuesday.", []string{
		`2019-04-30 CONSULT/visit 042 planned "Hector Hurtado visits Ecuador" @ Ecuador | Hector Hurtado > Ecuador`,
	}},
	{"a trip to where a planned meeting is dated", "Finance Minister Gerhard Stoltenberg will attend next week's International Monetary Fund meeting in Washington. He said he would raise the issue during his trip to Washington.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/multilateral 040 planned "Meeting of International Monetary Fund" @ Washington, United States | International Monetary Fund > Gerhard Stoltenberg`,
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Gerhard Stoltenberg visits Washington" @ Washington, United States | Gerhard Stoltenberg > United States`,
	}},
	{"a region's name with 'region'; 'During the trip,' dates its stops", "Deputy Secretary of Defense Bob Work will travel to the Asia-Pacific region, Aug. 17-23, to strengthen cooperation. During the week-long trip, Work will visit Japan and Republic of Korea.", []string{
		`2019-08-17 .. 2019-08-23 CONSULT/visit 042 planned "Bob Work visits Asia-Pacific" @ Asia-Pacific | Bob Work >`,
		`2019-08-17 .. 2019-08-23 CONSULT/visit 042 planned "Bob Work visits Japan" @ Japan | Bob Work > Japan`,
		`2019-08-17 .. 2019-08-23 CONSULT/visit 042 planned "Bob Work visits South Korea" @ South Korea | Bob Work > South Korea`,
	}},
	{"a state's delegation travels", "A Japanese delegation will visit Washington next week.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Japan visits Washington" @ Washington, United States | Japan > United States`,
	}},
	{"a state does not", "Japan will visit the issue in Washington next week.", nil},
	{"length after for", "The government announced today Prime Minister Yasuhiro Nakasone will visit Washington on April 29 for a week.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Yasuhiro Nakasone visits Washington" @ Washington, United States | Yasuhiro Nakasone > United States`,
	}},
	{"the invited visits", "President Ronald Reagan renewed his invitation to Soviet leader Mikhail Gorbachev to visit the United States.", []string{
		`undated CONSULT/visit 042 possible "Mikhail Gorbachev visits United States" @ United States | Mikhail Gorbachev > United States`,
	}},
	{"range of days", "EC Commissioners Willy de Clercq and Frans Andriessen are due to visit Washington from July 7 to 10.", []string{
		`2019-07-07 .. 2019-07-10 CONSULT/visit 042 planned "Willy de Clercq and Frans Andriessen visit Washington" @ Washington, United States | Willy de Clercq, Frans Andriessen > United States`,
	}},
	{"pair of days", "Secretary of State George Shultz will visit Moscow on May 13 and 14 for talks with Eduard Shevardnadze.", []string{
		`2019-05-13 .. 2019-05-14 CONSULT/meeting 046 planned "George Shultz holds talks with Eduard Shevardnadze" @ Moscow, Russia | George Shultz > Eduard Shevardnadze`,
		`2019-05-13 .. 2019-05-14 CONSULT/visit 042 planned "George Shultz visits Moscow" @ Moscow, Russia | George Shultz > Russia`,
	}},
	{"visit an arrival is for", "Chinese President Xi Jinping arrived in Moscow on Thursday for a three-day visit.", []string{
		`2019-04-25 CONSULT/arrival occurred "Xi Jinping arrives in Moscow" @ Moscow, Russia | Xi Jinping >`,
		`2019-04-25 .. 2019-04-27 CONSULT/visit 042 occurred "Xi Jinping visits Moscow" @ Moscow, Russia | Xi Jinping > Russia`,
	}},
	{"fly to", "Secretary of State George Shultz is due to fly to Moscow next week.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "George Shultz visits Moscow" @ Moscow, Russia | George Shultz > Russia`,
	}},
	{"the country named last", "President Barack Obama is touring Israel. He last visited the country in July 2008.", []string{
		`2008-07-01 .. 2008-07-31 CONSULT/visit 042 occurred "Barack Obama visits Israel" @ Israel | Barack Obama > Israel`,
		`2019-04-26 CONSULT/visit 042 ongoing "Barack Obama visits Israel" @ Israel | Barack Obama > Israel`,
	}},
	{"the country as a subject", "The Philippines owes 27.8 billion dlrs. The country, which has enjoyed support in Washington, will pay.", nil},
	// The meeting takes the journey's date; the present tense of a
	// journey is a programme, so next Thursday.
	{"travel to meet", "On Thursday, President Barack Obama travels to Ramallah to meet Palestinian President Mahmoud Abbas.", []string{
		`2019-05-02 CONSULT/meeting 040 planned "Barack Obama meets Mahmoud Abbas" @ Ramallah, Palestine | Barack Obama > Mahmoud Abbas`,
		`2019-05-02 CONSULT/visit 042 planned "Barack Obama visits Ramallah" @ Ramallah, Palestine | Barack Obama > Palestine`,
	}},
	{"range with a dash", "President Ronald Reagan will visit Japan May 13-16.", []string{
		`2019-05-13 .. 2019-05-16 CONSULT/visit 042 planned "Ronald Reagan visits Japan" @ Japan | Ronald Reagan > Japan`,
	}},
	{"verb with city", "Secretary of State George Shultz visited Moscow on Monday.", []string{
		`2019-04-22 CONSULT/visit 042 occurred "George Shultz visits Moscow" @ Moscow, Russia | George Shultz > Russia`,
	}},
	{"noun with country and length", "Prime Minister Yasuhiro Nakasone began a four-day visit to China on Tuesday.", []string{
		`2019-04-23 .. 2019-04-26 CONSULT/visit 042 occurred "Yasuhiro Nakasone visits China" @ China | Yasuhiro Nakasone > China`,
	}},
	{"planned with will", "French President Francois Mitterrand will visit Japan next month.", []string{
		`2019-05-01 .. 2019-05-31 CONSULT/visit 042 planned "Francois Mitterrand visits Japan" @ Japan | Francois Mitterrand > Japan`,
	}},
	{"ongoing", "U.S. Secretary of State George Shultz is visiting Peking.", []string{
		`2019-04-26 CONSULT/visit 042 ongoing "George Shultz visits Peking" @ Peking, China | George Shultz > China`,
	}},
	{"possible", "U.S. Secretary of State George Shultz is likely to visit Moscow soon.", []string{
		`undated CONSULT/visit 042 possible "George Shultz visits Moscow" @ Moscow, Russia | George Shultz > Russia`,
	}},
	{"not a place: memorial", "President Ronald Reagan visited a factory in the morning.", nil},
	{"trip far from its place is no visit", "The trip came amid a push for talks with the United States.", nil},
	// A pronoun in the opening phrase is the subject named after it.
	{"cataphora past a clause", "Bundesbank Vice President Helmut Schlesinger spoke on Monday. During his trip to Washington, which runs from April 29 to May 2, Economics Minister Martin Bangemann will meet Secretary of State George Shultz.", []string{
		`2019-04-29 .. 2019-05-02 CONSULT/meeting 040 planned "Martin Bangemann meets George Shultz" @ Washington, United States | Martin Bangemann > George Shultz`,
		`2019-04-29 .. 2019-05-02 CONSULT/visit 042 planned "Martin Bangemann visits Washington" @ Washington, United States | Martin Bangemann > United States`,
	}},
	{"cataphora", "Bundesbank Vice President Helmut Schlesinger spoke on Monday. During his trip to Washington next week, Economics Minister Martin Bangemann will meet Secretary of State George Shultz.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/meeting 040 planned "Martin Bangemann meets George Shultz" @ Washington, United States | Martin Bangemann > George Shultz`,
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Martin Bangemann visits Washington" @ Washington, United States | Martin Bangemann > United States`,
	}},
	{"a capital after U.S. is no name", "Prime Minister Yasuhiro Nakasone faces a row. \"The U.S. Action will hurt ties,\" an official said. He will face anger when he visits Washington on April 29.", []string{
		`2019-04-29 CONSULT/visit 042 planned "Yasuhiro Nakasone visits Washington" @ Washington, United States | Yasuhiro Nakasone > United States`,
	}},
}

func TestVisitRule(t *testing.T) { testRule(t, visitTests) }

var visitListTests = []ruleTest{
	{"a tour of a list, its beginning dated after it: the first stop's time", "Vice President Kamala Harris will begin a tour of Ghana, Tanzania and Zambia next week.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Kamala Harris visits Ghana" @ Ghana | Kamala Harris > Ghana`,
		`undated CONSULT/visit 042 planned "Kamala Harris visits Tanzania" @ Tanzania | Kamala Harris > Tanzania`,
		`undated CONSULT/visit 042 planned "Kamala Harris visits Zambia" @ Zambia | Kamala Harris > Zambia`,
	}},
	{"she with no woman known by title", "Vice President Kamala Harris will go to Africa, when she begins a tour of Ghana next week.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Kamala Harris visits Africa" @ Africa | Kamala Harris >`,
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Kamala Harris visits Ghana" @ Ghana | Kamala Harris > Ghana`,
	}},
}

func TestVisitLists(t *testing.T) { testRule(t, visitListTests) }

var visitSenseTests = []ruleTest{
	{"went to a city", "Secretary of State George Shultz went to Moscow on Monday.", []string{
		`2019-04-22 CONSULT/visit 042 occurred "George Shultz visits Moscow" @ Moscow, Russia | George Shultz > Russia`,
	}},
	{"go to the country is an election", "Prime Minister Brian Mulroney said he would go to the country in June.", nil},
	{"going to and a verb", "Trade Representative Clayton Yeutter said Washington was not going to let Japan off the hook.", nil},
}

func TestVisitSense(t *testing.T) { testRule(t, visitSenseTests) }

var visitBoundTests = []ruleTest{
	{"a departure 'for Myanmar later today for a three-day state visit' leaves, and begins a visit of that length", "Prime Minister Narendra Modi will leave for Myanmar later today for a three-day state visit.", []string{
		`2019-04-26 CONSULT/departure planned "Narendra Modi leaves for Myanmar" | Narendra Modi >`,
		`2019-04-26 .. 2019-04-28 CONSULT/visit 042 planned "Narendra Modi visits Myanmar" @ Myanmar | Narendra Modi > Myanmar`,
	}},
	{"a departure 'for a two-day visit' with no place of its own: the visit it begins lasts that long, the departure does not", "President Donald Trump left Osaka for Seoul on Friday afternoon for a two-day visit.", []string{
		`2019-04-26 .. 2019-04-27 CONSULT/visit 042 occurred "Donald Trump visits Seoul" @ Seoul, South Korea | Donald Trump > South Korea`,
		`2019-04-26T12:00 .. 2019-04-26T17:59 CONSULT/departure occurred "Donald Trump leaves Osaka" @ Osaka, Japan | Donald Trump >`,
	}},
	{"bound for a list", "Defense Secretary Leon E. Panetta will be bound for Portugal and Spain next week.", []string{
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Leon E. Panetta visits Portugal" @ Portugal | Leon E. Panetta > Portugal`,
		`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Leon E. Panetta visits Spain" @ Spain | Leon E. Panetta > Spain`,
	}},
}

func TestVisitBound(t *testing.T) { testRule(t, visitBoundTests) }

var visitIndexTests = []ruleTest{
	{"an index item with no verb is a plan", "Secretary of State John Kerry's Travel to Seoul and Beijing", []string{
		`undated CONSULT/visit 042 planned "John Kerry visits Beijing" @ Beijing, China | John Kerry > China`,
		`undated CONSULT/visit 042 planned "John Kerry visits Seoul" @ Seoul, South Korea | John Kerry > South Korea`,
	}},
}

func TestVisitIndex(t *testing.T) { testRule(t, visitIndexTests) }

var visitHeadingTests = []ruleTest{
	{"heading to a region, this time to its countries", "Secretary of State Antony Blinken is heading back to Europe, this time to Germany and France.", []string{
		`undated CONSULT/visit 042 planned "Antony Blinken visits Europe" @ Europe | Antony Blinken >`,
		`undated CONSULT/visit 042 planned "Antony Blinken visits France" @ France | Antony Blinken > France`,
		`undated CONSULT/visit 042 planned "Antony Blinken visits Germany" @ Germany | Antony Blinken > Germany`,
	}},
}

func TestVisitHeading(t *testing.T) { testRule(t, visitHeadingTests) }
