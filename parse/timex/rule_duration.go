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
//	5 1/2 hours (PT5H30M)   two and a half years (P2Y6M)   a minute and a half (PT1M30S)
//	one and a half years, a year and a half (P1Y6M)   an hour and a half (PT1H30M)
//	two and a half weeks (P2.5W)   a decade and a half (P15Y)   half a year (P6M)
//	a 44-year-old protester, 52 years old (ages are not tagged)
//
// A half, in words or as ".5", is written in the next smaller unit where
// it is a whole number of them, as TimeBank writes "2 1/2 years" (P2Y6M)
// and "a minute and a half" (PT1M30S); weeks, months and seconds keep a
// fraction (P2.5W), as ISO 8601 allows in the last unit.
var ruleDuration = newRule("duration", 4, unitWords,
	`(?:(?P<cue>(?i:for|over|within|lasting|spanning|across|in))\s+)?(?P<x>(?:(?P<q>(?i:more\s+than|less\s+than|fewer\s+than|no\s+more\s+than|nearly|almost|about|around|roughly|approximately|at\s+least|at\s+most|up\s+to))\s+)?(?:(?P<pre>(?i:the\s+(?:past|last|next|coming|previous|following|most\s+recent|recent|first|latest)|the|past|coming|last|next|recent))\s+)?(?:(?P<halfa>(?i:half))\s+)?(?:`+numPat+`(?P<half>\s+1/2|\s+and\s+a\s+half)?[\s-]+)?`+unitPat+`(?P<half2>\s+and\s+a\s+half\b)?)`,
	resolveDuration).startsBefore().nearby(countBefore)

// countWords are the words other than numbers that can come right before
// the unit of a length: the last words of the "q", "pre" and "v" groups
// and of the cue, and the vague counts.
var countWords = setOf(`than nearly almost about around roughly approximately least most to
	past last next coming previous following recent
	few of dozen hundred several many some half
	for over within lasting spanning across in`)

// countBefore reports whether the unit text[s:e] comes right after a
// number or a word of countWords, as every length the rule resolves does.
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
	u := strings.ToLower(m.get("u"))
	plural := strings.HasSuffix(u, "s") || u == "centuries"
	pre := lowerFields(m.get("pre"))
	count := ""
	half := m.get("half") != "" || m.get("half2") != ""
	halfA := m.get("halfa") != ""
	if halfA && (half || m.get("pre") != "" || !strings.EqualFold(m.get("n"), "a") && !strings.EqualFold(m.get("n"), "an")) {
		// Only "half a year", "half an hour".
		return timeline.Date{}, false
	}
	switch f, vague, ok := quantity(m); {
	case m.get("n") == "" && m.get("v") == "":
		// No count: "the past year", "for months".
		switch {
		case pre == "":
			if !plural || m.get("cue") == "" || strings.EqualFold(m.get("cue"), "in") {
				return timeline.Date{}, false
			}
			count = "X"
		case pre == "the" || pre == "the first" || pre == "the latest":
			// "the year", "the first week" name no length.
			return timeline.Date{}, false
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
		if !plural || half {
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
	val = wholeHalf(val)
	mod := timeline.ModNone
	switch lowerFields(m.get("q")) {
	case "more than":
		mod = timeline.ModMoreThan
	case "less than", "fewer than":
		mod = timeline.ModLessThan
	case "no more than", "at most", "up to":
		mod = timeline.ModEqualOrLess
	case "at least":
		mod = timeline.ModEqualOrMore
	case "nearly", "almost", "about", "around", "roughly", "approximately":
		mod = timeline.ModApprox
	}
	return unplaced(timeline.TypeDuration, val, mod)
}

// isAge reports whether the text after a length makes it an age, which
// TimeML does not tag: "a 44-year-old protester", "52 years old".
func isAge(rest string) bool {
	rest = strings.TrimPrefix(rest, "-")
	rest = strings.TrimLeft(rest, " ")
	return len(rest) >= 3 && strings.EqualFold(rest[:3], "old") && (len(rest) == 3 || !isLetter(rest[3]))
}

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
