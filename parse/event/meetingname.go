package event

import (
	"strings"

	"github.com/dateline-dev/dateline/parse/lexicon"
)

// meetingName returns the end of the proper name of a meeting or of a
// standing body that starts at toks[i], or -1: "the Shangri-La
// Dialogue", "the AI Safety Summit", "the Nuclear Security Summit", "the
// Libya Contact Group", "the NATO-Russia Council". The name follows
// "the" and is made of capitalised words (with "of", "on", "for" or
// "and" between two of them) ending in a head noun that names a meeting
// or a body; at least one word stands before the head. A name the
// lexicon knows is found there first, as its organisation.
func meetingName(toks []token, i int) int {
	if i == 0 || !nameWord(toks[i]) {
		return -1
	}
	if meetingHeads[toks[i].text] {
		return headFirst(toks, i)
	}
	before := i - 1
	if before > 0 && strings.Contains(toks[before].low, "-") && !toks[before].capitalised() {
		before-- // "the six-nation Gulf Co-operation Council"
	}
	if toks[before].low != "the" {
		return -1
	}
	end, marked, placed, private := -1, false, false, false
	for j := i; j < len(toks) && j < i+8; j++ {
		if marksStates(toks[j].text) && !(j > 0 && toks[j-1].text == "New") {
			marked = true // (not "New Jersey", "New Mexico")
			placed = placed || !diplomacyWords[toks[j].text]
		}
		if privateWords[toks[j].text] {
			private = true
		}
		if j == i {
			continue
		}
		t := toks[j]
		if t.text == "-" && j+1 < len(toks) && nameWord(toks[j+1]) &&
			t.span.Start == toks[j-1].span.End && toks[j+1].span.Start == t.span.End {
			continue // "the U.S.-Africa Leaders Summit"
		}
		if nameJoins[t.low] && !t.capitalised() {
			if j+1 < len(toks) && nameWord(toks[j+1]) {
				continue
			}
			break
		}
		if !nameWord(t) {
			break
		}
		if meetingHeads[t.text] && (marked || !bodyHeads[t.text]) && !private &&
			(t.text != "Commission" || placed) && !(t.text == "Forum" && (toks[j-1].text == "Economic" || toks[j-1].text == "Trade")) {
			// (A commission is a state's or the states' only with a
			// state, a place or a known body in its name: not "the
			// Trilateral Commission", "the Nuclear Regulatory
			// Commission"; "the World Economic Forum" is a private one.)
			end = j + 1
		}
		if t.text == "Group" && groupKinds[toks[j-1].text] && marked {
			end = j + 1
		}
	}
	if end > 0 && end < len(toks) && venueWords[toks[end].text] {
		// "the King Abdulaziz International Conference Center": a
		// building named after meetings, where one is held.
		return -1
	}
	return end
}

// headFirst returns the end of a meeting's name that opens with its head
// noun at toks[i], after "the", and names what it is of or on: "the
// Summit of the Americas", "the Conference on Disarmament"; or -1. A
// standing body's head ("Council", "Conference") needs a state, a place,
// a known body or a word of diplomacy after it, as in meetingName.
func headFirst(toks []token, i int) int {
	if toks[i-1].low != "the" || i+2 >= len(toks) || toks[i+1].low != "of" && toks[i+1].low != "on" {
		return -1
	}
	j := i + 2
	if toks[j].low == "the" {
		j++
	}
	end, marked := -1, false
	for ; j < len(toks) && j < i+10; j++ {
		t := toks[j]
		if t.low == "and" && end == j && j+1 < len(toks) && nameWord(toks[j+1]) {
			continue
		}
		if t.low == "in" && end == j && j+1 < len(toks) {
			// "the Conference on Security and Co-operation in Europe"
			if _, region := lexicon.LookupRegion(toks[j+1].text); region {
				end, marked = j+2, true
			}
			break
		}
		if !nameWord(t) || privateWords[t.text] || meetingHeads[t.text] {
			break
		}
		_, region := lexicon.LookupRegion(t.text)
		marked = marked || region || marksStates(t.text)
		end = j + 1
	}
	if end < 0 || bodyHeads[toks[i].text] && !marked {
		return -1
	}
	return end
}

// groupKinds name a states' group before "Group": "the Libya Contact
// Group", "the Joint Strategic Planning Group".
var groupKinds = wordSet(`Contact Working Planning Steering Consultative Coordination Cooperation`)

// bodyHeads end the names of standing bodies and conferences, which are a
// state's or a company's as often as the states': "the New Jersey Casino
// Control Commission", "the Offshore Technology Conference". Such a name
// is a meeting's or a diplomatic body's only with a state, a place, a
// body the lexicon knows or a word of diplomacy in it ("the NATO-Russia
// Council", "the Munich Security Conference").
var bodyHeads = map[string]bool{"Commission": true, "Council": true, "Conference": true, "Forum": true,
	"Consultations": true, "Talks": true, "Ministerial": true}

// marksStates reports whether a word of a name ties it to states: a state
// or its adjective, a city, a body the lexicon knows (in part, as
// "NATO-Russia"), or a word of diplomacy.
func marksStates(w string) bool {
	for _, part := range strings.Split(w, "-") {
		if part == "" {
			continue
		}
		if diplomacyWords[part] {
			return true
		}
		if _, ok := lexicon.LookupCountry(part); ok {
			return true
		}
		if _, ok := lexicon.LookupAdjective(part); ok {
			return true
		}
		if _, ok := lexicon.LookupOrganisation(part); ok {
			return true
		}
		if _, ok := lexicon.LookupCity(part); ok {
			return true
		}
	}
	return false
}

// privateWords in a name make it a company's, a profession's or a
// state's own body, no meeting of states: "the United States-Iraq
// Business Forum", "the U.S. Judicial Conference", "the Pan American
// Economic Leadership Conference", "the World Energy Conference".
var privateWords = wordSet(`Business Regulatory Judicial Leadership Chamber Industry Industrial Bankers Investment
	Investors Energy Medical Scientific Academic Press Media Entrepreneurship Bar Bank Savings Loan`)

// diplomacyWords in a name tie it to states.
var diplomacyWords = map[string]bool{
	"International": true, "Intergovernmental": true, "World": true, "Global": true, "Joint": true,
	"Security": true, "Peace": true, "Disarmament": true, "Nuclear": true, "Climate": true, "Regional": true,
	"Bilateral": true, "Trilateral": true, "Foreign": true, "Defence": true, "Defense": true, "Contact": true,
}

// nameWord reports whether t may be a word of a proper name: capitalised,
// or an acronym or a hyphenated name ("AI", "G20", "Shangri-La").
func nameWord(t token) bool {
	if !t.capitalised() || !t.word() || t.possessive() || notName[t.text] {
		return false // "the July United Nations Conference" is July's
	}
	return !strings.HasSuffix(t.text, ".") || len(t.text) <= 5
}

// meetingHeads end the name of a meeting or a standing body.
var meetingHeads = map[string]bool{
	"Summit": true, "Dialogue": true, "Conference": true, "Forum": true, "Commission": true,
	"Council": true, "Ministerial": true, "Consultations": true, "Talks": true,
}

// nameJoins may stand between two words of a name: "the Summit of the
// Americas", "the Conference on Disarmament".
var nameJoins = map[string]bool{"of": true, "on": true, "for": true, "and": true, "the": true}

// meetingTitle reports whether the name of an organisation is a
// meeting's own name ("AI Safety Summit"), which titles the event as it
// is.
func meetingTitle(name string) bool {
	f := strings.Fields(name)
	if len(f) > 2 && meetingHeads[f[0]] && (f[1] == "of" || f[1] == "on") {
		return f[0] != "Council" && f[0] != "Commission" // "Summit of the Americas"
	}
	return len(f) > 1 && meetingHeads[f[len(f)-1]] && f[len(f)-1] != "Council" && f[len(f)-1] != "Commission"
}
