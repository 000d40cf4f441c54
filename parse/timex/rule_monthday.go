package timex

import (
	"strings"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleMonthDay resolves a month and a day, with or without a year and a
// weekday. Without a year it is the such day nearest the anchor, or the
// one before or after it when the tense of the clause firmly says so.
//
//	April 26, 2019     Apr. 26      April 26th
//	Friday, April 26   Friday, April 26, 2019
//	VLADIVOSTOK, Russia, April 26 (UPI) -- Kim left ...   2019-04-26
var ruleMonthDay = newRule("monthday", 1, monthWords,
	`(?P<x>(?:`+weekdayPat+`,?\s+)?`+monthDatePat+`\s+`+dayPat+`(?:,?\s+`+yearPat+`)?)`,
	resolveMonthDay).nearby(dayAfter)

// dayAfter reports whether the month name text[s:e] is capitalised and
// followed by a number.
func dayAfter(text string, s, e int) bool {
	i := skipSpace(text, afterMonth(text, e))
	return isUpper(text[s]) && i > e && i < len(text) && isDigit(text[i])
}

func resolveMonthDay(m *match, c *context) (timeline.Date, bool) {
	return dayOfMonth(m, c, month(m.get("mon")), atoi(m.get("day")))
}

// futureSlack and pastSlack are how many days a day named without its
// year may lie on the side of the anchor its clause's tense speaks
// against before the tense moves it a year. A future cue is firm ("will
// take effect March 1" in late April is next March, but "would be
// returned by Jan. 14" a day after it is that day); a past cue less so,
// as a past verb often reports what lies ahead ("it declared a
// dividend payable Jan. 2"). After "since" the day is the one before.
const (
	futureSlack = 7
	pastSlack   = 90
)

// dayOfMonth resolves month mon, day d of the match's year, or of the
// year its clause points to.
func dayOfMonth(m *match, c *context, mon, d int) (timeline.Date, bool) {
	if y := m.get("year"); y != "" {
		if !validDay(atoi(y), mon, d) {
			return timeline.Date{}, false
		}
		return calendar(dayValue(date(atoi(y), mon, d)), timeline.ModNone)
	}
	return nearestDay(m, c, func(y int) (time.Time, bool) {
		return date(y, mon, d), validDay(y, mon, d)
	})
}

// nearestDay resolves a day that recurs every year, day(y) in year y,
// named without its year: the one nearest the anchor, or the one before
// or after it when the clause's tense firmly says so.
func nearestDay(m *match, c *context, day func(y int) (time.Time, bool)) (timeline.Date, bool) {
	a := c.anchor
	var before, after time.Time // nearest on or before / on or after a
	for y := a.Year() - 1; y <= a.Year()+1; y++ {
		t, ok := day(y)
		if !ok {
			continue
		}
		if !t.After(a) {
			before = t
		}
		if !t.Before(a) && after.IsZero() {
			after = t
		}
	}
	if before.IsZero() && after.IsZero() {
		return timeline.Date{}, false
	}
	// The nearest such day to the anchor, unless the clause's tense
	// points firmly the other way and the nearest is well away from the
	// anchor: news dates a bare "Dec. 15" by proximity ("payable Jan. 2"
	// in November is next January, though the dividend was declared).
	t := before
	if before.IsZero() || (!after.IsZero() && after.Sub(a) < a.Sub(before)) {
		t = after
	}
	prev := prevWord(c.text, m.Left)
	switch tn := c.tense(m.Left, m.Right); {
	case tn == tenseFuture && attributive(c.text, m.Left, m.Right):
		// "will intervene in line with the February 22 Paris
		// agreement": a day that names an event is the nearest, though
		// the clause around it looks ahead.
	case prev == "since":
		if !before.IsZero() {
			t = before
		}
	case forDelivery(c.text, m.Left, m.Right):
		// "took a shipment for November 1-15 delivery": a day
		// still to come when the deal was made.
		if !after.IsZero() {
			t = after
		}
	case runsUntil[prev] && tn != tensePast:
		// "runs through September 30", "is valid until June 1": a day
		// still ahead, unless the clause tells of the past.
		if !after.IsZero() {
			t = after
		}
	case startsFrom[prev]:
		// "effective Feb. 1", "starting March 1": a change announced
		// ahead, whatever the tense of the announcement, unless the day
		// is within a month behind.
		if !after.IsZero() && (before.IsZero() || a.Sub(before) > 31*24*time.Hour) {
			t = after
		}
	case tn == tenseFuture:
		if t.Before(a.AddDate(0, 0, -futureSlack)) && !after.IsZero() {
			t = after
		}
	case tn == tensePast:
		slack := pastSlack
		if pastOn(c.text, m.Left) || frontedAt(c.text, m.Left, m.Right) {
			// "The bombing happened on April 15", "On Dec. 12, the
			// police arrested him": the verb dates itself, and
			// reports nothing ahead.
			slack = futureSlack
		}
		if t.After(a.AddDate(0, 0, slack)) && !before.IsZero() {
			t = before
		}
	}
	if t.IsZero() {
		return timeline.Date{}, false
	}
	return calendar(dayValue(t), timeline.ModNone)
}

// pastOn reports whether the date at text[i:] follows, with at most
// "on" or "in" between, a verb of something that happened, which it dates:
// "happened on April 15", "was born April 15", "died on Nov. 2". Only
// verbs that tell of a past event, not a participle of a plan or a
// record day ("shares held on March 23", "to be issued on June 12").
func pastOn(text string, i int) bool {
	s, e := wordBefore(text, i, false)
	if s == e {
		return false
	}
	w := strings.ToLower(text[s:e])
	if w == "on" || w == "in" {
		if s, e = wordBefore(text, s, false); s == e {
			return false
		}
		w = strings.ToLower(text[s:e])
	}
	if w == "place" {
		// "took place on".
		if s, e = wordBefore(text, s, false); s == e || !strings.EqualFold(text[s:e], "took") {
			return false
		}
		return true
	}
	return happenedVerbs[w] && prevWord(text, s) != "to" && prevWord(text, s) != "be"
}

// happenedVerbs tell of an event that has happened.
var happenedVerbs = setOf(`happened occurred died born erupted exploded collapsed crashed sank resigned fled began`)

// forDelivery reports whether the date text[s:e] is the time of a
// delivery: "for" before it, and "delivery", "shipment", "loading" or
// "arrival" after it, past a second day ("for November 1-15 delivery").
func forDelivery(text string, s, e int) bool {
	switch prevWord(text, s) {
	case "for":
	case "and", "or":
		// "for October 1-15 and December 5-20 delivery": the second
		// period of a pair, right before its delivery.
		for e < len(text) && e < s+64 && (isDigit(text[e]) || strings.IndexByte(" -/,", text[e]) >= 0) {
			e++
		}
		return deliveryWords[nextWord(text, e, min(len(text), e+16))]
	default:
		return false
	}
	for range 2 {
		for e < len(text) && e < s+64 && (isDigit(text[e]) || strings.IndexByte(" -/,", text[e]) >= 0) {
			e++
		}
		w := nextWord(text, e, min(len(text), e+16))
		if w != "and" && w != "or" {
			return deliveryWords[w]
		}
		// "for October 1-15 and December 5-20 delivery": past the
		// second month of a pair of periods.
		j := skipSpace(text, skipSpace(text, e)+len(w))
		k := j
		for k < len(text) && isLetter(text[k]) {
			k++
		}
		if month(text[j:k]) == 0 {
			return false
		}
		e = afterMonth(text, k)
	}
	return false
}

var deliveryWords = setOf(`delivery deliveries shipment shipments loading arrival`)

// runsUntil are the words before the day something lasts until.
var runsUntil = setOf(`until till through`)

// startsFrom are the words before a day from which something takes
// effect.
var startsFrom = setOf(`effective starting beginning`)

// lowerFields lower-cases s and collapses its spaces.
func lowerFields(s string) string {
	// Most groups are one lower-case word already.
	clean := true
	for i := 0; i < len(s) && clean; i++ {
		c := s[i]
		clean = c < 0x80 && !isUpper(c) && (c == ' ' && i > 0 && i < len(s)-1 && s[i+1] != ' ' || !isSpace(c) && c != '\v')
	}
	if clean {
		return s
	}
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// attributive reports whether the date text[s:e] stands before a noun
// after "the", as the name of an event: "the February 22 agreement", "the
// March 31 deadline", "the Feb. 1 Paris accord".
func attributive(text string, s, e int) bool {
	if prevWord(text, s) != "the" {
		return false
	}
	j := skipSpace(text, e)
	if j == e || j >= len(text) || !isLetter(text[j]) {
		return false
	}
	w := nextWord(text, j, min(len(text), j+16))
	return w != "" && !functionWords[w] && !clauseWords[w] && !pastWords[w] && !strings.HasSuffix(w, "ed")
}

// The groups of ruleMonthDay's pattern, for lexMonthDay.
var monthDayGroups = groupIndex(ruleMonthDay, "x", "wd", "mon", "day", "year")

func init() { setLexer(ruleMonthDay, lexMonthDay) }

// lexMonthDay is ruleMonthDay's pattern by hand (see [lexer]).
func lexMonthDay(s string, loc []int) bool {
	g := monthDayGroups
	wd := weekdayAt(s, 0)
	for _, w := range orNot(wd, -1) {
		m := 0
		if w >= 0 {
			if m = commaSpace(s, w); m < 0 {
				continue
			}
		}
		e := monthDateAt(s, m)
		if e < 0 {
			continue
		}
		d := spaceRun1(s, e)
		if d < 0 {
			continue
		}
		for _, z := range dayEnds(s, d) {
			if z < 0 {
				continue
			}
			end := z
			if y := commaSpace(s, z); y >= 0 {
				if ye := yearDigits(s, y); ye >= 0 {
					setGroup(loc, g[4], y, ye)
					end = ye
				}
			}
			setGroup(loc, 0, 0, end)
			setGroup(loc, g[0], 0, end)
			if w >= 0 {
				setGroup(loc, g[1], 0, w)
			}
			setGroup(loc, g[2], m, e)
			setGroup(loc, g[3], d, z)
			return true
		}
	}
	return false
}
