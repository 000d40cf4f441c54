package timex

import "strings"

// tense is the time a clause speaks of, as far as its verbs tell.
type tense int

const (
	tenseNone   tense = iota // no cue: present tense or no verb
	tensePast                // left, held, was, has been, -ed
	tenseFuture              // will, would, is expected to, scheduled
	// tenseFutureInPast is a plan the text reports from the past ("was
	// to meet", "were planning to", "planned a rally", "had been due
	// to"): it may fall before or after the anchor, so it points
	// nowhere, but it outweighs the past tense of its own verb. Reported
	// speech with "would" ("said he would leave on Monday") is future:
	// news reports plans soon after they are announced.
	tenseFutureInPast
	// tenseMay is "may" or "might": future for what follows it ("winds
	// may ease during the weekend"), but no cue for its subject, as in
	// "gains in February may cause". [context.tense] returns it as
	// tenseFuture.
	tenseMay
	// tensePresent is a progressive passive ("is being held", "the
	// summit, being held from Tuesday to Thursday"): what goes on now.
	// It points nowhere, as no cue, but outweighs the cues farther off
	// ("since the 2019 summit").
	tensePresent
)

// maxSentence bounds the search for sentence ends, in bytes each way.
const maxSentence = 600

// sentence returns the bounds of the sentence around [start, end): it ends
// at ". ", "! " or "? " before a capital or a quote (but not after an
// abbreviation such as "U.S." or "Jan."), at a newline that is no line
// wrap, or maxSentence bytes away.
func sentence(text string, start, end int) (int, int) {
	lo, hi, _ := sentenceBounds(text, start, end)
	return lo, hi
}

// sentenceBounds is sentence, and reports whether both bounds are ends
// of the sentence or of the text rather than maxSentence cut-offs: then
// the bounds hold for every expression between them.
func sentenceBounds(text string, start, end int) (lo, hi int, whole bool) {
	lo = max(0, start-maxSentence)
	wholeLo := lo == 0
	for i := start - 1; i >= lo; i-- {
		if text[i] == '\n' && !wrapped(text, i) || sentenceEnd(text, i) {
			lo, wholeLo = i+1, true
			break
		}
	}
	hi = min(len(text), end+maxSentence)
	wholeHi := hi == len(text)
	for i := end; i < hi; i++ {
		if text[i] == '\n' && !wrapped(text, i) || sentenceEnd(text, i) {
			hi, wholeHi = i, true
			break
		}
	}
	return lo, hi, wholeLo && wholeHi
}

// wrapped reports whether the newline text[i] wraps a line inside a
// sentence, as wire archives wrap their copy at 65 columns: the next
// line goes on in lower case or with a number ("and is\ndue back on
// Monday"), or with a capital after a long line. A new paragraph starts
// with an indent or a blank line, and a headline stays apart from the
// story under it.
func wrapped(text string, i int) bool {
	if i+1 >= len(text) || isSpace(text[i+1]) {
		return false
	}
	if isLower(text[i+1]) || isDigit(text[i+1]) {
		return true
	}
	// A capital after a long line that ends mid-sentence: "signed a
	// memorandum of understanding on\nFebruary 9". A headline is short.
	ls := strings.LastIndexByte(text[:i], '\n') + 1
	if i == ls {
		return false // an empty line
	}
	switch text[i-1] {
	case '.', '!', '?', ':', '"', '\'':
		return false
	}
	if i-ls < wrapWidth {
		// A short line is a headline, unless it is the text's first
		// line and runs in lower case: an archive that keeps the
		// dateline in a field of its own cuts the first line short
		// ("Retail sales in the quarter ended\nDecember 31 fell").
		return ls == 0 && runningText(text[:i])
	}
	return true
}

// runningText reports whether line reads as a sentence rather than a
// headline: a word of four letters or more in lower case ("sales in
// the quarter ended"), which a headline in title case or capitals has
// none of.
func runningText(line string) bool {
	for i := 0; i < len(line); {
		if !isLetter(line[i]) {
			i++
			continue
		}
		j := i
		for j < len(line) && isLetter(line[j]) {
			j++
		}
		if j-i >= 4 && isLower(line[i]) {
			return true
		}
		i = j
	}
	return false
}

// wrapWidth is the shortest line taken for one a wire archive wrapped
// (they wrap at 65 to 72 columns).
const wrapWidth = 50

// sentenceEnd reports whether text[i] is a full stop, exclamation or
// question mark that ends a sentence.
func sentenceEnd(text string, i int) bool {
	c := text[i]
	if c != '.' && c != '!' && c != '?' {
		return false
	}
	j := i + 1
	for j < len(text) && (text[j] == '"' || text[j] == '\'' || text[j] == ')') {
		j++
	}
	if j >= len(text) || (text[j] != ' ' && text[j] != '\n') {
		return j >= len(text)
	}
	for j < len(text) && text[j] == ' ' {
		j++
	}
	if j < len(text) && !isUpper(text[j]) && text[j] != '"' && text[j] != '\n' && text[j] < 0x80 {
		return false
	}
	if c != '.' {
		return true
	}
	k := i
	for k > 0 && isLetter(text[k-1]) {
		k--
	}
	w := text[k:i]
	return len(w) > 1 && !abbreviations[strings.ToLower(w)]
}

var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true, "capt": true, "sgt": true,
	"prof": true, "st": true, "jr": true, "sr": true, "inc": true, "corp": true, "co": true, "ltd": true,
	"no": true, "vs": true, "rev": true, "mt": true, "ft": true, "adm": true, "maj": true, "pres": true,
}

// A cueWord is a word of a sentence as [context.tense] reads it, with
// its tense cue.
type cueWord struct {
	i, j      int    // its bounds in the text
	w         string // lower case
	t         tense  // its cue, after the word before it
	boundary  bool   // a clause starts at it
	semicolon bool   // a semicolon stands before it
}

// readSentence returns the words of text[lo:hi] with their cues, appended
// to words.
func readSentence(text string, lo, hi int, words []cueWord) []cueWord {
	prev := ""
	i, last := lo, lo
	for i < hi {
		if !isLetter(text[i]) {
			i++
			continue
		}
		j := i
		for j < hi && isLetter(text[j]) {
			j++
		}
		w := text[i:j]
		for k := i; k < j; k++ {
			if isUpper(text[k]) {
				// Most words are lower case already: no copy.
				w = strings.ToLower(w)
				break
			}
		}
		gap := text[last:i]
		words = append(words, cueWord{
			i: i, j: j, w: w,
			t: cue(w, prev, text, i, j, hi),
			boundary: strings.ContainsAny(gap, ";:") || strings.Contains(gap, "--") ||
				strings.Contains(gap, ",") && clauseWords[w],
			semicolon: strings.Contains(gap, ";"),
		})
		prev, last, i = w, j, j
	}
	return words
}

// tense returns the tense of the clause around text[start:end]. It
// takes the verb cue nearest before the expression in the same clause
// ("Kim left Vladivostok on Friday"), else the nearest after it in the
// same clause ("On Thursday, Kim held his summit"), else the nearest in
// the sentence. Clauses end at ";", ":", "--", and at a comma before a
// conjunction or relative word (", and will stay", ", which"). The words
// of the last sentence read are kept: a sentence often holds several
// expressions.
func (c *context) tense(start, end int) tense {
	text := c.text
	lo, hi := c.clauseLo, c.clauseHi
	if c.clause == nil || !c.whole || start < lo || end > hi {
		var whole bool
		lo, hi, whole = sentenceBounds(text, start, end)
		if c.clause == nil || c.clauseLo != lo || c.clauseHi != hi {
			if c.clause != nil {
				c.clause = readSentence(text, lo, hi, c.clause[:0])
			} else if w := readSentence(text, lo, hi, c.spare[:0]); len(w) > 0 {
				// In the spare array; clause stays nil until a
				// sentence has words, as it would without one.
				c.clause = w
			}
			if cap(c.clause) > cap(c.spare) {
				c.spare = c.clause[:0]
			}
			c.clauseLo, c.clauseHi = lo, hi
		}
		c.whole = whole
	}
	type cueAt struct {
		t   tense
		pos int
	}
	var (
		buf           [32]cueAt
		cues          = buf[:0]
		leftB, rightB = lo, hi
		sawRight      bool
		hardL, hardR  = lo, hi // the sentence's semicolons around the expression
		sawHardR      bool
		afterExpr     bool // the word before was the expression's
	)
	for _, cw := range c.clause {
		i, j := cw.i, cw.j
		if cw.semicolon {
			if i <= start {
				hardL = i
			} else if i >= end && !sawHardR {
				hardR, sawHardR = i, true
			}
		}
		if cw.boundary {
			if i <= start {
				leftB = i
			} else if i >= end && !sawRight {
				rightB, sawRight = i, true
			}
		}
		if i >= start && j <= end {
			afterExpr = true
			continue
		}
		t := cw.t
		if afterExpr {
			// The expression is no word a cue reads before it.
			t, afterExpr = cue(cw.w, "", text, i, j, hi), false
		}
		if t != tenseNone && (t != tenseMay || i < start) &&
			!(reportWords[cw.w] && j <= start && (reported(text[j:start]) || modalAfter(text, end, hi))) {
			if t == tenseMay {
				t = tenseFuture
			}
			if t == tenseFutureInPast && i >= end {
				// "On Thursday, the company offered to acquire":
				// the day of the offer, which is past.
				t = tensePast
			}
			cues = append(cues, cueAt{t, i})
		}
	}
	best, bestDist := tenseNone, 1<<30
	// Nearest before, in the clause.
	for _, c := range cues {
		if c.pos >= leftB && c.pos < start && start-c.pos < bestDist {
			best, bestDist = c.t, start-c.pos
		}
	}
	if best != tenseNone {
		return best
	}
	for _, c := range cues {
		if c.pos >= end && c.pos < rightB && c.pos-end < bestDist {
			best, bestDist = c.t, c.pos-end
		}
	}
	if best != tenseNone {
		return best
	}
	for _, c := range cues {
		d := c.pos - end
		if c.pos < start {
			d = start - c.pos
		}
		if c.pos < hardL || c.pos >= hardR {
			// A semicolon joins sentences of their own.
			continue
		}
		if d < bestDist {
			best, bestDist = c.t, d
		}
	}
	return best
}

// clauseWords start a new clause after a comma.
var clauseWords = map[string]bool{
	"and": true, "but": true, "while": true, "which": true, "who": true, "whom": true, "where": true,
	"although": true, "though": true, "whereas": true, "when": true, "because": true, "as": true, "so": true,
}

func nextWord(text string, j, hi int) string {
	for j < hi && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	k := j
	for k < hi && isLetter(text[k]) {
		k++
	}
	return strings.ToLower(text[j:k])
}

// cue returns the tense word w signals in its context.
// The word is text[at:end]; the sentence ends at hi.
func cue(w, prev, text string, at, end, hi int) tense {
	if !mayCue[w] && prev != "has" && prev != "have" && !(len(w) >= 5 && strings.HasSuffix(w, "ed")) {
		return tenseNone // most words: one lookup
	}
	if strings.HasSuffix(w, "ed") && nextWord(text, skipBlank(text, end, hi), hi) == "by" && strings.HasSuffix(strings.TrimRight(text[:at], " \t\r\n"), ",") {
		// "the talks, convened by the ICCO, in London on Monday": a
		// participle set off by a comma describes; the clause's own verb
		// ("would attend") tells its time.
		return tenseNone
	}
	switch w {
	case "may", "might":
		// The modal, in lower case: "winds may ease during the
		// weekend". "May" the month is capitalised.
		if text[at] != 'm' || nextWord(text, end, hi) == "have" && pastAfter(text, end, hi) {
			return tenseNone // "may have left" looks back
		}
		return tenseMay
	case "will", "shall", "would", "should", "upcoming", "slated", "scheduled":
		if prev == "was" || prev == "were" || prev == "been" {
			return tenseFutureInPast
		}
		return tenseFuture
	case "was", "were":
		switch next := nextWord(text, end, hi); next {
		case "to", "going", "planning", "expected", "scheduled", "slated", "due":
			return tenseFutureInPast
		case "set", "supposed", "about":
			// "was set to meet", "was set for Monday"; not "prices
			// were set in its December accord".
			j := skipSpace(text, skipSpace(text, end)+len(next))
			if w := nextWord(text, j, hi); w == "to" || next == "set" && w == "for" {
				return tenseFutureInPast
			}
		}
		return tensePast
	case "ll":
		if at > 0 && (text[at-1] == '\'') {
			return tenseFuture
		}
		return tenseNone
	case "won":
		if strings.HasPrefix(text[at+3:], "'t") {
			return tenseFuture
		}
		return tensePast
	case "going", "expected", "expects", "expect", "plans", "plan", "planned", "planning", "due", "set",
		"intends", "intend", "aims", "hopes", "is", "are", "am", "preparing", "prepares":
		if nextWord(text, end, hi) == "to" {
			if w == "due" && causal(text, end, hi) {
				// "was mostly due to a decline": a cause, no plan.
				return tenseNone
			}
			if w == "planned" || prev == "was" || prev == "were" || prev == "been" {
				return tenseFutureInPast
			}
			return tenseFuture
		}
		if (w == "set" || w == "due") && nextWord(text, end, hi) == "for" && prev != "was" && prev != "were" && prev != "been" && prev != "had" && prev != "has" {
			// "The summit, set for Wednesday at the White House": a
			// date fixed ahead.
			return tenseFuture
		}
		if (w == "is" || w == "are") && weekdayAfterIs(text, end, hi) {
			// "The vote is on Friday", "the funeral is Saturday",
			// "the meeting is at 10 a.m. Friday": a day set for it.
			return tenseFuture
		}
		if (w == "expect" || w == "expects") && !determiners[prev] && toAfterObject(text, end, hi) {
			// "analysts expect the Fed to hold rates": a forecast.
			return tenseFuture
		}
		if w == "expected" && prev != "was" && prev != "were" && prev != "been" && prev != "had" && !determiners[prev] {
			switch nextWord(text, end, hi) {
			case "by", "in", "on", "within", "before", "at", "next", "later", "here", "there", "back", "home":
				// "closing is expected by early fall"; "the minister is
				// expected here on Friday", a visitor's arrival.
				return tenseFuture
			}
		}
		if w == "due" && (prev == "is" || prev == "are" || prev == "s" || prev == "be") && followedBy(text, end, hi, dueWords) {
			// "Results are due on Monday", "he is due back Friday". A
			// payment "due on" a day, or one that "fell due", tells
			// no tense.
			return tenseFuture
		}
		if w == "planned" && prev != "the" && prev != "a" && prev != "an" && prev != "as" {
			return tenseFutureInPast
		}
		if w == "plans" && !determiners[prev] {
			// "he plans a July trip": the verb, with its object.
			switch nextWord(text, end, hi) {
			case "a", "an", "the", "his", "her", "its", "their", "another":
				return tenseFuture
			}
		}
		return tenseNone
	case "sets":
		if nextWord(text, end, hi) == "out" {
			return tenseFuture
		}
		return tenseNone
	case "been":
		if prev == "has" || prev == "have" || prev == "had" {
			return tensePast
		}
		return tenseNone
	}
	switch prev {
	case "has", "have":
		if planVerbs[w] && toVerb(text, end, hi) {
			// "have vowed to return on Saturday": a plan, as after
			// "vowed" alone.
			return tenseFutureInPast
		}
		if w != "to" && w != "not" && w != "never" && w != "already" && w != "yet" {
			return tensePast
		}
	case "if", "unless", "once":
		// "If approved on Monday, the plan would...": a condition,
		// not a past.
		return tenseNone
	case "be", "being", "is", "are", "am", "to":
		// A participle after "be" is passive, not past: "will be held";
		// after "being", going on now: "is being held".
		if prev == "being" {
			return tensePresent
		}
		return tenseNone
	}
	if len(prev) > 3 && strings.HasSuffix(prev, "ly") {
		// "will not be officially notified": the same, across an
		// adverb.
		ps, _ := wordBefore(text, at, false)
		if qs, qe := wordBefore(text, ps, false); qs < qe {
			switch strings.ToLower(text[qs:qe]) {
			case "be", "being", "is", "are", "am":
				return tenseNone
			}
		}
	}
	if scheduleVerbs[w] && !determiners[prev] && prev != "not" && nextWord(text, end, hi) != "to" {
		// "The measure expires on Dec. 31", "talks resume Monday": the
		// present tense of a timetable speaks of what is to come.
		return tenseFuture
	}
	if next, ok := journeyVerbs[w]; ok && !determiners[prev] && prev != "not" && followedBy(text, end, hi, next) {
		// "Kerry heads to Turkey on Saturday", "ministers meet on
		// Sunday": so news writes a programme.
		return tenseFuture
	}
	if planVerbs[w] && toVerb(text, end, hi) {
		// "agreed to buy", "vowed to return": a plan reported from
		// the past.
		return tenseFutureInPast
	}
	if pastWords[w] {
		return tensePast
	}
	if len(w) >= 5 && strings.HasSuffix(w, "ed") && !notPast[w] {
		switch prev {
		case "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "newly":
			return tenseNone
		}
		if at > 0 && text[at-1] == '-' {
			return tenseNone
		}
		return tensePast
	}
	return tenseNone
}

var pastWords = map[string]bool{
	"was": true, "were": true, "since": true, "had": true, "did": true, "said": true, "told": true, "ago": true,
	"left": true, "held": true, "began": true, "took": true, "met": true, "made": true, "came": true,
	"went": true, "gave": true, "saw": true, "got": true, "lost": true, "sent": true, "spent": true,
	"led": true, "fled": true, "flew": true, "spoke": true, "wrote": true, "became": true, "brought": true,
	"bought": true, "thought": true, "found": true, "kept": true, "paid": true, "struck": true, "fell": true,
	"rose": true, "ran": true, "stood": true, "broke": true, "chose": true, "drove": true, "fought": true,
	"sought": true, "taught": true, "caught": true, "threw": true, "wore": true, "meant": true, "felt": true,
	"heard": true, "knew": true, "grew": true, "drew": true, "shot": true, "won": true, "sank": true,
	"swore": true, "hung": true, "froze": true, "arose": true, "forgot": true, "overtook": true,
	"undertook": true, "withdrew": true, "oversaw": true, "sat": true, "slept": true,
	"built": true, "dealt": true, "lent": true, "sold": true, "hid": true, "bit": true, "blew": true,
	"woke": true, "rang": true, "sang": true, "swam": true, "tore": true, "wept": true,
	"shrank": true, "slid": true, "swung": true, "spun": true, "sprang": true, "shook": true,
	"stole": true, "rode": true, "overcame": true, "underwent": true, "withheld": true, "upheld": true,
	"mistook": true, "forgave": true, "overrode": true, "outgrew": true, "sped": true, "stuck": true,
	"clung": true, "flung": true, "swept": true, "crept": true, "leapt": true, "knelt": true,
	// Past forms in -ed too short for the suffix test.
	"died": true, "lied": true, "tied": true, "eyed": true, "owed": true, "sued": true, "axed": true,
}

var notPast = map[string]bool{
	"indeed": true, "hundred": true, "speed": true, "united": true, "seed": true, "breed": true,
	"proceed": true, "succeed": true, "exceed": true, "based": true, "red": true,
	"naked": true, "sacred": true, "wicked": true, "kindred": true, "aged": true, "beloved": true,
}

// planVerbs are past verbs that, before "to", report a plan or promise
// whose time may lie on either side of the anchor.
var planVerbs = map[string]bool{
	"agreed": true, "decided": true, "promised": true, "pledged": true, "vowed": true, "offered": true,
	"threatened": true, "sought": true, "hoped": true, "wanted": true, "intended": true, "proposed": true,
	"prepared": true, "arranged": true, "undertook": true, "voted": true,
}

// weekdayAfterIs reports whether a weekday follows "is" or "are" at
// text[:end], straight after it, after "on", or after "at" and a clock
// time; or a month after "in".
func weekdayAfterIs(text string, end, hi int) bool {
	j := skipSpace(text, end)
	switch nextWord(text, j, hi) {
	case "in":
		// "Elections are in April": a month set for them.
		j = skipSpace(text, j+len("in"))
		k := j
		for k < hi && isLetter(text[k]) {
			k++
		}
		return k-j > 3 && month(text[j:k]) > 0
	case "on":
		j = skipSpace(text, j+len("on"))
	case "at":
		j = skipSpace(text, j+len("at"))
		for n := 0; n < 3 && j < hi && (isDigit(text[j]) || strings.HasPrefix(text[j:], "a.m.") || strings.HasPrefix(text[j:], "p.m.") || strings.HasPrefix(text[j:], "noon")); n++ {
			for j < hi && !isSpace(text[j]) {
				j++
			}
			j = skipSpace(text, j)
		}
	}
	k := j
	for k < hi && isLetter(text[k]) {
		k++
	}
	_, ok := weekday(text[j:k])
	return ok && k-j > 3
}

// toVerb reports whether "to" and a verb follow text[:end]: "agreed to
// meet", not "agreed to the plan", "agreed to 50 dlrs" or "agreed to in
// December".
func toVerb(text string, end, hi int) bool {
	j := skipSpace(text, end)
	if nextWord(text, j, hi) != "to" {
		return false
	}
	j = skipSpace(text, j+len("to"))
	if j >= hi || !isLetter(text[j]) {
		return false
	}
	w := nextWord(text, j, hi)
	return !determiners[w] && !prepositions[w]
}

// prepositions after "agreed to" leave it without a verb.
var prepositions = setOf(`in on at for from with by into against of about over under after before during until`)

// determiners come before a noun: "the plans", "its plans".
var determiners = setOf(`the a an his her its their our my your this these those`)

// scheduleVerbs, in the present tense, name a step of a timetable, which
// news reports before it happens: "the offer expires", "the trial opens".
var scheduleVerbs = setOf(`expires expire begins begin opens resumes resume reopens reopen convenes convene kicks
	closes reconvenes concludes`)

// journeyVerbs, in the present tense, announce a leg of a programme, a
// visit or a meeting: "Obama travels to Israel on Wednesday". Each takes
// only the words after it that make it a verb: "heads to", not "heads of
// state"; "visits Moscow" (a capital), not "visits to".
var journeyVerbs = map[string]map[string]bool{
	"meets": nil, "meet": setOf(`on in with at`), "arrives": nil, "travels": nil, "departs": nil, "flies": nil,
	"heads": setOf(`to for back into home`), "returns": setOf(`to home`), "visits": setOf(`^`),
	"leaves": setOf(`^ for on`), "votes": setOf(`^ on`), "hosts": setOf(`^ a an`),
	"takes": setOf(`effect`), "continues": setOf(`through until till into`), "goes": setOf(`on into to`),
	"go": setOf(`to into`), "head": setOf(`to for back into home`), "vote": setOf(`on`), "travel": setOf(`to`),
	"runs": setOf(`from through until till`),
}

// toAfterObject reports whether "to" follows text[:end] after one to
// four words of an object, in the same clause: "expect the Fed to hold".
func toAfterObject(text string, end, hi int) bool {
	j := end
	for n := 0; n < 5; n++ {
		j = skipSpace(text, j)
		if j >= hi || !isLetter(text[j]) {
			return false
		}
		k := j
		for k < hi && isLetter(text[k]) {
			k++
		}
		w := strings.ToLower(text[j:k])
		if w == "to" {
			return n > 0
		}
		if n == 0 && (w == "a" || w == "an") {
			return false // "expect a rise to 5 pct": an amount
		}
		j = k
	}
	return false
}

// followedBy reports whether the word after text[:end] is one of next,
// or a capital when next holds "^"; any word does when next is nil. It
// tells a journey verb ("heads to", "visits Moscow") or "due" ("due on
// Monday", "due Friday") from the noun.
func followedBy(text string, end, hi int, next map[string]bool) bool {
	if next == nil {
		return true
	}
	j := skipSpace(text, end)
	if j < hi && isUpper(text[j]) && next["^"] {
		return true
	}
	return next[nextWord(text, end, hi)]
}

// dueWords after "due" make it a time something is expected, not "due
// diligence" or "due process".
var dueWords = setOf(`^ on by in out back before at within next this later here there home`)

// causal reports whether "due to" at text[:end] ("due" ends at end) names
// a cause: "to" is followed by a noun phrase ("due to a decline", "due to
// lower prices", "due to the strike"), not a verb ("due to expire").
func causal(text string, end, hi int) bool {
	j := skipSpace(text, end)
	j += len("to")
	w := nextWord(text, j, hi)
	if w == "" {
		return true
	}
	if determiners[w] || causeWords[w] {
		return true
	}
	for _, suf := range [...]string{"ing", "ed", "ion", "ity", "ness", "ment", "ance", "ence", "ure", "s"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// causeWords start a cause after "due to" with no suffix that tells it
// from a verb.
var causeWords = setOf(`some lower higher poor bad good strong weak heavy high low lack increased reduced
	its their his her our concern weather demand`)

// pastAfter reports whether the word after "may have" or "might have"
// (text[:end] ends at the modal) is a past participle: "may have left",
// "may have been".
func pastAfter(text string, end, hi int) bool {
	j := skipSpace(text, end)
	for j < hi && isLetter(text[j]) {
		j++
	}
	w := nextWord(text, j, hi)
	return pastWords[w] || strings.HasSuffix(w, "ed") || w == "been"
}

// reportWords are the verbs of reported speech. Their tense is the time
// of the report ("said on Monday"), not of what is reported ("said that
// the summit in the summer would be a forum").
var reportWords = setOf(`said says told added stated noted`)

// reported reports whether gap, the text between a verb of reported
// speech and an expression after it, holds the start of what is
// reported: "that", or more words than a report's own phrase takes
// ("said in a statement on", "said in a U.S. television interview on").
func reported(gap string) bool {
	n := 0
	for i := 0; i < len(gap); {
		if !isLetter(gap[i]) {
			i++
			continue
		}
		k := i
		for i < len(gap) && isLetter(gap[i]) {
			i++
		}
		if n++; n > 8 || gap[k:i] == "that" {
			return true
		}
	}
	return false
}

// modalAfter reports whether a modal verb follows the expression ending
// at end: "said its business centres on Monday will start marketing"
// reports a clause of its own, dated by its own tense.
func modalAfter(text string, end, hi int) bool {
	switch nextWord(text, skipSpace(text, end), hi) {
	case "will", "would", "could", "should", "may", "might", "shall", "can":
		return true
	}
	return false
}

// mayCue holds the words cue reads as a cue by themselves, besides the
// past participles in -ed and the words after "has" and "have".
var mayCue = func() map[string]bool {
	m := setOf(`may might will shall would should upcoming slated scheduled was were ll won going expected
		expects expect plans plan planned planning due set intends intend aims hopes is are am preparing
		prepares sets been`)
	for _, set := range []map[string]bool{scheduleVerbs, planVerbs, pastWords} {
		for w := range set {
			m[w] = true
		}
	}
	for w := range journeyVerbs {
		m[w] = true
	}
	return m
}()

// skipBlank returns the first index from j, before hi, that is no space,
// tab or line break: a wrapped line goes on.
func skipBlank(text string, j, hi int) int {
	for j < hi && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r') {
		j++
	}
	return j
}
