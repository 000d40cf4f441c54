package anchor

import (
	"regexp"
	"strings"
	"time"

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

// FindStamp returns the publication stamp in header, the part of a story
// before its dateline (or a stamp given on its own, as archives give it):
// "Updated April 26, 2019 at 3:43 PM", "Published 10:43 AM EDT, March 12,
// 2024", "Tuesday 12 March 2024 10.43 GMT", "1987-02-26T15:01:01.79Z". The
// date is a TIME at minute precision when the stamp has a clock time, else
// a DATE at day precision; its rule is "stamp" and its span is an offset
// into header.
//
// A stamp introduced by a keyword ("Updated", "Published", "Posted") wins
// over an earlier bare date; a bare date counts only when it stands apart
// on its line, not inside a sentence. FindStamp reports false when header
// has no such date, or only impossible ones ("February 30, 2019").
func FindStamp(header string) (timeline.Date, bool) {
	if d, ok := isoStamp(header); ok {
		return d, true
	}
	var best timeline.Date
	found, keyword := false, false
	for _, m := range stampRE.FindAllStringSubmatchIndex(header, -1) {
		d, ok := stampDate(header, m)
		if !ok {
			continue
		}
		kw := m[2*stampRE.SubexpIndex("kw")] >= 0
		if !kw && !standsAlone(header, m[0], m[1]) {
			// "The talks that began on June 30, 1986 ended": a date
			// in a sentence, no stamp.
			continue
		}
		if !found || (kw && !keyword) {
			best, found, keyword = d, true, kw
		}
		if keyword {
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
// "1987-02-26T15:01:01.79Z": what FindStamp reads of it, found without
// running stampRE (the archive's stamps are all like this, and stampRE
// is slow).
var isoStampRE = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$`)

// isoStamp reads a stamp that is an ISO 8601 date or date and time and
// nothing else, as stampRE would; ok is false for anything else.
func isoStamp(s string) (timeline.Date, bool) {
	m := isoStampRE.FindStringSubmatchIndex(s)
	if m == nil {
		return timeline.Date{}, false
	}
	value, ok := dayValue(atoi(s[m[2]:m[3]]), time.Month(atoi(s[m[4]:m[5]])), atoi(s[m[6]:m[7]]))
	if !ok {
		return timeline.Date{}, false
	}
	end := m[7]
	if m[8] >= 0 {
		hour, min := atoi(s[m[8]:m[9]]), atoi(s[m[10]:m[11]])
		if hour > 23 || min > 59 {
			return timeline.Date{}, false
		}
		value += "T" + pad2(hour) + ":" + pad2(min)
		end = len(s)
	}
	return stampAt(s, value, 0, end)
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
