package event

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// resolveHits gives each hit of a sentence its time and status: point
// dates go to the trigger in their clause segment, else to the nearest
// trigger still without one; a duration right before a trigger ("three-
// day visit") is its length; "a day after his summit" places one event
// relative to another; an occurred event with no date of its own takes
// the date in focus from the sentences just before.
func resolveHits(toks []token, dates []timeline.Date, hits []hit, doc timeline.Document, focus, near, last timeline.Date) {
	if len(hits) == 0 {
		return
	}
	tokAt := func(off int) int {
		for k, t := range toks {
			if t.span.End > off {
				return k
			}
		}
		return len(toks)
	}
	for i := range hits {
		hits[i].seg = segmentOf(toks, hits[i].t0)
	}
	var rels []relation
	// Durations first, so that a relation's target is known before point
	// dates are handed out.
	for _, d := range dates {
		if d.Type != timeline.TypeDuration {
			continue
		}
		kEnd := tokAt(d.Span.End - 1)
		// "Two days later he left": the event is that long after the
		// date in focus.
		if kEnd+1 < len(toks) && focus.Placed() {
			if o := toks[kEnd+1].low; o == "later" || o == "earlier" {
				sign := +1
				if o == "earlier" {
					sign = -1
				}
				best := -1
				for j := range hits {
					if hits[j].seg == segmentOf(toks, kEnd) && (best < 0 || abs(hits[j].t0-kEnd) < abs(hits[best].t0-kEnd)) {
						best = j
					}
				}
				if best >= 0 && !hits[best].point {
					if at, ok := shift(focus, d.Value, sign); ok {
						at.Text = d.Text + " " + o
						at.Span = timeline.Span{Start: d.Span.Start, End: toks[kEnd+1].span.End}
						hits[best].ev.When.Start = at
						hits[best].point = true
					}
				}
				continue
			}
		}
		// Relation: "<duration> after/before ... <trigger>".
		if kEnd+1 < len(toks) {
			if o := toks[kEnd+1].lower(); o == "after" || o == "before" {
				for j := range hits {
					if hits[j].t0 > kEnd && segmentOf(toks, hits[j].t0) == segmentOf(toks, kEnd) {
						rels = append(rels, relation{d, o, j})
						break
					}
				}
				continue
			}
		}
		k0 := tokAt(d.Span.Start)
		if k0 > 0 && toks[k0-1].low == "after" && kEnd+2 < len(toks) && toks[kEnd+1].low == "of" {
			// "ended in a deadlock late yesterday after eight days of
			// talks": the length of the event that ended.
			for j := range hits {
				if hits[j].t1 <= k0 && hits[j].seg == segmentOf(toks, k0) && hits[j].ev.When.Length.IsZero() && phaseOf(toks, hits[j]) == "end" {
					hits[j].ev.When.Length = d
					break
				}
			}
		}
		if j := slices.IndexFunc(hits, func(h hit) bool { return h.t0 <= kEnd && kEnd < h.t1 && h.ev.When.Length.IsZero() }); j >= 0 {
			// "with two days in Tokyo": a length the trigger's own
			// words tell.
			hits[j].ev.When.Length = d
			continue
		}
		// Length: "three-day visit", "three-day summit". (Not a length
		// after a preposition, "the first visit to Poland in 45 years
		// and held talks": a gap, no event's.)
		given := false
		adverbial := k0 > 0 && lengthPrepositions[toks[k0-1].low] && !strings.Contains(d.Text, "-") &&
			!(kEnd+1 < len(toks) && toks[kEnd+1].low == "of") // ("after three days of talks" measures them)
		purpose := k0 > 1 && (toks[k0-1].low == "a" || toks[k0-1].low == "an") && (toks[k0-2].low == "for" || toks[k0-2].low == "on")
		for j := range hits {
			if purpose && hits[j].actor == nil && slices.ContainsFunc(hits[:j], func(o hit) bool {
				return o.t1 <= k0 && o.seg == segmentOf(toks, k0) && (o.ev.Mode == timeline.ModeArrival || o.ev.Mode == timeline.ModeDeparture)
			}) {
				// "arrived on Sunday morning for a two-day stay in
				// Beijing": the stay no one is named for is the
				// arrival's journey (below).
				continue
			}
			if !adverbial && hits[j].t0 > kEnd && (hits[j].t0-kEnd <= 3 || namedBetween(toks[kEnd+1:hits[j].t0])) && hits[j].ev.When.Length.IsZero() &&
				!slices.ContainsFunc(toks[kEnd+1:hits[j].t0], func(t token) bool { return t.breaks() }) {
				// (Not "his first appearance ... in a decade, flew
				// into New York": a comma between.)
				hits[j].ev.When.Length = d
				given = true
				break
			}
		}
		k := tokAt(d.Span.Start)
		if !given && k > 1 && (toks[k-1].low == "a" || toks[k-1].low == "an") && toks[k-2].low == "," &&
			kEnd+1 < len(toks) && journeyNouns[toks[kEnd+1].low] {
			// "for his first visit as president, a three-day trip that
			// will also take him to Jordan": the apposition's length is
			// the visit's.
			for j := len(hits) - 1; j >= 0; j-- {
				if m := hits[j].ev.Mode; hits[j].t1 <= k-2 && k-2-hits[j].t1 <= 6 && (m == timeline.ModeVisit || m == timeline.ModeArrival) &&
					hits[j].ev.When.Length.IsZero() {
					hits[j].ev.When.Length = d
					given = true
					break
				}
			}
		}
		if !given && k > 1 && (toks[k-1].low == "a" || toks[k-1].low == "an") && (toks[k-2].low == "for" || toks[k-2].low == "on") && kEnd+1 < len(toks) {
			// "left Osaka for Seoul on Saturday afternoon for a two-day
			// visit", "arrived at Haneda airport on Wednesday evening
			// for a three-day state visit": the length of the journey
			// the departure or arrival begins, when the visit's noun
			// names no place (the departure itself lasts no days).
			// "leaders of the Group of 20 were to gather in Seoul for a
			// two-day summit": the gathering lasts that long.
			journey := journeyNouns[toks[kEnd+1].low] || kEnd+2 < len(toks) && visitKinds[toks[kEnd+1].low] && journeyNouns[toks[kEnd+2].low]
			gathering := toks[k-2].low == "for" && gatheringNouns[toks[kEnd+1].low]
			for j := len(hits) - 1; j >= 0 && (journey || gathering); j-- {
				if hits[j].t1 > k-2 || hits[j].seg != segmentOf(toks, k) {
					continue
				}
				if m := hits[j].ev.Mode; journey && (m == timeline.ModeDeparture || m == timeline.ModeArrival) && hits[j].trip.IsZero() {
					hits[j].trip = d
					given = true
					break
				}
				if journey && hits[j].ev.Mode == timeline.ModeVisit && hits[j].ev.CAMEO == "042" && !hits[j].ref && hits[j].ev.When.Length.IsZero() {
					// "is scheduled to travel to China next Sunday for
					// a two-day visit": the journey's own length.
					hits[j].ev.When.Length = d
					given = true
					break
				}
				if gathering && hits[j].ev.Mode == timeline.ModeMultilateral && hits[j].ev.When.Length.IsZero() {
					hits[j].ev.When.Length = d
					given = true
					break
				}
			}
		}
		// "will visit Washington on April 29 for a week": a length after
		// "for" goes to the nearest event before it in its clause.
		// "The conference is expected to last three days", "a meeting
		// lasting three days": so does one after "last".
		if !given && k > 0 && (toks[k-1].low == "for" || toks[k-1].low == "last" || toks[k-1].low == "lasts" || toks[k-1].low == "lasting") {
			for j := len(hits) - 1; j >= 0; j-- {
				if hits[j].t1 <= k && hits[j].seg == segmentOf(toks, k) && hits[j].ev.When.Length.IsZero() {
					if !relativeBetween(toks, hits[j].t1, k) && !slices.ContainsFunc(toks[hits[j].t1:k], func(t token) bool { return t.low == "where" }) {
						// (Not "at the hospital where the monarch has
						// lived for three years": another verb's.)
						hits[j].ev.When.Length = d
					}
					break
				}
			}
		}
	}
	if len(rels) > 0 && !allTargets(hits, rels) {
		// "The breakdown came a day after the two men greeted each
		// other over dinner on Wednesday night, their first encounter
		// since their historic meeting in Singapore last June": the
		// other end of a relation is an event told before it; one told
		// after the target is no lead of it.
		kept := rels[:0]
		for _, r := range rels {
			k0 := tokAt(r.offset.Span.Start)
			if slices.ContainsFunc(hits, func(h hit) bool { return h.t1 <= k0 }) {
				kept = append(kept, r)
				continue
			}
			hits[r.target].vague = true
		}
		rels = kept
	}
	if len(rels) > 0 && allTargets(hits, rels) {
		// "he would remain five years after he came to power in 1984":
		// no event of the sentence is the relation's other end, so its
		// target keeps its own date, and takes none from the lead ("came
		// to Osaka a week after his visit to Pyongyang").
		for _, r := range rels {
			hits[r.target].vague = true
		}
		rels = nil
	}
	// Point dates: first each trigger takes the nearest date of its own
	// clause segment; a date left over ends a range it is joined to
	// ("Thursday and Friday") or goes to the nearest trigger still
	// without one ("On Thursday, Kim held his summit").
	var points, lasts []timeline.Date
	ends := map[int]timeline.Date{} // the weekday that ends the range a point starts
	for i, d := range dates {
		if i > 0 && pairEnd(doc.Text, dates[i-1], d) {
			// "April 13 and 14", "from April 13 to 15": the second day
			// ends the first's range (dayRange), it dates nothing alone;
			// so does the second of "on Friday and Saturday".
			if (d.Rule == "weekday" || d.Precision == timeline.Day && !allDigits(d.Text)) && len(points) > 0 && points[len(points)-1].Span == dates[i-1].Span {
				ends[len(points)-1] = d // "from April 30 to May 2"
			}
			continue
		}
		if k := tokAt(d.Span.Start); d.Placed() && d.Type == timeline.TypeDate && k > 0 && untilWords[toks[k-1].low] && !resumesAt(toks, k) && !untilLater(toks, k-1) {
			// "is on an official visit to the United States through
			// Sunday": the last day of the event before it.
			lasts = append(lasts, d)
			continue
		}
		if d.Placed() && (d.Type == timeline.TypeDate || d.Type == timeline.TypeTime) && (!reported(toks, tokAt(d.Span.Start)) || possessiveTime(toks, tokAt(d.Span.End-1))) && !resumesAt(toks, tokAt(d.Span.Start)) &&
			!attributiveDate(toks, hits, tokAt(d.Span.Start), tokAt(d.Span.End-1)) {
			points = append(points, d)
		}
	}
	used := make([]bool, len(points))
	give := func(i, j int) {
		d := points[i]
		hits[j].ev.When.Start = d
		if e, ok := ends[i]; ok {
			if !e.Earliest.After(d.Latest) {
				// "Friday and Monday": the second weekday follows the first.
				w := timeline.DayOf(e.Earliest.AddDate(0, 0, 7))
				w.Text, w.Span, w.Rule = e.Text, e.Span, e.Rule
				e = w
			}
			hits[j].ev.When.End = e
		}
		hits[j].point = true
		hits[j].ev.Evidence = append(hits[j].ev.Evidence, timeline.Evidence{Time: d.Span})
		used[i] = true
	}
	type pair struct{ i, j, dist int }
	var pairs []pair
	for i, d := range points {
		k := tokAt(d.Span.Start)
		for j := range hits {
			// A reference takes a date that tells its phase ("the talks
			// ended on Friday") or stands right after its bare noun ("if
			// he fails in talks tomorrow and Friday"); "the visit this
			// week by Nakasone" may be another's.
			ownDate := tokAt(d.Span.End-1)+1 == hits[j].t0 // "the June 15-19 conference"
			// (A relation's target takes a day of its own told after it:
			// "a week after Singh held a meeting with Wei in Moscow on
			// September 4".)
			if (!isTarget(j, rels) || k > hits[j].t1 && d.Precision >= timeline.Day) && (!hits[j].ref || phaseOf(toks, hits[j]) != "" || k == hits[j].t1 && bareRef(toks, hits[j]) || scheduledFor(toks, hits[j].t1, k) || ownDate) && hits[j].seg == segmentOf(toks, k) {
				dist := abs(hits[j].t0 - k)
				if hits[j].t0 > k && (prepBetween(toks, tokAt(d.Span.End-1), hits[j].t0) || toks[hits[j].t0-1].low == "and") {
					// "arrived in Beijing on Wednesday for talks": an
					// adverbial follows the verb it dates, while "the
					// April 9 policymaking meeting" dates its noun.
					dist += 5
				}
				if hits[j].t0 > k && andVerbBetween(toks, tokAt(d.Span.End-1)+1, hits[j].t0) {
					// "met at Panmunjom on April 27 and held a second
					// summit on May 26": a date before "and" and a verb
					// is the first verb's.
					dist += 10
				}
				if hits[j].t1 <= k && relativeBetween(toks, hits[j].t1, k) {
					// "talks with the ambassador who arrived last
					// night": the relative clause's own time.
					continue
				}
				if hits[j].t1 <= k && reasonBetween(toks, hits[j].t1, k) {
					// "has been adjourned until Thursday as tomorrow is a
					// national holiday": the reason's own time.
					continue
				}
				if hits[j].t1 <= k && infinitiveBetween(toks, hits[j].t1, k) {
					// "signed an agreement to end Portuguese rule ...
					// and return it to Chinese control in 1999": the
					// infinitive's own time.
					continue
				}
				if k > hits[j].t0 && departureFor(toks, hits, j) {
					// "preparing to depart for the Venice economic summit
					// on Wednesday": the day of the departure.
					dist += 10
				}
				if sidelineOf(toks, hits[j].t0) && slices.ContainsFunc(hits[:j], func(o hit) bool { return o.seg == hits[j].seg && !o.ref }) {
					// "met Xi on the sidelines of the G20 summit in Osaka
					// on Thursday": the day of the meeting held at the
					// summit, not of the summit.
					dist += 30
				}
				if hits[j].t0 > k && beforeDoing(toks, hits[j].t0) && slices.ContainsFunc(hits[:j], func(o hit) bool { return o.seg == hits[j].seg && !o.ref && o.t1 <= k }) {
					// "will meet Li Keqiang ... on Friday before flying
					// to Chongqing": the day of the main verb, which the
					// journey after it shares (see [beforeDays]).
					dist += 25
				}
				if hits[j].t0 > k && afterwards(toks, hits[j].t0) {
					// "never met Gorbachev when both studied there in the
					// 1950s and had since met him twice": not then.
					dist += 20
				}
				if a := hits[j].actor; a != nil && k < a.t0 && a.t1 <= hits[j].t0 && !opensSentence(toks, k) &&
					!possessiveBefore(toks, tokAt(d.Span.End-1), a.t0) { // (not "last December's OPEC meeting")
					// "announced today Nakasone will visit Washington on
					// April 29": a date before the subject dates another verb.
					dist += 10
				}
				if agreeingDay(hits[j], k) {
					continue
				}
				pairs = append(pairs, pair{i, j, dist})
			}
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int { return a.dist - b.dist })
	for _, p := range pairs {
		if !used[p.i] && !hits[p.j].point {
			give(p.i, p.j)
		}
	}
	for i, d := range points {
		if used[i] {
			continue
		}
		k := tokAt(d.Span.Start)
		joinedTo := false
		for j := range hits {
			st := hits[j].ev.When.Start
			if hits[j].point && hits[j].ev.When.End.IsZero() && st.Span.End <= d.Span.Start && joined(toks, tokAt(st.Span.End-1), k) {
				end := d
				if d.Rule == "weekday" && !d.Earliest.After(st.Latest) {
					// "Thursday and Friday": the second weekday follows the first.
					end = timeline.DayOf(d.Earliest.AddDate(0, 0, 7))
					end.Text, end.Span, end.Rule = d.Text, d.Span, d.Rule
				}
				if end.Earliest.After(st.Latest) {
					hits[j].ev.When.End = end
					joinedTo = true
				}
			}
		}
		if joinedTo {
			continue
		}
		if j := relativeOf(toks, hits, k); j >= 0 && !hits[j].point {
			// "his trip to Washington, which runs from April 26 to
			// 29,": a relative clause dates the noun it follows.
			give(i, j)
			continue
		}
		if j := relativeEndOf(toks, hits, k); j >= 0 && !hits[j].point && !hits[j].ev.When.Length.IsZero() && d.Precision >= timeline.Day {
			// "The one-week meeting, which ended today,": its last day,
			// and its first counted back.
			hits[j].ev.When.End = d
			if start, ok := startOf(d, hits[j].ev.When.Length); ok {
				hits[j].ev.When.Start = start
			}
			hits[j].point = true
			used[i] = true
			continue
		}
		if !adverbialSegment(toks, d, dates, tokAt) && !opensSentence(toks, k) {
			// A time opening the sentence dates its main clause ("And
			// later on this evening after joining a dinner hosted by
			// Miliband, she will meet Karzai"); elsewhere
			// "he made a pitch for aircraft for the 1990's", "the pact,
			// by which OPEC kept its ceiling for 1987": a clause of its
			// own, about something else.
			continue
		}
		best, dist := -1, 1<<30
		for j := range hits {
			if hits[j].point || isTarget(j, rels) || hits[j].t1 <= k && relativeBetween(toks, hits[j].t1, k) || agreeingDay(hits[j], k) {
				continue
			}
			if dd := abs(hits[j].t0 - k); dd < dist {
				best, dist = j, dd
			}
		}
		if best >= 0 {
			give(i, best)
		}
	}
	beforeDays(toks, hits)
	beforeOccasion(toks, hits)
	// "agreed on Wednesday to return their ambassadors, ..., at a
	// summit in Geneva": a meeting a clause is set at is on the day of
	// that clause, when no date of its own segment dates it.
	for j := range hits {
		if hits[j].point || hits[j].ref || !nominal(&hits[j], toks) || !setAt(toks, hits[j].t0) {
			continue
		}
		for i := len(points) - 1; i >= 0; i-- {
			k := tokAt(points[i].Span.Start)
			if used[i] || k >= hits[j].t0 || points[i].Precision < timeline.Day || relativeBetween(toks, k, hits[j].t0) {
				continue
			}
			give(i, j)
			break
		}
	}
	for _, d := range lasts {
		k := tokAt(d.Span.Start)
		best := -1
		for j := range hits {
			if hits[j].t1 <= k && hits[j].seg == segmentOf(toks, k) && !hits[j].ev.When.End.Placed() {
				best = j // the nearest before it
			}
		}
		if best >= 0 {
			if postponedTo(toks, hits[best].t1) {
				// "the planned meeting March 7 ... has been postponed
				// until the start of April": held then, not till then.
				hits[best].ev.When.Start, hits[best].ev.When.End = d, timeline.Date{}
				hits[best].point = true
			} else if st := hits[best].ev.When.Start; !st.Placed() || st.Latest.Before(d.Earliest) {
				hits[best].ev.When.End = d
			}
		}
	}
	// "On the first day of his two-day Egypt visit on Saturday, Modi
	// met Madbouly": the day of a journey an opening phrase names is
	// the day of the events of the clause after it.
	if len(toks) > 0 && (toks[0].low == "on" || toks[0].low == "at") { // ("During his trip, ..." is journeyOpened's)
		comma := slices.IndexFunc(toks, func(t token) bool { return t.text == "," })
		for j := range hits {
			d := hits[j].ev.When.Start
			if comma < 0 || hits[j].t1 > comma || hits[j].rule.mode != timeline.ModeVisit || !d.Placed() || d.Precision < timeline.Day {
				continue
			}
			for i := range hits {
				if hits[i].t0 > comma && !hits[i].ev.When.Start.Placed() && !hits[i].ev.When.End.Placed() && hits[i].rule.mode != timeline.ModeVisit {
					hits[i].ev.When.Start = dayQuoting(d, "opening")
					hits[i].point = true
				}
			}
			break
		}
	}
	// "concluding his five-day official visit to China, which began on
	// Friday": a relative clause that opens or ends the event dates
	// that end of it.
	for j := range hits {
		h := &hits[j]
		if h.ref || !nominal(h, toks) {
			continue
		}
		phase, at := relativePhase(toks, h.t1)
		if phase == "" || phase == "end" && (h.ev.When.End.Placed() || h.ev.When.Start.Placed()) {
			continue // "The one-week meeting, which ended today": counted back already
		}
		for _, d := range dates {
			k := tokAt(d.Span.Start)
			if d.Type != timeline.TypeDate || !d.Placed() || k <= at || k > at+4 {
				continue
			}
			if phase == "start" {
				h.ev.When.Start, h.ev.When.End = d, timeline.Date{}
				if end, ok := endOf(d, h.ev.When.Length); ok {
					h.ev.When.End = end
				}
			} else {
				if h.ev.When.Start.Placed() && h.ev.When.Start.Earliest.After(d.Latest) {
					h.ev.When.Start = timeline.Date{}
				}
				h.ev.When.End = d
				if start, ok := startOf(d, h.ev.When.Length); ok {
					h.ev.When.Start = start
				}
			}
			h.point = true
			quoteTime(h, d.Span)
			break
		}
	}
	// "The two countries upgraded their ties in June 2011, when then
	// Chinese President Hu Jintao paid a state visit to Kazakhstan": a
	// "when" clause takes the time of the clause it is hung on, when no
	// event there took it.
	for j := range hits {
		h := &hits[j]
		if h.ref || h.ev.When.Start.Placed() || h.ev.When.End.Placed() {
			continue
		}
		w := -1
		for k := h.t0 - 1; k >= 1; k-- {
			if toks[k].low == "when" && toks[k-1].text == "," {
				w = k - 1
				break
			}
			if toks[k].breaks() {
				break
			}
		}
		if w < 0 {
			continue
		}
		for _, d := range dates {
			k := tokAt(d.Span.End - 1)
			if d.Type != timeline.TypeDate || !d.Placed() || k >= w || w-k > 3 ||
				slices.ContainsFunc(hits, func(o hit) bool { return o.ev.When.Start.Span == d.Span }) {
				continue
			}
			h.ev.When.Start = d
			h.point = true
			quoteTime(h, d.Span)
			break
		}
	}
	// "Erdogan and Putin agreed on Monday to set up a zone, following
	// talks in Sochi": the talks an act of a dated day follows are of
	// that day, when they tell none of their own.
	for j := range hits {
		h := &hits[j]
		if h.ref || h.ev.When.Start.Placed() || h.ev.When.End.Placed() || !nominal(h, toks) || !followingNoun(toks, h.t0) {
			continue
		}
		for _, d := range dates {
			if k := tokAt(d.Span.Start); d.Type == timeline.TypeDate && d.Placed() && d.Precision >= timeline.Day && !d.Fuzzy() && k < h.t0 &&
				!slices.ContainsFunc(hits, func(o hit) bool { return o.ev.When.Start.Span == d.Span }) {
				h.ev.When.Start = dayQuoting(d, "sequel")
				h.point = true
				quoteTime(h, d.Span)
				break
			}
		}
	}
	// "Xi held talks with Ramaphosa on Tuesday, and then the two heads
	// of state witnessed the signing": what a clause says came next is
	// of the same day, when it tells none of its own.
	for i := range hits {
		if hits[i].ref || hits[i].ev.When.Start.Placed() || hits[i].ev.When.End.Placed() {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			d := hits[j].ev.When.Start
			if hits[j].t1 > hits[i].t0 || !d.Placed() || d.Precision < timeline.Day || hits[j].ev.When.End.Placed() && !sameDate(hits[j].ev.When.End, d) {
				continue
			}
			if sequelBetween(toks, hits[j].t1, hits[i].t0) {
				hits[i].ev.When.Start = dayQuoting(d, "sequel")
				hits[i].point = true
				quoteTime(&hits[i], d.Span)
			}
			break
		}
	}
	// Relations: the sentence's main event is the first hit that is not
	// a target; the target is offset from it.
	for _, r := range rels {
		main := -1
		for j := range hits {
			if j != r.target && !isTarget(j, rels) {
				main = j
				break
			}
		}
		if main < 0 {
			continue
		}
		m, t := &hits[main], &hits[r.target]
		sign := -1 // main is after target: target = main - offset
		if r.order == "before" {
			sign = +1
		}
		m.ev.When.Relation = &timeline.Relation{Offset: r.offset, Order: r.order, To: t.ev.ID}
		if m.ev.When.Start.Placed() && !t.ev.When.Start.Placed() {
			if d, ok := shift(m.ev.When.Start, r.offset.Value, sign); ok {
				d.Text = r.offset.Text + " " + r.order
				d.Span = r.offset.Span
				t.ev.When.Start = d
			}
		}
	}
	for i, d := range points {
		// "The council meeting, which opened here today, is scheduled to
		// end on Thursday": the day a verb of ending gives it is the
		// last day of the meeting its first day dates.
		k := tokAt(d.Span.Start)
		if used[i] || d.Precision < timeline.Day || !endedOn(toks, k) {
			continue
		}
		for j := len(hits) - 1; j >= 0; j-- {
			st := hits[j].ev.When.Start
			if hits[j].t1 > k || !nominal(&hits[j], toks) || !st.Placed() || hits[j].ev.When.End.Placed() {
				continue
			}
			if gap := d.Earliest.Sub(st.Latest); gap > 0 && gap <= 14*24*time.Hour {
				hits[j].ev.When.End = d
				used[i] = true
			}
			break
		}
	}
	// "an earlier session of talks", "the previous meeting": not the
	// lead's day, whenever it was; nor the stops "a trip that also
	// included visits to Afghanistan and Pakistan" names.
	for j := range hits {
		if includedStop(toks, hits[j].t0) {
			hits[j].vague = true
		}
		for k := hits[j].t0 - 1; k >= max(0, hits[j].t0-3); k-- {
			if w := toks[k].low; w == "earlier" || w == "previous" || w == "prior" || w == "former" || w == "recent" {
				hits[j].vague = true
				if d := hits[j].ev.When.Start; d.Placed() && d.Span.End > 0 && d.Span.End <= toks[hits[j].t0].span.Start {
					// "The dollar's drop this month has raised questions
					// about recent meetings of the G-7": a time before
					// them is another clause's.
					hits[j].ev.When = timeline.When{Length: hits[j].ev.When.Length}
				}
			} else if !nounStarts[w] && !bodyWords[w] && !toks[k].capitalised() {
				break
			}
		}
	}
	// "Azpurua recently visited Tokyo": a time the calendar cannot place
	// still says the event is not on the lead's day.
	for _, d := range dates {
		if d.Placed() || d.Type == timeline.TypeDuration || d.Value == "PRESENT_REF" {
			continue // ("is currently on a visit to Japan": now, the story's day)
		}
		k := tokAt(d.Span.Start)
		for j := range hits {
			if hits[j].seg == segmentOf(toks, k) {
				hits[j].vague = true
			}
		}
	}
	for i := range hits {
		h := &hits[i]
		h.ev.Status = status(toks, h, doc.Anchor.Earliest)
		if h.rule.mood != nil {
			if st, ok := h.rule.mood(h, toks); ok {
				h.ev.Status = st
			}
		}
		if w := toks[h.t0].low; h.rule.travels && h.rule.mode == timeline.ModeVisit && (w == "is" || w == "was") && h.t1-h.t0 >= 2 {
			// "Deputy Secretary Lew is in Afghanistan": there now.
			if next := toks[h.t0+1].low; next == "due" || next == "expected" {
				h.ev.Status = timeline.StatusPlanned // "is due in Beijing on Sunday"
			} else if w == "is" {
				h.ev.Status = timeline.StatusOngoing
			}
		}
		if i > 0 && !h.point && hits[i-1].point && (andThen(toks, h.t0) || toks[h.t0-1].text == "," && strings.HasSuffix(toks[h.t0].low, "ing") && !nominal(h, toks) ||
			andTheyThen(toks, h)) {
			// (", meeting Aoun and Diab": the participle's time is its
			// clause's.)
			// "visited Kyiv in March and met Zelenskyy there"; "will
			// make a week-long visit from April 29 and hold talks":
			// the days of the journey.
			h.ev.When.Start, h.ev.When.End = hits[i-1].ev.When.Start, hits[i-1].ev.When.End
			h.point = true
		}
		if !h.point && sidelineOf(toks, h.t0) {
			// "last met on the sidelines of the G20 summit in Bali last
			// November": the summit was that month too. (A day of the
			// meeting is only one of the summit's days.)
			for j := i - 1; j >= 0; j-- {
				if hits[j].point && hits[j].seg == h.seg {
					if d := hits[j].ev.When.Start; d.Precision < timeline.Day && !hits[j].ev.When.End.Placed() {
						h.ev.When.Start = d
						h.point = true
					}
					break
				}
			}
		}
		if j := frontedOccasion(toks, hits, i); j >= 0 && !h.point && hits[j].point && hits[j].ev.When.Start.Precision >= timeline.Day && !hits[j].ev.When.End.Placed() {
			// "At the APEC summit in Woodside on Tuesday, Biden met
			// Xi": the day of the occasion that opens the sentence.
			h.ev.When.Start = hits[j].ev.When.Start
			h.point = true
		}
		if j := begunBy(toks, hits, i); j >= 0 && !h.point {
			// "arrived in Seattle on Tuesday, starting his first state
			// visit to the United States": the visit begins that day.
			h.ev.When.Start, h.ev.Status = dayQuoting(hits[j].ev.When.Start, "arrival"), hits[j].ev.Status
			h.point = true
		}
		if j := purposeOf(toks, hits, i); j >= 0 && !h.point {
			// "arrived in Beijing on Wednesday for talks": the talks
			// begin when the journey that was made for them ends, and
			// are as done as it is; "before heading to Japan for the G7
			// summit": where it goes, though it is not dated.
			h.ev.Status = hits[j].ev.Status
			if hits[j].point {
				h.ev.When.Start = hits[j].ev.When.Start
				h.ev.When.Start.Rule = "purpose" // the journey's date, which a later one may correct
				h.point = true
			}
		}
		if j := purposeOf(toks, hits, i); j >= 0 && h.ev.Place.IsZero() && (h.rule.need == needBody || h.rule.need == needOrganisation) {
			h.ev.Place = hits[j].ev.Place
		}
		if j := purposeOf(toks, hits, i); j >= 0 && h.point && !hits[j].point && hits[j].rule.mode == timeline.ModeVisit && !hits[j].ev.When.Start.Placed() {
			// "before heading to Japan for a meeting of G7 foreign
			// ministers in Karuizawa from Sunday to Tuesday": the
			// journey lasts as long as what it is made for.
			hits[j].ev.When.Start, hits[j].ev.When.End = h.ev.When.Start, h.ev.When.End
			hits[j].point = true
		}
		if j := duringOf(toks, hits, i); j >= 0 && !h.point {
			// "will visit Rome and West Berlin during a trip to Europe
			// in June": the visits are in the trip's time, as far as
			// the text tells it.
			h.ev.When.Start, h.ev.When.End = hits[j].ev.When.Start, hits[j].ev.When.End
			h.point = true
		}
		if j := afterClauseOf(toks, hits, i); j >= 0 && !h.point && h.ev.Status.Held() && hits[j].ev.Status.Held() {
			// "after she arrived this morning in London, she's had
			// bilaterals with Lavrov": later that day.
			h.ev.When.Start = dayQuoting(hits[j].ev.When.Start, "after")
			h.point = true
		}
		if j := stopBefore(toks, hits, i); j >= 0 && !h.point {
			// "arrived last night after a brief stopover in Riyadh": the
			// stop on the way is of the arrival's day, as near as the
			// text tells it.
			h.ev.When.Start = dayQuoting(hits[j].ev.When.Start, "after")
			h.point = true
		}
		if j := whenClauseOf(toks, hits, i); j >= 0 && !h.point && statusGroup(h.ev.Status) == statusGroup(statusSoFar(toks, hits, j, doc.Anchor.Earliest)) {
			// "last met in Beijing in June 2012, when Putin visited
			// China", "is likely to meet Moi when he pays a two-day
			// visit to Nairobi on Friday and Saturday": the clause
			// shares the time it is hung on, both told as done or both
			// as still to come.
			h.ev.When.Start, h.ev.When.End = hits[j].ev.When.Start, hits[j].ev.When.End
			h.point = true
		}
		if d, ok := hoursFrom(toks, dates, h.t0); ok && !h.point && !h.ev.When.Start.Placed() {
			// "failed Thursday to reach a deal, hours before leaders of
			// the G20 were to gather in Seoul": that day.
			d = dayQuoting(d, "hours")
			h.ev.When.Start = d
			h.point = true
		}
		if d, ok := pastAside(toks, dates, h); ok && !h.point && !h.ev.When.Start.Placed() && !h.ref {
			// "Hu is scheduled to hold talks with Lee, who began a
			// three-day state visit on Sunday, on Monday": the time
			// after the aside is the main clause's, and a weekday the
			// tagger read back from the aside's past is ahead for a
			// plan.
			if h.ev.Status == timeline.StatusPlanned && d.Rule == "weekday" && d.Precision == timeline.Day && d.Earliest.Before(doc.Anchor.Earliest) {
				ahead := timeline.DayOf(d.Earliest.AddDate(0, 0, 7))
				ahead.Text, ahead.Span, ahead.Rule = d.Text, d.Span, d.Rule
				d = ahead
			}
			h.ev.When.Start = d
			h.point = true
			quoteTime(h, d.Span)
		}
		if j := becomingFirst(toks, hits, i); j >= 0 && !h.point && hits[j].ev.When.Start.Placed() {
			// "Abe met Trump in New York last November, becoming the
			// first foreign leader to meet him": that meeting, then.
			h.ev.When.Start, h.ev.When.End = hits[j].ev.When.Start, hits[j].ev.When.End
			h.point = true
		}
		if k := inTheDay(toks, h.t0); !h.ev.When.Start.Placed() && !h.ref && k >= 0 {
			// "Erdogan arrived in Sochi earlier in the day": the day
			// in focus, or the story's; "arrived in Durban on Tuesday
			// night from Pretoria, where he held talks with Zuma
			// earlier in the day": the day the sentence told before.
			// A day told further back than the sentence before is no
			// longer the one "the day" means: "He is scheduled to meet
			// Khamenei on Thursday. Abe told a joint press announcement
			// with Rouhani after the talks. Rouhani was to host a dinner
			// for Abe later in the day" is the story's day.
			d := near
			for _, sd := range dates {
				if sd.Type != timeline.TypeDuration && sd.Placed() && sd.Precision >= timeline.Day && sd.Span.End <= toks[k].span.Start {
					d = timeline.DayOf(sd.Earliest)
				}
			}
			if !d.Placed() || d.Precision < timeline.Day {
				d = doc.Anchor
			}
			if d.Placed() && d.Precision >= timeline.Day {
				d = dayQuoting(d, "in the day")
				d.Text, d.Span = phrase(toks, k, k+4), timeline.Span{Start: toks[k].span.Start, End: toks[k+3].span.End}
				h.ev.When.Start = d
				h.point = true
				quoteTime(h, d.Span)
			}
		}
		before := last
		for j := i - 1; j >= 0; j-- {
			if w := hits[j].ev.When; !hits[j].ref && w.Start.Placed() && w.Start.Precision >= timeline.Day && !w.IsInterval() {
				before = w.Start // "Kerry, who landed in the morning, later held talks"
				break
			}
		}
		if !h.ev.When.Start.Placed() && !h.ref && !h.ev.Status.Off() && before.Placed() && before.Precision >= timeline.Day && laterThatDay(toks, h.t0) {
			// "The two leaders held a summit ... Putin later hosted a
			// luncheon in Moon's honor", "Abe then met Li": the day of
			// the event told last.
			d := timeline.DayOf(before.Earliest)
			d.Rule = "later"
			h.ev.When.Start = d
			h.point = true
		}
		lasting := h.rule.lasting != nil && h.rule.lasting(h, toks)
		if !h.ev.When.Start.Placed() && h.ev.Status.Held() && !h.ref && !h.vague && doc.Anchor.Placed() && nominal(h, toks) && beginsNow(toks, h.t0) {
			// "Antonov begins two days of economic talks in Bonn": they
			// open on the story's day, and are going on.
			d := timeline.DayOf(doc.Anchor.Earliest)
			d.Rule = "opening"
			h.ev.When.Start = d
			h.ev.Status = timeline.StatusOngoing
		}
		if !h.ev.When.Start.Placed() && h.ev.Status == timeline.StatusOccurred && focus.Placed() && !h.ref && !h.vague && !lasting && !subordinate(toks, h) &&
			!focus.Earliest.After(doc.Anchor.Latest) && (focus.Rule != "story" || !nominal(h, toks) && !anchoredElsewhere(toks, h)) &&
			(h.ev.When.Length.IsZero() || strings.HasPrefix(h.ev.When.Length.Value, "PT") || begunBefore(toks, h.t0) || ending(toks, h)) && !plural(toks[h.t1-1].low) && (!nominal(h, toks) && h.rule.need != needBody && h.rule.need != needOrganisation || pastBefore(toks, h.t0) && !hadBefore(toks, h.t0)) && !perfect(toks, h.t0) {
			f := focus
			if f.Rule != "story" {
				f.Rule = "focus"
			}
			h.ev.When.Start = f
		}
		if !h.ev.When.Start.Placed() && h.ev.Status == timeline.StatusOngoing && !h.ref && !h.vague && !lasting && doc.Anchor.Placed() {
			// "is visiting", "is in Afghanistan", "talks are
			// continuing": under way on the story's day, its end
			// untold.
			d := timeline.DayOf(doc.Anchor.Earliest)
			d.Rule = "present"
			h.ev.When.Start = d
			if !h.ev.When.Length.IsZero() && perfectProgressive(toks, h.t0) {
				// "Argentina has been negotiating with the IMF for a
				// year": going on since a year before the story's day.
				if start, ok := shift(d, h.ev.When.Length.Value, -1); ok {
					if strings.HasSuffix(h.ev.When.Length.Value, "Y") {
						if m, err := timeline.ParseValue(start.Earliest.Format("2006-01")); err == nil {
							start = m // a year back: that month
						}
					}
					start.Rule = "since-length"
					h.ev.When.Start = start
				}
			}
		}
		endsAfter := h.ref && h.point && !h.ev.When.Length.IsZero() && phaseOf(toks, *h) == "end" // "ended yesterday after eight days of talks"
		if (ending(toks, h) || endsAfter) && (h.point || byFocus(h.ev.When.Start)) && !h.ev.When.End.Placed() {
			// "wrapped up a three-day state visit on Wednesday": the date
			// is the last day.
			h.ev.When.End = h.ev.When.Start
			h.ev.When.Start = timeline.Date{}
			if start, ok := startOf(h.ev.When.End, h.ev.When.Length); ok {
				h.ev.When.Start = start
			}
		} else if end, ok := endOf(h.ev.When.Start, h.ev.When.Length); ok && h.ev.When.Start.Rule != "present" {
			// (A visit under way on the story's day began before it:
			// its length counts from a day the text does not give.)
			h.ev.When.End = end
		}
		if end, ok := dayRange(doc.Text, h.ev.When.Start); ok && h.ev.When.End.IsZero() {
			h.ev.When.End = end
		} else if d, ok := secondDay(doc.Text, h.ev.When.Start); ok && h.ev.When.End.IsZero() && meetingLike(frameFamily(h.ev)) != "" {
			// "will meet Lyng here on April 17 and 20": two meetings.
			h.again = d
		}
		// Evidence: the sentence, trigger, time and actors.
		var ev timeline.Evidence
		if len(h.ev.Evidence) > 0 {
			ev = h.ev.Evidence[0]
		}
		ev.Doc = doc.ID
		first, last := toks[0].span.Start, toks[len(toks)-1].span.End
		ev.SentenceSpan = timeline.Span{Start: first, End: last}
		ev.Sentence = doc.Text[first:last]
		ev.Trigger = timeline.Span{Start: toks[h.t0].span.Start, End: toks[h.t1-1].span.End}
		ev.TriggerText = doc.Text[ev.Trigger.Start:ev.Trigger.End]
		if h.actor != nil {
			ev.Actors = append(ev.Actors, h.actor.span)
		}
		h.ev.Evidence = []timeline.Evidence{ev}
	}
	journeyTimes(toks, hits)
	whereTimes(toks, hits)
}

// whereTimes gives an event told in a ", where" clause after a journey,
// with no time or place of its own, the journey's: "traveled to Cairo in
// February, where he held talks with Sisi" held them in Cairo in
// February. A journey of several days dates no one event in it.
func whereTimes(toks []token, hits []hit) {
	for i := range hits {
		h := &hits[i]
		if h.ref || h.ev.Mode == timeline.ModeVisit || h.ev.Mode == timeline.ModeArrival || h.ev.Mode == timeline.ModeDeparture {
			continue
		}
		start := h.t0
		for start > 0 && !toks[start-1].breaks() {
			start--
		}
		if start < 2 || toks[start].low != "where" || toks[start-1].text != "," {
			continue
		}
		j := -1
		for k := i - 1; k >= 0; k-- {
			if m := hits[k].ev.Mode; !hits[k].ref && hits[k].t1 <= start-1 && (m == timeline.ModeVisit || m == timeline.ModeArrival) {
				j = k
				break
			}
		}
		if j < 0 {
			continue
		}
		v := hits[j].ev
		if h.ev.Place.IsZero() {
			h.ev.Place = v.Place
		}
		w := v.When
		if told(h.ev.When) || !w.Start.Placed() || w.Start.Span == (timeline.Span{}) || w.End.Placed() && w.Start.Precision >= timeline.Day {
			continue
		}
		h.ev.When = timeline.When{Start: w.Start}
		h.point = true
		if len(h.ev.Evidence) > 0 {
			h.ev.Evidence[0].Time = w.Start.Span
		}
	}
}

// journeyTimes shares a clause's time and place between its event and
// the journey a phrase sets it in: "Shultz met Shevardnadze at the end
// of a four-day visit to Moscow on Thursday" met in Moscow on Thursday,
// the last day of a visit from Monday; "on the first day of an official
// visit to Washington on Monday", the visit's first; "during a visit",
// some day of it, which dates the visit no better.
func journeyTimes(toks []token, hits []hit) {
	for j := range hits {
		v := &hits[j]
		if v.ref || v.ev.Mode != timeline.ModeVisit || !nominal(v, toks) || !inJourney(toks, v.t0) {
			continue
		}
		seg := v.seg
		apart := false // the phrase set off after the clause it times
		if p := journeyPhraseStart(toks, v.t0); p > 0 && (toks[p-1].text == "," || toks[p].text == ",") {
			seg-- // "held talks with May on Tuesday, on the second day of his three-day state visit"
			apart = !slices.ContainsFunc(toks[:p], func(t token) bool { return t.clause || t.text == ";" })
		}
		i := slices.IndexFunc(hits[:j], func(m hit) bool {
			return !m.ref && (m.seg == v.seg || m.seg == seg) && m.t1 <= v.t0 && m.ev.Mode != timeline.ModeVisit && m.rule.kind == timeline.KindConsult
		})
		if i < 0 && apart {
			// "held a summit at the Kremlin for about two hours, first
			// in a small-group format and then with a wider circle of
			// aides, on the second day of Moon's four-day state visit":
			// the clause's one event, past the asides between.
			i = slices.IndexFunc(hits[:j], func(m hit) bool {
				return !m.ref && m.t1 <= v.t0 && m.ev.Mode != timeline.ModeVisit && m.rule.kind == timeline.KindConsult
			})
			if i >= 0 && slices.ContainsFunc(hits[i+1:j], func(m hit) bool { return !m.ref }) {
				i = -1 // another event between: whose the phrase is, is unclear
			}
		}
		if i < 0 {
			continue
		}
		m := &hits[i]
		if m.ev.Place.IsZero() && (v.ev.Place.City != "" || m.seg == v.seg) && !(m.ev.Mode == timeline.ModeArrival && partOfJourney(toks, v.t0) == "end") {
			// (Not "flew in from Hanoi at the end of a two-day state
			// visit to Vietnam": an arrival elsewhere, once it is over.)
			m.ev.Place = v.ev.Place // (a state alone, across a comma, leaves the story's city its chance)
		}
		d := m.ev.When.Start
		if !d.Placed() || d.Span == (timeline.Span{}) || m.ev.When.End.Placed() {
			// The time went to the journey's noun, or to neither.
			focused := d
			d = v.ev.When.Start
			if e := v.ev.When.End; (!d.Placed() || d.Span == (timeline.Span{})) && e.Placed() && e.Span != (timeline.Span{}) {
				d = e // "at the end of a four-day visit ... on Thursday", read as its end
			}
			if (!d.Placed() || d.Span == (timeline.Span{})) && focused.Placed() && byFocus(focused) && !m.ev.When.End.Placed() {
				// Neither tells a day: the day in focus is the
				// meeting's. "Moon and Putin agreed Friday ... The two
				// leaders held a summit ... on the second day of Moon's
				// four-day state visit".
				d = focused
			} else if !d.Placed() || d.Span == (timeline.Span{}) || d.Precision < timeline.Day {
				continue
			}
			if !m.ev.When.Start.Placed() || m.ev.When.Start.Span == (timeline.Span{}) {
				m.ev.When = timeline.When{Start: dayQuoting(d, "journey")}
			}
		}
		if d.Precision < timeline.Day {
			continue
		}
		length := v.ev.When.Length
		if len(v.ev.Evidence) > 0 {
			v.ev.Evidence[0].Time = d.Span
		}
		if len(m.ev.Evidence) > 0 && m.ev.Evidence[0].Time == (timeline.Span{}) {
			m.ev.Evidence[0].Time = d.Span
		}
		switch part := partOfJourney(toks, v.t0); part {
		case "end":
			v.ev.When = timeline.When{End: dayQuoting(d, "journey"), Length: length}
			if start, ok := startOf(v.ev.When.End, length); ok {
				v.ev.When.Start = start
			}
		case "start":
			v.ev.When = timeline.When{Start: dayQuoting(d, "journey"), Length: length}
			if end, ok := endOf(v.ev.When.Start, length); ok {
				v.ev.When.End = end
			}
		case "second", "third", "fourth", "fifth":
			// "on the second day of Trump's three-day state visit": the
			// visit began a day before, and lasts as long as it is told.
			first := timeline.DayOf(d.Earliest.AddDate(0, 0, -daysBefore[part]))
			v.ev.When = timeline.When{Start: dayQuoting(first, "journey"), Length: length}
			if end, ok := endOf(v.ev.When.Start, length); ok {
				v.ev.When.End = end
			}
		default:
			v.ev.When = timeline.When{Length: length}
			if len(v.ev.Evidence) > 0 {
				v.ev.Evidence[0].Time = timeline.Span{}
			}
		}
	}
}

// daysBefore counts the days of a journey before its day a part names:
// one before "the second day".
var daysBefore = map[string]int{"second": 1, "third": 2, "fourth": 3, "fifth": 4}

// journeyPhraseStart returns where the phrase that sets a time within
// the journey whose noun is at t0 begins ("on" of "on the second day of
// his visit", "during" of "during his visit"), or -1.
func journeyPhraseStart(toks []token, t0 int) int {
	k := beforeModifiers(toks, t0)
	if k < 0 {
		return -1
	}
	if toks[k].low != "of" {
		if toks[k].low == "during" || toks[k].low == "throughout" {
			return k
		}
		return -1
	}
	j := k - 2
	for j >= 0 && (toks[j].low == "the" || toks[j].low == "its" || ordinalWords[toks[j].low]) {
		j--
	}
	return j
}

// journeyNouns name a journey as a whole.
var journeyNouns = map[string]bool{"trip": true, "visit": true, "tour": true, "stay": true, "journey": true, "mission": true, "travel": true}

// adverbialWords may stand beside a date in a clause segment that is
// only an adverbial ("On Thursday,", ", on Wednesday.") or a reduced
// clause dating the noun before it (", scheduled for Thursday and
// Friday,").
var adverbialWords = map[string]bool{
	"on": true, "in": true, "at": true, "by": true, "during": true, "since": true, "until": true,
	"and": true, "the": true, "from": true, "to": true, "of": true, "early": true, "late": true,
	"also": true, "then": true, "earlier": true, "later": true, "but": true, ".": true,
	"-": true, "for": true, "scheduled": true, "set": true, "due": true, "planned": true,
	"expected": true, "starting": true, "beginning": true, "ending": true,
	// ", most recently in September 2019", ", the last time in 2018":
	// the latest of the occasions the clause before tells.
	"most": true, "recently": true, "last": true, "time": true,
}

// opensSentence reports whether the date at token k opens its sentence,
// after at most a few adverbial words: "And later on this evening".
func opensSentence(toks []token, k int) bool {
	if k > 3 || segmentOf(toks, k) != 0 {
		return false
	}
	for j := 0; j < k; j++ {
		if !sentenceOpeners[toks[j].low] && !isQuote(toks[j].text) {
			return false
		}
	}
	return true
}

// sentenceOpeners may stand before a time that opens a sentence.
var sentenceOpeners = wordSet(`and but then also later earlier on in at early late`)

// bareRef reports whether the reference h is a noun with no determiner
// after "in", "at" or "during": "fails in talks tomorrow".
func bareRef(toks []token, h hit) bool {
	if h.t0 == 0 {
		return false
	}
	w := toks[h.t0-1].low
	return w == "in" || w == "at" || w == "during"
}

// adverbialSegment reports whether the clause segment holding date d is
// nothing but the date and a few adverbial words, so that the date may
// belong to an event told in another segment of the sentence.
func adverbialSegment(toks []token, d timeline.Date, dates []timeline.Date, tokAt func(int) int) bool {
	k := tokAt(d.Span.Start)
	start, end := k, k
	for start > 0 && !toks[start-1].breaks() {
		start--
	}
	for end < len(toks) && !toks[end].breaks() {
		end++
	}
	for j := start; j < end; j++ {
		if !adverbialWords[toks[j].low] && !slices.ContainsFunc(dates, func(o timeline.Date) bool { return inside(toks[j].span, o.Span) }) &&
			!dayRangeToken(toks[j], dates) && !(toks[j].capitalised() && toks[j].word() && (j > start || start > 1 && toks[start-2].capitalised())) {
			// Past a name in apposition: "met with his counterpart
			// from the United Kingdom, State Secretary for Defense
			// Michael Fallon yesterday in London"; "will continue to
			// Seoul, Republic of Korea from April 16 to April 17".
			return false
		}
	}
	return true
}

// dayRangeToken reports whether t is a range of days written as one
// word whose two ends are dates: "17-23" in "Aug. 17-23".
func dayRangeToken(t token, dates []timeline.Date) bool {
	if !strings.ContainsAny(t.text, "-–") || strings.Trim(t.text, "0123456789-–") != "" {
		return false
	}
	return slices.ContainsFunc(dates, func(o timeline.Date) bool {
		return o.Span.Start < t.span.End && t.span.Start < o.Span.End
	})
}

// relativeOf returns the hit a relative clause holding token k follows,
// or -1: the clause opens with ", which" or ", that" and a verb of time
// ("runs", "begins", "is due", "will last"), and the hit is a noun of the
// segment just before its comma; or the clause opens with ", where" after
// a journey to the place it tells of.
func relativeOf(toks []token, hits []hit, k int) int {
	start := k
	for start > 0 && !toks[start-1].breaks() {
		start--
	}
	if start < 2 || toks[start-1].text != "," || start+1 >= len(toks) {
		return -1
	}
	seg := segmentOf(toks, start-2)
	if toks[start].low == "where" {
		// "will then travel to Kyoto, where he will tour temples with
		// Abe on May 27": the journey's traveller is there then.
		for j := len(hits) - 1; j >= 0; j-- {
			if m := hits[j].ev.Mode; hits[j].seg == seg && hits[j].t1 <= start-1 && (m == timeline.ModeVisit || m == timeline.ModeArrival) {
				return j
			}
		}
		return -1
	}
	if w := toks[start].low; (w != "which" && w != "that" || !timeVerbs[toks[start+1].low]) && !heldAside(toks, start) {
		return -1
	}
	for j := len(hits) - 1; j >= 0; j-- {
		if hits[j].seg == seg && hits[j].t1 <= start-1 && nominal(&hits[j], toks) {
			return j
		}
	}
	return -1
}

// heldAside reports whether the clause at k, after a comma, is a
// participle that places a meeting named before it: "The BRICS summit,
// being held in Johannesburg from Tuesday to Thursday, is the first";
// "the talks, held in Geneva on Monday,"; "the conference, taking place
// in Paris"; not "held talks", a clause of its own.
func heldAside(toks []token, k int) bool {
	if k+1 < len(toks) && toks[k].low == "being" {
		k++
	}
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k].low {
	case "held", "hosted", "convened":
		n := toks[k+1].low
		return n == "in" || n == "at" || n == "on" || n == "from" || n == "over" || n == "by" || timeWord(n)
	case "taking":
		return toks[k+1].low == "place"
	}
	return false
}

// relativeEndOf returns the hit a relative clause holding token k ends
// (", which ended today", ", which closes on Friday"), or -1: the noun of
// the segment just before the clause's comma.
func relativeEndOf(toks []token, hits []hit, k int) int {
	start := k
	for start > 0 && !toks[start-1].breaks() {
		start--
	}
	if start < 2 || toks[start-1].text != "," || start+1 >= len(toks) || toks[start].low != "which" && toks[start].low != "that" {
		return -1
	}
	switch toks[start+1].low {
	case "ended", "ends", "closed", "closes", "concluded", "concludes", "finished":
	default:
		return -1
	}
	seg := segmentOf(toks, start-2)
	for j := len(hits) - 1; j >= 0; j-- {
		if hits[j].seg == seg && hits[j].t1 <= start-1 && nominal(&hits[j], toks) {
			return j
		}
	}
	return -1
}

// timeVerbs open a relative clause that dates the noun before it. "Which
// ends today" would date only its end, which an event's time cannot say
// without its start.
var timeVerbs = map[string]bool{
	"runs": true, "ran": true, "run": true, "begins": true, "began": true, "starts": true, "started": true,
	"opens": true, "opened": true, "lasts": true, "lasted": true, "is": true,
	"was": true, "will": true, "takes": true, "took": true, "starting": true, "begin": true, "start": true,
	"are": true, "were": true, "ends": true, "ended": true, "closes": true, "closed": true,
	"resumes": true, "resumed": true,
}

// afterwards reports whether the trigger at t0 follows "since", "then" or
// "later" within two words: a time after the one named before it.
func afterwards(toks []token, t0 int) bool {
	for k := t0 - 1; k >= max(0, t0-2); k-- {
		switch toks[k].low {
		case "since", "then", "later", "afterwards", "subsequently":
			return true
		}
	}
	return false
}

// hadBefore reports whether a past perfect governs the noun at t0 from at
// most six words before it, in its clause: "the U.S. and China had had
// months of talks", "had held talks": a time before the one in focus.
func hadBefore(toks []token, t0 int) bool {
	for k := t0 - 1; k >= max(0, t0-6); k-- {
		switch toks[k].low {
		case ",", ";", "said", "says", "that":
			return false
		case "had", "'d":
			return perfect(toks, k+1)
		case "since":
			// "the first poll since her return from the Soviet
			// Union": before the time told of, by how much untold.
			return k >= t0-3
		}
	}
	return false
}

// perfect reports whether the verb at t0 is in the past perfect ("had
// signed", "had already met"), or in the present perfect of a relative
// clause ("the only Arab country which has signed a peace treaty with
// Israel"): it tells of a time before the one in focus, or of none.
func perfect(toks []token, t0 int) bool {
	for k := t0 - 1; k >= max(0, t0-2); k-- {
		switch toks[k].low {
		case "had", "'d":
			if k > 0 && toks[k-1].low == "and" {
				return true // "... when both studied there, and had since met him"
			}
			// "told reporters after he had met Reagan": a past perfect
			// after "after" or "when" is just before the time told of.
			for j := k - 1; j >= max(0, k-12); j-- {
				switch toks[j].low {
				case "after", "when", "once", "before", "until":
					return false
				case ";", ".", "said", "says", "that", "because":
					return true
				}
			}
			return true
		case "has", "have", "'ve":
			// "The United States has signed an agreement with
			// Honduras", "Murphy has returned to Washington": done
			// before the story, on a day it does not give; the
			// guidelines leave it undated, as the judges of the
			// precision samples did, rather than guess the dateline's.
			return true
		case "already", "never", "previously", "recently", "earlier", "once", "also", "just", "not", "since":
			continue
		}
		return false
	}
	return false
}

// A relation is "<offset> after/before <target>" in a sentence.
type relation struct {
	offset timeline.Date
	order  string // "after" or "before"
	target int    // index of the target hit
}

// isTarget reports whether hit j is the target of one of rels.
// departureFor reports whether hit j is the meeting a departure of the
// sentence leaves for: "depart for the Venice economic summit", "leaves
// for talks".
func departureFor(toks []token, hits []hit, j int) bool {
	k := hits[j].t0 - 1
	for n := 0; k > 0 && n < 5 && toks[k].low != "for"; n++ {
		k--
	}
	if k <= 0 || toks[k].low != "for" {
		return false
	}
	return slices.ContainsFunc(hits, func(o hit) bool {
		return o.rule.mode == timeline.ModeDeparture && o.t1 == k
	})
}

// attributiveDate reports whether the date toks[k0:k1+1] stands between
// a determiner and a noun that is no event of the sentence: "under a
// July 1986 semiconductor pact" dates the pact, while "the April 9
// policymaking meeting" dates its meeting.
func attributiveDate(toks []token, hits []hit, k0, k1 int) bool {
	if k1+1 >= len(toks) {
		return false
	}
	if possessiveTime(toks, k1) && k0 > 0 && sincePreps[toks[k0-1].low] {
		// "after last month's military standoff with North Korea": a
		// day's or a month's thing the sentence's events come after,
		// no event of the sentence, unless one of its words is ("after
		// Friday's talks").
		e := k1 + 1
		if toks[e].possessive() && e+1 < len(toks) {
			e++
		}
		for n := 0; n < 3 && e < len(toks) && toks[e].word() && !toks[e].capitalised() && !functionWords[toks[e].low]; n++ {
			if slices.ContainsFunc(hits, func(h hit) bool { return h.t0 <= e && e < h.t1 }) {
				return false
			}
			e++
		}
		first := k1 + 1
		if toks[first].possessive() {
			first++
		}
		// ("next week's International Monetary Fund meetings": a name
		// that opens the phrase may be the event's own; "following this
		// week's breakdown of International Coffee Organization talks":
		// a phase of the event after it is its own.)
		if e < len(toks) && toks[e].low == "of" && slices.ContainsFunc(hits, func(h hit) bool { return h.t0 > e && h.t0 <= e+6 }) {
			return false
		}
		return e > first && !slices.ContainsFunc(hits, func(h hit) bool { return h.t0 <= e && e < h.t1 })
	}
	// Up to two adjectives may stand between: "a theoretical July 1
	// deadline".
	j := k0 - 1
	for n := 0; n < 2 && j > 0 && adjectiveLike(toks[j]) && !slices.ContainsFunc(hits, func(h hit) bool { return h.t0 <= j && j < h.t1 }); n++ {
		j--
	}
	if j < 0 || !attributiveDets[toks[j].low] {
		return false
	}
	next := toks[k1+1].text
	if k0 == k1 && yearWord(toks[k0].text) && toks[k1+1].capitalised() && !timeWord(toks[k1+1].low) {
		// "a monument to the 1950 Battle of Chosin Reservoir", "the
		// 1988 Seoul Olympics": a year in a name.
		return !slices.ContainsFunc(hits, func(h hit) bool { return h.t0 == k1+1 })
	}
	if next == "" || next[0] < 'a' || next[0] > 'z' || functionWords[toks[k1+1].low] {
		return false
	}
	for _, h := range hits {
		if h.t0 > k1 && h.t0 <= k1+3 {
			return false
		}
	}
	return true
}

// agreeingDay reports whether the date at token k stands inside the words
// of agreeing of h, "agreed Wednesday to hold a summit": the day of the
// agreeing, which dates the sentence's other events ("as the two leaders
// met"), not the meeting agreed to.
func agreeingDay(h hit, k int) bool {
	return h.rule == agreeToMeetRule && h.t0 < k && k < h.t1
}

// sincePreps set a thing of a day before the events of their sentence:
// "after last month's standoff", "since Friday's vote".
var sincePreps = wordSet(`after since following amid before`)

// adjectiveLike reports whether t looks like an adjective before a noun:
// a lower-case word with an adjective's ending ("theoretical",
// "tentative", "proposed"), not a noun such as "meeting".
func adjectiveLike(t token) bool {
	w := t.text
	if w == "" || w[0] < 'a' || w[0] > 'z' || functionWords[t.low] || attributiveDets[t.low] {
		return false
	}
	for i := 0; i < len(w); i++ {
		if (w[i] < 'a' || w[i] > 'z') && w[i] != '-' {
			return false
		}
	}
	for _, suf := range adjectiveEndings {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

var adjectiveEndings = []string{"al", "ic", "ive", "ous", "ed", "ful", "ible", "able", "ary", "ent", "ant"}

var attributiveDets = map[string]bool{"a": true, "an": true, "the": true, "its": true, "his": true, "her": true, "their": true}

// functionWords after a date end its phrase: "the 1985 and 1986 seasons".
var functionWords = map[string]bool{"and": true, "or": true, "to": true, "of": true, "in": true, "on": true, "at": true, "for": true, "from": true, "by": true, "with": true}

// allTargets reports whether every hit is the target of a relation, so
// that none is left to anchor them.
func allTargets(hits []hit, rels []relation) bool {
	for j := range hits {
		if !isTarget(j, rels) {
			return false
		}
	}
	return true
}

func isTarget(j int, rels []relation) bool {
	for _, r := range rels {
		if r.target == j {
			return true
		}
	}
	return false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// plural reports whether a trigger noun is plural, as in "several visits
// ... in recent months": many events, not one to date.
func plural(w string) bool {
	switch w {
	case "visits", "trips", "meetings", "summits":
		return true
	}
	return false
}

// whenClauseOf returns the hit before hits[i] in its sentence whose
// time a "when" or "while" clause holding hits[i] takes ("met in June
// 2012, when Putin visited China"), or -1.
func whenClauseOf(toks []token, hits []hit, i int) int {
	for j := i - 1; j >= 0; j-- {
		if !hits[j].ev.When.Start.Placed() {
			continue
		}
		for k := hits[i].t0 - 1; k >= hits[j].t1 && k > 0; k-- {
			if w := toks[k].low; (w == "when" || w == "while") && toks[k-1].low == "," {
				return j
			}
		}
		break
	}
	// "is likely to meet Moi when he pays a visit to Nairobi on Friday":
	// a when clause after the event.
	for j := i + 1; j < len(hits); j++ {
		if !hits[j].ev.When.Start.Placed() {
			continue
		}
		for k := hits[i].t1; k < hits[j].t0; k++ {
			switch w := toks[k].low; {
			case w == ";" || reporting[w]:
				return -1
			case w == "when" || w == "while":
				return j
			}
		}
		return -1
	}
	return -1
}

// lengthPrepositions set a length apart from a noun after it: "in 45
// years", "for two days", "over three days".
var lengthPrepositions = wordSet(`in for over within after since during`)

// gatheringNouns name what a body's members gather for.
var gatheringNouns = wordSet(`summit meeting conference session talks`)

// visitKinds name a kind of visit before its noun: "a three-day state
// visit".
var visitKinds = wordSet(`state official working private bilateral`)

// laterThatDay reports whether a bare "later" or "then" sets the event
// at t0 after the one told before, on its day: "Putin later hosted a
// luncheon in Moon's honor", "Later, the two leaders dined", "Abe then
// met Li separately". Not "later this month", "two days later" or "later
// in the week", which name their own time.
func laterThatDay(toks []token, t0 int) bool {
	for k := 0; k < t0; k++ {
		if !thenWords[toks[k].low] || k > 0 && (isDigits(toks[k-1].low) || durationWords[toks[k-1].low]) {
			continue
		}
		if k+1 < len(toks) && (toks[k+1].text == "," || k+1 <= t0 && pastVerb(toks[k+1].low)) {
			return true
		}
	}
	return false
}

// thenWords set an event after the one told before it: "later", "then".
var thenWords = wordSet(`later then afterwards afterward subsequently`)

// durationWords count the time before a "later": "two days later".
var durationWords = wordSet(`days weeks months years hours minutes day week month year hour moments`)

// hoursFrom returns the day of the sentence's date told before an event at
// t0 that "hours before", "hours after", "shortly before" or "minutes
// after" sets within that day, the phrase standing between the two.
func hoursFrom(toks []token, dates []timeline.Date, t0 int) (timeline.Date, bool) {
	at := -1
	for k := t0 - 1; k >= 1 && k >= t0-12; k-- {
		if (toks[k].low == "before" || toks[k].low == "after") && (toks[k-1].low == "hours" || toks[k-1].low == "minutes" || toks[k-1].low == "shortly") {
			at = k - 1
			break
		}
	}
	if at < 0 {
		return timeline.Date{}, false
	}
	var best timeline.Date
	for _, d := range dates {
		if d.Placed() && d.Precision >= timeline.Day && d.Type == timeline.TypeDate && d.Span.End <= toks[at].span.Start {
			best = d
		}
	}
	return best, best.Placed()
}

// becomingFirst returns the hit before hits[i] whose clause a
// participle ", becoming the first ... to" hangs hits[i] on, or -1.
func becomingFirst(toks []token, hits []hit, i int) int {
	h := hits[i]
	if h.t0 < 1 || toks[h.t0-1].low != "to" || i == 0 {
		return -1
	}
	for k := h.t0 - 2; k >= 1 && k >= h.t0-10; k-- {
		if toks[k].low == "becoming" && toks[k-1].text == "," {
			for j := i - 1; j >= 0; j-- {
				if !hits[j].ref && hits[j].t1 <= k-1 {
					return j
				}
			}
			return -1
		}
		if toks[k].breaks() {
			return -1
		}
	}
	return -1
}

// statusSoFar returns the status of hits[j], read now if the loop that
// reads statuses in order has not come to it yet: a when clause after
// its event ("has been to the White House once before, in September
// 2021, when Biden received him").
func statusSoFar(toks []token, hits []hit, j int, anchor time.Time) timeline.Status {
	if st := hits[j].ev.Status; st != "" {
		return st
	}
	return status(toks, &hits[j], anchor)
}

// rangeEnd matches the end of a range of days written after its first
// day: "April 13-16", "from July 7 to 10", "May 11 through 21", "April 13
// and 14", "November 3/4" (a pair of days is a range only when they
// follow each other).
var rangeEnd = regexp.MustCompile(`^\s*(?:-|–|to|through|until|till|(and|/))\s*(\d{1,2})\b`)

// secondDay returns the day of "and 20" right after the day start, when
// it is a later day of the same month that does not follow it: "on April
// 17 and 20" names two days, where "April 13 and 14" is a range.
func secondDay(text string, start timeline.Date) (timeline.Date, bool) {
	day, m, ok := dayAfter(text, start, andDay, 1)
	if !ok || day <= start.Earliest.Day()+1 {
		return timeline.Date{}, false
	}
	d := timeline.DayOf(time.Date(start.Earliest.Year(), start.Earliest.Month(), day, 0, 0, 0, 0, time.UTC))
	d.Text = text[start.Span.End+m[2] : start.Span.End+m[3]]
	d.Span = timeline.Span{Start: start.Span.End + m[2], End: start.Span.End + m[3]}
	d.Rule = "second-day"
	return d, true
}

var andDay = regexp.MustCompile(`^\s*and\s+(\d{1,2})\b`)

// dayAfter matches re right after the day start and returns the day of
// the month its group g gives, when the month has it, with the match.
func dayAfter(text string, start timeline.Date, re *regexp.Regexp, g int) (int, []int, bool) {
	if start.Precision != timeline.Day || start.Span.End <= 0 || start.Span.End > len(text) {
		return 0, nil, false
	}
	m := re.FindStringSubmatchIndex(text[start.Span.End:])
	if m == nil {
		return 0, nil, false
	}
	day := atoi(text[start.Span.End+m[2*g] : start.Span.End+m[2*g+1]])
	first := start.Earliest
	if time.Date(first.Year(), first.Month(), day, 0, 0, 0, 0, time.UTC).Month() != first.Month() {
		return 0, nil, false
	}
	return day, m, true
}

// pairEnd reports whether d is the bare second day of a pair or range
// that the tagger found after prev: digits only, joined to prev by "and",
// "or", "to", "through", "until" or a dash.
func pairEnd(text string, prev, d timeline.Date) bool {
	if d.Text == "" || prev.Span.End > d.Span.Start || d.Span.Start > len(text) {
		return false
	}
	weekdays := d.Rule == "weekday" && prev.Rule == "weekday" && d.Precision == timeline.Day && prev.Precision == timeline.Day
	join := strings.Trim(strings.Join(strings.Fields(text[prev.Span.End:d.Span.Start]), " "), " ,")
	if !weekdays && !allDigits(d.Text) {
		// "from April 30 to May 2": a day of its own ends the range
		// of the one before, within a month; "April 17 and May 20"
		// are two days.
		return d.Precision == timeline.Day && prev.Precision == timeline.Day && d.Earliest.After(prev.Earliest) &&
			d.Earliest.Sub(prev.Earliest) <= 31*24*time.Hour &&
			(join == "to" || join == "through" || join == "until" || join == "-" || join == "–")
	}
	switch join {
	case "and", "or", "to", "through", "until", "till", "-", "–":
		return true
	}
	return false
}

// allDigits reports whether s is a number: "20" of "April 17 and 20".
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// dayRange returns the last day of a range whose first day is start and
// whose end is written right after it as a bare day of the same month.
func dayRange(text string, start timeline.Date) (timeline.Date, bool) {
	day, m, ok := dayAfter(text, start, rangeEnd, 2)
	if !ok || day <= start.Earliest.Day() || m[2] >= 0 && day != start.Earliest.Day()+1 {
		return timeline.Date{}, false
	}
	end := timeline.DayOf(time.Date(start.Earliest.Year(), start.Earliest.Month(), day, 0, 0, 0, 0, time.UTC))
	end.Text = text[start.Span.End : start.Span.End+m[1]]
	end.Span = timeline.Span{Start: start.Span.End, End: start.Span.End + m[1]}
	end.Rule = "range"
	return end, true
}

// scheduledFor reports whether only the words of a schedule stand
// between a noun ending at t1 and the date at k: "the trip is set for
// April 6 to 8", "the talks will take place June 2-5", "the meeting is
// scheduled for Friday". The date is then the noun's, a reference or not.
func scheduledFor(toks []token, t1, k int) bool {
	if k <= t1 || k-t1 > 7 {
		return false
	}
	verb := false
	for j := t1; j < k; j++ {
		w := toks[j].low
		if !scheduleWords[w] {
			return false
		}
		verb = verb || scheduleVerbs[w]
	}
	return verb // "the Venice summit on Wednesday" may date another verb
}

var scheduleVerbs = wordSet(`is are was were will be been set scheduled planned due expected place held`)

var scheduleWords = wordSet(`is are was were will would be been has have now set scheduled planned due expected
	for on to take place held from between tentatively`)

// andVerbBetween reports whether toks[i:j] hold "and" right before a
// light verb or a verb of meeting: a second clause of one subject.
func andVerbBetween(toks []token, i, j int) bool {
	for k := i; k+1 < j; k++ {
		if toks[k].low != "and" {
			continue
		}
		n := k + 1
		if modalWords[toks[n].low] && n+1 <= j {
			n++ // "arrived in Brussels on Sunday and will leave for home on Tuesday night"
		}
		if n == j || lightVerbs[toks[n].low] || verbOnly[toks[n].low] {
			return true
		}
	}
	return false
}

// modalWords stand before the verb of a clause joined by "and".
var modalWords = wordSet(`will would is was are were has had have`)

// andThen reports whether "and" stands right before the verb at t0, past
// auxiliaries and adverbs of sequence: "and met", "and was received by",
// "and later held talks".
func andThen(toks []token, t0 int) bool {
	for k := t0 - 1; k >= 0 && t0-k <= 3; k-- {
		switch toks[k].low {
		case "and":
			return true
		case "was", "were", "is", "are", "will", "would", "had", "has", "have", "then", "later", "also", "subsequently", "afterwards":
			continue
		}
		return false
	}
	return false
}

// andTheyThen reports whether h's clause opens with "and" and a pronoun
// or pair subject of those named before: "held talks with Lapid on
// Thursday, and the two signed a joint declaration".
func andTheyThen(toks []token, h *hit) bool {
	a := h.actor
	return a != nil && a.pronoun && a.t0 > 0 && a.t1 <= h.t0 && (toks[a.t0-1].low == "and" || a.t0 > 1 && toks[a.t0-1].low == "then" && toks[a.t0-2].low == "and") &&
		onlyAuxiliaries(toks, a.t1, h.t0)
}

// beforeDoing reports whether the trigger at t0 is a gerund right after
// "before": "before flying to Chongqing", "before heading home".
func beforeDoing(toks []token, t0 int) bool {
	return t0 > 0 && toks[t0-1].low == "before" && strings.HasSuffix(toks[t0].low, "ing")
}

// beforeDays gives a journey told as "before flying to X", with no day of
// its own, the day of the event its clause tells before it: "Moon will
// meet Premier Li Keqiang on Friday before flying to Chongqing" flies on
// Friday.
func beforeDays(toks []token, hits []hit) {
	for j := range hits {
		h := &hits[j]
		if h.point || h.ref || !beforeDoing(toks, h.t0) || !h.rule.travels {
			continue
		}
		for i := j - 1; i >= 0; i-- {
			o := hits[i]
			if o.seg != h.seg || o.ref {
				continue
			}
			// (Only after a meeting of one day: "will attend the G20
			// summit on Tuesday and Wednesday before traveling to
			// Cambodia", "will travel to Ho Chi Minh City on Tuesday
			// before heading to Japan" leave the day after open.)
			if d := o.ev.When.Start; o.point && o.rule.mode == timeline.ModeMeeting && o.rule.need != needBody && o.rule.need != needOrganisation &&
				!o.ev.When.End.Placed() && d.Placed() && d.Precision >= timeline.Day && !d.Fuzzy() {
				day := timeline.DayOf(d.Earliest)
				day.Text, day.Span, day.Rule = d.Text, d.Span, "before"
				h.ev.When.Start = day
				h.point = true
			}
			break
		}
	}
}

// beforeOccasion dates a meeting with no date of its own by the month of
// the occasion its sentence holds it just before: "had a brief chat in a
// waiting room before an ASEAN-related summit in Bangkok in November" is
// November's. (A day of the occasion is left alone: the meeting may be
// days before it.)
func beforeOccasion(toks []token, hits []hit) {
	for j := range hits {
		h := &hits[j]
		if h.point || h.ref || h.rule.mode != timeline.ModeMeeting {
			continue
		}
		for i := j + 1; i < len(hits); i++ {
			o := hits[i]
			d := o.ev.When.Start
			if !o.point || o.t0 <= h.t1 || o.t0-h.t1 > 10 || !d.Placed() || d.Precision != timeline.Month {
				continue
			}
			before := false
			for k := o.t0 - 1; k >= max(h.t1, o.t0-4); k-- {
				before = before || toks[k].low == "before"
			}
			if before {
				m := d
				m.Rule = "before"
				h.ev.When.Start = m
				h.point = true
			}
			break
		}
	}
}

// sidelineOf reports whether the noun at t0 is the event on whose
// sidelines, margins or fringes another is held: "on the sidelines of the
// G20 summit", "on the margins of the Group of Seven summit"; or at or
// during which it is held, named: "met Castro at the Summit of the
// Americas", "during the G20 summit".
func sidelineOf(toks []token, t0 int) bool {
	for k := t0 - 1; k >= max(1, t0-8); k-- {
		if (toks[k].low == "at" || toks[k].low == "during") && toks[k+1].low == "the" && k+2 <= t0 && toks[k+2].capitalised() {
			return true
		}
		if toks[k].low == "of" {
			if sidelineWords[toks[k-1].low] {
				return true
			}
			if toks[k-1].capitalised() && k+1 < t0 && toks[k+1].capitalised() || toks[k+1].word() && toks[k+1].low[0] >= '0' && toks[k+1].low[0] <= '9' {
				continue // "the Group of 20 summit", "the Bank of Japan meeting": a name's "of"
			}
			return false
		}
		if toks[k].breaks() {
			return false
		}
	}
	return false
}

// frontedOccasion returns the hit of a session or summit named in a
// phrase that opens the sentence — "At the APEC summit in Woodside on
// Tuesday,", "During the NATO summit on Thursday,", "On the sidelines of
// the G20 summit on Friday," — when hits[i] is a meeting or talks of the
// clause after it; or -1.
func frontedOccasion(toks []token, hits []hit, i int) int {
	h := &hits[i]
	if h.ev.Mode != timeline.ModeMeeting || h.ref || len(toks) < 4 {
		return -1
	}
	k := 0
	switch {
	case toks[0].low == "at" || toks[0].low == "during":
		k = 1
	case toks[0].low == "on" && len(toks) > 4 && sidelineWords[toks[2].low] && toks[3].low == "of":
		k = 4 // "On the sidelines of", "On the margins of"
	default:
		return -1
	}
	end := k
	for end < len(toks) && !toks[end].breaks() {
		end++
	}
	if end >= h.t0 || end == len(toks) || toks[end].text != "," {
		return -1
	}
	for j := 0; j < i; j++ {
		o := &hits[j]
		if o.t0 < k || o.t1 > end || o.ref {
			continue
		}
		if o.rule.need == needBody || o.rule.need == needOrganisation || o.ev.Mode == timeline.ModeMeeting {
			return j
		}
	}
	return -1
}

// subordinate reports whether the verb of h stands in a clause that
// opens with "after", "since", "once" or "because" before its subject:
// "the pound rose after Prime Minister Thatcher returned from Moscow"
// tells of a time before the story's, which it does not give.
func subordinate(toks []token, h *hit) bool {
	if nominal(h, toks) {
		return false
	}
	k := h.t0 - 1
	if a := h.actor; a != nil && a.t1 <= h.t0 {
		k = a.t0 - 1
	}
	for n := 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		switch toks[k].low {
		case "after", "since", "once", "because":
			return true
		}
		if toks[k].breaks() {
			return false
		}
	}
	return false
}

// setAt reports whether the noun at t0 is the meeting a clause is set
// at: "at a summit in Geneva", "during talks in Moscow".
func setAt(toks []token, t0 int) bool {
	if !meetingNouns[toks[t0].low] {
		return false
	}
	for k := t0 - 1; k >= max(0, t0-6); k-- {
		switch toks[k].low {
		case "at", "during":
			return true
		case "a", "an", "the", "their", "his", "her", "its", "of", "days", "weeks", "hours", "rounds", "round":
			continue // "at the two days of talks"
		}
		if !strings.Contains(toks[k].low, "-") && !nounStarts[toks[k].low] {
			return false
		}
	}
	return false
}

// untilWords before a date make it the last day of the event before it.
var untilWords = wordSet(`until till through thru`)

// endedOn reports whether the date at k is the day a verb of ending
// before it names: "ends on Saturday", "is scheduled to end on
// Thursday", "closed Tuesday", "wraps up on Friday".
func endedOn(toks []token, k int) bool {
	j := k - 1
	if j >= 0 && toks[j].low == "on" {
		j--
	}
	if j >= 1 && toks[j].low == "up" && (toks[j-1].low == "wraps" || toks[j-1].low == "wrapped" || toks[j-1].low == "wrap") {
		return true
	}
	return j >= 0 && endVerbs[toks[j].low]
}

// endVerbs end a meeting.
var endVerbs = wordSet(`ends end ended closes close closed concludes conclude concluded`)

// resumesAt reports whether the date at token k follows "adjourned until"
// or "suspended until": the day a session resumes, no day of its own. (A
// meeting "postponed until April" is held in April: see postponedTo.)
func resumesAt(toks []token, k int) bool {
	if k < 2 || toks[k-1].low != "until" && toks[k-1].low != "till" {
		return false
	}
	switch toks[k-2].low {
	case "adjourned", "suspended", "recessed":
		return true
	}
	return false
}

// reported reports whether the date at token k dates a reporting verb
// right before it ("said on Saturday he hoped to meet Xi", "told
// reporters Monday"), not the event reported.
func reported(toks []token, k int) bool {
	j := k - 1
	if j >= 0 && (toks[j].low == "on" || toks[j].low == "late" || toks[j].low == "early") {
		j--
	}
	if j >= 0 && toks[j].low == "reporters" {
		j--
	}
	return j >= 0 && (reporting[toks[j].low] || toks[j].low == "told") && toks[j].low != "that"
}

// begunBy returns the index of the dated arrival that a journey noun
// after ", starting", ", beginning" or ", kicking off" begins ("arrived in
// Seattle on Tuesday, starting his first state visit"), or -1.
func begunBy(toks []token, hits []hit, i int) int {
	h := &hits[i]
	if !nominal(h, toks) || !slices.ContainsFunc(toks[h.t0:h.t1], func(t token) bool { return journeyNouns[t.low] }) {
		return -1
	}
	k := h.t0 - 1
	for k > 0 && (nounStarts[toks[k].low] || strings.Contains(toks[k].low, "-")) {
		k--
	}
	if k > 0 && toks[k].low == "off" {
		k-- // "kicking off"
	}
	switch toks[k].low {
	case "starting", "beginning", "kicking", "opening", "launching":
	default:
		return -1
	}
	if k == 0 || toks[k-1].text != "," {
		return -1
	}
	for j := i - 1; j >= 0; j-- {
		if hits[j].rule.mode == timeline.ModeArrival && hits[j].point && hits[j].ev.When.Start.Precision >= timeline.Day {
			return j
		}
	}
	return -1
}

// purposeOf returns the index of the arrival or visit of the sentence
// that hit i is the purpose of ("arrived ... for talks"), or -1. A
// departure is not one: the talks it is for begin after the journey.
func purposeOf(toks []token, hits []hit, i int) int {
	h := &hits[i]
	if !nominal(h, toks) {
		// "travels to Ramallah to meet Abbas": the meeting is when the
		// journey made for it arrives.
		to := h.t0 - 1
		if to > 0 && strings.HasSuffix(toks[to].low, "ly") && toks[to-1].low == "to" {
			to-- // "to formally sign the agreement"
		}
		if to > 0 && toks[to].low == "to" && i > 0 {
			if j := i - 1; hits[j].rule.reaches && (to+1-hits[j].t1 <= 6 || to+1-hits[j].t1 <= 10 && namesOnly(toks[hits[j].t1:to]) ||
				to+1-hits[j].t1 <= 14 && !verbBetween(toks, hits[j].t1, to) && !slices.ContainsFunc(toks[hits[j].t1:to], func(t token) bool { return t.breaks() })) {
				return j // (past "the West Bank town of Bethlehem", "in the first half of next month")
			}
		}
		return -1
	}
	t0 := h.t0
	if a := h.actor; a != nil && h.rule.need == needBody && a.t1 <= t0 && t0-a.t1 <= 3 {
		t0 = a.t0 // "for the G7 summit"
	}
	if purposeFor(toks, t0) < 0 {
		return -1
	}
	for j := i - 1; j >= 0; j-- {
		if hits[j].rule.reaches {
			return j
		}
	}
	return -1
}

// namesOnly reports whether toks are a place's name and its frame only:
// capitalised words, "the", "of" and settlement nouns.
func namesOnly(toks []token) bool {
	for _, t := range toks {
		if !t.capitalised() && t.low != "the" && t.low != "of" && !settlementNouns[t.low] {
			return false
		}
	}
	return true
}

// afterClauseOf returns the index of the hit of a clause that opens with
// "after" before hit i and is dated to its day or finer ("After she
// arrived this morning in London, ..."), or -1.
func afterClauseOf(toks []token, hits []hit, i int) int {
	for j := 0; j < i; j++ {
		d := hits[j].ev.When.Start
		if !hits[j].point || d.Precision < timeline.Day || hits[j].t1 > hits[i].t0 {
			continue
		}
		for k := hits[j].t0 - 1; k >= max(0, hits[j].t0-8) && !toks[k].breaks(); k-- {
			if toks[k].low == "after" {
				return j
			}
		}
	}
	return -1
}

// dayQuoting returns the day of date d, quoting d's text, for an event
// told by d but only to the day: the rule names how it was told.
func dayQuoting(d timeline.Date, rule string) timeline.Date {
	day := timeline.DayOf(d.Earliest)
	day.Text, day.Span, day.Rule = d.Text, d.Span, rule
	return day
}

// stopBefore returns the index of the dated arrival that hit i, a stop
// on the way, is told to come before ("arrived last night after a brief
// stopover in Riyadh"), or -1.
func stopBefore(toks []token, hits []hit, i int) int {
	if !stopNouns[toks[hits[i].t0].low] {
		return -1
	}
	after := false
	for k := hits[i].t0 - 1; k >= max(0, hits[i].t0-3) && !toks[k].breaks(); k-- {
		after = after || toks[k].low == "after"
	}
	if !after {
		return -1
	}
	for j := i - 1; j >= 0; j-- {
		d := hits[j].ev.When.Start
		if hits[j].seg == hits[i].seg && hits[j].ev.Mode == timeline.ModeArrival && hits[j].point && d.Precision >= timeline.Day {
			return j
		}
	}
	return -1
}

// stopNouns name a short stop on a journey.
var stopNouns = map[string]bool{"stopover": true, "stop-over": true, "stop": true}

// duringOf returns the index of the dated journey that hit i is told to
// happen during: in the same clause after it ("visit Rome during a trip
// to Europe in June"), opening the sentence, or before it with "during
// which" — or -1.
func duringOf(toks []token, hits []hit, i int) int {
	for j := 0; j < i; j++ {
		// "During his trip to Washington, which runs from April 26 to
		// 29, Bangemann will meet Shultz": an opening phrase.
		if !hits[j].point || hits[j].ev.Mode != timeline.ModeVisit || !duringBefore(toks, hits[j].t0) {
			continue
		}
		comma := false
		for k := hits[j].t1; k < hits[i].t0; k++ {
			switch w := toks[k].low; {
			case w == ",":
				comma = true
			case w == ";" || reporting[w]:
				return -1
			}
		}
		if comma {
			return j
		}
	}
	for j := 0; j < i; j++ {
		// "paid a brief weekend visit to the Ivory Coast during which
		// he discussed ...": the relative clause is told in the
		// visit's days.
		if !hits[j].point || hits[j].ev.Mode != timeline.ModeVisit {
			continue
		}
		for k := hits[j].t1; k+1 < hits[i].t0; k++ {
			if w := toks[k].low; w == ";" || reporting[w] {
				break
			}
			if (toks[k].low == "during" || toks[k].low == "in") && toks[k+1].low == "which" {
				return j
			}
		}
	}
	for j := i + 1; j < len(hits); j++ {
		if !hits[j].point || hits[j].ev.Mode != timeline.ModeVisit {
			continue
		}
		p := hits[j].t0 - 1
		for p > hits[i].t1 && toks[p].low != "during" && hits[j].t0-p <= 4 {
			p--
		}
		if toks[p].low != "during" {
			continue
		}
		for k := hits[i].t1; k < p; k++ {
			if w := toks[k].low; w == "," || w == ";" || reporting[w] {
				return -1
			}
		}
		return j
	}
	return -1
}

// duringBefore reports whether "During" opens the sentence before the
// noun at t0 and at most three words of its phrase.
func duringBefore(toks []token, t0 int) bool {
	for k := t0 - 1; k >= max(0, t0-4); k-- {
		if toks[k].low == "during" {
			return k == 0 || toks[k-1].breaks()
		}
	}
	return false
}

// purposeFor returns the token of the "for" before the noun at t0 and
// its determiners and modifiers ("for a three-day visit", "for talks"),
// or of the "on" before a journey ("arrived in Ahmedabad on his two-day
// visit to India"), or -1.
func purposeFor(toks []token, t0 int) int {
	k := t0 - 1
	for k >= 0 && (nounStarts[toks[k].low] || strings.Contains(toks[k].low, "-")) && toks[k].low != "of" {
		k--
	}
	if k < 0 || toks[k].low != "for" && (toks[k].low != "on" || !journeyNouns[toks[t0].low]) {
		return -1
	}
	return k
}

// prepBetween reports whether a preposition stands strictly between
// tokens i and j.
func prepBetween(toks []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if prepositions[toks[k].low] {
			return true
		}
	}
	return false
}

// ending reports whether a verb that ends the event governs the noun of
// h: "wrapped up a visit", "concluded his visit", "ended talks".
func ending(toks []token, h *hit) bool {
	if !nominal(h, toks) {
		return false
	}
	for k := h.t0 - 1; k >= max(0, h.t0-5); k-- {
		switch toks[k].low {
		case "concluded", "concludes", "ended", "ends", "completed", "completes", "wrapped", "wraps", "finished", "finishes",
			"wound", "winds", "closed", "closes":
			return true
		case ",", ";":
			return false
		}
	}
	// "IADB meeting ends", "the talks ended early yesterday": the verb
	// after the noun.
	return phaseOf(toks, *h) == "end"
}

// endOf returns the last day of an event that starts on start and lasts
// length ("three-day visit ... on Wednesday" ends on Friday).
func endOf(start, length timeline.Date) (timeline.Date, bool) {
	if length.IsZero() || !start.Placed() || start.Precision < timeline.Day {
		return timeline.Date{}, false
	}
	if start.Precision > timeline.Day {
		// "arrived in Havana on Sunday afternoon for a three-day
		// visit": the days count from Sunday.
		start = timeline.DayOf(start.Earliest)
	}

	end, ok := shift(start, length.Value, +1)
	if !ok {
		return timeline.Date{}, false
	}
	end = timeline.DayOf(end.Earliest.AddDate(0, 0, -1))
	end.Rule = "start+length"
	return end, true
}

// shift moves a day-precision date by a TIMEX3 duration value such as
// "P1D", "P2W", "P3M" or "P1Y", times sign.
func shift(d timeline.Date, dur string, sign int) (timeline.Date, bool) {
	if len(dur) < 3 || dur[0] != 'P' || d.Precision < timeline.Day {
		return timeline.Date{}, false
	}
	n := atoi(dur[1 : len(dur)-1])
	if n == 0 {
		return timeline.Date{}, false
	}
	t := d.Earliest
	switch dur[len(dur)-1] {
	case 'D':
		t = t.AddDate(0, 0, sign*n)
	case 'W':
		t = t.AddDate(0, 0, sign*7*n)
	case 'M':
		t = t.AddDate(0, sign*n, 0)
	case 'Y':
		t = t.AddDate(sign*n, 0, 0)
	default:
		return timeline.Date{}, false
	}
	r := timeline.DayOf(t)
	r.Rule = "relation"
	return r, true
}

// joined reports whether the tokens strictly between i and j join two
// dates into a range: "and", "to", "through", "until", "-".
func joined(toks []token, i, j int) bool {
	if j != i+2 {
		return false
	}
	switch toks[i+1].low {
	case "and", "to", "through", "until", "till", "-", "–":
		return true
	}
	return false
}

// reasonBetween reports whether a clause of reason or concession opens
// between tokens i and j ("adjourned until Thursday as tomorrow is a
// holiday"): a date after it dates that clause, not the event before.
func reasonBetween(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		switch toks[k].low {
		case "because", "although", "though", "whereas":
			return true
		case "since":
			// "her first trip to Japan since she took office in June
			// 2017", not "since March".
			if k+1 < j {
				return true
			}
		case "as":
			// "as tomorrow is a holiday", not "as early as", "such as",
			// "as well as".
			if k > 0 && (toks[k-1].low == "early" || toks[k-1].low == "soon" || toks[k-1].low == "late" || toks[k-1].low == "such" || toks[k-1].low == "well") {
				continue
			}
			if n := toks[k+1].low; n == "early" || n == "soon" || n == "late" || n == "well" || n == "of" || n == "part" {
				continue
			}
			return true
		}
	}
	return false
}

// infinitiveBetween reports whether an infinitive of its own opens
// between tokens i and j: "to" and a verb in lower case after a noun
// ("an agreement to end Portuguese rule"), not "to Moscow", "to the
// talks", nor the event's own verb after "due", "set" or "agreed" ("is
// due to end on Thursday", "agreed to meet on Monday").
func infinitiveBetween(toks []token, i, j int) bool {
	for k := i; k+1 < j; k++ {
		if toks[k].low != "to" || k == 0 {
			continue
		}
		n := toks[k+1]
		if n.capitalised() || !n.word() || determiners[n.low] || timeWord(n.low) || n.low[0] >= '0' && n.low[0] <= '9' {
			continue
		}
		if strings.HasSuffix(n.low, "ing") || strings.HasSuffix(n.low, "s") && !strings.HasSuffix(n.low, "ss") {
			continue // "to talks", "to growing": a noun, no verb
		}
		if infinitiveGovernors[toks[k-1].low] || n.low == "be" {
			continue
		}
		return true
	}
	return false
}

// infinitiveGovernors take the event's own verb in the infinitive: "is
// due to end", "set to meet", "agreed to sign".
var infinitiveGovernors = wordSet(`due set scheduled expected likely unlikely planned going able agreed agree agrees
	decided decide plans plan planning hopes hope intends intend wants want is are was were will would`)

// atoi returns the number s writes in decimal, or 0 when it writes none.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// begunBefore reports whether a verb that opens the event stands just
// before its noun: "began their two-day summit", "opened a three-day
// meeting".
func begunBefore(toks []token, t0 int) bool {
	for k := t0 - 1; k >= max(0, t0-5); k-- {
		switch toks[k].low {
		case "began", "begins", "opened", "opens", "started", "starts", "convened":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// beginsNow reports whether the noun at t0 is the object of a verb of
// beginning in the present tense, a few words before it with only its
// modifiers between: "begins two days of economic talks", "opens a
// three-day visit".
func beginsNow(toks []token, t0 int) bool {
	for k := t0 - 1; k >= max(0, t0-5); k-- {
		switch toks[k].low {
		case "begins", "opens", "starts":
			return k > 0 && !auxWords[toks[k-1].low]
		case ",", ";", ".", "to", "will", "would", "and", "that", "which", "who", "when":
			return false
		}
	}
	return false
}

// perfectProgressive reports whether the verb at t0 is told in the
// present perfect progressive: "has been negotiating", "have been
// holding talks".
func perfectProgressive(toks []token, t0 int) bool {
	return t0 > 1 && toks[t0-1].low == "been" && (toks[t0-2].low == "has" || toks[t0-2].low == "have") &&
		strings.HasSuffix(toks[t0].low, "ing")
}

// includedStop reports whether the visit at t0 is a stop a journey
// "included": "an overseas trip that also included visits to Afghanistan
// and Pakistan".
func includedStop(toks []token, t0 int) bool {
	for k := t0 - 1; k >= max(0, t0-3); k-- {
		switch toks[k].low {
		case "included", "includes", "include", "including":
			return true
		}
	}
	return false
}

// startOf returns the first day of an event of length that ends on end:
// "a three-day visit" ending Wednesday began Monday.
func startOf(end, length timeline.Date) (timeline.Date, bool) {
	start, ok := shift(end, length.Value, -1)
	if !ok {
		return timeline.Date{}, false
	}
	d := timeline.DayOf(start.Earliest.AddDate(0, 0, 1))
	d.Rule = "end-length"
	return d, true
}

// workingWeeks gives a body's session counted in weeks the working days
// of those weeks: "the two-week meeting, which began Monday" ends on the
// second Friday, "the one-week meeting, which ended today" (a Friday)
// began on the Monday. A visit of a week is seven days.
func workingWeeks(e *timeline.Event) {
	n, ok := workWeeks(e.When.Length)
	if !ok || frameFamily(*e) != "multilateral" || !e.When.IsInterval() ||
		e.When.Start.Precision != timeline.Day || e.When.End.Precision != timeline.Day {
		return
	}
	lo, hi := e.When.Start.Earliest, e.When.End.Earliest
	if hi.Sub(lo) != time.Duration(7*n-1)*24*time.Hour {
		return // not a length counted from one end
	}
	switch {
	case lo.Weekday() == time.Monday && e.When.End.Rule == "start+length":
		e.When.End = timeline.DayOf(hi.AddDate(0, 0, -2))
		e.When.End.Rule = "working-weeks"
	case hi.Weekday() == time.Friday && e.When.Start.Rule == "end-length":
		e.When.Start = timeline.DayOf(lo.AddDate(0, 0, 2))
		e.When.Start.Rule = "working-weeks"
	}
}

// workWeeks returns the number of weeks of a length given in weeks
// ("P2W"), or false.
func workWeeks(length timeline.Date) (int, bool) {
	v := length.Value
	if len(v) < 3 || v[0] != 'P' || v[len(v)-1] != 'W' {
		return 0, false
	}
	n := atoi(v[1 : len(v)-1])
	return n, n > 0
}

// possessiveBefore reports whether the date ending at token e is a
// possessive right before token a: "last December's OPEC meeting".
func possessiveBefore(toks []token, e, a int) bool {
	if toks[e].possessive() && e+1 == a {
		return true
	}
	return e+2 == a && (toks[e+1].text == "'s" || toks[e+1].text == "’s" || toks[e+1].bareS)
}

// sequelBetween reports whether toks[i:j] join a clause that comes next
// in time to the one before: ", and then", ", after which", ", following
// which", with no sentence break or other clause between.
func sequelBetween(toks []token, i, j int) bool {
	for k := i; k+1 < j; k++ {
		if toks[k].low == ";" || toks[k].low == "." {
			return false
		}
		if toks[k].text != "," {
			continue
		}
		a, b := toks[k+1].low, ""
		if k+2 < j {
			b = toks[k+2].low
		}
		switch {
		case a == "and" && b == "then", a == "then" && k+2 < j && !toks[k+2].capitalised(), // not ", then Prime Minister"
			(a == "after" || a == "following") && b == "which":
			return true
		}
	}
	return false
}

// sameDate reports whether a and b fall on one day.
func sameDate(a, b timeline.Date) bool {
	return a.Placed() && b.Placed() && timeline.DayOf(a.Earliest).Earliest.Equal(timeline.DayOf(b.Latest).Earliest)
}

// inTheDay returns where "earlier in the day" or "later in the day"
// ("late in the day", "early in the day") stands near the trigger at t0
// in its sentence, or -1: TimeML tags no date there, but the day is the
// one in focus.
func inTheDay(toks []token, t0 int) int {
	for k := max(0, t0-10); k+3 < len(toks) && k <= t0+10; k++ {
		switch toks[k].low {
		case "earlier", "later", "late", "early":
		default:
			continue
		}
		if toks[k+1].low != "in" || toks[k+2].low != "the" || toks[k+3].low != "day" {
			continue
		}
		lo, hi := min(k, t0), max(k, t0)
		if !slices.ContainsFunc(toks[lo:hi], func(t token) bool { return t.text == ";" || t.text == "." }) {
			return k
		}
	}
	return -1
}

// followingNoun reports whether the event noun at t0 follows "following"
// or "after" with at most a determiner or a modifier between: ", following
// talks in Sochi", "after their meeting".
func followingNoun(toks []token, t0 int) bool {
	for k := t0 - 1; k >= max(0, t0-3); k-- {
		switch w := toks[k].low; {
		case w == "following" || w == "after":
			return k > 0 && toks[k-1].text == "," || k == 0
		case determiners[w] || w == "his" || w == "her" || w == "their" || adjectiveLike(toks[k]):
		default:
			return false
		}
	}
	return false
}

// leadDay gives the lead's one day to its meetings and visits that tell
// none ("Abe and Xi agreed Friday to take relations to a new stage, in
// their first meeting during an official visit"; "Scholz urged Xi on
// Friday ..., during a one-day visit to Beijing"): a wire lead tells its news
// on one day. Only a day no hit of the sentence took, and only meetings
// told as held, not background ones ("their previous meeting").
func leadDay(toks []token, dates []timeline.Date, hits []hit) timeline.Date {
	var day timeline.Date
	for _, d := range dates {
		if d.Type != timeline.TypeDate || !d.Placed() || d.Precision < timeline.Day || d.Fuzzy() {
			continue
		}
		if day.Placed() {
			return timeline.Date{} // two days: which is whose is the clauses' to tell
		}
		day = d
	}
	if !day.Placed() || slices.ContainsFunc(hits, func(h hit) bool { return h.ev.When.Start.Span == day.Span || h.ev.When.End.Span == day.Span }) {
		return timeline.Date{}
	}
	giveDay(toks, day, hits)
	if len(hits) == 0 && slices.IndexFunc(toks, func(t token) bool { return t.span.Start >= day.Span.Start }) <= 12 {
		// "Moon and Xi agreed Thursday to ...": the main clause's day, for
		// the next sentence's "their summit"; not one far into the lead
		// ("tariffs set to go into effect on April 17").
		return day
	}
	return timeline.Date{}
}

// giveDay gives day to the held meetings and visits of hits that tell no
// time of their own (see [leadDay]).
func giveDay(toks []token, day timeline.Date, hits []hit) {
	for j := range hits {
		h := &hits[j]
		if h.ref || h.vague || h.ev.When.Start.Placed() || h.ev.When.End.Placed() || !h.ev.Status.Held() ||
			h.rule.mode != timeline.ModeMeeting && h.rule.mode != timeline.ModeVisit || !nominal(h, toks) {
			continue
		}
		if afterOf(toks, h.t0) {
			// "agreed on Friday ..., after three days of intensive talks":
			// the talks ended that day.
			h.ev.When.End = dayQuoting(day, "lead")
			if start, ok := startOf(h.ev.When.End, h.ev.When.Length); ok {
				h.ev.When.Start = start
			} else {
				h.ev.When.Start, h.ev.When.End = h.ev.When.End, timeline.Date{}
			}
		} else {
			h.ev.When.Start = dayQuoting(day, "lead")
			if end, ok := endOf(h.ev.When.Start, h.ev.When.Length); ok {
				h.ev.When.End = end
			}
		}
		h.point = true
		quoteTime(h, day.Span)
	}
}

// relativePhase reads a relative clause after an event noun ending at
// t1, past the noun's place: ", which began on Friday" opens the event
// ("start"), "that ends on Sunday" ends it ("end"). It returns the phase
// and the index of its verb, or "".
func relativePhase(toks []token, t1 int) (string, int) {
	for k := t1; k+1 < len(toks) && k <= t1+4; k++ {
		if w := toks[k].low; w == "." || w == ";" {
			return "", 0
		}
		if toks[k].low != "which" && toks[k].low != "that" {
			continue
		}
		v := k + 1
		if toks[v].low == "is" || toks[v].low == "was" || toks[v].low == "will" {
			v++ // "which is due to end", "which will end"
			for v < len(toks) && v <= k+4 && (toks[v].low == "due" || toks[v].low == "to" || toks[v].low == "scheduled" || toks[v].low == "set") {
				v++
			}
		}
		if v >= len(toks) {
			return "", 0
		}
		switch toks[v].low {
		case "began", "begins", "begin", "started", "starts", "start", "opened", "opens", "open":
			return "start", v
		case "ended", "ends", "end", "concluded", "concludes", "conclude", "closes", "closed", "close":
			return "end", v
		}
		return "", 0
	}
	return "", 0
}

// pastAside returns the date that ends the sentence of h right after a
// relative clause set off by commas after its trigger: "will hold talks
// with Lee, who began a state visit on Sunday, on Monday." — or false.
func pastAside(toks []token, dates []timeline.Date, h *hit) (timeline.Date, bool) {
	k := h.t1
	for k+1 < len(toks) && toks[k].text != "," {
		if toks[k].breaks() || toks[k].text == "." {
			return timeline.Date{}, false
		}
		k++
	}
	if k+1 >= len(toks) || toks[k+1].low != "who" && toks[k+1].low != "which" {
		return timeline.Date{}, false
	}
	c := k + 2
	for c < len(toks) && toks[c].text != "," {
		if toks[c].breaks() || toks[c].text == "." {
			return timeline.Date{}, false
		}
		c++
	}
	n := c + 1
	if n < len(toks) && (toks[n].low == "on" || toks[n].low == "in") {
		n++
	}
	if n >= len(toks) {
		return timeline.Date{}, false
	}
	for _, d := range dates {
		if d.Span.Start != toks[n].span.Start || !d.Placed() || d.Type == timeline.TypeDuration {
			continue
		}
		e := n
		for e < len(toks) && toks[e].span.Start < d.Span.End {
			e++
		}
		if e == len(toks) || toks[e].text == "." {
			return d, true
		}
	}
	return timeline.Date{}, false
}

// quoteTime makes sp the time the report of h quotes.
func quoteTime(h *hit, sp timeline.Span) {
	if len(h.ev.Evidence) == 0 {
		h.ev.Evidence = append(h.ev.Evidence, timeline.Evidence{})
	}
	h.ev.Evidence[0].Time = sp
}

// possessiveTime reports whether the time ending at token k is a
// possessive ("said last week's session failed"): it dates the noun
// after it, not the saying before it.
func possessiveTime(toks []token, k int) bool {
	if k+1 < len(toks) && toks[k+1].possessive() {
		return true
	}
	return k < len(toks) && strings.HasSuffix(toks[k].low, "'s")
}

// afterOf reports whether "after" or "following" opens the phrase of the
// noun at t0: "after three days of intensive talks".
func afterOf(toks []token, t0 int) bool {
	for k := t0 - 1; k >= max(0, t0-6); k-- {
		if w := toks[k].low; w == "after" || w == "following" {
			return true
		}
		if toks[k].breaks() {
			return false
		}
	}
	return false
}

// anchoredElsewhere reports whether h's clause segment holds a word that
// places it against another time than the story's ("left the country
// after Marcos's fall", "later he left Washington", "before he left for
// Moscow"): the story's own day does not date it.
func anchoredElsewhere(toks []token, h *hit) bool {
	seg := 0
	for k := range toks {
		if seg == h.seg && elsewhereWords[toks[k].low] {
			return true
		}
		if toks[k].breaks() {
			seg++ // as segmentOf counts them, in one pass
		}
		if seg > h.seg {
			break
		}
	}
	return false
}

// elsewhereWords place an event against another time.
var elsewhereWords = wordSet(`after before since later earlier previously once ago`)

// namedBetween reports whether toks, standing between a length and the
// event it measures, are a name of up to eight words: "the two-day
// Asia-Pacific Economic Cooperation summit", "a three-day Group of 20
// meeting".
func namedBetween(toks []token) bool {
	if len(toks) == 0 || len(toks) > 8 || !toks[0].capitalised() {
		return false
	}
	for _, t := range toks {
		if !t.capitalised() && t.low != "of" && t.low != "and" && t.low != "-" && t.low != "for" && !isDigits(t.low) {
			return false
		}
	}
	return true
}
