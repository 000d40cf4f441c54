package event

import "github.com/dateline-dev/dateline/timeline"

// membersRule: an organisation's members meet, named as the subject (PLOVER
// CONSULT, mode multilateral, as [multilateralRule]).
//
//	NATO foreign ministers met in Brussels on Tuesday.
//	EU leaders will meet in Brussels next week.
//	Euro zone finance ministers will hold an emergency meeting on Sunday.
//	OPEC oil ministers gathered in Vienna.
//
// The subject must be an organisation followed by the members who meet
// (ministers, leaders, heads of government, envoys, ...). Where it is not,
// the trigger is left to the rules after this one ("Kerry met Lavrov" is
// [meetRule]'s).
var membersRule = &rule{
	name: "members", kind: timeline.KindConsult, mode: timeline.ModeMultilateral, cameo: "040", action: "meeting",
	triggers: []string{"met", "meet", "meets", "gathered", "gather", "convened", "convene", "convenes",
		"hold * meeting", "holds * meeting", "held * meeting", "hold * * meeting", "holds * * meeting", "held * * meeting",
		"hold talks", "held talks", "holds talks"},
	need:    needMembers,
	yields:  true,
	summary: func(p parts) string { return join("Meeting of", or(p.actor, "an organisation")) },
}

// memberNouns name the people an organisation sends to its meetings.
var memberNouns = map[string]bool{
	"ministers": true, "leaders": true, "heads": true, "envoys": true, "ambassadors": true, "delegates": true,
	"governors": true, "chiefs": true, "presidents": true, "premiers": true, "members": true, "officials": true,
	"representatives": true, "deputies": true, "negotiators": true,
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
}

// members returns the organisation whose members the words before the
// trigger at t0 name: "NATO foreign ministers [met]".
func members(toks []token, ments []mention, t0 int) *mention {
	k := t0 - 1
	noun := false
	for ; k >= 0; k-- {
		w := toks[k].low
		if memberNouns[w] {
			noun = true
			continue
		}
		if !memberWords[w] {
			break
		}
	}
	if !noun {
		return nil
	}
	for i := range ments {
		m := &ments[i]
		if m.kind == mentionActor && m.t1 == k+1 && m.ent.actor.Type == "organisation" {
			return m
		}
	}
	return nil
}
