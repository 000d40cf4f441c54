package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// Pattern pieces shared by the rules. Month and weekday names must be
// capitalised: "may", "march", "sat" and "sun" are words first.
//
// Headlines and datelines write names in capitals ("FRIDAY, APRIL 26,
// 2019"). A weekday in capitals is still a weekday, but a month in
// capitals is a date only with its day or year (monthDatePat): "MAY" is
// the modal and "MARCH" the verb of many an all-caps headline. An
// abbreviated weekday needs its full stop ("Tue.", "Thurs.", as listings
// and AP copy write them): "sat", "sun", "wed" and "Sun" are words first.
//
// The names that may be in capitals are written with [titleOrCaps], which
// keeps the patterns as small, and so as fast, as without capitals; it
// also lets through mixed forms ("ApRIL") and a capital abbreviation
// without its full stop ("JAN 5"), which [month] and [weekday] reject.
var (
	monthDatePat = `(?P<mon>` + titleOrCaps("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December") +
		`\b|` + titleOrCaps("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec") + `\b\.?)`
	weekdayPat = `(?P<wd>` + titleOrCaps("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday") +
		`\b|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.)`
)

const (
	monthPat = `(?P<mon>(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)`
	yearPat  = `(?P<year>(?:1[0-9]|20)[0-9]{2})\b`
	dayPat   = `(?P<day>(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?)\b`
	// modPat is an optional START/MID/END qualifier before a calendar
	// expression: "early", "mid-", "the late", "the end of (the)",
	// "earlier" (START) and "later" (END), and the "end-" and "start-"
	// of financial copy ("at end-March", "by end-2013").
	modPat = `(?P<mod>(?i:(?:the\s+)?(?:early|late|mid|earlier|later)(?:\s+|-)|(?:end|start)-|(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close)\s+of\s+))?`
	// numPat is a count: digits ("48", "1,000", "1.5"), a word or a
	// hyphenated pair of words that [quantity] checks ("three",
	// "twenty-four", "several"), or a vague phrase ("a few").
	numPat = `(?:(?P<v>(?i:a\s+few|a\s+couple\s+of|a\s+dozen|a\s+hundred))|(?P<n>\d+(?:,\d{3})*(?:\.\d+)?|[A-Za-z]+(?:-[a-z]+)?))\b`
	// unitPat is a calendar or clock unit, singular or plural.
	unitPat = `(?P<u>(?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries)\b)`
	podPat  = `(?P<pod>(?i:morning|afternoon|evening|night)\b)`
)

var (
	monthWords   = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
	weekdayWords = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	// weekdayAbbrWords are the abbreviations of weekdayPat, without
	// their full stop.
	weekdayAbbrWords = []string{"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
	unitWords        = []string{"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries"}
)

// titleOrCaps returns an alternation of capitalised names that also
// takes them in capitals: "May" becomes `M[aA][yY]`.
func titleOrCaps(names ...string) string {
	var b strings.Builder
	b.WriteString("(?:")
	for i, n := range names {
		if i > 0 {
			b.WriteByte('|')
		}
		b.WriteByte(n[0])
		for _, c := range []byte(n[1:]) {
			b.WriteString("[" + string(c) + string(c-'a'+'A') + "]")
		}
	}
	b.WriteString(")")
	return b.String()
}

// nameCase reports whether the name s, perhaps with a full stop, is
// capitalised ("April", "Sept.") or in capitals ("APRIL", "SEPT.");
// an abbreviation in capitals needs its full stop, as "JAN" and "MAR"
// are more often acronyms.
func nameCase(s string) bool {
	w, dot := strings.CutSuffix(s, ".")
	if w == "" || !isUpper(w[0]) {
		return false
	}
	caps := len(w) > 1 && isUpper(w[1])
	for i := 1; i < len(w); i++ {
		if isUpper(w[i]) != caps {
			return false
		}
	}
	if caps && !dot {
		switch w {
		case "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC":
			return false
		}
	}
	return true
}

// month returns the number of a month name or abbreviation, as written
// or in capitals, or 0.
func month(s string) int {
	if !nameCase(s) {
		return 0
	}
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	for i, n := range monthWords[:12] {
		if s == n || (len(s) >= 3 && strings.HasPrefix(n, s)) {
			return i + 1
		}
	}
	if s == "sept" {
		return 9
	}
	return 0
}

// weekday returns the day of the week a name, a plural ("Sundays") or an
// abbreviation ("Tue.", "Thurs.") stands for, as written or in capitals.
func weekday(s string) (time.Weekday, bool) {
	if !nameCase(s) {
		return 0, false
	}
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	for i, n := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		if s == n || s == n+"s" || weekdayAbbr[s] == n {
			return time.Weekday(i), true
		}
	}
	return 0, false
}

// weekdayAbbr maps the abbreviations of weekday names to the names.
var weekdayAbbr = map[string]string{
	"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
	"thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday",
}

var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100, "a": 1, "an": 1,
	"a couple of": 2, "couple of": 2,
}

// number reads a cardinal matched by numPat ("48", "1,000", "1.5",
// "three", "twenty-four", "a dozen").
func number(s string) (float64, bool) {
	s = lowerFields(s)
	s = strings.TrimPrefix(s, "a ")
	if s == "" {
		return 0, false
	}
	if s[0] >= '0' && s[0] <= '9' {
		f, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		return f, err == nil
	}
	if n, ok := numberWords[s]; ok {
		return n, true
	}
	if tens, ones, ok := strings.Cut(strings.ReplaceAll(s, " ", "-"), "-"); ok {
		return numberWords[tens] + numberWords[ones], numberWords[tens] > 0 && numberWords[ones] > 0
	}
	return 0, false
}

// vagueWords are the counts TIMEX3 writes as X.
var vagueWords = map[string]bool{"several": true, "few": true, "a few": true, "many": true, "some": true}

// quantity reads the count matched by numPat: a number, or vague for
// "several", "a few" and the like. ok is false when the word is no count.
func quantity(m *match) (n float64, vague, ok bool) {
	s := lowerFields(m.get("v") + m.get("n"))
	if vagueWords[s] {
		return 0, true, true
	}
	n, ok = number(s)
	return n, false, ok && n > 0
}

// formatNumber writes n for a TIMEX3 value: "3", "1.5".
func formatNumber(n float64) string { return strconv.FormatFloat(n, 'f', -1, 64) }

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "twenty-first": 21, "twenty first": 21,
}

const ordinalWordPat = `(?i:twenty[\s-]first|twentieth|nineteenth|eighteenth|seventeenth|sixteenth|fifteenth|fourteenth|thirteenth|twelfth|eleventh|tenth|ninth|eighth|seventh|sixth|fifth|fourth|third|second|first)`

// ordinal reads "3rd", "21st" or "third".
func ordinal(s string) (int, bool) {
	s = strings.ToLower(s)
	if n, ok := ordinalWords[s]; ok {
		return n, true
	}
	n, err := strconv.Atoi(strings.TrimRight(s, "stndrh"))
	return n, err == nil
}

// modOf maps the text matched by modPat to a TIMEX3 mod.
func modOf(s string) timeline.Mod {
	s = strings.ToLower(s)
	switch {
	case s == "":
		return timeline.ModNone
	case strings.Contains(s, "early"), strings.Contains(s, "earlier"), strings.Contains(s, "beginning"), strings.Contains(s, "start"):
		return timeline.ModStart
	case strings.Contains(s, "mid"):
		return timeline.ModMid
	}
	return timeline.ModEnd
}

// atoi converts digits, ignoring an ordinal suffix.
func atoi(s string) int {
	n, _ := strconv.Atoi(strings.TrimRight(s, "stndrh"))
	return n
}

func dayValue(t time.Time) string { return yearValue(t.Year()) + t.Format("-01-02") }

func monthValue(y, m int) string { return fmt.Sprintf("%s-%02d", yearValue(y), m) }

// yearValue returns the TIMEX3 value of the astronomical year y, as
// [time.Time] counts years: "2019", "0732", and "BC0490" for -489 (1 BC
// is year 0).
func yearValue(y int) string {
	if y <= 0 {
		return fmt.Sprintf("BC%04d", 1-y)
	}
	return fmt.Sprintf("%04d", y)
}

// splitYear returns the astronomical year a calendar value starts with
// and the rest of it: "2019-04" is 2019 and "-04", "BC0480-SP" -479 and
// "-SP". It returns false for a value that starts with no year of four
// digits.
func splitYear(v string) (int, string, bool) {
	bc := strings.HasPrefix(v, "BC")
	if bc {
		v = v[2:]
	}
	if len(v) < 4 || !allDigits(v[:4]) || len(v) > 4 && isDigit(v[4]) {
		return 0, "", false
	}
	y := atoi(v[:4])
	if bc {
		y = 1 - y
	}
	return y, v[4:], true
}

func weekValue(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// validDay reports whether y-m-d exists.
func validDay(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// podCode maps a part-of-day word to its TIMEX3 code.
func podCode(s string) string {
	switch strings.ToLower(s) {
	case "morning":
		return "MO"
	case "afternoon":
		return "AF"
	case "evening":
		return "EV"
	}
	return "NI"
}

// prevWord returns the lower-cased word that ends before i, skipping
// spaces, or "" if punctuation comes first.
func prevWord(text string, i int) string {
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
		j--
	}
	k := j
	for k > 0 && isLetter(text[k-1]) {
		k--
	}
	return strings.ToLower(text[k:j])
}

// wordBefore returns the bounds of the word (letters and digits) that
// ends at the white space before text[s], and with hyphens also at
// hyphens; ws == we when there is no such word or no space between.
func wordBefore(text string, s int, hyphens bool) (ws, we int) {
	we = s
	for we > 0 && (isSpace(text[we-1]) || hyphens && text[we-1] == '-') {
		we--
	}
	if we == s {
		return s, s
	}
	ws = we
	for ws > 0 && isWordByte(text[ws-1]) {
		ws--
	}
	return ws, we
}

// oneOf reports whether w, in lower case, is in set.
func oneOf(w string, set map[string]bool) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if isUpper(c) {
			c |= 0x20
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}

// setOf returns the words of s as a set.
func setOf(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// capitalised reports whether the word text[s:e] starts with a capital,
// as month and weekday names in patterns must.
func capitalised(text string, s, e int) bool { return isUpper(text[s]) }

// afterMonth returns where the text after the month name text[s:e]
// continues, past an abbreviation's full stop.
func afterMonth(text string, e int) int {
	if e < len(text) && text[e] == '.' {
		e++
	}
	return e
}

// skipSpace returns the index of the first byte at or after i that is
// not white space as regexp's \\s sees it.
func skipSpace(text string, i int) int {
	for i < len(text) && isSpace(text[i]) {
		i++
	}
	return i
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLower(c byte) bool  { return c >= 'a' && c <= 'z' }
func isUpper(c byte) bool  { return c >= 'A' && c <= 'Z' }

// quotedTitle reports whether an expression at text[i:] whose unit word is
// unit is the title of a show or work: the unit is capitalised and the
// expression opens a quotation ("This Week," on ABC; CBS's ”60 Minutes”).
func quotedTitle(text string, i int, unit string) bool {
	if unit == "" || !isUpper(unit[0]) || i == 0 {
		return false
	}
	switch text[i-1] {
	case '"', '`', '\'':
		return true
	}
	return strings.HasSuffix(text[:i], "\u201c")
}

// paragraphBreak reports whether s runs across a blank line or a line
// break before an indent, where wire copy starts a paragraph or a table.
func paragraphBreak(s string) bool {
	for i := strings.IndexByte(s, '\n'); i >= 0; i = strings.IndexByte(s, '\n') {
		s = strings.TrimPrefix(s[i+1:], "\r")
		if s != "" && (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r') {
			return true
		}
	}
	return false
}
