package timex

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleQuarter resolves quarters and halves of a year; without a year the
// year is the anchor's.
//
//	the third quarter (2019-Q3)   the fourth quarter of 2018, fourth quarter 2018 (2018-Q4)
//	third-quarter   Q3 2019   Q1   the first half of 2019 (2019-H1)
//	the second half of this year (2019-H2)   H1 2019
//	the 2018 third quarter, last year's third quarter (2018-Q3)
//	the year-earlier third quarter (2018-Q3)   next year's first half (2020-H1)
//	the second half, second-half growth (2019-H2)
//	the end of the first quarter (2019-Q1 END)   late first-quarter trading (2019-Q1 END)
//	will return to profit in the first half, in November (2020-H1)
//	profit rose in the second half (2018-H2: past, and after the anchor's half)
//
// A half without its year is the year's unless it is the half of
// something else ("the second half of the game", "the first half hour")
// or its sentence speaks of sport ("scored in the second half"): the
// rule looks for a few sports words, and tags nothing there. "the last
// half" and "the final half" still need their year.
var ruleQuarter = newRule("quarter", 6, []string{"quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2"},
	`(?P<x>`+modPat+`(?:(?i:the)\s+)?(?:`+yearPat+`\s+|(?P<rel>(?i:this|last|next))\s+year['’]s\s+|(?P<ago>(?i:year-(?:earlier|ago)))\s+)?(?:(?i:fiscal)\s+)?(?P<ord>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))[\s-]+(?P<u>(?i:quarter|half))\b(?:\s+of\s+(?:(?i:fiscal)\s+)?(?:`+yearPat+`|(?:(?i:the)\s+year|(?P<rel>(?i:this|last|next))\s+year)\b)|\s+`+yearPat+`)?|(?P<q>Q[1-4])(?:\s+`+yearPat+`)?\b|(?P<h>H[12])\s+`+yearPat+`)`,
	resolveQuarter)

func resolveQuarter(m *match, c *context) (timeline.Date, bool) {
	y := c.anchor.Year()
	explicit := strings.Contains(m.Text, " of ")
	if s := m.get("year"); s != "" {
		if r := c.text[m.Right:]; len(r) > 1 && r[0] == '/' && isDigit(r[1]) && strings.HasSuffix(m.Text, s) && !slices.Contains(strings.Fields(m.Text), "of") {
			// "first quarter 1986/87": a split fiscal year, whose
			// quarter is no calendar quarter; the quarter alone.
			m.Text = strings.TrimRight(m.Text[:len(m.Text)-len(s)], " \t\r\n")
			m.Right = m.Left + len(m.Text)
		} else {
			y, explicit = atoi(s), true
		}
	}
	if m.get("ago") != "" {
		y, explicit = y-1, true
	}
	if m.get("rel") != "" {
		explicit = true
	}
	switch strings.ToLower(m.get("rel")) {
	case "last":
		y--
	case "next":
		y++
	}
	if q := m.get("q"); q != "" {
		return calendar(fmt.Sprintf("%04d-%s", y, q), timeline.ModNone)
	}
	if h := m.get("h"); h != "" {
		return calendar(fmt.Sprintf("%04d-%s", y, h), timeline.ModNone)
	}
	ord := strings.ToLower(m.get("ord"))
	half := strings.EqualFold(m.get("u"), "half")
	if !explicit && ord != "" && inARowAfter(c.text, m.Right) {
		// "for the second quarter in a row", "the third quarter
		// running": a count of quarters, no quarter of the calendar.
		return timeline.Date{}, false
	}
	n, _ := ordinal(ord)
	if ord == "final" || ord == "last" {
		if !explicit {
			return timeline.Date{}, false
		}
		n = 4
		if half {
			n = 2
		}
	}
	if half {
		if n < 1 || n > 2 {
			return timeline.Date{}, false
		}
		if !explicit {
			if !yearHalf(m, c) {
				return timeline.Date{}, false
			}
			if n == 2 && justEnded(c, 12) && c.tense(m.Left, m.Right) == tensePast {
				// "Profit rose in the second half", in February: the
				// last one.
				y--
			}
		}
		if !explicit && longEnded(c, 6*n) && spokenAhead(m, c) {
			y++
		}
		return calendar(fmt.Sprintf("%04d-H%d", y, n), modOf(m.get("mod")))
	}
	if !explicit && int(c.anchor.Month()) <= 3*(n-1) && justEnded(c, 3*n) && (c.tense(m.Left, m.Right) == tensePast || reportOf(c.text, m.Right) && reportBefore(c.text, m.Left)) {
		// "It reported fourth-quarter profit", in March: the last
		// one, as the anchor year's has not begun. So are the
		// figures to come of one just ended: "the report on
		// fourth-quarter economic growth, due Thursday".
		y--
	}
	if !explicit && longEnded(c, 3*n) && spokenAhead(m, c) {
		// "expects to return to profit in the first quarter", in
		// November: next year's, as this year's is long over.
		y++
	}
	if low := strings.ToLower(m.Text); strings.HasPrefix(low, "the ") && strings.Contains(low, "-quarter") {
		// "the third-quarter results": the article is the noun's.
		m.Left = skipSpace(c.text, m.Left+len("the"))
	}
	return calendar(fmt.Sprintf("%04d-Q%d", y, n), modOf(m.get("mod")))
}

// longEnded reports whether this year's period ending with month end
// ended more than reportWindow before the anchor: too long ago for a
// report of its figures to be news.
func longEnded(c *context, end int) bool {
	if end >= 12 {
		return false
	}
	return c.anchor.Sub(date(c.anchor.Year(), end+1, 1)) > reportWindow
}

// spokenAhead reports whether the quarter or half of m is spoken of in the
// future, and not as figures to be reported ("will report first-quarter
// results").
func spokenAhead(m *match, c *context) bool {
	return c.tense(m.Left, m.Right) == tenseFuture && !reportOf(c.text, m.Right) && !reportBefore(c.text, m.Left)
}

// inARowAfter reports whether "in a row", "running" or "in succession"
// follows text[:i].
func inARowAfter(text string, i int) bool {
	j := skipSpace(text, i)
	if j == i {
		return false
	}
	rest := strings.ToLower(text[j:min(len(text), j+16)])
	return strings.HasPrefix(rest, "in a row") || strings.HasPrefix(rest, "in succession") ||
		strings.HasPrefix(rest, "running") && (len(rest) == len("running") || !isLetter(rest[len("running")]))
}

// reportOf reports whether one of the three words after text[:i], in
// its noun phrase, names a period's figures: "fourth-quarter economic
// growth", "a fourth quarter loss".
func reportOf(text string, i int) bool {
	for range 3 {
		j := skipSpace(text, i)
		if j == i && i < len(text) && text[i] != '-' {
			return false
		}
		if j < len(text) && text[j] == '-' {
			j++
		}
		w := nextWord(text, j, min(len(text), j+16))
		if w == "" {
			return false
		}
		if reportNouns[w] {
			return true
		}
		if functionWords[w] || w == "a" || w == "an" || w == "the" || w == "but" || w == "not" {
			return false // "in the second half and report higher earnings"
		}
		i = j + len(w)
	}
	return false
}

// reportBefore reports whether a verb or noun of reporting stands within
// six words before text[i:]: "will report a fourth quarter loss", "the
// report on fourth-quarter growth"; not "expects fourth-quarter sales
// will rise", a forecast.
func reportBefore(text string, i int) bool {
	for range 6 {
		j := i
		for j > 0 && !isWordByte(text[j-1]) {
			if strings.IndexByte(".!?;", text[j-1]) >= 0 {
				return false
			}
			j--
		}
		ws := j
		for ws > 0 && isWordByte(text[ws-1]) {
			ws--
		}
		if ws == j {
			return false
		}
		if oneOf(text[ws:j], reportVerbs) {
			return true
		}
		i = ws
	}
	return false
}

// reportVerbs tell of figures given out.
var reportVerbs = setOf(`report reports reported reporting announce announces announced release releases released
	post posts posted take takes took book books booked watch`)

// reportNouns name the figures of a period.
var reportNouns = setOf(`results earnings profit profits loss losses revenue revenues sales growth gdp figures
	data report numbers output income`)

// reportWindow is how long after a quarter or half ends a past-tense
// report names it without its year: a report of results, not a plan
// made then for the one ahead ("set a limit for the third quarter", in
// June, is this year's).
const reportWindow = 120 * 24 * time.Hour

// justEnded reports whether last year's period ending with month end
// (12 for the fourth quarter or the second half) ended within
// reportWindow before the anchor.
func justEnded(c *context, end int) bool {
	last := date(c.anchor.Year()-1, end+1, 1)
	return !c.anchor.Before(last) && c.anchor.Sub(last) <= reportWindow
}

// yearHalf reports whether the half of m, named without its year, is a
// half of the year: not a half of something else ("of the game", "half
// hour", "half-time") and not in a sentence about sport.
func yearHalf(m *match, c *context) bool {
	ns := skipSpace(c.text, m.Right)
	ne := ns
	for ne < len(c.text) && isLetter(c.text[ne]) {
		ne++
	}
	if next := strings.ToLower(c.text[ns:ne]); strings.HasPrefix(c.text[m.Right:], "-") || halfOfWords[next] || ne-ns >= 3 && next != "may" && month(c.text[ns:ne]) > 0 {
		// "the first half-hour", "the first half of the game", "second
		// half March shipments".
		return false
	}
	lo, hi := sentence(c.text, m.Left, m.Right)
	for i := lo; i < hi; {
		if !isLetter(c.text[i]) {
			i++
			continue
		}
		j := i
		for j < hi && isLetter(c.text[j]) {
			j++
		}
		if oneOf(c.text[i:j], sportWords) {
			return false
		}
		i = j
	}
	return true
}

// halfOfWords make "the first half" a half of something other than a
// year when they follow it.
var halfOfWords = setOf(`of hour hours day days dozen mile miles inning innings century decade season term session time`)

// sportWords mark a sentence about a match, whose halves are no halves
// of the year.
var sportWords = setOf(`scored score scores scoring goal goals match matches game games halftime penalty penalties
	kick kicked touchdown touchdowns inning quarterback striker midfielder goalkeeper keeper coach referee
	league cup minute minutes trailed trailing victory defeat`)
