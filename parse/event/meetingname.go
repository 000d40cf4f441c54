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
	if i == 0 || !nameWord(toks[i]) || meetingHeads[toks[i].text] {
		return -1
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
		if t.text == "Group" && (toks[j-1].text == "Contact" || toks[j-1].text == "Working") && marked {
			end = j + 1
		}
	}
	return end
}

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
	return len(f) > 1 && meetingHeads[f[len(f)-1]] && f[len(f)-1] != "Council" && f[len(f)-1] != "Commission"
}
