package event

import (
	"slices"
	"strings"
	"sync"

	"github.com/dateline-dev/dateline/parse/lexicon"
	"github.com/dateline-dev/dateline/timeline"
)

// A trigger is one rule's word sequence, split once.
type trigger struct {
	rule  *rule
	words []string
	prio  int // the rule's place in rules
}

// triggers indexes every rule's triggers by their first word, longest
// first within a rule and rules in priority order.
var triggers = sync.OnceValue(func() map[string][]trigger {
	m := map[string][]trigger{}
	for prio, r := range rules {
		for _, t := range r.triggers {
			w := strings.Fields(t)
			m[w[0]] = append(m[w[0]], trigger{r, w, prio})
		}
	}
	for _, ts := range m {
		slices.SortStableFunc(ts, func(a, b trigger) int {
			if a.prio != b.prio {
				return a.prio - b.prio
			}
			return len(b.words) - len(a.words)
		})
	}
	return m
})

// gate is what a text must hold to hold an event: one of the triggers
// made only of words of letters, word for word ("held talks", not "held"
// alone), or, of a trigger with other words in it ("two-day visit", "met
// * with"), its first word of three letters or more.
type gate struct {
	phrases map[string][][]string // first word -> triggers of letters only
	words   map[string]bool       // first words that are enough alone
	// lengths holds, for each first and last letter, a bit for the
	// length of each key of phrases and words (the 31st for 31 and
	// more): most words of a text are no key, and the bits tell most of
	// them so without hashing the word.
	lengths [26 * 26]uint32
}

// may reports whether w, a word of ASCII letters, may be a key of
// g.phrases or g.words, letter case aside: false only for one that is
// not.
func (g *gate) may(w string) bool {
	b := lengthBit(len(w))
	a, z := (w[0]|0x20)-'a', (w[len(w)-1]|0x20)-'a'
	return a >= 26 || z >= 26 || g.lengths[int(a)*26+int(z)]&b != 0
}

func lengthBit(n int) uint32 { return 1 << min(n, 31) }

// index sets the bits of g.lengths for key.
func (g *gate) index(key string) {
	if key == "" {
		return
	}
	a, z := key[0]-'a', key[len(key)-1]-'a'
	if a < 26 && z < 26 {
		g.lengths[int(a)*26+int(z)] |= lengthBit(len(key))
	}
	// A key with a first or last byte that is no lower-case letter is
	// no word of letters: may need not say yes to it.
}

var triggerGate = sync.OnceValue(func() *gate {
	g := &gate{phrases: map[string][][]string{}, words: map[string]bool{}}
	for _, r := range rules {
		for _, t := range r.triggers {
			w := strings.Fields(t)
			if !slices.ContainsFunc(w, func(x string) bool {
				return x == "*" || strings.ContainsFunc(x, func(c rune) bool { return c < 'a' || c > 'z' })
			}) {
				g.phrases[w[0]] = append(g.phrases[w[0]], w)
				continue
			}
			for _, x := range w {
				if len(x) >= 3 && x != "*" {
					g.words[x] = true
					break
				}
			}
		}
	}
	for w := range g.phrases {
		g.index(w)
	}
	for w := range g.words {
		g.index(w)
	}
	return g
})

// findHits finds rule triggers in toks, leftmost first; at one word the
// first rule in rules wins, and within a rule the longest trigger.
func findHits(toks []token, ments []mention) []hit {
	var hits []hit
	index := triggers()
	for i := 0; i < len(toks); {
		// Most words begin no trigger that matches: no hit, which
		// escapes, is made for them.
		if !toks[i].is(classTrigger) {
			i++
			continue
		}
		ts := index[toks[i].low]
		first := slices.IndexFunc(ts, func(t trigger) bool { return matchTrigger(toks, i, t.words) })
		if first < 0 {
			i++
			continue
		}
		var h hit
		found, admitted := false, false
		for _, t := range ts[first:] {
			if !matchTrigger(toks, i, t.words) {
				continue
			}
			h = hit{rule: t.rule, t0: i, t1: i + len(t.words)}
			found = true
			if admitted = admit(&h, toks, ments); admitted || !t.rule.yields {
				break
			}
		}
		if !found {
			i++
			continue
		}
		if admitted {
			hits = append(hits, h)
			i = h.t1
			continue
		}
		if definite(&h, toks) {
			r := h.rule
			h.ref = true
			h.ev = timeline.Event{Kind: r.kind, Mode: r.mode, CAMEO: r.cameo, Action: r.action}
			if m := refPlace(toks, ments, h.t1); m != nil {
				h.ev.Place = placeOf(*m) // "the December meeting ... in Copenhagen"
			}
			hits = append(hits, h)
			i = h.t1
			continue
		}
		i++
	}
	return hits
}

// definite reports whether h is a definite noun naming an event the
// story told of before: "The three days of talks are overshadowed",
// "the visit", "the summit", "in talks tomorrow".
func definite(h *hit, toks []token) bool {
	if h.rule.kind != timeline.KindConsult || !nominal(h, toks) {
		return false
	}
	if bareRef(toks, *h) && h.t1 < len(toks) &&
		(timeWord(toks[h.t1].low) || toks[h.t1].low == "tomorrow" || toks[h.t1].low == "today" || toks[h.t1].low == "yesterday") {
		// "if he fails in talks tomorrow and Friday": a bare noun
		// dated right after it is the talks the story told of.
		return true
	}
	for k := h.t0 - 1; k >= max(0, h.t0-4); k-- {
		switch toks[k].low {
		case "the":
			return true
		case "his", "her", "their":
			// "Her three-day trip comes just a week after ...": the
			// journey told before, its length told here.
			return h.rule.mode == timeline.ModeVisit && (k == 0 || toks[k-1].breaks())
		case "a", "an":
			// "A special meeting between importing and exporting
			// countries ended in a deadlock late yesterday": a session
			// whose end is news is the one the story is about.
			return (k == 0 || toks[k-1].breaks()) && phaseOf(toks, *h) == "end"
		case ",", ";":
			return false
		}
	}
	return false
}

// matchTrigger reports whether words match toks at i; "*" matches any
// word.
func matchTrigger(toks []token, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		if w != "*" && toks[i+k].low != w {
			return false
		}
	}
	return true
}

// clauseEnd returns the end of the clause segment after token i: the next
// comma, semicolon, dash or bracket.
func clauseEnd(toks []token, i int) int {
	for ; i < len(toks); i++ {
		if toks[i].breaks() {
			return i
		}
	}
	return len(toks)
}

// beforeGloss returns the token before the bracketed gloss that closes
// at k: the end of the name it glosses, as in "the Group of Seven (G-7)".
func beforeGloss(toks []token, k int) int {
	for k >= 0 && toks[k].text != "(" {
		k--
	}
	return k - 1
}

// segmentOf returns the clause segment index of token i.
func segmentOf(toks []token, i int) int {
	n := 0
	for k := 0; k < i && k < len(toks); k++ {
		if toks[k].breaks() {
			n++
		}
	}
	return n
}

// institutions after a city's name make the name an institution's:
// "Oxford University", "Tokyo Stock Exchange".
var institutions = map[string]bool{
	"University": true, "College": true, "Institute": true, "Hospital": true, "Airport": true,
	"Stock": true, "Exchange": true, "Bank": true, "Museum": true, "School": true, "Zoo": true,
}

// remote reports whether the two words before the trigger at i make it
// a meeting at a distance: "virtual summit", "video conference".
func remote(toks []token, i int) bool {
	for k := i - 1; k >= max(0, i-2); k-- {
		switch toks[k].low {
		case "virtual", "video", "online", "videoconference", "video-link":
			return true
		}
	}
	return false
}

// attending reports whether "attend" governs the noun at i from at most
// four words before it: "will attend the summit in person".
func attending(toks []token, i int) bool {
	for k := i - 1; k >= max(0, i-4); k-- {
		if strings.HasPrefix(toks[k].low, "attend") {
			return true
		}
	}
	return false
}

// pairSubject reports whether the words right before t0 are a pair of
// people the story named ("The leaders", "the two leaders").
func pairSubject(ments []mention, t0 int) bool {
	for _, m := range ments {
		if m.partner != nil && m.ent != nil && m.ent.actor.Type == "person" && m.t1 <= t0 && t0-m.t1 <= 3 {
			return true
		}
	}
	return false
}

// heldBetween reports whether toks[i:j] are a participle that tells
// where or when the event before them was held, its place and time, and
// then "between" at j: "talks held in Zurich in early October between
// Yang Jiechi and Jake Sullivan".
func heldBetween(toks []token, i, j int) bool {
	if j-i > 14 || i >= j || !heldWords[toks[i].low] || toks[j-1].low != "between" {
		return false
	}
	for k := i + 1; k < j; k++ {
		if toks[k].breaks() {
			return false
		}
	}
	return !verbBetween(toks, i+1, j)
}

// heldSides reports whether m, after "between", names a side of the
// event of the trigger ending at t1 past a participle of holding: "talks
// held in Zurich in early October between Yang Jiechi and Jake
// Sullivan" (see heldBetween).
func heldSides(toks []token, t1 int, m *mention) bool {
	if m.prep != "between" || m.t0-t1 > 16 {
		return false
	}
	for k := m.t0 - 1; k >= t1; k-- {
		if toks[k].low == "between" {
			return heldBetween(toks, t1, k+1)
		}
	}
	return false
}

// heldWords are the participles of holding an event.
var heldWords = wordSet(`held hosted convened organised organized arranged`)

// relativeBetween reports whether a relative clause opens between tokens
// i and j: "talks with Turkey's ambassador who arrived from a meeting
// with Papandreou" are no talks with Papandreou. A relative clause right
// at i, after the event's noun, tells of the event: "emergency talks
// which ended in Washington yesterday".
func relativeBetween(toks []token, i, j int) bool {
	for k := i + 1; k < j && k < len(toks); k++ {
		if w := toks[k].low; w == "who" || w == "which" || w == "whom" {
			return true
		}
	}
	return false
}

// determiners open the noun phrase of what is signed.
var determiners = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true, "two": true, "three": true, "several": true}

// agreementNouns are what a signing signs.
var agreementNouns = map[string]bool{
	"agreement": true, "agreements": true, "accord": true, "accords": true, "treaty": true,
	"pact": true, "declaration": true, "memorandum": true, "communique": true,
	"protocol": true, "convention": true, "charter": true, "joint statement": true,
	// "signed a joint statement", "signed an exchange of notes"
	"statement": true, "statements": true, "notes": true,
	// "signed deals on defence exchanges", "the signing of several
	// cooperation documents", "signed 12 MoUs"
	"deal": true, "deals": true, "document": true, "documents": true, "memoranda": true, "mou": true, "mous": true,
	"memorandums": true, "treaties": true, "pacts": true, "protocols": true, "conventions": true,
	// "signed a 300 mln dlr loan", "signed with Japan for a 44.6
	// billion yen credit facility": a business's unless a state signs
	// it with a state or a body (see signRule's check).
	"loan": true, "loans": true, "credit": true, "credits": true,
}

// agreementNoun reports whether t names an agreement; a loan or a credit
// only in lower case ("the Export Credits Guarantee Department" is an
// office).
func agreementNoun(t token) bool {
	w := t.lower()
	if !agreementNouns[w] {
		return false
	}
	switch w {
	case "loan", "loans", "credit", "credits":
		return !t.capitalised()
	}
	return true
}

// honoured reports whether m is whose honour the noun of h is given in,
// the trigger ending with "in": "a state banquet in their honor", "a
// dinner in Nakasone's honour".
func honoured(toks []token, h *hit, m *mention) bool {
	if h.t1 == 0 || toks[h.t1-1].low != "in" || m.t0 != h.t1 || m.t1 >= len(toks) {
		return false
	}
	k := m.t1
	if toks[k].text == "'s" || toks[k].text == "’s" {
		k++
	}
	return k < len(toks) && (toks[k].low == "honor" || toks[k].low == "honour")
}

// otherPhrase open a phrase about another thing, whose "with" is its own.
var otherPhrase = wordSet(`after amid amidst over following since despite following`)

// settlementAt returns where the town named in "the West Bank town of
// Bethlehem", "the Red Sea port city of Jeddah" begins when such a phrase
// starts at k, or -1.
func settlementAt(toks []token, k int) int {
	if k >= len(toks) || toks[k].low != "the" {
		return -1
	}
	j := k + 1
	for j < len(toks) && j-k <= 4 && toks[j].capitalised() {
		j++
	}
	if j == k+1 {
		return -1
	}
	n := j
	for n < len(toks) && n-j < 2 && settlementNouns[toks[n].low] {
		n++
	}
	if n == j || n+1 >= len(toks) || toks[n].low != "of" {
		return -1
	}
	return n + 1
}

// settlementNouns stand between a region and the town of it a journey
// goes to: "the West Bank town of Bethlehem", "the Red Sea port city of
// Jeddah".
var settlementNouns = wordSet(`town city village port capital resort province`)

// relationNouns before "with" make it theirs: "trade relations with
// Japan", "the dispute with China", "cooperation with the EU".
var relationNouns = wordSet(`relations relationship ties dispute disputes friction frictions cooperation links dealings
	problems issues tensions conflict deficit surplus imbalance`)

// arrivedHereFor reports whether the visit noun at t0 is what an arrival
// "here" earlier in its clause is for: "Park arrived here earlier in the
// day on a three-day trip".
func arrivedHereFor(toks []token, t0 int) bool {
	a := arrivalFor(toks, t0)
	return a > 0 && a+1 < len(toks) && toks[a+1].low == "here"
}

// placeAfter reports whether a place phrase the entities did not know
// follows at k: "the recent tour by Dilson Funaro of major industrial
// nations" goes there, not where the story is filed.
func placeAfter(toks []token, k int) bool {
	return k < len(toks) && (toks[k].low == "of" || toks[k].low == "to")
}

// onVisitAside reports whether the visit noun toks[t0:t1] closes an
// aside "on a two-day visit" set off by commas, with no place of its
// own: "Trump and his wife Melania, on a two-day visit, were greeted by
// Macron" visits where the story is filed.
func onVisitAside(toks []token, t0, t1 int) bool {
	return t1 < len(toks) && toks[t1].text == "," && setOffBy(toks, t0, "on")
}

// setOffBy reports whether the noun at t0, past its determiners and
// modifiers, closes a phrase opened by prep right after a comma: ", on a
// two-day visit", ", during a one-day visit".
func setOffBy(toks []token, t0 int, prep string) bool {
	for k := t0 - 1; k >= max(1, t0-5); k-- {
		switch w := toks[k].low; {
		case w == prep:
			return toks[k-1].text == ","
		case determiners[w] || nounStarts[w] || strings.Contains(w, "-"):
		default:
			return false
		}
	}
	return false
}

// withinJourney reports whether the noun at t0, past its determiners and
// modifiers, closes a phrase that sets a clause's time at a part of a
// journey: "at the end of a four-day visit", "on the first day of an
// official visit". The clause's subject makes the journey.
func withinJourney(toks []token, t0 int) bool {
	k := beforeModifiers(toks, t0)
	if k < 1 || toks[k].low != "of" || !journeyParts[toks[k-1].low] {
		return false // ("during a visit" is read as the other rules read it)
	}
	part := k - 1 // "end", "day", "leg"
	j := journeyPhraseStart(toks, t0)
	return j >= 0 && j < part-1 && (toks[j].low == "at" || toks[j].low == "on" || toks[j].low == "in" || toks[j].low == "by" || toks[j].low == "towards" || toks[j].low == "toward" ||
		// "held talks with May on Tuesday, the second day of his
		// three-day state visit": set off after the day it is.
		toks[j].text == "," && j > 0 && (timeWord(toks[j-1].low) || toks[j-1].word() && toks[j-1].low[0] >= '0' && toks[j-1].low[0] <= '9'))
}

// inJourney reports whether the noun at t0 closes a phrase that sets a
// clause's time within a journey: a part of it (see [withinJourney]) or
// "during a four-day visit to Moscow".
func inJourney(toks []token, t0 int) bool {
	if withinJourney(toks, t0) {
		return true
	}
	k := beforeModifiers(toks, t0)
	return k >= 0 && journeyPhraseStart(toks, t0) == k // "during", "throughout"
}

// beforeModifiers returns the token before the determiners and
// modifiers, up to four, of the noun at t0, and before the name of its
// possessor, stopping at "of": the "of" of "at the end of a four-day
// visit" and of "on the second day of Moon's four-day state visit", the
// "during" of "during his visit".
func beforeModifiers(toks []token, t0 int) int {
	k := t0 - 1
	for k >= 0 && t0-k <= 4 && toks[k].low != "of" && (determiners[toks[k].low] || nounStarts[toks[k].low] || strings.Contains(toks[k].low, "-")) {
		k--
	}
	if k >= 1 && toks[k].possessive() {
		k-- // (when "'s" is no modifier of the loop's)
	}
	if k >= 0 && k+1 < t0 && toks[k+1].possessive() && toks[k].capitalised() {
		// "on the second day of Moon's four-day state visit": past
		// the name of its possessor too.
		j := k
		for j > 0 && k-j < 3 && toks[j-1].capitalised() && toks[j-1].word() {
			j--
		}
		k = j - 1
	}
	return k
}

// journeyParts are the parts of a journey a clause's time may be set in.
var journeyParts = wordSet(`end start beginning outset close conclusion course day days leg stop part`)

// ordinalWords number or place a part of a journey: "the second day",
// "the last leg".
var ordinalWords = wordSet(`first second third fourth fifth last final closing opening same`)

// agentAfter returns the end of the agent named right after an event's
// noun ending at t1 ("the visit by Chinese Premier Zhao Ziyang to
// Britain"), or t1 when none is.
func agentAfter(ments []mention, t1 int) int {
	for _, m := range ments {
		if m.kind == mentionActor && m.prep == "by" && m.t0 == t1+1 {
			return m.t1
		}
	}
	return t1
}

// afterPossessive returns the token after a possessive's "'s" at k, or k.
func afterPossessive(toks []token, k int) int {
	if k < len(toks) && (toks[k].text == "'s" || toks[k].text == "’s" || toks[k].text == "'" || toks[k].text == "’") {
		return k + 1
	}
	return k
}

// admit checks a hit's needs against the sentence and, when they are met,
// fills in its actors, recipients and places.
func admit(h *hit, toks []token, ments []mention) bool {
	end := clauseEnd(toks, h.t1)
	if h.rule.need == needMembers {
		if h.actor = members(toks, ments, h.t0); h.actor == nil && (h.rule.unnamed == nil || !h.rule.unnamed(h, toks) || pairSubject(ments, h.t0)) {
			return false // ("The leaders held talks", the two named last: the meeting rules')
		}
	} else if h.rule.need == needBody {
		if h.actor = bodyBefore(toks, ments, h.t0); h.actor == nil {
			h.actor = convenedBy(toks, ments, h.t1)
		}
		if h.actor == nil {
			return false
		}
		// "to attend the IMF Interim Committee meeting and to hold
		// talks with Baker": the body names the meeting, and is no
		// subject of what follows.
		h.actor.object = true
	} else if h.rule.need == needOrganisation {
		// The organisation that meets is the actor: "a meeting of EC
		// finance ministers", "of the Gulf Cooperation Council".
		for k := range ments {
			m := &ments[k]
			if m.kind == mentionActor && m.t0 >= h.t1 && m.t0 <= min(end, h.t1+6) && m.ent.actor.Type == "organisation" {
				h.actor = m
				break
			}
		}
		if h.actor == nil {
			return false
		}
	} else {
		h.actor = findActor(h, toks, ments, end)
	}
	// "Gorbachev and Reagan signed": the actor's partners before the
	// trigger count as recipients.
	// So do the items of a list before "and": "the foreign ministers
	// of Japan, China and South Korea met".
	var partners []*mention
	if h.actor != nil && h.actor.t1 <= h.t0 {
		first := h.actor.t0
		for k := len(ments) - 1; k >= 0; k-- {
			m := &ments[k]
			if m.kind != mentionActor || m.ent == h.actor.ent || m.t1 >= first {
				continue
			}
			gap := first - m.t1
			if toks[first-1].low == "the" {
				gap--
			}
			joined := toks[m.t1].low == "and" && (gap == 1 || hedgedAnd(toks, m.t1, first) || spouseBetween(toks, m.t1+1, first)) ||
				len(partners) > 0 && toks[m.t1].text == "," && (gap == 1 || gap == 2 && toks[m.t1+1].low == "and")
			if !joined {
				break
			}
			partners = append(partners, m)
			first = m.t0
		}
		slices.Reverse(partners) // as named
	}
	if h.actor != nil && h.actor.prep == "by" && h.actor.t0 > h.t0 && h.rule.need == needAgreement {
		// "The agreement was signed by Secretary of State George Shultz
		// and Foreign Minister Vahit Halefoglu": the passive's other
		// agents.
		last := h.actor.t1
		for k := range ments {
			m := &ments[k]
			if m.kind == mentionActor && m.ent != h.actor.ent && m.t0 > last && m.t0-last == 1 && (toks[last].low == "and" || toks[last].text == ",") {
				partners = append(partners, m)
				last = m.t1
			}
		}
	}
	// Recipients: actors after the trigger introduced by "with" or
	// "between", or a direct object right after a verb trigger.
	var recips []*mention
	for k := range ments {
		if h.rule.need != needRecipient && h.rule.kind == timeline.KindConsult && h.rule.mode != timeline.ModeMeeting && h.rule.mode != "mediation" {
			break // arrivals, departures and visits have places, not recipients
		}
		m := &ments[k]
		// A list of recipients runs past the commas that end the
		// trigger's clause segment: "meetings with A, B, and C".
		inList := listItem(toks, recips, m)
		held := heldSides(toks, h.t1, m)
		if m.kind != mentionActor || m.t0 < h.t1 || m.t0 > end && !inList && !held || (h.actor != nil && m.ent == h.actor.ent) || relativeBetween(toks, h.t1, m.t0) {
			continue
		}
		if m.prep == "with" && eventNounBetween(toks, h.t1, m.t0) {
			continue // "a summit could emerge from Shultz' talks with Shevardnadze": the talks'
		}
		if m.prep == "with" && slices.ContainsFunc(toks[h.t1:m.t0], func(t token) bool { return otherPhrase[t.low] }) {
			continue // "met in Beijing amid tension after last month's standoff with North Korea": the standoff's
		}
		if m.prep == "with" && m.t0 >= 2 && m.t0 > h.t1+1 && relationNouns[toks[m.t0-2].low] && h.rule.mode != timeline.ModeVisit {
			continue // "will discuss trade relations with Japan": the relations', a topic
		}
		if m.poss && m.country != nil && slices.ContainsFunc(ments, func(p mention) bool {
			return p.kind == mentionActor && p.t0 == m.t1+1 && p.ent.actor.Type == "person"
		}) {
			continue // "with North Korea's Kim Jong Un": Kim is met
		}
		direct := (m.t0 == h.t1 || m.t0 == h.t1+1 && (toks[h.t1].low == "the" || toks[h.t1].low == "visiting" || toks[h.t1].low == "both" || sharedDemonyms[toks[h.t1].text]) ||
			// "called on the ailing King Bhumibol Adulyadej"
			m.t0 == h.t1+2 && toks[h.t1].low == "the" && (adjectiveLike(toks[h.t1+1]) || personModifiers[toks[h.t1+1].low] || toks[h.t1+1].low == "ailing")) && !m.poss &&
			(m.ent.actor.Type == "person" || !h.rule.personObject || strings.HasPrefix(toks[m.t1-1].low, "counterpart")) // ("meet his Syrian counterpart": that state's minister)
		if m.prep == "with" || m.prep == "between" && (m.t0-h.t1 <= 6 && !verbBetween(toks, h.t1, m.t0) || held) || direct || inList ||
			h.rule.from && m.prep == "from" && (m.t0 == h.t1+1 || m.t0 == h.t1+2 && toks[h.t1+1].low == "visiting") ||
			h.rule.forWhom && m.prep == "for" && m.t0 == h.t1+1 ||
			honoured(toks, h, m) ||
			membersMet(toks, h, m) ||
			(m.prep == "from" || m.prep == "of") && sidesFrom(toks, h.t1, m.t0) ||
			andBefore(toks, m.t0) && (len(recips) > 0 || h.actor != nil && h.actor.prep == "between") {
			recips = append(recips, m)
		}
	}
	if m := apposed(toks, ments, h, end); m != nil && !slices.ContainsFunc(recips, func(r *mention) bool { return r.prep != "from" }) {
		// "met with his counterpart from the United Kingdom, State
		// Secretary for Defense Michael Fallon": the name in apposition
		// is whom the description stands for, and of the state it names.
		for _, r := range recips {
			if r.country != nil && m.ent.actor.Country == "" {
				m.ent.actor.Country = r.country.actor.Name
			}
		}
		recips = []*mention{m} // not the state the description names: "his counterpart from the United Kingdom"
		end = clauseEnd(toks, m.t1)
		if end == m.t1 && end < len(toks) && toks[end].text == "," {
			end = clauseEnd(toks, end+1) // the apposition's closing comma
		}
	}
	if a := h.actor; len(recips) == 0 && a != nil && a.prep == "by" && a.t1 <= h.t0 && remarksOn(toks, h.t0) {
		// "Remarks by Harris and Johnson before their meeting": the
		// speakers after the first are met.
		for k := range ments {
			if m := &ments[k]; m.kind == mentionActor && m.t0 > a.t1 && m.t1 <= h.t0 && m.t0 > 0 && toks[m.t0-1].low == "and" {
				recips = append(recips, m)
			}
		}
	}
	if a, r := openingCall(toks, ments, h); a != nil && len(recips) == 0 {
		// "In a phone call on Monday, Xi told Biden that ...": the
		// call opens the sentence; who told whom hold it.
		h.actor, recips = a, []*mention{r}
	}
	if by := passiveAgent(toks, ments, h, end); by != nil && h.actor != nil && h.rule.need == needRecipient && len(recips) == 0 {
		// "Macron was received at the White House by President Joe
		// Biden": the agent receives, the subject is received.
		recips = []*mention{h.actor}
		h.actor = by
	}
	if h.rule.mode == timeline.ModeMeeting && nominal(h, toks) && absentFrom(toks, h.t0) {
		return false // "PM Modi skipped the summit": no meeting of his; the summit, if any, is told elsewhere
	}
	if len(recips) == 0 && h.rule.mode == timeline.ModeMeeting && nominal(h, toks) {
		// "a meeting of the foreign ministers of Russia, India and
		// China": the states listed meet, the first named first, whoever
		// attends.
		if list := statesOf(toks, ments, h.t1); len(list) >= 2 {
			h.actor, recips = list[0], list[1:]
		}
	}
	if a := h.actor; a != nil && a.partner != nil && (h.rule.need == needRecipient || h.rule.mode == timeline.ModeMeeting || h.rule.mode == timeline.ModePhone || h.rule.mode == "sign") {
		// "The two leaders last met": the second of the pair is the
		// one met.
		p := *a
		p.ent, p.partner, p.others = a.partner, nil, nil
		group := []*mention{&p}
		for _, o := range a.others {
			q := *a
			q.ent, q.partner, q.others = o, nil, nil
			group = append(group, &q)
		}
		recips = append(group, recips...)
	}
	if slices.ContainsFunc(recips, func(r *mention) bool { return r.partner != nil }) {
		// "meet his Syrian, Russian and Iranian counterparts", "met the
		// two leaders": each of a group met.
		var all []*mention
		for _, r := range recips {
			if r.partner == nil {
				all = append(all, r)
				continue
			}
			for _, e := range append([]*entity{r.ent, r.partner}, r.others...) {
				q := *r
				q.ent, q.partner, q.others = e, nil, nil
				if q.country != nil {
					q.country = e
				}
				all = append(all, &q)
			}
		}
		recips = all
	}
	for _, m := range recips {
		m.object = true // "he had never met Gorbachev ... and had since met him"
	}
	// "will meet Netanyahu on Wednesday and Abbas in Ramallah on
	// Thursday": a recipient after "and" and a time of the first is a
	// second meeting, with its own place and time.
	var rest []*mention
	clause := end
	if h.rule.mode == timeline.ModeMeeting || h.rule.mode == timeline.ModePhone {
		for k := 1; k < len(recips); k++ {
			r := recips[k]
			if r.t0 > 0 && toks[r.t0-1].low == "and" && timeBetween(toks, recips[k-1].t1, r.t0-1) {
				h.split = r.t0 - 1
				recips, rest = recips[:k], recips[k:]
				end = h.split
				break
			}
		}
	}
	oneByOne := false
	if len(rest) == 0 && len(partners) == 0 && h.rule.mode == timeline.ModeMeeting && separately(toks, h, recips) {
		// "On the sidelines of the summit, Anwar met Kuwait's Crown
		// Prince ... and Qatar's Emir ...", "Xi met separately with
		// al-Sisi, Sheikh Meshal and al-Sudani": one meeting each.
		h.split = recips[1].t0 - 1
		recips, rest = recips[:1], recips[1:]
		oneByOne, h.oneByOne = true, true
	}
	if len(partners) > 0 && (h.rule.kind != timeline.KindConsult || h.rule.mode == timeline.ModeMeeting || h.rule.mode == timeline.ModePhone) {
		// The first named of "Gorbachev and Reagan" leads.
		partners = append(partners, h.actor)
		h.actor = partners[0]
		recips = append(partners[1:], recips...)
	}
	// Places: cities and countries after the trigger, in its clause,
	// the first of them close to the trigger as its object ("visit to
	// Russia", "left Russia's Far East city of Vladivostok", "pulled out
	// of the Vladivostok railway station").
	settledIn := settlementAt(toks, h.t1) // "the West Bank town of Bethlehem": the town's start
	for _, m := range ments {
		if len(h.places) == 0 && m.t0 >= h.t1 && m.t0 <= end && (m.kind == mentionCity || m.kind == mentionRegion || m.country != nil) &&
			m.t1+2 < len(toks) && settlementNouns[toks[m.t1].low] && toks[m.t1+1].low == "of" {
			settledIn = m.t1 + 2 // the place is the town named after "of", as near as the region before it
			continue
		}
		if m.t0 == settledIn && m.kind == mentionCity && len(h.places) == 0 {
			h.places = append(h.places, m)
			continue
		}
		if m.kind == mentionCity && m.t0 > h.t0 && m.t1 < h.t1 && len(h.places) == 0 {
			h.places = append(h.places, m) // "a meeting in Paris of its G-7 partners": inside the trigger
			continue
		}
		if m.t0 < h.t1 || m.t0 > end || m.kind != mentionCity && m.kind != mentionRegion && m.country == nil {
			continue
		}
		if m.poss && m.kind != mentionCity && afterPossessive(toks, m.t1) < len(toks) && !toks[afterPossessive(toks, m.t1)].capitalised() {
			// "at Nicaragua's request", "in Japan's interest": the
			// state's, no place ("Russia's Far East city of
			// Vladivostok" is one).
			continue
		}
		if m.t0 == h.t1 && h.t0 > 0 && toks[h.t1-1].low == "visiting" && attributiveDets[toks[h.t0-1].low] {
			// "a visiting Ghanaian delegation" is Ghana's, visiting
			// elsewhere.
			continue
		}
		if h.rule.need != needPlace && m.t1 < len(toks) && institutions[toks[m.t1].text] {
			// "to leave George Washington Hospital": an
			// institution's name, no city.
			continue
		}
		if h.rule.mode == timeline.ModePhone {
			break // a call is made from two places, and "discussed the situation in Afghanistan" is neither
		}
		if m.prep == "in" && m.t0 >= 2 && topicNouns[toks[m.t0-2].low] {
			continue // "discussed the situation in Ukraine": what was talked of, not where
		}
		if len(h.places) == 0 && h.rule.need != needPlace && h.rule.mode != timeline.ModeDeparture && h.rule.mode != timeline.ModeArrival {
			// Other events take a place the clause puts them in, not
			// one of another event named after them: "the OECD
			// ministerial meeting in May and the G-7 meeting in Venice".
			if (m.prep == "in" || m.prep == "at" || m.prep == "to" && strings.HasPrefix(toks[h.t0].low, "welcom")) && !laterEventBefore(toks, h.t1, m.t0) {
				h.places = append(h.places, m) // "welcomed Donald Trump to Paris": there
			}
			continue
		}
		if len(h.places) == 0 && h.rule.travels && m.prep == "" && verbBetween(toks, h.t1, m.t0) {
			break // "Volcker's departure would undermine U.S. credibility": another verb's object
		}
		near := m.t0-h.t1 <= 3 || m.prep == "to" && onlyTime(toks, h.t1, m.t0-1) || m.t0-agentAfter(ments, h.t1) <= 1
		if len(h.places) == 0 && (!near || m.prep != "" && m.prep != "to" && m.prep != "in" && m.prep != "of" && m.prep != "for" && m.prep != toks[h.t1-1].low) {
			break
		}
		if len(h.places) == 0 && h.rule.need == needPlace && m.prep != "" && m.prep != "to" && m.prep != "in" &&
			m.prep != toks[h.t1-1].low {
			break // "trips out of Washington" are no visits to it; "a tour of Ghana", "bound for Portugal" are
		}
		if len(h.places) == 0 && m.prep == "for" && h.rule.mode != timeline.ModeDeparture && toks[h.t1-1].low != "for" {
			break // "bound for Portugal" goes there; "a visit for talks" does not
		}
		h.places = append(h.places, m)
	}
	if len(h.places) == 0 && h.rule.mode != timeline.ModeDeparture && h.rule.need != needPlace && h.rule.mode != timeline.ModePhone {
		// "the annual meeting of the ADB, which opened in Tokyo today":
		// a relative clause on the meeting tells where it is.
		if m := relativePlace(toks, ments, end); m != nil {
			h.places = append(h.places, *m)
		}
	}
	if len(h.places) == 0 && h.rule.mode != timeline.ModeDeparture && h.rule.need != needPlace && h.rule.mode != timeline.ModePhone {
		// "De Croo, in Washington for talks with Administration
		// officials": where the traveller is for it.
		if m := inPlaceBefore(toks, ments, h.t0); m != nil {
			h.places = append(h.places, *m)
		}
	}
	if len(h.places) == 0 && h.rule.mode != timeline.ModeDeparture && h.rule.need != needPlace {
		// "a brief stopover in Riyadh, where he met Saudi Arabia's Oil
		// Minister": the place the relative clause is about.
		if m := wherePlace(toks, ments, h.t0); m != nil {
			h.places = append(h.places, *m)
		}
	}
	if len(h.places) == 0 && h.rule.mode != timeline.ModeDeparture && h.rule.need != needPlace && h.rule.mode != timeline.ModePhone {
		// "The Paris meeting of the Group of Six", "the Venice summit":
		// a city before the noun of a meeting is where it is held, or
		// before the name it is part of ("the Venice economic summit").
		named := h.t0
		if h.actor != nil && h.actor.t0 < h.t0 && h.actor.t1 > h.t0 {
			named = h.actor.t0
		}
		for _, m := range ments {
			if m.kind == mentionCity && (m.t1 == h.t0 || m.t1 == named) && !m.poss && (m.prep == "" && toks[m.t0].low == "the" || m.t0 > 0 && determiners[toks[m.t0-1].low]) {
				h.places = append(h.places, m)
				break
			}
		}
	}
	if len(h.places) == 0 && h.t1 < len(toks) && toks[h.t1].low == "there" && h.rule.mode != timeline.ModePhone {
		// "spent Monday in Shanghai, ..., after arriving there Sunday
		// night": the place named last before it in its sentence.
		for k := len(ments) - 1; k >= 0; k-- {
			if m := ments[k]; m.t1 <= h.t0 && (m.kind == mentionCity || m.country != nil) && (m.prep == "in" || m.prep == "to" || m.prep == "at") {
				h.places = append(h.places, m)
				break
			}
		}
	}
	if len(h.places) == 0 && h.rule.mode != timeline.ModeDeparture && h.rule.need != needPlace && h.rule.mode != timeline.ModePhone {
		// "In Cairo on Sunday, PM Modi held talks with El-Sisi": the
		// place the sentence opens with.
		if m := openingPlace(toks, ments, h.t0); m != nil {
			h.places = append(h.places, *m)
		}
	}
	if h.rule.mode == timeline.ModeDeparture && h.rule.action == "leave" {
		// "sets out Wednesday on a tough mission to Washington"
		for k := range ments {
			m := &ments[k]
			if m.t0 >= h.t1 && m.t0 <= end && (m.prep == "to" || m.prep == "for") && (m.kind == mentionCity || m.kind == mentionRegion || m.country != nil) {
				if eventNounBetween(toks, h.t1, m.t0) {
					break // "left Bonn ... ahead of her visit to Moscow next week": the visit's place
				}
				h.dest = m
				break
			}
		}
	}
	if h.rule.need == needPlace && len(h.places) == 0 && h.rule.mode == timeline.ModeVisit {
		// "his two-day Egypt visit", "Modi's US visit": the place
		// visited stands before the noun.
		for _, m := range ments {
			if m.t1 == h.t0 && m.prep == "" && !m.poss && (m.kind == mentionCity || m.country != nil) && m.t0 > 0 &&
				(determiners[toks[m.t0-1].low] || toks[m.t0-1].possessive() || strings.HasSuffix(toks[m.t0-1].low, "-day") || toks[m.t0-1].low == "state" || toks[m.t0-1].low == "official") {
				h.places = append(h.places, m)
				break
			}
		}
	}
	if h.rule.need == needPlace && len(h.places) == 0 && h.rule.reaches && h.rule.mode == timeline.ModeVisit {
		if m, who := arrivalPlace(h, toks, ments); m != nil {
			// "arrived in Moscow on Friday for a three-day visit": the
			// visit is the arriving one's, to where the arrival was.
			h.places = append(h.places, *m)
			if h.actor == nil {
				h.actor = who
			}
		}
	}
	if h.rule.need == needPlace && h.rule.mode == timeline.ModeVisit && len(h.places) > 0 {
		h.more = stops(toks, ments, h.places[0])
		h.purpose = talksPurpose(toks, h.t1, end)
	}
	switch h.rule.need {
	case needPlace:
		if len(h.places) == 0 && h.rule.mode == timeline.ModeVisit && nominal(h, toks) {
			// "Chirac, in a visit earlier this week with President
			// Reagan": a visit with a head of state is to the state.
			h.host = hostWith(toks, ments, h.t1, end)
		}
		if len(h.places) == 0 && h.host == nil {
			if h.rule.mode != timeline.ModeVisit || !nominal(h, toks) || !(h.t1 < len(toks) && toks[h.t1].low == "here" || hereOn(toks, h.t0) || onVisitAside(toks, h.t0, h.t1) || arrivedHereFor(toks, h.t0) ||
				h.actor != nil && h.actor.prep == "by" && h.actor.t0 > h.t0 && h.actor.ent.actor.Type == "person" && h.actor.ent.actor.Country != "" &&
					!placeAfter(toks, h.actor.t1)) {
				return false
			}
			// "a visit here next week by ...", "here on a three-day visit",
			// "Trump, on a two-day visit, was greeted", "the visit this
			// week by Japanese Prime Minister Yasuhiro Nakasone": to where
			// the story is filed, if that is abroad for the visitor.
			h.here = true
		}
		if len(h.places) > 0 && h.places[0].t1 < len(toks) && institutions[toks[h.places[0].t1].text] {
			return false // "visit Oxford University's department": an institution, not a city
		}
	case needRecipient:
		if len(recips) == 0 && h.rule.hosted {
			if m := hostState(h, toks); m != nil {
				recips = []*mention{m}
			}
		}
		if len(recips) == 0 {
			return false
		}
	case needAgreement:
		ok := false
		for k := h.t1; k < min(end, h.t1+8); k++ { // "the signing of a number of bilateral cooperation documents"
			if agreementNoun(toks[k]) {
				ok = true
			}
		}
		if !ok && h.t0 > 0 && agreementNoun(toks[h.t0-1]) && toks[h.t0].low == "signed" && h.actor != nil && h.actor.prep == "by" && h.actor.t0 > h.t0 && toks[h.t1].low == "by" {
			ok = true // "the Algiers agreement signed by Ethiopia and Eritrea in December 2000": its signers after "by"
		}
		if !ok && passiveSigning(toks, h.t0) {
			// "The new agreement, which replaces a prior one, was
			// signed on February 24": no signer named; it may be the
			// story's signing (see adopt).
			ok = true
			if h.actor == nil || h.actor.prep != "by" {
				h.actor = nil // "were signed by the two governments" names its signers
			}
		}
		if !ok {
			return false
		}
	}
	if h.actor == nil && h.rule.need != needNothing {
		if h.rule.unnamed == nil || !h.rule.unnamed(h, toks) {
			return false
		}
		// "The Commissioners, led by Delors, will pay a two-day
		// visit to Bonn on April 1-2": a visit with no one named
		// may still be the story's visit to that place (see adopt).
		h.orphan = true
	}
	if !moving(h, toks) {
		return false
	}
	if h.rule.mode == timeline.ModeDeparture && leavesInstitution(toks, h.t1) {
		return false // "expected to leave George Washington Hospital"
	}
	h.end = end
	if (h.rule.mode == timeline.ModeMeeting || h.rule.mode == timeline.ModePhone) && (ownState(h.actor, recips) || domestic(h.actor, recips)) {
		// "phone conversations between President Reagan and White
		// House officials", "Merkel will speak with Finance Minister
		// Olaf Scholz of Germany"
		return false
	}
	if h.rule.check != nil && !h.rule.check(h, toks, recips) {
		return false
	}
	r := h.rule
	e := timeline.Event{Kind: r.kind, Mode: r.mode, CAMEO: r.cameo, Action: r.action}
	if r.mode == timeline.ModeMeeting && remote(toks, h.t0) {
		// "a virtual summit", "a video meeting": talks at a distance.
		e.Mode, e.CAMEO = timeline.ModePhone, "041"
	}
	var actorName string
	plural := false
	if h.actor != nil {
		e.Actors = []timeline.Actor{h.actor.ent.actor}
		actorName = h.actor.ent.actor.Name
		if (r.mode == timeline.ModeVisit && r.cameo == "042" || r.mode == timeline.ModeArrival) && len(partners) > 0 && h.actor.ent.actor.Type == "person" &&
			!slices.ContainsFunc(partners, func(m *mention) bool { return m.ent.actor.Type != "person" }) {
			// "Scholz, Macron and Draghi travelled to Kyiv", "Trump
			// and first lady Melania Trump arrived Monday morning": one
			// journey of them all, the first named first.
			var names []string
			e.Actors = nil
			for _, m := range append(slices.Clone(partners), h.actor) {
				if !slices.ContainsFunc(e.Actors, func(a timeline.Actor) bool { return a.Name == m.ent.actor.Name }) {
					e.Actors = append(e.Actors, m.ent.actor)
					names = append(names, m.ent.actor.Name)
				}
			}
			if len(names) > 1 {
				actorName, plural = strings.Join(names[:len(names)-1], ", ")+" and "+names[len(names)-1], true
			}
		}
	}
	if r.mode == timeline.ModeMultilateral && len(recips) == 0 {
		if m := attendee(toks, ments, h); m != nil {
			// "Clinton will join foreign ministers ... for an informal
			// NATO Foreign Ministerial meeting": one who takes part;
			// and "co-chaired the meeting of the Joint Strategic
			// Planning Group with his Azerbaijani counterpart": the
			// other chair.
			recips = []*mention{m}
			for k := range ments {
				if o := &ments[k]; o.kind == mentionActor && o.prep == "with" && o.t0 >= h.t1 && o.t0 <= h.end && o.ent.actor.Type == "person" && o.ent != m.ent {
					recips = append(recips, o)
				}
			}
		}
	}
	var rnames []string
	for _, m := range recips {
		if !slices.ContainsFunc(e.Recipients, func(a timeline.Actor) bool { return a.Name == m.ent.actor.Name }) {
			e.Recipients = append(e.Recipients, m.ent.actor)
			rnames = append(rnames, m.ent.actor.Name)
		}
	}
	placeName, bound := "", false
	if h.host != nil && len(h.places) == 0 {
		a := h.host.ent.actor
		e.Place = timeline.Place{Country: a.Country}
		e.Recipients = []timeline.Actor{a}
		placeName = a.Country
	}
	if len(h.places) > 0 {
		p := h.places[0]
		if p.kind == mentionActor && p.poss {
			// "Russia's Far East city of Vladivostok"
			for _, m := range h.places[1:] {
				if m.kind == mentionCity {
					p = m
					break
				}
			}
		}
		e.Place = placeOf(p)
		placeName = or(e.Place.City, e.Place.Country)
		if placeName == "" && e.Place.Region != "" {
			placeName = e.Place.Region
			if lexicon.RegionTakesThe(placeName) {
				placeName = "the " + placeName // "visits the Middle East"
			}
		}
		if r.mode == timeline.ModeDeparture && r.action == "leave" && (p.prep == "for" || p.prep == "to") {
			// "sets out for Washington" names where the journey goes, not
			// where the departure is.
			e.Place, bound = timeline.Place{}, true
		}
		if r.mode == timeline.ModeVisit && r.cameo == "042" && len(e.Recipients) == 0 && e.Place.Country != "" {
			e.Recipients = []timeline.Actor{{Name: e.Place.Country, Type: "country", Country: e.Place.Country}}
		}
	} else if h.dest != nil {
		dest := placeOf(*h.dest)
		placeName, bound = or(dest.City, dest.Country), true
	}
	if r.sides != nil {
		r.sides(h, toks, &e)
		actorName, rnames = "", nil
		if len(e.Actors) > 0 {
			actorName = e.Actors[0].Name
		}
		for _, a := range e.Recipients {
			if a.Type == "person" && slices.ContainsFunc(e.Recipients, func(s timeline.Actor) bool { return s.Type == "country" && s.Name == a.Country }) {
				continue // a state's leader beside it: the summary names the state
			}
			rnames = append(rnames, a.Name)
		}
	}
	e.Note = note(toks, end)
	e.Summary = r.summary(parts{
		actor:      actorName,
		plural:     plural,
		recipients: strings.Join(rnames, " and "),
		place:      placeName,
		bound:      bound,
		attends:    attending(toks, h.t0),
		object:     objectOf(h, toks),
		trigger:    strings.ToLower(phrase(toks, h.t0, h.t1)),
	})
	h.ev = e
	switch {
	case len(rest) > 0 && oneByOne:
		for _, r := range rest {
			h.seconds = append(h.seconds, secondMeeting(h, e, toks, ments, []*mention{r}, clause))
		}
	case len(rest) > 0:
		h.seconds = []*timeline.Event{secondMeeting(h, e, toks, ments, rest, clause)}
	}
	return true
}

// secondMeeting returns the event of the recipients rest, which a hit's
// trigger meets after its first ones ("and Abbas in Ramallah on
// Thursday"): the first event's kind and actor, with the place named
// after the split in the clause. Its time is given once the sentence's
// dates are resolved (see [extract]).
func secondMeeting(h *hit, first timeline.Event, toks []token, ments []mention, rest []*mention, end int) *timeline.Event {
	e := first
	e.Recipients, e.Place = nil, timeline.Place{}
	var names []string
	for _, m := range rest {
		if !slices.ContainsFunc(e.Recipients, func(a timeline.Actor) bool { return a.Name == m.ent.actor.Name }) {
			e.Recipients = append(e.Recipients, m.ent.actor)
			names = append(names, m.ent.actor.Name)
		}
	}
	placeName := ""
	for _, m := range ments {
		if m.t0 > h.split && m.t0 <= end && (m.kind == mentionCity || m.country != nil) && (m.prep == "in" || m.prep == "at") {
			e.Place = placeOf(m)
			placeName = or(e.Place.City, e.Place.Country)
			break
		}
	}
	actorName := ""
	if h.actor != nil {
		actorName = h.actor.ent.actor.Name
	}
	e.Summary = h.rule.summary(parts{
		actor:      actorName,
		recipients: strings.Join(names, " and "),
		place:      placeName,
		attends:    attending(toks, h.t0),
		trigger:    strings.ToLower(phrase(toks, h.t0, h.t1)),
	})
	return &e
}

// sharedDemonyms name the people of more than one state, so the lexicon
// leaves them out: before a title they are still its modifier, "met
// Congolese President Felix Tshisekedi".
var sharedDemonyms = wordSet(`Congolese Korean Guinean`)

// membersMet reports whether m is the body whose members the meeting
// trigger of h takes as its object: "will meet leaders of the six-nation
// Gulf Cooperation Council", "met with foreign ministers of ASEAN".
func membersMet(toks []token, h *hit, m *mention) bool {
	if h.rule.mode != timeline.ModeMeeting || m.prep != "of" || m.ent.actor.Type != "organisation" || !groupHead(toks, m.t0) {
		return false
	}
	k := h.t1
	if k < len(toks) && toks[k].low == "with" {
		k++
	}
	for k < m.t0 && (determiners[toks[k].low] || adjectiveLike(toks[k]) || toks[k].low == "foreign" || toks[k].low == "finance" || toks[k].low == "defense" || toks[k].low == "defence") {
		k++ // "the", "visiting", "foreign"
	}
	// The head right there: "leaders of", "ministers of".
	return k+1 < m.t0 && (toks[k+1].low == "of" || toks[k+1].low == "from")
}

// spouseBetween reports whether toks[i:j] name a spouse's place before
// the name: "Trump and first lady Melania Trump", "Moon and his wife Kim
// Jung-sook".
func spouseBetween(toks []token, i, j int) bool {
	if j-i < 1 || j-i > 3 {
		return false
	}
	for _, t := range toks[i:j] {
		switch t.low {
		case "first", "lady", "his", "her", "wife", "husband", "the":
		default:
			return false
		}
	}
	return true
}

// separately reports whether the meeting of h with recips is told as
// meetings one by one: people of two or more states, none the actor's,
// met "separately", "individually", in "bilateral" meetings or "on the
// sidelines" of a gathering, and no word that makes it one meeting of
// them all ("trilateral", "together", "jointly").
func separately(toks []token, h *hit, recips []*mention) bool {
	if len(recips) < 2 || h.actor == nil || h.actor.ent.actor.Type != "person" {
		return false
	}
	lo, hi := h.t0, h.t1
	for _, r := range recips {
		lo, hi = min(lo, r.t0), max(hi, r.t1)
	}
	if told := slices.ContainsFunc(toks[lo:min(len(toks), hi)], func(t token) bool { return t.low == "separately" }); told &&
		!slices.ContainsFunc(recips, func(r *mention) bool { return r.ent.actor.Type != "person" || r.ent == h.actor.ent }) {
		// "Trump also met separately with Crown Prince Mohammed bin
		// Nayef and Deputy Crown Prince Mohammed bin Salman": one
		// meeting each, whatever their states.
		return true
	}
	var states []string
	for _, r := range recips {
		c := r.ent.actor.Country
		if r.ent.actor.Type != "person" || c == "" || r.ent == h.actor.ent ||
			h.actor.ent.actor.Country != "" && timeline.SameCountry(c, h.actor.ent.actor.Country) ||
			slices.ContainsFunc(states, func(s string) bool { return timeline.SameCountry(s, c) }) {
			return false
		}
		states = append(states, c)
	}
	cue := false
	for k, t := range toks {
		switch t.low {
		case "trilateral", "three-way", "four-way", "together", "jointly", "joint", "three-nation", "four-nation":
			return false
		case "separately", "individually", "bilateral", "bilaterals", "one-on-one":
			cue = true
		case "sidelines":
			cue = cue || k > 0 && toks[k-1].low == "the" && k < h.t0
		}
	}
	return cue
}

// timeBetween reports whether toks[i:j] name a time: a weekday, a month,
// a part of day or a number ("on Wednesday evening", "on March 20").
func timeBetween(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		switch w := toks[k].low; {
		case timeWord(w), w == "today", w == "tomorrow", w == "tonight", w == "morning", w == "afternoon", w == "evening",
			w != "" && w[0] >= '0' && w[0] <= '9':
			return true
		}
	}
	return false
}

// segmentBreak reports whether a token ends a clause segment.
func segmentBreak(t string) bool {
	switch t {
	case ",", ";", "--", "—", "–", "(", ")", ":":
		return true
	}
	return false
}

// arrivalPlace returns the place of an arrival a visit noun is the
// purpose of, "arrived in Moscow on Friday for a three-day visit", and the
// one who arrived, or nil: the visit follows "for a", and a city or
// country after "arrived in" or "arrived at" comes before it in the
// sentence, the arriving actor before the verb.
func arrivalPlace(h *hit, toks []token, ments []mention) (place, who *mention) {
	k := purposeFor(toks, h.t0)
	if k < 1 {
		return nil, nil
	}
	for a := k - 1; a >= 0; a-- {
		switch toks[a].low {
		case "arrived", "arrives", "arrive", "arriving", "landed", "lands":
			for i := range ments {
				m := &ments[i]
				if m.t0 > a && m.t1 <= k && (m.kind == mentionCity || m.country != nil) && (m.prep == "in" || m.prep == "at") {
					place = m
					break
				}
			}
			for i := range ments {
				if m := &ments[i]; m.kind == mentionActor && m.t1 <= a && m.prep == "" && onlyAuxiliaries(toks, m.t1, a) {
					who = m
				}
			}
			return place, who
		case ".", ";":
			return nil, nil
		}
	}
	return nil, nil
}

// meetsAThing reports whether the verb "meet" ending before toks[i] takes
// a thing as its object, not someone met: "meet their commitments",
// "met the demands of its members", "meet the deadline".
func meetsAThing(toks []token, i int) bool {
	for k := i; k < min(len(toks), i+4); k++ {
		switch w := toks[k].low; {
		case meetThings[w]:
			return true
		case meetThingLeads[w]:
			continue
		}
		return false
	}
	return false
}

// meetThings are what one meets that is no one: aims, demands, dues.
var meetThings = wordSet(`commitment commitments obligation obligations target targets demand demands need needs
	requirement requirements deadline deadlines goal goals expectation expectations criterion criteria condition
	conditions cost costs payment payments debt debts standard standards term terms challenge challenges quota
	quotas request requests objective objectives forecast forecasts estimate estimates`)

// meetThingLeads may stand between "meet" and its thing.
var meetThingLeads = wordSet(`the their its his her our your these those all some any new growing its own economic
	growth budget financial debt payment export production`)

// wordSet returns the set of the words of s.
func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// leavesInstitution reports whether the trigger ending before toks[i] is
// followed by the capitalised name of an institution: one leaves a
// hospital or a university, and no country.
func leavesInstitution(toks []token, i int) bool {
	if i < len(toks) && toks[i].low == "the" {
		i++
	}
	for k := i; k < min(len(toks), i+5); k++ {
		t := toks[k].text
		if t == "" || t[0] < 'A' || t[0] > 'Z' {
			return false
		}
		if institutions[t] && t != "Airport" {
			return k > i // one leaves an airport on a journey
		}
	}
	return false
}

// inPlaceBefore returns the place a traveller is "in" for the event whose
// words start at t0, right before its "for": "in Washington for talks",
// "in Tokyo for a two-day visit"; or nil.
func inPlaceBefore(toks []token, ments []mention, t0 int) *mention {
	k := t0 - 1
	for n := 0; k > 0 && n < 3 && (determiners[toks[k].low] || strings.Contains(toks[k].low, "-") || adjectiveLike(toks[k])); n++ {
		k--
	}
	if k < 2 || toks[k].low != "for" {
		return nil
	}
	for i := range ments {
		if m := &ments[i]; m.t1 == k && m.prep == "in" && (m.kind == mentionCity || m.country != nil) {
			return m
		}
	}
	return nil
}

// wherePlace returns the place mention right before the ", where" that
// opens the clause of the trigger at toks[t0], or nil.
func wherePlace(toks []token, ments []mention, t0 int) *mention {
	for k := t0 - 1; k >= 2 && k >= t0-12; k-- {
		if toks[k].breaks() {
			return nil
		}
		if toks[k].low != "where" || toks[k-1].text != "," {
			continue
		}
		for i := range ments {
			m := &ments[i]
			if m.t1 == k-1 && (m.kind == mentionCity || m.kind == mentionRegion || m.country != nil) {
				if m.country != nil && i > 0 && ments[i-1].kind == mentionCity && ments[i-1].t1 == m.t0-1 && toks[m.t0-1].text == "," &&
					ments[i-1].city.Country.Name == m.country.actor.Name {
					return &ments[i-1] // "to Phnom Penh, Cambodia, where": the city
				}
				return m
			}
		}
		return nil
	}
	return nil
}

// stops returns the places listed after first, the first place of a
// journey, in its clause: "to Germany, France and Italy", "bound for
// Portugal, Spain, Italy and Great Britain". A country right after a city
// of its own is the city's ("Johannesburg, South Africa"), no stop.
func stops(toks []token, ments []mention, first mention) []mention {
	var out []mention
	prev := first
	// The list runs past the commas that end the trigger's clause
	// segment, as long as only its items and joins come between.
	for _, m := range ments {
		if m.t0 < prev.t1 {
			continue
		}
		if m.kind != mentionCity && m.country == nil {
			break
		}
		if !listGap(toks, prev.t1, m.t0) {
			break
		}
		if prev.kind == mentionCity && m.country != nil && prev.city.Country.Name == m.country.actor.Name {
			prev = m
			continue
		}
		out = append(out, m)
		prev = m
	}
	return out
}

// listGap reports whether toks[i:j] only join the items of a list: a
// comma, "and", "as well as", "then".
func listGap(toks []token, i, j int) bool {
	if i >= j {
		return false
	}
	for k := i; k < j; k++ {
		switch toks[k].low {
		case ",", "and", "as", "well", "then", "the", "finally", "also", "this", "time", "to", "including", "via":
		default:
			if !toks[k].capitalised() || !toks[k].word() {
				return false
			}
			// A place the gazetteer does not know stands in the
			// list: "Guam, Hawaii, Japan and Republic of Korea".
		}
	}
	return true
}

// onlyTime reports whether toks[i:j] are only a time between a verb and
// its place: "will travel May 1-2 to Geneva", "flies on Monday to Paris".
func onlyTime(toks []token, i, j int) bool {
	if i >= j || j-i > 8 {
		return false
	}
	for k := i; k < j; k++ {
		w := toks[k].low
		switch {
		case timeWord(w), w == "today", w == "tomorrow", w == "tonight", w == "on", w == "next", w == "this",
			w == "week", w == "weekend", w == "month", w == "-", w == "–", w == "through", w == "and", w == ",",
			w == "later", w == "early", w == "late", w == "mid", w == "from", w == "until", w == "morning",
			w == "afternoon", w == "evening", w == "night":
		case w != "" && w[0] >= '0' && w[0] <= '9':
		default:
			return false
		}
	}
	return true
}

// domestic reports whether every side of a meeting is a person of one
// state: "Sarney meets Funaro" is Brazil's government at work, no
// diplomacy.
func domestic(actor *mention, recips []*mention) bool {
	if actor == nil || len(recips) == 0 {
		return false
	}
	c := actor.ent.actor.Country
	if actor.ent.actor.Type == "person" && c != "" && !slices.ContainsFunc(recips, func(m *mention) bool {
		a := m.ent.actor
		return a.Type != "country" || !timeline.SameCountry(a.Name, c)
	}) {
		// "Ozal held talks with Turkey's ambassador to Athens", read
		// as talks with Turkey: a government meeting its own.
		return true
	}
	for _, m := range append([]*mention{actor}, recips...) {
		a := m.ent.actor
		if a.Type != "person" || a.Country == "" || a.Country != c {
			return false
		}
	}
	return true
}

// hostState returns the state a person of another state holds h in,
// when the trigger is a noun a light verb carries and its clause names
// the city or state right after it: "Soviet deputy prime minister Alexei
// Antonov begins two days of economic talks in Bonn" holds them with West
// Germany. Or nil.
func hostState(h *hit, toks []token) *mention {
	a := h.actor
	if a == nil || a.ent.actor.Type != "person" || a.ent.actor.Country == "" || a.ent.actor.Role == "" || len(h.places) == 0 || !nominal(h, toks) {
		return nil // (an office holder: "ENOF and Almaden held talks in Istanbul" are firms)
	}
	p := h.places[0]
	if p.prep != "in" || p.t0 != h.t1+1 || p.kind != mentionCity && p.country == nil {
		return nil
	}
	held := false
	for k := h.t0 - 1; k >= max(0, h.t0-5) && !held; k-- {
		w := toks[k].low
		held = hostingVerbs[w]
		if !held && (!toks[k].word() || prepositions[w] && w != "of" || clauseJoins[w] || toks[k].capitalised()) {
			break // "had to leave monetary talks in Washington": not his to hold
		}
	}
	if !held {
		return nil
	}
	c := placeOf(p).Country
	if c == "" || timeline.SameCountry(c, a.ent.actor.Country) {
		return nil
	}
	return &mention{kind: mentionActor, ent: &entity{actor: timeline.Actor{Name: c, Type: "country", Country: c}}, t0: p.t0, t1: p.t1, prep: "in"}
}

// hostingVerbs make their actor the holder of the talks they carry.
var hostingVerbs = wordSet(`held hold holds holding begins began begin opens opened open starts started start resumes resumed resume continues continued conducts conducted`)

// ownState reports whether every recipient is the actor's own state,
// named as a country or by its officials: a government talking to
// itself.
func ownState(actor *mention, recips []*mention) bool {
	if actor == nil || len(recips) == 0 || actor.ent.actor.Country == "" {
		return false
	}
	for _, r := range recips {
		if r.ent.actor.Type != "country" || !timeline.SameCountry(r.ent.actor.Name, actor.ent.actor.Country) {
			return false
		}
	}
	return true
}

// apposed returns the person named in apposition to a description the
// trigger's "with" opens ("met with the British defense secretary,
// Michael Fallon, yesterday"), past the comma that ends the clause, with
// only title words between the comma and the name; or nil. The
// description must name no one itself, other than a state it is from.
func apposed(toks []token, ments []mention, h *hit, end int) *mention {
	if end >= len(toks) || toks[end].text != "," || toks[h.t1-1].low != "with" && (h.t1 >= len(toks) || toks[h.t1].low != "with") {
		return nil
	}
	det := h.t1
	if toks[det].low == "with" {
		det++ // the trigger ends before its "with"
	}
	if det+1 >= end || !descriptionDets[toks[det].low] {
		return nil
	}
	for i := range ments {
		m := &ments[i]
		if m.t0 >= h.t1 && m.t0 < end && m.kind == mentionActor && m.ent.actor.Type == "person" && !m.pronoun && !m.poss {
			return nil // "met with Michael Fallon, ...": named already
		}
		if m.t0 <= end || m.kind != mentionActor || m.ent.actor.Type != "person" {
			continue
		}
		for k := end + 1; k < m.t0; k++ {
			if !toks[k].capitalised() && toks[k].low != "for" && toks[k].low != "of" && toks[k].low != "and" {
				return nil
			}
		}
		return m
	}
	return nil
}

// descriptionDets open a description of a person: "the British defense
// secretary", "his counterpart".
var descriptionDets = wordSet(`the his her their`)

// openingCall returns the sides of a call or meeting told in a phrase
// that opens its sentence ("In a phone call on Monday, Xi told Biden",
// "During their meeting, Kishida assured Yoon"): the subject after the
// phrase's comma, and the person a verb of telling names right after it.
func openingCall(toks []token, ments []mention, h *hit) (actor, recip *mention) {
	if h.rule.mode != timeline.ModePhone && h.rule.mode != timeline.ModeMeeting || h.t0 > 5 || !nominal(h, toks) {
		return nil, nil
	}
	switch toks[0].low {
	case "in", "during", "at":
	default:
		return nil, nil
	}
	comma := -1
	for k := h.t1; k < min(len(toks), h.t1+6); k++ {
		if toks[k].text == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return nil, nil
	}
	for i := range ments {
		m := &ments[i]
		if m.kind != mentionActor || m.t0 <= comma {
			continue
		}
		if actor == nil {
			if m.t0 != comma+1 || m.ent.actor.Type != "person" {
				return nil, nil
			}
			actor = m
			continue
		}
		if m.ent.actor.Type == "person" && m.t0 >= actor.t1+1 && m.t0 <= actor.t1+2 && tellingVerbs[toks[m.t0-1].low] {
			return actor, m
		}
		return nil, nil
	}
	return nil, nil
}

// tellingVerbs take the person told right after them.
var tellingVerbs = wordSet(`told tells assured assures urged urges informed informs asked asks briefed briefs thanked thanks invited invites congratulated congratulates`)

// passiveAgent returns the agent of a trigger in the passive ("was
// received ... by President Joe Biden", "were welcomed by the king"): a
// person or state after "by" in the trigger's clause, or nil.
func passiveAgent(toks []token, ments []mention, h *hit, end int) *mention {
	if h.t0 == 0 || nominal(h, toks) {
		return nil
	}
	switch toks[h.t0-1].low {
	case "was", "were", "been", "being", "is", "are", "be":
	default:
		return nil
	}
	for k := h.t0 - 2; k >= max(0, h.t0-10); k-- {
		switch toks[k].low {
		case "which", "that", "who":
			return nil // "the meeting ..., which began on Wednesday and is being hosted by Tokayev": the meeting's host
		}
		if toks[k].breaks() {
			break
		}
	}
	for k := range ments {
		m := &ments[k]
		if m.kind == mentionActor && m.prep == "by" && m.t0 > h.t1 && m.t0 <= end && m.t0-h.t1 <= 10 {
			return m
		}
	}
	return nil
}

// absentFrom reports whether a verb of staying away governs the noun at
// t0, past its determiner and modifiers: "skipped the summit", "will
// boycott the talks", "missed the meeting".
func absentFrom(toks []token, t0 int) bool {
	for k := t0 - 1; k >= max(0, t0-4); k-- {
		switch toks[k].low {
		case "skipped", "skip", "skips", "skipping", "boycotted", "boycott", "boycotts", "boycotting",
			"missed", "miss", "misses", "shunned", "shun", "snubbed", "snub":
			return true
		}
		if !nounStarts[toks[k].low] && !strings.Contains(toks[k].low, "-") && !toks[k].capitalised() {
			return false
		}
	}
	return false
}

// hedgedAnd reports whether toks[i:j] is "and" with a hedge set off by
// commas before a list's last item: "Singapore and, perhaps, Thailand".
func hedgedAnd(toks []token, i, j int) bool {
	if j-i != 4 || toks[i].low != "and" || toks[i+1].text != "," || toks[i+3].text != "," {
		return false
	}
	switch toks[i+2].low {
	case "perhaps", "possibly", "maybe", "probably", "also", "later", "eventually":
		return true
	}
	return false
}

// statesOf returns the states of a list after "of" at t1, perhaps
// after their members ("of the foreign ministers of Russia, India and
// China", "of Japan, China and South Korea"), or nil: two or more, joined
// by commas and a last "and", nothing else between.
func statesOf(toks []token, ments []mention, t1 int) []*mention {
	if t1 >= len(toks) || toks[t1].low != "of" {
		return nil
	}
	k := t1 + 1
	for j := k; j < min(len(toks), k+5) && memberWords[toks[j].low] || j < len(toks) && memberNouns[toks[j].low]; j++ {
		if memberNouns[toks[j].low] && j+1 < len(toks) && toks[j+1].low == "of" {
			k = j + 2 // "of the foreign ministers of"
			break
		}
	}
	state := func(from, at int) *mention {
		for i := range ments {
			if m := &ments[i]; m.t0 >= from && m.t0 <= at && m.kind == mentionActor && m.country != nil && m.ent.actor.Type == "country" {
				return m
			}
		}
		return nil
	}
	var list []*mention
	for from := t1 + 1; ; from = k {
		m := state(from, k) // the first may hold its members: "the leaders of China"
		if m == nil || m.t1 >= len(toks) && len(list) == 0 {
			return nil
		}
		list = append(list, m)
		if len(list) > 1 && toks[m.t0-1].low == "and" {
			return list // the last item
		}
		switch {
		case m.t1 >= len(toks):
			return nil
		case toks[m.t1].low == "and":
			k = m.t1 + 1
		case toks[m.t1].low == "," && m.t1+1 < len(toks) && toks[m.t1+1].low == "and":
			k = m.t1 + 2
		case toks[m.t1].low == ",":
			k = m.t1 + 1
		default:
			return nil
		}
	}
}

// listItem reports whether m goes on the list of recipients so far: the
// items of the list joined by commas and a last "and", with items in
// between the lexicon does not know as long as they read as titles and
// names ("Director of the International Department of the Central
// Committee Minister Wang Jiarui"); a comma continues the list only when
// it goes on after m. "Before meeting with Bush, the Crown Prince left"
// lists no one.
func listItem(toks []token, recips []*mention, m *mention) bool {
	if len(recips) == 0 || m.t0 < 2 {
		return false
	}
	last := recips[len(recips)-1].t1
	if last >= m.t0 || m.t0-last > 25 || toks[last].low != "," {
		return false
	}
	and := false
	for k := last; k < m.t0; k++ {
		switch t := toks[k]; {
		case t.low == ",":
		case t.low == "and":
			and = true
		case t.low == "of" || t.low == "the" || t.capitalised() && t.word():
		default:
			return false
		}
	}
	if toks[m.t0-1].low != "," && toks[m.t0-1].low != "and" && m.t0-last > 4 {
		// Only title words between the last comma and m.
		k := m.t0 - 1
		for k > last && toks[k].low != "," && toks[k].low != "and" {
			k--
		}
		if m.t0-k > 4 {
			return false
		}
	}
	return and || m.t1 < len(toks) && (toks[m.t1].low == "," || toks[m.t1].low == "and")
}

// objectOf returns what the trigger of h acts on, by its rule's object
// hook ("a memorial monument" a wreath is laid at, "a treaty" signed), or
// "".
func objectOf(h *hit, toks []token) string {
	if h.rule.object == nil {
		return ""
	}
	return h.rule.object(h, toks)
}

// andBefore reports whether "and" joins the mention at t0 to what comes
// before, right before it or before a few words of a title the lexicon
// does not know: "and Bank of France Governor Jacques de Larosiere".
func andBefore(toks []token, t0 int) bool {
	for k := t0 - 1; k >= 0 && t0-k <= 5; k-- {
		switch t := toks[k]; {
		case t.low == "and":
			return true
		case t.capitalised() && t.word() || t.low == "of" && k < t0-1 || t.low == "the" && k == t0-1:
		default:
			return false
		}
	}
	return false
}

// refPlace returns the city or state a definite mention of an event puts
// it in, "in" a place within its clause segment after the noun at t1, or
// nil.
func refPlace(toks []token, ments []mention, t1 int) *mention {
	end := clauseEnd(toks, t1)
	for k := range ments {
		m := &ments[k]
		if m.t0 >= t1 && m.t0 <= end && m.t0-t1 <= 6 && m.prep == "in" && (m.kind == mentionCity || m.country != nil) {
			return m
		}
	}
	return nil
}

// sidesFrom reports whether toks[t1:k] is "with" and the people of the
// states named from k on: "talks with counterparts from Europe and
// Japan", "met with officials from the Soviet Union".
func sidesFrom(toks []token, t1, k int) bool {
	if t1 > 0 && toks[t1-1].low == "with" {
		t1-- // the trigger holds its "with": "met with defense leaders from Japan"
	}
	first := t1 + 1
	if toks[t1].low != "with" {
		// "met the foreign ministers of France, Britain and Turkey": the
		// verb's object, right after it.
		if toks[t1].low != "the" && toks[t1].low != "his" && toks[t1].low != "her" && toks[t1].low != "their" {
			return false
		}
		first = t1
	}
	if k-t1 < 3 || k-t1 > 9 {
		return false
	}
	side := false
	for j := first; j < k; j++ {
		switch w := toks[j].low; {
		case sideNouns[w]:
			side = true
		case (w == "from" || w == "of") && side:
			// Past "from", only the other places of the list.
			for x := j + 1; x < k; x++ {
				if w := toks[x].low; w != "and" && w != "the" && w != "," && !toks[x].capitalised() {
					return false
				}
			}
			return true
		case !adjectiveLike(toks[j]) && !groupModifiers[w] && w != "the" && w != "their" && w != "his" && w != "her" && w != "senior" && w != "top":
			return false
		}
	}
	return false
}

// sideNouns are the people who stand for their states in talks.
var sideNouns = wordSet(`counterparts counterpart officials ministers leaders delegates delegation delegations envoys negotiators representatives presidents premiers chiefs`)

// eventNounBetween reports whether the noun of another event stands in
// toks[i:j]: what follows it is that event's.
func eventNounBetween(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if eventNouns[toks[k].low] {
			return true
		}
	}
	return false
}

// eventNouns name diplomatic events.
var eventNouns = wordSet(`talks meeting meetings summit visit trip call conference negotiations discussions`)

// attendee returns the person who, as the subject of its clause, takes
// part in the meeting of a body at h: "Clinton will join foreign
// ministers from NATO for an informal NATO Foreign Ministerial meeting",
// "Harris will attend the AI Safety Summit". Or nil.
func attendee(toks []token, ments []mention, h *hit) *mention {
	for k := len(ments) - 1; k >= 0; k-- {
		m := &ments[k]
		if m.t1 > h.t0 || m.kind != mentionActor {
			continue
		}
		if h.actor != nil && m.ent == h.actor.ent || m.prep != "" || m.ent.actor.Type != "person" && !m.poss {
			continue // the body itself, "foreign ministers from NATO"
		}
		if m.ent.actor.Type != "person" || m.poss || m.object {
			return nil
		}
		joins := false
		for j := m.t1; j < h.t0; j++ {
			if toks[j].breaks() || reporting[toks[j].low] {
				return nil
			}
			joins = joins || attendVerbs[toks[j].low]
		}
		if joins {
			return m
		}
		return nil
	}
	return nil
}

// attendVerbs tell that the subject takes part in a meeting.
var attendVerbs = wordSet(`attend attends attended attending join joins joined joining participate participates
	participated participating address addresses addressed addressing chair chairs chaired chairing lead leads led
	co-chair co-chairs co-chaired co-chairing`)

// hostWith returns the head of state or government a visit is "with",
// in its clause: "a visit earlier this week with President Reagan". The
// person's state must be known.
func hostWith(toks []token, ments []mention, t1, end int) *mention {
	for k := range ments {
		m := &ments[k]
		if m.t0 < t1 || m.t0 > end || m.prep != "with" || m.kind != mentionActor {
			continue
		}
		if eventNounBetween(toks, t1, m.t0) {
			return nil // "Abe's visit is to prepare for Nakasone's talks with President Reagan": the talks' partner
		}
		a := m.ent.actor
		if a.Type == "person" && a.Country != "" && statesRoles[a.Role] {
			return m
		}
		return nil
	}
	return nil
}

// openingPlace returns the city or state an opening phrase "In Cairo on
// Sunday," puts the sentence in, when the trigger at t0 comes after its
// comma, or nil.
func openingPlace(toks []token, ments []mention, t0 int) *mention {
	if len(toks) < 3 || toks[0].low != "in" && toks[0].low != "at" {
		return nil
	}
	for i := range ments {
		m := &ments[i]
		if m.t0 != 1 || m.kind != mentionCity && m.country == nil {
			continue
		}
		if m.t1 < t0 && subjectPronouns[toks[m.t1].low] && toks[m.t1].low != "it" {
			return m // "In Singapore he spent the weekend at the APEC summit": a clause's subject, no comma
		}
		for k := m.t1; k < t0 && k < m.t1+6; k++ {
			if toks[k].text == "," {
				return m
			}
		}
		return nil
	}
	return nil
}

// topicNouns, before "in" and a place, make the place a subject of talks:
// "the situation in Ukraine", "the war in Syria", "peace in the Middle
// East".
var topicNouns = wordSet(`situation crisis war conflict fighting peace violence developments tensions unrest stability security reforms elections events`)

// laterEventBefore reports whether another event's noun, after "and" or
// a comma, stands between i and j: "the OECD ministerial meeting in May
// and the G-7 meeting in Venice".
func laterEventBefore(toks []token, i, j int) bool {
	joined := false
	for k := i; k < j; k++ {
		if toks[k].low == "and" || toks[k].text == "," {
			joined = true
		}
		if joined && eventNouns[toks[k].low] {
			return true
		}
	}
	return false
}

// relativePlace returns the city or state a relative clause opening at
// end (", which opened in Tokyo today") puts the meeting before it in, or
// nil: the clause's verb opens, holds or ends the meeting.
func relativePlace(toks []token, ments []mention, end int) *mention {
	if end+3 >= len(toks) || toks[end].text != "," {
		return nil
	}
	k := end + 2
	switch {
	case heldAside(toks, end+1):
		k = end + 1 // "The BRICS summit, being held in Johannesburg"
	case toks[end+1].low != "which" && toks[end+1].low != "that":
		return nil
	}
	for k < len(toks) && (toks[k].low == "is" || toks[k].low == "was" || toks[k].low == "will" || toks[k].low == "be" || toks[k].low == "being") {
		k++
	}
	if k+1 < len(toks) && (toks[k].low == "take" || toks[k].low == "takes" || toks[k].low == "took" || toks[k].low == "taking") && toks[k+1].low == "place" {
		k++ // "the economic summit, which will take place in Venice June 8-10"
	} else if k >= len(toks) || !phaseVerbs[toks[k].low] {
		return nil
	}
	for i := range ments {
		m := &ments[i]
		if m.t0 > k && m.t0 <= k+3 && (m.prep == "in" || m.prep == "at") && (m.kind == mentionCity || m.country != nil) {
			return m
		}
	}
	return nil
}

// phaseVerbs open, hold or end a meeting in a relative clause.
var phaseVerbs = wordSet(`opened opens open began begins started starts held ended ends closed closes convened convenes resumed resumes continues continued hosted`)
