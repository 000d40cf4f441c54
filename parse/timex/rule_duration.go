package timex

import (
	"strconv"
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleDuration resolves lengths of time, counted, vague or qualified. A
// bare plural unit is a duration only after "for", "over", "within" and
// the like; "a second" is not one ("a second round"), so a length always
// starts before its unit.
//
//	three-day (P3D)   two years (P2Y)   48 hours (PT48H)   a decade (P10Y)
//	a day (P1D)   several weeks (PXW)   for months (PXM)   the past year (P1Y)
//	the past two years (P2Y)   the next few days (PXD)   recent years (PXY)
//	the nine months (P9M)   the first nine months (P9M)
//	more than a year (P1Y MORE_THAN)   about 10 minutes (PT10M APPROX)
//	5 1/2 hours, 3-1/2 hours (PT5H30M, PT3H30M)   two and a half years (P2Y6M)   a minute and a half (PT1M30S)
//	two more weeks (P2W)   an additional year (P1Y)   eight trading days (P8D)
//	three straight months (P3M, [ruleRun])
//	the past two quarters (P2Q)   several quarters (PXQ)
//	the weeks ahead (PXW)   a day-long strike (P1D)   a several-year plan (PXY)   decades-long (PXDE)
//	one and a half years, a year and a half (P1Y6M)   an hour and a half (PT1H30M)
//	two and a half weeks (P2.5W)   a decade and a half (P15Y)   half a year (P6M)
//	a 44-year-old protester, 52 years old (ages are not tagged)
//	an 8-month-old truce, the five-year-old debt crisis (P8M, P5Y)   the first time in years (PXY)
//
// A half in words or fractions is written in the next smaller unit where
// it is a whole number of them, as TimeBank writes "2 1/2 years" (P2Y6M)
// and "a minute and a half" (PT1M30S); weeks, months and seconds keep a
// fraction (P2.5W), as ISO 8601 allows in the last unit. A decimal
// keeps the form it is written in: "3.5 years" is P3.5Y.
var ruleDuration = newRule("duration", 6, durationWords,
	`(?P<x>(?:(?P<q>(?i:(?:more|less|fewer|no\s+more)\s+than|nearly|almost|about|around|roughly|approximately|at\s+(?:least|most)|up\s+to))\s+)?(?:(?P<pre>(?i:(?:the\s+)?(?:past|last|next|coming|recent)|the\s+(?:previous|following|most\s+recent|first|latest)|the))\s+)?(?:(?P<halfa>(?i:half))\s+)?(?:`+numPat+`(?P<half>[\s-]+(?:1/2|and\s+a\s+half))?(?:\s+(?P<more>(?:more|additional|extra|further|trading|business|working|one|two|three|four|five|six|seven|eight|nine)\b))?(?P<sep>[\s-]+))?`+durationUnitPat+`(?P<half2>\s+and\s+a\s+half\b)?)`,
	resolveDuration).startsBefore().nearby(countBefore).endsSoon()

// ruleBareUnit resolves the lengths whose unit has no count before it: a
// plural after a preposition ("for months"), "the weeks ahead", "a
// day-long strike". It is ruleDuration's other half, kept apart so that
// each pattern stays small enough for the regexp package's fast matcher.
var ruleBareUnit = newRule("duration", 2, durationWords,
	`(?:(?P<cue>(?i:for|over|within|lasting|spanning|across|in|after))\s+)?(?P<x>(?:(?P<pre>(?i:the))\s+)?(?:(?P<n>(?i:an?))\s+)?`+durationUnitPat+`(?P<long>-long\b)?(?P<ahead>\s+ahead\b)?)`,
	resolveBareUnit).nearby(bareUnit).endsSoon()

// ruleLongWord resolves a unit written as one word with "long": "a
// weeklong trip" (P1W), "a daylong strike" (P1D), "the yearlong inquiry"
// (P1Y), as "week-long" is read by ruleBareUnit.
var ruleLongWord = newRule("duration", 0, []string{"daylong", "weeklong", "monthlong", "yearlong"},
	`(?P<x>(?P<u>(?i:day|week|month|year))(?P<long>(?i:long)))\b`, resolveDuration)

// ruleRun resolves a count of units in a row: "three straight months"
// (P3M), "five consecutive quarters" (P5Q). It is ruleDuration's too,
// kept apart for the same reason as ruleBareUnit. "The third
// consecutive month" counts no length.
var ruleRun = newRule("duration", 2, durationWords,
	`(?P<x>`+numPat+`\s+(?P<more>(?i:straight|consecutive|successive))\s+`+durationUnitPat+`)`,
	resolveRun).nearby(inARow)

func resolveRun(m *match, c *context) (timeline.Date, bool) {
	if strings.HasPrefix(c.text[m.Right:], "-") {
		// "15 consecutive year-on-year drops" counts drops.
		return timeline.Date{}, false
	}
	return resolveDuration(m, c)
}

// inARow reports whether the unit text[s:e] comes right after a word of
// ruleRun.
func inARow(text string, s, e int) bool {
	ws, we := wordBefore(text, s, false)
	return oneOf(text[ws:we], runWords)
}

var runWords = setOf(`straight consecutive successive`)

func resolveBareUnit(m *match, c *context) (timeline.Date, bool) {
	if m.get("cue")+m.get("ahead")+m.get("long") == "" && !afterVerbCue(c.text, m.Left) && !unitsOf(c.text, m.Left, m.Right) {
		// "a day" and "the year" are ruleDuration's or nothing.
		return timeline.Date{}, false
	}
	if strings.EqualFold(m.get("cue"), "after") && (m.get("pre")+m.get("n") != "" || !ofAfter(c.text, m.Right)) {
		// "after months of negotiations" is a length; "after hours
		// trading" and "after the year" are not.
		return timeline.Date{}, false
	}
	return resolveDuration(m, c)
}

// unitsOf reports whether the plural unit text[s:e] counts what follows
// it with "of" after a verb or preposition: "halt months of fighting",
// "ended years of war", "followed weeks of talks"; not "the summer
// months of 1987", "the back months of cattle futures", "the initial
// years of operation".
func unitsOf(text string, s, e int) bool {
	u := strings.ToLower(text[s:e])
	if !strings.HasSuffix(u, "s") || !ofAfter(text, e) {
		return false
	}
	ws, we := wordBefore(text, s, true)
	if ws == we {
		return false
	}
	w := strings.ToLower(text[ws:we])
	return unitsOfBefore[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !notVerbEd[w]
}

// unitsOfBefore are the words before "months of" that make the months a
// length: verbs and prepositions. A past form in -ed will do too
// ("sparked weeks of protests").
var unitsOfBefore = setOf(`follow follows following brought brings bring halt halts end ends took take takes
	after amid despite through throughout over during spent spend spends`)

// notVerbEd are words in -ed that stand before "years of" as adjectives.
var notVerbEd = setOf(`advanced red limited`)

// bareUnit reports whether the unit text[s:e] has what ruleBareUnit
// needs: a preposition or "the" before it, or "-long" or "ahead" after.
func bareUnit(text string, s, e int) bool {
	if unitsOf(text, s, e) {
		return true
	}
	if strings.HasPrefix(text[e:], "-long") || e < len(text) && isSpace(text[e]) && strings.HasPrefix(text[skipSpace(text, e):], "ahead") {
		return true
	}
	ws, we := wordBefore(text, s, false)
	return ws < we && (oneOf(text[ws:we], bareCues) || oneOf(text[ws:we], verbCues))
}

var bareCues = setOf(`for over within lasting spanning across in after`)

// afterVerbCue reports whether the word before text[i:] is one of
// verbCues, a whole word as [bareUnit] reads it: not "0took".
func afterVerbCue(text string, i int) bool {
	ws, we := wordBefore(text, i, false)
	return ws < we && oneOf(text[ws:we], verbCues)
}

// verbCues are the verbs after which a bare plural unit is a length,
// "spent years", "took months"; they stay out of the expression.
var verbCues = setOf(`spent spend spends spending took take takes lasted lasts waited wait waits`)

var articles = setOf(`a an`)

// ofAfter reports whether "of" follows the word ending at text[i]
// ("quarters of", "months of").
func ofAfter(text string, i int) bool {
	j := skipSpace(text, i)
	return nextWord(text, j, min(len(text), j+8)) == "of"
}

// moreWords may come between a count and its unit: "two more weeks",
// "eight trading days".
var moreWords = setOf(`more additional extra further trading business working straight consecutive successive`)

// durationWords trigger both halves of the length rule: the units of
// durationUnitPat.
var durationWords = append(unitWords[:len(unitWords):len(unitWords)], "quarters")

// durationWordSet is durationWords as a set.
var durationWordSet = setOf(strings.Join(durationWords, " "))

// durationUnitPat is unitPat with quarters, which are lengths only when
// counted: "the past two quarters" (P2Q), but "a quarter of the shares".
const durationUnitPat = `(?P<u>(?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries|quarters)\b)`

// countWords are the words other than numbers that can come right before
// the unit of a length: the last words of the "q", "pre" and "v" groups
// and of the cue, and the vague counts.
var countWords = setOf(`than nearly almost about around roughly approximately least most to
	past last next coming previous following recent
	few of dozen hundred several many some half
	more additional extra further trading business working`)

// countBefore reports whether the unit text[s:e] comes right after a
// number or a word of countWords, as every length the rule resolves
// does.
func countBefore(text string, s, e int) bool {
	ws, we := wordBefore(text, s, true)
	if ws == we {
		return false
	}
	w := text[ws:we]
	if isDigit(w[0]) || oneOf(w, countWords) {
		return true
	}
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		buf[i] = w[i] | 0x20
	}
	_, ok := numberWords[string(buf[:len(w)])]
	return ok
}

func resolveDuration(m *match, c *context) (timeline.Date, bool) {
	if isAge(c.text[m.Right:]) {
		return timeline.Date{}, false
	}
	if r := c.text[m.Right:]; len(r) >= 4 && r[0] == '-' && strings.EqualFold(r[1:4], "old") && (len(r) == 4 || !isLetter(r[4])) {
		// "the IRA's 8-month-old truce": TBAQ's span takes "-old".
		m.Right += len("-old")
	}
	if quotedTitle(c.text, m.Left, m.get("u")) {
		return timeline.Date{}, false
	}
	if m.Left > 0 && c.text[m.Left-1] == '/' {
		// "the 1986/87 business year", "the 6-1/2-year-old war": the
		// count is the end of a split year or a fraction.
		return timeline.Date{}, false
	}
	if n := strings.ToLower(m.get("n")); (n == "a" || n == "an") && m.get("pre")+m.get("q") == "" && isRate(c.text, m.Left) &&
		!relationWords[nextWord(c.text, m.Right, min(len(c.text), m.Right+12))] {
		// "$1.76 a year" is a rate, "5.66 a week earlier" is no rate.
		return timeline.Date{}, false
	}
	u := strings.ToLower(m.get("u"))
	if n := m.get("n"); u == "year" && len(n) == 4 && yearDigits(n, 0) == 4 {
		// "1986 year excludes a gain": the year 1986, which
		// [ruleYear] reads, not 1,986 years; "a 2000 year history"
		// is a length.
		if ws, we := wordBefore(c.text, m.Left, false); !oneOf(c.text[ws:we], articles) {
			return timeline.Date{}, false
		}
	}
	plural := strings.HasSuffix(u, "s") || u == "centuries"
	pre := lowerFields(m.get("pre"))
	if pre == "last" && m.get("q") == "" && lastIsVerb(c.text, m.Left) {
		// "the talks could last several days": the verb stays out.
		m.Left, pre = skipSpace(c.text, m.Left+len("last")), ""
	}
	q := lowerFields(m.get("q"))
	if strings.HasSuffix(q, " than") && strings.HasPrefix(pre, "the") {
		// "42 mln dlrs more than the previous five-year period",
		// "four pct less than the first five months of 1986": a
		// comparison with the period, no bound on its length.
		m.Left, q = skipSpace(c.text, m.Left+len(m.get("q"))), ""
	}
	count := ""
	long := m.get("long") != ""
	f, vague, ok := quantity(m)
	if more := m.get("more"); more != "" && !oneOf(more, moreWords) {
		// The ones of a count written without its hyphen, "twenty
		// four hours", or no length.
		ones, tens := numberWords[strings.ToLower(more)], lowerFields(m.get("n"))
		if ones == 0 || len(more) < 3 || ones >= 10 || !strings.HasSuffix(tens, "ty") || vague || !ok {
			return timeline.Date{}, false
		}
		f, ok = number(tens + "-" + strings.ToLower(more))
	}
	if u == "quarters" && (m.get("n")+m.get("v") == "" || ofAfter(c.text, m.Right) && (!vague || strings.EqualFold(m.get("n"), "some"))) {
		// "for quarters" is no English, "three quarters of the
		// vote" is a fraction and "in some quarters of the market"
		// a place; "several quarters of losses" is a length.
		return timeline.Date{}, false
	}
	half := m.get("half") != "" || m.get("half2") != ""
	halfA := m.get("halfa") != ""
	if halfA && (half || pre != "" || !strings.EqualFold(m.get("n"), "a") && !strings.EqualFold(m.get("n"), "an")) {
		// Only "half a year", "half an hour".
		return timeline.Date{}, false
	}
	switch {
	case m.get("n") == "" && m.get("v") == "":
		// No count: "the past year", "for months".
		switch {
		case long:
			// "a day-long strike", "a decades-long feud".
			count = "1"
			if plural {
				count = "X"
			}
		case pre == "":
			cue := m.get("cue")
			if cue == "" && (afterVerbCue(c.text, m.Left) || unitsOf(c.text, m.Left, m.Right)) {
				cue = "for" // "spent years", "halt months of fighting"
			}
			if !plural || cue == "" || strings.EqualFold(cue, "in") && !superlativeBefore(c.text, m.Left) {
				return timeline.Date{}, false
			}
			count = "X"
		case pre == "the" && plural && m.get("ahead") != "":
			// "the weeks ahead".
			count = "X"
		case pre == "the" || pre == "the first" || pre == "the latest":
			// "the year", "the first week" name no length.
			return timeline.Date{}, false
		case strings.HasPrefix(pre, "the ") && (strings.HasSuffix(pre, "next") || strings.HasSuffix(pre, "coming")) && spanCue(c.text, m.Left) &&
			(strings.HasPrefix(u, "decade") || strings.HasPrefix(u, "centur")):
			// "over the next decade": the length of what the clause
			// tells, from now on, as "the past decade" is; TimeBank
			// keeps "over the next year or so" a date.
			count = "1"
		case pre == "last" || pre == "next" || strings.HasSuffix(pre, "next") || strings.HasSuffix(pre, "following") || strings.HasSuffix(pre, "previous"):
			return timeline.Date{}, false
		case plural:
			count = "X"
		default:
			count = "1"
		}
	case !ok:
		return timeline.Date{}, false
	case vague:
		// "several weeks"; a singular unit only joined by a hyphen, as
		// in "a several-year plan".
		if !plural && !strings.Contains(m.get("sep"), "-") || half {
			return timeline.Date{}, false
		}
		count = "X"
	default:
		an := strings.EqualFold(m.get("n"), "a") || strings.EqualFold(m.get("n"), "an")
		if f == 1 && plural && !half || an && strings.HasPrefix(u, "second") {
			return timeline.Date{}, false
		}
		switch {
		case half:
			f += 0.5
		case halfA:
			f = 0.5
		}
		count = formatNumber(f)
	}
	if (pre == "last" || pre == "next") && count == "1" {
		return timeline.Date{}, false
	}
	if (half || halfA) && count == "X" {
		return timeline.Date{}, false
	}
	val, ok := durationValue(u, count)
	if !ok {
		return timeline.Date{}, false
	}
	if n := m.get("n"); n == "" || !isDigit(n[0]) || !strings.Contains(n, ".") {
		// "two and a half years" is P2Y6M as TimeBank writes it; "3.5
		// years" keeps the decimal it is written with.
		val = wholeHalf(val)
	}
	mod := timeline.ModNone
	switch q {
	case "more than":
		mod = timeline.ModMoreThan
	case "less than", "fewer than":
		mod = timeline.ModLessThan
	case "no more than", "at most", "up to":
		mod = timeline.ModEqualOrLess
	case "at least":
		mod = timeline.ModEqualOrMore
	case "nearly", "almost":
		// Just short of the length: TBAQ's gold gives "almost" LESS_THAN
		// two times in three, and "nearly" is split three ways.
		mod = timeline.ModLessThan
	case "about", "around", "roughly", "approximately":
		mod = timeline.ModApprox
	}
	if long && (pre == "the" || m.get("n") != "") {
		// "a day-long strike", "the year-long inquiry": as for the
		// 14-day period below, the article is the noun's.
		m.Left = skipSpace(c.text, m.Left+len(strings.Fields(m.Text)[0]))
	}
	if pre == "the" && strings.Contains(m.get("sep"), "-") {
		// "the 14-day period": the article belongs to the noun the
		// length describes, and TimeML leaves it out.
		m.Left = skipSpace(c.text, m.Left+len("the"))
	}
	if strings.HasPrefix(val, "PX") {
		// "a few weeks or months", "recent weeks and months": one
		// vague length, as TBAQ writes it, in the first unit.
		if e := orUnitAfter(c.text, m.Right); e > 0 {
			m.Right = e
		}
	}
	return unplaced(timeline.TypeDuration, val, mod)
}

// orUnitAfter returns the end of " or <unit>" or " and <unit>" after
// text[:i], a plural unit, or 0.
func orUnitAfter(text string, i int) int {
	j := skipSpace(text, i)
	if j == i {
		return 0
	}
	w := strings.ToLower(nextWord(text, j, min(len(text), j+4)))
	if w != "or" && w != "and" {
		return 0
	}
	k := skipSpace(text, j+len(w))
	if k == j+len(w) {
		return 0
	}
	e := k
	for e < len(text) && isLetter(text[e]) {
		e++
	}
	u := strings.ToLower(text[k:e])
	if !strings.HasSuffix(u, "s") || !oneOf(u, durationWordSet) || e < len(text) && text[e] == '-' {
		return 0
	}
	return e
}

// lastIsVerb reports whether the "last" at text[i:] is the verb, after
// a modal, "to" or "not": "will last two days", "expected to last".
func lastIsVerb(text string, i int) bool {
	ws, we := wordBefore(text, i, false)
	return ws < we && oneOf(text[ws:we], beforeVerb)
}

var beforeVerb = setOf(`will would could should shall may might can must to not ll`)

// isRate reports whether the "a" or "an" of a length at text[i:] makes
// a rate of what comes before it: "$1.76 a year", "700 seats a week",
// "24 hours a day", which TimeML leaves untagged. What comes before is
// an amount, or a noun after an amount.
func isRate(text string, i int) bool {
	ws, we := wordBefore(text, i, false)
	if ws == we {
		return false
	}
	if amount(text, ws, we) {
		return true
	}
	w := strings.ToLower(text[ws:we])
	if !isLower(text[ws]) || notNoun[w] || !strings.HasSuffix(w, "s") {
		return false
	}
	vs, ve := wordBefore(text, ws, false)
	return vs < ve && amount(text, vs, ve)
}

// amount reports whether the word text[s:e] is a count or a sum: digits,
// "million", a unit of time after which "a day" is a rate.
func amount(text string, s, e int) bool {
	if isDigit(text[e-1]) || text[e-1] == '%' {
		return true
	}
	if oneOf(text[s:e], amountWords) {
		return true
	}
	w := strings.ToLower(text[s:e])
	return w != "a" && w != "an" && numberWords[w] > 0
}

var amountWords = setOf(`million millions billion billions thousand thousands hundred hundreds trillion
	percent cents dollars hours minutes days weeks times`)

// relationWords after a length make it the distance to another time.
var relationWords = setOf(`earlier before later ago after`)

// notNoun are words ending in "s" that come before a length as verbs or
// prepositions: "lasts a week", "takes a year".
var notNoun = setOf(`lasts takes is was has does goes runs stays remains spends needs as plus`)

// isAge reports whether the text after a length makes it an age, which
// TimeML does not tag: "a 44-year-old protester", "52 years old". The age
// of a thing is a length: "the IRA's 8-month-old truce".
func isAge(rest string) bool {
	rest = strings.TrimPrefix(rest, "-")
	rest = strings.TrimLeft(rest, " ")
	if len(rest) < 3 || !strings.EqualFold(rest[:3], "old") || len(rest) > 3 && isLetter(rest[3]) {
		return false
	}
	// The thing may come after a word that names its kind: "the
	// five-year-old debt crisis".
	first := nextWord(rest, 3, min(len(rest), 24))
	if oldThings[first] {
		return false
	}
	if first == "" {
		return true
	}
	i := 3
	for i < len(rest) && (rest[i] == ' ' || rest[i] == '\t') {
		i++
	}
	i += len(first)
	second := nextWord(rest, i, min(len(rest), i+20))
	if !oldThings[second] {
		return true
	}
	// The thing ends the noun phrase: not "a 58-year-old Republican law
	// professor".
	i = skipSpace(rest, i) + len(second)
	third := nextWord(rest, i, min(len(rest), i+20))
	return third != "" && !functionWords[third] && third != "between"
}

// oldThings are the nouns news gives an age to that are no people.
var oldThings = setOf(`truce ceasefire cease-fire war conflict dispute feud slump recession boom embargo ban
	blockade siege strike law rule policy regime agreement treaty pact accord alliance record tradition
	insurgency rebellion uprising revolution movement program programme moratorium investigation inquiry
	probe case crisis standoff stalemate rivalry relationship marriage company firm business
	temple church mosque cathedral monastery synagogue shrine palace castle fortress bridge building house
	tree forest tomb statue monument manuscript painting document constitution party custom
	festival city town village empire dynasty system practice`)

// superlativeBefore reports whether the words shortly before text[i] make
// "in years" a length: "the first time in years", "the highest level in
// decades", "its worst drought in months".
func superlativeBefore(text string, i int) bool {
	lo, _ := sentence(text, i, i)
	lo = max(lo, i-48)
	for _, w := range strings.Fields(strings.ToLower(text[lo:i])) {
		w = strings.Trim(w, ",;:'\"")
		if w == "first" || w == "last" || w == "worst" || w == "best" || w == "most" || len(w) > 4 && strings.HasSuffix(w, "est") && !notSuperlative[w] {
			return true
		}
	}
	return false
}

// notSuperlative are words in -est that are no superlatives.
var notSuperlative = setOf(`interest invest request protest arrest contest suggest digest honest modest
	forest harvest manifest conquest inquest unrest midwest southwest northwest behest`)

// wholeHalf writes a duration of whole units and a half, as
// durationValue writes it ("P2.5Y"), with the half in the next smaller
// unit where that is a whole number of them: "P2.5Y" -> "P2Y6M",
// "PT5.5H" -> "PT5H30M", "PT1.5M" -> "PT1M30S", "P1.5D" -> "P1DT12H",
// "P0.5Y" -> "P6M". Other values, and weeks, months and seconds, are
// returned as they are.
func wholeHalf(val string) string {
	code := val[len(val)-1]
	t := strings.HasPrefix(val, "PT")
	whole, ok := strings.CutSuffix(val[:len(val)-1], ".5")
	if !ok || strings.ContainsRune(whole, '.') {
		return val
	}
	prefix := whole[:1]
	if t {
		prefix = whole[:2]
	}
	n := whole[len(prefix):]
	var half string
	switch {
	case code == 'Y' && !t:
		half = "6M"
	case code == 'D' && !t:
		half = "T12H"
		if n == "0" {
			return "PT12H"
		}
	case code == 'H' && t:
		half = "30M"
	case code == 'M' && t:
		half = "30S"
	default:
		return val
	}
	if n == "0" {
		return prefix + half
	}
	return prefix + n + string(code) + half
}

// durationValue writes a TIMEX3 duration of n (digits or "X") units:
// "P3D", "PT48H", "P10Y" for a decade, "PXDE" for decades.
func durationValue(unit, n string) (string, bool) {
	unit = strings.ToLower(unit)
	var code string
	time := false
	mult := 1.0
	switch {
	case strings.HasPrefix(unit, "second"):
		code, time = "S", true
	case strings.HasPrefix(unit, "minute"):
		code, time = "M", true
	case strings.HasPrefix(unit, "hour"):
		code, time = "H", true
	case strings.HasPrefix(unit, "day"):
		code = "D"
	case strings.HasPrefix(unit, "week"):
		code = "W"
	case strings.HasPrefix(unit, "month"):
		code = "M"
	case strings.HasPrefix(unit, "year"):
		code = "Y"
	case strings.HasPrefix(unit, "quarter"):
		code = "Q"
	case strings.HasPrefix(unit, "decade"):
		code, mult = "Y", 10
		if n == "X" {
			code = "DE"
		}
	case strings.HasPrefix(unit, "centur"):
		code, mult = "Y", 100
		if n == "X" {
			code = "CE"
		}
	default:
		return "", false
	}
	if n != "X" && mult != 1 {
		f, err := strconv.ParseFloat(n, 64)
		if err != nil {
			return "", false
		}
		n = formatNumber(f * mult)
	}
	if time {
		return "PT" + n + code, true
	}
	return "P" + n + code, true
}

// The groups of ruleDuration's pattern, for lexDuration.
var durationGroups = groupIndex(ruleDuration, "x", "q", "pre", "halfa", "v", "n", "half", "more", "sep", "u", "half2")

func init() { setLexer(ruleDuration, lexDuration) }

// lexDuration is ruleDuration's pattern by hand (see [lexer]). Its parts
// are optional and tried in the pattern's order, the part present before
// the part left out, so that the first success is the pattern's match:
// the qualifier ("more than"), the determiner ("the past"), "half", the
// count with its "and a half", "more" and separator, then the unit and a
// closing "and a half".
func lexDuration(s string, loc []int) bool {
	var qs, pres [5]int
	nq := 0
	if q := durationQ(s, 0); q >= 0 {
		if e := spaceRun1(s, q); e >= 0 {
			qs[nq] = q
			nq++
		}
	}
	qs[nq] = -1
	nq++
	for _, q := range qs[:nq] {
		p := 0
		if q >= 0 {
			p = spaceRun(s, q)
		}
		np := 0
		for _, e := range durationPre(s, p) {
			if e >= 0 && spaceRun1(s, e) >= 0 {
				pres[np] = e
				np++
			}
		}
		pres[np] = -1
		np++
		for _, pre := range pres[:np] {
			h := p
			if pre >= 0 {
				h = spaceRun(s, pre)
			}
			halfa := foldWord(s, h, "half")
			for _, ha := range orNot(halfa, -1) {
				n := h
				if ha >= 0 {
					n = spaceRun(s, ha)
				}
				if lexDurationCount(s, loc, n, func(u int) bool {
					e := unitWord(s, u)
					if e < 0 {
						return false
					}
					g := durationGroups
					if q >= 0 {
						setGroup(loc, g[1], 0, q)
					}
					if pre >= 0 {
						setGroup(loc, g[2], p, pre)
					}
					if ha >= 0 {
						setGroup(loc, g[3], h, ha)
					}
					setGroup(loc, g[9], u, e)
					// (?P<half2>\s+and\s+a\s+half\b)?, in lower case
					if z := andAHalf(s, e); z >= 0 && atBoundary(s, z) {
						setGroup(loc, g[10], e, z)
						e = z
					}
					setGroup(loc, 0, 0, e)
					setGroup(loc, g[0], 0, e)
					return true
				}) {
					return true
				}
			}
		}
	}
	return false
}

// durationQ matches the pattern's group q at s[p:] and returns its end,
// or -1: its alternatives start with different words.
func durationQ(s string, p int) int {
	e := foldWord(s, p, "more", "less", "fewer", "no", "nearly", "almost", "about", "around", "roughly", "approximately", "at", "up")
	if e < 0 {
		return -1
	}
	next := spaceRun(s, e)
	switch w := s[p:e]; {
	case foldEqual(w, "no"):
		if e = foldWord(s, next, "more"); e < 0 {
			return -1
		}
		return foldWord(s, spaceRun(s, e), "than")
	case oneFold(w, "more", "less", "fewer"):
		return foldWord(s, next, "than")
	case foldEqual(w, "at"):
		return foldWord(s, next, "least", "most")
	case foldEqual(w, "up"):
		return foldWord(s, next, "to")
	}
	return e
}

// durationPre returns the ends of the pattern's group pre at s[p:] in the
// order its alternatives are tried, -1 for one that fails.
func durationPre(s string, p int) [4]int {
	ends := [4]int{-1, -1, -1, -1}
	the := foldWord(s, p, "the")
	if the >= 0 {
		t := spaceRun(s, the)
		ends[0] = foldWord(s, t, "past", "last", "next", "coming", "recent")
		ends[2] = foldWord(s, t, "previous", "following", "first", "latest")
		if e := foldWord(s, t, "most"); e >= 0 && ends[2] < 0 {
			ends[2] = foldWord(s, spaceRun(s, e), "recent")
		}
		ends[3] = the
	}
	ends[1] = foldWord(s, p, "past", "last", "next", "coming", "recent")
	return ends
}

// lexDurationCount tries the pattern's optional count at s[p:] (numPat
// with its "and a half", "more" word and separator) and then its absence,
// calling unit with where the unit must start, until unit returns true;
// it records the count's groups in loc when unit succeeds.
func lexDurationCount(s string, loc []int, p int, unit func(int) bool) bool {
	g := durationGroups
	ok := eachCount(s, p, func(v bool, e int) bool {
		for _, half := range halfEnds(s, e) {
			if half == -2 {
				continue
			}
			at := e
			if half >= 0 {
				at = half
			}
			for _, more := range moreEnds(s, at) {
				if more == -2 {
					continue
				}
				m := at
				if more >= 0 {
					m = more
				}
				sep := m
				for sep < len(s) && (isSpace(s[sep]) || s[sep] == '-') {
					sep++
				}
				if sep == m || !unit(sep) {
					continue
				}
				if v {
					setGroup(loc, g[4], p, e)
				} else {
					setGroup(loc, g[5], p, e)
				}
				if half >= 0 {
					setGroup(loc, g[6], e, half)
				}
				if more >= 0 {
					setGroup(loc, g[7], spaceRun(s, at), more)
				}
				setGroup(loc, g[8], m, sep)
				return true
			}
		}
		return false
	})
	return ok || unit(p)
}

// halfEnds returns the end of the pattern's group half at s[e:] and -1
// for its absence, or -2 where it cannot match.
func halfEnds(s string, e int) [2]int {
	a := e
	for a < len(s) && (isSpace(s[a]) || s[a] == '-') {
		a++ // [\s-]+: "5 1/2 hours", "3-1/2 years"
	}
	if a == e {
		return [2]int{-2, -1}
	}
	if strings.HasPrefix(s[a:], "1/2") {
		return [2]int{a + 3, -1}
	}
	if strings.HasPrefix(s[a:], "and") {
		if b := spaceRun1(s, a+3); b >= 0 && strings.HasPrefix(s[b:], "a") {
			if c := spaceRun1(s, b+1); c >= 0 && strings.HasPrefix(s[c:], "half") {
				return [2]int{c + 4, -1}
			}
		}
	}
	return [2]int{-2, -1}
}

// andAHalf matches \s+and\s+a\s+half at s[e:], in lower case, and returns
// its end or -1.
func andAHalf(s string, e int) int {
	a := spaceRun1(s, e)
	if a < 0 || !strings.HasPrefix(s[a:], "and") {
		return -1
	}
	if a = spaceRun1(s, a+3); a < 0 || !strings.HasPrefix(s[a:], "a") {
		return -1
	}
	if a = spaceRun1(s, a+1); a < 0 || !strings.HasPrefix(s[a:], "half") {
		return -1
	}
	return a + 4
}

// moreEnds is halfEnds for the group more, whose words are in lower case.
func moreEnds(s string, e int) [2]int {
	a := spaceRun1(s, e)
	if a < 0 {
		return [2]int{-2, -1}
	}
	z := letterRun(s, a)
	if !atBoundary(s, z) {
		return [2]int{-2, -1}
	}
	switch s[a:z] {
	case "more", "additional", "extra", "further", "trading", "business", "working",
		"one", "two", "three", "four", "five", "six", "seven", "eight", "nine":
		return [2]int{z, -1}
	}
	return [2]int{-2, -1}
}

// eachCount calls f with the ends of numPat's matches at s[p:] in the
// order the pattern tries them, and whether the vague group v matched,
// until f returns true.
func eachCount(s string, p int, f func(v bool, e int) bool) bool {
	if p >= len(s) {
		return false
	}
	// (?P<v>(?i:a\s+few|a\s+couple\s+of|a\s+dozen|a\s+hundred))\b
	if a := foldWord(s, p, "a"); a >= 0 {
		a = spaceRun(s, a)
		z := letterRun(s, a)
		if foldEqual(s[a:z], "couple") && z < len(s) && isSpace(s[z]) {
			a = spaceRun(s, z)
			if z = letterRun(s, a); !foldEqual(s[a:z], "of") {
				z = -1
			}
		} else if !oneFold(s[a:z], "few", "dozen", "hundred") {
			z = -1
		}
		if z >= 0 && atBoundary(s, z) && f(true, z) {
			return true
		}
	}
	switch {
	case isDigit(s[p]):
		// \d+(?:,\d{3})*(?:\.\d+)?\b, with as many groups of three
		// as there are first, then fewer.
		d := p
		for d < len(s) && isDigit(s[d]) {
			d++
		}
		n := 0 // groups of three, each ending at d+4k
		for g := d; g+4 <= len(s) && s[g] == ',' && isDigit(s[g+1]) && isDigit(s[g+2]) && isDigit(s[g+3]); g += 4 {
			n++
		}
		for k := n; k >= 0; k-- {
			e := d + 4*k
			if e+1 < len(s) && s[e] == '.' && isDigit(s[e+1]) {
				z := e + 1
				for z < len(s) && isDigit(s[z]) {
					z++
				}
				if atBoundary(s, z) && f(false, z) {
					return true
				}
			}
			if atBoundary(s, e) && f(false, e) {
				return true
			}
		}
	case isLetter(s[p]):
		// [A-Za-z]+(?:-[a-z]+)?\b
		e := letterRun(s, p)
		if e+1 < len(s) && s[e] == '-' && isLower(s[e+1]) {
			z := e + 1
			for z < len(s) && isLower(s[z]) {
				z++
			}
			if atBoundary(s, z) && f(false, z) {
				return true
			}
		}
		if atBoundary(s, e) && f(false, e) {
			return true
		}
	}
	return false
}

// unitWord matches durationUnitPat at s[p:] and returns its end, or -1.
func unitWord(s string, p int) int {
	e := letterRun(s, p)
	if e == p || !atBoundary(s, e) {
		return -1
	}
	if oneFold(s[p:e], "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
		"month", "months", "year", "years", "decade", "decades", "century", "centuries", "quarters") {
		return e
	}
	return -1
}

// spanCue reports whether a preposition of extent stands right before
// text[i:]: "over", "during", "within", "throughout".
func spanCue(text string, i int) bool {
	ws, we := wordBefore(text, i, false)
	return oneOf(text[ws:we], setOf("over during within throughout"))
}
