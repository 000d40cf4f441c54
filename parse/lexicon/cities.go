package lexicon

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:generate go run ./internal/gen

// citiesTSV is the gazetteer: name, country code, population and "C" for a
// national capital, tab-separated, sorted by name. See data/README.md.
//
//go:embed data/cities.tsv
var citiesTSV string

// place is a gazetteer row.
type place struct {
	name       string
	code       string
	population int
	capital    bool
}

// better reports whether p should be preferred to q as the referent of a
// shared name: a national capital, unless q is ten times as populous;
// otherwise the more populous.
func (p place) better(q place) bool {
	switch {
	case p.capital && !q.capital:
		return q.population < 10*p.population
	case q.capital && !p.capital:
		return p.population >= 10*q.population
	}
	return p.population > q.population
}

type gazetteer struct {
	byName   map[string]place // exact name and diacritic-free name
	rows     int
	maxWords int
	// first holds the first word of every name in byName, and of
	// every country and organisation name (words.first), so that
	// [MayStartName] looks up a word once.
	first    *firstWordSet
	capitals map[string]place // country code -> its national capital
}

var loadCities = sync.OnceValue(func() *gazetteer { return buildCities(loadWords()) })

func buildCities(w *words) *gazetteer {
	g := &gazetteer{byName: make(map[string]place, 28000), capitals: map[string]place{}}
	folded := make(map[string]place)
	rows := citiesTSV
	for rows != "" {
		var line string
		line, rows, _ = strings.Cut(rows, "\n")
		p, ok := parsePlace(line)
		if !ok {
			continue
		}
		g.rows++
		g.maxWords = max(g.maxWords, strings.Count(p.name, " ")+1)
		if q, ok := g.capitals[p.code]; p.capital && (!ok || p.population > q.population) {
			g.capitals[p.code] = p
		}
		if q, ok := g.byName[p.name]; !ok || p.better(q) {
			g.byName[p.name] = p
		}
		if k := fold(p.name); k != p.name {
			if q, ok := folded[k]; !ok || p.better(q) {
				folded[k] = p
			}
		}
	}
	for k, p := range folded {
		if _, ok := g.byName[k]; !ok {
			g.byName[k] = p
		}
	}
	countries := w.countries
	for k, p := range g.byName {
		_, isCountry := countries[k]
		switch {
		case p.population < 1_000_000 && ambiguous[k]:
			delete(g.byName, k)
		case isCountry && !p.capital:
			delete(g.byName, k)
		case regions[k] != "" && !p.capital:
			// "his Asia trip" is no journey to the town of Asia in
			// the Philippines.
			delete(g.byName, k)
		}
	}
	// Aliases name a gazetteer entry, and a country when the entry's name has
	// namesakes; they override the ranking above.
	for _, a := range cityAliases {
		p, ok := g.byName[a.target]
		if a.code != "" && (!ok || p.code != a.code) {
			p, ok = g.find(a.target, a.code)
		}
		if ok {
			if a.historical != "" {
				p.code = a.historical
			}
			g.byName[a.name] = p
		}
	}
	g.first = firstWords(g.byName, nil)
	for k := range w.first.words {
		g.first.add(k)
	}
	return g
}

// parsePlace parses a gazetteer row; it reports false for a malformed one.
func parsePlace(line string) (place, bool) {
	name, rest, _ := strings.Cut(line, "\t")
	code, rest, _ := strings.Cut(rest, "\t")
	pop, capital, _ := strings.Cut(rest, "\t")
	n, err := strconv.Atoi(pop)
	if name == "" || err != nil {
		return place{}, false
	}
	return place{name: name, code: code, population: n, capital: capital == "C"}, true
}

// find scans the table for the most populous place named name in country
// code. Aliases use it to pick a namesake the ranking passed over.
func (g *gazetteer) find(name, code string) (place, bool) {
	var best place
	var found bool
	i := strings.Index(citiesTSV, name+"\t"+code+"\t")
	for i >= 0 {
		if i == 0 || citiesTSV[i-1] == '\n' {
			line, _, _ := strings.Cut(citiesTSV[i:], "\n")
			if p, ok := parsePlace(line); ok && (!found || p.population > best.population) {
				best, found = p, true
			}
		}
		next := strings.Index(citiesTSV[i+1:], name+"\t"+code+"\t")
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return best, found
}

// LookupCity returns the city with that exact name, ranked among namesakes as
// the package documentation describes, with the country it lies in today
// (aliases such as "East Berlin" and "Leningrad" name their 1980s country).
// The name must start with an upper-case letter, or be "the" followed by one:
// "the Hague" finds The Hague. It reports false for
// unknown or excluded names, such as "Nice" or "Kim".
func LookupCity(name string) (City, bool) {
	name = trimSpace(name)
	bare, _ := trim(name)
	r, _ := utf8.DecodeRuneInString(bare)
	if !unicode.IsUpper(r) {
		return City{}, false
	}
	g := loadCities()
	p, ok := g.byName[name]
	if !ok {
		if bare == name {
			return City{}, false
		}
		// "the Hague" is The Hague.
		if p, ok = g.byName["The "+bare]; ok {
			name = "The " + bare
		} else if p, ok = g.byName[bare]; ok {
			name = bare
		} else {
			return City{}, false
		}
	}
	c, ok := loadWords().byCode[p.code]
	if !ok {
		c = historicalByCode(p.code)
	}
	return City{Name: name, Country: c, Population: p.population}, true
}

// CapitalOf returns the national capital of country, for "the Iranian
// capital": the gazetteer's capital of the country's code (the most
// populous, for a country with two).
func CapitalOf(country Country) (City, bool) {
	if name, ok := formerCapitals[country.Name]; ok {
		// "the West German capital" of 1987 is Bonn.
		c, ok := LookupCity(name)
		c.Country = country
		return c, ok
	}
	p, ok := loadCities().capitals[country.Code]
	if !ok || country.Code == "" {
		return City{}, false
	}
	name := p.name
	for _, a := range cityAliases {
		// Its everyday name: "Washington", not "Washington, D.C.".
		if a.target == p.name && (a.code == "" || a.code == p.code) && a.historical == "" && len(a.name) < len(name) {
			name = a.name
		}
	}
	return City{Name: name, Country: country, Population: p.population}, true
}

// formerCapitals are the capitals of states that are no more, where the
// gazetteer's capital of their code is another's. Public record.
var formerCapitals = map[string]string{
	"West Germany": "Bonn", "East Germany": "East Berlin", "Soviet Union": "Moscow",
	"Yugoslavia": "Belgrade", "Czechoslovakia": "Prague",
}

// LookupCityIn returns the most populous city named name in country, for
// a text that names both ("Paris, Texas" is no Paris, France).
func LookupCityIn(name string, country Country) (City, bool) {
	if country.Code == "" {
		return City{}, false
	}
	p, ok := loadCities().find(name, country.Code)
	if !ok {
		return City{}, false
	}
	return City{Name: name, Country: country, Population: p.population}, true
}

func historicalByCode(code string) Country {
	for _, h := range historical {
		if h.code == code {
			return Country{Name: h.name, Code: h.code}
		}
	}
	return Country{Code: code}
}

// fold returns s with Latin letters stripped of diacritics, so that "Sao
// Paulo" finds "São Paulo". Other characters are kept.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if int(r) < len(foldLatin) && foldLatin[r] != "" {
			b.WriteString(foldLatin[r])
		} else if f, ok := foldTable[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldLatin is foldTable for Latin-1 and Latin Extended-A, as an array
// because a map lookup per letter dominated the gazetteer's load time.
var foldLatin = func() (a [0x180]string) {
	for r, s := range foldTable {
		if int(r) < len(a) {
			a[r] = s
		}
	}
	return a
}()

var foldTable = func() map[rune]string {
	m := make(map[rune]string)
	for _, group := range []string{
		"A ÀÁÂÃÄÅĀĂĄ", "a àáâãäåāăą", "C ÇĆĈĊČ", "c çćĉċč", "D ĎĐḐḌ", "d ďđḑḍ",
		"E ÈÉÊËĒĔĖĘĚ", "e èéêëēĕėęě", "G ĜĞĠĢ", "g ĝğġģ", "H ĤĦḤ", "h ĥħḥ",
		"I ÌÍÎÏĨĪĬĮİ", "i ìíîïĩīĭįı", "J Ĵ", "j ĵ", "K Ķ", "k ķ", "L ĹĻĽĿŁ", "l ĺļľŀł",
		"N ÑŃŅŇ", "n ñńņň", "O ÒÓÔÕÖØŌŎŐ", "o òóôõöøōŏő", "R ŔŖŘ", "r ŕŗř",
		"S ŚŜŞŠȘṢ", "s śŝşšșṣ", "T ŢŤŦȚṬ", "t ţťŧțṭ", "U ÙÚÛÜŨŪŬŮŰŲ", "u ùúûüũūŭůűų",
		"W Ŵ", "w ŵ", "Y ÝŶŸ", "y ýÿŷ", "Z ŹŻŽẒ", "z źżžẓ",
		"' ’‘ʼʻ", "- ‐‑–",
	} {
		to, from, _ := strings.Cut(group, " ")
		for _, r := range from {
			m[r] = to
		}
	}
	for r, s := range map[rune]string{'Æ': "Ae", 'æ': "ae", 'Œ': "Oe", 'œ': "oe", 'ß': "ss", 'Þ': "Th", 'þ': "th"} {
		m[r] = s
	}
	return m
}()
