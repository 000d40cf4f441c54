package timex

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// rulePeriod resolves the reporting periods of business news: the quarter
// a report is about, and the same period a year before. Alone they are
// the last full quarter before the anchor; after a quarter the text has
// named, they are that quarter (see [Tagger.refocus]).
//
//	the quarter, the latest quarter, the most recent period (2019-Q1)
//	the quarter ended Feb. 28 (2019-Q1, the quarter of its last month)
//	the year-earlier quarter, the year-ago period (2018-Q1)
//	year-earlier profit, the year-ago results (2018; 2018-Q1 after a quarter)
//	the 2018 period, last year's quarter (2018-Q1)
//	for the full year (2019)   for the year ended Sept. 30 (P1Y)
//
// "a quarter" and "the quarter-point cut" are not periods; "the period"
// needs "latest" or "year-ago".
var rulePeriod = newRule("period", 4, []string{"quarter", "period", "earlier", "ago", "#year", "year"},
	`(?P<x>(?i:the)\s+(?:(?P<prior>(?i:(?:comparable\s+|same\s+)?year[\s-]+(?:earlier|ago)|comparable|corresponding|same))\s+|(?P<latest>(?i:latest|most\s+recent|just[\s-]+(?:ended|completed)))\s+|`+yearPat+`\s+)?(?P<u>(?i:quarter|period))\b|(?P<rel>(?i:this|last))\s+year['’]s\s+(?P<u>(?i:quarter|period))\b|(?P<adj>(?i:year-(?:earlier|ago)))\b|(?P<fy>(?i:the\s+(?:fiscal\s+|financial\s+|full\s+)?year))\b)`,
	resolvePeriod).endsSoon().nearby(periodNear)

var (
	yearLeads   = setOf(`the fiscal financial full this last same comparable`)
	periodUnits = setOf(`quarter period`)
	// periodLeads are the words that can come right before the unit;
	// "s" is the end of "year's".
	periodLeads = setOf(`the earlier ago comparable corresponding same latest recent ended completed s`)
)

// periodNear reports whether a year trigger text[s:e] has what the
// pattern needs around it: a four-digit year is one only before
// "quarter" or "period" ("the 2018 period"), and "year" only after "the",
// "fiscal", "full", "this" or "last", before "'s", or as "year-earlier"
// or "year ago". "Earlier" and "ago" need "year" before them, and
// "quarter" and "period" one of the words that can precede them in the
// pattern ("the", "year-ago", "latest", a year, "year's").
func periodNear(text string, s, e int) bool {
	if isDigit(text[s]) {
		j := skipSpace(text, e)
		w := strings.ToLower(nextWord(text, j, min(len(text), j+8)))
		return w == "quarter" || w == "period"
	}
	if e-s != len("year") {
		ws, we := wordBefore(text, s, true)
		if ws == we {
			return false
		}
		if oneOf(text[s:e], periodUnits) {
			return isDigit(text[ws]) || oneOf(text[ws:we], periodLeads)
		}
		return we-ws == len("year") && strings.EqualFold(text[ws:we], "year")
	}
	if ws, we := wordBefore(text, s, false); ws < we && oneOf(text[ws:we], yearLeads) {
		// "last year's quarter" needs its "'s" (below); plain "last
		// year" is [ruleRelative]'s.
		if w := text[ws:we]; !strings.EqualFold(w, "this") && !strings.EqualFold(w, "last") {
			return true
		}
	}
	if e < len(text) && (text[e] == '-' || text[e] == '\'' || strings.HasPrefix(text[e:], "’")) {
		return true
	}
	w := strings.ToLower(nextWord(text, skipSpace(text, e), min(len(text), e+16)))
	return w == "earlier" || w == "ago"
}

func resolvePeriod(m *match, c *context) (timeline.Date, bool) {
	if strings.HasPrefix(c.text[m.Right:], "-") {
		return timeline.Date{}, false
	}
	a := c.anchor
	if m.get("fy") != "" {
		return theYear(m, c)
	}
	if m.get("adj") != "" {
		return calendar(fmt.Sprintf("%04d", a.Year()-1), timeline.ModNone)
	}
	q := lastQuarter(a)
	prior, latest := m.get("prior") != "", m.get("latest") != ""
	switch y, rel := m.get("year"), strings.ToLower(m.get("rel")); {
	case y != "":
		q += (atoi(y) - q/4) * 4
	case rel == "last":
		q -= 4
	case rel == "this":
	case prior:
		q -= 4
	case strings.EqualFold(m.get("u"), "period") && !latest:
		return timeline.Date{}, false
	case !latest:
		if e, ok := quarterEnd(c.text, m.Right, a); ok {
			q = e
		}
	}
	return calendar(quarterValue(q), timeline.ModNone)
}

// quarterEndRE matches the end of a quarter named after it: " ended Feb.
// 28", " ending June 30, 2013"; its groups are the month and the year.
var quarterEndRE = regexp.MustCompile(`^,?\s+(?i:ended|ending)\s+([A-Z][a-z]{2,8}\.?)(?:\s+[0-9]{1,2}\b)?(?:,?\s+((?:19|20)[0-9]{2})\b)?`)

// quarterEnd returns the quarter, counted since year 0, that holds the
// month a quarter ends in when the text names it after the quarter: "the
// quarter ended Feb. 28" (read on 2013-03-22) is 2013-Q1, as TimeBank
// writes a quarter by its calendar, and "the quarter ended Sept. 30" read
// on 2013-03-22 is 2012-Q3. Without a year, the month is the last one on
// or before the anchor's, or the next one for "ending".
func quarterEnd(text string, i int, a time.Time) (int, bool) {
	sm := quarterEndRE.FindStringSubmatch(text[i:min(len(text), i+40)])
	if sm == nil {
		return 0, false
	}
	mo := month(sm[1])
	if mo == 0 {
		return 0, false
	}
	y := a.Year()
	switch {
	case sm[2] != "":
		y = atoi(sm[2])
	case mo > int(a.Month()) && !strings.HasPrefix(strings.ToLower(strings.TrimLeft(sm[0], ", \t\n")), "ending"):
		y--
	}
	return y*4 + (mo-1)/3, true
}

// theYear resolves "the year" of a report: after "for", "in", "of",
// "during" or "throughout", it is the anchor's year ("sales for the full
// year", "the first nine months of the year"), or a year's length when a
// fiscal year's end follows ("for the year ended Sept. 30", P1Y).
func theYear(m *match, c *context) (timeline.Date, bool) {
	switch prevWord(c.text, m.Left) {
	case "for", "in", "of", "during", "throughout", "through":
	default:
		return timeline.Date{}, false
	}
	j := skipSpace(c.text, m.Right)
	switch nextWord(c.text, j, min(len(c.text), j+20)) {
	case "ended", "ending": // also across a line's end: "for the year\nended June 30"
		return unplaced(timeline.TypeDuration, "P1Y", timeline.ModNone)
	}
	switch nextWord(c.text, m.Right, min(len(c.text), m.Right+20)) {
	case "that", "which", "to", "before", "after", "earlier", "ago", "when", "in", "of":
		// Some other year: "in the year before", "the year of the dog".
		return timeline.Date{}, false
	}
	return calendar(fmt.Sprintf("%04d", c.anchor.Year()), timeline.ModNone)
}

// lastQuarter returns the last full quarter before the day a, counted in
// quarters since year 0.
func lastQuarter(a time.Time) int { return a.Year()*4 + (int(a.Month())-1)/3 - 1 }

// quarterValue writes quarter q, counted since year 0: "2019-Q1".
func quarterValue(q int) string { return fmt.Sprintf("%04d-Q%d", q/4, q%4+1) }
