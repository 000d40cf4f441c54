package event

import "github.com/dateline-dev/dateline/timeline"

// mediateRule: a third party mediates between others (PLOVER CONSULT,
// mode mediation; CAMEO 045, mediate).
//
//	Secretary-General Lord Carrington also offered himself as a mediator
//	in the dispute on the Western Alliance's southern flank.
//	Pope John Paul will mediate between Chile and Argentina.
//
// Labour disputes and company rivalries are not diplomacy: the mediator
// must speak for a state or an international organisation.
var mediateRule = &rule{
	between: true,
	name:    "mediate", kind: timeline.KindConsult, mode: "mediation", cameo: "045", action: "mediate",
	triggers: []string{"mediate", "mediates", "mediated", "mediating", "mediation", "mediator", "act as mediator", "acted as mediator", "act as a mediator", "offered himself as a mediator"},
	need:     needActor,
	summary:  func(p parts) string { return join(or(p.actor, "A third party"), "mediates", between(p.recipients)) },
	// "Labour Minister Almir Pazzionotto would act as a mediator"
	// between unions: a mediator of states is a statesman.
	check: func(h *hit, toks []token, recips []*mention) bool { return statesman(h.actor) },
}

// between returns "between R", or "" when there is no recipient.
func between(r string) string {
	if r == "" {
		return ""
	}
	return "between " + r
}
