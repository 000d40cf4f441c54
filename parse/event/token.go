package event

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-dev/dateline/parse/lexicon"
	"github.com/dateline-dev/dateline/timeline"
)

// A token is a word or a punctuation mark of a sentence, with its byte
// span in the document. A possessive "'s" is a token of its own.
type token struct {
	text string
	low  string // text in lower case
	span timeline.Span
	rest string // the sentence from this token on, to quote phrases without copying
	// list marks a comma that joins the items of a list: no clause
	// segment ends there.
	list bool
	// bareS marks an apostrophe alone after a word ending in s or z and
	// before a space: the possessive of "George Shultz' visit".
	bareS bool
	// clause marks an "and" or "but" that opens a clause of its own,
	// with its own subject and verb: no clause segment runs past it
	// (see markClauses).
	clause bool
	// gloss marks the brackets of a short gloss after a name, "the Group
	// of Five (G-5) session": the clause segment runs through them.
	gloss bool
	// name is one more than the words of the name that opens here, as
	// name reads it, or 0 before name has read it: the rules ask again
	// and again. adjective is the same for the nationality adjective.
	adjective int8
	// class is the word lists that hold low (see wordClass).
	class wordClass
	name  int16
}

// A wordClass is a set of the word lists that hold a token's lower case,
// looked up once when the token is cut: the entities and the rules ask
// about these lists at every word of a sentence, most words are in none,
// and a test of a bit costs less than a lookup in a map.
type wordClass uint8

const (
	classTrigger        wordClass = 1 << iota // the first word of some rule's trigger (see triggers)
	classDeterminer                           // determiners
	classDescriptionDet                       // descriptionDets
	classFinite                               // finiteVerbs
	classLowerTitle                           // lowerTitleWords
	classPronoun                              // pronouns
	classRelation                             // relationNames
	classSubordinator                         // subordinators
)

// wordClasses maps each word of the lists of the classes to its classes.
var wordClasses = sync.OnceValue(func() map[string]wordClass {
	m := map[string]wordClass{}
	for w := range triggers() {
		m[w] |= classTrigger
	}
	for _, l := range []struct {
		words map[string]bool
		class wordClass
	}{
		{determiners, classDeterminer},
		{descriptionDets, classDescriptionDet},
		{finiteVerbs, classFinite},
		{lowerTitleWords, classLowerTitle},
		{pronouns, classPronoun},
		{relationNames, classRelation},
		{subordinators, classSubordinator},
	} {
		for w, in := range l.words {
			if in {
				m[w] |= l.class
			}
		}
	}
	return m
})

// is reports whether t's lower case is in the list of class c: the same
// as asking the list (TestWordClasses holds them to each other).
func (t token) is(c wordClass) bool { return t.class&c != 0 }

// lower returns the token in lower case.
func (t token) lower() string { return t.low }

// breaks reports whether t ends a clause segment: a comma, semicolon,
// dash, bracket or colon, but not a comma that joins the items of a
// list ("Ghana, Tanzania and Zambia"; see markLists).
func (t token) breaks() bool { return t.clause || !t.list && !t.gloss && segmentBreak(t.text) }

// markGlosses marks the brackets around one to three words that begin
// with a capital, right after a capitalised word: "Group of Five (G-5)",
// "International Coffee Organization (ICO)".
func markGlosses(toks []token) {
	for i := 1; i < len(toks); i++ {
		if toks[i].text != "(" || !toks[i-1].capitalised() {
			continue
		}
		j := i + 1
		for j < len(toks) && j <= i+3 && toks[j].text != ")" && toks[j].word() {
			j++
		}
		if j < len(toks) && j > i+1 && toks[j].text == ")" && toks[i+1].capitalised() {
			toks[i].gloss, toks[j].gloss = true, true
			i = j
		}
	}
}

// newToken makes the token text at [start, end) of the document.
func newToken(text, rest string, start, end int) token {
	return token{text: text, low: strings.ToLower(text), span: timeline.Span{Start: start, End: end}, rest: rest}
}

// capitalised reports whether the token starts with an upper-case letter.
func (t token) capitalised() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// word reports whether the token is a word rather than punctuation.
func (t token) word() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// tokenize splits s, which starts at byte off of the document, into
// tokens. Words keep inner hyphens, apostrophes and periods ("Pyongyang-
// Moscow", "U.S.", "much-anticipated"); a trailing period is kept only for
// dotted abbreviations and known abbreviations.
func tokenize(s string, off int) []token {
	return appendTokens(nil, s, off)
}

// appendTokens appends the tokens of s, as tokenize splits it, to toks
// and returns the extended slice: a story's sentences are read one by
// one into one array.
func appendTokens(toks []token, s string, off int) []token {
	// Room for about the tokens a sentence has (news English runs to
	// five bytes a token, spaces and punctuation included), not grown
	// by doubling; and, for a sentence of ASCII, the lower case of
	// every token cut from the sentence's, not made token by token.
	toks = slices.Grow(toks, len(s)/4+4)
	first := len(toks)
	low := ""
	if isASCII(s) {
		low = lowerASCII(s)
	}
	tok := func(text, rest string, start, end int) token {
		if low == "" {
			return newToken(text, rest, start, end)
		}
		i := start - off
		return token{text: text, low: low[i : i+len(text)], span: timeline.Span{Start: start, End: end}, rest: rest}
	}
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(s) {
				if isAlnumASCII(s[j]) {
					j++ // most words are letters of ASCII: no rune to decode
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				if (r2 == '-' || r2 == '.' || r2 == '\'' || r2 == '’') && j+n2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
						// A possessive 's is its own token.
						if (r2 == '\'' || r2 == '’') && (s[j+n2] == 's' || s[j+n2] == 'S') && (j+n2+1 == len(s) || !isWordByte(s[j+n2+1])) {
							break
						}
						j += n2
						continue
					}
				}
				break
			}
			// Keep the period of "U.S." and "Mr.".
			if j < len(s) && s[j] == '.' && (strings.Contains(s[i:j], ".") || abbreviations[s[i:j]] || (j-i == 1 && unicode.IsUpper(r))) {
				j++
			}
			toks = append(toks, tok(s[i:j], s[i:], off+i, off+j))
			i = j
		case (r == '\'' || r == '’' || r == '"' && i > 0 && isWordByte(s[i-1])) && i+n < len(s) && (s[i+n] == 's' || s[i+n] == 'S') && (i+n+1 == len(s) || !isWordByte(s[i+n+1])):
			// A possessive, written "Gandhi\"s" in some wire copy.
			toks = append(toks, tok(s[i:i+n+1], s[i:], off+i, off+i+n+1))
			i += n + 1
		default:
			j := i + n
			if r == '-' && j < len(s) && s[j] == '-' {
				j++
			}
			t := tok(s[i:j], s[i:], off+i, off+j)
			if (r == '\'' || r == '’') && len(toks) > 0 && (j == len(s) || isSpace(s[j])) {
				if p := toks[len(toks)-1].text; p != "" && p[0] >= 'A' && p[0] <= 'Z' && strings.ContainsAny(p[len(p)-1:], "sSzZ") && toks[len(toks)-1].span.End == off+i {
					t.bareS = true
				}
			}
			toks = append(toks, t)
			i = j
		}
	}
	classes := wordClasses()
	for k := first; k < len(toks); k++ {
		toks[k].class = classes[toks[k].low]
	}
	markGlosses(toks)
	return toks
}

// tokenArrays holds the token arrays of the stories read, for the next
// story's sentences: a story's sentences share one array, and the next
// story may have it when this one is done.
var tokenArrays = sync.Pool{New: func() any { return new([]token) }}

// getTokens returns an empty token array, perhaps with room.
func getTokens() []token {
	p := tokenArrays.Get().(*[]token)
	toks := *p
	*p = nil
	tokenArrays.Put(p)
	return toks[:0]
}

// putTokens gives toks back for another story, which will write over
// them: the caller no longer uses them.
func putTokens(toks []token) {
	if cap(toks) == 0 {
		return
	}
	p := tokenArrays.Get().(*[]token)
	*p = toks[:0]
	tokenArrays.Put(p)
}

// lower returns s in lower case, as strings.ToLower does.
func lower(s string) string {
	if isASCII(s) {
		return lowerASCII(s)
	}
	return strings.ToLower(s)
}

// lowerASCII returns s, which is all ASCII, in lower case, as
// strings.ToLower does but a byte at a time: a sentence has too many
// capitals for ToLower's copying of the runs between them.
func lowerASCII(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isAlnumASCII reports whether c is an ASCII letter or digit, as
// unicode.IsLetter and unicode.IsDigit report for it.
func isAlnumASCII(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// possessive reports whether t is a possessive "'s".
func (t token) possessive() bool {
	if t.bareS {
		return true
	}
	return len(t.text) >= 2 && (t.text[0] == '\'' || t.text[0] == '"' || strings.HasPrefix(t.text, "’")) && (t.text[len(t.text)-1] == 's' || t.text[len(t.text)-1] == 'S')
}

// markAsides marks the commas around a lone adverb set off inside a
// clause ("with Sarkozy and, separately, with Merkel this afternoon";
// "X, however, met Y"): the aside ends no clause segment, so what follows
// it is still the clause of the words before it.
func markAsides(toks []token) {
	for i := 1; i+2 < len(toks); i++ {
		// "during the talks, scheduled to end on March 27": a reduced
		// relative clause tells of the event noun before it.
		if toks[i].text == "," && planNouns[toks[i-1].low] && reducedPlan[toks[i+1].low] && toks[i+2].low == "to" {
			toks[i].list = true
		}
	}
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].text != "," || toks[i+2].text != "," || !asideAdverb(toks[i+1]) {
			continue
		}
		toks[i].list, toks[i+2].list = true, true
	}
	// "will meet Premier Li Keqiang and Zhang Dejiang, chairman of the
	// Standing Committee of the National People's Congress, on Friday":
	// a title set off after a name ends no clause either.
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].text != "," || toks[i].list || !toks[i-1].capitalised() || !titleOpens(toks, i+1) {
			continue
		}
		for j := i + 2; j < len(toks) && j <= i+14; j++ {
			if w := toks[j].low; toks[j].text == "." || w == ";" || auxWords[w] || reporting[w] || clauseVerbs[w] || toks[j].clause {
				break
			}
			if toks[j].text == "," {
				toks[i].list, toks[j].list = true, true
				break
			}
		}
	}
}

// titleOpens reports whether an appositive title opens at k: "chairman
// of", "the chairman of", "Israel's foreign minister".
func titleOpens(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+3; j++ {
		if role, ok := lexicon.LookupTitle(toks[j].text); ok && role != "" && !toks[j].capitalised() {
			return true
		}
		if w := toks[j].low; j > k && !toks[j].word() || w == "of" || w == "," {
			return false
		}
	}
	return false
}

// asideAdverb reports whether t is an adverb that may stand alone between
// commas: a lower-case "-ly" word that is no noun ("separately",
// "reportedly") or one of a few others.
func asideAdverb(t token) bool {
	w := t.text
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	if asideWords[w] {
		return true
	}
	return len(w) > 5 && strings.HasSuffix(w, "ly") && !lyNouns[w]
}

// planNouns and reducedPlan: "the talks, scheduled to end on March 27".
var (
	planNouns   = wordSet(`talks meeting meetings session sessions conference summit visit trip negotiations round`)
	reducedPlan = wordSet(`scheduled due set expected planned`)
)

var asideWords = map[string]bool{"however": true, "also": true, "too": true, "meanwhile": true, "moreover": true, "though": true, "instead": true, "therefore": true, "furthermore": true, "nonetheless": true, "nevertheless": true}

// lyNouns end in "ly" and are no adverbs.
var lyNouns = map[string]bool{"family": true, "assembly": true, "supply": true, "monopoly": true, "anomaly": true, "rally": true, "reply": true, "butterfly": true, "homily": true}

// markClauses marks each "and" or "but" that joins two clauses, each with
// its subject and verb: "The board meeting ended today and the next
// session will be in Indonesia". The segment before it must have a verb,
// and after it a determiner opens a noun phrase of at most four words
// followed by a finite verb. "Japan and the United States will hold
// talks" joins two subjects: no verb stands before the "and". It marks
// too a subordinator before a named subject and its verb ("since
// President Reagan announced").
func markClauses(toks []token) {
	verb := false
	for i, t := range toks {
		if t.breaks() {
			verb = false
			continue
		}
		opens := t.is(classSubordinator) && i > 0 && i+2 < len(toks) && (toks[i+1].capitalised() || subjectPronouns[toks[i+1].low])
		joins := (t.low == "and" || t.low == "but") && verb && i+1 < len(toks) && (clauseDets[toks[i+1].low] || subjectPronouns[toks[i+1].low])
		if opens || joins {
			// "the first to visit Japan since President Reagan
			// announced ... tariffs on April 17", "the meeting ended
			// today and the next session will be in Indonesia", "will
			// hold talks with King Abdullah II, and he is scheduled to
			// tour Petra on Saturday": a clause of its own, with a
			// subject and a verb.
			if finiteAhead(toks, i+2, i+6, opens) {
				toks[i].clause = true
				verb = false
			}
			continue
		}
		if finite(t, true) {
			verb = true
		}
	}
}

// finiteAhead reports whether a finite verb stands in toks[i:j+1] before
// a mark or a non-word; a past form in "-ed" counts when pastForms is set.
func finiteAhead(toks []token, i, j int, pastForms bool) bool {
	for k := i; k < len(toks) && k <= j; k++ {
		if finite(toks[k], pastForms) {
			return true
		}
		if toks[k].breaks() || !toks[k].word() {
			return false
		}
	}
	return false
}

// finite reports whether t is a finite verb: an auxiliary, a verb of
// reporting, or, with pastForms, a lower-case past form in "-ed".
func finite(t token, pastForms bool) bool {
	return t.is(classFinite) || pastForms && len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && !t.capitalised()
}

// subordinators open a clause that tells its own time: "since", "because",
// "although" (not "after", "before" or "when", whose clause dates the
// event it hangs on).
var subordinators = map[string]bool{"since": true, "because": true, "although": true, "though": true, "whereas": true}

// subjectPronouns may be the subject of a clause a subordinator opens.
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true}

// clauseDets open the subject of a clause after "and".
var clauseDets = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true, "this": true, "that": true}

// finiteVerbs are the verbs and auxiliaries that tell a clause.
var finiteVerbs = map[string]bool{"is": true, "was": true, "are": true, "were": true, "will": true, "would": true,
	"has": true, "have": true, "had": true, "said": true, "says": true, "could": true, "may": true, "might": true,
	"shall": true, "should": true, "must": true, "ended": true, "began": true, "opened": true, "met": true}

// markNounLists marks the commas of a list of noun phrases, each opened by
// a determiner, that ends with "and" and one more: "will attend the
// ASEAN-South Korea summit, the ASEAN Plus Three summit and the East Asia
// Summit". The list is one object of its verb: no clause segment ends
// inside it.
func markNounLists(toks []token) {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].text != "," || toks[i].list || !listDets[toks[i+1].low] {
			continue
		}
		// The item before the comma opens with a determiner too.
		k := i - 1
		for k > 0 && !toks[k].breaks() && !listDets[toks[k].low] && i-k < 7 {
			k--
		}
		if !listDets[toks[k].low] {
			continue
		}
		// An "and" and a determiner close the list before the next mark.
		for j := i + 2; j+1 < len(toks) && j < i+9; j++ {
			if toks[j].breaks() && !(toks[j].text == "," && listDets[toks[j+1].low]) {
				break
			}
			if toks[j].low == "and" && listDets[toks[j+1].low] {
				toks[i].list = true
				break
			}
		}
	}
}

// listDets open the items of a list of noun phrases.
var listDets = map[string]bool{"the": true, "a": true, "an": true}
