package event

import (
	"strings"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// status reads an event's status from the words before its trigger,
// nearest first, back to the start of the sentence or a "but": modal and
// future cues make it planned, expected or possible; "is visiting" makes
// it ongoing; "cancelled" or "postponed" after it cancels it; otherwise a
// date after the anchor makes it planned and anything else occurred.
func status(toks []token, h *hit, anchor time.Time) timeline.Status {
	if untilLater(toks, h.t1) {
		// "the full council is not due to meet again until
		// September": not before then, so then.
		return timeline.StatusPlanned
	}
	for k := h.t0 - 1; k >= max(0, h.t0-3) && h.rule.mode == timeline.ModeVisit; k-- {
		switch toks[k].low {
		case "included":
			// "an overseas trip that also included visits to
			// Afghanistan and Pakistan": the stops of a journey told
			// as done.
			return timeline.StatusOccurred
		case "include", "includes":
			if k > 0 && (toks[k-1].low == "will" || toks[k-1].low == "would") {
				return timeline.StatusPlanned
			}
		}
	}
	for k := h.t1; k+3 < len(toks) && k < h.t1+20; k++ {
		if toks[k].low == "yet" && toks[k+1].low == "to" && toks[k+2].low == "be" {
			return timeline.StatusPlanned // "The dates for the Baker-Chung meeting have yet to be set"
		}
		if toks[k].breaks() {
			break
		}
	}
	if postponedTo(toks, h.t1) {
		// "the planned meeting March 7 ... has been postponed until
		// the start of April": still to come, later.
		return timeline.StatusPlanned
	}
	for k, limit := h.t1, min(len(toks), h.t1+8); k < limit; k++ {
		if toks[k].text == "," && k+1 < len(toks) && reducedPlan[toks[k+1].low] {
			// "His bilateral meeting with Wen, scheduled for the
			// afternoon, was cancelled": past the aside.
			j := k + 1
			for j < len(toks) && j < k+8 && toks[j].text != "," {
				j++
			}
			if j < len(toks) && toks[j].text == "," {
				limit = min(len(toks), limit+j-k+1)
				k = j
				continue
			}
		}
		switch toks[k].lower() {
		case "cancelled", "canceled", "postponed", "scrapped", "called", "shelved":
			if toks[k].lower() != "called" || k+1 < len(toks) && toks[k+1].lower() == "off" {
				return timeline.StatusCancelled
			}
		case "hold":
			if k > 1 && toks[k-1].low == "on" && (toks[k-2].low == "put" || toks[k-2].low == "puts") {
				return timeline.StatusCancelled // "has been put on hold"
			}
		case ",", ".":
			k = len(toks)
		}
	}
	if nominal(h, toks) || h.rule.need == needBody {
		// "a meeting of the Group of Seven is expected to begin", "The
		// council session will be chaired by ..."
		for k := h.t1; k < min(len(toks), h.t1+14); k++ {
			if w := toks[k].low; w == "," || w == ";" || w == "." {
				if w == "," && k+1 < len(toks) && toks[k+1].low == "if" {
					// "Talks this week between Nakasone and Reagan,
					// if successful, could ...": still to come.
					return timeline.StatusPlanned
				}
				break
			}
		}
		for k := h.t1; k < min(len(toks), h.t1+12); k++ {
			w := toks[k].low
			if w == "," || w == ";" || w == "." || toks[k].clause || w == "that" || w == "which" || w == "who" {
				break // "predicted during a visit here that the bill will pass": another clause's future
			}
			if (w == "is" || w == "are") && k+1 < len(toks) && underWay(toks, k+1) {
				return timeline.StatusOngoing // "Talks between Zaire and the IMF are underway"
			}
			if (w == "is" || w == "are" || w == "was" || w == "were") && k+1 < len(toks) {
				switch toks[k+1].low {
				case "expected":
					return timeline.StatusExpected
				case "scheduled", "due", "set", "planned", "to":
					return timeline.StatusPlanned
				case "likely", "unlikely", "uncertain", "doubtful", "possible":
					// "an early meeting of G-7 finance ministers was
					// unlikely".
					return timeline.StatusPossible
				}
			}
			if w == "will" || w == "would" {
				return timeline.StatusPlanned
			}
		}
	}
	if nominal(h, toks) {
		for k := h.t0 - 1; k >= max(1, h.t0-4); k-- {
			if toks[k].low == "on" && (toks[k-1].low == "is" || toks[k-1].low == "are" || toks[k-1].low == "here") && !toks[k+1].capitalised() && !timeWord(toks[k+1].low) {
				// (not "is expected here on Friday for talks": a day,
				// not a visit, after "on")
				return timeline.StatusOngoing // "is on a two-day visit", "Duffy, here on a three-day visit, said"
			}
			if toks[k].low == "for" && inPlaceFor(toks, k) {
				return timeline.StatusOngoing // "De Croo, in Washington for talks with Administration officials, said"
			}
		}
	}
	if h.t0 > 0 && strings.HasSuffix(toks[h.t0].lower(), "ing") && !toks[h.t0-1].possessive() {
		k := h.t0 - 1
		if k > 0 && (toks[k].low == "also" || toks[k].low == "still" || toks[k].low == "now") {
			k-- // "is also holding talks"
		}
		switch toks[k].lower() {
		case "is", "are", "'s", "been":
			if w := toks[h.t0].low; w == "heading" || w == "traveling" || w == "travelling" || w == "flying" || w == "going" {
				return timeline.StatusPlanned // "is heading back to Europe": on the way, there later
			}
			return timeline.StatusOngoing // "is visiting", "have been holding talks"
		case "was", "were":
			if laterToday(toks) {
				// "Later Wednesday, Biden was hosting new British Prime
				// Minister Keir Starmer": the day's program, still to
				// come when the story was filed.
				return timeline.StatusPlanned
			}
		}
	}
	past := pastTense(toks[h.t0].low) && !(h.t0 > 0 && (toks[h.t0-1].low == "have" || toks[h.t0-1].low == "be"))
	if past && negated(toks, h.t0) {
		return timeline.StatusDenied
	}
	noun := nominal(h, toks) || h.rule.need == needBody // "the Uruguay round", "the council session": nouns
	// "Ongpin proposed the fund during a trip to the United States": a
	// journey the sentence hangs another act on has only the tense of
	// that act, not its mood.
	background := noun && (sequenced(toks, h.t0) || setAt(toks, h.t0))
	for k := h.t0 - 1; k >= 0; k-- {
		if past && h.t0-k > 3 {
			break // "Shultz met": only a modal right before changes a past verb
		}
		if noun && (toks[k].text == "," && !toks[k].list || toks[k].clause || toks[k].text == ";") {
			break // a noun's status comes from its own clause
		}
		w := toks[k].lower()
		if monthMay(toks, k) {
			continue // "from April 30 to May 2": the month, no modal
		}
		if background {
			if w == "," || w == ";" || w == "said" || w == "says" || w == "told" {
				break
			}
			if w == "probably" || w == "possibly" || w == "perhaps" {
				return timeline.StatusPossible // "probably at the next meeting of the Paris Club"
			}
			if futureWords[w] {
				return timeline.StatusPlanned
			}
			continue
		}
		switch w {
		case "but", ";", "said", "says", "told", "when", "since", "because", "while", "until", "after", "before", "which", "who", "that":
			if (w == "before" || w == "after") && k == h.t0-1 && strings.HasSuffix(toks[h.t0].low, "ing") {
				// "will attend the summit before traveling to
				// Cambodia": the gerund shares its clause's mood.
				continue
			}
			if w == "that" && k > 0 && (proposing[toks[k-1].low] || k > 1 && (timeWord(toks[k-1].low) || toks[k-1].low == "today") && proposing[toks[k-2].low]) {
				// "Lho proposed that the two prime ministers meet",
				// "Papandreou's renewed offer today that the two
				// countries meet": only proposed.
				return timeline.StatusPossible
			}
			k = -1
			continue
		case "expected", "expects", "expect":
			return timeline.StatusExpected
		case "forthcoming", "upcoming", "impending":
			if noun && nameBetween(toks, k+1, h.t0) {
				return timeline.StatusPlanned // "a common position for forthcoming General Agreement on Tariffs and Trade (GATT) talks"
			}
		case "probable", "probably":
			return timeline.StatusPossible // "a probable meeting between Baker and Miyazawa"
		case "forward":
			if k > 0 && strings.HasPrefix(toks[k-1].low, "look") {
				return timeline.StatusPlanned // "looking forward to his talks with Nakasone"
			}
		case "to":
			if namesOnlyBefore(toks, k) && k+1 < len(toks) && (!toks[k+1].capitalised() || headlineVerbs[toks[k+1].low]) {
				return timeline.StatusPlanned // "Japan to hold financial talks with France", "Shultz to visit Moscow"
			}
			if k > 0 && toks[k-1].low == "had" && k == h.t0-1 {
				return timeline.StatusOccurred // "had to leave the talks early"
			}
			if st, ok := firstTo(toks, k); ok && k == h.t0-1 {
				return st // "became the first sitting American president to visit Hiroshima"
			}
			if g := gladBefore(toks, k); k == h.t0-1 && g > 0 && !pastTense(toks[g-1].low) && toks[g-1].low != "was" && toks[g-1].low != "were" {
				// "are very excited and pleased to welcome the Prime
				// Minister to Washington": the announcement of a visit;
				// "I'm delighted to have a chance to welcome Foreign
				// Secretary Meade here": the guest is here now.
				if hereAfter(toks, h.t1) {
					return timeline.StatusOngoing
				}
				return timeline.StatusPlanned
			}
		case "chance":
			if k > 1 && toks[k-1].low == "a" && (toks[k-2].low == "have" || toks[k-2].low == "has" || toks[k-2].low == "had") {
				continue // "delighted to have a chance to welcome him here": the chance is taken
			}
			return timeline.StatusPossible
		case "possible", "likely":
			if k > 0 && determiners[toks[k-1].low] && k+1 < h.t0 && toks[k+1].word() && !toks[k+1].capitalised() && !bodyWords[toks[k+1].low] {
				// "Discussions on the possible extension of the
				// agreement began at the quarterly session": the
				// adjective of another noun, no mood of the session.
				continue
			}
			return timeline.StatusPossible
		case "unlikely", "may", "might", "could", "possibly", "considering", "consider",
			"if", "whether", "uncertain", "unclear", "prospects", "chances",
			"suggested", "suggests", "suggest", "urged", "urges", "offered", "offers",
			"speculation", "speculated", "rumoured", "rumored", "rumours", "rumors",
			"hopes", "hope", "hoped", "wants", "want", "seeks", "seek", "aims", "invited", "invitation", "proposed",
			"wishes", "wish", "wished",
			"require", "requires", "required", "requiring", "asked", "asks", "ask":
			return timeline.StatusPossible
		case "cancelled", "canceled", "postponed", "scrapped", "cancel", "postpone",
			"refused", "refuses", "declined", "declines", "rejected", "rejects", "shelved":
			if k+2 < len(toks) && toks[k+1].low == "to" && tellWords[toks[k+2].low] {
				// "declined to detail what Miyazawa and Baker
				// discussed": a refusal to tell, not of the meeting.
				continue
			}
			return timeline.StatusCancelled
		case "off":
			if k > 0 && (toks[k-1].low == "called" || toks[k-1].low == "calls" || toks[k-1].low == "call" || toks[k-1].low == "calling") {
				return timeline.StatusCancelled // "called off a planned trip to Europe"
			}
		case "down":
			if k > 0 && strings.HasPrefix(toks[k-1].low, "turn") {
				return timeline.StatusCancelled // "Wen turned down a meeting with Kan"
			}
		case "will", "'ll", "shall", "plans", "planned", "plan", "planning", "scheduled", "due", "would", "intends", "intend", "going", "set", "sets", "prepared", "preparing":
			if w == "set" && (k+1 >= len(toks) || toks[k+1].lower() != "to") {
				continue
			}
			if (w == "planned" || w == "scheduled") && k > 0 && determiners[toks[k-1].low] {
				// "postponed a planned trip": the adjective tells no
				// status; the verb before it does.
				continue
			}
			if (w == "plans" || w == "plan") && (k == 0 || determiners[toks[k-1].low] || k == 1 && toks[0].capitalised() || adjectiveLike(toks[k-1])) {
				// "Controversial plans to pay farmers ... ran into
				// problems at today's meeting": a noun, whose plan is
				// no status of the meeting.
				continue
			}
			if negated(toks, k) {
				return timeline.StatusDenied // "had no plans to meet"
			}
			if (w == "due" || w == "scheduled" || w == "set" || w == "planned" || w == "expected") && k > 1 &&
				toks[k-1].low == "been" && toks[k-2].low == "had" && k+1 < len(toks) && toks[k+1].low == "to" {
				// "Merkel had been due to fly to Washington on Monday":
				// a plan the story tells as overtaken.
				return timeline.StatusCancelled
			}
			if speculated(toks, k) {
				return timeline.StatusPossible // "speculation that Reagan would meet"
			}
			return timeline.StatusPlanned
		case "is", "are", "was", "were":
			if k+1 < len(toks) && toks[k+1].lower() == "to" && (w == "is" || w == "are" || k+2 < len(toks) && toks[k+2].low != "have" && toks[k+2].low != "be") {
				return timeline.StatusPlanned // "Xi was to host a dinner for Abe", not "was to have left"
			}
			if (w == "was" || w == "were") && k+1 < len(toks) && strings.HasSuffix(toks[k+1].low, "ing") && laterToday(toks) {
				return timeline.StatusPlanned // "Later Wednesday, Biden was hosting Starmer ... for their first meeting"
			}
		case "avoid", "avoids", "avoided", "avoiding", "without":
			if noun && h.t0-k <= 5 {
				return timeline.StatusDenied // "trying to avoid an emergency OPEC meeting", "without another meeting"
			}
		case "denied", "denies", "no", "not", "never", "n't":
			if noun && w != "denied" && w != "denies" && !negatesNoun(toks, k, h.t0) {
				// "not helpful in the context of the ongoing U.S.-Canada
				// talks": the negation is another word's.
				continue
			}
			if h.rule.mode == timeline.ModeMultilateral && h.rule.need == needBody && !(w == "no" && h.t0-k <= 3) {
				// "will not be able to open the council session":
				// someone fails to take part; a body's session is
				// held still, unless "no session" is held.
				continue
			}
			return timeline.StatusDenied
		case "with":
			if goesAheadWith(toks, k) {
				// "will not be able to go forward with his planned
				// travel to the Philippines": called off.
				return timeline.StatusCancelled
			}
		case "for":
			if k > 0 && (toks[k-1].low == "called" || toks[k-1].low == "calls" || toks[k-1].low == "calling") {
				return timeline.StatusPossible // "called for a swift convening of a meeting"
			}
		case "eve":
			if noun && k+1 < len(toks) && toks[k+1].low == "of" && k > 0 && toks[k-1].low == "the" &&
				(h.rule.mode == timeline.ModeMeeting || h.rule.mode == timeline.ModeMultilateral) { // (not "on the eve of his departure", told after it)
				// "on the eve of the semi-annual meetings of the IMF":
				// they begin the day after, still to come.
				return timeline.StatusPlanned
			}
		case "prepare", "ahead":
			if noun && (w != "ahead" || k+1 < len(toks) && toks[k+1].low == "of") {
				// "hopes to meet Reagan to prepare for the Venice summit
				// in June", "may go ahead of the OPEC meeting": what is
				// prepared for is set, whatever the mood of the
				// preparing.
				return timeline.StatusPlanned
			}
		case "currently":
			return timeline.StatusOngoing
		case "pays", "makes":
			if noun {
				// "when he pays a two-day visit to Nairobi on Friday":
				// the present of a programme.
				return timeline.StatusPlanned
			}
		}
	}
	if past {
		return timeline.StatusOccurred
	}
	if nominal(h, toks) && journeyNouns[toks[h.t0].low] && !h.ev.When.Start.Placed() && verbless(toks) {
		// "Secretary Kerry's Travel to Seoul, Beijing, Jakarta, and Abu
		// Dhabi", an item of a briefing's index or a headline with no
		// verb: a journey announced is still to come.
		return timeline.StatusPlanned
	}
	k := h.t0 - 1
	for k > 0 && h.t0-k < 5 && (toks[k].capitalised() || toks[k].text == "-") {
		k-- // past the modifiers: "a new U.S.-Soviet summit"
	}
	if k >= 3 && toks[k].low == "new" && (toks[k-1].low == "a" || toks[k-1].low == "an") &&
		(toks[k-2].low == "on" || toks[k-2].low == "for" || toks[k-2].low == "about" || toks[k-2].low == "of" || toks[k-2].low == "toward" || toks[k-2].low == "towards") {
		// "a decision on a new U.S.-Soviet summit", "plans for a new
		// round": one spoken of, not yet set.
		return timeline.StatusPossible
	}
	if (nominal(h, toks) || h.rule.need == needBody) && h.t1+1 < len(toks) && toks[h.t1].low == "coming" && toks[h.t1+1].low == "up" {
		return timeline.StatusPlanned // "with the Venice economic summit coming up"
	}
	if nominal(h, toks) || h.rule.need == needBody {
		// "the President's upcoming trip to Africa", "a proposed
		// summit", "at the committee's next meeting": with no verb to
		// tell, the noun's modifier does.
		// A possessor's name does not count towards the four words:
		// "in preparation for Prime Minister Yasuhiro Nakasone's visit".
		for k, n := h.t0-1, 0; k >= 0 && n < 4; k-- {
			w := toks[k].low
			if st, ok := plannedModifiers[w]; ok {
				return st
			}
			if toks[k].breaks() || w == "." {
				break
			}
			if !toks[k].capitalised() && !toks[k].possessive() {
				n++
			}
		}
	}
	switch w := toks[h.t0].lower(); w {
	case "sets", "set":
		return timeline.StatusPlanned
	case "visit", "visits", "meet", "meets", "sign", "signs", "leave", "leaves", "arrive", "arrives",
		"return", "returns", "host", "hosts", "depart", "departs",
		"travel", "travels", "fly", "flies", "go", "goes", "head", "heads", "tour", "tours":
		if !nominal(h, toks) {
			// "when he visits Washington later in the month": a verb in
			// the present tells of what is to come.
			return timeline.StatusPlanned
		}
	}
	if d := h.ev.When.Start; d.Placed() && d.Earliest.After(anchor.Add(24*time.Hour-time.Minute)) {
		return timeline.StatusPlanned
	}
	if d := h.ev.When.Start; h.rule.mode == timeline.ModeVisit && nominal(h, toks) && d.Placed() && d.Fuzzy() && !d.Earliest.After(anchor) && d.Latest.After(anchor) &&
		d.Latest.Sub(anchor) > anchor.Sub(d.Earliest)+24*time.Hour && !followsOn(toks, h.t0) {
		// "the visit this week by Japanese Prime Minister Yasuhiro
		// Nakasone" in a Monday's story: a visit in a time mostly ahead,
		// told with no verb, is ahead; not one an act "follows".
		return timeline.StatusPlanned
	}
	if d := h.ev.When.Start; len(d.Text) > 6 && strings.EqualFold(d.Text[:6], "later ") {
		// "a departure later today for trade talks": after the time
		// of writing, though on its day.
		return timeline.StatusPlanned
	}
	return timeline.StatusOccurred
}

// namesOnlyBefore reports whether the words before k are names alone,
// joined by commas or "and": the subject of a headline's "X to meet Y".
func namesOnlyBefore(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	for _, t := range toks[:k] {
		if !t.capitalised() && t.text != "," && t.low != "and" || strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed") {
			return false // ("Speaking to the IMF's Interim Committee": a verb)
		}
	}
	return true
}

// gladWords, before "to" and a verb, announce what is to come: "The
// President is pleased to welcome ...".
var gladWords = map[string]bool{"pleased": true, "delighted": true, "happy": true, "glad": true, "honored": true,
	"honoured": true, "excited": true, "proud": true, "eager": true, "thrilled": true}

// gladBefore returns the index of a glad word that the infinitive's "to"
// at k follows, past "to have a chance" or "the opportunity", or -1.
func gladBefore(toks []token, k int) int {
	for j := k - 1; j >= max(1, k-6); j-- {
		w := toks[j].low
		if gladWords[w] {
			return j
		}
		if w != "to" && w != "have" && w != "a" && w != "the" && w != "chance" && w != "opportunity" {
			return -1
		}
	}
	return -1
}

// hereAfter reports whether "here" stands in the clause after t1.
func hereAfter(toks []token, t1 int) bool {
	for k := t1; k < len(toks) && !toks[k].breaks(); k++ {
		if toks[k].low == "here" {
			return true
		}
	}
	return false
}

// monthMay reports whether toks[k] is the month May inside a sentence,
// where the modal would be lower case.
func monthMay(toks []token, k int) bool {
	return toks[k].text == "May" && k > 0 && toks[k-1].text != "." && toks[k-1].text != "\"" && toks[k-1].text != "'"
}

// proposing verbs before "that" make the event they introduce a
// proposal.
var proposing = map[string]bool{"proposed": true, "proposes": true, "propose": true, "suggested": true, "suggests": true,
	"urged": true, "urges": true, "recommended": true, "recommends": true, "demanded": true, "demands": true, "insisted": true,
	"offer": true, "offers": true, "offered": true, "proposal": true, "suggestion": true}

// futureWords put a background journey ahead: "will propose it during a
// trip", "an announcement could come during a visit" (the announcement
// is possible, the visit planned).
var futureWords = map[string]bool{"will": true, "'ll": true, "shall": true, "would": true, "plans": true, "planned": true,
	"plan": true, "scheduled": true, "due": true, "expected": true, "going": true, "intends": true,
	"could": true, "may": true, "might": true, "can": true, "should": true}

// pastTense reports whether a trigger word is a verb in the past tense,
// which settles that the event occurred.
func pastTense(w string) bool {
	switch w {
	case "met", "left", "took", "came", "held", "paid", "laid", "began", "made", "signed",
		"visited", "arrived", "returned", "departed", "hosted", "telephoned", "phoned",
		"conferred", "landed", "seized", "assumed", "placed",
		// "Erdogan, who has offered to host a meeting ..., discussed
		// the war with Putin in a phone call on Sunday": a past verb
		// after a relative clause keeps that clause's mood away.
		"discussed", "spoke", "talked", "toured", "flew", "traveled", "travelled", "received", "welcomed",
		"greeted", "attended", "dined", "negotiated", "chatted":
		return true
	}
	return false
}

// negated reports whether the two words before toks[i] negate it: "did
// not meet", "never signed".
func negated(toks []token, i int) bool {
	for k := i - 1; k >= max(0, i-2); k-- {
		switch toks[k].low {
		case "not", "never", "n't", "no":
			return true
		}
	}
	return false
}

// postponedTo reports whether "postponed", "delayed", "deferred" or
// "put off" after t1, in its clause, is followed by "until", "to" or
// "till": the event moved to a later time, not called off.
func postponedTo(toks []token, t1 int) bool {
	for k := t1; k < min(len(toks)-1, t1+16) && !toks[k].breaks(); k++ {
		switch toks[k].low {
		case "postponed", "delayed", "deferred", "rescheduled", "moved":
			n := toks[k+1].low
			return n == "until" || n == "to" || n == "till" || n == "for"
		}
	}
	return false
}

// untilLater reports whether a negation before the verb ending at t1 is
// lifted by "until" after it in its clause: "will not meet until
// September", "is not due to meet again until May 12".
func untilLater(toks []token, t1 int) bool {
	if !negated(toks, t1-1) && !(t1 >= 4 && negated(toks, t1-3)) {
		return false
	}
	for k := t1; k < min(len(toks), t1+6) && !toks[k].breaks(); k++ {
		if toks[k].low == "until" || toks[k].low == "till" {
			return true
		}
	}
	return false
}

// pastBefore reports whether a verb in the past tense governs the noun
// at i from at most eight words before it, in its clause: "Kim held his
// summit", "drove straight from the airport to a meeting".
func pastBefore(toks []token, i int) bool {
	for k := i - 1; k >= max(0, i-8); k-- {
		switch w := toks[k].low; {
		case w == "," || w == ";" || w == "said" || w == "says":
			return false
		case pastVerb(w):
			return true
		}
	}
	// "Following a farewell ceremony, Kim's special train pulled out":
	// the sentence's next verb, after the noun's phrase.
	for k := i + 1; k < min(len(toks), i+10); k++ {
		switch w := toks[k].low; {
		case w == ";" || w == "said" || w == "says":
			return false
		case pastVerb(w):
			return true
		case auxiliaries[w] && w != "and" && w != "to" && w != "in" && w != "on" && w != "for" && w != "with" && w != "from" && w != "at" && w != "of" && w != "by":
			return false // "the talks are late in the week"
		}
	}
	return false
}

// pastVerb reports whether w looks like a verb in the past tense.
func pastVerb(w string) bool {
	switch w {
	case "held", "had", "began", "made", "paid", "met", "went", "drove", "came", "flew", "left", "took", "was", "were":
		return true
	}
	return strings.HasSuffix(w, "ed") && len(w) > 4
}

// inPlaceFor reports whether the "for" at k follows a traveller's
// present whereabouts, set off as an apposition or told with "is": "De
// Croo, in Washington for talks", "who is in Tokyo for a visit", ", here
// for talks".
func inPlaceFor(toks []token, k int) bool {
	j := k - 1
	if j >= 1 && toks[j].low == "here" {
		j--
	} else {
		n := 0
		for j >= 1 && n < 3 && toks[j].capitalised() {
			j--
			n++
		}
		if n == 0 || toks[j].low != "in" {
			return false
		}
		j--
	}
	return j >= 0 && (toks[j].text == "," || toks[j].low == "is" || toks[j].low == "are" || toks[j].low == "now")
}

// speculated reports whether the clause of toks[k] is the content of a
// speculation or a hope: "There was speculation that Reagan would meet",
// "it is possible that ... will".
func speculated(toks []token, k int) bool {
	for j := k - 1; j > 0; j-- {
		switch toks[j].low {
		case "that":
			switch toks[j-1].low {
			case "speculation", "speculated", "possible", "likely", "hope", "hoped", "hopes", "rumours", "rumors", "chance", "possibility":
				return true
			}
			return false
		case ",", ";", "said", "says":
			return false
		}
	}
	return false
}

// plannedModifiers, before an event's noun, tell it is still to come:
// "his upcoming visit", "the planned summit", "a proposed meeting".
var plannedModifiers = map[string]timeline.Status{
	"upcoming": timeline.StatusPlanned, "forthcoming": timeline.StatusPlanned, "planned": timeline.StatusPlanned, "next": timeline.StatusPlanned,
	"scheduled": timeline.StatusPlanned, "impending": timeline.StatusPlanned, "coming": timeline.StatusPlanned,
	"expected": timeline.StatusExpected, "anticipated": timeline.StatusExpected,
	"proposed": timeline.StatusPossible, "possible": timeline.StatusPossible, "prospective": timeline.StatusPossible,
	"mooted": timeline.StatusPossible, "potential": timeline.StatusPossible,
	// "laying the groundwork for talks", "in preparation for the
	// summit", "ahead of talks": what is prepared for is to come.
	"groundwork": timeline.StatusPlanned, "preparation": timeline.StatusPlanned, "preparations": timeline.StatusPlanned,
	"prepare": timeline.StatusPlanned, "ahead": timeline.StatusPlanned,
}

// verbless reports whether a sentence has no finite verb a reader would
// see: no auxiliary, no past tense and no verb in the present ("meets",
// "leaves"), as headlines and index items are written.
func verbless(toks []token) bool {
	for _, t := range toks {
		switch w := t.low; {
		case w == "is" || w == "are" || w == "was" || w == "were" || w == "will" || w == "would" || w == "has" ||
			w == "have" || w == "had" || w == "said" || w == "says" || w == "met" || w == "went" || w == "left" ||
			w == "begins" || w == "began" || w == "heads" || w == "meets" || w == "visits" || w == "leaves" ||
			w == "arrives" || w == "returns" || w == "travels":
			return false
		case len(w) > 4 && strings.HasSuffix(w, "ed"), pastTense(w), irregularVerbs[w]:
			return false
		}
	}
	return true
}

// irregularVerbs are common verbs whose forms neither end in "-ed" nor
// trigger an event: "The meeting came a week after Xi's visit".
var irregularVerbs = map[string]bool{"came": true, "comes": true, "took": true, "takes": true, "gave": true, "gives": true,
	"saw": true, "sees": true, "told": true, "tells": true, "spoke": true, "speaks": true, "brought": true, "brings": true,
	"sent": true, "sends": true, "led": true, "leads": true, "won": true, "wins": true, "got": true, "gets": true,
	"went": true, "goes": true, "found": true, "finds": true, "kept": true, "keeps": true, "became": true, "becomes": true}

// negatesNoun reports whether the negation at k reaches the event noun at
// t0: only a light verb, an auxiliary, a determiner and the noun's
// modifiers stand between ("did not hold talks", "will not attend the
// summit", "no formal talks"), no other content word ("not helpful in the
// context of the ongoing talks").
func negatesNoun(toks []token, k, t0 int) bool {
	for j := k + 1; j < t0; j++ {
		w := toks[j].low
		if lightVerbs[w] || auxWords[w] || determiners[w] || nounStarts[w] || bodyWords[w] || toks[j].capitalised() ||
			strings.Contains(w, "-") || w == "any" || w == "to" || w == "be" || w == "yet" || w == "formal" || w == "further" {
			continue
		}
		return false
	}
	return true
}

// underWay reports whether the words at k say a thing is going on: "are
// underway", "is under way", "are continuing", "is in progress", "are
// still going on".
func underWay(toks []token, k int) bool {
	if toks[k].low == "still" || toks[k].low == "now" || toks[k].low == "already" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].low {
	case "underway", "continuing", "ongoing":
		return true
	case "under":
		return k+1 < len(toks) && toks[k+1].low == "way"
	case "in":
		return k+1 < len(toks) && toks[k+1].low == "progress"
	case "going":
		return k+1 < len(toks) && toks[k+1].low == "on"
	}
	return false
}

// goesAheadWith reports whether "with" at k ends a negated "go ahead
// with", "go forward with" or "proceed with": "will not be able to go
// forward with", "was unable to proceed with", "decided against going
// ahead with".
func goesAheadWith(toks []token, k int) bool {
	j := k - 1
	switch {
	case j >= 1 && (toks[j].low == "forward" || toks[j].low == "ahead") && (toks[j-1].low == "go" || toks[j-1].low == "going"):
		j -= 2
	case j >= 0 && (toks[j].low == "proceed" || toks[j].low == "proceeding"):
		j--
	default:
		return false
	}
	for i := j; i >= max(0, j-4); i-- {
		switch toks[i].low {
		case "not", "n't", "unable", "never", "against", "cannot":
			return true
		}
		if toks[i].breaks() {
			break
		}
	}
	return false
}

// firstTo reads "the first ... to" before the infinitive's "to" at k:
// "became the first sitting American president to visit Hiroshima"
// visited; "will become the first to visit" will; "is the first to
// visit" tells nothing of its own. It returns the status
// the verb before "the first" tells, and false when there is no such
// phrase.
func firstTo(toks []token, k int) (timeline.Status, bool) {
	for j := k - 1; j >= max(1, k-8); j-- {
		if toks[j].breaks() {
			return "", false
		}
		switch toks[j].low {
		case "first", "second", "third", "last", "only", "latest":
		default:
			continue
		}
		if toks[j-1].low != "the" {
			return "", false
		}
		if j >= 2 && toks[j-2].text == "," {
			// "Rouhani, the first Iranian president to visit France in
			// more than a decade, was given a full ceremonial welcome":
			// an aside on the visit the story tells, under way.
			return timeline.StatusOccurred, true
		}
		for v := j - 2; v >= max(0, j-5); v-- {
			switch toks[v].low {
			case "will", "would", "could", "may", "might":
				return timeline.StatusPlanned, true
			case "became", "was", "were", "had":
				return timeline.StatusOccurred, true
			case "is", "are", "becomes", "has":
				// "He is the first senior U.S. official to visit Japan
				// since ...": the visit the story tells, as it tells it.
				return "", false
			case "becoming":
				// "Abe met Trump in New York last November, becoming the
				// first foreign leader to meet him": the clause's own
				// event, as done or to come as the verb before it.
				for u := v - 1; u >= 0; u-- {
					switch w := toks[u].low; {
					case w == "will" || w == "would" || w == "'ll":
						return timeline.StatusPlanned, true
					case pastTense(w) || len(w) > 4 && strings.HasSuffix(w, "ed") && !toks[u].capitalised():
						return timeline.StatusOccurred, true
					}
				}
				return "", false
			case "become", "be":
				continue
			}
			if toks[v].breaks() {
				break
			}
		}
		return "", false
	}
	return "", false
}

// followsOn reports whether the noun at t0 is what a verb of sequence
// comes after: "The announcement follows a visit here this week".
func followsOn(toks []token, t0 int) bool {
	for k := t0 - 1; k >= max(0, t0-3); k-- {
		switch toks[k].low {
		case "follows", "followed", "following", "after":
			return true
		}
		if toks[k].breaks() {
			return false
		}
	}
	return false
}

// tellWords are what one declines or refuses to do when one keeps
// something to oneself.
var tellWords = wordSet(`detail details say comment elaborate disclose reveal specify confirm name identify give answer speculate`)

// laterToday reports whether the sentence sets its time later on the
// day it is filed: "Later Wednesday", "later in the day", "later today",
// "later this evening".
func laterToday(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].low != "later" {
			continue
		}
		switch n := toks[k+1].low; {
		case timeWord(n) && !months[n], n == "today", n == "tonight", n == "this", n == "in" && k+3 < len(toks) && toks[k+2].low == "the" && (toks[k+3].low == "day" || toks[k+3].low == "evening" || toks[k+3].low == "afternoon"):
			return true
		}
	}
	return false
}

// nameBetween reports whether toks[i:j] are at most a name's words and a
// few modifiers: "General Agreement on Tariffs and Trade (GATT)" before
// "talks".
func nameBetween(toks []token, i, j int) bool {
	if j-i > 12 {
		return false
	}
	for k := i; k < j; k++ {
		switch t := toks[k]; {
		case t.capitalised(), t.text == "(", t.text == ")", t.low == "of", t.low == "and", t.low == "on", t.low == "the":
		case k >= j-2 && t.word(): // "forthcoming trade talks", "upcoming bilateral talks"
		default:
			return false
		}
	}
	return true
}
