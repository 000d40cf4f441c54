package event

import "testing"

func TestMeetingName(t *testing.T) {
	for _, tt := range []struct {
		text string
		i    int
		want string
	}{
		{"on the sidelines of the Shangri-La Dialogue in Singapore", 5, "Shangri-La Dialogue"},
		{"to attend the AI Safety Summit tomorrow", 3, "AI Safety Summit"},
		{"held at the King Abdulaziz International Conference Center in Riyadh", 3, ""}, // a building named after meetings
		{"at the Summit of the Americas", 2, "Summit of the Americas"},                  // the head opens it, then what it is of
		{"at the Summit of the Americas in Panama", 2, "Summit of the Americas"},
		{"the Council of Ministers met", 1, ""}, // a state's cabinet: no state, place or body in it
		{"the Summit of Business Leaders", 1, ""},
		{"the U.S.-Africa Leaders Summit in Washington", 1, "U.S.-Africa Leaders Summit"},
		{"the U.S. - Africa Leaders Summit", 1, ""}, // a dash between spaces ends a name
		{"the Libya Contact Group meeting", 1, "Libya Contact Group"},
		{"the 10th meeting of the Joint Strategic Planning Group with", 5, "Joint Strategic Planning Group"},
		{"the Consultative Group of donors", 1, ""}, // nothing ties it to states
		{"meetings of the NATO-Russia Council on April 14", 3, "NATO-Russia Council"},
		{"the Conference on Disarmament", 1, "Conference on Disarmament"},
		{"the Conference on Interaction and Confidence Building Measures in Asia", 1, "Conference on Interaction and Confidence Building Measures in Asia"},
		{"the Conference on Jobs in Chicago", 1, ""}, // a city is no region: nothing ties it to states
		{"The Summit ended", 1, ""},
		{"a Nuclear Security Summit", 1, ""}, // no "the"
		{"the White House said", 1, ""},
		{"at the Offshore Technology Conference", 2, ""},        // a trade fair
		{"the New Jersey Casino Control Commission met", 1, ""}, // a state's regulator
		{"the Munich Security Conference opened", 1, "Munich Security Conference"},
		{"for the July United Nations Conference on Trade", 2, ""},           // a month names no meeting
		{"attending the annual meeting of the Trilateral Commission", 5, ""}, // a private foreign-policy group
		{"the Nuclear Regulatory Commission said", 1, ""},                    // a state's regulator
		{"came to Geneva for the World Economic Forum", 5, ""},               // a private forum
		{"a member of the United States-Iraq Business Forum", 4, ""},         // businessmen's
		{"the World Food Conference in Rome", 1, "World Food Conference"},    // the states'
		{"talks in the Japan-China Joint Commission", 3, "Japan-China Joint Commission"},
		{"two Utah financial institutions, the Bank of Iron County and Summit Savings, have failed", 6, ""}, // a bank's name
	} {
		toks := tokenize(tt.text, 0)
		got := ""
		if j := meetingName(toks, tt.i); j > 0 {
			got = phrase(toks, tt.i, j)
		}
		if got != tt.want {
			t.Errorf("meetingName(%q, %d) = %q, want %q", tt.text, tt.i, got, tt.want)
		}
	}
}

var namedMeetingTests = []ruleTest{
	{"a summit named as itself", "Vice President Harris will attend the AI Safety Summit in London tomorrow.", []string{
		`2019-04-27 CONSULT/multilateral 040 planned "AI Safety Summit" @ London, United Kingdom | AI Safety Summit > Harris`,
	}},
	{"a body named by its own name", "Clinton will attend the Libya Contact Group meeting in Abu Dhabi on June 9.", []string{
		`2019-06-09 CONSULT/multilateral 040 planned "Meeting of Libya Contact Group" @ Abu Dhabi, United Arab Emirates | Libya Contact Group > Clinton`,
	}},
}

func TestNamedMeetings(t *testing.T) { testRule(t, namedMeetingTests) }
