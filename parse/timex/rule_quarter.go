package timex

import (
	"fmt"
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleQuarter resolves quarters and halves of a year; without a year the
// year is the anchor's. A half needs its year ("the second half" is as
// often a match's as a year's).
//
//	the third quarter (2019-Q3)   the fourth quarter of 2018 (2018-Q4)
//	third-quarter   Q3 2019   Q1   the first half of 2019 (2019-H1)
//	the second half of this year (2019-H2)   H1 2019
//	the 2018 third quarter, last year's third quarter (2018-Q3)
//	the year-earlier third quarter (2018-Q3)   next year's first half (2020-H1)
var ruleQuarter = newRule("quarter", 4, []string{"quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2"},
	`(?P<x>(?:(?i:the)\s+)?(?:`+yearPat+`\s+|(?P<rel>(?i:this|last|next))\s+year['’]s\s+|(?P<ago>(?i:year-(?:earlier|ago)))\s+)?(?:(?i:fiscal)\s+)?(?P<ord>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))[\s-]+(?P<u>(?i:quarter|half))\b(?:\s+of\s+(?:(?i:fiscal)\s+)?(?:`+yearPat+`|(?:(?i:the)\s+year|(?P<rel>(?i:this|last|next))\s+year)\b))?|(?P<q>Q[1-4])(?:\s+`+yearPat+`)?\b|(?P<h>H[12])\s+`+yearPat+`)`,
	resolveQuarter)

func resolveQuarter(m *match, c *context) (timeline.Date, bool) {
	y := c.anchor.Year()
	explicit := strings.Contains(m.Text, " of ")
	if s := m.get("year"); s != "" {
		y, explicit = atoi(s), true
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
		if !explicit || n > 2 {
			return timeline.Date{}, false
		}
		return calendar(fmt.Sprintf("%04d-H%d", y, n), timeline.ModNone)
	}
	return calendar(fmt.Sprintf("%04d-Q%d", y, n), timeline.ModNone)
}
