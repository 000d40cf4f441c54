package event

import (
	"slices"
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// bodyRule: a meeting, session or conference named by the organisation
// that holds it (PLOVER CONSULT, mode multilateral, as
// [multilateralRule]).
//
//	The OPEC conference ended on Saturday.
//	A special ICO council session opened this afternoon.
//	The IMF's Interim Committee meeting starts on April 9.
//	The G-7 meeting is expected next week.
//	EC farm ministers' talks ended early yesterday.
//
// The organisation must stand right before the noun, with at most a few
// words of its council, its members or the meeting's kind between
// ("OPEC oil ministers' meeting", "the ICO's executive board meeting").
// Where it does not, the noun is left to the rules after this one.
var bodyRule = &rule{
	name: "body", kind: timeline.KindConsult, mode: timeline.ModeMultilateral, cameo: "040", action: "meeting",
	triggers: []string{"meeting", "meetings", "session", "sessions", "conference", "summit", "talks",
		"ministerial", "assembly", "negotiations", "consultations", "gathering", "forum", "round", "dialogue",
		// One meeting, not two: "the OECD ministerial meeting in May".
		"ministerial meeting", "ministerial meetings", "ministerial conference", "ministerial session",
		"ministerial talks", "summit meeting", "summit talks"},
	need:   needBody,
	yields: true,
	// "places a high priority on the Uruguay round of global trade
	// talks": a round of negotiations told in the present is going on,
	// for years, not held on the story's day.
	mood: func(h *hit, toks []token) (timeline.Status, bool) {
		if toks[h.t0].low == "round" && h.ev.Status == timeline.StatusOccurred && !pastBefore(toks, h.t0) {
			return timeline.StatusOngoing, true
		}
		for k := h.t0 - 1; k >= max(0, h.t0-3); k-- {
			if currentWords[toks[k].low] {
				return timeline.StatusOngoing, true // "at the current meeting here"
			}
		}
		return "", false
	},
	lasting: func(h *hit, toks []token) bool { return toks[h.t0].low == "round" },
	summary: func(p parts) string {
		if meetingTitle(p.actor) {
			return p.actor
		}
		return join("Meeting of", or(p.actor, "an organisation"))
	},
}

// bodyWords may stand between an organisation and the noun of its
// meeting: its organs, its members, the meeting's kind.
var bodyWords = wordSet(`'s s ' council board executive committee ministerial ministers ministers' finance foreign
	trade farm agriculture oil energy economic defence defense central bank bankers governors leaders heads delegates
	special emergency extraordinary annual semi-annual regular plenary informal full spring autumn fall winter summer
	two-day three-day four-day five-day one-day week-long weekly monthly quarterly high-level summit price pricing
	production quota market monitoring committee's group working technical experts producer producers consumer
	consumers member members general international ordinary next last latest previous current upcoming planned scheduled
	first second third fourth fifth final closing opening preparatory this week's month's year's regional
	another marathon negotiating
	january february march april june july august september october november december`)

// bodyBefore returns the organisation whose meeting the noun at t0 is,
// standing before it with only bodyWords between, or the subject of a
// verb that holds, opens or ends it ("The Asian Development Bank (ADB)
// today wound up a three-day meeting", "The International Coffee
// Organization (ICO) Executive Board is to hold a meeting", "Leaders of
// the European Community (EC) began their two-day summit"), or nil.
func bodyBefore(toks []token, ments []mention, t0 int) *mention {
	for k := range ments {
		// "the AI Safety Summit": the meeting named as itself.
		if m := &ments[k]; m.kind == mentionActor && m.t0 < t0 && m.t1 == t0+1 && (meetingHeads[toks[t0].text] || m.ent.actor.Type == "organisation") {
			return m
		}
		// "the Summit of the Americas": named with its head first.
		if m := &ments[k]; m.kind == mentionActor && m.t0 == t0 && m.t1 > t0+1 && meetingHeads[toks[t0].text] && m.ent.actor.Type == "organisation" {
			return m
		}
	}
	if m := bodyNamed(toks, ments, t0); m != nil {
		return m
	}
	if m := bodyAnaphor(toks, ments, t0); m != nil {
		return m
	}
	if m := currentBody(toks, ments, t0); m != nil {
		return m
	}
	if m := itsBody(toks, ments, t0); m != nil {
		return m
	}
	if m := membersAt(toks, ments, t0); m != nil {
		return m
	}
	// Back over the noun's determiner and modifiers to its verb.
	k := t0 - 1
	for k >= 0 && (bodyWords[toks[k].low] || determiners[toks[k].low] || toks[k].low == "its" || strings.Contains(toks[k].low, "-day")) {
		k--
	}
	if k >= 0 && toks[k].low == "up" {
		k--
	}
	if k < 0 || !bodyVerbs[toks[k].low] {
		return nil
	}
	k--
	inName := func(k int) bool {
		return slices.ContainsFunc(ments, func(m mention) bool { return m.t0 < k && k < m.t1 })
	}
	for k >= 0 && !inName(k) && (bodyAdverbs[toks[k].low] || bodyWords[toks[k].low] || toks[k].text == ")") {
		if toks[k].text == ")" {
			// "The Asian Development Bank (ADB)": back over the gloss,
			// to the name it glosses.
			k = beforeGloss(toks, k)
			break
		}
		k--
	}
	if k >= 2 && toks[k].low == "who" {
		// "EC farm ministers, who earlier this week ended another
		// marathon negotiating session": the members the relative
		// clause is about, and their body.
		k--
		if toks[k].text == "," {
			k--
		}
		if k < 1 || !memberNouns[toks[k].low] {
			return nil
		}
		k--
		for k >= 0 && memberWords[toks[k].low] {
			k--
		}
	}
	for i := range ments {
		m := &ments[i]
		if m.kind == mentionActor && m.ent.actor.Type == "organisation" && m.t1 == k+1 && (m.prep == "" || m.prep == "of" && groupHead(toks, m.t0)) {
			return m
		}
	}
	return nil
}

// bodyVerbs hold, open or end a body's meeting.
var bodyVerbs = wordSet(`held holds hold holding opened opens open opening began begins begin beginning started starts
	start ended ends end ending wound winds concluded concludes closed closes convened convenes resumed resumes
	adjourned completed`)

// bodyAdverbs may stand between a body and the verb of its meeting.
var bodyAdverbs = wordSet(`today yesterday tonight will would has have had is was are were to due also formally
	officially finally then later earlier may might could should must need needs plans plan planned expected
	probably likely this last week night morning afternoon evening`)

// bodyNamed returns the organisation standing right before the noun at
// t0 with only bodyWords between, or nil.
func bodyNamed(toks []token, ments []mention, t0 int) *mention {
	for k := range ments {
		m := &ments[k]
		if m.kind != mentionActor || m.ent.actor.Type != "organisation" || m.t1 > t0 || t0-m.t1 > 4 {
			continue
		}
		ok := true
		for j := m.t1; j < t0; j++ {
			if j == m.t1 && m.prep == "(" && toks[j].text == ")" {
				continue // "the Group of Seven (G-7) meeting": the gloss names it
			}
			if !bodyWords[toks[j].low] && !(m.pronoun && yearWord(toks[j].text)) {
				ok = false
				break
			}
		}
		if ok {
			return m
		}
	}
	return nil
}

// membersAt returns the organisation whose members are the subject of a
// clause set at the meeting noun at t0: "European Community agriculture
// ministers are today taking their first serious look ..., but diplomats
// expect no agreement at the two days of talks". The members open the
// sentence: the organisation, then member words ending in a member noun.
func membersAt(toks []token, ments []mention, t0 int) *mention {
	if !setAt(toks, t0) && !sequenced(toks, t0) {
		return nil
	}
	for i := range ments {
		m := &ments[i]
		if m.t0 > 1 {
			return nil
		}
		if m.kind != mentionActor || m.ent.actor.Type != "organisation" || m.prep != "" {
			continue
		}
		k := m.t1
		for k < len(toks) && k < m.t1+4 && memberWords[toks[k].low] && !memberNouns[toks[k].low] {
			k++
		}
		if k < len(toks) && memberNouns[toks[k].low] {
			return m
		}
		return nil
	}
	return nil
}

// bodyAnaphor returns the organisation of the sentence that "the
// group's" or "the body's" before the noun at t0 stands for, with only
// bodyWords or a city between ("Representatives of the Group of Seven
// will meet ... to discuss the agenda for the group's Venice summit in
// June"), or nil.
func bodyAnaphor(toks []token, ments []mention, t0 int) *mention {
	k := t0 - 1
	for k >= 0 && (bodyWords[toks[k].low] || slices.ContainsFunc(ments, func(m mention) bool { return m.kind == mentionCity && m.t0 <= k && k < m.t1 })) &&
		!toks[k].possessive() {
		k--
	}
	if k < 2 || !toks[k].possessive() || !anaphorNouns[toks[k-1].low] || toks[k-2].low != "the" {
		return nil
	}
	var body *mention
	for i := range ments {
		if m := &ments[i]; m.kind == mentionActor && m.ent.actor.Type == "organisation" && m.t1 <= k-2 {
			body = m
		}
	}
	return body
}

// convenedBy returns the organisation a meeting noun ending at t1 is
// convened by: "the talks, convened by the International Cocoa
// Organization (ICCO), in London on Monday", "a conference organised by
// the United Nations".
//
// So is a meeting held under an organisation's auspices: "at a meeting
// held here under the auspices of the United Nations Conference on Trade
// and Development (UNCTAD)".
func convenedBy(toks []token, ments []mention, t1 int) *mention {
	k := t1
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k+1 < len(toks) && (toks[k].low == "held" || toks[k].low == "convened") {
		j := k + 1
		for j < len(toks) && j < k+4 && (toks[j].low == "here" || toks[j].low == "there" || bodyAdverbs[toks[j].low]) {
			j++
		}
		if j+3 < len(toks) && toks[j].low == "under" && toks[j+1].low == "the" && toks[j+2].low == "auspices" && toks[j+3].low == "of" {
			for i := range ments {
				if m := &ments[i]; m.kind == mentionActor && m.ent.actor.Type == "organisation" && m.t0 >= j+4 && m.t0 <= j+5 {
					return m
				}
			}
		}
	}
	if k+1 >= len(toks) || !convenors[toks[k].low] || toks[k+1].low != "by" {
		return nil
	}
	for i := range ments {
		if m := &ments[i]; m.kind == mentionActor && m.ent.actor.Type == "organisation" && m.prep == "by" && m.t0 >= k+2 && m.t0 <= k+3 {
			return m
		}
	}
	return nil
}

// convenors are the participles that name who holds a meeting after
// "by".
var convenors = wordSet(`convened organised organized sponsored hosted called chaired`)

// currentBody returns the organisation the sentence named last before
// "the current meeting" at t0: "China will take a place on the ADB board
// at the current meeting here" is the ADB's meeting, going on.
func currentBody(toks []token, ments []mention, t0 int) *mention {
	k := t0 - 1
	for k >= 0 && (toks[k].low == "annual" || toks[k].low == "ministerial" || toks[k].low == "plenary") {
		k--
	}
	if k < 1 || !currentWords[toks[k].low] || toks[k-1].low != "the" && toks[k-1].low != "this" {
		return nil
	}
	var body *mention
	for i := range ments {
		if m := &ments[i]; m.kind == mentionActor && m.ent.actor.Type == "organisation" && m.t1 < k {
			body = m
		}
	}
	return body
}

// itsBody returns the organisation "its meeting" at t0 belongs to: the
// body that is the subject of the sentence, before or after ("At its
// previous meeting in December, OPEC set a provisional limit", "OPEC set
// a limit at its last meeting"), or nil.
func itsBody(toks []token, ments []mention, t0 int) *mention {
	k := t0 - 1
	for k >= 0 && (bodyWords[toks[k].low] || strings.HasSuffix(toks[k].low, "-day")) && toks[k].low != "'s" {
		k--
	}
	if k < 0 || toks[k].low != "its" && toks[k].low != "their" {
		return nil
	}
	their := toks[k].low == "their"
	var body *mention
	for i := range ments {
		m := &ments[i]
		if their && m.pronoun && m.t0 == 0 && m.ent.actor.Type == "organisation" {
			return m // "The ministers ended their three-day meeting"
		}
		if m.kind != mentionActor || m.ent.actor.Type != "organisation" || m.prep != "" || m.poss || m.pronoun || their && m.t0 > 3 {
			continue // "their" is a body's only when the body opens the sentence
		}
		if m.t1 <= k {
			body = m // the nearest before
			continue
		}
		if body == nil && m.t0 > t0 {
			body = m
		}
		break
	}
	return body
}

// currentWords tell a meeting going on as the story is told.
var currentWords = wordSet(`current present ongoing`)

// anaphorNouns stand for an organisation named before them.
var anaphorNouns = wordSet(`group body organisation organization grouping community alliance bloc`)

// organRef returns the end of "the board", "the council", "the next
// regular board" at toks[i] — an organ of the organisation the story
// named last, right before the noun of its meeting — or i.
func organRef(toks []token, i int) int {
	if toks[i].low != "the" {
		return i
	}
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		w := toks[j].low
		if organs[w] {
			// Its meeting's noun follows, past the meeting's kind:
			// "the group's regional ministerial conference".
			for k := j + 1; k < len(toks) && k <= j+4; k++ {
				if bodyRule.triggerAt(toks, k) {
					return j + 1
				}
				if !bodyWords[toks[k].low] && !toks[k].possessive() {
					break
				}
			}
			// Or it meets, the subject of the verb: "The board is due
			// to meet in Indonesia in June", "the full council is not
			// due to meet again until September".
			for k := j + 1; k < len(toks) && k <= j+6; k++ {
				if w := toks[k].low; meetVerbs[w] {
					return j + 1
				} else if !organAuxiliaries[w] {
					break
				}
			}
			return i
		}
		if !bodyWords[w] || toks[j].capitalised() {
			return i
		}
	}
	return i
}

// membersRef returns the end of "The ministers" opening a sentence at
// toks[i] whose clause goes on to "their ... meeting" ("The ministers
// ended their three-day meeting in Luxembourg"): the members of the body
// the story named last, meeting; or i.
func membersRef(toks []token, i int) int {
	if i != 0 || len(toks) < 4 || toks[0].low != "the" {
		return i
	}
	j := 1
	for j < len(toks) && j < 3 && memberWords[toks[j].low] && !memberNouns[toks[j].low] {
		j++ // "The farm ministers"
	}
	if j >= len(toks) || !memberNouns[toks[j].low] || !strings.HasSuffix(toks[j].low, "s") {
		return i
	}
	for k := j + 1; k < len(toks) && k <= j+5; k++ {
		if toks[k].breaks() {
			return i
		}
		if toks[k].low != "their" {
			continue
		}
		for n := k + 1; n < len(toks) && n <= k+4; n++ {
			if bodyRule.triggerAt(toks, n) {
				return j + 1
			}
			if !bodyWords[toks[n].low] && !strings.HasSuffix(toks[n].low, "-day") {
				break
			}
		}
		return i
	}
	return i
}

// sessionRef returns the end of the determiner of a session that opens
// a sentence and is told opening or closing — "This week's meeting,
// which began yesterday, is due to end Friday", "The one-week meeting,
// which ended today", "The two-day session opened this morning" — at
// toks[i]: the session of the organisation the story is about. Or i.
func sessionRef(toks []token, i int) int {
	if i != 0 || len(toks) < 5 {
		return i
	}
	j := 1
	switch {
	case toks[0].low == "this" && toks[1].low == "week" && toks[2].possessive():
		j = 3
	case (toks[0].low == "today" || toks[0].low == "yesterday") && toks[1].possessive():
		j = 2
	case toks[0].low == "the" && (strings.HasSuffix(toks[1].low, "-day") || strings.HasSuffix(toks[1].low, "-week") || toks[1].low == "week-long"):
		j = 2
	default:
		return i
	}
	if !bodyRule.triggerAt(toks, j) || toks[j].low == "talks" || toks[j].low == "round" || toks[j].low == "negotiations" {
		return i
	}
	k := j + 1
	if k+1 < len(toks) && toks[k].text == "," && toks[k+1].low == "which" {
		k += 2
	}
	for n := 0; k < len(toks) && n < 3 && (toks[k].low == "is" || toks[k].low == "was" || toks[k].low == "due" || toks[k].low == "to" || toks[k].low == "formally"); n++ {
		k++
	}
	if k < len(toks) && sessionPhases[toks[k].low] {
		return j
	}
	return i
}

// sessionAt returns the end of the time of "at yesterday's meetings"
// ("during this week's session", "at last week's meeting") at toks[i],
// the "at": a session named by its time alone is the session of the
// organisation the story is about ("the Group of Seven reaffirmed its
// commitment at yesterday's meetings"). It returns i when there is none.
func sessionAt(toks []token, i int) int {
	if toks[i].low != "at" && toks[i].low != "during" || i+3 >= len(toks) {
		return i
	}
	j := i + 1
	switch {
	case (toks[j].low == "this" || toks[j].low == "last") && toks[j+1].low == "week" && toks[j+2].possessive():
		j += 3
	case (toks[j].low == "today" || toks[j].low == "yesterday") && toks[j+1].possessive():
		j += 2
	default:
		return i
	}
	if j >= len(toks) || !bodyRule.triggerAt(toks, j) || toks[j].low == "round" {
		return i
	}
	return j
}

// sessionPhases open or close a session.
var sessionPhases = wordSet(`began begins opened opens ended ends closed closes end open begin close resumed resumes adjourned`)

// monthRef returns the end of the "the" of "the December 1987 meeting",
// "the February meeting", "the June Economic Summit", "the 2019 summit"
// at toks[i] — a meeting named by its month or year, of the organisation
// the story named last (by its year, of the one the story is about) — or
// i.
func monthRef(toks []token, i int) int {
	if toks[i].low != "the" || i+2 >= len(toks) || !months[toks[i+1].low] && !yearWord(toks[i+1].text) {
		return i
	}
	j := i + 2
	if months[toks[i+1].low] && yearWord(toks[j].text) {
		j++
	}
	for k := j; k < len(toks) && k <= j+2; k++ {
		if bodyRule.triggerAt(toks, k) {
			if k+1 < len(toks) && (toks[k+1].low == "on" || toks[k+1].low == "of" || toks[k+1].text == "(" && k+2 < len(toks) && toks[k+2].low == "of") {
				return i // "the December meeting on climate change": its own subject, or its own body
			}
			return i + 1
		}
		if !bodyWords[toks[k].low] {
			break
		}
	}
	return i
}

// hostedRef returns the end of "the next" of "will host the next summit",
// "to host the sixth summit" at toks[i] — the coming session of the
// organisation the story is about, told by its host — or i.
func hostedRef(toks []token, i int) int {
	if toks[i].low != "the" || i == 0 || i+2 >= len(toks) || !strings.HasPrefix(toks[i-1].low, "host") || !sessionOrdinal(toks[i+1].low) {
		return i
	}
	k := i + 2
	if !bodyRule.triggerAt(toks, k) || k+1 < len(toks) && (toks[k+1].low == "on" || toks[k+1].low == "of" || toks[k+1].low == "with") {
		return i // "the next summit with Japan": its own sides
	}
	return k
}

// sessionOrdinal reports whether w counts a body's sessions: "next",
// "sixth", "12th".
func sessionOrdinal(w string) bool {
	switch w {
	case "next", "following", "coming", "upcoming", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
		"eighth", "ninth", "tenth", "eleventh", "twelfth":
		return true
	}
	n := strings.TrimRight(w, "stndrh")
	return n != "" && n != w && isDigits(n) && (strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th"))
}

// economicSummit returns the end of "economic summit" at toks[i] when
// it names the summit of the Group of Seven, or i: "the Venice economic
// summit", "the coming economic summit", "the seven-nation economic
// summit", "their economic summit"; not "a domestic economic summit".
// Written "Economic Summit", the lexicon knows the name.
func economicSummit(toks []token, i int) int {
	if toks[i].text != "economic" || i+1 >= len(toks) || toks[i+1].low != "summit" {
		return i
	}
	k := i - 1
	for k >= 0 && (summitModifiers[toks[k].low] || toks[k].capitalised() && !determiners[toks[k].low] || toks[k].possessive() && timeWord(strings.TrimSuffix(toks[k].low, "'s"))) {
		k-- // "the Venice", "the June", "this year's", "the seven-nation"
	}
	if k < 0 || toks[k].low != "the" && toks[k].low != "their" && toks[k].low != "this" {
		return i
	}
	return i + 2
}

// summitModifiers may stand between "the" and "economic summit" of the
// Group of Seven.
var summitModifiers = wordSet(`seven-nation western annual coming upcoming forthcoming next last recent industrial
	year's`)

// months are the names of the months, in lower case.
var months = wordSet(`january february march april may june july august september october november december`)

// yearWord reports whether w is a four-digit year: "the December 1987 meeting".
func yearWord(w string) bool {
	if len(w) != 4 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w[0] == '1' || w[0] == '2'
}

// meetVerbs and organAuxiliaries: an organ as the subject of its meeting,
// "the board will meet", "the council is not due to convene again".
var (
	meetVerbs        = wordSet(`meet meets met convene convenes convened reconvene reconvenes reconvened`)
	organAuxiliaries = wordSet(`is are was were will would shall not due to expected scheduled set also again then next`)
)

// organs are the nouns an organisation's standing bodies, or the
// organisation itself, go by.
var organs = wordSet(`board council committee group organisation organization`)
