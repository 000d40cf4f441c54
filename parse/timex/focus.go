package timex

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// follow resolves the dates of a narrative (see [Tagger.TagAs]) against
// the date in focus instead of the anchor, in reading order. The tagger
// has resolved every date against the anchor; follow keeps the dates
// whose year is written and moves the others:
//
//   - a date named without its year ("in October", "2 September", "that
//     summer"'s season, "the third quarter") takes the year of the date
//     in focus (see [namedYear]);
//   - a weekday ("on Sunday") is the first such day from the day in
//     focus on;
//   - a date named relative to the anchor ("the following year", "the
//     end of the month", "at 5 a.m.") keeps its distance from the anchor
//     but counts it from the date in focus (see [shiftValue]);
//   - a narrative expression ("the next day", "that year") and a day
//     named by its ordinal ("on the 5th") count from the last date fine
//     enough for them, as [Tagger.narrate] does for news;
//   - a count of days, weeks, months or years "later", "earlier" or
//     "previously" ("two days later"), or "after" or "before" at the
//     start of a sentence ("Two days after relieving the siege, ..."), is
//     the date that far from the one in focus, its span taking the word;
//   - in "the night of 18 April", "the early morning hours of 30 April",
//     the part of the day is the date's (see [partsOfDays]);
//   - "6-7 January 1916" is two days (see [Tagger.dayRangeStarts]);
//   - a two-digit year ("in '89") is the one nearest the year in focus,
//     and a bare year ("in 480") one before the era when the year in
//     focus is.
//
// Each resolved date then takes the focus, unless it is mentioned in
// passing (see [aside]) or looks back from it ("two years earlier", "the
// previous year"); a clock time before its day ("at 5:34 AM on March
// 20") is on that day.
func (t *Tagger) follow(c *context, ps []candidate) []candidate {
	text := c.text
	ps = partsOfDays(text, ps)
	ps = t.dayRangeStarts(text, ps)
	var last [timeline.Minute + 1]focus // by precision: the last date at least that fine
	for i := 0; i < len(ps); i++ {
		p := &ps[i]
		if p.start < 0 {
			continue // joined to the date before it
		}
		r := t.rules[p.rule]
		d := p.d
		switch {
		case r.name == ruleShortYear.name:
			// "in '89": the year of that name nearest the one in focus.
			if f := last[timeline.Year]; !f.t.IsZero() && len(d.Value) >= 4 {
				y := centuryOf(atoi(d.Value[2:4]), f.t.Year()-shortYearAhead+50)
				if nd, ok := withYear(d, y); ok {
					d = nd
				}
			}
		case r.name == ruleBareYear.name:
			// "in 480", in a story told before the era.
			if f := last[timeline.Year]; !f.t.IsZero() && f.t.Year() <= 0 && !strings.HasPrefix(d.Value, "BC") {
				if nd, ok := calendar("BC"+d.Value, d.Mod); ok {
					d = nd
				}
			}
		case r.name == ruleClock.name && d.Type == timeline.TypeTime && i+1 < len(ps) && isDay(ps[i+1].d) &&
			clockDayGap(text[p.end:ps[i+1].start]) && !hasYear(text[p.start:p.end]):
			// "at 5:34 AM on March 20, 2003": the day that follows, placed
			// in its turn (see [Tagger.narrate]).
			if nd, ok := clockOnDay(t, c, d, &ps[i+1], last); ok {
				d = nd
			}
		case r.name == ruleNarrative.name:
			m := new(match)
			if !r.matchAt(text, p.start, p.end, m) || m.Left != p.start || m.Right != p.end {
				break
			}
			if need, ok := narrativeNeeds(m, text); ok && !last[need].t.IsZero() {
				if nd, ok := narrative(m, text, last[need]); ok {
					d = nd
				}
			}
		case r.name == ruleTheDay.name:
			if f := last[timeline.Month]; !f.t.IsZero() {
				if nd, ok := theDayIn(d, f); ok {
					d = nd
				}
			}
		case d.Type == timeline.TypeDuration:
			f, e, ok := later(text, p, last)
			if !ok {
				break
			}
			d, p.end = f, e
		case !relativeDate(r, d, text[p.start:p.end]):
		case namedDate(r, text[p.start:p.end]):
			if i+1 < len(ps) {
				if nd, ok := rangeStart(text, d, p, &ps[i+1]); ok {
					d = nd
					break
				}
			}
			f := last[timeline.Year]
			if f.t.IsZero() {
				break
			}
			if nd, ok := namedYear(d, f); ok {
				d = nd
			}
			if i+1 < len(ps) {
				if nd, e, ok := t.ofThatYear(c, d, p, &ps[i+1], last); ok {
					// "August of that year": one date.
					d, p.end = nd, e
					ps[i+1].start = -1 // dropped below
				}
			}
		default:
			need := max(min(d.Precision, timeline.Day), timeline.Year)
			if r.name == ruleRelative.name && d.Precision == timeline.Week {
				need = timeline.Week
			}
			f := last[need]
			if f.t.IsZero() {
				break
			}
			if r.name == ruleWeekday.name && d.Precision == timeline.Day {
				// "On Sunday": the story goes on to the next Sunday.
				if nd, ok := calendar(dayValue(weekdayOnOrAfter(f.t, d.Earliest.UTC().Weekday())), d.Mod); ok {
					d = nd
				}
				break
			}
			if nd, ok := shiftValue(d, c.anchor, f.t); ok {
				d = nd
			}
		}
		p.d = d
		if d.Type != timeline.TypeDate && d.Type != timeline.TypeTime || d.Earliest.IsZero() ||
			d.Precision < timeline.Year || d.Precision > timeline.Minute || aside(text, p.start) {
			continue
		}
		if lookBack(text[p.start:p.end]) {
			// "Baghdad fell; the war had begun a year earlier. On April 9
			// ...": a look back leaves the story where it was.
			continue
		}
		if d.Precision < timeline.Day && !last[d.Precision+1].t.IsZero() && !opensSentence(text, p.start) {
			// "On 10 March 1975, Dung launched an offensive ... exposed
			// for a planned campaign in 1976. The ARVN collapsed on 11
			// March": a coarser date within a sentence is mentioned in
			// passing; one that opens its sentence moves the story on.
			continue
		}
		e := d.Earliest.UTC()
		if y, _, ok := splitYear(d.Value); ok && d.Precision == timeline.Season && e.Year() != y {
			// "That winter" (1941-WI) starts in the December before:
			// the story is in the winter's year.
			e = date(y, 1, 1)
		}
		f := focus{t: date(e.Year(), int(e.Month()), e.Day()), prec: d.Precision, d: d}
		for prec := timeline.Year; prec <= min(d.Precision, timeline.Day); prec++ {
			last[prec] = f
		}
		if d.Precision < timeline.Day {
			// A coarser date after a finer one is the focus of finer
			// expressions too: "the next day" after "In June 1940" is
			// no day after a day of May.
			for prec := d.Precision + 1; prec <= timeline.Day; prec++ {
				last[prec] = focus{}
			}
		}
	}
	kept := ps[:0]
	for _, p := range ps {
		if p.start >= 0 {
			kept = append(kept, p)
		}
	}
	return kept
}

// clockOnDay returns the clock time d on the day q names, q placed as
// follow places it when its year is not written.
func clockOnDay(t *Tagger, c *context, d timeline.Date, q *candidate, last [timeline.Minute + 1]focus) (timeline.Date, bool) {
	day := q.d
	if r := t.rules[q.rule]; relativeDate(r, day, c.text[q.start:q.end]) && namedDate(r, c.text[q.start:q.end]) {
		f := last[timeline.Year]
		if f.t.IsZero() {
			return timeline.Date{}, false
		}
		var ok bool
		if day, ok = namedYear(day, f); !ok {
			return timeline.Date{}, false
		}
	}
	_, hm, ok := strings.Cut(d.Value, "T")
	if !ok {
		return timeline.Date{}, false
	}
	return calendar(day.Value+"T"+hm, d.Mod)
}

// lookBackWords are the words of an expression that looks back from the
// date in focus.
var lookBackWords = setOf(`earlier previously ago before previous preceding prior`)

// lookBack reports whether the expression s looks back from the date in
// focus: "a year earlier", "two days before", "the previous year".
func lookBack(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if lookBackWords[w] {
			return true
		}
	}
	return false
}

// explicitRules are the rules whose dates always write their year.
var explicitRules = setOf(`year shortyear spelledyear century decade era bareyear`)

// relativeDate reports whether d, the date of rule r written as s, was
// placed by the anchor: a calendar date whose year s does not write,
// other than today's. In a history, even "two years ago" is counted
// from the story's time, as its quotations speak from it.
func relativeDate(r *rule, d timeline.Date, s string) bool {
	if d.Type != timeline.TypeDate && d.Type != timeline.TypeTime || d.Earliest.IsZero() ||
		d.Precision < timeline.Century || d.Precision > timeline.Minute {
		return false
	}
	return !explicitRules[r.name] && r.name != ruleCasual.name && !hasYear(s)
}

// nameRules are the rules that name a date of the year: a month, a day
// of a month, a season, a holiday, a quarter.
var nameRules = setOf(`month monthday daymonth slashdate numeric season holiday quarter`)

// relWords are the words that name a date relative to another.
var relWords = setOf(`last next this coming past previous following preceding prior that same`)

// namedDate reports whether the expression s of rule r names a date of
// the year by its name ("early October", "2 September", "the summer"),
// not relative to another ("last October", "this summer").
func namedDate(r *rule, s string) bool {
	if !nameRules[r.name] {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if relWords[strings.Trim(w, ".,")] {
			return false
		}
	}
	return true
}

// namedYear returns d, a date of the year resolved against the anchor,
// in the year of f, the date in focus, as HeidelTime's narratives do:
// after "30 September 1938", "in March" is March 1938. (Going on to the
// next year when the month is behind the one in focus is wrong as often
// as right.)
func namedYear(d timeline.Date, f focus) (timeline.Date, bool) {
	return withYear(d, f.t.Year())
}

// withYear returns d with the astronomical year y.
func withYear(d timeline.Date, y int) (timeline.Date, bool) {
	old, rest, ok := splitYear(d.Value)
	if !ok || y < -9998 || y > 9999 {
		return timeline.Date{}, false
	}
	if y == old {
		return d, true
	}
	return calendar(yearValue(y)+rest, d.Mod)
}

// rangeStart returns d, the date p named without its year, in the year
// of the end of its range, q, when q writes its year ("from July 1 to
// July 3, 1863"): the year of q, or the one before when that keeps them
// in order.
func rangeStart(text string, d timeline.Date, p, q *candidate) (timeline.Date, bool) {
	if q.start < p.end || q.start-p.end > 12 || !hasYear(text[q.start:q.end]) || !q.d.Placed() {
		return timeline.Date{}, false
	}
	switch strings.ToLower(strings.TrimSpace(text[p.end:q.start])) {
	case "to", "through", "until", "till", "-", "–", "and":
	default:
		return timeline.Date{}, false
	}
	y := q.d.Earliest.Year()
	nd, ok := withYear(d, y)
	if ok && nd.Earliest.After(q.d.Earliest) {
		nd, ok = withYear(d, y-1)
	}
	return nd, ok
}

// ofThatYearRE matches what joins a month to the year after it: "of".
var ofThatYearRE = regexp.MustCompile(`^\s+of\s+$`)

// ofThatYear joins a date of the year p and the narrative year q right
// after it ("August of that year", "March of the following year") into
// one date in q's year, returning it and its end.
func (t *Tagger) ofThatYear(c *context, d timeline.Date, p, q *candidate, last [timeline.Minute + 1]focus) (timeline.Date, int, bool) {
	r := t.rules[q.rule]
	if r.name != ruleNarrative.name || !ofThatYearRE.MatchString(c.text[p.end:q.start]) {
		return timeline.Date{}, 0, false
	}
	m := new(match)
	if !r.matchAt(c.text, q.start, q.end, m) || m.Left != q.start || m.Right != q.end || strings.ToLower(m.get("u")) != "year" {
		return timeline.Date{}, 0, false
	}
	f := last[timeline.Year]
	if f.t.IsZero() {
		return timeline.Date{}, 0, false
	}
	y, ok := narrative(m, c.text, f)
	if !ok {
		return timeline.Date{}, 0, false
	}
	nd, ok := withYear(d, y.Earliest.Year())
	return nd, q.end, ok
}

// shiftValue returns d, resolved against the anchor a, at the same
// distance from f, counted in d's own unit: "the following year" (2010
// from a in 2009) is 1941 from f in 1940, "the end of the month" f's
// month, "5 a.m." on f's day.
func shiftValue(d timeline.Date, a, f time.Time) (timeline.Date, bool) {
	v := d.Value
	head, rest := v, ""
	if i := strings.IndexByte(v, 'T'); i >= 0 {
		head, rest = v[:i], v[i:]
	}
	var nv string
	switch d.Precision {
	case timeline.Decade, timeline.Century:
		// "the next decade", "the previous century": counted in
		// decades or centuries, before the era as after it.
		size, width := 10, 3
		if d.Precision == timeline.Century {
			size, width = 100, 2
		}
		k, ok := periodIndex(v, width)
		if !ok {
			return timeline.Date{}, false
		}
		k += yearPeriod(f.Year(), size) - yearPeriod(a.Year(), size)
		if k >= 0 {
			nv = fmt.Sprintf("%0*d", width, k)
		} else {
			nv = fmt.Sprintf("BC%0*d", width, -k-1)
		}
	case timeline.Year, timeline.Season:
		y, rest, ok := splitYear(v)
		if !ok {
			return timeline.Date{}, false
		}
		nv = yearValue(y+f.Year()-a.Year()) + rest
	case timeline.Half, timeline.Quarter:
		if len(v) != 7 || !allDigits(v[:4]) {
			return timeline.Date{}, false
		}
		per, n := 2, 6
		if v[5] == 'Q' {
			per, n = 4, 3
		}
		k := atoi(v[:4])*per + int(v[6]-'1') + (f.Year()*per + (int(f.Month())-1)/n) - (a.Year()*per + (int(a.Month())-1)/n)
		nv = fmt.Sprintf("%04d-%c%d", k/per, v[5], k%per+1)
	case timeline.Month:
		if len(head) != 7 {
			return timeline.Date{}, false
		}
		k := atoi(v[:4])*12 + atoi(v[5:7]) - 1 + f.Year()*12 + int(f.Month()) - a.Year()*12 - int(a.Month())
		nv = monthValue(k/12, k%12+1) + v[7:]
	case timeline.Week:
		e := d.Earliest.UTC()
		e = e.AddDate(0, 0, 7*weeksBetween(a, f))
		nv = weekValue(e) + strings.TrimPrefix(v, weekValue(d.Earliest.UTC()))
	case timeline.Day, timeline.PartOfDay, timeline.Minute:
		if len(head) != 10 {
			return timeline.Date{}, false
		}
		e := d.Earliest.UTC()
		e = date(e.Year(), int(e.Month()), e.Day()).AddDate(0, 0, int(f.Sub(a).Hours()/24))
		nv = dayValue(e) + rest
	default:
		return timeline.Date{}, false
	}
	nd, ok := calendar(nv, d.Mod)
	if !ok {
		return timeline.Date{}, false
	}
	nd.Type = d.Type
	return nd, true
}

// periodIndex returns the index of the decade or century of value v,
// written with width digits, counted so that later periods have larger
// indices: "201" is 201, "BC047" (the 470s BC) -48.
func periodIndex(v string, width int) (int, bool) {
	bc := strings.HasPrefix(v, "BC")
	if bc {
		v = v[2:]
	}
	if len(v) != width || !allDigits(v) {
		return 0, false
	}
	if bc {
		return -atoi(v) - 1, true
	}
	return atoi(v), true
}

// yearPeriod returns the index of the decade (size 10) or century (100)
// of the astronomical year y, as periodIndex counts them.
func yearPeriod(y, size int) int {
	if y > 0 {
		return y / size
	}
	return -((1 - y) / size) - 1
}

// weeksBetween returns how many weeks lie between the Mondays of the
// weeks of a and f.
func weeksBetween(a, f time.Time) int {
	monday := func(t time.Time) time.Time { return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)) }
	return int(monday(f).Sub(monday(a)).Hours()/24) / 7
}

// podOfRE matches what before a day names a part of it: "the night of",
// "the early morning hours of". Its group is the part of the day.
var podOfRE = regexp.MustCompile(`(?i)\bthe\s+(?:(?:early|late)\s+)?(morning|afternoon|evening|night)(?:\s+hours)?\s+of\s+$`)

// partsOfDays joins a day and the part of it a phrase before it names
// ("the night of April 18, 1775") into one TIME of that part of the day,
// named after the day's rule; the part of the day read on its own ("the
// early morning") goes.
func partsOfDays(text string, ps []candidate) []candidate {
	out := ps[:0]
	for _, p := range ps {
		if !isDay(p.d) || prevWord(text, p.start) != "of" {
			out = append(out, p)
			continue
		}
		lo := max(0, p.start-40)
		m := podOfRE.FindStringSubmatchIndex(text[lo:p.start])
		if m == nil {
			out = append(out, p)
			continue
		}
		d, ok := calendar(p.d.Value+"T"+podCode(text[lo+m[2]:lo+m[3]]), timeline.ModNone)
		if !ok {
			out = append(out, p)
			continue
		}
		p.d, p.start = d, lo+m[0]
		for len(out) > 0 && out[len(out)-1].end > p.start {
			out = out[:len(out)-1]
		}
		out = append(out, p)
	}
	return out
}

// dayRangeStartRE matches the first day of a range before the day and
// month that end it: "6-" in "6-7 January 1916", "22 to " in "22 to 24
// February". Its group is the day.
var dayRangeStartRE = regexp.MustCompile(`(?:^|[^0-9,.])((?:[12][0-9]|3[01]|0?[1-9]))(?:\s?[-–]\s?|\s+to\s+)$`)

// dayRangeStarts adds the first day of a range written before the day and
// month that end it ("6-7 January 1916", "22 to 24 February"), in the
// same month and year, as a date of its own, as WikiWars and TimeML tag
// it. It reads only days written before their month, as British and
// wire copy write them.
func (t *Tagger) dayRangeStarts(text string, ps []candidate) []candidate {
	var out []candidate
	for i, p := range ps {
		if t.rules[p.rule].name != ruleDayMonth.name || !isDay(p.d) || !isDigit(text[p.start]) {
			out = append(out, p)
			continue
		}
		lo := max(0, p.start-8)
		if i > 0 {
			lo = max(lo, ps[i-1].end)
		}
		m := dayRangeStartRE.FindStringSubmatchIndex(text[lo:p.start])
		if m == nil {
			out = append(out, p)
			continue
		}
		e := p.d.Earliest.UTC()
		day := atoi(text[lo+m[2] : lo+m[3]])
		if day >= e.Day() {
			out = append(out, p)
			continue
		}
		if d, ok := calendar(dayValue(date(e.Year(), int(e.Month()), day)), timeline.ModNone); ok {
			out = append(out, candidate{lo + m[2], lo + m[3], p.rule, d})
		}
		out = append(out, p)
	}
	return out
}

// laterRE matches a count of whole units: P2D, P3W, P6M, P2Y.
var laterRE = regexp.MustCompile(`^P([0-9]+)([DWMY])$`)

// later reads the length p followed by "later" or "earlier" ("two days
// later") as the date that far from the one in focus, fine enough for
// its unit, and returns it and the end of the word.
func later(text string, p *candidate, last [timeline.Minute + 1]focus) (timeline.Date, int, bool) {
	m := laterRE.FindStringSubmatch(p.d.Value)
	if m == nil || p.d.Mod != timeline.ModNone {
		return timeline.Date{}, 0, false
	}
	j := skipSpace(text, p.end)
	if j == p.end {
		return timeline.Date{}, 0, false
	}
	w := nextWord(text, j, min(len(text), j+12))
	sign := 1
	switch w {
	case "later":
	case "after":
		if !opensSentence(text, p.start) {
			return timeline.Date{}, 0, false
		}
	case "earlier", "previously":
		sign = -1
	case "before":
		if !opensSentence(text, p.start) {
			return timeline.Date{}, 0, false
		}
		sign = -1
	default:
		return timeline.Date{}, 0, false
	}
	n, _ := strconv.Atoi(m[1])
	n *= sign
	var need timeline.Precision
	switch m[2] {
	case "D":
		need = timeline.Day
	case "W":
		need = timeline.Week
	case "M":
		need = timeline.Month
	default:
		need = timeline.Year
	}
	f := last[need]
	if f.t.IsZero() {
		return timeline.Date{}, 0, false
	}
	var v string
	switch m[2] {
	case "D":
		v = dayValue(f.t.AddDate(0, 0, n))
	case "W":
		v = weekValue(f.t.AddDate(0, 0, 7*n))
	case "M":
		t := f.t.AddDate(0, n, 1-f.t.Day())
		v = monthValue(t.Year(), int(t.Month()))
	default:
		v = yearValue(f.t.Year() + n)
	}
	d, ok := calendar(v, timeline.ModNone)
	return d, j + len(w), ok
}

// asideSpan is how far back, in bytes, [aside] looks for an open bracket.
const asideSpan = 200

// aside reports whether the date at text[i:] is mentioned in passing, so
// that it does not take the focus of a narrative: after "since", or
// inside brackets opened in its sentence ("(1790)", "(see 1813)"). A date
// that opens its paragraph is never aside.
func aside(text string, i int) bool {
	if opensParagraph(text, i) {
		return false
	}
	if prevWord(text, i) == "since" {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-asideSpan; j-- {
		switch text[j] {
		case '(', '[':
			return true
		case ')', ']', '\n':
			return false
		}
	}
	return false
}

// opensSentence reports whether text[i:] comes at most three words after
// the start of its sentence: after a full stop, an exclamation or
// question mark or a line break ("In 1976, ...", "The following year").
func opensSentence(text string, i int) bool {
	j := i
	for words := 0; ; words++ {
		for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t' || text[j-1] == '"') {
			j--
		}
		if j == 0 {
			return true
		}
		switch text[j-1] {
		case '.', '!', '?', '\n':
			return true
		}
		if words == 3 || !isWordByte(text[j-1]) {
			return false
		}
		for j > 0 && isWordByte(text[j-1]) {
			j--
		}
	}
}

// opensParagraph reports whether text[i:] comes at most a few short
// words after the start of its line: "In 1936, ...", "On 21 July, ...".
func opensParagraph(text string, i int) bool {
	j := strings.LastIndexByte(text[max(0, i-24):i], '\n')
	if j < 0 && i > 24 {
		return false
	}
	lead := text[max(0, i-24)+j+1 : i]
	if strings.ContainsAny(lead, ".,;:()") {
		return false
	}
	return len(strings.Fields(lead)) <= 3
}
