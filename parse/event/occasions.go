package event

import (
	"slices"

	"github.com/dateline-dev/dateline/timeline"
)

// An occasion is one more time the event of a hit was held, told by a
// place and a time of its own after the first: "met in Brussels in May
// and again in Hamburg last week" met twice.
type occasion struct {
	place timeline.Place
	date  timeline.Date
}

// occasions finds, for each meeting of hits, the further occasions its
// clause lists after the first: pairs of a place ("in Hamburg", "at the
// G20 summit in Hamburg") and a time of the sentence right after it,
// joined by commas, "and", "again", "then" or "also". The first pair is
// the hit's own: it takes that place and time. A meeting told once
// ("met in Brussels in May") has no occasions.
func occasions(toks []token, ments []mention, dates []timeline.Date, hits []hit) {
	starts := map[int]timeline.Date{} // offset -> the date that begins there
	for _, d := range dates {
		if d.Placed() && d.Type == timeline.TypeDate {
			starts[d.Span.Start] = d
		}
	}
	if len(starts) < 2 {
		return // one time tells one occasion
	}
	at := map[int]timeline.Date{} // token -> the date that begins there
	for k := range toks {
		if d, ok := starts[toks[k].span.Start]; ok {
			at[k] = d
		}
	}
	if len(at) < 2 {
		return
	}
	for i := range hits {
		h := &hits[i]
		if h.ref || meetingLike(frameFamily(h.ev)) == "" || h.ev.Mode == timeline.ModeMultilateral {
			continue
		}
		var pairs []occasion
		var pairEnds []int
		k := h.t1
		for k < len(toks) && k < h.t1+4 && leadIns[toks[k].low] {
			k++ // "have met twice before, in Brussels in May and ..."
		}
		for k < len(toks) {
			p, d, end, ok := placeThenTime(toks, ments, at, k)
			if !ok {
				break
			}
			pairs = append(pairs, occasion{p, d})
			pairEnds = append(pairEnds, end)
			k = joinerEnd(toks, end)
			if k == end {
				break
			}
		}
		if len(pairs) < 2 {
			if d, end, ok := againTime(toks, at, h.t1); ok && h.ev.When.Start.Placed() && h.ev.When.Start.Span.End <= d.Span.Start &&
				!slices.ContainsFunc(hits, func(o hit) bool { return o.t0 > h.t1 && o.t0 < end && !o.ref }) {
				// "spoke by phone on June 29 ... and again on July 17":
				// a second call, where the first was.
				h.occasions = []occasion{{h.ev.Place, d}}
			}
			continue
		}
		if slices.ContainsFunc(hits, func(o hit) bool {
			return o.t0 > h.t1 && o.t0 < pairEnds[len(pairEnds)-1] && !o.ref && o.rule.mode != timeline.ModeMultilateral
		}) {
			continue // (a second verb between the pairs tells its own event)
		}
		h.ev.Place = pairs[0].place
		h.ev.When = timeline.When{Start: pairs[0].date}
		if len(h.ev.Evidence) > 0 {
			h.ev.Evidence[0].Time = pairs[0].date.Span
		}
		h.occasions = pairs[1:]
	}
}

// againTime finds, from token k on in the clause of an event, "again"
// and a time right after it — "and again on July 17", ", and again in
// May" — and returns the time and the token "again" stands at.
func againTime(toks []token, at map[int]timeline.Date, k int) (timeline.Date, int, bool) {
	for j := k; j+1 < len(toks) && j < k+25; j++ {
		if toks[j].text == ";" || toks[j].text == "." {
			break
		}
		if toks[j].low != "again" {
			continue
		}
		n := j + 1
		if toks[n].low == "on" || toks[n].low == "in" {
			n++
		}
		if d, ok := at[n]; ok {
			return d, j, true
		}
		break
	}
	return timeline.Date{}, 0, false
}

// placeThenTime reads, from token k on, a place and the time right
// after it: "in Brussels in May", "at the G20 summit in Hamburg last
// week". It returns the place, the time and the token after it.
func placeThenTime(toks []token, ments []mention, at map[int]timeline.Date, k int) (timeline.Place, timeline.Date, int, bool) {
	j := k
	if j < len(toks) && (toks[j].low == "at" || toks[j].low == "on" || toks[j].low == "during" || toks[j].low == "the") {
		// "at the G20 summit in Hamburg", "on the sidelines of the G20
		// summit in Hamburg", "the APEC forum in Da Nang": past the
		// meeting's name to its place.
		for j < len(toks) && j < k+10 && toks[j].low != "in" && !toks[j].breaks() {
			j++
		}
	}
	for _, m := range ments {
		if m.t0 != j+1 || m.prep != "in" || m.kind != mentionCity && m.country == nil {
			continue
		}
		e := m.t1
		if e < len(toks) && toks[e].text == "," && e+1 < len(toks) {
			if _, ok := at[e+1]; !ok && e+2 < len(toks) {
				e += 2 // "in Taormina, Sicily, later that month"
				if e < len(toks) && toks[e].text == "," {
					e++
				}
			}
		}
		if e+1 < len(toks) && (toks[e].low == "in" || toks[e].low == "on") {
			if _, ok := at[e+1]; ok {
				e++ // "in Brussels in May"
			}
		}
		d, ok := at[e]
		if !ok {
			return timeline.Place{}, timeline.Date{}, k, false
		}
		end := e
		for end < len(toks) && toks[end].span.Start < d.Span.End {
			end++
		}
		return placeOf(m), d, end, true
	}
	return timeline.Place{}, timeline.Date{}, k, false
}

// joinerEnd returns the token after the words that join two occasions
// at k (", and again", "and", ", then"), or k when none do.
func joinerEnd(toks []token, k int) int {
	j := k
	for j < len(toks) && j < k+4 {
		switch toks[j].low {
		case ",", "and", "again", "then", "also", "once", "more":
			j++
			continue
		}
		break
	}
	return j
}

// leadIns may stand between a meeting's verb and the first of its
// occasions: "have met twice before, in Brussels in May".
var leadIns = wordSet(`twice three times several before previously first again also , since then`)
