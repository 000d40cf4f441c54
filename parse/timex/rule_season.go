package timex

import (
	"fmt"
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleSeason resolves seasons. A season needs a year, a qualifier, a
// relative word or a preposition before it; without a year it is the
// anchor's, or the nearest one the relative word or tense points to.
//
//	this summer (2019-SU)   last winter (2019-WI)   summer 2018 (2018-SU)
//	the summer of 2018      in the spring           late last year's autumn
//	early spring (START)    next fall               the summer of '98 (1998-SU)
var ruleSeason = newRule("season", 4, []string{"spring", "summer", "autumn", "fall", "winter"},
	`(?:(?P<cue>(?i:in|during|by|until|since|over|through|throughout|before|after|for))\s+)?(?P<x>`+modPat+`(?:(?P<rel>(?i:this|last|next|past|coming|every|each))\s+|(?P<the>(?i:the))\s+)?(?P<s>(?i:spring|summer|autumn|winter)|fall|Fall)\b(?:\s+(?:of\s+)?(?:`+yearPat+`|['’](?P<yy>[0-9]{2})\b))?)`,
	resolveSeason)

var seasonCodes = map[string]int{"winter": 0, "spring": 1, "summer": 2, "autumn": 3, "fall": 3}

func resolveSeason(m *match, c *context) (timeline.Date, bool) {
	name := strings.ToLower(m.get("s"))
	idx := seasonCodes[name]
	code := [...]string{"WI", "SP", "SU", "FA"}[idx]
	rel, mod := strings.ToLower(m.get("rel")), modOf(m.get("mod"))
	if rel == "every" || rel == "each" {
		// "each summer": a set, every year's.
		if m.get("year") != "" || m.get("yy") != "" || mod != timeline.ModNone {
			return timeline.Date{}, false
		}
		return unplaced(timeline.TypeSet, "XXXX-"+code, timeline.ModNone)
	}
	if y := m.get("year"); y != "" {
		return calendar(fmt.Sprintf("%s-%s", y, code), mod)
	}
	if yy := m.get("yy"); yy != "" {
		// "the summer of '98".
		return calendar(fmt.Sprintf("%04d-%s", centuryOf(atoi(yy), c.anchor.Year()), code), mod)
	}
	if rel == "" && mod == timeline.ModNone && (m.get("cue") == "" || (name == "fall" && m.get("the") == "")) {
		return timeline.Date{}, false
	}
	if strings.HasPrefix(c.text[m.Right:], " of") {
		return timeline.Date{}, false
	}
	if name == "fall" && rel == "" && nextWord(c.text, skipSpace(c.text, m.Right), min(len(c.text), m.Right+8)) == "in" {
		// "the fall in oil prices", "a sharp early fall in Texaco
		// bonds": a drop. "Last fall in Sudan" is a season.
		return timeline.Date{}, false
	}
	// Seasons are counted from winter of year 0; winter of year y starts
	// in December of y-1.
	a := c.anchor
	mo := int(a.Month())
	cur := a.Year()*4 + mo%12/3
	if mo == 12 {
		cur = (a.Year()+1)*4 + 0
	}
	before, after := cycle(cur, idx, 4)
	n, ok := lastOrNext(rel, cur, before, after, 4)
	switch {
	case ok:
	case rel == "this":
		n = a.Year()*4 + idx
		if before == cur {
			n = cur
		}
	default:
		n = a.Year()*4 + idx
		switch c.tense(m.Left, m.Right) {
		case tensePast:
			n = before
		case tenseFuture:
			n = after
		}
	}
	return calendar(fmt.Sprintf("%04d-%s", n/4, code), mod)
}

// The groups of ruleSeason's pattern, for lexSeason.
var seasonGroups = groupIndex(ruleSeason, "cue", "x", "mod", "rel", "the", "s", "year", "yy")

func init() { setLexer(ruleSeason, lexSeason) }

// lexSeason is ruleSeason's pattern by hand (see [lexer]).
func lexSeason(s string, loc []int) bool {
	g := seasonGroups
	cue := foldWord(s, 0, "in", "during", "by", "until", "since", "over", "through", "throughout", "before", "after", "for")
	for _, c := range orNot(cue, -1) {
		p := 0
		if c >= 0 {
			p = spaceRun(s, c)
		}
		for _, m := range orNot(modGroup(s, p), p) {
			rel := foldWord(s, m, "this", "last", "next", "past", "coming", "every", "each")
			the := foldWord(s, m, "the")
			for k, r := range [3]int{rel, the, m} {
				if k < 2 && r < 0 {
					continue
				}
				at := m
				if k < 2 {
					at = spaceRun(s, r)
				}
				e := seasonWord(s, at)
				if e < 0 {
					continue
				}
				setGroup(loc, g[5], at, e)
				if k < 2 {
					setGroup(loc, g[3+k], m, r)
				}
				if m > p {
					setGroup(loc, g[2], p, m)
				}
				if c >= 0 {
					setGroup(loc, g[0], 0, c)
				}
				// (?:\s+(?:of\s+)?(?:YEAR|['’]YY\b))?
				if q := spaceRun1(s, e); q >= 0 {
					y := -1
					if strings.HasPrefix(s[q:], "of") {
						if o := spaceRun1(s, q+2); o >= 0 {
							y = o
						}
					}
					z, gi := -1, 6
					if y >= 0 {
						z, gi = seasonYear(s, y)
					}
					if z < 0 {
						y = q
						z, gi = seasonYear(s, y)
					}
					if z >= 0 {
						if gi == 7 {
							y = z - 2 // the group is the two digits after the apostrophe
						}
						setGroup(loc, g[gi], y, z)
						e = z
					}
				}
				setGroup(loc, 0, 0, e)
				setGroup(loc, g[1], p, e)
				return true
			}
		}
	}
	return false
}

// seasonYear matches a year in digits or an apostrophe and two digits
// ("'98") at s[p:], then \b. It returns the end and the index in
// seasonGroups of the group matched, or -1.
func seasonYear(s string, p int) (int, int) {
	if z := yearDigits(s, p); z >= 0 {
		return z, 6
	}
	q := p
	switch {
	case strings.HasPrefix(s[p:], "'"):
		q += len("'")
	case strings.HasPrefix(s[p:], "’"):
		q += len("’")
	default:
		return -1, 0
	}
	if q+2 > len(s) || !isDigit(s[q]) || !isDigit(s[q+1]) || !atBoundary(s, q+2) {
		return -1, 0
	}
	return q + 2, 7
}

// seasonWord matches ruleSeason's group s at s[p:] (a season in any case
// but "fall", which is "fall" or "Fall"), then \b, and returns its end,
// or -1.
func seasonWord(s string, p int) int {
	if e := foldWordB(s, p, "spring", "summer", "autumn", "winter"); e >= 0 {
		return e
	}
	e := letterRun(s, p)
	if w := s[p:e]; (w == "fall" || w == "Fall") && atBoundary(s, e) {
		return e
	}
	return -1
}
