package timex

import (
	"fmt"
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleShortYear resolves a year written as two digits after an
// apostrophe: the year ending in those digits that is nearest the anchor
// and at most shortYearAhead years after it. A preposition, "the" or a
// qualifier must come before it, so that a number in single quotes is no
// year.
//
//	in '19 (2019 in 2019)   the '08 crisis (2008)   since '95 (1995)
//	the class of '29 (2029 in 2019, 1929 in 2018)   late '08 (2008 END)
//
// "the '80s" is a decade ([ruleDecade]).
var ruleShortYear = newRule("shortyear", 2, []string{"#yy"},
	`(?:(?P<cue>(?i:in|since|until|till|by|of|the|from|to|through|during|before|after))\s+)?(?P<x>`+modPat+`['’](?P<yy>[0-9]{2}))\b`,
	resolveShortYear)

// shortYearAhead is how many years after the anchor a two-digit year may
// lie: "the class of '25" in 2019 is 2025, "in '35" is 1935.
const shortYearAhead = 10

func resolveShortYear(m *match, c *context) (timeline.Date, bool) {
	if m.get("cue") == "" && m.get("mod") == "" {
		return timeline.Date{}, false
	}
	rest := c.text[m.Right:]
	if strings.HasPrefix(rest, "%") || len(rest) >= 2 && strings.ContainsRune(".,:/", rune(rest[0])) && isDigit(rest[1]) {
		// "'19.5", "'20,000": no year.
		return timeline.Date{}, false
	}
	return calendar(fmt.Sprintf("%04d", centuryOf(atoi(m.get("yy")), c.anchor.Year())), modOf(m.get("mod")))
}

// centuryOf returns the year whose last two digits are yy, at most
// shortYearAhead years after the anchor's year a.
func centuryOf(yy, a int) int {
	y := a/100*100 + yy
	switch {
	case y > a+shortYearAhead:
		y -= 100
	case y+100 <= a+shortYearAhead:
		y += 100
	}
	return y
}
