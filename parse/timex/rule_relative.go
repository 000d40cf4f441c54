package timex

import (
	"fmt"
	"strings"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleRelative resolves a calendar unit named relative to the anchor,
// optionally qualified; "the" + unit is only a date with a qualifier.
//
//	the current quarter (2019-Q2)   the current fiscal year (2019)   last calendar year (2018)
//	this financial year (2019)
//	this past weekend (2019-W16-WE)
//	this week (2019-W17)   last week (2019-W16)   next month (2019-05)
//	last year (2018)       this quarter (2019-Q2) this weekend (2019-W17-WE)
//	last night (2019-04-25TNI)   this morning (2019-04-26TMO)
//	over the weekend (2019-W16-WE on a Monday; the tense decides)
//	the end of the year (2019 END)   early next year (2020 START)
//	later in the week (2019-W17 END)   earlier in the year (2019 START)
//	the prior quarter (2019-Q1; the one before the quarter in focus; a
//	prior year or month is [ruleNarrative]'s)
var ruleRelative = newRule("relative", 6,
	[]string{"week", "weekend", "month", "year", "quarter", "decade", "century", "morning", "afternoon", "evening", "night"},
	`(?P<x>(?:`+modPat+`(?:(?P<rel>(?i:this(?:\s+past)?|last|next|coming|previous|prior|preceding|(?:the\s+)?current))(?:\s+(?i:fiscal|financial|calendar))?|(?P<the>(?i:the(?:\s+calendar)?)))|(?P<in>(?i:earlier|later))\s+(?i:in)\s+(?i:the))\s+(?P<u>(?i:weekend|week|month|year|quarter|decade|century|morning|afternoon|evening|night))\b)`,
	resolveRelative).nearby(relativeBefore)

// relativeWords are the words a unit of ruleRelative comes right after.
var relativeWords = setOf("this last next coming previous prior preceding current the fiscal financial calendar past")

func relativeBefore(text string, s, e int) bool {
	ws, we := wordBefore(text, s, false)
	return oneOf(text[ws:we], relativeWords)
}

func resolveRelative(m *match, c *context) (timeline.Date, bool) {
	rel, mod := strings.TrimPrefix(lowerFields(m.get("rel")), "the "), modOf(m.get("mod")+m.get("in"))
	u := strings.ToLower(m.get("u"))
	if quotedTitle(c.text, m.Left, m.get("u")) || paragraphBreak(m.Text) {
		// A table's "Year" heading under "vs three cts prior" is
		// no "prior year".
		return timeline.Date{}, false
	}
	if (rel == "prior" || rel == "preceding") && u != "quarter" {
		// "prior year earnings" in a report on 1986 are 1985's:
		// [ruleNarrative] counts them from the year in focus. A prior
		// quarter is refocused by [Tagger.refocus].
		return timeline.Date{}, false
	}
	if rel == "" && mod == timeline.ModNone {
		if u == "weekend" {
			return theWeekend(m, c)
		}
		return timeline.Date{}, false
	}
	n := 0
	switch rel {
	case "last", "previous", "prior", "preceding", "this past":
		n = -1
	case "next", "coming":
		n = 1
	}
	a := c.anchor
	switch u {
	case "week":
		if rel == "this" && a.Weekday() == time.Sunday && mod == timeline.ModNone && c.tense(m.Left, m.Right) == tenseFuture {
			// "Reagan will hold talks with Nakasone this week", on
			// a Sunday: the week that starts the next day (news
			// counts weeks from Sunday, ISO from Monday).
			n = 1
		}
		return calendar(weekValue(a.AddDate(0, 0, 7*n)), mod)
	case "weekend":
		return calendar(weekValue(a.AddDate(0, 0, 7*n))+"-WE", mod)
	case "month":
		t := a.AddDate(0, n, 1-a.Day())
		return calendar(monthValue(t.Year(), int(t.Month())), mod)
	case "year":
		return calendar(fmt.Sprintf("%04d", a.Year()+n), mod)
	case "quarter":
		q := a.Year()*4 + (int(a.Month())-1)/3 + n
		return calendar(fmt.Sprintf("%04d-Q%d", q/4, q%4+1), mod)
	case "decade":
		return calendar(fmt.Sprintf("%03d", a.Year()/10+n), mod)
	case "century":
		return calendar(fmt.Sprintf("%02d", a.Year()/100+n), mod)
	}
	// A part of day: "this morning", "last night".
	if mod != timeline.ModNone || rel == "next" || rel == "coming" || rel == "previous" || rel == "current" || rel == "this past" ||
		(rel == "last" && u != "night") {
		return timeline.Date{}, false
	}
	return calendar(dayValue(a.AddDate(0, 0, n))+"T"+podCode(u), timeline.ModNone)
}

// aheadOf reports whether "ahead of" or "before" comes right before
// text[i:].
func aheadOf(text string, i int) bool {
	ws, we := wordBefore(text, i, false)
	switch w := strings.ToLower(text[ws:we]); w {
	case "before":
		return true
	case "of":
		vs, ve := wordBefore(text, ws, false)
		return strings.EqualFold(text[vs:ve], "ahead")
	}
	return false
}

// theWeekend resolves "the weekend" to the weekend its clause's tense
// points to: the last one in a past clause ("said over the weekend" on a
// Monday), the next one in a future clause, the nearer one otherwise.
func theWeekend(m *match, c *context) (timeline.Date, bool) {
	a := c.anchor
	back := (int(a.Weekday()) - int(time.Saturday) + 7) % 7
	if a.Weekday() == time.Sunday {
		back = 1
	}
	fwd := (int(time.Saturday) - int(a.Weekday()) + 7) % 7
	if back <= 1 {
		fwd = back // on the weekend, it is this one
	}
	t := c.tense(m.Left, m.Right)
	if fwd <= 2 && aheadOf(c.text, m.Left) {
		// "Trading was light ahead of the weekend", told on a
		// Thursday or Friday: the one to come, whatever the tense.
		t = tenseFuture
	}
	sat := byTense(a, back, fwd, t)
	if back <= 1 {
		sat = a.AddDate(0, 0, -back)
	}
	return calendar(weekValue(sat)+"-WE", timeline.ModNone)
}

// The groups of ruleRelative's pattern, for lexRelative.
var relativeGroups = groupIndex(ruleRelative, "x", "mod", "rel", "the", "u", "in")

func init() { setLexer(ruleRelative, lexRelative) }

// lexRelative is ruleRelative's pattern by hand (see [lexer]).
func lexRelative(s string, loc []int) bool {
	g := relativeGroups
	for _, q := range orNot(modGroup(s, 0), 0) {
		// The rel alternatives in order: "this past", "this", "last",
		// "next", "coming", "previous", "prior", "preceding", "the
		// current", "current".
		var rels [3]int
		n := 0
		if e := foldWord(s, q, "this"); e >= 0 {
			if p := foldWord(s, spaceRun(s, e), "past"); p >= 0 {
				rels[n] = p
				n++
			}
			rels[n] = e
			n++
		} else if e := foldWord(s, q, "last", "next", "coming", "previous", "prior", "preceding", "current"); e >= 0 {
			rels[n] = e
			n++
		} else if e := foldWord(s, q, "the"); e >= 0 {
			if c := foldWord(s, spaceRun(s, e), "current"); c >= 0 {
				rels[n] = c
				n++
			}
		}
		// found records a match whose group grp (rel or the) is
		// s[q:w], its unit starting after the word ending at u.
		found := func(grp, w, u int) bool {
			e := relativeUnit(s, u)
			if e < 0 {
				return false
			}
			setGroup(loc, 0, 0, e)
			setGroup(loc, g[0], 0, e)
			if q > 0 {
				setGroup(loc, g[1], 0, q)
			}
			setGroup(loc, grp, q, w)
			setGroup(loc, g[4], spaceRun(s, u), e)
			return true
		}
		for _, r := range rels[:n] {
			// (?:\s+(?i:fiscal|financial|calendar))? before the unit's \s+.
			for _, f := range orNot(foldWord(s, spaceRun(s, r), "fiscal", "financial", "calendar"), r) {
				if found(g[2], r, f) {
					return true
				}
			}
		}
		if t0 := foldWord(s, q, "the"); t0 >= 0 {
			// (?P<the>(?i:the(?:\s+calendar)?)): with "calendar" first.
			for _, t := range orNot(foldWord(s, spaceRun(s, t0), "calendar"), t0) {
				if found(g[3], t, t) {
					return true
				}
			}
		}
	}
	// (?P<in>(?i:earlier|later))\s+(?i:in)\s+(?i:the)
	in := foldWord(s, 0, "earlier", "later")
	if in < 0 {
		return false
	}
	t := foldWord(s, spaceRun(s, in), "in")
	if t >= 0 {
		t = foldWord(s, spaceRun(s, t), "the")
	}
	if t < 0 {
		return false
	}
	e := relativeUnit(s, t)
	if e < 0 {
		return false
	}
	setGroup(loc, 0, 0, e)
	setGroup(loc, g[0], 0, e)
	setGroup(loc, g[5], 0, in)
	setGroup(loc, g[4], spaceRun(s, t), e)
	return true
}

// relativeUnit matches \s+ and the unit of ruleRelative's pattern at
// s[p:] and returns its end, or -1.
func relativeUnit(s string, p int) int {
	if p = spaceRun1(s, p); p < 0 {
		return -1
	}
	return foldWordB(s, p, "weekend", "week", "month", "year", "quarter", "decade", "century", "morning", "afternoon", "evening", "night")
}
