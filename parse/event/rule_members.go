package event

import (
	"slices"
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// membersRule: an organisation's members meet, named as the subject (PLOVER
// CONSULT, mode multilateral, as [multilateralRule]).
//
//	NATO foreign ministers met in Brussels on Tuesday.
//	EU leaders will meet in Brussels next week.
//	Euro zone finance ministers will hold an emergency meeting on Sunday.
//	OPEC oil ministers gathered in Vienna.
//	Leaders of the Group of Seven will meet in Venice.
//	Senior officials from the Group of Seven (G-7) countries will meet next week.
//	OPEC ministers agreed in Vienna on Saturday to cut output.
//	EC farm ministers, meeting in Brussels on Monday, agreed to cut prices.
//
// The subject must be an organisation followed by the members who meet
// (ministers, leaders, heads of government, envoys, ...). Where it is not,
// the trigger is left to the rules after this one ("Kerry met Lavrov" is
// [meetRule]'s).
var membersRule = &rule{
	name: "members", kind: timeline.KindConsult, mode: timeline.ModeMultilateral, cameo: "040", action: "meeting",
	triggers: []string{"met", "meet", "meets", "meeting", "host", "hosts", "hosted", "hosting", "gathered", "gather", "convened", "convene", "convenes", "reconvenes", "reconvene", "reconvened",
		"hold * meeting", "holds * meeting", "held * meeting", "hold * * meeting", "holds * * meeting", "held * * meeting",
		"hold talks", "held talks", "holds talks",
		"reached an agreement", "reached agreement", "reached an accord", "agreed"},
	need:   needMembers,
	yields: true,
	// "Finance ministers and central bankers meet next week": no body
	// named, the story's meeting told before, if any (see adopt).
	unnamed: func(h *hit, toks []token) bool {
		k := h.t0 - 1
		for k >= 0 && memberWords[toks[k].low] && !memberNouns[toks[k].low] {
			k--
		}
		if k < 0 || !memberNouns[toks[k].low] || !strings.HasSuffix(toks[k].low, "s") {
			return false
		}
		// Members of no one named: "U.S. and Japanese officials" and
		// "the two leaders", "the three leaders" are states' and
		// people's, not a body's.
		for j := k - 1; j >= 0 && !toks[j].breaks(); j-- {
			if toks[j].capitalised() && j > 0 || toks[j].low == "two" || toks[j].low == "both" ||
				toks[j].low == "three" || toks[j].low == "four" || toks[j].low == "five" {
				return false
			}
		}
		return true
	},
	// "leaders of the Group of Seven met Putin", "EU ministers will
	// meet with Lavrov": the members meet someone, which is
	// [meetRule]'s.
	check: func(h *hit, toks []token, recips []*mention) bool {
		if toks[h.t0].low == "meeting" && (h.t0 == 0 || toks[h.t0-1].text != ",") {
			return false // a noun, the body rule's; only ", meeting in Brussels," is the members' verb
		}
		if hostWords[toks[h.t0].low] {
			return true // the members hosted are its object (see hostedMembers)
		}
		if h.t1 < len(toks) && toks[h.t1].low == "with" || meetsAThing(toks, h.t1) {
			return false // "NATO met the demands of its members"
		}
		if h.t1 < len(toks) {
			// A name right after the verb is its object; "met
			// Monday" and "met in Brussels" are not.
			if t := toks[h.t1]; t.capitalised() && t.word() && !notName[t.text] {
				return false
			}
		}
		return true
	},
	summary: func(p parts) string { return join("Meeting of", or(p.actor, "an organisation")) },
}

// memberNouns name the people an organisation sends to its meetings.
var memberNouns = map[string]bool{
	"ministers": true, "leaders": true, "heads": true, "envoys": true, "ambassadors": true, "delegates": true,
	"governors": true, "chiefs": true, "presidents": true, "premiers": true, "members": true, "officials": true,
	"representatives": true, "deputies": true, "negotiators": true, "bankers": true,
	// An organ of the body meets too: "The full ICO council is due to
	// meet this evening".
	"council": true, "board": true, "committee": true,
}

// memberWords may stand between the organisation and the verb besides
// the members: "EU foreign and defence ministers", "heads of state and
// government", "will", "are due to".
var memberWords = map[string]bool{
	"foreign": true, "finance": true, "defence": true, "defense": true, "trade": true, "economy": true,
	"economic": true, "energy": true, "oil": true, "farm": true, "agriculture": true, "agricultural": true,
	"interior": true, "justice": true, "environment": true, "health": true, "labour": true, "labor": true,
	"transport": true, "industry": true, "prime": true, "central": true, "bank": true, "senior": true,
	"top": true, "of": true, "state": true, "government": true, "and": true, "the": true, "s": true, "'s": true,
	"will": true, "would": true, "shall": true, "are": true, "were": true, "to": true, "due": true, "set": true,
	"expected": true, "have": true, "had": true, "also": true, "again": true, "plan": true, "planned": true,
	"scheduled": true, "then": true, "later": true, "first": true, "last": true, "finally": true,
	"is": true, "was": true, "has": true, "full": true, "executive": true, "not": true,
}

// members returns the organisation whose members the words before the
// trigger at t0 name: "NATO foreign ministers [met]".
func members(toks []token, ments []mention, t0 int) *mention {
	if hostWords[toks[t0].low] {
		return hostedMembers(toks, ments, t0)
	}
	k := t0 - 1
	if toks[t0].low == "meeting" && k > 0 && toks[k].text == "," {
		k-- // "EC farm ministers, meeting in Brussels on Monday, agreed"
	}
	noun := false
	inName := func(k int) bool {
		return slices.ContainsFunc(ments, func(m mention) bool { return m.t0 <= k && k < m.t1 && m.t1-m.t0 > 1 })
	}
	for ; k >= 0; k-- {
		w := toks[k].low
		if inName(k) {
			break // "World Bank to meet": a name's word is no member
		}
		if memberNouns[w] {
			noun = true
			continue
		}
		if !memberWords[w] {
			break
		}
	}
	if !noun {
		return membersOf(toks, ments, k)
	}
	for i := range ments {
		m := &ments[i]
		if m.kind == mentionActor && m.t1 == k+1 && m.ent.actor.Type == "organisation" {
			return m
		}
	}
	return nil
}

// hostWords host a body's members.
var hostWords = wordSet(`host hosts hosted hosting`)

// hostedMembers returns the organisation whose members the object of the
// verb of hosting at t0 names: "will host the leaders of the Group of
// Seven at Schloss Elmau", "hosted G-7 finance ministers"; or nil.
func hostedMembers(toks []token, ments []mention, t0 int) *mention {
	k := t0 + 1
	if k < len(toks) && toks[k].low == "the" {
		k++
	}
	for i := range ments {
		// "hosted G-7 finance ministers": the body, then its members.
		m := &ments[i]
		if m.kind == mentionActor && m.t0 == k && m.ent.actor.Type == "organisation" {
			j := m.t1
			for j < len(toks) && memberWords[toks[j].low] && !memberNouns[toks[j].low] {
				j++
			}
			if j < len(toks) && memberNouns[toks[j].low] && strings.HasSuffix(toks[j].low, "s") {
				return m
			}
		}
	}
	j := k
	for j < len(toks) && j < k+3 && memberWords[toks[j].low] && !memberNouns[toks[j].low] && toks[j].low != "of" {
		j++
	}
	if j+2 >= len(toks) || !memberNouns[toks[j].low] || !strings.HasSuffix(toks[j].low, "s") || toks[j+1].low != "of" {
		return nil
	}
	at := j + 2
	for i := range ments {
		// "the leaders of the Group of Seven" (the mention may hold
		// its article).
		if m := &ments[i]; m.kind == mentionActor && (m.t0 == at || m.t0 == at+1 && toks[at].low == "the") && m.ent.actor.Type == "organisation" {
			return m
		}
	}
	return nil
}

// membersOf returns the organisation named after the members, in an
// "of" or "from" phrase that ends at token k, right before the verb's
// auxiliaries: "Leaders of the Group of Seven [will meet]", "Senior
// officials from the Group of Seven (G-7) countries [will meet]".
func membersOf(toks []token, ments []mention, k int) *mention {
	if k >= 0 && (toks[k].low == "countries" || toks[k].low == "nations" || toks[k].low == "states") &&
		!slices.ContainsFunc(ments, func(m mention) bool { return m.kind == mentionActor && m.t1 == k+1 }) {
		k-- // "the Group of Seven (G-7) countries", but "six Gulf Arab states" names the body whole
	}
	if k >= 0 && toks[k].text == ")" {
		k = beforeGloss(toks, k)
	}
	for i := range ments {
		m := &ments[i]
		if m.kind != mentionActor || m.t1 != k+1 || m.ent.actor.Type != "organisation" {
			continue
		}
		j := m.t0 - 1
		if j >= 0 && toks[j].low == "the" {
			j--
		}
		if j >= 1 && (toks[j].low == "of" || toks[j].low == "from") && memberNouns[toks[j-1].low] {
			return m
		}
		if m.prep == "" && !m.poss && (j < 0 || toks[j].breaks() || !toks[j].word() || toks[j].low == "and" || toks[j].low == "but" || toks[j].low == "while") {
			// The body itself as the subject: "OPEC will meet in
			// Vienna", "IMF, World Bank to meet".
			return m
		}
	}
	return nil
}
