package event

import "testing"

var arriveTests = []ruleTest{
	{"a session the traveller arrives to attend is where he arrives", "Chinese President Xi Jinping arrived in Johannesburg on Monday evening to attend the 15th BRICS Summit.", []string{
		`2019-04-22 CONSULT/visit 042 occurred "Xi Jinping visits South Africa" @ South Africa | Xi Jinping > South Africa`,
		`2019-04-22T17:00 .. 2019-04-22T21:59 CONSULT/arrival occurred "Xi Jinping arrives in Johannesburg" @ Johannesburg, South Africa | Xi Jinping >`,
		`undated CONSULT/multilateral 040 occurred "Meeting of BRICS" @ Johannesburg, South Africa | BRICS > Xi Jinping`,
	}},
	{"'flew into' an air base the gazetteer does not know is an arrival where the story is filed, beginning the stay it is for", "President Moon Jae-in flew into Andrews Air Force Base on Monday afternoon for a four-day stay.", []string{
		`2019-04-22 .. 2019-04-25 CONSULT/visit 042 occurred "Moon Jae-in visits Tokyo" @ Tokyo, Japan | Moon Jae-in > Japan`,
		`2019-04-22T12:00 .. 2019-04-22T17:59 CONSULT/arrival occurred "Moon Jae-in arrives" @ Tokyo, Japan | Moon Jae-in >`,
	}},
	{"a date before 'and will' and a verb is the first verb's: the arrival Sunday, the going home Tuesday night", "Japanese Prime Minister Naoto Kan arrived in Brussels on Sunday and will leave for home on Tuesday night.", []string{
		`2019-04-21 CONSULT/arrival occurred "Naoto Kan arrives in Brussels" @ Brussels, Belgium | Naoto Kan >`,
		`2019-04-21 .. 2019-04-30 CONSULT/visit 042 occurred "Naoto Kan visits Belgium" @ Belgium | Naoto Kan > Belgium`,
	}},
	{"a couple arrives together, the first named first, past 'first lady' before the second name", "President Donald Trump and first lady Melania Trump arrived Monday morning at Stansted Airport.", []string{
		`2019-04-22 CONSULT/visit 042 occurred "Donald Trump visits Japan" @ Japan | Donald Trump > Japan`,
		`2019-04-22T05:00 .. 2019-04-22T11:59 CONSULT/arrival occurred "Donald Trump and Melania Trump arrive" @ Tokyo, Japan | Donald Trump, Melania Trump >`,
	}},
	{"an arrival 'for a three-day state visit' whose noun names no place begins a visit of that length where it lands", "U.S. President Barack Obama arrived at Haneda airport on Wednesday evening for a three-day state visit.", []string{
		`2019-04-24 .. 2019-04-26 CONSULT/visit 042 occurred "Barack Obama visits Tokyo" @ Tokyo, Japan | Barack Obama > Japan`,
		`2019-04-24T17:00 .. 2019-04-24T21:59 CONSULT/arrival occurred "Barack Obama arrives" @ Tokyo, Japan | Barack Obama >`,
	}},
	{"an arrival at a port the gazetteer does not know is where the story is filed", "President Barack Obama arrived at the Royal Malaysian Air Force base in Subang last night.", []string{
		`2019-04-25T21:00 .. 2019-04-25T23:59 CONSULT/arrival occurred "Barack Obama arrives" @ Tokyo, Japan | Barack Obama >`,
	}},
	{"an arrival 'at' a thing that is no port is no arrival anywhere", "The talks arrived at a deadlock last night.", nil},
	{"a city named after its country is the city", "Canadian Prime Minister Justin Trudeau arrived in Mexico City on Monday.", []string{
		`2019-04-22 CONSULT/arrival occurred "Justin Trudeau arrives in Mexico City" @ Mexico City, Mexico | Justin Trudeau >`,
		`2019-04-22 CONSULT/visit 042 occurred "Justin Trudeau visits Mexico" @ Mexico | Justin Trudeau > Mexico`,
	}},
	{"'flew into' a city is an arrival; a length set off by a comma before it is another thing's", "Russian President Vladimir Putin, making his first appearance at the gathering in a decade, flew into New York on Monday morning.", []string{
		`2019-04-22 CONSULT/visit 042 occurred "Vladimir Putin visits United States" @ United States | Vladimir Putin > United States`,
		`2019-04-22T05:00 .. 2019-04-22T11:59 CONSULT/arrival occurred "Vladimir Putin arrives in New York" @ New York, United States | Vladimir Putin >`,
	}},
	{"a visit the arrival's clause tells starts on the arrival's day, not on its talks' day", "Russian President Vladimir Putin arrived in Shanghai on Tuesday for a two-day visit and held talks with Chinese President Xi Jinping on Wednesday.", []string{
		`2019-04-23 CONSULT/arrival occurred "Vladimir Putin arrives in Shanghai" @ Shanghai, China | Vladimir Putin >`,
		`2019-04-23 .. 2019-04-24 CONSULT/visit 042 occurred "Vladimir Putin visits Shanghai" @ Shanghai, China | Vladimir Putin > China`,
		`2019-04-24 CONSULT/meeting 046 occurred "Vladimir Putin holds talks with Xi Jinping" @ Shanghai, China | Vladimir Putin > Xi Jinping`,
	}},
	{"a visit an arrival here is for is the arriver's, to where the story is filed", "South Korean President Park Geun-hye arrived here on Wednesday on a three-day trip.", []string{
		`2019-04-24 CONSULT/arrival occurred "Park Geun-hye arrives" @ Tokyo, Japan | Park Geun-hye >`,
		`2019-04-24 .. 2019-04-26 CONSULT/visit 042 occurred "Park Geun-hye visits Tokyo" @ Tokyo, Japan | Park Geun-hye > Japan`,
	}},
	{"the capital of a state named by its adjective", "Japanese Prime Minister Shinzo Abe arrived in the Iranian capital on Wednesday.", []string{
		`2019-04-24 CONSULT/arrival occurred "Shinzo Abe arrives in Tehran" @ Tehran, Iran | Shinzo Abe >`,
		`2019-04-24 CONSULT/visit 042 occurred "Shinzo Abe visits Iran" @ Iran | Shinzo Abe > Iran`,
	}},
	{"a plan overtaken is called off, and the arrival after it begins a visit", "German Chancellor Angela Merkel had been due to fly to Washington on April 22. The chancellor, who arrived in Washington on Thursday evening, met President Donald Trump on Friday.", []string{
		`2019-04-22 CONSULT/visit 042 cancelled "Angela Merkel visits Washington" @ Washington, United States | Angela Merkel > United States`,
		`2019-04-25 .. 2019-04-26 CONSULT/visit 042 occurred "Angela Merkel visits United States" @ United States | Angela Merkel > United States`,
		`2019-04-25T17:00 .. 2019-04-25T21:59 CONSULT/arrival occurred "Angela Merkel arrives in Washington" @ Washington, United States | Angela Merkel >`,
		`2019-04-26 CONSULT/meeting 040 occurred "Angela Merkel meets Donald Trump" @ Washington, United States | Angela Merkel > Donald Trump`,
	}},
	{"'arriving there' is in the place its sentence named last; the day spent there after the arrival ends the stay", "President Barack Obama spent Tuesday in Shanghai, where he held a town-hall-style meeting with university students, after arriving there Monday night from Singapore.", []string{
		`2019-04-22 .. 2019-04-23 CONSULT/visit 042 occurred "Barack Obama visits Shanghai" @ Shanghai, China | Barack Obama > China`,
		`2019-04-22T21:00 .. 2019-04-22T23:59 CONSULT/arrival occurred "Barack Obama arrives in Shanghai" @ Shanghai, China | Barack Obama >`,
	}},
	{"earlier in the day is the day its sentence told before", "Chinese President Xi Jinping arrived in Durban on Tuesday night from Pretoria, where he held talks with South African President Jacob Zuma earlier in the day.", []string{
		`2019-04-23 CONSULT/meeting 046 occurred "Xi Jinping holds talks with Jacob Zuma" @ Pretoria, South Africa | Xi Jinping > Jacob Zuma`,
		`2019-04-23 CONSULT/visit 042 occurred "Xi Jinping visits South Africa" @ South Africa | Xi Jinping > South Africa`,
		`2019-04-23T21:00 .. 2019-04-23T23:59 CONSULT/arrival occurred "Xi Jinping arrives in Durban" @ Durban, South Africa | Xi Jinping >`,
	}},
	{"earlier in the day is the day in focus", "Margaret Thatcher met Chancellor Helmut Kohl in Bonn yesterday. She had flown to Bonn from talks with French President Francois Mitterrand in Normandy earlier in the day.", []string{
		`2019-04-25 CONSULT/meeting 046 occurred "Margaret Thatcher holds talks with Francois Mitterrand" @ Bonn, Germany | Margaret Thatcher > Francois Mitterrand`,
		`2019-04-25 CONSULT/meeting 040 occurred "Margaret Thatcher meets Helmut Kohl" @ Bonn, Germany | Margaret Thatcher > Helmut Kohl`,
	}},
	{"flew in from a city for talks: arrives where the story is filed; a name in apposition to an office", "The vice minister of the Korean trade ministry, Kim Chul-su, flew in from Seoul for the talks with Deputy U.S. Trade Representative Michael Smith.", []string{
		`2019-04-26 CONSULT/arrival occurred "Kim Chul-su arrives" @ Tokyo, Japan | Kim Chul-su >`,
		`2019-04-26 CONSULT/meeting 046 occurred "Kim Chul-su holds talks with Michael Smith" @ Tokyo, Japan | Kim Chul-su > Michael Smith`,
	}},
	{"arrived last night, after a stop on the way: the stop is of the arrival's day, the visit told as going on starts then", "Iranian Oil Minister Gholamreza Aqazadeh is in Japan to discuss oil prices. Aqazadeh arrived last night after a brief stopover in Beijing.", []string{
		`2019-04-25 CONSULT/meeting 046 ongoing "Gholamreza Aqazadeh holds talks with Japan" @ Japan | Gholamreza Aqazadeh > Japan`,
		`2019-04-25 CONSULT/visit 042 occurred "Gholamreza Aqazadeh visits Beijing" @ Beijing, China | Gholamreza Aqazadeh > China`,
		`2019-04-25 CONSULT/visit 042 ongoing "Gholamreza Aqazadeh visits Japan" @ Japan | Gholamreza Aqazadeh > Japan`,
		`2019-04-25T21:00 .. 2019-04-25T23:59 CONSULT/arrival occurred "Gholamreza Aqazadeh arrives" @ Tokyo, Japan | Gholamreza Aqazadeh >`,
	}},
	{"leaders of an organisation arrive", "Leaders of the Group of Seven arrived in Hiroshima on Friday for a three-day summit.", []string{
		`2019-04-26 CONSULT/arrival occurred "Group of Seven arrives in Hiroshima" @ Hiroshima, Japan | Group of Seven >`,
	}},
	{"arrived for talks: the talks begin on arrival, in its city", "U.S. Secretary of State Antony Blinken arrived in Beijing on Wednesday for talks with Chinese officials.", []string{
		`2019-04-24 CONSULT/arrival occurred "Antony Blinken arrives in Beijing" @ Beijing, China | Antony Blinken >`,
		`2019-04-24 CONSULT/meeting 046 occurred "Antony Blinken holds talks with China" @ Beijing, China | Antony Blinken > China`,
		`2019-04-24 CONSULT/visit 042 occurred "Antony Blinken visits China" @ China | Antony Blinken > China`,
	}},
	{"arrived in city", "U.S. Secretary of State George Shultz arrived in Moscow on Monday.", []string{
		`2019-04-22 CONSULT/arrival occurred "George Shultz arrives in Moscow" @ Moscow, Russia | George Shultz >`,
		`2019-04-22 CONSULT/visit 042 occurred "George Shultz visits Russia" @ Russia | George Shultz > Russia`,
	}},
	{"shipment arrived is no event", "The cargo arrived in Rotterdam on Monday.", nil},
}

func TestArriveRule(t *testing.T) { testRule(t, arriveTests) }
