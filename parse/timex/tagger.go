// Package timex is dateline's temporal tagger: it finds the temporal
// expressions of English news text and resolves them against an anchor
// date the way TimeML's TIMEX3 does, giving each a [timeline.Date] with its
// type, value, precision, mod and calendar bounds.
//
// The rules follow the layout of github.com/olebedev/when: one rule per
// file, each a pattern implementing when's rules.Rule, listed in priority
// order in rules.go. Resolution is this package's own: it never reads the
// clock, keeps the precision of the text, and resolves a bare weekday or a
// month without a year by the tense of its clause ("Kim left on Friday" is
// the Friday on or before the anchor, "he will leave on Friday" the one on
// or after it).
//
// [WhenRules] gives when's users the same rules as a set that when's own
// parser runs, one expression per Parse; the tagger keeps its own engine,
// which finds them all in one pass.
//
// # Spans
//
// Spans follow the TimeML convention and leave out prepositions: in "left
// on Friday" the expression is "Friday", in "in late 2011" it is "late
// 2011". Determiners and qualifiers that are part of the expression stay
// in: "the third quarter", "the 1990s", "the past two years", "more than
// a year", "late at night". An article before a length or quarter used as
// an adjective belongs to its noun and stays out: "the 14-day strike"
// gives "14-day", "the third-quarter results" "third-quarter".
//
// # Speed
//
// Tag makes one pass over the text, splitting it into ASCII words. A rule
// runs its pattern only at a word it lists as a trigger (a month name, a
// unit, a four-digit year) or at one of the few words before it, anchored
// there, so the cost grows with the number of trigger words, not with the
// number of rules times the length of the text. Every pattern stays under
// the 500 instructions the regexp package runs with its backtracker rather
// than its slower NFA (TestRulesFitBacktracker checks it). The busiest
// rules also match by hand, a word at a time, with lexers that must agree
// with their patterns (see lex.go): the pattern stays the definition.
package timex

import (
	"cmp"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// ErrNoAnchor is returned by [Tagger.Tag] when the anchor date is zero.
var ErrNoAnchor = errors.New("timex: no anchor date")

// A Tagger finds and resolves temporal expressions. It holds only
// compiled rules and is safe for concurrent use.
type Tagger struct {
	rules    []*rule
	triggers map[string][]int // trigger word or class -> rule indices
	// maybe has bit wordClass(b) of maybe[n][f] set when some trigger
	// word of n bytes starts with letter f and ends with b: most words
	// fail this test and need no map look-up.
	maybe [17][26]uint64
	// anyLead makes every word before a trigger a lead word, so that
	// the tests can check leadWords against the patterns.
	anyLead bool
	// relative and quarter index the rules that "the week ended" and
	// "the December quarter" are credited to, or are -1.
	relative, quarter int
}

// New returns a Tagger with all rules of rules.go, in their order.
func New() *Tagger { return newTagger(allRules) }

func newTagger(rs []*rule) *Tagger {
	t := &Tagger{rules: rs, triggers: make(map[string][]int)}
	// By name: the tests' unfiltered tagger holds copies of the rules.
	t.relative = slices.IndexFunc(rs, func(r *rule) bool { return r.name == ruleRelative.name })
	t.quarter = slices.IndexFunc(rs, func(r *rule) bool { return r.name == ruleQuarter.name })
	for i, r := range rs {
		for _, w := range r.triggers {
			t.triggers[w] = append(t.triggers[w], i)
			if w[0] == '#' {
				continue
			}
			if !isLower(w[0]) || strings.TrimFunc(w, func(r rune) bool { return r < 0x80 && (isLower(byte(r)) || isDigit(byte(r))) }) != "" || len(w) >= len(t.maybe) {
				panic("timex: trigger " + w + " of rule " + r.name + " is no lower-case word of at most 16 letters and digits")
			}
			t.maybe[len(w)][w[0]-'a'] |= 1 << wordClass(w[len(w)-1])
		}
	}
	return t
}

const (
	// lookback is how many words before a trigger a match may start
	// ("the very end of the first quarter").
	lookback = 6
	// lookahead is how far past a trigger, in bytes, a match may end
	// (then extended to the end of the word).
	lookahead = 40
	// shortAhead is the lookahead of the rules marked short.
	shortAhead = 16
)

// A candidate is a resolved match before overlaps are settled.
type candidate struct {
	start, end int
	rule       int
	d          timeline.Date
}

// Tag returns the temporal expressions of text in text order, resolved
// against the civil day of anchor (its year, month and day; the clock and
// zone are ignored). Expressions do not overlap: where rules disagree the
// longest match wins, and on a tie the rule listed first in rules.go. Each
// date has Text == text[Span.Start:Span.End] and Rule set to the rule's
// name; calendar values have precision and bounds. Tag returns nil and no
// error for text without expressions, and [ErrNoAnchor] for a zero anchor.
//
// Tag reads text as news: [Tagger.TagAs] reads a history as one.
func (t *Tagger) Tag(text string, anchor time.Time) ([]timeline.Date, error) {
	return t.tag(text, anchor, false)
}

// tag is Tag, for a narrative when narrative is set (see [Tagger.TagAs]).
func (t *Tagger) tag(text string, anchor time.Time, narrative bool) ([]timeline.Date, error) {
	if anchor.IsZero() {
		return nil, ErrNoAnchor
	}
	buf := tagPool.Get().(*tagBuffers)
	defer buf.put()
	c := &buf.context
	*c = context{text: text, anchor: date(anchor.Year(), int(anchor.Month()), anchor.Day()), narrative: narrative, spare: c.spare}
	buf.lastEnd = slices.Grow(buf.lastEnd[:0], len(t.rules))[:len(t.rules)]
	clear(buf.lastEnd)
	var (
		cands   = buf.cands[:0]
		back    [lookback + 1][2]int // bounds of the last words, a ring
		nback   int
		lastEnd = buf.lastEnd
	)
	for i := 0; i < len(text); {
		if !isWordByte(text[i]) {
			i++
			continue
		}
		s := i
		for i < len(text) && isWordByte(text[i]) {
			i++
		}
		e := i
		back[nback%len(back)] = [2]int{s, e}
		nback++
		ids := t.lookup(text, s, e)
		if len(ids) == 0 {
			continue
		}
		// lead is how many words before the trigger could belong to an
		// expression with it.
		lead := 0
		for lead < min(nback-1, lookback) {
			w := back[(nback-2-lead)%len(back)]
			if !t.anyLead && !isLead(text[w[0]:w[1]]) {
				break
			}
			lead++
		}
		hi := matchEnd(text, e, lookahead)
		// shortHi bounds the rules whose matches end soon after their
		// trigger: the regexp package clears a bit per instruction and
		// input byte on every call, so a shorter input is a faster one.
		shortHi := matchEnd(text, e, shortAhead)
		for _, id := range ids {
			if s < lastEnd[id] {
				continue
			}
			r := t.rules[id]
			if r.near != nil && !r.near(text, s, e) {
				continue
			}
			stop := 1
			if r.before {
				stop = 2
			}
			for k := min(lead, r.back) + 1; k >= stop; k-- {
				lo := back[(nback-k)%len(back)][0]
				if !r.first[text[lo]] {
					continue
				}
				end := hi
				if r.short {
					end = shortHi
				}
				m := &c.m
				if !r.matchAt(text, lo, end, m) || m.Left > s || m.Right < e {
					continue
				}
				d, ok := r.resolve(m, c)
				if !ok {
					continue
				}
				cands = append(cands, candidate{m.Left, m.Right, id, d})
				lastEnd[id] = m.Right
				break
			}
		}
	}
	buf.cands = cands
	if len(cands) == 0 {
		return nil, nil
	}
	picked := settle(cands, buf.settled[:0])
	buf.settled = picked
	picked = t.join(text, c.anchor, picked)
	picked = t.secondDays(text, picked, buf.paired[:0])
	buf.paired = picked
	picked = t.dayOffsets(text, picked)
	picked = monthWeeks(text, picked)
	picked = t.weeksEnded(text, picked)
	t.monthQuarters(text, picked)
	picked = countRanges(text, picked)
	t.orderRanges(c, picked)
	t.refocus(c, picked)
	if narrative {
		picked = t.follow(c, picked)
	} else {
		t.narrate(text, c.anchor, picked)
	}
	out := make([]timeline.Date, len(picked))
	for i, p := range picked {
		d := p.d
		d.Text = text[p.start:p.end]
		d.Span = timeline.Span{Start: p.start, End: p.end}
		d.Rule = t.rules[p.rule].name
		out[i] = d
	}
	return out, nil
}

// tagBuffers are the scratch slices of one call of [Tagger.tag], kept in
// tagPool for the next: the candidates of a text, settled and with their
// second days, were a seventh of the bytes an index allocates. Nothing
// of them outlives the call: its dates are copied out.
type tagBuffers struct {
	cands, settled, paired []candidate
	lastEnd                []int
	context                context // with its spare words of a sentence
}

var tagPool = sync.Pool{New: func() any { return new(tagBuffers) }}

// put clears b's candidates, so that the pool keeps no text alive, and
// gives b back to the pool.
func (b *tagBuffers) put() {
	clear(b.cands[:cap(b.cands)])
	clear(b.settled[:cap(b.settled)])
	clear(b.paired[:cap(b.paired)])
	b.cands, b.settled, b.paired = b.cands[:0], b.settled[:0], b.paired[:0]
	spare := b.context.spare
	clear(spare[:cap(spare)])
	b.context = context{spare: spare[:0]}
	tagPool.Put(b)
}

// matchEnd returns how far past the trigger ending at e a match may
// reach: ahead bytes, then on to the end of the word there (at most 32
// more).
func matchEnd(text string, e, ahead int) int {
	hi := min(len(text), e+ahead)
	for hi < len(text) && hi < e+ahead+32 && isWordByte(text[hi]) {
		hi++
	}
	return hi
}

// isLead reports whether word w can come before a trigger word in an
// expression: a number, a qualifier, a preposition a rule looks at, a
// weekday before a date.
func isLead(w string) bool {
	if isDigit(w[0]) {
		return true
	}
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		buf[i] = w[i] | 0x20
	}
	return leadWords[string(buf[:len(w)])]
}

var leadWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`the in since until till by during from to through throughout before after
		of between and or for early late mid end beginning start middle close very this last next coming past
		previous current fiscal year more less fewer than no nearly almost about around roughly approximately
		some just only at least most up a an several few many couple dozen hundred every each other once twice
		times following over within lasting spanning across right day p a q h s latest recent comparable
		corresponding same ended completed earlier ago full near distant immediate too half final not
		that later preceding prior short long nearer shorter longer these its his her their our financial
		additional extra further trading business working straight consecutive successive either calendar pct percent`) {
		m[w] = true
	}
	for w := range numberWords {
		m[w] = true
	}
	for w := range ordinalWords {
		m[w] = true
	}
	for _, w := range weekdayWords {
		m[w] = true
	}
	for _, w := range weekdayAbbrWords {
		m[w] = true
	}
	for _, w := range unitWords {
		m[w] = true
	}
	for _, w := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		m[w] = true
	}
	return m
}()

func isWordByte(c byte) bool { return wordBytes[c] }

// wordBytes marks the ASCII letters and digits.
var wordBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = isLetter(byte(c)) || isDigit(byte(c))
	}
	return t
}()

// wordClass numbers the bytes of words: letters of either case 0 to 25,
// digits 26 to 35.
func wordClass(c byte) byte {
	if isDigit(c) {
		return c - '0' + 26
	}
	return c | 0x20 - 'a'
}

// lookup returns the rules triggered by the word text[s:e]. Words are
// looked up in lower case; words that start with a digit are looked up by
// class: "#year" (1000-2099), "#hhmm" (the hour of "15:43"), "#md" (the
// month of "4/26"), "#yy" (two digits after an apostrophe, "'19"),
// "#decade" ("1990s", "90s"), "#ord" ("19th"), "#yyy" (three digits, "490"),
// "#yyend" (two digits that end a range of years, "17" in "1915-17") and "pm"
// ("3pm").
func (t *Tagger) lookup(text string, s, e int) []int {
	if isDigit(text[s]) {
		j := s
		for j < e && isDigit(text[j]) {
			j++
		}
		n := j - s
		if j == e {
			switch {
			case n == 4 && (text[s] == '1' || (text[s] == '2' && text[s+1] == '0')):
				return t.triggers["#year"]
			case n == 3 && text[s] != '0':
				return t.triggers["#yyy"]
			case n == 2 && rangeDash(text, s):
				return t.triggers["#yyend"]
			case n <= 2 && e+1 < len(text) && text[e] == ':' && isDigit(text[e+1]):
				return t.triggers["#hhmm"]
			case n == 2 && (s > 0 && text[s-1] == '\'' || s > 2 && text[s-3:s] == "’"):
				return t.triggers["#yy"]
			case n <= 2 && e+1 < len(text) && text[e] == '/' && isDigit(text[e+1]):
				return t.triggers["#md"]
			}
			return nil
		}
		switch strings.ToLower(text[j:e]) {
		case "s":
			return t.triggers["#decade"]
		case "st", "nd", "rd", "th":
			return t.triggers["#ord"]
		case "am", "pm":
			return t.triggers["pm"]
		}
		return nil
	}
	var buf [16]byte
	if n := e - s; n > len(buf) || t.maybe[n][text[s]|0x20-'a']&(1<<wordClass(text[e-1])) == 0 {
		return nil
	}
	for k := s; k < e; k++ {
		buf[k-s] = text[k] | 0x20
	}
	return t.triggers[string(buf[:e-s])]
}

// settle keeps the longest of overlapping candidates (on a tie the
// earlier rule, then the earlier start) and returns the kept ones in text
// order.
//
// A rule never yields the same span twice (the tagger skips a rule's
// triggers inside its last match), so the order of each cluster is total
// and settle needs no stable sort.
func settle(cands, out []candidate) []candidate {
	slices.SortFunc(cands, func(a, b candidate) int {
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		if a.end != b.end {
			return cmp.Compare(b.end, a.end)
		}
		return cmp.Compare(a.rule, b.rule)
	})
	out = slices.Grow(out[:0], len(cands))
	for i := 0; i < len(cands); {
		// A cluster is a run of transitively overlapping candidates.
		j, end := i+1, cands[i].end
		for j < len(cands) && cands[j].start < end {
			end = max(end, cands[j].end)
			j++
		}
		cl := cands[i:j]
		if len(cl) == 1 {
			out = append(out, cl[0])
			i = j
			continue
		}
		slices.SortFunc(cl, func(a, b candidate) int {
			if la, lb := a.end-a.start, b.end-b.start; la != lb {
				return cmp.Compare(lb, la)
			}
			if a.rule != b.rule {
				return cmp.Compare(a.rule, b.rule)
			}
			return cmp.Compare(a.start, b.start)
		})
		n := len(out)
		for _, c := range cl {
			free := true
			for _, p := range out[n:] {
				if c.start < p.end && p.start < c.end {
					free = false
					break
				}
			}
			if free {
				out = append(out, c)
			}
		}
		slices.SortFunc(out[n:], func(a, b candidate) int { return cmp.Compare(a.start, b.start) })
		i = j
	}
	return out
}

// join merges a day and a clock time the text puts together ("April 26,
// 2019 at 3:43 PM", "Friday at noon", "3 p.m. on Friday") into one TIME,
// named after the day's rule, and a period and the year before it ("the
// quarter a year ago") into the year-ago date. A month named relative to
// the anchor takes the day written after it ("last April 26").
func (t *Tagger) join(text string, anchor time.Time, ps []candidate) []candidate {
	out := ps[:0]
	for i := 0; i < len(ps); i++ {
		if p := &ps[i]; t.rules[p.rule].name == ruleMonth.name && p.d.Precision == timeline.Month && p.d.Mod == timeline.ModNone &&
			relMonthRE.MatchString(text[p.start:p.end]) && (i+1 == len(ps) || ps[i+1].start >= p.end+4) {
			// "last April 26", "next March 5": the day of the month
			// the relative word picked.
			if e, d := dayAfterMonth(text, p.end); e > 0 {
				y, mon := p.d.Earliest.Year(), int(p.d.Earliest.Month())
				if a := anchor; y == a.Year()-1 && mon == int(a.Month()) && d < a.Day() {
					// "the week ended last March 5", told on March
					// 15: the last March 5 is this year's.
					y = a.Year()
				}
				if validDay(y, mon, d) {
					if v, ok := calendar(dayValue(date(y, mon, d)), timeline.ModNone); ok {
						p.d, p.end = v, e
					}
				}
			}
		}
		if i+1 < len(ps) {
			a, b := ps[i], ps[i+1]
			gap := text[a.end:b.start]
			var day, clock candidate
			switch {
			case isDay(a.d) && t.rules[b.rule].name == ruleClock.name && joins(gap, "at"):
				day, clock = a, b
			case t.rules[a.rule].name == ruleClock.name && isDay(b.d) && joins(withoutZone(gap), "on"):
				day, clock = b, a
			}
			if r := t.rules[a.rule].name; (r == rulePeriod.name || r == ruleQuarter.name) && t.rules[b.rule].name == ruleAgo.name &&
				gap == " " && strings.HasPrefix(strings.ToLower(text[b.start:b.end]), "a year ") && strings.HasPrefix(strings.ToLower(text[a.start:a.end]), "the ") {
				// "the quarter a year ago": one date, the year-ago one.
				out = append(out, candidate{a.start, b.end, b.rule, b.d})
				i++
				continue
			}
			if t.rules[a.rule].name == rulePeriod.name && samePeriodRE.MatchString(text[a.start:a.end]) && t.rules[b.rule].name == ruleRelative.name &&
				strings.TrimSpace(gap) == "" && strings.EqualFold(strings.Join(strings.Fields(text[b.start:b.end]), " "), "last year") {
				// "the same period last year": one date, the period's
				// a year back.
				out = append(out, candidate{a.start, b.end, a.rule, a.d})
				i++
				continue
			}
			if t.rules[a.rule].name == ruleRelative.name && a.d.Precision == timeline.Year && len(a.d.Value) == 4 && a.d.Mod == timeline.ModNone &&
				t.rules[b.rule].name == ruleMonth.name && b.d.Precision == timeline.Month && strings.EqualFold(strings.TrimSpace(gap), "in") &&
				!hasYear(text[b.start:b.end]) {
				// "He will retire next year in March": the month of
				// that year.
				if d, ok := calendar(a.d.Value+b.d.Value[4:], b.d.Mod); ok {
					ps[i+1].d = d
				}
			}
			if v, ok := sumLengths(a.d, b.d); ok && strings.TrimSpace(gap) == "and" && t.rules[a.rule].name == ruleDuration.name && t.rules[b.rule].name == ruleDuration.name {
				// "36 years and two months": one length, P36Y2M.
				if d, ok := unplaced(timeline.TypeDuration, v, a.d.Mod); ok {
					out = append(out, candidate{a.start, b.end, a.rule, d})
					i++
					continue
				}
			}
			if day.d.Value != "" {
				_, hm, _ := strings.Cut(clock.d.Value, "T")
				if d, ok := calendar(day.d.Value+"T"+hm, timeline.ModNone); ok {
					out = append(out, candidate{a.start, b.end, day.rule, d})
					i++
					continue
				}
			}
		}
		out = append(out, ps[i])
	}
	return out
}

// sumLengths returns the value of two lengths written one after the
// other, the larger unit first ("P36Y" and "P2M" are "P36Y2M", "PT1H" and
// "PT30M" "PT1H30M"), and false where they do not add up so: a vague or
// fractional count, weeks, a qualifier on the second, or units out of
// order.
func sumLengths(a, b timeline.Date) (string, bool) {
	if a.Type != timeline.TypeDuration || b.Type != timeline.TypeDuration || b.Mod != timeline.ModNone {
		return "", false
	}
	const order = "YMDHmS" // m: minutes
	unit := func(v string) (num string, u int, ok bool) {
		clock := strings.HasPrefix(v, "PT")
		v = strings.TrimPrefix(strings.TrimPrefix(v, "P"), "T")
		if len(v) < 2 || !allDigits(v[:len(v)-1]) {
			return "", 0, false
		}
		c := v[len(v)-1]
		if clock && c == 'M' {
			c = 'm'
		}
		if u = strings.IndexByte(order, c); u < 0 || clock != (u >= 3) {
			return "", 0, false
		}
		return v[:len(v)-1], u, true
	}
	an, au, ok1 := unit(a.Value)
	bn, bu, ok2 := unit(b.Value)
	if !ok1 || !ok2 || au >= bu {
		return "", false
	}
	v := "P"
	for _, p := range [2]struct {
		n string
		u int
	}{{an, au}, {bn, bu}} {
		if p.u >= 3 && !strings.Contains(v, "T") {
			v += "T"
		}
		v += p.n + strings.ToUpper(order[p.u:p.u+1])
	}
	return v, true
}

// hasYear reports whether s writes a year: four digits in a row, or an
// apostrophe and two.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			if run++; run == 4 {
				return true
			}
			continue
		}
		// An apostrophe, or the last byte of a right single quote,
		// before two digits: "'19", "’19".
		if run == 0 && (s[i] == '\'' || s[i] == 0x99) && i+2 < len(s) && isDigit(s[i+1]) && isDigit(s[i+2]) {
			return true
		}
		run = 0
	}
	return false
}

// yeared reports whether s names a year: four digits, a two-digit year
// ("'89"), or "year" ("last year's fourth quarter"). "The 3rd quarter"
// and "Q3" name none.
func yeared(s string) bool {
	return hasYear(s) || strings.ContainsAny(s, "'’") || strings.Contains(strings.ToLower(s), "year")
}

// focusWindow is how far back, in bytes, a quarter the text names stays
// the period in focus.
const focusWindow = 1200

// refocus resolves the periods of business news against the quarter in
// focus, the last one the text named within focusWindow bytes. After
// "third-quarter profit", "a year ago", "a year earlier" and "year-ago"
// are the third quarter of the year before, and after a month in the
// same sentence ("rose in January from a year earlier") that month of the
// year before; "the quarter", "the latest
// period", "the year-ago quarter" and "the 2018 period" keep their
// distance from the last full quarter before the anchor but count it from
// the quarter in focus. A length of several months or a year, or a year
// in between ("for the nine months", "in 2018") ends the focus.
func (t *Tagger) refocus(c *context, ps []candidate) {
	text, anchor := c.text, c.anchor
	focus, focusEnd := -1, 0     // quarter since year 0, end of its text
	month, monthStart := "", 0   // the last month named, and where
	firstQ, firstQStart := -1, 0 // the first quarter of the sentence in focus, and where
	// noteQuarter keeps q, named at p, if it is the first of its sentence.
	noteQuarter := func(q int, p *candidate) {
		if lo, _ := sentence(text, p.start, p.end); firstQ < 0 || lo > firstQStart {
			firstQ, firstQStart = q, p.start
		}
	}
	yearAgo := fmt.Sprintf("%04d", anchor.Year()-1)
	for i := range ps {
		p := &ps[i]
		r := t.rules[p.rule]
		inFocus := focus >= 0 && p.start-focusEnd <= focusWindow
		switch {
		case r.name == rulePeriod.name && p.d.Type == timeline.TypeDate && (len(p.d.Value) == 7 || p.d.Value == yearAgo):
			// "the same period last year" ends on a year, which ends
			// the focus as "last year" alone does.
			yearBack := strings.HasSuffix(lowerFields(text[p.start:p.end]), " last year")
			if !inFocus {
				if yearBack {
					// With no quarter in focus the period compared may
					// be any ("the nine days ended March 20 ... the same
					// period last year"): last year is what is known.
					if d, ok := calendar(yearAgo, timeline.ModNone); ok {
						p.d = d
					}
					focus = -1
					continue
				}
				break
			}
			// Keep the period's distance from the last full quarter.
			q := focus - 4
			switch v, y := p.d.Value, yearIn(text[p.start:p.end]); {
			case len(v) == 7 && y > 0:
				// "fourth quarter 1985 profits ... the 1986 quarter":
				// the quarter in focus, in the year named.
				q = y*4 + focus%4
			case quarterEndRE.MatchString(text[p.end:min(len(text), p.end+40)]):
				// "the second quarter ... the quarter ended March 5":
				// a fiscal quarter, which TimeBank writes as the one in
				// focus; unless it ends after that one ("fourth-quarter
				// growth ... profit in the quarter ended Feb. 28", read
				// in March), when it is the quarter of its end.
				q = focus
				if e, ok := quarterEnd(text, p.end, anchor); ok && e > focus {
					q = e
				}
			case len(v) == 7:
				q = focus + atoi(v[:4])*4 + int(v[6]-'1') - lastQuarter(anchor)
			}
			if d, ok := calendar(quarterValue(q), timeline.ModNone); ok {
				p.d = d
				noteQuarter(q, p)
			}
			if yearBack {
				focus = -1
			}
			continue
		case r.name == ruleQuarter.name && inFocus && len(p.d.Value) == 7 && p.d.Value[5] == 'Q' && !yeared(text[p.start:p.end]) &&
			p.d.Earliest.After(anchor):
			// "shrank in the fourth quarter from the third quarter", in
			// March: a quarter named without its year that has not begun
			// is the one nearest the quarter in focus; on a tie, the
			// earlier in a past clause.
			n := int(p.d.Value[6] - '1')
			q := (focus/4)*4 + n
			if q-focus > 2 || q-focus == 2 && c.tense(p.start, p.end) == tensePast {
				q -= 4
			} else if focus-q > 2 || focus-q == 2 && c.tense(p.start, p.end) == tenseFuture {
				// "fourth-quarter 1986 ... will be drawn down in the
				// second quarter", in March: the one to come.
				q += 4
			}
			if d, ok := calendar(quarterValue(q), p.d.Mod); ok {
				p.d = d // "the end of the second quarter" keeps its END
			}
		case r.name == ruleRelative.name && inFocus && len(p.d.Value) == 7 && p.d.Value[5] == 'Q' && p.d.Mod == timeline.ModNone &&
			previousRE.MatchString(text[p.start:p.end]):
			// "6.17 billion in the December quarter against 6.70
			// billion in the previous quarter": the one before the
			// quarter in focus, which stays in focus.
			if d, ok := calendar(quarterValue(focus-1), timeline.ModNone); ok {
				p.d = d
			}
			continue
		case r.name == ruleAgo.name && p.d.Value == yearAgo && p.d.Mod == timeline.ModNone:
			if inFocus {
				q := focus
				if lo, _ := sentence(text, p.start, p.end); firstQ >= 0 && lo <= firstQStart {
					// "rose in the December quarter from the September
					// quarter and from a year earlier": the first
					// quarter of the sentence is the one compared.
					q = firstQ
				}
				if d, ok := calendar(quarterValue(q-4), timeline.ModNone); ok {
					p.d = d
				}
			} else if month != "" {
				// "Home prices rose in January from a year earlier":
				// the month a year before the one the sentence names.
				if lo, _ := sentence(text, p.start, p.end); lo <= monthStart {
					if d, ok := calendar(fmt.Sprintf("%04d%s", atoi(month[:4])-1, month[4:]), timeline.ModNone); ok {
						p.d = d
					}
				}
			}
			continue
		}
		if v := p.d.Value; p.d.Type == timeline.TypeDate && p.d.Mod == timeline.ModNone && len(v) == 7 && v[4] == '-' && isDigit(v[5]) {
			// The first month of its sentence: "exports rose in
			// February from January and from a year earlier" compare
			// February with the rest.
			if lo, _ := sentence(text, p.start, p.end); month == "" || lo > monthStart {
				month, monthStart = v, p.start
			}
		}
		v := p.d.Value
		switch {
		case p.d.Type == timeline.TypeDate && len(v) == 7 && v[4] == '-' && v[5] == 'Q':
			q := atoi(v[:4])*4 + int(v[6]-'1')
			if inFocus && q == focus-4 && hasYear(text[p.start:p.end]) {
				// "sales for the first quarter 1986", after the first
				// quarter of 1987: the year-ago quarter compared,
				// which leaves the one in focus.
				break
			}
			focus, focusEnd = q, p.end
			noteQuarter(focus, p)
		case p.d.Type == timeline.TypeDuration && (strings.HasSuffix(v, "M") && !strings.HasPrefix(v, "PT") || strings.HasSuffix(v, "Y")),
			p.d.Type == timeline.TypeDate && len(v) == 4:
			focus = -1
		}
	}
}

// narrate resolves the expressions of [ruleNarrative] ("the next day",
// "that month", "two days later") against the date in focus: the last
// date before them in the text whose precision is at least the one the
// expression needs (a day for "the next day", a month for "that month").
// Without one they keep their resolution from the anchor. Each resolved
// expression is in turn the date in focus for the ones after it.
func (t *Tagger) narrate(text string, anchor time.Time, ps []candidate) {
	var last [timeline.Minute + 1]focus // by precision: the last date at least that fine
	dayFrom := -1                       // the start of the sentence that set the day in focus
	for i := range ps {
		p := &ps[i]
		if t.rules[p.rule].name == ruleClock.name && p.d.Type == timeline.TypeTime {
			// A clock time without its day takes the day that follows
			// it across a time zone or a bracket ("10:35 a.m. (0735
			// GMT) Friday"). Otherwise it stays on the anchor's day:
			// news times its clock times from the day of the report
			// more often than from the last day it named.
			var day time.Time
			next := i + 1
			if next+1 < len(ps) && t.rules[ps[next].rule].name == ruleClock.name && isDay(ps[next+1].d) {
				// "10:00 local time (08:00 GMT) on 21 March": past the
				// bracketed clock time, tagged on its own.
				next++
			}
			if next < len(ps) && isDay(ps[next].d) && clockDayGap(text[p.end:ps[next].start]) {
				e := ps[next].d.Earliest.UTC()
				day = date(e.Year(), int(e.Month()), e.Day())
			}
			if !day.IsZero() {
				if _, hm, ok := strings.Cut(p.d.Value, "T"); ok {
					if d, ok := calendar(dayValue(day)+"T"+hm, p.d.Mod); ok {
						p.d = d
					}
				}
			}
		}
		if t.rules[p.rule].name == ruleTheDay.name && !last[timeline.Month].t.IsZero() {
			// "arrived on April 2 and left on the 5th": the month in
			// focus.
			if d, ok := theDayIn(p.d, last[timeline.Month]); ok {
				p.d = d
			}
		}
		if f := last[timeline.Year]; !f.t.IsZero() && i+1 < len(ps) && namedDate(t.rules[p.rule], text[p.start:p.end]) && !hasYear(text[p.start:p.end]) &&
			thatYearAfter(text, p.end, ps[i+1]) {
			// "spoke by phone on September 22 that year", after
			// "September 2021": the day and the year named after it
			// are both of the year in focus, not the anchor's.
			if d, ok := withYear(p.d, f.t.Year()); ok {
				p.d = d
				if y, ok := calendar(yearValue(f.t.Year()), timeline.ModNone); ok {
					ps[i+1].d = y
				}
			}
		}
		if r := t.rules[p.rule]; r.name == ruleNarrative.name {
			if m := new(match); r.matchAt(text, p.start, p.end, m) && m.Left == p.start && m.Right == p.end {
				if need, ok := narrativeNeeds(m, text); ok && !last[need].t.IsZero() {
					if f := last[need]; f.words != "" && f.words == focusWords(text[p.start:p.end]) {
						// "up from prior year earnings ... The
						// prior year earnings included": the same
						// year, not the one before it.
						p.d.Type, p.d.Value, p.d.Precision, p.d.Mod = f.d.Type, f.d.Value, f.d.Precision, f.d.Mod
						p.d.Earliest, p.d.Latest = f.d.Earliest, f.d.Latest
					} else if d, ok := narrative(m, text, f); ok {
						p.d = d
					}
				}
			}
		}
		d := p.d
		if d.Type != timeline.TypeDate && d.Type != timeline.TypeTime || d.Earliest.IsZero() ||
			d.Precision < timeline.Year || d.Precision > timeline.Minute {
			continue
		}
		e := d.Earliest.UTC()
		f := focus{t: date(e.Year(), int(e.Month()), e.Day()), prec: d.Precision, d: d}
		if w := focusWords(text[p.start:p.end]); t.rules[p.rule].name != ruleNarrative.name || !forwardRE.MatchString(w) {
			// Counted forward, a narrative expression names
			// another date each time ("the next day ... the next
			// day"); counted back, the same one ("from prior year
			// earnings ... the prior year's charge").
			f.words = w
		}
		lo, _ := sentence(text, p.start, p.end)
		if d.Precision >= timeline.Day && lo == dayFrom && relativeClause(text, lo, p.start) {
			// "Xi flew into Palm Beach on Thursday afternoon from
			// Helsinki, where he had held talks on Wednesday. That
			// evening, ...": the main clause's day stays in focus.
			continue
		}
		for prec := timeline.Year; prec <= min(d.Precision, timeline.Day); prec++ {
			last[prec] = f
		}
		if d.Precision >= timeline.Day {
			dayFrom = lo
		}
	}
}

// thatYearAfter reports whether q, right after a date ending at end, is
// "that year" or "the same year", joined by a space, "of" or a comma:
// "on September 22 that year", "in March of that year".
func thatYearAfter(text string, end int, q candidate) bool {
	if q.start < end {
		return false
	}
	switch strings.TrimSpace(strings.ToLower(text[end:q.start])) {
	case "", "of", ",":
	default:
		return false
	}
	switch strings.Join(strings.Fields(strings.ToLower(text[q.start:q.end])), " ") {
	case "that year", "the same year", "of that year":
		return true
	}
	return false
}

// relativeClause reports whether the text from lo to start, the sentence
// before an expression, ends in a relative clause set off by a comma:
// ", where he had held talks", ", which ended".
func relativeClause(text string, lo, start int) bool {
	c := strings.LastIndexByte(text[lo:start], ',')
	if c < 0 {
		return false
	}
	w := nextWord(text, skipSpace(text, lo+c+1), start)
	return w == "where" || w == "which" || w == "who" || w == "when" || w == "whom" || w == "whose"
}

// forwardRE matches the words of a narrative expression counted forward.
var forwardRE = regexp.MustCompile(`\b(?:next|following|after)\b`)

// focusWords returns the words of s in lower case, without "the",
// single-spaced, "prior" and "preceding" written "previous": a report
// that compares with "the preceding week", then "the prior week", names
// one week.
func focusWords(s string) string {
	fs := strings.Fields(strings.ToLower(s))
	if len(fs) > 0 && fs[0] == "the" {
		fs = fs[1:]
	}
	for i, f := range fs {
		if f == "prior" || f == "preceding" {
			fs[i] = "previous"
		}
	}
	return strings.Join(fs, " ")
}

// yearIn returns the first four-digit year (1000 to 2099) written in s
// as a word of its own, or 0.
func yearIn(s string) int {
	for i := 0; i+4 <= len(s); i++ {
		if (i == 0 || !isWordChar(s[i-1])) && yearDigits(s, i) == i+4 {
			return atoi(s[i : i+4])
		}
	}
	return 0
}

// relMonthRE matches a month named relative to the anchor: "last
// April", "next March".
var relMonthRE = regexp.MustCompile(`(?i)^(?:last|next|this|coming|past)\s+[a-z]+\.?$`)

// dayAfterMonth returns the end and the number of the day of the month
// written right after text[:i] (" 26", " 1st"), or 0 when none is, or
// when the number counts something ("last March 5 pct").
func dayAfterMonth(text string, i int) (int, int) {
	j := skipSpace(text, i)
	if j == i || j-i > 2 {
		return 0, 0
	}
	m := dashDayRE.FindStringSubmatchIndex(text[j:min(len(text), j+8)])
	if m == nil {
		return 0, 0
	}
	e := j + m[1]
	if e < len(text) && (isDigit(text[e]) || text[e] == '%' || text[e] == '-' || text[e] == '/' ||
		(text[e] == '.' || text[e] == ',') && e+1 < len(text) && isDigit(text[e+1])) {
		return 0, 0
	}
	if w := nextWord(text, e, min(len(text), e+16)); measureWords[w] {
		return 0, 0
	}
	return e, atoi(text[j+m[2] : j+m[3]])
}

// samePeriodRE matches a period compared with one a year back: "the same
// period", "the corresponding quarter".
var samePeriodRE = regexp.MustCompile(`(?i)^the\s+(?:same|corresponding|comparable)\s+(?:period|quarter)$`)

// secondDayRE matches the second day of a pair after a month and day:
// " and 25" in "April 24 and 25", " to 10" in "July 7 to 10".
var secondDayRE = regexp.MustCompile(`^,?\s+(?:and|or|to|through|until|till)\s+((?:[12][0-9]|3[01]|0?[1-9]))(?:st|nd|rd|th)?\b`)

// dashDayRE matches the day after the dash of a pair: "25" in "Feb.
// 24-25", "13" in "July 7- 13".
var dashDayRE = regexp.MustCompile(`^ ?((?:[12][0-9]|3[01]|0?[1-9]))(?:st|nd|rd|th)?\b`)

// dashAt returns the length of the hyphen or en dash at text[i], or 0.
func dashAt(text string, i int) int {
	switch {
	case strings.HasPrefix(text[i:], "-"):
		return 1
	case strings.HasPrefix(text[i:], "–"):
		return len("–")
	}
	return 0
}

// secondDays adds the day a pair names after a month and day ("April 24
// and 25", "July 7 to 10", "Feb. 24-25"), in the same month and year, as
// TimeML tags it: a date of its own.
func (t *Tagger) secondDays(text string, ps, out []candidate) []candidate {
	out = out[:0]
	for i, p := range ps {
		out = append(out, p)
		if r := t.rules[p.rule].name; r != ruleMonthDay.name && r != ruleDayMonth.name || !isDay(p.d) {
			continue
		}
		if ws, we := wordBefore(text, p.start, false); ws < we && oneOf(text[ws:we], offsetWords) &&
			offsetRE.MatchString(text[max(0, p.start-24):p.start]) {
			// "the weekend of March 9-10" is one weekend: see
			// [Tagger.dayOffsets].
			continue
		}
		var m []int
		dash := dashAt(text, p.end)
		if dash == 0 && p.end+1 < len(text) && text[p.end] == ' ' && dashAt(text, p.end+1) > 0 {
			dash = 1 + dashAt(text, p.end+1) // "July 7 - 13"
		}
		if dash > 0 {
			// "Feb. 24-25", "May 5–6".
			if m = dashDayRE.FindStringSubmatchIndex(text[p.end+dash : min(len(text), p.end+dash+8)]); m == nil {
				continue
			}
			for k := range m {
				m[k] += dash
			}
		} else {
			j := p.end
			if j < len(text) && text[j] == ',' {
				j++
			}
			switch j = skipSpace(text, j); nextWord(text, j, min(len(text), j+12)) {
			case "and", "or", "to", "through", "until", "till":
			default:
				continue
			}
			if m = secondDayRE.FindStringSubmatchIndex(text[p.end:min(len(text), p.end+32)]); m == nil {
				continue
			}
		}
		s, e := p.end+m[2], p.end+m[1]
		if pt := text[p.start:p.end]; len(pt) >= 4 && allDigits(pt[len(pt)-4:]) {
			// "due November 1, 1994 and 10-3/4 pct notes": a
			// year closes the date.
			continue
		}
		if e < len(text) && (isDigit(text[e]) || text[e] == ':' || text[e] == '-' || text[e] == '/' || text[e] == '.' && e+1 < len(text) && isDigit(text[e+1])) ||
			i+1 < len(ps) && ps[i+1].start < e {
			continue
		}
		if w := nextWord(text, e, min(len(text), e+16)); dash == 0 && w != "" && !pairFollowers[w] || dash > 0 && measureWords[w] {
			// "April 24 and 25 percent", "and 25 people"; but
			// "the Feb. 24-25 election".
			continue
		}
		first := p.d.Earliest.UTC()
		y, mon, d := first.Year(), int(first.Month()), atoi(text[s:p.end+m[3]])
		// A year after the pair is the year of both: "July 7 to 10,
		// 2019"; the year's own match goes.
		next := i + 1
		if ym := pairYearRE.FindStringSubmatchIndex(text[e:min(len(text), e+16)]); ym != nil && next < len(ps) && ps[next].start == e+ym[2] && ps[next].end == e+ym[3] {
			y = atoi(text[e+ym[2] : e+ym[3]])
			if v, ok := calendar(dayValue(date(y, mon, first.Day())), timeline.ModNone); ok && validDay(y, mon, first.Day()) {
				out[len(out)-1].d = v
				ps[next].start = -1 // dropped below
			}
		}
		if d <= first.Day() || !validDay(y, mon, d) {
			continue
		}
		if v, ok := calendar(dayValue(date(y, mon, d)), timeline.ModNone); ok {
			out = append(out, candidate{s, e, p.rule, v})
		}
	}
	kept := out[:0]
	for _, p := range out {
		if p.start >= 0 {
			kept = append(kept, p)
		}
	}
	return kept
}

// orderRanges keeps the two ends of a range in order: in "from June 1 to
// Nov. 30" or "from September to June", each named without its year, the
// end that came out before the start is the one a year later. Two
// weekdays ("from Friday to Sunday", "between Friday and Sunday") are
// at most a week apart: in a past clause the start moves a week back, in
// any other the end a week ahead.
func (t *Tagger) orderRanges(c *context, ps []candidate) {
	text := c.text
	for i := 1; i < len(ps); i++ {
		a, b := &ps[i-1], &ps[i]
		if a.d.Type != timeline.TypeDate || b.d.Type != timeline.TypeDate || a.d.Mod != timeline.ModNone ||
			a.d.Precision != b.d.Precision || (a.d.Precision != timeline.Day && a.d.Precision != timeline.Month) ||
			b.end-a.start > 64 {
			continue
		}
		weekdays := t.rules[a.rule].name == ruleWeekday.name && t.rules[b.rule].name == ruleWeekday.name
		switch strings.ToLower(strings.Join(strings.Fields(text[a.end:b.start]), " ")) {
		case "to", "through", "until", "till", "-", "–":
		case "and":
			if !weekdays || prevWord(text, a.start) != "between" {
				continue
			}
		default:
			continue
		}
		if weekdays {
			if !b.d.Earliest.Before(a.d.Earliest) {
				continue
			}
			p, days := a, -7
			if c.tense(a.start, b.end) != tensePast {
				p, days = b, 7
			}
			if d, ok := samePrecision(p.d, p.d.Earliest.UTC().AddDate(0, 0, days)); ok {
				p.d = d
			}
			continue
		}
		ay, by := hasYear(text[a.start:a.end]), hasYear(text[b.start:b.end])
		switch {
		case ay && by:
			continue
		case ay:
			// "from Jan. 3, 2011 to Dec. 28": the end is in the
			// start's year, or the year after.
			ae, be := a.d.Earliest.UTC(), b.d.Earliest.UTC()
			end := time.Date(ae.Year(), be.Month(), be.Day(), 0, 0, 0, 0, time.UTC)
			if end.Before(ae) {
				end = end.AddDate(1, 0, 0)
			}
			if d, ok := samePrecision(b.d, end); ok && end.Day() == be.Day() {
				b.d = d
			}
			continue
		}
		if by {
			// "from Jan. 3 to Dec. 28, 2012": the start takes the
			// end's year when that keeps them in order.
			ae, be := a.d.Earliest.UTC(), b.d.Earliest.UTC()
			st := time.Date(be.Year(), ae.Month(), ae.Day(), 0, 0, 0, 0, time.UTC)
			if st.Month() == ae.Month() && !st.After(be) {
				if d, ok := samePrecision(a.d, st); ok {
					a.d = d
				}
			}
			continue
		}
		if !b.d.Earliest.Before(a.d.Earliest) {
			continue
		}
		if d, ok := samePrecision(b.d, b.d.Earliest.UTC().AddDate(1, 0, 0)); ok {
			b.d = d
		}
	}
}

// samePrecision returns the date at t with d's precision, day or month,
// and d's mod.
func samePrecision(d timeline.Date, t time.Time) (timeline.Date, bool) {
	v := dayValue(t)
	if d.Precision == timeline.Month {
		v = monthValue(t.Year(), int(t.Month()))
	}
	return calendar(v, d.Mod)
}

// offsetRE matches what before a day makes another date of it: "the day
// before" (last Tuesday), "the day after" (Christmas), "the week of"
// (March 6), "the weekend of" (March 9).
var offsetRE = regexp.MustCompile(`(?i)\b(the\s+(?:day\s+(before|after)|week(end)?\s+of))\s+$`)

// offsetWords end what offsetRE matches.
var offsetWords = setOf(`before after of`)

// dayOffsets widens a day to the date a phrase before it makes of it: "the
// day before last Tuesday" is the Monday before, "the week of March 6"
// the week that holds it, "the weekend of March 9" that week's weekend.
// TimeML tags the whole phrase as one date.
func (t *Tagger) dayOffsets(text string, ps []candidate) []candidate {
	out := ps[:0]
	prevStart := 0
	for i := range ps {
		p := ps[i]
		lo := max(prevStart, p.start-24)
		prevStart = p.start
		out = append(out, p)
		if !isDay(p.d) || t.rules[p.rule].name == ruleCasual.name {
			continue
		}
		if ws, we := wordBefore(text, p.start, false); ws == we || !oneOf(text[ws:we], offsetWords) {
			continue // most days; the regexp is for the rest
		}
		m := offsetRE.FindStringSubmatchIndex(text[lo:p.start])
		if m == nil {
			continue
		}
		day := p.d.Earliest.UTC()
		var v string
		dir := ""
		if m[4] >= 0 {
			dir = strings.ToLower(text[lo+m[4] : lo+m[5]])
		}
		switch dir {
		case "before":
			v = dayValue(day.AddDate(0, 0, -1))
		case "after":
			v = dayValue(day.AddDate(0, 0, 1))
		default:
			v = weekValue(day)
		}
		if m[6] >= 0 {
			v += "-WE"
		}
		d, ok := calendar(v, timeline.ModNone)
		if !ok {
			continue
		}
		out = out[:len(out)-1]
		p.d, p.start = d, lo+m[2]
		// "the weekend" was read as a weekend of its own.
		for len(out) > 0 && out[len(out)-1].end > p.start {
			out = out[:len(out)-1]
		}
		out = append(out, p)
	}
	return out
}

// monthQuarters widens a month between "the" and "quarter" to the
// quarter it ends or lies in, as Apple and Australian statistics name
// quarters: "the December quarter" (2012-Q4), "the March 1986 quarter"
// (1986-Q1).
func (t *Tagger) monthQuarters(text string, ps []candidate) {
	q := t.quarter
	for i := range ps {
		p := &ps[i]
		if p.d.Type != timeline.TypeDate || p.d.Precision != timeline.Month || p.d.Mod != timeline.ModNone || q < 0 {
			continue
		}
		j := skipSpace(text, p.end)
		if j == p.end || !strings.HasPrefix(text[j:], "quarter") || j+7 < len(text) && isLetter(text[j+7]) {
			continue
		}
		ws, we := wordBefore(text, p.start, false)
		if we-ws != 3 || !strings.EqualFold(text[ws:we], "the") {
			continue
		}
		m := p.d.Earliest.UTC()
		d, ok := calendar(fmt.Sprintf("%04d-Q%d", m.Year(), (int(m.Month())-1)/3+1), timeline.ModNone)
		if !ok {
			continue
		}
		p.d, p.start, p.end, p.rule = d, ws, j+len("quarter"), q
	}
}

// previousRE matches a relative quarter counted back by one: "the
// previous quarter", "the prior quarter".
var previousRE = regexp.MustCompile(`(?i)^(?:the\s+)?(?:previous|prior|preceding)\s`)

// weekEndedRE matches "the week ended" (or "ending", "to") at the end of
// the text before a day; its group is "the week".
var weekEndedRE = regexp.MustCompile(`(?i)\b(the\s+week)\s+(?:ended|ending|to)\s+$`)

// weeksEnded adds "the week" before a day that ends it ("the week ended
// March 14", "in the week to Wednesday"): the ISO week that holds the
// day, as "the quarter ended Sept. 30" is the quarter of its end. The day
// stays a date of its own, as TimeBank tags both.
func (t *Tagger) weeksEnded(text string, ps []candidate) []candidate {
	rel := t.relative
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		if !isDay(p.d) || rel < 0 {
			continue
		}
		if ws, we := wordBefore(text, p.start, false); we-ws < 2 || !oneOf(text[ws:we], weekEndWords) {
			continue
		}
		lo := max(0, p.start-24)
		if i > 0 {
			lo = max(lo, ps[i-1].end)
		}
		m := weekEndedRE.FindStringSubmatchIndex(text[lo:p.start])
		if m == nil {
			continue
		}
		d, ok := calendar(weekValue(p.d.Earliest.UTC()), timeline.ModNone)
		if !ok {
			continue
		}
		ps = slices.Insert(ps, i, candidate{lo + m[2], lo + m[3], rel, d})
		i++
	}
	return ps
}

var weekEndWords = setOf(`ended ending to`)

// monthWeekRE matches what before a month names one of its weeks: "the
// first week of" (April).
var monthWeekRE = regexp.MustCompile(`(?i)\b(the\s+(first|second|third|fourth|last|final)\s+week\s+of)\s+$`)

// monthWeeks narrows a month to the week a phrase before it names: "the
// first week of April" is the first week most of whose days are April's,
// the ISO week of its first Thursday; "the last week of March" the week
// of its last Thursday. TimeML tags the whole phrase as one date.
func monthWeeks(text string, ps []candidate) []candidate {
	out := ps[:0]
	for i := range ps {
		p := ps[i]
		d := p.d
		if d.Type != timeline.TypeDate || d.Precision != timeline.Month || d.Mod != timeline.ModNone {
			out = append(out, p)
			continue
		}
		if ws, we := wordBefore(text, p.start, false); we-ws != 2 || !strings.EqualFold(text[ws:we], "of") {
			out = append(out, p)
			continue
		}
		lo := max(0, p.start-24)
		m := monthWeekRE.FindStringSubmatchIndex(text[lo:p.start])
		if m == nil {
			out = append(out, p)
			continue
		}
		first := d.Earliest.UTC()
		thu := weekdayOnOrAfter(first, time.Thursday)
		switch strings.ToLower(text[lo+m[4] : lo+m[5]]) {
		case "second":
			thu = thu.AddDate(0, 0, 7)
		case "third":
			thu = thu.AddDate(0, 0, 14)
		case "fourth":
			thu = thu.AddDate(0, 0, 21)
		case "last", "final":
			thu = weekdayOnOrAfter(first.AddDate(0, 1, -7), time.Thursday)
		}
		w, ok := calendar(weekValue(thu), timeline.ModNone)
		if !ok {
			out = append(out, p)
			continue
		}
		p.d, p.start = w, lo+m[2]
		// "the last week" was read as a length before its month.
		for len(out) > 0 && out[len(out)-1].end > p.start {
			out = out[:len(out)-1]
		}
		out = append(out, p)
	}
	return out
}

// countValueRE matches a length counted in whole units: P3D, PT48H.
var countValueRE = regexp.MustCompile(`^(PT?)([0-9]+)([A-Z]+)$`)

// countRanges widens a length to the range of counts before it: "two to
// three weeks", "six or seven years" are one length, written with the
// lower count as TimeBank writes it (P2W).
func countRanges(text string, ps []candidate) []candidate {
	out := ps[:0]
	for _, p := range ps {
		if p.d.Type != timeline.TypeDuration || p.d.Mod != timeline.ModNone {
			out = append(out, p)
			continue
		}
		ws, we := wordBefore(text, p.start, false)
		if we-ws != 2 || !strings.EqualFold(text[ws:we], "to") && !strings.EqualFold(text[ws:we], "or") {
			out = append(out, p) // most lengths; the regexp is for the rest
			continue
		}
		v := countValueRE.FindStringSubmatch(p.d.Value)
		if v == nil {
			out = append(out, p)
			continue
		}
		hi, _ := strconv.Atoi(v[2])
		first, _, _ := strings.Cut(text[p.start:p.end], " ")
		if n, ok := number(first); !ok || n != float64(hi) {
			out = append(out, p) // "the past three years", "a week"
			continue
		}
		ls, le := wordBefore(text, ws, false)
		lo, ok := number(text[ls:le])
		if !ok || lo < 1 || lo >= float64(hi) || lo != float64(int(lo)) || len(out) > 0 && out[len(out)-1].end > ls {
			out = append(out, p)
			continue
		}
		p.d.Value = v[1] + strconv.Itoa(int(lo)) + v[3]
		p.start = ls
		out = append(out, p)
	}
	return out
}

// pairYearRE matches the year after the second day of a pair.
var pairYearRE = regexp.MustCompile(`^,?\s+((?:1[0-9]|20)[0-9]{2})\b`)

// pairFollowers are the words that may follow the second day of a pair;
// any other word makes the number a count ("and 25 percent").
// measureWords after a number make it a quantity.
var measureWords = setOf(`pct percent per points point cents cts dlrs dollars people times`)

var pairFollowers = setOf(`in at on of when with for and or as after before but while during from to the
	a an this that where which respectively last next compared against versus vs than were was are is will
	would said`)

// clockDayGap reports whether gap, between a clock time and a day, ties
// them: at most a time zone, "local time" or a place's time, a bracketed
// other clock time and "on" ("(0735 GMT) Friday", " local time (0130
// GMT) on ", " Rome time on ").
func clockDayGap(gap string) bool {
	if len(gap) > 32 || strings.ContainsRune(gap, '\n') {
		return false
	}
	fs := strings.Fields(gapPunct.Replace(gap))
	for i, f := range fs {
		if !oneOf(f, gapWords) && !oneOf(f, zones) && !allDigits(strings.Replace(f, ":", "", 1)) && !placeTime(fs[i:]) {
			return false
		}
	}
	return true
}

// placeTime reports whether fs starts with the name of a place, in at
// most three capitalised words, and "time": "Rome time", "New York time".
func placeTime(fs []string) bool {
	for i, f := range fs {
		if i > 0 && f == "time" {
			return true
		}
		if i == 3 || !isUpper(f[0]) || !allLetters(f) {
			return false
		}
	}
	return false
}

// gapWords may stand between a clock time and its day besides a zone:
// "noon Eastern time on Monday".
var gapWords = setOf(`on local time eastern central mountain pacific standard daylight a.m. p.m. am pm`)

// gapPunct blanks the brackets and commas of such a gap.
var gapPunct = strings.NewReplacer("(", " ", ")", " ", ",", " ")

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func isDay(d timeline.Date) bool {
	return d.Type == timeline.TypeDate && d.Precision == timeline.Day && d.Mod == timeline.ModNone
}

// zones are the time zones news names after a clock time.
var zones = setOf("est edt et cst cdt ct mst mdt pst pdt pt gmt utc bst cet")

// withoutZone returns gap without the time zone it starts with, as
// between "9 a.m." and "Tuesday" in "9 a.m. EST Tuesday"; the value keeps
// the clock time as written.
func withoutZone(gap string) string {
	g := strings.TrimLeft(gap, " ")
	n := 0
	for n < len(g) && isUpper(g[n]) {
		n++
	}
	if n >= 2 && n < len(g) && len(g) < len(gap) && oneOf(g[:n], zones) && !isLetter(g[n]) {
		return g[n:]
	}
	return gap
}

// joins reports whether gap is only spaces and commas, and at most the
// word w.
func joins(gap, w string) bool {
	if len(gap) > 8 || strings.ContainsAny(gap, "\n") {
		return false
	}
	word := ""
	for i := 0; i < len(gap); {
		switch c := gap[i]; {
		case c >= 0x80:
			f := strings.Fields(strings.ReplaceAll(gap, ",", " "))
			return len(f) == 0 || (len(f) == 1 && strings.EqualFold(f[0], w))
		case c == ',' || c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
			i++
			continue
		}
		if word != "" {
			return false
		}
		j := i
		for j < len(gap) && gap[j] < 0x80 && !strings.ContainsRune(", \t\r\v\f", rune(gap[j])) {
			j++
		}
		word, i = gap[i:j], j
	}
	return word == "" || strings.EqualFold(word, w)
}

func allLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isLetter(s[i]) {
			return false
		}
	}
	return s != ""
}
