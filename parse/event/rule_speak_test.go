package event

import "testing"

var speakTests = []ruleTest{
	{"'talked' alone, like 'spoke', speaks with the partners before it", "U.S. President Barack Obama and Chinese President Hu Jintao talked over dinner on Monday night.", []string{
		`2019-04-22T21:00 .. 2019-04-22T23:59 CONSULT/meeting 040 occurred "Barack Obama speaks with Hu Jintao" @ Tokyo, Japan | Barack Obama > Hu Jintao`,
	}},
	{"'talked about' a subject with no one is no meeting", "U.S. President Barack Obama talked about the economy on Monday.", nil},
	{"declining to tell what was discussed calls nothing off", "Officials declined to detail what Finance Minister Kiichi Miyazawa and Treasury Secretary James Baker discussed on Tuesday.", []string{
		`2019-04-23 CONSULT/meeting 040 occurred "Kiichi Miyazawa speaks with James Baker" @ Tokyo, Japan | Kiichi Miyazawa > James Baker`,
	}},
	{"a state after 'relations with' is the topic's, not one spoken with", "British Foreign Secretary Geoffrey Howe and Secretary of State George Shultz will discuss trade relations with Japan in Washington on Monday.", []string{
		`2019-04-29 CONSULT/meeting 040 planned "Geoffrey Howe speaks with George Shultz" @ Washington, United States | Geoffrey Howe > George Shultz`,
	}},
	{"an officer of a state's own body is of that state: a president and his central banker are a government at home", "U.S. President Ronald Reagan spoke with Federal Reserve Chairman Paul Volcker on Monday about the dollar.", nil},
	{"a foreign central banker is another state's", "Treasury Secretary James Baker spoke with Bundesbank President Karl Otto Poehl on Monday.", []string{
		`2019-04-22 CONSULT/meeting 040 occurred "James Baker speaks with Karl Otto Poehl" @ Tokyo, Japan | James Baker > Karl Otto Poehl`,
	}},
	{"with a time between", "President Joseph R. Biden, Jr. spoke this afternoon with President Emmanuel Macron of France.", []string{
		`2019-04-26T12:00 .. 2019-04-26T17:59 CONSULT/meeting 040 occurred "Joseph R. Biden speaks with Emmanuel Macron" @ Tokyo, Japan | Joseph R. Biden > Emmanuel Macron`,
	}},
	{"partners before", "President Obama and President Calderon spoke for 20 minutes on Friday.", []string{
		`2019-04-26 CONSULT/meeting 040 occurred "Obama speaks with Calderon" @ Tokyo, Japan | Obama > Calderon`,
	}},
	{"no one spoken with", "Prime Minister Turgut Ozal spoke after talks with Turkey's ambassador.", []string{
		`undated CONSULT/meeting 046 occurred "Turgut Ozal holds talks with Turkey" @ Tokyo, Japan | Turgut Ozal > Turkey`,
	}},
	{"to reporters", "Kerry spoke to reporters on Friday.", nil},
}

func TestSpeakRule(t *testing.T) { testRule(t, speakTests) }
