package anchor

import (
	"regexp"
	"strings"

	"github.com/dateline-dev/dateline/parse/lexicon"
	"github.com/dateline-dev/dateline/timeline"
)

// Parts of datelineRE.
const (
	// placeRE is a place as datelines print it: capitalised words, the
	// first of two letters or more ("VLADIVOSTOK", "NEW YORK",
	// "WINSTON-SALEM", "ABOARD A MILITARY AIRCRAFT", "Paris").
	placeRE = `[A-Z][A-Za-z'.]+(?:[ -][A-Z][A-Za-z'.]*)*`
	// regionRE is a region after the place: "Russia", "Md.", "British
	// Columbia".
	regionRE = `[A-Z][A-Za-z'.]+(?:[ \t][A-Z][A-Za-z'.]+)*`
	// agencyRE is an agency's credit: "UPI", "Reuters", "dpa", "AFP/Getty".
	agencyRE = `[A-Za-z][A-Za-z .&/-]*`
)

// datelineRE matches a dateline at the start of a line (Find runs it on
// one line at a time): a place ("Paris / Berlin" gives two), a region in
// brackets ("Mumbai [India]"), regions after commas ("VLADIVOSTOK,
// Russia"), a month and day with an optional year, a credit in
// parentheses, and an end: a dash (the underscore old AP copy used for
// one included), a colon, or a credit between bars
// ("Nairobi, Kenya | Xinhua |"). Everything but the end is optional
// here; Find says which combinations make a dateline.
var datelineRE = regexp.MustCompile(
	`^[ \t]*` +
		`(?:(?P<place>` + placeRE + `)(?:[ \t]*/[ \t]*(?P<place2>` + placeRE + `))?` +
		`(?:[ \t]*\[(?P<bracket>` + regionRE + `)\])?` +
		`(?P<regions>(?:,[ \t]*` + regionRE + `)*?)` +
		`(?P<sep>,[ \t]*|[ \t]+)?)?` +
		`(?P<date>(?P<month>` + monthPattern + `|(?i:` + monthPattern + `))[ \t]+(?P<day>\d{1,2})(?:,?[ \t]+(?P<year>\d{4}))?)?` +
		`[ \t]*(?:\((?P<agency>` + agencyRE + `)\))?` +
		`[ \t]*(?:(?P<dash>--|—|–|-|_|:)|\|[ \t]*(?P<credit>` + agencyRE + `?)[ \t]*\|)`)

// maxDatelineOffset is how far into a text a dateline is looked for:
// headlines, stamps and photo captions come before it, the story after.
const maxDatelineOffset = 8000

// Find returns the first dateline at the start of a line among the first
// 8000 bytes of text: its text and span (without the spaces after its
// dash), its place, its agency and its date. The date is a DATE with
// rule "dateline": a month and day have the value XXXX-MM-DD, for
// [Resolve] to give them a year; a full date ("May 31, 2014") is resolved
// already, unless it names no day ("Feb. 29, 1987"), when it keeps the
// value 1987-02-29 and no bounds. A dateline without a date has the zero
// date.
//
// The place is the first city when two are given ("Paris / Berlin"; the
// text keeps both), with its country from the regions or the gazetteer
// ("VLADIVOSTOK, Russia" is Vladivostok, Russia; "TOKYO" Tokyo, Japan). A
// place that is a country alone is only a country ("SINGAPORE"); one the
// gazetteer does not know is kept as the city, in title case ("Aboard a
// Military Aircraft").
//
// A line is a dateline only if it reads as one:
//
//   - a place and a date ("MOSCOW, April 13 -");
//   - a place and a credit ("SEOUL (AP) —"), the place in capitals or
//     known to the gazetteer ("Paris / Berlin (dpa) –") and with no word
//     of one letter ("COPPER GRADE A (Reuters) -" is none);
//   - a known place in capitals before a long dash ("BEIJING —");
//   - a date and a credit ("March 12 (Reuters) -").
//
// A date with no comma after its place ("LAGOS Jan 5") needs a place the
// gazetteer knows; a date with no place, or no comma, a month printed as
// in running text ("Jan.", "April"), not as a shouted headline prints it
// ("JULY 1"). A colon ends only a dateline with a credit or a place in
// capitals ("ANKARA (AA):"), not "Shipments, Jan 5: 100 tonnes". Find
// reports false when no line is a dateline.
func Find(text string) (timeline.Dateline, bool) {
	head := text
	if len(head) > maxDatelineOffset {
		head = head[:maxDatelineOffset]
	}
	for start := 0; start < len(head); {
		end := strings.IndexByte(head[start:], '\n')
		if end < 0 {
			end = len(head)
		} else {
			end += start
		}
		// A dateline opens with a capital: its place, or its month.
		if line := strings.TrimLeft(head[start:end], " \t"); line != "" && 'A' <= line[0] && line[0] <= 'Z' {
			if m := datelineRE.FindStringSubmatchIndex(head[start:end]); m != nil {
				for i := range m {
					if m[i] >= 0 {
						m[i] += start
					}
				}
				if dl, ok := dateline(text, m); ok {
					return dl, true
				}
			}
		}
		start = end + 1
	}
	return timeline.Dateline{}, false
}

// dateline builds the dateline of one datelineRE match m in text; ok is
// false when the match does not read as a dateline.
func dateline(text string, m []int) (dl timeline.Dateline, ok bool) {
	g := func(name string) (string, int, int) {
		i := datelineRE.SubexpIndex(name)
		if m[2*i] < 0 {
			return "", -1, -1
		}
		return text[m[2*i]:m[2*i+1]], m[2*i], m[2*i+1]
	}
	place, pstart, _ := g("place")
	month, mstart, _ := g("month")
	agency, _, _ := g("agency")
	if agency == "" {
		agency, _, _ = g("credit")
	}
	agency = strings.TrimSpace(agency)
	sep, _, _ := g("sep")
	dash, _, _ := g("dash")
	capitals := place != "" && strings.ToUpper(place) == place
	// printed: "April", "Jan.", not "APRIL" or "april".
	printed := month != "" && month[0] >= 'A' && month[0] <= 'Z' && strings.ToUpper(month) != month
	switch {
	case place == "" && (month == "" || agency == ""):
		return dl, false // "March 12 -" alone could be any line
	case place == "" && !printed:
		return dl, false // "APRIL 7 (Reuters) -": a date alone is printed as in running text
	case month == "" && strings.Contains(sep, ","):
		return dl, false // "NEW YORK, -"
	case month == "" && hasLetterWord(place):
		return dl, false // "COPPER GRADE A (Reuters) -": only a dated place has one-letter words
	case month == "" && agency == "" && (!capitals || dash != "—" && dash != "--" || !knownPlace(place)):
		return dl, false // a place alone is a known one in capitals before a long dash
	case month == "" && agency != "" && !capitals && !knownPlace(place):
		return dl, false // "By Jane Doe | Reuters |"
	case month != "" && place != "" && !strings.Contains(sep, ",") && (!printed || !knownPlace(place)):
		return dl, false // "Sales Jan 5 -", "ROTTERDAM PORT SUBSIDY TO END JULY 1 - MINISTER"
	case dash == ":" && agency == "" && !capitals:
		return dl, false // "Shipments, Jan 5: 100 tonnes"
	}
	start := pstart
	if place == "" {
		start = mstart
	}
	dlText := strings.TrimRight(text[start:m[1]], " \t")
	dl = timeline.Dateline{
		Text:   dlText,
		Span:   timeline.Span{Start: start, End: start + len(dlText)},
		Agency: agency,
	}
	if place != "" {
		regions, _, _ := g("regions")
		if bracket, _, _ := g("bracket"); bracket != "" {
			regions = "," + bracket + regions
		}
		dl.Place = datelinePlace(place, regions)
	}
	if month != "" {
		dl.Date = datelineDate(text, m)
	}
	return dl, true
}

// hasLetterWord reports whether place has a word of one letter: "A" in
// "ABOARD A MILITARY AIRCRAFT".
func hasLetterWord(place string) bool {
	for _, w := range strings.FieldsFunc(place, func(r rune) bool { return r == ' ' || r == '-' }) {
		if len(w) == 1 {
			return true
		}
	}
	return false
}

// datelineDate builds the date of a dateline match m in text that has a
// month and day.
func datelineDate(text string, m []int) timeline.Date {
	sub := func(name string) string {
		i := datelineRE.SubexpIndex(name)
		if m[2*i] < 0 {
			return ""
		}
		return text[m[2*i]:m[2*i+1]]
	}
	i := datelineRE.SubexpIndex("date")
	span := timeline.Span{Start: m[2*i], End: m[2*i+1]}
	mon, day := monthOf(sub("month")), atoi(sub("day"))
	d := timeline.Date{Type: timeline.TypeDate, Value: "XXXX-" + pad2(int(mon)) + "-" + pad2(day)}
	if year := sub("year"); year != "" {
		d.Value = year + d.Value[4:]
		if value, ok := dayValue(atoi(year), mon, day); ok {
			d, _ = timeline.ParseValue(value)
		}
	}
	d.Text, d.Span, d.Rule = text[span.Start:span.End], span, "dateline"
	return d
}

// Field reads a dateline given apart from its story, as an archive record
// gives it: "TOKYO, April 27", "JOHANNESBURG March 13", "BRUSSELS, March
// 27, Reuter". It reads what [Find] reads, without the dash; an agency
// trailing the field ("Reuter") is left out. When the field reads as no
// dateline, the place is read from the text before its first comma.
// The result's text is s without surrounding spaces, and its spans (and
// its date's) are zero, as s is not in the story's text. An empty or
// blank s gives the zero Dateline.
func Field(s string) timeline.Dateline {
	text := strings.TrimSpace(s)
	if text == "" {
		return timeline.Dateline{}
	}
	field := text
	for _, agency := range []string{", Reuters", ", Reuter", " Reuters", " Reuter"} {
		field = strings.TrimSuffix(field, agency)
	}
	dl, ok := Find(field + " -")
	if !ok {
		place, _, _ := strings.Cut(field, ",")
		dl = timeline.Dateline{Place: datelinePlace(strings.ToUpper(strings.TrimSpace(place)), "")}
	}
	dl.Text, dl.Span, dl.Date.Span = text, timeline.Span{}, timeline.Span{}
	return dl
}

// knownPlace reports whether a dateline's place ("BEIJING", "Nairobi")
// is a city or a country of the gazetteer.
func knownPlace(place string) bool {
	name := titleCase(place)
	_, city := lexicon.LookupCity(name)
	_, country := lexicon.LookupCountry(name)
	return city || country
}

// datelinePlace reads the place of a dateline: the city ("VLADIVOSTOK")
// and the regions after it (", Russia"). The country is the region that
// names one, else the gazetteer's country for the city.
func datelinePlace(city, regions string) timeline.Place {
	p := timeline.Place{City: titleCase(city)}
	for _, r := range strings.Split(regions, ",") {
		r = strings.TrimSpace(r)
		if r == "Georgia" {
			// "TBILISI, Georgia" or "ATLANTA, Georgia": the city tells.
			if c, ok := lexicon.LookupCity(p.City); ok {
				p.Country = c.Country.Name
				continue
			}
		}
		if c, ok := lexicon.LookupDivision(r); ok && !knownCountry(r) {
			p.Country = c // "CAMP DAVID, Maryland", "CAMP DAVID, Md."
			continue
		}
		if c, ok := lexicon.LookupCountry(r); ok {
			p.Country = c.Name
		}
	}
	if c, ok := lexicon.LookupCountry(p.City); ok {
		// "MOSCOW" is a city, but "SINGAPORE" or "KUWAIT" may name both.
		if _, isCity := lexicon.LookupCity(p.City); !isCity {
			return timeline.Place{Country: c.Name}
		}
		if p.Country == "" {
			p.Country = c.Name
		}
	}
	if p.Country == "" {
		if c, ok := lexicon.LookupCity(p.City); ok {
			p.Country = c.Country.Name
		}
	}
	return p
}

// titleCase turns "VLADIVOSTOK" into "Vladivostok" and "NEW YORK" into
// "New York"; a short word after the first ("OF", "DE") stays lower.
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		lw := strings.ToLower(w)
		if i > 0 && len(lw) <= 2 && lw != "el" {
			words[i] = lw
			continue
		}
		var b strings.Builder
		upper := true
		for _, r := range lw {
			if upper {
				b.WriteString(strings.ToUpper(string(r)))
			} else {
				b.WriteRune(r)
			}
			upper = r == '-' || r == '\'' || r == '.'
		}
		words[i] = b.String()
	}
	return strings.Join(words, " ")
}

// knownCountry reports whether name is a country's name.
func knownCountry(name string) bool {
	_, ok := lexicon.LookupCountry(name)
	return ok
}
