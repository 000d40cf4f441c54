package event

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// frameTests are stories whose reports of one event must join into one
// event, each with the events it must yield.
var frameTests = []struct {
	name, text string
	want       []string
}{
	{"'moved on to' a city is a visit there, and the stop before it ends that day",
		"WASHINGTON, April 26 (Kyodo) -- Prime Minister Fumio Kishida began the tour in Paris on Monday, where he held talks with French President Emmanuel Macron. On Tuesday, Kishida moved on to Rome and met Italian Prime Minister Giorgia Meloni.\n",
		[]string{
			`2019-04-22 .. 2019-04-23 CONSULT/visit 042 occurred "Fumio Kishida visits Paris" @ Paris, France`,
			`2019-04-22 CONSULT/meeting 046 occurred "Fumio Kishida holds talks with Emmanuel Macron" @ Paris, France`,
			`2019-04-23 CONSULT/visit 042 occurred "Fumio Kishida visits Rome" @ Rome, Italy`,
			`2019-04-23 CONSULT/meeting 040 occurred "Fumio Kishida meets Giorgia Meloni" @ Rome, Italy`,
		}},
	{"a stop begun by an arrival ends the day the next stop begins; a day's visit told as such does not",
		"SEOUL, April 26 (AP) -- President Donald Trump arrived in Tokyo on Saturday for talks with Prime Minister Shinzo Abe. He flew to Seoul on Tuesday. Secretary of State Mike Pompeo visited Manila on Monday and was in Bangkok on Wednesday.\n",
		[]string{
			`2019-04-20 CONSULT/arrival occurred "Donald Trump arrives in Tokyo" @ Tokyo, Japan`,
			`2019-04-20 CONSULT/meeting 046 occurred "Donald Trump holds talks with Shinzo Abe" @ Tokyo, Japan`,
			`2019-04-23 CONSULT/visit 042 occurred "Donald Trump visits Seoul" @ Seoul, South Korea`,
			`2019-04-22 CONSULT/visit 042 occurred "Mike Pompeo visits Manila" @ Manila, Philippines`,
			`2019-04-24 CONSULT/visit 042 occurred "Mike Pompeo visits Bangkok" @ Bangkok, Thailand`,
			`2019-04-20 .. 2019-04-23 CONSULT/visit 042 occurred "Donald Trump visits Japan" @ Japan`,
		}},
	{"a visit's last day read off its meetings gives way to the day its traveller leaves for the next stop",
		"TOKYO, April 26 (Jiji Press) -- Prime Minister Shinzo Abe and U.S. President Donald Trump met on Friday at the State Guest House. Trump arrived in Tokyo on Thursday and met with Emperor Naruhito the same day. On Sunday, Trump will leave for South Korea.\n",
		[]string{
			`2019-04-26 CONSULT/meeting 040 occurred "Shinzo Abe meets Donald Trump" @ State Guest House, Tokyo, Japan`,
			`2019-04-25 CONSULT/arrival occurred "Donald Trump arrives in Tokyo" @ Tokyo, Japan`,
			`2019-04-25 CONSULT/meeting 040 occurred "Donald Trump meets Naruhito" @ Tokyo, Japan`,
			`2019-04-28 CONSULT/departure planned "Donald Trump leaves for South Korea"`,
			`2019-04-28 CONSULT/visit 042 planned "Donald Trump visits South Korea" @ South Korea`,
			`2019-04-25 .. 2019-04-28 CONSULT/visit 042 occurred "Donald Trump visits Japan" @ Japan`,
		}},
	{"'later in the day' three sentences after a day told is the story's day, not that one; a meeting to come the next day is part of the visit under way, not another",
		"TEHRAN, April 26 (Kyodo) -- Prime Minister Shinzo Abe held talks with Iranian President Hassan Rouhani in Tehran on Friday. He is scheduled to meet Supreme Leader Ayatollah Ali Khamenei on Saturday. \"An accidental clash must be avoided,\" Abe told a joint press announcement after the talks. Rouhani was to host a dinner for Abe later in the day.\n",
		[]string{
			`2019-04-26 CONSULT/meeting 046 occurred "Shinzo Abe holds talks with Hassan Rouhani" @ Tehran, Iran`,
			`2019-04-27 CONSULT/meeting 040 planned "Shinzo Abe meets Ali Khamenei" @ Tehran, Iran`,
			`2019-04-26 CONSULT/meeting 040 planned "Hassan Rouhani meets Shinzo Abe" @ Tehran, Iran`,
			`2019-04-26 CONSULT/visit 042 occurred "Shinzo Abe visits Iran" @ Iran`,
		}},
	{"'for a two-day stay in Beijing' after an arrival, naming no one, is the length and the place of the stay the arrival begins",
		"BEIJING, April 26 (Kyodo) -- Japanese Prime Minister Yoshihiko Noda arrived on Sunday morning for a two-day stay in Beijing.\n",
		[]string{
			`2019-04-21T05:00 .. 2019-04-21T11:59 CONSULT/arrival occurred "Yoshihiko Noda arrives" @ Beijing, China`,
			`2019-04-21 .. 2019-04-22 CONSULT/visit 042 occurred "Yoshihiko Noda visits Beijing" @ Beijing, China`,
		}},
	{"a session a traveller flies to a city to attend is there; a meeting told 'before flying' is no part of the stay",
		"NEW YORK, April 26 (Kyodo) -- Prime Minister Yukio Hatoyama will address the U.N. General Assembly before flying to Pittsburgh to attend the Group of 20 summit on Thursday and Friday.\n",
		[]string{
			`undated CONSULT/multilateral 040 planned "Meeting of United Nations General Assembly"`,
			`2019-05-02 .. 2019-05-03 CONSULT/visit 042 planned "Yukio Hatoyama visits Pittsburgh" @ Pittsburgh, United States`,
			`2019-05-02 .. 2019-05-03 CONSULT/multilateral 040 planned "Meeting of Group of 20" @ Pittsburgh, United States`,
		}},
	{"a visit implied by an arrival runs to the day its traveller leaves the city, whatever he hosts there and whatever tour of a region the story plans",
		"WASHINGTON, April 26 (Yonhap) -- South Korean President Moon Jae-in arrived in Washington on Wednesday evening. Moon received Vice President Mike Pence at the Blair House on Thursday. He will leave Washington on Saturday. Moon will tour Central Asia next month.\n",
		[]string{
			`2019-04-24T17:00 .. 2019-04-24T21:59 CONSULT/arrival occurred "Moon Jae-in arrives in Washington" @ Washington, United States`,
			`2019-04-25 CONSULT/visit 043 occurred "Moon Jae-in hosts Mike Pence"`,
			`2019-04-27 CONSULT/departure planned "Moon Jae-in leaves Washington" @ Washington, United States`,
			`2019-05-01 .. 2019-05-31 CONSULT/visit 042 planned "Moon Jae-in visits Central Asia" @ Central Asia`,
			`2019-04-24 .. 2019-04-27 CONSULT/visit 042 occurred "Moon Jae-in visits United States" @ United States`,
		}},
	{"a venue the gazetteer does not place is of the story's own state, no venue of a meeting in another",
		"LONDON, April 26 (UPI) -- President Donald Trump and Queen Elizabeth II met at Buckingham Palace on Monday. He then flies to Ireland, where he is set to meet Irish Prime Minister Leo Varadkar at Shannon Airport.\n",
		[]string{
			`2019-04-22 CONSULT/meeting 040 occurred "Donald Trump meets Elizabeth II" @ Buckingham Palace, London, United Kingdom`,
			`undated CONSULT/visit 042 planned "Donald Trump visits Ireland" @ Ireland`,
			`undated CONSULT/meeting 040 planned "Donald Trump meets Leo Varadkar" @ Ireland`,
		}},
	{"an arrival in another city of the state a visit is paying, on a later day of it, is its next stop",
		"DURBAN, South Africa, April 26 (Xinhua) -- Chinese President Xi Jinping arrived in Durban on Wednesday night from Pretoria, where he held talks with South African President Jacob Zuma earlier in the day after arriving in South Africa on Tuesday evening for a state visit.\n",
		[]string{
			`2019-04-24 CONSULT/visit 042 occurred "Xi Jinping visits Durban" @ Durban, South Africa`,
			`2019-04-24 CONSULT/meeting 046 occurred "Xi Jinping holds talks with Jacob Zuma" @ South Africa`,
			`2019-04-23T17:00 .. 2019-04-23T21:59 CONSULT/arrival occurred "Xi Jinping arrives in South Africa" @ South Africa`,
			`2019-04-23 .. 2019-04-24 CONSULT/visit 042 occurred "Xi Jinping visits South Africa" @ South Africa`,
		}},
	{"'in his honor' with no guest in its sentence is the guest's the story is most about; 'and he is' opens a clause whose day is its own",
		"JERUSALEM, April 26 (UPI) -- President Barack Obama arrived in Israel on Friday. On Saturday, Obama is to travel to Ramallah for talks with Palestinian President Mahmoud Abbas. Israeli President Shimon Peres will host a state dinner in his honor that evening.\n" +
			"    In Amman, Obama will hold talks with King Abdullah II on Sunday, and he is scheduled to tour the ancient city of Petra on Monday.\n",
		[]string{
			`2019-04-26 CONSULT/arrival occurred "Barack Obama arrives in Israel" @ Israel`,
			`2019-04-27 CONSULT/visit 042 planned "Barack Obama visits Ramallah" @ Ramallah, Palestine`,
			`2019-04-27 CONSULT/meeting 046 planned "Barack Obama holds talks with Mahmoud Abbas" @ Ramallah, Palestine`,
			`2019-04-27T17:00 .. 2019-04-27T21:59 CONSULT/meeting 040 planned "Shimon Peres meets Barack Obama" @ Ramallah, Palestine`,
			`2019-04-28 CONSULT/meeting 046 planned "Barack Obama holds talks with Abdullah II" @ Amman, Jordan`,
		}},
	{"'on the second day of Moon's four-day state visit' past the asides of its clause dates the visit from the summit's day in focus; 'later' is that day",
		"MOSCOW, April 26 (Yonhap) -- President Moon Jae-in and Russian President Vladimir Putin agreed Friday to launch formal negotiations on a free trade deal.\n" +
			"    The two leaders held a summit at the Kremlin for about two hours, first in a small-group format and then with a wider circle of aides, on the second day of Moon's four-day state visit to Russia.\n" +
			"    Putin later hosted a luncheon in Moon's honor. Three days later, Moon will fly home.\n",
		[]string{
			`2019-04-26 CONSULT/meeting 040 occurred "Moon Jae-in holds a summit with Vladimir Putin" @ Kremlin, Moscow, Russia`,
			`2019-04-25 .. 2019-04-28 CONSULT/visit 042 occurred "Moon Jae-in visits Russia" @ Russia`,
			`2019-04-26 CONSULT/meeting 040 occurred "Vladimir Putin meets Moon Jae-in" @ Russia`,
		}},
	{"an arrival 'at the end of a two-day state visit to Vietnam' is where the story is filed, the visit over that day; a when clause shares the day of a visit going on",
		"SINGAPORE, April 26 (Xinhua) -- Chinese President Xi Jinping is in Singapore on a state visit that began on Thursday, when he flew in from Hanoi at the end of a two-day state visit to Vietnam.\n",
		[]string{
			`2019-04-25 CONSULT/visit 042 ongoing "Xi Jinping visits Singapore" @ Singapore`,
			`2019-04-25 CONSULT/arrival occurred "Xi Jinping arrives" @ Singapore, Singapore`,
			`2019-04-24 .. 2019-04-25 CONSULT/visit 042 occurred "Xi Jinping visits Vietnam" @ Vietnam`,
		}},
	{"'then' and 'later' date an event on the day of the one told before, in its sentence or the last",
		"CHENGDU, April 26 (Kyodo) -- Prime Minister Shinzo Abe held talks with Chinese President Xi Jinping on Tuesday. Abe then met Chinese Premier Li Keqiang separately.\n" +
			"    U.S. Secretary of State John Kerry, who landed in Havana on Wednesday, later held talks with Cuban Foreign Minister Bruno Rodriguez.\n",
		[]string{
			`2019-04-23 CONSULT/meeting 046 occurred "Shinzo Abe holds talks with Xi Jinping" @ Chengdu, China`,
			`2019-04-23 CONSULT/meeting 040 occurred "Shinzo Abe meets Li Keqiang" @ Chengdu, China`,
			`2019-04-24 CONSULT/arrival occurred "John Kerry arrives in Havana" @ Havana, Cuba`,
			`2019-04-24 CONSULT/meeting 046 occurred "John Kerry holds talks with Bruno Rodriguez" @ Havana, Cuba`,
			`2019-04-23 CONSULT/visit 042 occurred "Shinzo Abe visits China" @ China`,
			`2019-04-24 CONSULT/visit 042 occurred "John Kerry visits Cuba" @ Cuba`,
		}},
	{"'the two leaders' after a pronoun made the one in focus last again are the two named last; ', becoming the first ... to meet him' is the clause's own meeting; a relative clause's offer is no mood of the verb after it",
		"WASHINGTON, April 26 (Jiji Press)--Prime Minister Shinzo Abe met President Donald Trump in New York last November, becoming the first foreign leader to meet him after his election victory.\n" +
			"    The two leaders held phone talks on Jan. 28.\n" +
			"    President Recep Tayyip Erdogan, who has offered to host a meeting between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelenskyy, discussed the war with Putin in a phone call on Sunday.\n",
		[]string{
			`2018-11-01 .. 2018-11-30 CONSULT/meeting 040 occurred "Shinzo Abe meets Donald Trump" @ New York, United States`,
			`2019-01-28 CONSULT/phone 041 occurred "Donald Trump speaks by telephone with Shinzo Abe"`,
			`undated CONSULT/meeting 040 possible "Vladimir Putin meets Volodymyr Zelenskyy"`,
			`2019-04-21 CONSULT/phone 041 occurred "Recep Tayyip Erdogan speaks by telephone with Vladimir Putin"`,
			`2018-11-01 .. 2018-11-30 CONSULT/visit 042 occurred "Shinzo Abe visits United States" @ United States`,
		}},
	{"'the trip has taken Xi to Russia, where he stayed from Friday to Sunday': the journey of the one it carries, those days; the Kremlin of Friday's talks is no venue of a meeting in the city the story is filed from",
		"DURBAN, South Africa, April 26 (Xinhua) -- Chinese President Xi Jinping attended the summit of the BRICS leaders on Wednesday.\n" +
			"    The trip has taken Xi to Russia, where he stayed from Friday to Sunday and held talks with Putin in the Kremlin on Friday.\n" +
			"    On the sidelines of the summit, Xi met with Indian Prime Minister Manmohan Singh.\n",
		[]string{
			`2019-04-24 CONSULT/multilateral 040 occurred "Meeting of BRICS" @ Durban, South Africa`,
			`2019-04-19 .. 2019-04-21 CONSULT/visit 042 occurred "Xi Jinping visits Russia" @ Russia`,
			`2019-04-24 CONSULT/meeting 040 occurred "Xi Jinping meets Manmohan Singh" @ Durban, South Africa`,
			`2019-04-24 CONSULT/visit 042 occurred "Xi Jinping visits South Africa" @ South Africa`,
		}},
	{"a visit hosted in another state is no visit of the traveller's where he arrived: Modi's arrival in China is a visit there",
		"XIAMEN, China, April 26 (ANI): Prime Minister Narendra Modi arrived in Xiamen on Friday evening for the BRICS summit.\n" +
			"    Myanmar President Htin Kyaw will host Modi in Nay Pyi Taw on Sunday.\n",
		[]string{
			`2019-04-26T17:00 .. 2019-04-26T21:59 CONSULT/arrival occurred "Narendra Modi arrives in Xiamen" @ Xiamen, China`,
			`2019-04-26T17:00 .. 2019-04-26T21:59 CONSULT/multilateral 040 occurred "Meeting of BRICS" @ Xiamen, China`,
			`2019-04-28 CONSULT/visit 043 planned "Htin Kyaw hosts Narendra Modi" @ Nay Pyi Taw, Myanmar`,
			`2019-04-26 CONSULT/visit 042 occurred "Narendra Modi visits China" @ China`,
		}},
	{"the going home ends the last stop of a tour, not the first: Tokyo is no visit to Thursday",
		"BEIJING (AP) — U.S. President Barack Obama held talks with Japanese Prime Minister Yukio Hatoyama in Tokyo on Monday.\n" +
			"    On Wednesday, Obama plans to fly to Seoul for talks with South Korean President Lee Myung-bak.\n" +
			"    He returns to Washington on Thursday night.\n",
		[]string{
			`2019-04-22 CONSULT/meeting 046 occurred "Barack Obama holds talks with Yukio Hatoyama" @ Tokyo, Japan`,
			`2019-05-01 .. 2019-05-02 CONSULT/visit 042 planned "Barack Obama visits Seoul" @ Seoul, South Korea`,
			`2019-05-01 CONSULT/meeting 046 planned "Barack Obama holds talks with Lee Myung-bak" @ Seoul, South Korea`,
			`2019-04-22 CONSULT/visit 042 occurred "Barack Obama visits Japan" @ Japan`,
		}},
	{"a summit opened on the story's day and told to close the next is one session, going on",
		"ADDIS ABABA, April 26 (Reuters) - African Union leaders opened their summit on Friday.\n" +
			"    The two-day summit closes on Saturday.\n",
		[]string{
			`2019-04-26 .. 2019-04-27 CONSULT/multilateral 040 ongoing "Meeting of African Union"`,
		}},
	{"a length before a meeting's long name measures it: 'the two-day Asia-Pacific Economic Cooperation summit'",
		"HANOI, April 26 (Reuters) - The president's Asian swing then takes him to Da Nang for the two-day Asia-Pacific Economic Cooperation summit that begins Saturday.\n",
		[]string{
			`2019-04-27 .. 2019-04-28 CONSULT/multilateral 040 planned "Meeting of APEC"`,
		}},
	{"a woman's given name makes 'her' hers; a visit after a departure is no destination of it",
		"BONN, April 26 (Reuters) - British Prime Minister Margaret Thatcher left Bonn this evening after talks with Chancellor Helmut Kohl ahead of her visit to Moscow next week.\n",
		[]string{
			`2019-04-26T17:00 .. 2019-04-26T21:59 CONSULT/departure occurred "Margaret Thatcher leaves Bonn" @ Bonn, Germany`,
			`2019-04-26 CONSULT/meeting 046 occurred "Margaret Thatcher holds talks with Helmut Kohl" @ Bonn, Germany`,
			`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Margaret Thatcher visits Moscow" @ Moscow, Russia`,
		}},
	{"a journey with a last day told is over after it: a meeting days later is elsewhere",
		"TOKYO, April 26 (Reuters) - U.S. Commerce Secretary Malcolm Baldrige will be in Peking from April 27 to 29.\n" +
			"    Baldrige will meet Philippines President Corazon Aquino on May 3.\n",
		[]string{
			`2019-04-27 .. 2019-04-29 CONSULT/visit 042 planned "Malcolm Baldrige visits Peking" @ Peking, China`,
			`2019-05-03 CONSULT/meeting 040 planned "Malcolm Baldrige meets Corazon Aquino"`,
		}},
	{"'The ministers ended their three-day meeting' are the members of the body named before, meeting; their meeting ended on the day in focus",
		"LUXEMBOURG, April 26 (Reuters) - A meeting of European Community farm ministers is unlikely to be held next week following the ministers' failure to agree a farm price package yesterday, a spokesman said.\n" +
			"    The ministers ended their three-day meeting in Luxembourg still split on the question of an oils and fats tax.\n",
		[]string{
			`2019-04-29 .. 2019-05-05 CONSULT/multilateral 040 possible "Meeting of European Community"`,
			`2019-04-23 .. 2019-04-25 CONSULT/multilateral 040 occurred "Meeting of European Community" @ Luxembourg`,
		}},
	{"'They' opening a sentence after one that opened with two people is both; a meeting of hours takes the lead's day; an AP dateline with a state's abbreviation",
		"WOODSIDE, Calif. (AP) — President Joe Biden and Chinese President Xi Jinping agreed Thursday to restore military communications.\n" +
			"    They met for about four hours at Filoli, a historic country estate.\n",
		[]string{`2019-04-25 CONSULT/meeting 040 occurred "Joe Biden meets Xi Jinping" @ Woodside, United States`}},
	{"a visit named with its place before the noun, its first day the day of the meeting the sentence tells; a place opening a sentence; a title picks which of two namesakes",
		"NEW DELHI, April 26 (ANI): Indian Prime Minister Narendra Modi was welcomed by U.S. President Joe Biden and First Lady Jill Biden.\n" +
			"    In Washington on Monday, Modi held talks with President Biden.\n" +
			"    On the first day of his two-day Egypt visit on Wednesday, Modi met Egyptian Prime Minister Mostafa Madbouly.\n",
		[]string{
			`2019-04-26 CONSULT/visit 043 occurred "Joe Biden hosts Narendra Modi"`,
			`2019-04-22 CONSULT/meeting 046 occurred "Narendra Modi holds talks with Joe Biden" @ Washington, United States`,
			`2019-04-24 .. 2019-04-25 CONSULT/visit 042 occurred "Narendra Modi visits Egypt" @ Egypt`,
			`2019-04-24 CONSULT/meeting 040 occurred "Narendra Modi meets Mostafa Madbouly" @ Egypt`,
		}},
	{"talks convened by a body are its session; a participle set off by commas tells no time; 'the talks, scheduled to end' end then",
		"ABIDJAN, April 26 (Reuters) - Minister Denis Bra Kanon would attend the opening of the talks, convened by the International Cocoa Organization (ICCO), in London on Monday.\n" +
			"    He would fulfil his duties as ICCO Council chairman during the talks, scheduled to end on May 10.\n",
		[]string{`2019-04-29 .. 2019-05-10 CONSULT/multilateral 040 planned "Meeting of International Cocoa Organization"`}},
	{"the story's day stays in focus past the lead until another day takes its place: an undated signing four sentences on is of that day, one after another day is not",
		"WASHINGTON, April 26 (dpa) - German Chancellor Angela Merkel and U.S. President Joe Biden on Friday acknowledged their disagreement over the pipeline.\n" +
			"    \"Good friends can disagree,\" Biden said at a joint news conference.\n" +
			"    Merkel said Germany would act if Moscow did not respect Ukraine's rights.\n" +
			"    The pipeline has divided Berlin and Washington for years.\n" +
			"    The two leaders signed a declaration pledging to defend democracy.\n" +
			"    On April 2, Biden met Mexican President Andres Manuel Lopez Obrador.\n" +
			"    Merkel has worked with four presidents.\n" +
			"    Her relationship with Biden's predecessor was strained.\n" +
			"    She leaves office after the election.\n" +
			"    Biden also received Japanese Prime Minister Yoshihide Suga at the White House.\n",
		[]string{
			`2019-04-26 SUPPORT/sign 057 occurred "Joe Biden signs a declaration with Angela Merkel" @ Washington, United States`,
			`2019-04-02 CONSULT/meeting 040 occurred "Joe Biden meets Andres Manuel Lopez Obrador"`,
			`undated CONSULT/visit 043 occurred "Joe Biden hosts Yoshihide Suga"`,
		}},
	{"the story's day dates no journey told as a noun or placed against another time",
		"LONDON, April 26 (Reuters) - British Prime Minister Margaret Thatcher won a confidence vote on Friday.\n" +
			"    Her party gained in the polls.\n" +
			"    The opposition was divided.\n" +
			"    Voters were more impressed with Thatcher after her trip to the Soviet Union.\n" +
			"    Thatcher later flew to Washington.\n",
		[]string{
			`undated CONSULT/visit 042 occurred "Margaret Thatcher visits Soviet Union" @ Soviet Union`,
			`undated CONSULT/visit 042 occurred "Margaret Thatcher visits Washington" @ Washington, United States`,
		}},
	{"a meeting dated only by the story's day, far from the lead, takes the days of the visit it was held in",
		"BEIJING, April 26 (Reuters) - U.S. Deputy Secretary of State Bill Burns met Chinese Vice President Xi Jinping on Friday.\n" +
			"    Burns was in Beijing on April 24-26.\n" +
			"    Burns praised the relationship.\n" +
			"    He called for more exchanges between the two militaries.\n" +
			"    Burns also met State Councilor Dai Bingguo.\n",
		[]string{
			`2019-04-26 CONSULT/meeting 040 occurred "Bill Burns meets Xi Jinping" @ Beijing, China`,
			`2019-04-24 .. 2019-04-26 CONSULT/visit 042 occurred "Bill Burns visits Beijing" @ Beijing, China`,
			`2019-04-24 .. 2019-04-26 CONSULT/meeting 040 occurred "Bill Burns meets Dai Bingguo" @ Beijing, China`,
		}},
	{"the story's own trip, undated, begins with its traveller's arrival, runs over her talks there and ends with her flight home",
		"WASHINGTON, April 26 (dpa) - German Chancellor Angela Merkel held talks with U.S. President Joe Biden at the White House on Friday.\n" +
			"    It is Merkel's last trip to Washington as chancellor.\n" +
			"    Merkel, who arrived in the U.S. capital late Wednesday, was due to fly back to Berlin on Saturday.\n",
		[]string{
			`2019-04-26 CONSULT/meeting 046 occurred "Angela Merkel holds talks with Joe Biden" @ White House, Washington, United States`,
			`2019-04-24 .. 2019-04-27 CONSULT/visit 042 occurred "Angela Merkel visits Washington" @ Washington, United States`,
			`2019-04-24 CONSULT/arrival occurred "Angela Merkel arrives in Washington" @ Washington, United States`,
		}},
	{"a visit dated by its arrival alone runs over the talks its traveller then holds there",
		"WASHINGTON, April 26 (dpa) - German Chancellor Angela Merkel held talks with U.S. President Joe Biden at the White House on Friday.\n" +
			"    Merkel arrived in Washington late Wednesday for a visit.\n",
		[]string{
			`2019-04-26 CONSULT/meeting 046 occurred "Angela Merkel holds talks with Joe Biden" @ White House, Washington, United States`,
			`2019-04-24 CONSULT/arrival occurred "Angela Merkel arrives in Washington" @ Washington, United States`,
			`2019-04-24 .. 2019-04-26 CONSULT/visit 042 occurred "Angela Merkel visits Washington" @ Washington, United States`,
		}},
	{"a dinner the host gives after the talks is a meeting of its own beside them",
		"WASHINGTON, April 26 (dpa) - U.S. President Joe Biden and German Chancellor Angela Merkel held talks at the White House on Friday.\n" +
			"    Biden later hosted a dinner for Merkel at the White House.\n",
		[]string{
			`2019-04-26 CONSULT/meeting 046 occurred "Joe Biden holds talks with Angela Merkel" @ White House, Washington, United States`,
			`2019-04-26 CONSULT/meeting 040 occurred "Joe Biden meets Angela Merkel" @ White House, Washington, United States`,
			`2019-04-26 CONSULT/visit 042 occurred "Angela Merkel visits United States" @ United States`,
		}},
	{"a going home told beside the journey it ends is that journey's last part, not an event; coming back to a country visited is another journey",
		"TAIPEI, April 26 (Reuters) - Taiwan's chief trade negotiator Vincent Siew visited Washington last week for textile talks.\n" +
			"    Siew returned home from the talks on Friday.\n" +
			"    U.S. Trade Representative Clayton Yeutter will return to Taiwan in June.\n",
		[]string{
			`2019-04-15 .. 2019-04-21 CONSULT/visit 042 occurred "Vincent Siew visits Washington" @ Washington, United States`,
			`2019-06-01 .. 2019-06-30 CONSULT/departure planned "Clayton Yeutter returns to Taiwan" @ Taiwan`,
		}},
	{"'The leaders' opening a sentence, in a story of two leaders and no body, are the two named last",
		"SEOUL, April 26 (Yonhap) - South Korean President Moon Jae-in and North Korean leader Kim Jong-un signed a joint declaration on Friday.\n" +
			"    The leaders held talks for 100 minutes in the morning.\n",
		[]string{
			`2019-04-26 SUPPORT/sign 057 occurred "Moon Jae-in signs a joint declaration with Kim Jong-un" @ Seoul, South Korea`,
			`2019-04-26T05:00 .. 2019-04-26T11:59 CONSULT/meeting 046 occurred "Moon Jae-in holds talks with Kim Jong-un" @ Seoul, South Korea`,
			`2019-04-26 CONSULT/visit 042 occurred "Kim Jong-un visits South Korea" @ South Korea`,
		}},
	{"'on the second day of a three-day visit', set off by a comma after the talks' day, counts the visit from the day before",
		"LONDON, April 26 (UPI) - President Donald Trump held talks with British Prime Minister Theresa May at 10 Downing Street on Friday, on the second day of his three-day state visit to Britain.\n",
		[]string{
			`2019-04-26 CONSULT/meeting 046 occurred "Donald Trump holds talks with Theresa May" @ London, United Kingdom`,
			`2019-04-25 .. 2019-04-27 CONSULT/visit 042 occurred "Donald Trump visits United Kingdom" @ United Kingdom`,
		}},
	{"a journey told by its first day in one report and its last in another is one journey over both",
		"BELGRADE, April 26 (Xinhua) - Chinese President Xi Jinping will leave Belgrade later on Friday for Budapest, where he will pay a state visit to Hungary through Sunday.\n",
		[]string{
			`2019-04-26 CONSULT/departure planned "Xi Jinping leaves Belgrade" @ Belgrade, Serbia`,
			`2019-04-26 .. 2019-04-28 CONSULT/visit 042 planned "Xi Jinping visits Budapest" @ Budapest, Hungary`,
		}},
	{"a length told first counts from the start told after it",
		"GENEVA, April 26 (UPI) -- The United States and Russia on Friday agreed on a framework, after three days of intensive talks in Geneva between Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov.\n" +
			"    The talks, which began Wednesday, were accompanied by separate discussions.\n",
		[]string{`2019-04-24 .. 2019-04-26 CONSULT/meeting 046 occurred "John Kerry holds talks with Sergei Lavrov" @ Geneva, Switzerland`}},
	{"a head of state the lexicon knows is of his state, whose arrival abroad is a visit that runs to his summit there",
		"HANOI, April 26 (AP) - President Donald Trump arrived in Hanoi on Wednesday night.\n" +
			"    He held a summit with North Korea's Kim Jong Un on Friday.\n",
		[]string{
			`2019-04-24T21:00 .. 2019-04-24T23:59 CONSULT/arrival occurred "Donald Trump arrives in Hanoi" @ Hanoi, Vietnam`,
			`2019-04-26 CONSULT/meeting 040 occurred "Donald Trump holds a summit with Kim Jong Un" @ Hanoi, Vietnam`,
			`2019-04-24 .. 2019-04-26 CONSULT/visit 042 occurred "Donald Trump visits Vietnam" @ Vietnam`,
		}},
	{"the three leaders are the last three people named",
		"TOKYO, April 26 (Kyodo) - Japanese Prime Minister Fumio Kishida held talks with U.S. President Joe Biden on Friday.\n" +
			"    South Korean President Yoon Suk Yeol joined them later.\n" +
			"    The three leaders last met in Madrid in June last year.\n",
		[]string{
			`2019-04-26 CONSULT/meeting 046 occurred "Fumio Kishida holds talks with Joe Biden" @ Tokyo, Japan`,
			`2018-06-01 .. 2018-06-30 CONSULT/meeting 040 occurred "Fumio Kishida meets Joe Biden and Yoon Suk Yeol" @ Madrid, Spain`,
			`2019-04-26 CONSULT/visit 042 occurred "Joe Biden visits Japan" @ Japan`,
		}},
	{"her trip, told after her visit, is that visit: its length counts from the arrival; a week after another's visit dates that one",
		"BEIJING, April 26 (dpa) - German Foreign Minister Annalena Baerbock arrived in Tianjin on Thursday for her first visit to China.\n" +
			"    Her three-day trip comes just a week after French President Emmanuel Macron's state visit to China.\n",
		[]string{
			`2019-04-25 CONSULT/arrival occurred "Annalena Baerbock arrives in Tianjin" @ Tianjin, China`,
			`2019-04-25 .. 2019-04-27 CONSULT/visit 042 occurred "Annalena Baerbock visits China" @ China`,
			`2019-04-18 CONSULT/visit 042 occurred "Emmanuel Macron visits China" @ China`,
		}},
	{"a dinner a day after which no event of the sentence stands before keeps its own day; 'their' meeting after 'the two men' is theirs",
		"HANOI, April 26 (AP) - President Donald Trump's second summit with North Korea's Kim Jong Un ended abruptly Friday without any agreement.\n" +
			"    The breakdown came a day after the two men greeted each other warmly over dinner on Thursday night, their first encounter since their historic meeting in Singapore last June.\n",
		[]string{
			`2019-04-26 CONSULT/meeting 040 occurred "Donald Trump holds a summit with Kim Jong Un" @ Hanoi, Vietnam`,
			`2019-04-25T21:00 .. 2019-04-25T23:59 CONSULT/meeting 040 occurred "Donald Trump meets Kim Jong Un" @ Hanoi, Vietnam`,
			`2018-06-01 .. 2018-06-30 CONSULT/meeting 040 occurred "Donald Trump meets Kim Jong Un" @ Singapore`,
		}},
	{"a meeting named by its month is another than the one the story reports undated",
		"WASHINGTON, April 26 (Reuters) - The Group of Seven meeting was a major success, officials said.\n" +
			"    The meeting reaffirmed the Paris accord.\n" +
			"    The administration sounded out its allies just before the February meeting.\n",
		[]string{
			`2019-04-26 CONSULT/multilateral 040 occurred "Meeting of Group of Seven" @ Washington, United States`,
			`2019-02-01 .. 2019-02-28 CONSULT/multilateral 040 occurred "Meeting of Group of Seven"`,
		}},
	{"a body's session opened, then due to end",
		"KUALA LUMPUR, Oct 20 (Reuters) - A Council meeting of the International Natural Rubber Organization (INRO) has been adjourned until Thursday, officials of the organisation said.\n" +
			"    The main issue at the talks, which opened here yesterday, has been the INRO buffer stock, they said.\n" +
			"    The meeting is due to end on Thursday.\n",
		[]string{`2019-04-25 .. 2019-05-02 CONSULT/multilateral 040 occurred "Meeting of International Natural Rubber Organization" @ Kuala Lumpur, Malaysia`}},
	{"the summit a journey is for, dated later",
		"VLADIVOSTOK, Russia, April 26 (Yonhap) -- North Korean leader Kim Jong Un arrived in Vladivostok on Friday for his first summit with Russian President Vladimir Putin.\n" +
			"    The summit is scheduled to take place on Saturday at a university campus, according to the Kremlin.\n",
		[]string{
			`2019-04-26 CONSULT/arrival occurred "Kim Jong Un arrives in Vladivostok" @ Vladivostok, Russia`,
			`2019-04-27 CONSULT/meeting 040 planned "Kim Jong Un holds a summit with Vladimir Putin" @ Vladivostok, Russia`,
			`2019-04-26 .. 2019-04-27 CONSULT/visit 042 occurred "Kim Jong Un visits Russia" @ Russia`,
		}},
	{"a visit a week before the meeting the story dated",
		"OSAKA, April 26 (Yonhap) -- South Korean President Moon Jae-in held a summit with Chinese President Xi Jinping in Osaka on Friday.\n" +
			"    The meeting came a week after Xi's visit to Pyongyang.\n",
		[]string{
			`2019-04-26 CONSULT/meeting 040 occurred "Moon Jae-in holds a summit with Xi Jinping" @ Osaka, Japan`,
			`2019-04-19 CONSULT/visit 042 occurred "Xi Jinping visits Pyongyang" @ Pyongyang, North Korea`,
		}},
	{"a session ended after days of talks",
		"LONDON, April 26 (Reuters) - Talks of the International Coffee Organization on export quotas failed, delegates said.\n" +
			"    A special meeting between importing and exporting countries ended in a deadlock late yesterday after eight days of talks.\n",
		[]string{`2019-04-18 .. 2019-04-25 CONSULT/multilateral 040 occurred "Meeting of International Coffee Organization" @ London, United Kingdom`}},
	{"an envoy named in apposition, then by his office",
		"KUWAIT, April 26 (Reuters) - The Soviet Union supports free navigation, its ambassador to Kuwait, Ernest Zverev, told KUNA.\n" +
			"    KUNA also said the envoy had discussed the missiles with Kuwaiti Foreign Undersecretary Suliman Majed al-Shaheen.\n",
		[]string{`undated CONSULT/meeting 040 occurred "Ernest Zverev speaks with Suliman Majed al-Shaheen" @ Kuwait`}},
	{"talks during the visit an arrival began",
		"MOSCOW, April 26 (Xinhua) -- Chinese President Xi Jinping arrived in Moscow on Friday for a state visit to Russia.\n" +
			"    During the three-day visit, Xi will hold talks with Russian President Vladimir Putin.\n",
		[]string{
			`2019-04-26 CONSULT/arrival occurred "Xi Jinping arrives in Moscow" @ Moscow, Russia`,
			`2019-04-26 .. 2019-04-28 CONSULT/visit 042 occurred "Xi Jinping visits Russia" @ Russia`,
			`2019-04-26 .. 2019-04-28 CONSULT/meeting 046 planned "Xi Jinping holds talks with Vladimir Putin" @ Moscow, Russia`,
		}},
	{"a visit ends when its traveller goes home, and the going home is its part",
		"TOKYO, April 26 (Kyodo) -- U.S. President Donald Trump and Japanese Prime Minister Shinzo Abe held talks in Tokyo on Friday.\n" +
			"    Trump, who arrived in Japan on Thursday, will leave for home on Sunday.\n",
		[]string{
			`2019-04-26 CONSULT/meeting 046 occurred "Donald Trump holds talks with Shinzo Abe" @ Tokyo, Japan`,
			`2019-04-25 CONSULT/arrival occurred "Donald Trump arrives in Japan" @ Japan`,
			`2019-04-25 .. 2019-04-28 CONSULT/visit 042 occurred "Donald Trump visits Japan" @ Japan`,
		}},
	{"a traveller of no known country who arrives and is to go home to another visits",
		"MEXICO CITY, April 26 (AP) -- President Joe Biden flew in on Wednesday evening.\n" +
			"    Biden met Mexican President Andres Manuel Lopez Obrador at the National Palace on Thursday.\n" +
			"    Biden was set to return to Washington later Friday.\n",
		[]string{
			`2019-04-24T17:00 .. 2019-04-24T21:59 CONSULT/arrival occurred "Joe Biden arrives" @ Mexico City, Mexico`,
			`2019-04-25 CONSULT/meeting 040 occurred "Joe Biden meets Andres Manuel Lopez Obrador" @ National Palace, Mexico City, Mexico`,
			`2019-04-24 .. 2019-04-26 CONSULT/visit 042 occurred "Joe Biden visits Mexico" @ Mexico`,
		}},
	{"a return weeks after a visit is no part of it, but the last part of the journey it ends",
		"TOKYO, April 26 (Kyodo) -- Japanese Prime Minister Shinzo Abe visited Beijing on April 2.\n" +
			"    Abe will leave for home on Sunday after talks with Australian Prime Minister Scott Morrison in Canberra.\n",
		[]string{
			`2019-04-02 CONSULT/visit 042 occurred "Shinzo Abe visits Beijing" @ Beijing, China`,
			`undated CONSULT/meeting 046 planned "Shinzo Abe holds talks with Scott Morrison" @ Canberra, Australia`,
			`undated CONSULT/visit 042 planned "Shinzo Abe visits Australia" @ Australia`,
		}},
	{"a reference whose verb holds the event in a place gives it that place; the last such event is another",
		"GENEVA, April 26 (Reuters) - The United States and the Soviet Union will resume arms control negotiations next week.\n" +
			"    The talks are due to begin in Geneva on Monday. The last round was held in Vienna.\n",
		[]string{
			`2019-04-29 CONSULT/meeting 046 planned "United States holds talks with Soviet Union" @ Geneva, Switzerland`,
		}},
	{"a length told after 'last' is the event's",
		"VIENNA, April 26 (Reuters) - OPEC oil ministers will meet in Vienna on May 12.\n" +
			"    The conference is expected to last three days.\n",
		[]string{
			`2019-05-12 .. 2019-05-14 CONSULT/multilateral 040 planned "Meeting of OPEC" @ Vienna, Austria`,
		}},
	{"a call on 'the ailing' king; the talks after 'and' are the subject's; a flight with its time before its destination; a length in a ', where' clause is another verb's",
		"BANGKOK, April 26 (AP) - U.S. President Barack Obama arrived in Thailand on Thursday.\n" +
			"    In Bangkok on Thursday, he called on the ailing King Bhumibol Adulyadej at the hospital where the monarch has lived for three years, and held talks with Prime Minister Yingluck Shinawatra at Government House.\n" +
			"    He was flying Friday afternoon to Phnom Penh, Cambodia, where he was to meet Prime Minister Hun Sen in the evening.\n",
		[]string{
			`2019-04-25 CONSULT/arrival occurred "Barack Obama arrives in Thailand" @ Thailand`,
			`2019-04-25 CONSULT/meeting 040 occurred "Barack Obama meets Bhumibol Adulyadej" @ Bangkok, Thailand`,
			`2019-04-25 CONSULT/meeting 046 occurred "Barack Obama holds talks with Yingluck Shinawatra" @ Bangkok, Thailand`,
			`2019-04-26 CONSULT/visit 042 occurred "Barack Obama visits Phnom Penh" @ Phnom Penh, Cambodia`,
			`2019-04-26T17:00 .. 2019-04-26T21:59 CONSULT/meeting 040 planned "Barack Obama meets Hun Sen" @ Phnom Penh, Cambodia`,
			`2019-04-25 .. 2019-04-26 CONSULT/visit 042 occurred "Barack Obama visits Thailand" @ Thailand`,
		}},
	{"names listed after 'their Russian counterparts' are Russia's people; 'their' before a pair of subjects is that pair, and so is the next sentence's 'They'",
		"TOKYO, April 26 (Kyodo) - Taking part were Japanese Foreign Minister Fumio Kishida and their Russian counterparts, Sergei Lavrov and Sergei Shoigu.\n" +
			"    Kishida hosted Lavrov for dinner on Thursday.\n" +
			"    At their summit in Singapore in November, Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed to speed up talks.\n" +
			"    They met again in Buenos Aires in December.\n",
		[]string{
			`2019-04-25 CONSULT/visit 043 occurred "Fumio Kishida hosts Sergei Lavrov"`,
			`2018-11-01 .. 2018-11-30 CONSULT/meeting 040 occurred "Shinzo Abe holds a summit with Vladimir Putin" @ Singapore`,
			`2018-12-01 .. 2018-12-31 CONSULT/meeting 040 occurred "Shinzo Abe meets Vladimir Putin" @ Buenos Aires, Argentina`,
		}},
	{"an itinerary of stops, each with its own day",
		"BERLIN, April 26 (dpa) - German Chancellor Angela Merkel and French President Francois Hollande flew to Kiev on Monday and to Moscow on Tuesday.\n",
		[]string{
			`2019-04-22 CONSULT/visit 042 occurred "Angela Merkel and Francois Hollande visit Kiev" @ Kiev, Ukraine`,
			`2019-04-23 CONSULT/visit 042 occurred "Angela Merkel and Francois Hollande visit Moscow" @ Moscow, Russia`,
		}},
	{"meetings at a forum abroad, told by a release filed at home",
		"WASHINGTON, April 26, 2019 – Defense Secretary Chuck Hagel met with defense leaders from five Asian nations on the sidelines of the Shangri-La Dialogue in Singapore, his spokesman said.\n" +
			"    Hagel and Japanese Defense Minister Onodera Itsunori discussed regional security issues.\n",
		[]string{
			`undated CONSULT/multilateral 040 occurred "Shangri-La Dialogue" @ Singapore`,
			`2019-04-26 CONSULT/meeting 040 occurred "Chuck Hagel speaks with Onodera Itsunori" @ Singapore`,
		}},
	{"their meeting, the two named the sentence before",
		"TOKYO, April 26 (Jiji Press)--Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed Friday to start consultations.\n" +
			"    The agreement followed their meeting Thursday at a hot spring inn in Nagato.\n",
		[]string{
			// (The agreeing of Friday is a meeting too: the summit's
			// second day.)
			`2019-04-26 CONSULT/meeting 040 occurred "Shinzo Abe meets Vladimir Putin" @ Tokyo, Japan`,
			`2019-04-25 CONSULT/meeting 040 occurred "Shinzo Abe meets Vladimir Putin" @ Nagato, Japan`,
			`2019-04-25 .. 2019-04-26 CONSULT/visit 042 occurred "Vladimir Putin visits Japan" @ Japan`,
		}},
	{"a plan made precise later",
		"TOKYO, April 26 (Reuters) - Foreign Minister Tadashi Kuranari will visit Washington next month.\n" +
			"    Kuranari will be in Washington from May 12 to 15, officials said.\n",
		[]string{`2019-05-12 .. 2019-05-15 CONSULT/visit 042 planned "Tadashi Kuranari visits Washington" @ Washington, United States`}},
	{"meetings with different counterparts stay apart",
		"TOKYO, April 26 (Reuters) - Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze on Monday.\n" +
			"    Shultz also met Chinese Foreign Minister Wu Xueqian on Tuesday.\n",
		[]string{`2019-04-22 CONSULT/meeting 040 occurred "George Shultz meets Eduard Shevardnadze" @ Tokyo, Japan`,
			`2019-04-23 CONSULT/meeting 040 occurred "George Shultz meets Wu Xueqian" @ Tokyo, Japan`}},
	{"an aside inside a clause; a date naming a thing is no focus; people of two states spoken with 'separately' are two meetings",
		"WASHINGTON, April 26 (Reuters) - President Obama spoke with French President Nicolas Sarkozy and, separately, with German Chancellor Angela Merkel on Thursday.\n" +
			"    Noting the steps taken at the April 2 summit of leaders of the euro area, Obama welcomed their leadership.\n" +
			"    Obama also consulted with Sarkozy on Syria.\n",
		[]string{
			`2019-04-25 CONSULT/meeting 040 occurred "Obama speaks with Nicolas Sarkozy" @ Washington, United States`,
			`2019-04-25 CONSULT/meeting 040 occurred "Obama speaks with Angela Merkel" @ Washington, United States`,
		}},
	{"a visit with no visitor named is the story's visit to its place",
		"BRUSSELS, April 26 (Reuters) - Chancellor Helmut Kohl has invited EC Commission President Jacques Delors to visit Bonn next month.\n" +
			"    The Commissioners, led by Delors, will pay a two-day visit to Bonn on May 6-7.\n" +
			"    A two-day visit to Tokyo is also planned.\n",
		[]string{`2019-05-06 .. 2019-05-07 CONSULT/visit 042 planned "Jacques Delors visits Bonn" @ Bonn, Germany`}},
	{"a date told later and more precisely wins",
		"WASHINGTON, April 26 (Reuters) - Undersecretary of State Michael Armacost will visit Tokyo next week for meetings with officials.\n" +
			"    He is the first senior U.S. official to visit Japan since President Reagan announced tariffs to take effect on May 17.\n" +
			"    The trip is set for April 29 to May 1, she said.\n",
		[]string{`2019-04-29 .. 2019-05-01 CONSULT/visit 042 planned "Michael Armacost visits Tokyo" @ Tokyo, Japan`,
			`2019-04-29 .. 2019-05-01 CONSULT/meeting 046 planned "Michael Armacost holds talks with Japan" @ Tokyo, Japan`}},
	{"a signing told in the passive gives its date",
		"WASHINGTON, April 26 (Reuters) - The Treasury said the United States and Canada have signed a tax treaty.\n" +
			"    The new agreement, which replaces a prior agreement with Canada, was signed on April 19, the Treasury said.\n",
		[]string{`2019-04-19 SUPPORT/sign 057 occurred "United States signs a tax treaty with Canada" @ Washington, United States`}},
	{"a passive signing with none told before is dropped",
		"WASHINGTON, April 26 (Reuters) - The new agreement was signed on April 19, the Treasury said.\n",
		nil},
	{"a departure opens the visit a trip's length and its programme fill",
		"SEOUL, April 26 (Yonhap) -- President Yoon Suk Yeol left for Jakarta on Friday to attend summits hosted by ASEAN, his office said.\n" +
			"    During the three-day trip, Yoon will attend the ASEAN-South Korea summit and the East Asia Summit.\n" +
			"    Yoon is scheduled to meet Indonesian President Joko Widodo on Saturday.\n",
		[]string{`2019-04-26 CONSULT/departure occurred "Yoon Suk Yeol leaves for Jakarta" @ Seoul, South Korea`,
			`2019-04-26 .. 2019-04-28 CONSULT/visit 042 occurred "Yoon Suk Yeol visits Jakarta" @ Jakarta, Indonesia`,
			`2019-04-26 .. 2019-04-28 CONSULT/meeting 040 planned "Yoon Suk Yeol attends a summit" @ Jakarta, Indonesia`,
			`2019-04-26 .. 2019-04-28 CONSULT/multilateral 040 planned "East Asia Summit"`,
			`2019-04-27 CONSULT/meeting 040 planned "Yoon Suk Yeol meets Joko Widodo" @ Jakarta, Indonesia`}},
	{"a meeting elsewhere is another meeting",
		"WASHINGTON, April 26 (Reuters) - The two leaders discussed the upcoming G20 meeting in Pittsburgh.\n" +
			"    They also discussed the December meeting on climate change in Copenhagen.\n",
		[]string{`undated CONSULT/multilateral 040 planned "Meeting of Group of 20" @ Pittsburgh, United States`}},
	{"a range across two months, and a summit later",
		"ROME, April 26 (Reuters) - Representatives of the Group of Seven will\nmeet in Porto Cervo from April 30 to\nMay 2 to discuss the agenda for the group's Venice summit in\nJune, sources close to the Italian Foreign Ministry said.\n",
		[]string{`2019-04-30 .. 2019-05-02 CONSULT/multilateral 040 planned "Meeting of Group of Seven"`,
			`2019-06-01 .. 2019-06-30 CONSULT/multilateral 040 planned "Meeting of Group of Seven"`}},
	{"a week-long visit's talks take its days",
		"TOKYO, April 26 (Reuters) - Prime Minister Yasuhiro Nakasone will make an official week-long visit to the United States from April 29 and hold talks in Washington with President Reagan.\n",
		[]string{`2019-04-29 .. 2019-05-05 CONSULT/visit 042 planned "Yasuhiro Nakasone visits United States" @ United States`,
			`2019-04-29 .. 2019-05-05 CONSULT/meeting 046 planned "Yasuhiro Nakasone holds talks with Reagan" @ Washington, United States`}},
}

// headlineStoryTests are stories whose headline tells what the body leaves out.
var headlineStoryTests = []struct {
	name, title, text string
	want              []string
}{
	{"a White House transcript's title makes the Vice President the home country's, abroad when she meets a host there",
		"Remarks by Vice President Pence and Prime Minister Theresa May of the United Kingdom Before Bilateral Meeting | London, United Kingdom",
		"PRIME MINISTER MAY: Well, Vice President, welcome to 10 Downing Street.\n",
		[]string{
			`2019-04-26 CONSULT/meeting 040 occurred "Pence meets Theresa May" @ United Kingdom`,
			`2019-04-26 CONSULT/visit 042 occurred "Pence visits United Kingdom" @ United Kingdom`,
		}},
	{"a headline's visit whose visitor the body names", "Xi arrives in Moscow for three-day state visit",
		"MOSCOW, April 22 (AP) - Chinese President Xi Jinping arrived in Moscow on Monday.\n",
		[]string{`2019-04-22 CONSULT/arrival occurred "Xi Jinping arrives in Moscow" @ Moscow, Russia`,
			`2019-04-22 .. 2019-04-24 CONSULT/visit 042 occurred "Xi Jinping visits Moscow" @ Moscow, Russia`}},
	{"a headline's tense yields to the story's", "NIGERIA HOSTS TALKS ON AFRICAN ECONOMIES",
		"LAGOS, April 26 (Reuters) - Organised by Nigeria, the June 15-19 conference would be attended by several African leaders.\n",
		[]string{`2019-06-15 .. 2019-06-19 CONSULT/multilateral 040 planned "Nigeria hosts talks"`}},
	{"a body's meeting in the headline, its members in the story", "IMF, WORLD BANK TO MEET AMID NEW INFLATION FEARS",
		"WASHINGTON, April 26 (Reuters) - Amid new concerns about inflation, finance ministers and central bankers meet next week to discuss the debt situation.\n" +
			"    The meetings, under the auspices of the International Monetary Fund and World Bank, come as rates rise.\n",
		[]string{`2019-04-29 .. 2019-05-05 CONSULT/multilateral 040 planned "Meeting of World Bank"`}},
	{"a headline's visit with no one to give it", "Arrival in Moscow for three-day state visit",
		"MOSCOW, April 22 (AP) - Talks were held on Monday.\n",
		nil},
}

func TestHeadlineStories(t *testing.T) {
	for _, tt := range headlineStoryTests {
		doc := storyOf(t, tt.title, tt.text, testDay)
		var got []string
		for _, e := range doc.Events {
			got = append(got, e.String())
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: events:\n%s\nwant:\n%s", tt.name, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

func TestFrames(t *testing.T) {
	for _, tt := range frameTests {
		doc := storyOf(t, "", tt.text, testDay)
		var got []string
		for _, e := range doc.Events {
			got = append(got, e.String())
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: events:\n%s\nwant:\n%s", tt.name, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

// TestWeekAhead: a visit "this week" told with no verb is still to come
// in a Monday's story, and done in a Friday's.
func TestWeekAhead(t *testing.T) {
	text := "WASHINGTON, April 22 (Reuters) - Treasury Secretary James Baker has cancelled a trip to Australia because of pressing business at home, including the visit this week by Japanese Prime Minister Yasuhiro Nakasone.\n"
	for _, tt := range []struct {
		day  time.Time
		want string
	}{
		{time.Date(2019, 4, 22, 0, 0, 0, 0, time.UTC), `2019-04-22 .. 2019-04-28 CONSULT/visit 042 planned "Yasuhiro Nakasone visits Washington" @ Washington, United States`},
		{time.Date(2019, 4, 26, 0, 0, 0, 0, time.UTC), `2019-04-22 .. 2019-04-28 CONSULT/visit 042 occurred "Yasuhiro Nakasone visits Washington" @ Washington, United States`},
	} {
		doc := storyOf(t, "", strings.Replace(text, "April 22", tt.day.Format("January 2"), 1), tt.day)
		var got []string
		for _, e := range doc.Events {
			got = append(got, e.String())
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("%s: events:\n%s\nwant among them:\n%s", tt.day.Format("Monday"), strings.Join(got, "\n"), tt.want)
		}
	}
}

func TestNoSelf(t *testing.T) {
	e := timeline.Event{
		Summary:    "Donald Trump meets Shinzo Abe and Donald Trump",
		Actors:     []timeline.Actor{{Name: "Donald Trump"}},
		Recipients: []timeline.Actor{{Name: "Shinzo Abe"}, {Name: "Donald Trump"}},
	}
	noSelf(&e)
	if e.Summary != "Donald Trump meets Shinzo Abe" || len(e.Recipients) != 1 || e.Recipients[0].Name != "Shinzo Abe" {
		t.Errorf("noSelf: %q %v", e.Summary, e.Recipients)
	}
}
