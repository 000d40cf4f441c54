package timex

import (
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleMonth resolves a month named without a day or year. A bare month
// name is only a date after a preposition or with a qualifier, so "May"
// the modal and "March" the verb at the start of a sentence are left
// alone; "May" also needs a preposition that cannot precede a name ("in
// May", not "and May"). The year is chosen as for [ruleMonthDay].
//
//	in April   since March   early April (START)   mid-April (MID)
//	late April (END)   the end of April (END)   last March   next May
//	the October slaying, a June agreement, its March meeting, since December's figures
//	November's election (a possessive month that is no first name)
//	the warmest March (after a superlative)
//	in February this year, in June last year (one expression, in the year
//	that follows, on its line or the wrapped next one, not across a
//	paragraph)   Jan Kavan (a first name, no month)
var ruleMonth = newRule("month", 4, monthWords,
	`(?:(?P<cue>(?i:in|since|until|till|by|during|from|to|through|throughout|before|after|of|between|and|or|either|for|the|a|an|its|his|her|their|our|pct|percent))\s+)??(?P<x>`+modPat+`(?:(?P<rel>(?i:last|next|this|coming|past))\s+)?`+monthPat+`(?:(?:[ \t]+|[ \t]*\r?\n)(?:of\s+)?(?P<ry>(?i:this|last|next)\s+year)\b)?)`,
	resolveMonth).nearby(capitalised).endsSoon()

func resolveMonth(m *match, c *context) (timeline.Date, bool) {
	cue, mod, rel := strings.ToLower(m.get("cue")), m.get("mod"), strings.ToLower(m.get("rel"))
	name := m.get("mon")
	possessive := strings.HasPrefix(c.text[m.Right:], "'s") || strings.HasPrefix(c.text[m.Right:], "’s")
	ownName := possessive && cue == "" && mod == "" && rel == "" && !firstNames[strings.ToLower(name)] && len(name) > 4
	if possessive && (name == "May" || cue == "" && mod == "" && rel == "" && !ownName) {
		// "May's" is Theresa May's, "April's" and "June's" may be a
		// woman's; "November's election" is the month's.
		return timeline.Date{}, false
	}
	if cue == "the" || cue == "a" || cue == "an" || cue == "pct" || cue == "percent" || possessives[cue] {
		// "the October slaying", "a June agreement", "its March
		// meeting", "a 0.7 pct January gain": a month before its noun. "The March on
		// Washington" is a march, and "the May government" Theresa
		// May's.
		next := skipSpace(c.text, m.Right)
		if name == "May" || !possessive && (next == m.Right || next == len(c.text) || !isLower(c.text[next]) && !namedMeetingAfter(c.text, next) ||
			functionWords[nextWord(c.text, next, min(len(c.text), next+12))]) {
			return timeline.Date{}, false
		}
	}
	if name == "Jan" || name == "Mar" || name == "Jun" {
		// "Jan Kavan", "Jun Lee": an abbreviation without its full
		// stop before a capitalised word is a first name.
		if j := m.Right; j+1 < len(c.text) && c.text[j] == ' ' && isUpper(c.text[j+1]) {
			return timeline.Date{}, false
		}
	}
	switch {
	case mod != "" || rel != "" || ownName:
	case cue == "" && name != "May" && superlativeMonth(c.text, m.Left):
		// "the warmest March since records began".
	case cue == "" && monthNouns[nextWord(c.text, m.Right, min(len(c.text), m.Right+16))] && !possessive &&
		(name != "May" || !afterCapital(c.text, m.Left)):
		// "December loading rose", "OPEC September production": a
		// month before the figures or goods it dates; not "Theresa
		// May exports".
	case cue == "":
		return timeline.Date{}, false
	case name == "May" && cue == "of" && monthWeekRE.MatchString(c.text[max(0, m.Left-24):m.Left]):
		// "the second week of May": see [monthWeeks].
	case name == "May" && (cue == "and" || cue == "or") && monthBeforeCue(c.text, m.Left),
		name == "May" && cue == "either" && orMonthAfter(c.text, m.Right):
		// "in either April or May", "April and May", "either May or
		// June"; not "either May or Corbyn".
	case name == "May" && (cue == "and" || cue == "or" || cue == "either" || cue == "by" || cue == "to" || cue == "for" || cue == "of"):
		return timeline.Date{}, false
	}
	mon := month(name)
	a := c.anchor
	cur := a.Year()*12 + int(a.Month()) - 1
	// before and after are the nearest months mon on or before and on or
	// after the anchor's month, counted in months since year 0.
	before, after := cycle(cur, mon-1, 12)
	n, ok := lastOrNext(rel, cur, before, after, 12)
	switch {
	case ok:
	case rel == "this":
		n = a.Year()*12 + mon - 1
	default:
		if ry := lowerFields(m.get("ry")); ry != "" {
			y := a.Year() + map[string]int{"last year": -1, "next year": 1}[ry]
			n = y*12 + mon - 1
			break
		}
		if y, ok := relativeYearAfter(c.text, m.Right, a.Year()); ok {
			// "in February this year", "in June last year": the year
			// that follows settles it.
			n = y*12 + mon - 1
			break
		}
		if e := orMonthEnd(c.text, m.Right); e > 0 {
			if y, ok := relativeYearAfter(c.text, e, a.Year()); ok {
				// "in July or August this year": the pair's year.
				n = y*12 + mon - 1
				break
			}
		}
		if cue == "since" {
			n = before
			break
		}
		if cue == "for" && forDelivery(c.text, m.Left, m.Right) {
			n = after // "traded for August shipment"
			break
		}
		// The nearest month of that name, unless the tense points firmly
		// the other way, as for a day without its year.
		n = before
		if after-cur < cur-before || after-cur == cur-before && c.tense(m.Left, m.Right) == tenseFutureInPast {
			// Half a year either way, a plan ("a rise planned for
			// September") is the one ahead.
			n = after
		}
		if possessive {
			// "November's election", "ahead of June's vote": a month
			// that names its event is the nearest, unless its clause is
			// told in the past ("agreed under February's Louvre Accord",
			// read in October, is last February's).
			if pw := prevWord(c.text, m.Left); c.tense(m.Left, m.Right) == tensePast && pw != "of" && pw != "before" && pw != "until" && pw != "for" && pw != "to" {
				n = before // (not "met ahead of July's conference")
			}
			break
		}
		switch c.tense(m.Left, m.Right) {
		case tensePast:
			slack := pastSlack / 30
			if pastOn(c.text, m.Left) || cue != "" && frontedAt(c.text, m.Left, m.Right) || c.movedIn(m.Left) || metBefore(c.text, m.Left) {
				// "The bombing happened in April"; "In January, the
				// company hired a new chief": a past event, not one
				// a past report set ahead.
				slack = 0
			}
			if n-cur > slack {
				n = before
			}
		case tenseFuture:
			// A future verb sends a month already behind to next
			// year, but not one that names an event ("the February
			// budget") or one just ended whose figures the sentence
			// gives ("a 26 pct fall in February").
			event := cue == "the" && attributive(c.text, m.Left, m.Right)
			if cur-n > futureSlack/30 && !event && !(cur-n <= 2 && c.figures()) {
				n = after
			}
		}
	}
	return calendar(monthValue(n/12, n%12+1), modOf(mod))
}

// metBefore reports whether a verb of a meeting or journey done stands a
// few words before the month's cue, past its object: "Xi met Biden in
// February", read in November, is last February's.
func metBefore(text string, i int) bool {
	s, e := wordBefore(text, i, false) // the cue ("in")
	for n := 0; n < 6 && s < e; n++ {
		s, e = wordBefore(text, s, true)
		if s == e {
			return false
		}
		w := strings.ToLower(text[s:e])
		if metVerbs[w] {
			return true
		}
		if heldVerbs[w] {
			// "last held extensive talks in Beijing in November", not
			// "will be held in November".
			ps, pe := wordBefore(text, s, false)
			pw := strings.ToLower(text[ps:pe])
			return pw != "be" && pw != "been" && pw != "being" && pw != "is" && pw != "are" && pw != "was" && pw != "were"
		}
		if e < len(text) && text[e] == '-' {
			continue // a word of a compound: "met face-to-face in March"
		}
		if j := e; j < len(text) && strings.IndexByte(",;:.", text[j]) >= 0 || oneOf(w, metStops) {
			return false
		}
	}
	return false
}

// metVerbs are the past tenses of meetings and journeys done.
var metVerbs = setOf(`met visited toured signed arrived spoke talked telephoned`)

// heldVerbs are past tenses of meetings held or attended, which a
// passive ("will be held") makes no past.
var heldVerbs = setOf(`held hosted attended concluded`)

// metStops end the look back for a verb: a clause or a plan in between.
var metStops = setOf(`to will would could may might said says that which who when if and but`)

// frontedAt reports whether the expression text[s:e], after its one-word
// cue, opens its sentence and is set off by a comma, in a sentence
// without a modal: "In January, the company hired".
func frontedAt(text string, s, e int) bool {
	if e >= len(text) || text[e] != ',' {
		return false
	}
	cs, ce := wordBefore(text, s, false)
	if cs == ce {
		return false
	}
	i := cs
	for i > 0 && isSpace(text[i-1]) {
		i--
	}
	if !(i == 0 || strings.IndexByte(".!?\"", text[i-1]) >= 0 || paragraphBreak(text[i:cs])) {
		return false
	}
	// "On May 18, the company said, it will redeem the notes": a
	// past report of a plan.
	for j := e; j < len(text) && strings.IndexByte(".!?", text[j]) < 0; {
		ws := j
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		if w := text[ws:j]; w == "will" || w == "would" || w == "shall" {
			return false
		}
		if j == ws {
			j++
		}
	}
	return true
}

// monthBeforeCue reports whether a month name comes right before the
// one-word cue before text[i:].
func monthBeforeCue(text string, i int) bool {
	cs, ce := wordBefore(text, i, false)
	if cs == ce {
		return false
	}
	j := cs
	for j > 0 && isSpace(text[j-1]) {
		j--
	}
	dot := j > 0 && text[j-1] == '.'
	if dot {
		j-- // "Jan. and May"
	}
	ws := j
	for ws > 0 && isWordByte(text[ws-1]) {
		ws--
	}
	w := text[ws:j]
	if !dot && (w == "Jan" || w == "Mar" || w == "Jun") {
		return false // "Jan and May" are two people
	}
	return ws < j && month(w) > 0
}

// orMonthAfter reports whether "or" or "and" and a month name follow
// text[:i].
func orMonthAfter(text string, i int) bool { return orMonthEnd(text, i) > 0 }

// orMonthEnd returns the end of "or" or "and" and a month name after
// text[:i], or 0.
func orMonthEnd(text string, i int) int {
	j := skipSpace(text, i)
	w := nextWord(text, j, min(len(text), j+4))
	if w != "or" && w != "and" {
		return 0
	}
	k := skipSpace(text, j+len(w))
	e := k
	for e < len(text) && isLetter(text[e]) {
		e++
	}
	if e > k && month(text[k:e]) > 0 {
		return e
	}
	return 0
}

// superlativeMonth reports whether a superlative and "the" come right
// before text[i:]: "the warmest March", "the busiest December".
func superlativeMonth(text string, i int) bool {
	ws, we := wordBefore(text, i, false)
	if ws == we {
		return false
	}
	w := strings.ToLower(text[ws:we])
	if !(w == "best" || w == "worst" || len(w) > 4 && strings.HasSuffix(w, "est") && !notSuperlative[w]) {
		return false
	}
	return prevWord(text, ws) == "the"
}

// firstNames are the months that are also women's names.
var firstNames = setOf(`april may june august`)

// relativeYearAfter returns the year that "this year", "last year" or "next
// year" right after text[:i] names, counted from the anchor's year y.
func relativeYearAfter(text string, i, y int) (int, bool) {
	r := strings.TrimPrefix(text[i:], ",")
	j := 0
	for j < len(r) && r[j] == ' ' {
		j++
	}
	if j == 0 {
		return 0, false
	}
	r = r[j:]
	for _, p := range [...]struct {
		w string
		d int
	}{{"this year", 0}, {"last year", -1}, {"next year", 1}} {
		if len(r) >= len(p.w) && strings.EqualFold(r[:len(p.w)], p.w) && (len(r) == len(p.w) || !isLetter(r[len(p.w)])) {
			return y + p.d, true
		}
	}
	return 0, false
}

// functionWords are words that cannot be the noun a month name modifies:
// "the March on Washington", "the March that followed".
var functionWords = setOf(`on to of in at for from with by into against that which who whom whose
	was is were are be been and or but as has had have will would could should can may might`)

// figures reports whether the sentence [context.tense] read last speaks
// of a month's figures: "exports are expected to show a 26 pct fall in
// February", read in March, are February's, not next February's.
func (c *context) figures() bool {
	if strings.IndexByte(c.text[c.clauseLo:c.clauseHi], '%') >= 0 {
		return true
	}
	for _, w := range c.clause {
		if figureWords[w.w] {
			return true
		}
	}
	return false
}

// movedIn reports whether a figure's past change is dated by the month
// at text[i:]: a change verb in the past, a few words before it in its
// clause, with nothing that sets the month ahead between ("Prices rose
// 3 percent in February", told in November, is this year's February;
// "sales rose and are expected to peak in January" is not).
func (c *context) movedIn(i int) bool {
	k := -1
	for j, w := range c.clause {
		if w.j > i {
			break
		}
		k = j
	}
	for n := 0; k >= 0 && n < 8; k, n = k-1, n+1 {
		w := c.clause[k]
		if changedVerbs[w.w] {
			return c.figures()
		}
		if w.boundary || aheadWords[w.w] && !(w.w == "to" && digitAt(c.text, skipSpace(c.text, w.j))) {
			// "fell to 7.7 percent in February" is no infinitive.
			return false
		}
	}
	return false
}

// digitAt reports whether text[i] is a digit.
func digitAt(text string, i int) bool { return i < len(text) && isDigit(text[i]) }

// changedVerbs tell, in the past, how a figure moved.
var changedVerbs = setOf(`rose fell grew dropped declined increased decreased jumped slipped climbed gained
	slumped surged plunged eased edged shrank contracted expanded soared tumbled`)

// aheadWords set a date after them ahead of a past verb before them.
var aheadWords = setOf(`to will would shall expected expects forecast forecasts projected planned plans until
	through till by before for`)

// figureWords name a measured quantity.
var figureWords = setOf(`pct percent figures figure data statistics index output exports imports sales
	production deficit surplus inflation unemployment`)

// namedMeetingAfter reports whether the capitalised words at i name the
// body whose meeting follows them, or the meeting itself: "the July
// UNCTAD meeting", "the July United Nations Conference on Trade and
// Development meeting", "the June Economic Summit"; not "the October
// Revolution".
func namedMeetingAfter(text string, i int) bool {
	for n := 0; n < 10 && i < len(text); n++ {
		w := nextWord(text, i, min(len(text), i+24))
		if w == "" {
			return false
		}
		if n > 0 && !isLower(text[i]) && meetingWords[strings.ToLower(w)] && !namedWordAfter(text, i+len(w)) {
			return true // "the June Economic Summit", not "the June Summit Hotel"
		}
		if isLower(text[i]) && n > 0 && (w == "on" || w == "of" || w == "and" || w == "for") {
			i = skipSpace(text, i+len(w)) // "Conference on Trade and Development"
			continue
		}
		if isLower(text[i]) {
			return meetingWords[w]
		}
		i = skipSpace(text, i+len(w))
		if i < len(text) && (text[i] == '-' || text[i] == '.') {
			return false // "G-7", "U.N.": words this reader does not step over
		}
	}
	return false
}

// namedWordAfter reports whether a capitalised word follows the word
// that ends at i, going on with the name.
func namedWordAfter(text string, i int) bool {
	j := skipSpace(text, i)
	return j > i && j < len(text) && isUpper(text[j])
}

// meetingWords end the name of a body's meeting a month dates.
var meetingWords = map[string]bool{"meeting": true, "meetings": true, "conference": true, "summit": true,
	"session": true, "talks": true, "council": true, "ministerial": true, "assembly": true}

// afterCapital reports whether a capitalised word comes right before
// text[i:].
func afterCapital(text string, i int) bool {
	ws, we := wordBefore(text, i, false)
	return ws < we && isUpper(text[ws])
}

// monthNouns are the figures and goods, and the meetings, a month names
// without a cue before it: "December loading", "September production",
// "OPEC's December meeting", "the Group of Seven's June summit".
var monthNouns = setOf(`production output exports imports sales deliveries delivery loading loadings shipment
	shipments arrivals purchases contract contracts futures figures data prices price inflation deficit surplus
	quota quotas crude summit meeting session conference talks ministerial visit trip`)

// possessives are the determiners that can stand before a month used as
// an adjective, as "the" can.
var possessives = setOf(`its his her their our`)

// The groups of ruleMonth's pattern, for lexMonth.
var monthGroups = groupIndex(ruleMonth, "cue", "x", "mod", "rel", "mon", "ry")

func init() { setLexer(ruleMonth, lexMonth) }

// lexMonth is ruleMonth's pattern by hand (see [lexer]). The cue before
// the month is lazy: it is taken only when the expression cannot start
// at s[0].
func lexMonth(s string, loc []int) bool {
	if lexMonthX(s, 0, loc) {
		return true
	}
	e := foldWord(s, 0, "in", "since", "until", "till", "by", "during", "from", "to", "through", "throughout",
		"before", "after", "of", "between", "and", "or", "either", "for", "the", "a", "an", "its", "his", "her", "their", "our",
		"pct", "percent")
	if e < 0 || !lexMonthX(s, spaceRun(s, e), loc) {
		return false
	}
	setGroup(loc, monthGroups[0], 0, e)
	return true
}

// lexMonthX matches ruleMonth's group x at s[p:] and sets loc's whole
// match to end with it.
func lexMonthX(s string, p int, loc []int) bool {
	g := monthGroups
	for _, q := range orNot(modGroup(s, p), p) {
		rel := foldWord(s, q, "last", "next", "this", "coming", "past")
		for _, r := range orNot(rel, -1) {
			at := q
			if r >= 0 {
				at = spaceRun(s, r)
			}
			e := monthName(s, at)
			if e < 0 {
				continue
			}
			setGroup(loc, 0, 0, e)
			setGroup(loc, g[1], p, e)
			if q > p {
				setGroup(loc, g[2], p, q)
			}
			if r >= 0 {
				setGroup(loc, g[3], q, r)
			}
			setGroup(loc, g[4], at, e)
			// (?:(?:[ \t]+|[ \t]*\r?\n)(?:of\s+)?(?P<ry>(?i:this|last|next)\s+year)\b)?
			t := e
			for t < len(s) && (s[t] == ' ' || s[t] == '\t') {
				t++
			}
			if t == e || t < len(s) && !isLetter(s[t]) {
				if t < len(s) && s[t] == '\r' {
					t++
				}
				if t >= len(s) || s[t] != '\n' {
					return true
				}
				t++
			}
			starts := []int{t}
			if strings.HasPrefix(s[t:], "of") {
				if v := spaceRun1(s, t+2); v >= 0 {
					starts = []int{v, t} // "November of this year"
				}
			}
			for _, st := range starts {
				if y := foldWord(s, st, "this", "last", "next"); y >= 0 {
					// "year" in lower case: the pattern folds only the word before it.
					if z := spaceRun(s, y); strings.HasPrefix(s[z:], "year") && atBoundary(s, z+4) {
						z += 4
						setGroup(loc, 0, 0, z)
						setGroup(loc, g[1], p, z)
						setGroup(loc, g[5], st, z)
						break
					}
				}
			}
			return true
		}
	}
	return false
}

// monthName matches monthPat at s[p:], names in title case and the
// abbreviations with an optional full stop, and returns its end or -1.
func monthName(s string, p int) int {
	e := letterRun(s, p)
	if e == p || !atBoundary(s, e) {
		return -1
	}
	switch s[p:e] {
	case "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December":
		return e
	case "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec":
		if e < len(s) && s[e] == '.' {
			e++
		}
		return e
	}
	return -1
}
