package timex

import (
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleRef resolves references to the present, past and future as a
// whole. "the past" and "the present" need "in" (or "for", "into",
// "of") before them; "the future" and "the near future" do not (but "the
// foreseeable future" is left untagged, as TimeML's news gold does);
// "soon" is not one in "as soon as" nor in "soon after" (a relation
// to an event, as TimeBank reads it).
//
//	now, currently, at present, nowadays (PRESENT_REF)   as soon as possible (FUTURE_REF)
//	recently, lately, in the past (PAST_REF)
//	previously is not one: TimeBank's annotators seldom tagged it
//	in the future, worried about the future, the near future, soon (FUTURE_REF)
//	in the near term, for the short term (FUTURE_REF), these days (PRESENT_REF)
//	the near term is not one before a noun ("the near term outlook")
//	the current weakness (PRESENT_REF), a recent filing (PAST_REF)
var ruleRef = newRule("ref", 4, []string{"now", "current", "recent", "currently", "nowadays", "present", "moment", "recently", "lately", "past", "future", "soon", "term", "days"},
	`(?:(?P<cue>(?i:in|for|into|of))\s+)?(?P<x>(?P<w>(?i:right\s+now|now|currently|nowadays|at\s+present|at\s+the\s+moment|recently|lately|soon|current|recent))|(?P<fut>(?i:the\s+(?:(?:near|distant|immediate|not\s+too\s+distant)\s+)?future))|(?P<the>(?i:the\s+(?:past|present)))|(?P<term>(?i:the\s+(?:near|short|long)(?:er)?\s+term))|(?P<these>(?i:these\s+days)))\b`,
	resolveRef).nearby(refNear)

// refNear reports whether the trigger text[s:e] has the word before it
// that its expression needs: "these days", "the near term", "the past",
// "the moment", "the (near) future". The other triggers are expressions
// by themselves.
func refNear(text string, s, e int) bool {
	var need map[string]bool
	switch strings.ToLower(text[s:e]) {
	case "days":
		need = refThese
	case "term":
		need = refTerms
	case "past", "present", "moment":
		need = refThe
	case "future":
		need = refFutures
	default:
		return true
	}
	ws, we := wordBefore(text, s, false)
	return ws < we && oneOf(text[ws:we], need)
}

var (
	refThese   = setOf(`these`)
	refTerms   = setOf(`near short long nearer shorter longer`)
	refThe     = setOf(`the at`)
	refFutures = setOf(`the near distant immediate`)
)

func resolveRef(m *match, c *context) (timeline.Date, bool) {
	if m.get("fut") != "" {
		// "The future" is always a time; "the past" and "the present"
		// need a preposition ("in the past"), as "the past two years"
		// and "the present government" are other things.
		if strings.HasPrefix(c.text[m.Right:], "-") {
			return timeline.Date{}, false
		}
		return unplaced(timeline.TypeDate, "FUTURE_REF", timeline.ModNone)
	}
	if m.get("these") != "" {
		return unplaced(timeline.TypeDate, "PRESENT_REF", timeline.ModNone)
	}
	if m.get("term") != "" {
		// "the near term" is a time where it ends its noun phrase, not
		// where it modifies one ("the near term outlook").
		if r := c.text[m.Right:]; strings.HasPrefix(r, "-") || r != "" && isSpace(r[0]) && nounAfterTerm(c.text, m.Right) {
			return timeline.Date{}, false
		}
		return unplaced(timeline.TypeDate, "FUTURE_REF", timeline.ModNone)
	}
	w := lowerFields(m.get("w") + m.get("the"))
	if strings.HasPrefix(w, "the ") && (m.get("cue") == "" || w == "the present" && nounAfter(c.text, m.Right) ||
		w == "the past" && pastUnits[nextWord(c.text, skipSpace(c.text, m.Right), min(len(c.text), m.Right+16))]) {
		// "in the present GATT round", "in the past quarter": an
		// adjective of the noun after it; but "has in the past
		// rejected" is a time.
		return timeline.Date{}, false
	}
	if (w == "recently" || w == "soon") && prevWord(c.text, m.Left) == "as" && nextWord(c.text, m.Right, min(len(c.text), m.Right+8)) == "as" {
		// "as recently as 1991", "as soon as Friday": the date, if
		// any, follows. "As soon as possible" is a time to come
		// itself, as TBAQ tags it.
		if e := asPossible(c.text, m.Right); w == "soon" && e > 0 {
			ws, _ := wordBefore(c.text, m.Left, false)
			m.Left, m.Right = ws, e
			return unplaced(timeline.TypeDate, "FUTURE_REF", timeline.ModNone)
		}
		return timeline.Date{}, false
	}
	if w == "soon" {
		switch next := nextWord(c.text, m.Right, min(len(c.text), m.Right+12)); {
		case prevWord(c.text, m.Left) == "as", next == "as", next == "after", next == "afterwards", next == "thereafter":
			return timeline.Date{}, false
		}
	}
	v := "PRESENT_REF"
	switch w {
	case "recently", "lately", "the past", "recent":
		v = "PAST_REF"
	case "soon", "the future":
		v = "FUTURE_REF"
	}
	return unplaced(timeline.TypeDate, v, timeline.ModNone)
}

// pastUnits, after "the past", make it "the past quarter", a period
// rather than the past.
var pastUnits = setOf(strings.Join(durationWords, " ") + " quarter period season session")

// nounAfter reports whether a word other than a function word follows
// text[:i]: the word before it may describe that one.
func nounAfter(text string, i int) bool {
	w, _ := wordAfterSpace(text, i)
	return w != "" && !functionWords[w] && !termEnds[w] && w != "that" && w != "where"
}

// wordAfterSpace returns, in lower case, the word that follows text[:i]
// after white space, and where that space ends; the word is "" when no
// space or no letter comes there.
func wordAfterSpace(text string, i int) (string, int) {
	j := skipSpace(text, i)
	if j == i || j >= len(text) || !isLetter(text[j]) {
		return "", j
	}
	return nextWord(text, j, min(len(text), j+16)), j
}

// asPossible returns the end of " as possible" after text[:i], or 0.
func asPossible(text string, i int) int {
	j := skipSpace(text, i)
	if !strings.HasPrefix(text[j:], "as") {
		return 0
	}
	k := skipSpace(text, j+2)
	if k == j+2 || !strings.HasPrefix(strings.ToLower(text[k:]), "possible") {
		return 0
	}
	if e := k + len("possible"); e == len(text) || !isLetter(text[e]) {
		return e
	}
	return 0
}

// nounAfterTerm reports whether a word that is not in termEnds follows
// "the near term" ending at text[i], on its line or the next: "the
// longer term\noutlook".
func nounAfterTerm(text string, i int) bool {
	w, j := wordAfterSpace(text, i)
	return w != "" && !paragraphBreak(text[i:j]) && !termEnds[w]
}

// termEnds are the words that may follow "the near term" as a time: a
// conjunction, preposition or verb, not a noun it modifies.
var termEnds = map[string]bool{
	"and": true, "or": true, "but": true, "as": true, "because": true, "if": true, "than": true, "to": true,
	"with": true, "for": true, "at": true, "in": true, "on": true, "is": true, "are": true, "was": true,
	"were": true, "will": true, "would": true, "could": true, "may": true, "might": true, "the": true, "a": true,
	"while": true, "when": true, "until": true, "before": true, "after": true, "unless": true, "although": true,
	"though": true, "since": true, "so": true, "said": true, "says": true,
}

// The groups of ruleRef's pattern, for lexRef.
var refGroups = groupIndex(ruleRef, "cue", "x", "w", "fut", "the", "term", "these")

func init() { setLexer(ruleRef, lexRef) }

// lexRef is ruleRef's pattern by hand (see [lexer]). Its alternatives
// start or go on with different words, so at most one matches.
func lexRef(s string, loc []int) bool {
	g := refGroups
	cue := foldWord(s, 0, "in", "for", "into", "of")
	for _, c := range orNot(cue, -1) {
		p := 0
		if c >= 0 {
			p = spaceRun(s, c)
		}
		e, k := refX(s, p)
		if e < 0 {
			continue
		}
		setGroup(loc, 0, 0, e)
		if c >= 0 {
			setGroup(loc, g[0], 0, c)
		}
		setGroup(loc, g[1], p, e)
		setGroup(loc, g[k], p, e)
		return true
	}
	return false
}

// refX matches ruleRef's group x at s[p:] and returns its end and the
// index in refGroups of the alternative that matched, or -1.
func refX(s string, p int) (int, int) {
	if e := foldWordB(s, p, "now", "currently", "nowadays", "recently", "lately", "soon", "current", "recent"); e >= 0 {
		return e, 2
	}
	if e := foldWord(s, p, "right"); e >= 0 {
		return foldWordB(s, spaceRun(s, e), "now"), 2
	}
	if e := foldWord(s, p, "at"); e >= 0 {
		q := spaceRun(s, e)
		if e := foldWordB(s, q, "present"); e >= 0 {
			return e, 2
		}
		if e := foldWord(s, q, "the"); e >= 0 {
			return foldWordB(s, spaceRun(s, e), "moment"), 2
		}
		return -1, 0
	}
	if e := foldWord(s, p, "these"); e >= 0 {
		return foldWordB(s, spaceRun(s, e), "days"), 6
	}
	e := foldWord(s, p, "the")
	if e < 0 {
		return -1, 0
	}
	q := spaceRun(s, e)
	if e := foldWordB(s, q, "future"); e >= 0 {
		return e, 3
	}
	if e := foldWord(s, q, "near", "distant", "immediate"); e >= 0 {
		if f := foldWordB(s, spaceRun(s, e), "future"); f >= 0 {
			return f, 3
		}
	}
	if e := foldWord(s, q, "not"); e >= 0 {
		if e = foldWord(s, spaceRun(s, e), "too"); e >= 0 {
			if e = foldWord(s, spaceRun(s, e), "distant"); e >= 0 {
				return foldWordB(s, spaceRun(s, e), "future"), 3
			}
		}
		return -1, 0
	}
	if e := foldWordB(s, q, "past", "present"); e >= 0 {
		return e, 4
	}
	if e := foldWord(s, q, "near", "nearer", "short", "shorter", "long", "longer"); e >= 0 {
		return foldWordB(s, spaceRun(s, e), "term"), 5
	}
	return -1, 0
}
