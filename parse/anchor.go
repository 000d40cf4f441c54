package parse

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-dev/dateline/parse/lexicon"
	"github.com/dateline-dev/dateline/timeline"
)

// monthPattern matches an English month name, full or abbreviated, with an
// optional period after the abbreviation. Month names must be capitalised.
const monthPattern = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`

var months = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// monthOf returns the month a name or abbreviation matched by monthPattern
// stands for.
func monthOf(s string) time.Month {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) > 3 {
		s = s[:3]
	}
	return months[s]
}

// stampRE matches a publication stamp: an optional keyword ("Updated",
// "Published", "Posted"), an optional weekday, then a date in one of the
// orders news sites print ("April 26, 2019", "26 April 2019",
// "2019-04-26") and an optional clock time ("at 3:43 PM", "15:43 GMT").
var stampRE = regexp.MustCompile(
	`(?i:(?P<kw>updated|published|posted|first published|last updated)\s*:?\s*(?:on\s+)?)?` +
		// AP prints the time first: "Published 10:43 AM EDT, March 12, 2024".
		`(?:(?P<hh0>\d{1,2})[:.](?P<mm0>\d{2})\s*(?i:(?P<ampm0>a\.?m\.?|p\.?m\.?))?(?:\s*(?:GMT|UTC|[ECMP][SD]?T)(?:[+-]\d{1,2})?)?,?\s+)?` +
		`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?` +
		`(?:` +
		`(?P<mdy>(?P<m1>` + monthPattern + `)\s+(?P<d1>\d{1,2}),?\s+(?P<y1>\d{4}))` +
		`|(?P<dmy>(?P<d2>\d{1,2})\s+(?P<m2>` + monthPattern + `),?\s+(?P<y2>\d{4}))` +
		`|(?P<iso>(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))` +
		`)` +
		`(?:(?:,?\s+at|,|\s*T|\s)\s*(?P<hh>\d{1,2})[:.](?P<mm>\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?i:(?P<ampm>a\.?m\.?|p\.?m\.?))?` +
		`(?:\s*(?:Z|GMT|UTC|[ECMP][SD]?T|[+-]\d{2}:?\d{2}))?)?`)

// A stamp is a publication stamp found in a document's header.
type stamp struct {
	date    timeline.Date // TIME at minute precision, or DATE at day
	keyword bool          // introduced by "Updated", "Published", ...
}

// findStamp returns the publication stamp in header, the part of a
// document before its dateline, preferring one introduced by a keyword
// ("Updated April 26, 2019 at 3:43 PM") to a bare date. Offsets in the
// returned date are relative to header plus off.
func findStamp(header string, off int) (stamp, bool) {
	var best stamp
	found := false
	for _, m := range stampRE.FindAllStringSubmatchIndex(header, -1) {
		d, ok := stampDate(header, m)
		if !ok {
			continue
		}
		s := stamp{date: d, keyword: m[2*stampRE.SubexpIndex("kw")] >= 0}
		if !s.keyword && !standsAlone(header, m[0], m[1]) {
			// "The talks that began on June 30, 1986 ended": a date
			// in a sentence, no stamp.
			continue
		}
		s.date.Span = d.Span.Shift(off)
		if !found || (s.keyword && !best.keyword) {
			best, found = s, true
		}
		if best.keyword {
			break
		}
	}
	return best, found
}

// standsAlone reports whether the date header[s:e] is set apart on its
// line as a stamp is: nothing before it but a byline or a label ended by
// a separator ("By Jane Doe |", "WORLD NEWS -"), and nothing after it but
// a separator or a bracket.
func standsAlone(header string, s, e int) bool {
	ls := strings.LastIndexByte(header[:s], '\n') + 1
	le := strings.IndexByte(header[e:], '\n')
	if le < 0 {
		le = len(header)
	} else {
		le += e
	}
	before := strings.TrimSpace(header[ls:s])
	after := strings.TrimSpace(header[e:le])
	sep := func(c byte) bool { return strings.IndexByte("|-,:;/([", c) >= 0 || c >= 0x80 } // also dashes and bullets
	return (before == "" || sep(before[len(before)-1])) && (after == "" || sep(after[0]))
}

// isoStampRE is the whole of an archive's ISO 8601 stamp,
// "1987-02-26T15:01:01.79Z": what findStamp reads of it, found without
// running stampRE (the archive's stamps are all like this, and stampRE
// is slow).
var isoStampRE = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$`)

// isoStamp reads a stamp that is an ISO 8601 date or date and time and
// nothing else, as findStamp would; ok is false for anything else.
func isoStamp(s string) (stamp, bool) {
	m := isoStampRE.FindStringSubmatchIndex(s)
	if m == nil {
		return stamp{}, false
	}
	value, ok := dayValue(atoi(s[m[2]:m[3]]), time.Month(atoi(s[m[4]:m[5]])), atoi(s[m[6]:m[7]]))
	if !ok {
		return stamp{}, false
	}
	end := m[7]
	if m[8] >= 0 {
		hour, min := atoi(s[m[8]:m[9]]), atoi(s[m[10]:m[11]])
		if hour > 23 || min > 59 {
			return stamp{}, false
		}
		value += "T" + pad2(hour) + ":" + pad2(min)
		end = len(s)
	}
	date, ok := stampAt(s, value, 0, end)
	return stamp{date: date}, ok
}

// dayValue writes y-mon-d as a TIMEX3 value; ok is false for no such day.
func dayValue(y int, mon time.Month, d int) (string, bool) {
	if mon < 1 || mon > 12 || d < 1 || d > time.Date(y, mon+1, 0, 0, 0, 0, 0, time.UTC).Day() {
		return "", false
	}
	return time.Date(y, mon, d, 0, 0, 0, 0, time.UTC).Format("2006-01-02"), true
}

// stampAt returns the stamp date of value, written as s[start:end].
func stampAt(s, value string, start, end int) (timeline.Date, bool) {
	date, err := timeline.ParseValue(value)
	if err != nil {
		return timeline.Date{}, false
	}
	date.Text = s[start:end]
	date.Span = timeline.Span{Start: start, End: end}
	date.Rule = "stamp"
	return date, true
}

// stampDate builds the date of one stampRE match m in s.
func stampDate(s string, m []int) (timeline.Date, bool) {
	g := func(name string) (string, int, int) {
		i := stampRE.SubexpIndex(name)
		if m[2*i] < 0 {
			return "", -1, -1
		}
		return s[m[2*i]:m[2*i+1]], m[2*i], m[2*i+1]
	}
	var y, d int
	var mon time.Month
	var start, end int
	if t, a, b := g("mdy"); t != "" {
		m1, _, _ := g("m1")
		d1, _, _ := g("d1")
		y1, _, _ := g("y1")
		mon, d, y, start, end = monthOf(m1), atoi(d1), atoi(y1), a, b
	} else if t, a, b := g("dmy"); t != "" {
		m2, _, _ := g("m2")
		d2, _, _ := g("d2")
		y2, _, _ := g("y2")
		mon, d, y, start, end = monthOf(m2), atoi(d2), atoi(y2), a, b
	} else {
		_, a, b := g("iso")
		y3, _, _ := g("y3")
		m3, _, _ := g("m3")
		d3, _, _ := g("d3")
		y, mon, d, start, end = atoi(y3), time.Month(atoi(m3)), atoi(d3), a, b
	}
	value, ok := dayValue(y, mon, d)
	if !ok {
		return timeline.Date{}, false
	}
	h, _, _ := g("hh")
	mm, _, _ := g("mm")
	ampm, _, _ := g("ampm")
	hstart := start
	if h0, h0start, _ := g("hh0"); h == "" && h0 != "" {
		h, hstart = h0, h0start
		mm, _, _ = g("mm0")
		ampm, _, _ = g("ampm0")
	}
	if h != "" {
		hour, min := atoi(h), atoi(mm)
		switch ampm = strings.ToLower(strings.ReplaceAll(ampm, ".", "")); {
		case ampm == "pm" && hour < 12:
			hour += 12
		case ampm == "am" && hour == 12:
			hour = 0
		}
		if hour <= 23 && min <= 59 {
			value += "T" + pad2(hour) + ":" + pad2(min)
			start, end = hstart, max(end, m[1])
		}
	}
	return stampAt(s, value, start, end)
}

// datelineRE matches a dateline at the start of a paragraph: a place in
// capitals, optional regions ("Russia"), an optional month and day, an
// optional agency in parentheses, and a dash: "VLADIVOSTOK, Russia, April
// 26 (UPI) --", "TOKYO, April 27 (Reuters) -", "MOSCOW (AP) —".
var datelineRE = regexp.MustCompile(
	`(?m)^[ \t]*` +
		`(?:` +
		`(?P<place>[A-Z][A-Za-z'.]+(?:[ -][A-Z][A-Za-z'.]+)*)` +
		`(?P<regions>(?:,[ \t]*[A-Z][A-Za-z'.]+(?:[ \t][A-Z][A-Za-z'.]+)*)*?)` +
		`(?:,[ \t]*(?P<month>` + monthPattern + `|(?i:` + monthPattern + `))[ \t]+(?P<day>\d{1,2}))?` +
		`|(?P<month2>` + monthPattern + `)[ \t]+(?P<day2>\d{1,2})` + // "March 12 (Reuters) -"
		`)` +
		`[ \t]*(?:\((?P<agency>[A-Za-z][A-Za-z .&/-]*)\))?` +
		`[ \t]*(?P<dash>--|—|–|-)[ \t]*`)

// maxDatelineOffset is how far into a document a dateline is looked for:
// headlines, stamps and photo captions come before it, the story after.
const maxDatelineOffset = 8000

// findDateline returns the first dateline in text that has a date or an
// agency, and the start of its paragraph's body.
func findDateline(text string) (timeline.Dateline, int, int, bool) {
	head := text
	if len(head) > maxDatelineOffset {
		head = head[:maxDatelineOffset]
	}
	for _, m := range datelineRE.FindAllStringSubmatchIndex(head, -1) {
		g := func(name string) (string, int, int) {
			i := datelineRE.SubexpIndex(name)
			if m[2*i] < 0 {
				return "", -1, -1
			}
			return text[m[2*i]:m[2*i+1]], m[2*i], m[2*i+1]
		}
		month, mstart, _ := g("month")
		dayText, _, dayEnd := g("day")
		if month == "" {
			month, mstart, _ = g("month2")
			dayText, _, dayEnd = g("day2")
		}
		agency, _, _ := g("agency")
		place, pstart, _ := g("place")
		dash, _, _ := g("dash")
		switch {
		case place == "" && agency == "":
			continue // "March 12 -" alone could be any line
		case month == "" && agency == "" && (strings.ToUpper(place) != place || dash != "—" && dash != "--" || !knownPlace(place)):
			continue // a dateline gives a date or an agency, or is a known place in capitals before a long dash
		case month == "" && agency != "" && strings.ToUpper(place) != place:
			continue
		}
		start := pstart
		if place == "" {
			start = mstart
		}
		regions, _, _ := g("regions")
		dlText := strings.TrimRight(text[start:m[1]], " \t")
		dl := timeline.Dateline{
			Text:   dlText,
			Span:   timeline.Span{Start: start, End: start + len(dlText)},
			Agency: agency,
		}
		if place != "" {
			dl.Place = datelinePlace(place, regions)
		}
		if month != "" {
			dl.Date = timeline.Date{
				Type:  timeline.TypeDate,
				Value: "XXXX-" + pad2(int(monthOf(month))) + "-" + pad2(atoi(dayText)),
				Text:  text[mstart:dayEnd],
				Span:  timeline.Span{Start: mstart, End: dayEnd},
				Rule:  "dateline",
			}
		}
		return dl, start, m[1], true
	}
	return timeline.Dateline{}, -1, -1, false
}

// knownPlace reports whether a dateline's place in capitals ("BEIJING")
// is a city or a country of the gazetteer.
func knownPlace(place string) bool {
	name := titleCase(place)
	_, city := lexicon.LookupCity(name)
	_, country := lexicon.LookupCountry(name)
	return city || country
}

// resolveDateline gives the dateline's month and day the year that puts
// it nearest to the stamp day. It reports false when the month and day
// name no real date in any of the three candidate years.
func resolveDateline(d timeline.Date, stampDay time.Time) (timeline.Date, bool) {
	mon, day := time.Month(atoi(d.Value[5:7])), atoi(d.Value[8:10])
	var best time.Time
	for _, y := range []int{stampDay.Year() - 1, stampDay.Year(), stampDay.Year() + 1} {
		t := time.Date(y, mon, day, 0, 0, 0, 0, time.UTC)
		if t.Day() != day {
			continue
		}
		if best.IsZero() || absDur(t.Sub(stampDay)) < absDur(best.Sub(stampDay)) {
			best = t
		}
	}
	if best.IsZero() {
		return d, false
	}
	r := timeline.DayOf(best)
	r.Text, r.Span, r.Rule = d.Text, d.Span, d.Rule
	return r, true
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// datelinePlace reads the place of a dateline: the city in capitals
// ("VLADIVOSTOK") and the regions after it (", Russia"). The country is
// the region that names one, else the gazetteer's country for the city.
func datelinePlace(city, regions string) timeline.Place {
	p := timeline.Place{City: titleCase(city)}
	for _, r := range strings.Split(regions, ",") {
		if c, ok := lexicon.LookupCountry(strings.TrimSpace(r)); ok {
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
