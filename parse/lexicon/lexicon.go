// Package lexicon holds the word lists the event extractor matches against
// news text: countries with their aliases and adjectives, a gazetteer of
// cities, titles of office, international organisations and the regions
// of the world news names ("the Middle East").
//
// # Matching
//
// Every lookup takes a candidate phrase as written in the text, such as the
// longest run of capitalised words, and matches it exactly and
// case-sensitively: "U.S." and "US" are the United States, "us" is not.
// Callers try shorter prefixes themselves; [MaxWords] says how long a phrase
// can usefully be. Surrounding spaces are ignored, and a leading "the " or
// "The " may be present or not ("the Philippines", "The Hague", "the U.N.").
//
// # Cities
//
// [LookupCity] searches a gazetteer of the 24,000 places with at least 15,000
// inhabitants, and every national capital, from GeoNames (CC BY 4.0; see
// data/README.md for source and attribution). Namesakes are ranked: a national
// capital wins unless a namesake is at least ten times as populous ("San
// Juan" is Puerto Rico's, "George Town" Malaysia's), otherwise the most populous
// place wins. Names without diacritics find the accented entry ("Sao Paulo",
// "Zurich") when no place is spelled that way. A short list of historical and
// English names ("Peking", "Leningrad", "Bombay", "Geneva", "Washington")
// leads to the gazetteer entry.
//
// Because news text is full of capitalised words that are also towns, a name
// must start with an upper-case letter, and a place whose name is a common
// English word, month, given name or surname ("Of", "Nice", "Reading",
// "Mobile", "Split", "Summit", "Jackson", "Mao") is not found unless it has a
// million inhabitants or more. Nor is a place named like a country ("Mexico"
// in the Philippines, "Lebanon" in Pennsylvania) unless it is a capital:
// [LookupCountry] should get those.
//
// Tables are built on first use, once, and are safe for concurrent use.
package lexicon

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// Country is a state, current or historical. Code is its ISO 3166-1 alpha-2
// code, or the one it had: "SU" for the Soviet Union, "DD" East Germany, "YU"
// Yugoslavia, "CS" Czechoslovakia; West Germany shares "DE" with Germany.
type Country struct{ Name, Code string }

// City is a populated place. Name is the name as looked up, which may be an
// older or English name of the gazetteer entry ("Peking" for Beijing).
type City struct {
	Name       string
	Country    Country
	Population int
}

// words holds the small hand-made tables, keyed by the text as written.
type words struct {
	countries, adjectives map[string]Country
	byCode                map[string]Country // current countries only
	titles, organisations map[string]string
	maxWords              int
	// first holds the first word of every country and organisation
	// name, without a leading article; firstAdjective and firstTitle
	// those of the adjectives and titles.
	first, firstAdjective, firstTitle *firstWordSet
}

var loadWords = sync.OnceValue(buildWords)

func buildWords() *words {
	w := &words{
		countries:     make(map[string]Country),
		adjectives:    make(map[string]Country),
		byCode:        make(map[string]Country),
		titles:        make(map[string]string),
		organisations: make(map[string]string),
	}
	add := func(c country) {
		v := Country{Name: c.name, Code: c.code}
		w.countries[c.name] = v
		for _, a := range c.aliases {
			w.countries[a] = v
		}
		for _, a := range c.adjectives {
			w.adjectives[a] = v
		}
	}
	for _, c := range countries {
		add(c)
		w.byCode[c.code] = Country{Name: c.name, Code: c.code}
	}
	for _, c := range historical {
		add(c)
	}
	for _, t := range titles {
		w.titles[t.title] = t.role
		// Titles are capitalised before a name and lower case elsewhere:
		// "Foreign Minister Eduard Shevardnadze", "the foreign minister".
		// Honorifics, abbreviations and "general", an everyday adjective,
		// have no lower-case form.
		if t.role != "" && !strings.HasSuffix(t.title, ".") && t.title != "General" {
			w.titles[strings.ToLower(t.title)] = t.role
		}
	}
	// "Prime Minister-designate Haider al-Abadi", "Foreign
	// Minister-elect": the office about to be taken is the title's,
	// unless the table names it itself ("President-elect").
	for _, t := range titles {
		if t.role == "" || strings.HasSuffix(t.title, ".") || t.title == "General" {
			continue
		}
		for _, suffix := range []string{"-designate", "-elect"} {
			for _, v := range []string{t.title + suffix, strings.ToLower(t.title + suffix)} {
				if _, ok := w.titles[v]; !ok {
					w.titles[v] = t.role
				}
			}
		}
	}
	for _, o := range organisations {
		for _, n := range append([]string{o.name}, o.aliases...) {
			w.organisations[n] = o.name
			if s := strings.ReplaceAll(n, "Organization", "Organisation"); s != n {
				w.organisations[s] = o.name
			}
		}
	}
	for _, m := range []map[string]Country{w.countries, w.adjectives} {
		for k := range m {
			w.maxWords = max(w.maxWords, countWords(k))
		}
	}
	for _, m := range []map[string]string{w.titles, w.organisations} {
		for k := range m {
			w.maxWords = max(w.maxWords, countWords(k))
		}
	}
	w.first = firstWords(w.countries, nil)
	firstWords(w.organisations, w.first)
	w.firstAdjective = firstWords(w.adjectives, nil)
	w.firstTitle = firstWords(w.titles, nil)
	return w
}

// firstWords adds the first word of every key of m to set (a new one
// when nil), after a leading "the" ([firstWord]), and returns the set.
func firstWords[V any](m map[string]V, set *firstWordSet) *firstWordSet {
	if set == nil {
		set = newFirstWordSet()
	}
	for k := range m {
		set.add(firstWord(k))
	}
	return set
}

// A firstWordSet is a set of the first words of a table's phrases, with
// a bitmap of the first and last bytes of each in front of the map: most
// words of a text begin no phrase, and the bitmap tells most of them so
// without hashing the word.
type firstWordSet struct {
	ends  [256 * 256 / 64]uint64
	words map[string]bool
}

func newFirstWordSet() *firstWordSet { return &firstWordSet{words: map[string]bool{}} }

// ends returns the index of w's first and last bytes in the bitmap.
func ends(w string) int { return int(w[0])<<8 | int(w[len(w)-1]) }

func (s *firstWordSet) add(w string) {
	if w != "" {
		k := ends(w)
		s.ends[k/64] |= 1 << (k % 64)
	}
	s.words[w] = true
}

// has reports whether w is in s.
func (s *firstWordSet) has(w string) bool {
	if w != "" {
		if k := ends(w); s.ends[k/64]&(1<<(k%64)) == 0 {
			return false
		}
	}
	return s.words[w]
}

// MayStartAdjective reports whether word, as written, can begin an
// adjective [LookupAdjective] knows.
func MayStartAdjective(word string) bool { return loadWords().firstAdjective.has(word) }

// MayStartTitle reports whether word, as written, can begin a title
// [LookupTitle] knows.
func MayStartTitle(word string) bool { return loadWords().firstTitle.has(word) }

// firstWord returns the first space-separated word of name, after a
// leading "the".
func firstWord(name string) string {
	bare, _ := trim(name)
	w, _, _ := strings.Cut(bare, " ")
	return w
}

// MayStartName reports whether word, as written, can begin the name of a
// country, an organisation or a city that [LookupCountry],
// [LookupOrganisation] or [LookupCity] knows, with or without a leading
// "the": a cheap test before trying the phrases that start with it.
func MayStartName(word string) bool {
	return word == "the" || word == "The" || loadCities().first.has(word)
}

func countWords(s string) int { return len(strings.Fields(s)) }

// trim removes surrounding space and reports whether s has a leading
// article, returning s without it.
func trim(s string) (bare string, hadThe bool) {
	s = trimSpace(s)
	if len(s) >= 4 && (s[:4] == "the " || s[:4] == "The ") {
		return trimSpace(s[4:]), true
	}
	return s, false
}

// trimSpace is strings.TrimSpace, with no work for the phrases the
// lookups are asked about, which start and end with a printable ASCII
// byte.
func trimSpace(s string) string {
	if s != "" && ' ' < s[0] && s[0] < utf8.RuneSelf && ' ' < s[len(s)-1] && s[len(s)-1] < utf8.RuneSelf {
		return s
	}
	return strings.TrimSpace(s)
}

// lookup finds s in m as written, or without its leading article.
func lookup[V any](m map[string]V, s string) (V, bool) {
	s = trimSpace(s)
	if v, ok := m[s]; ok {
		return v, true
	}
	bare, had := trim(s)
	if !had {
		var zero V
		return zero, false
	}
	v, ok := m[bare]
	return v, ok
}

// LookupCountry returns the country named name: an ISO short name ("Russia",
// "North Korea"), a news alias ("U.S.", "the United States", "Britain",
// "USSR") or a historical state ("Soviet Union", "West Germany"). City names
// are not countries: "Peking" is found by [LookupCity]. It reports false for
// anything else, including the empty string.
func LookupCountry(name string) (Country, bool) {
	return lookup(loadWords().countries, name)
}

// LookupAdjective returns the country an adjective or demonym refers to:
// "North Korean" → North Korea, "Soviet" → Soviet Union, "U.S." and
// "American" → United States, "British" → United Kingdom. Adjectives shared
// by several states ("Korean", "Congolese") report false.
func LookupAdjective(adj string) (Country, bool) {
	v, ok := loadWords().adjectives[trimSpace(adj)]
	return v, ok
}

// LookupTitle returns the normalised, lower-case role of a title of office:
// "President" → "president", "Foreign Secretary" → "foreign minister",
// "Secretary General" → "secretary-general". Both the capitalised and the
// lower-case form match, except for abbreviations ("Gen."), honorifics and
// "general". Honorifics ("Mr.", "Mrs.", "Ms.", "Dr.") report an
// empty role and true: a name follows, but no office.
func LookupTitle(title string) (role string, ok bool) {
	role, ok = loadWords().titles[trimSpace(title)]
	return role, ok
}

// LookupOrganisation returns the canonical name of an international
// organisation: "UN", "the U.N." and "United Nations" → "United Nations".
// British and American spellings ("Organisation", "Organization") both
// match.
func LookupOrganisation(name string) (canonical string, ok bool) {
	return lookup(loadWords().organisations, name)
}

// MaxWords returns the number of space-separated words in the longest entry
// of any table, cities included: a phrase longer than that matches nothing.
func MaxWords() int {
	return max(loadWords().maxWords, loadCities().maxWords)
}
