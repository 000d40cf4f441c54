package timex

import (
	"regexp"
	"regexp/syntax"
	"time"

	"github.com/dateline-dev/dateline/timeline"
	"github.com/olebedev/when/rules"
)

// A rule finds one kind of temporal expression and resolves it. It finds
// with a regular expression, as when's rules do, and implements
// [rules.Rule] so that it can be tried on its own; resolution is its own
// resolve function, which sees the whole text and the anchor.
//
// The expression proper is the group named "x" when the pattern has one,
// and the whole match otherwise, so a pattern can require context (a
// preposition before a bare month) without putting it in the span.
type rule struct {
	name string
	// triggers are the lower-case words, or the token classes of
	// tokenKey, near which the rule is worth trying: the tagger runs the
	// pattern only at one of them or a few words before.
	triggers []string
	// back is how many words before a trigger a match may start.
	back int
	// near, when set, is a cheap test that the trigger word text[s:e]
	// has the neighbours every match needs ("April" before a year, a
	// capital letter); the tagger skips the pattern where it fails, so
	// it must never fail where the pattern could match and resolve.
	near func(text string, s, e int) bool
	// before marks rules whose every resolved match starts at a word
	// before the trigger ("two years", never "years" alone).
	before bool
	// short marks rules whose matches end within shortAhead bytes of
	// the end of their trigger word (and the word that crosses it).
	short bool
	// first marks the bytes a match can start with.
	first    [256]bool
	re       *regexp.Regexp // unanchored, for Find
	anchored *regexp.Regexp // the same pattern anchored at the start
	x        int            // index of the "x" group, or 0
	ncap     int            // 2 × (the number of groups + 1)
	// lex, when set, matches the anchored pattern by hand on ASCII input.
	lex     lexer
	resolve func(m *match, c *context) (timeline.Date, bool)
}

// newRule compiles pattern; it panics on a bad pattern, as rules are
// package-level values.
func newRule(name string, back int, triggers []string, pattern string, resolve func(*match, *context) (timeline.Date, bool)) *rule {
	r := &rule{
		name:     name,
		back:     back,
		triggers: triggers,
		re:       regexp.MustCompile(pattern),
		anchored: regexp.MustCompile(`^(?:` + pattern + `)`),
		resolve:  resolve,
	}
	if i := r.re.SubexpIndex("x"); i > 0 {
		r.x = i
	}
	r.ncap = 2 * (r.re.NumSubexp() + 1)
	r.first = firstBytes(pattern)
	return r
}

// nearby sets r.near and returns r.
func (r *rule) nearby(near func(text string, s, e int) bool) *rule {
	r.near = near
	return r
}

// endsSoon sets r.short and returns r.
func (r *rule) endsSoon() *rule {
	r.short = true
	return r
}

// startsBefore sets r.before and returns r.
func (r *rule) startsBefore() *rule {
	r.before = true
	return r
}

// firstBytes returns the bytes a match of pattern can start with, by
// walking the compiled program from its start to the first instructions
// that consume input. Every byte above 0x7f is allowed when a non-ASCII
// rune could start a match.
func firstBytes(pattern string) [256]bool {
	var first [256]bool
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		panic(err)
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		panic(err)
	}
	seen := make([]bool, len(prog.Inst))
	var walk func(pc uint32)
	walk = func(pc uint32) {
		if seen[pc] {
			return
		}
		seen[pc] = true
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			walk(in.Out)
			walk(in.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			walk(in.Out)
		case syntax.InstMatch:
			for b := range first {
				first[b] = true
			}
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			for b := 0; b < 0x80; b++ {
				if in.MatchRune(rune(b)) {
					first[b] = true
				}
			}
			if in.Op != syntax.InstRune1 || in.Rune[0] >= 0x80 {
				for b := 0x80; b < 0x100; b++ {
					first[b] = true
				}
			}
		}
	}
	walk(uint32(prog.Start))
	return first
}

// A rule is one of when's rules: the compiler holds it to that.
var _ rules.Rule = (*rule)(nil)

// Find returns the first expression r finds in s, with Left and Right
// around the expression proper and Captures holding every group ("" for
// a group that did not take part), or nil. It implements [rules.Rule].
func (r *rule) Find(s string) *rules.Match {
	loc := r.re.FindStringSubmatchIndex(s)
	if loc == nil {
		return nil
	}
	m := newMatch(r, s, loc, 0)
	m.Captures = make([]string, len(loc)/2-1)
	for i := range m.Captures {
		if a := loc[2*i+2]; a >= 0 {
			m.Captures[i] = s[a:loc[2*i+3]]
		}
	}
	return &m.Match
}

// matchAt runs r anchored at text[lo:hi], by its lexer where it has one
// and the text is ASCII, and reports whether it matched, with the match
// in m at absolute offsets. The tagger reuses one m for every try, so
// that a lexer's tries allocate nothing.
func (r *rule) matchAt(text string, lo, hi int, m *match) bool {
	s := text[lo:hi]
	var loc []int
	if r.lex == nil || !isASCII(s) {
		if loc = r.anchored.FindStringSubmatchIndex(s); loc == nil {
			return false
		}
	} else {
		loc = m.buf[:r.ncap]
		for i := range loc {
			loc[i] = -1
		}
		if !r.lex(s, loc) {
			return false
		}
	}
	m.set(r, text, loc, lo)
	return true
}

// maxLexGroups bounds the groups of a pattern with a lexer.
const maxLexGroups = 12

// newMatch returns the match of r in text whose group spans, relative to
// text[off:], are loc.
func newMatch(r *rule, text string, loc []int, off int) *match {
	m := new(match)
	m.set(r, text, loc, off)
	return m
}

// set makes m the match of r in text whose group spans, relative to
// text[off:], are loc; it adds off to loc.
func (m *match) set(r *rule, text string, loc []int, off int) {
	for i := range loc {
		if loc[i] >= 0 {
			loc[i] += off
		}
	}
	m.Match = rules.Match{Left: loc[0], Right: loc[1]}
	m.text, m.loc, m.names = text, loc, r.re.SubexpNames()
	if r.x > 0 && loc[2*r.x] >= 0 {
		m.Left, m.Right = loc[2*r.x], loc[2*r.x+1]
	}
	m.Text = text[m.Left:m.Right]
}

// A match is a when match with the text it was found in and the group
// names, so that resolvers can read groups by name. Only [rule.Find]
// fills Captures; resolvers read groups with get.
type match struct {
	rules.Match
	text  string
	loc   []int
	names []string
	buf   [2 * maxLexGroups]int // loc's storage for a lexer
}

// get returns the first non-empty group called name, or "".
func (m *match) get(name string) string {
	for i, n := range m.names {
		if n == name && i > 0 && m.loc[2*i] >= 0 && m.loc[2*i+1] > m.loc[2*i] {
			return m.text[m.loc[2*i]:m.loc[2*i+1]]
		}
	}
	return ""
}

// context is what resolution needs besides the match: the whole text and
// the anchor day.
type context struct {
	text   string
	anchor time.Time // midnight UTC of the anchor's civil day
	// clause holds the words of the sentence text[clauseLo:clauseHi]
	// that [context.tense] read last.
	clause             []cueWord
	clauseLo, clauseHi int
	whole              bool // the clause's bounds are the sentence's own, not cut-offs
	// spare is a slice for clause's words whose array a call of an
	// earlier text left (see tagBuffers).
	spare []cueWord
	// narrative is set when the text is read as a narrative (see
	// [Tagger.TagAs]): rules that read what only histories write
	// ("the 1784 treaty", "in 490") resolve only then.
	narrative bool
	// m is the match every try of a rule fills.
	m match
}

// calendar returns the DATE or TIME for a TIMEX3 calendar value, with its
// precision and bounds, and mod applied.
func calendar(value string, mod timeline.Mod) (timeline.Date, bool) {
	d, err := timeline.ParseValue(value)
	if err != nil {
		return timeline.Date{}, false
	}
	if mod != timeline.ModNone {
		d = d.WithMod(mod)
	}
	return d, true
}

// unplaced returns a date of type t whose value names no calendar span
// ("PRESENT_REF", "P3D", "XXXX-WXX-1").
func unplaced(t timeline.Type, value string, mod timeline.Mod) (timeline.Date, bool) {
	return timeline.Date{Type: t, Value: value, Mod: mod}, true
}
