package timex

import (
	"fmt"
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
//	the year-earlier quarter, the year-ago period (2018-Q1)
//	year-earlier profit, the year-ago results (2018; 2018-Q1 after a quarter)
//	the 2018 period, last year's quarter (2018-Q1)
//	for the full year (2019)   for the year ended Sept. 30 (P1Y)
//
// "a quarter" and "the quarter-point cut" are not periods; "the period"
// needs "latest" or "year-ago".
var rulePeriod = newRule("period", 4, []string{"quarter", "period", "earlier", "ago", "#year", "year"},
	`(?P<x>(?i:the)\s+(?:(?P<prior>(?i:(?:comparable\s+|same\s+)?year[\s-]+(?:earlier|ago)|comparable|corresponding|same))\s+|(?P<latest>(?i:latest|most\s+recent|just[\s-]+(?:ended|completed)))\s+|`+yearPat+`\s+)?(?P<u>(?i:quarter|period))\b|(?P<rel>(?i:this|last))\s+year['’]s\s+(?P<u>(?i:quarter|period))\b|(?P<adj>(?i:year-(?:earlier|ago)))\b|(?P<fy>(?i:the\s+(?:fiscal\s+|full\s+)?year))\b)`,
	resolvePeriod).endsSoon()

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
	}
	return calendar(quarterValue(q), timeline.ModNone)
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
	switch nextWord(c.text, m.Right, min(len(c.text), m.Right+20)) {
	case "ended", "ending":
		return unplaced(timeline.TypeDuration, "P1Y", timeline.ModNone)
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
