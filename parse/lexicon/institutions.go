package lexicon

import (
	"strings"
	"sync"
	"time"
)

// An institution is a state's own body, named before a title of its
// officers: "Federal Reserve Board Chairman Paul Volcker", "Bundesbank
// President Karl Otto Poehl", "House Speaker Jim Wright". Its officers are
// of its state, from the day from (YYYY-MM-DD, empty for always) until the
// day until (exclusive, empty for still).
type institution struct {
	name, country, from, until string
}

// institutions are names of one state's central bank, legislature,
// departments, agencies and seats of government that no other state's
// body shares, as wire copy writes them before an officer's title or
// their officials ("a senior State Department official", "Cheong Wa Dae
// said"). Names several states use
// ("Senate", "Finance Ministry", "National Assembly", "Central Bank") are
// left out: the adjective before them ("Philippine Senate President")
// tells their state. Public record.
var institutions = []institution{
	// United States.
	{"Federal Reserve", "United States", "", ""},
	{"Federal Reserve Board", "United States", "", ""},
	{"Fed", "United States", "", ""},
	{"Treasury Department", "United States", "", ""},
	{"State Department", "United States", "", ""},
	{"Commerce Department", "United States", "", ""},
	{"Agriculture Department", "United States", "", ""},
	{"Energy Department", "United States", "", ""},
	{"Justice Department", "United States", "", ""},
	{"Labor Department", "United States", "", ""},
	{"Pentagon", "United States", "", ""},
	{"White House", "United States", "", ""},
	// "talks with Administration officials": capitalised alone, the
	// Administration is the U.S. government's.
	{"Administration", "United States", "", ""},
	{"House", "United States", "", ""},
	{"House Ways and Means Committee", "United States", "", ""},
	{"Senate Finance Committee", "United States", "", ""},
	{"Senate Foreign Relations Committee", "United States", "", ""},
	{"Senate Banking Committee", "United States", "", ""},
	{"Senate Majority", "United States", "", ""},
	{"Senate Minority", "United States", "", ""},
	{"House Majority", "United States", "", ""},
	{"House Minority", "United States", "", ""},
	{"Export-Import Bank", "United States", "", ""},
	{"Securities and Exchange Commission", "United States", "", ""},
	{"National Security Council", "United States", "", ""},
	{"Federal Deposit Insurance Corp", "United States", "", ""},
	{"Comptroller of the Currency", "United States", "", ""},
	// Central banks and bodies of other states.
	{"Bundesbank", "West Germany", "", "1990-10-03"},
	{"Bundesbank", "Germany", "1990-10-03", ""},
	{"Bundestag", "West Germany", "", "1990-10-03"},
	{"Bundestag", "Germany", "1990-10-03", ""},
	{"Bank of Japan", "Japan", "", ""},
	{"Ministry of International Trade and Industry", "Japan", "", ""},
	{"MITI", "Japan", "", ""},
	{"Bank of England", "United Kingdom", "", ""},
	{"Banque de France", "France", "", ""},
	{"Bank of France", "France", "", ""},
	{"Bank of Canada", "Canada", "", ""},
	{"Bank of Italy", "Italy", "", ""},
	{"Bank of Korea", "South Korea", "", ""},
	{"Bank of Mexico", "Mexico", "", ""},
	{"Reserve Bank of Australia", "Australia", "", ""},
	{"Reserve Bank of India", "India", "", ""},
	{"Reserve Bank of New Zealand", "New Zealand", "", ""},
	{"People's Bank of China", "China", "", ""},
	{"Swiss National Bank", "Switzerland", "", ""},
	{"Netherlands Bank", "Netherlands", "", ""},
	{"Nederlandsche Bank", "Netherlands", "", ""},
	{"Riksbank", "Sweden", "", ""},
	{"Knesset", "Israel", "", ""},
	{"Duma", "Russia", "", ""},
	{"State Duma", "Russia", "", ""},
	{"Kremlin", "Soviet Union", "", "1991-12-26"},
	{"Kremlin", "Russia", "1991-12-26", ""},
	{"Elysee", "France", "", ""},
	{"Quai d'Orsay", "France", "", ""},
	{"Whitehall", "United Kingdom", "", ""},
	{"Foreign Office", "United Kingdom", "", ""},
	{"Blue House", "South Korea", "", ""},
	{"Downing Street", "United Kingdom", "", ""},
	{"Cheong Wa Dae", "South Korea", "", ""},
	{"Zhongnanhai", "China", "", ""},
}

// Institution returns the state whose body name is on day: "Federal
// Reserve Board" → United States, "Bundesbank" → West Germany before 3
// October 1990 and Germany from then. The name must stand as the table
// writes it; it reports false for a name it does not know and for a day
// outside the body's time.
func Institution(name string, day time.Time) (country string, ok bool) {
	if congressCommittee(name) {
		return "United States", true
	}
	ins := institutionsByName()[name]
	if len(ins) == 0 {
		return "", false // most phrases asked about: no day to write out
	}
	d := day.Format("2006-01-02")
	for _, in := range ins {
		if (in.from == "" || d >= in.from) && (in.until == "" || d < in.until) {
			return in.country, true
		}
	}
	return "", false
}

// congressCommittee reports whether name is a committee of the United
// States Congress as wire copy names it before its chairman's title:
// "Senate Budget Committee", "House Ways and Means Committee". Another
// state's senate committee comes with its state's adjective first
// ("Philippine Senate ..."), which is read before this.
func congressCommittee(name string) bool {
	house, rest, ok := strings.Cut(name, " ")
	if !ok || house != "Senate" && house != "House" {
		return false
	}
	return strings.HasSuffix(rest, "Committee") || strings.HasSuffix(rest, "Subcommittee")
}

var institutionsByName = sync.OnceValue(func() map[string][]institution {
	m := make(map[string][]institution, len(institutions))
	for _, in := range institutions {
		m[in.name] = append(m[in.name], in)
	}
	return m
})

// IsInstitution reports whether name is a state body the table knows, on
// any day: "Bundesbank", "Federal Reserve Board", "Senate Budget
// Committee".
func IsInstitution(name string) bool {
	return congressCommittee(name) || len(institutionsByName()[name]) > 0
}

// InstitutionWords is the number of words in the longest institution's
// name.
func InstitutionWords() int { return institutionWords() }

var institutionWords = sync.OnceValue(func() int {
	n := 0
	for _, in := range institutions {
		n = max(n, countWords(in.name))
	}
	return n
})

// MayStartInstitution reports whether word is the first word of an
// institution's name.
func MayStartInstitution(word string) bool { return institutionFirst().has(word) }

var institutionFirst = sync.OnceValue(func() *firstWordSet {
	s := newFirstWordSet()
	for _, in := range institutions {
		s.add(firstWord(in.name))
	}
	return s
})
