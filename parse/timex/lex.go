package timex

// Hand matchers.
//
// The regexp package's backtracker spends a few microseconds on each
// anchored try of a large pattern, most of it trying the alternatives of
// optional groups letter by letter; the busiest rules are tried tens of
// thousands of times in an archive. A rule can therefore carry a lexer: a
// hand-written matcher for its pattern that walks the text a word at a
// time. The pattern stays the rule's definition. A lexer must return
// exactly the match the anchored pattern returns, group for group, on any
// ASCII input; TestLexersAgree and FuzzLexers hold every lexer to that,
// and input with other bytes (which case folding could match, "ſince")
// goes to the pattern.
//
// A lexer reproduces the pattern's leftmost-first choice by trying the
// alternatives of each part in the pattern's order, longest first for
// greedy repeats, and giving up a part only when the rest cannot follow
// it. Most repeats need no such retry: a run of spaces followed by a part
// that starts with a letter can only be taken whole.

// A lexer matches a rule's pattern anchored at the start of s, which is
// ASCII. On a match it fills loc (group spans, -1 where a group did not
// take part, as [regexp.Regexp.FindStringSubmatchIndex] gives them; loc
// arrives filled with -1) and returns true.
type lexer func(s string, loc []int) bool

// groupIndex returns the group numbers of names in pattern p; it panics
// on a name p lacks, as rules are package-level values.
func groupIndex(r *rule, names ...string) []int {
	idx := make([]int, len(names))
	for i, n := range names {
		if idx[i] = r.re.SubexpIndex(n); idx[i] < 0 {
			panic("timex: rule " + r.name + " has no group " + n)
		}
	}
	return idx
}

// orNot returns what an optional part of a pattern leaves to try: where
// the text goes on with the part, which ends at e (-1 when it is not
// there), and then where it goes on without it, none. A greedy "?" tries
// them in that order.
func orNot(e, none int) []int {
	if e < 0 {
		return []int{none}
	}
	return []int{e, none}
}

// setGroup records group g as s[a:b].
func setGroup(loc []int, g, a, b int) {
	loc[2*g], loc[2*g+1] = a, b
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// isWordChar reports whether c is one of the regexp package's \w bytes.
func isWordChar(c byte) bool { return isLetter(c) || isDigit(c) || c == '_' }

// atBoundary reports whether \b holds at s[p]: the end of s counts as a
// non-word byte, as it does for a pattern run on s alone.
func atBoundary(s string, p int) bool {
	return (p > 0 && isWordChar(s[p-1])) != (p < len(s) && isWordChar(s[p]))
}

// spaceRun returns the end of the \s* run at s[p:].
func spaceRun(s string, p int) int {
	for p < len(s) && isSpace(s[p]) {
		p++
	}
	return p
}

// spaceRun1 returns the end of the \s+ run at s[p:], or -1 if s[p] is
// no space.
func spaceRun1(s string, p int) int {
	if p >= len(s) || !isSpace(s[p]) {
		return -1
	}
	return spaceRun(s, p+1)
}

// letterRun returns the end of the [A-Za-z]* run at s[p:].
func letterRun(s string, p int) int {
	for p < len(s) && isLetter(s[p]) {
		p++
	}
	return p
}

// foldWord returns the end of the letters at s[p:] if they spell one of
// words (lower case) whatever their case, with \s following, as in an
// alternation (?i:a|b|c)\s+ that only letters follow; else -1. The test
// is on the whole run of letters: a shorter alternative followed by a
// letter cannot be followed by a space.
func foldWord(s string, p int, words ...string) int {
	e := letterRun(s, p)
	if e == p || e >= len(s) || !isSpace(s[e]) {
		return -1
	}
	if oneFold(s[p:e], words...) {
		return e
	}
	return -1
}

// foldWordB is foldWord with \b in place of the space: the letters must
// end at a byte that is not \w, or at the end of s.
func foldWordB(s string, p int, words ...string) int {
	e := letterRun(s, p)
	if e == p || !atBoundary(s, e) {
		return -1
	}
	if oneFold(s[p:e], words...) {
		return e
	}
	return -1
}

// modGroup matches modPat's group at s[p:]: it returns the end of the
// qualifier, with the spaces, hyphen or "of" that close it, or -1. At
// most one of its alternatives can match at a place (their words
// differ, or what follows them does), so it has no second choice but
// the empty one.
func modGroup(s string, p int) int {
	if p >= len(s) || !modFirst[s[p]] {
		return -1
	}
	// (?:the\s+)?(?:early|late|mid|earlier|later)(?:\s+|-)
	q := p
	if e := foldWord(s, p, "the"); e >= 0 {
		q = spaceRun(s, e)
	}
	for _, at := range [2]int{q, p} {
		e := letterRun(s, at)
		if e == at || e >= len(s) || !oneFold(s[at:e], "early", "late", "mid", "earlier", "later") {
			continue
		}
		if isSpace(s[e]) {
			return spaceRun(s, e)
		}
		if s[e] == '-' {
			return e + 1
		}
	}
	// (?:end|start)-
	if e := letterRun(s, p); e < len(s) && s[e] == '-' && oneFold(s[p:e], "end", "start") {
		return e + 1
	}
	// (?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close)\s+of\s+
	r := q
	if e := foldWord(s, r, "very"); e >= 0 {
		r = spaceRun(s, e)
	}
	for _, at := range [3]int{r, q, p} {
		if e := foldWord(s, at, "end", "beginning", "start", "middle", "close"); e >= 0 {
			if e = foldWord(s, spaceRun(s, e), "of"); e >= 0 {
				return spaceRun(s, e)
			}
		}
	}
	return -1
}

// modFirst marks the letters modPat's words start with.
var modFirst = func() (t [256]bool) {
	for _, c := range "tTeElLmMsSvVbBcC" {
		t[c] = true
	}
	return t
}()

// oneFold reports whether the letters w spell one of words (lower case)
// whatever their case.
func oneFold(w string, words ...string) bool {
	for _, x := range words {
		if foldEqual(w, x) {
			return true
		}
	}
	return false
}

// foldEqual reports whether the letters w spell the lower-case letters x
// whatever their case.
func foldEqual(w, x string) bool {
	if len(w) != len(x) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i]|0x20 != x[i] {
			return false
		}
	}
	return true
}

// yearDigits matches yearPat at s[p:] (1000 to 2099, then \b) and
// returns its end, or -1.
func yearDigits(s string, p int) int {
	if p+4 > len(s) || !(s[p] == '1' || s[p] == '2' && s[p+1] == '0') ||
		!isDigit(s[p+1]) || !isDigit(s[p+2]) || !isDigit(s[p+3]) || !atBoundary(s, p+4) {
		return -1
	}
	return p + 4
}

// titleOrCapsName matches one of titleOrCaps(names...) at s[p:], then
// \b: the first letter in capitals and the others in either case; names
// are in lower case. It returns the end, or -1.
func titleOrCapsName(s string, p int, names ...string) int {
	e := letterRun(s, p)
	if e == p || !atBoundary(s, e) || !isUpper(s[p]) {
		return -1
	}
	for _, n := range names {
		if len(n) == e-p && s[p]|0x20 == n[0] && foldEqual(s[p+1:e], n[1:]) {
			return e
		}
	}
	return -1
}

// monthDateAt matches monthDatePat at s[p:] and returns its end, or -1.
func monthDateAt(s string, p int) int {
	if e := titleOrCapsName(s, p, "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"); e >= 0 {
		return e
	}
	if e := titleOrCapsName(s, p, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"); e >= 0 {
		if e < len(s) && s[e] == '.' {
			e++
		}
		return e
	}
	return -1
}

// weekdayAt matches weekdayPat at s[p:] and returns its end, or -1.
func weekdayAt(s string, p int) int {
	if e := titleOrCapsName(s, p, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"); e >= 0 {
		return e
	}
	e := letterRun(s, p)
	if e < len(s) && s[e] == '.' {
		switch s[p:e] {
		case "Mon", "Tues", "Tue", "Wed", "Thurs", "Thur", "Thu", "Fri", "Sat", "Sun":
			return e + 1
		}
	}
	return -1
}

// dayEnds returns the ends of dayPat's matches at s[p:] in the order
// the pattern tries them, -1 for none: two digits from 10 to 29, 30 or
// 31, then one digit with an optional 0, each with its ordinal suffix
// first and then without.
func dayEnds(s string, p int) [6]int {
	ends := [6]int{-1, -1, -1, -1, -1, -1}
	if p >= len(s) {
		return ends
	}
	two := p+1 < len(s) && isDigit(s[p+1]) && (s[p] == '1' || s[p] == '2' || s[p] == '3' && (s[p+1] == '0' || s[p+1] == '1'))
	if two && s[p] != '3' {
		ends[0], ends[1] = daySuffix(s, p+2)
	}
	if two && s[p] == '3' {
		ends[2], ends[3] = daySuffix(s, p+2)
	}
	d := p
	if s[d] == '0' {
		d++
	}
	if d < len(s) && s[d] >= '1' && s[d] <= '9' {
		ends[4], ends[5] = daySuffix(s, d+1)
	}
	return ends
}

// daySuffix returns the end of the day whose digits end at s[e] with
// its suffix (st, nd, rd or th) and without, each -1 without \b after.
func daySuffix(s string, e int) (with, without int) {
	with, without = -1, -1
	if e+2 <= len(s) {
		switch s[e : e+2] {
		case "st", "nd", "rd", "th":
			if atBoundary(s, e+2) {
				with = e + 2
			}
		}
	}
	if atBoundary(s, e) {
		without = e
	}
	return with, without
}

// commaSpace matches ,?\s+ at s[p:] and returns its end, or -1.
func commaSpace(s string, p int) int {
	if p < len(s) && s[p] == ',' {
		if e := spaceRun1(s, p+1); e >= 0 {
			return e
		}
	}
	return spaceRun1(s, p)
}

// setLexer gives r its lexer; it panics if r has more groups than a
// lexer's buffer holds.
func setLexer(r *rule, lex lexer) {
	if r.ncap > 2*maxLexGroups {
		panic("timex: rule " + r.name + " has too many groups for a lexer")
	}
	r.lex = lex
}
