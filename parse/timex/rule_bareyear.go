package timex

import (
	"regexp"
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleBareYear resolves, in a narrative only, the years histories write
// without the preposition [ruleYear] wants before a year before 1900 —
// after "of", "the", "and", "to" or "between", in brackets, and at either
// end of a range — and years of three digits after a preposition of time
// ("in", "by", "from", "until") or in brackets, with no noun after them. A year of a story told before
// the era takes it from the date in focus (see [Tagger.follow]), or from
// the end of its range.
//
//	the 1784 treaty (1784)   (1790) (1790)   the campaigns of 1777 (1777)
//	1861-1863 (1861, 1863)   1915-17 (1915, 1917)   in 732 (0732)   (499-493 BC) (BC0499)
//
// A number before the people or things it counts is no year: "the 1500
// men", "in 226 sorties", "a force of 500 minutemen".
var ruleBareYear = newRule("bareyear", 0, []string{"#year", "#yyy", "#yyend"},
	`(?P<x>(?P<year>[1-9][0-9]{2,3}|[0-9]{2}))\b`,
	resolveBareYear).endsSoon()

// bareYearCues are the words after which a year is a year: a year of
// three digits needs one of them, or a bracket, before it.
var bareYearCues = setOf(`in since by until till during before after from circa year ca c`)

// bareYearWeakCues are the words after which a year before 1900 is a year
// in a narrative ("the 1784 treaty", "the campaigns of 1777").
var bareYearWeakCues = setOf(`of the and or to through between early late mid`)

// yearFollowers are the words that may follow a year of three digits;
// any other word makes the number a count ("in 226 sorties").
var yearFollowers = setOf(`and or when the to with as after before but while he she it they his her its their
	a an at on in by from until which who where that was were had`)

// yearCountNouns are the nouns a number before them counts, not dates.
var yearCountNouns = setOf(`men man people troops soldiers ships guns cannon killed dead wounded prisoners casualties
	horses tanks aircraft planes vessels miles kilometres kilometers km feet yards metres meters pounds tons
	strong others more percent per dollars workers civilians officers sailors marines`)

// bcRangeEndRE matches the end of a range of years BC after its start:
// "-493 BC", " to 479 BC".
var bcRangeEndRE = regexp.MustCompile(`^\s*(?:[-–]|to)\s*[0-9]{1,4}\s?BCE?\b`)

func resolveBareYear(m *match, c *context) (timeline.Date, bool) {
	if !c.narrative {
		return timeline.Date{}, false
	}
	y := m.get("year")
	if len(y) == 4 && y >= "1900" {
		return timeline.Date{}, false // ruleYear's
	}
	text, s, e := c.text, m.Left, m.Right
	if len(y) == 2 {
		return rangeEndYear(text, s, e)
	}
	if s > 0 && strings.ContainsRune("$£€#.,/:+-", rune(text[s-1])) && !rangeDash(text, s) {
		return timeline.Date{}, false
	}
	rest := text[e:]
	if len(rest) >= 2 && strings.ContainsRune(",.:/", rune(rest[0])) && isDigit(rest[1]) || strings.HasPrefix(rest, "%") {
		return timeline.Date{}, false
	}
	if yearCountNouns[nextWord(text, skipSpace(text, e), min(len(text), e+24))] {
		return timeline.Date{}, false
	}
	paren := strings.HasSuffix(strings.TrimRight(text[max(0, s-2):s], " "), "(")
	cue := prevWord(text, s)
	strong := bareYearCues[cue] || paren || rangeDash(text, s)
	if len(y) == 3 {
		// Most numbers of three digits count something: a year needs a
		// cue before it and no noun after it.
		j := skipSpace(text, e)
		if w := nextWord(text, j, min(len(text), j+16)); !strong || j < len(text) && isLetter(text[j]) && !yearFollowers[w] {
			return timeline.Date{}, false
		}
	} else if !strong && !bareYearWeakCues[cue] && !(dashAt(text, e) > 0 && e+dashAt(text, e) < len(text) && isDigit(text[e+dashAt(text, e)])) {
		// "1861-1863": the start of a range.
		return timeline.Date{}, false
	}
	v := y
	if len(v) == 3 {
		v = "0" + v
	}
	if bcRangeEndRE.MatchString(rest) {
		v = "BC" + v // "(499-493 BC)"
	}
	return calendar(v, timeline.ModNone)
}

// rangeEndYear resolves the two digits text[s:e] that end a range of
// years after a dash ("17" in "1915-17", "08" in "2007-08"): the first
// year after the range's start that ends in them.
func rangeEndYear(text string, s, e int) (timeline.Date, bool) {
	d := len("-")
	if !strings.HasSuffix(text[:s], "-") {
		d = len("–")
	}
	if s-d < 4 || !rangeDash(text, s) || s-d-4 > 0 && isDigit(text[s-d-5]) {
		return timeline.Date{}, false
	}
	start := atoi(text[s-d-4 : s-d])
	if e < len(text) && (isDigit(text[e]) || text[e] == '%' || text[e] == '.' && e+1 < len(text) && isDigit(text[e+1])) ||
		yearCountNouns[nextWord(text, skipSpace(text, e), min(len(text), e+24))] {
		return timeline.Date{}, false // "1914-18 percent"
	}
	y := start/100*100 + atoi(text[s:e])
	if y <= start {
		y += 100
	}
	if y-start > 20 {
		return timeline.Date{}, false // "1950-80": no range of years
	}
	return calendar(yearValue(y), timeline.ModNone)
}

// rangeDash reports whether a dash before text[s:] ends a year before
// it: "1861-" in "1861-1863".
func rangeDash(text string, s int) bool {
	for _, d := range [...]string{"-", "–"} {
		if strings.HasSuffix(text[:s], d) {
			j := s - len(d)
			k := j
			for k > 0 && isDigit(text[k-1]) {
				k--
			}
			return j-k >= 3 && (k == 0 || !isWordByte(text[k-1]))
		}
	}
	return false
}
