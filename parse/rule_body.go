package parse

import "github.com/dateline-dev/dateline/timeline"

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
		"ministerial", "assembly", "negotiations", "consultations", "gathering", "forum", "round"},
	need:    needBody,
	yields:  true,
	summary: func(p parts) string { return join("Meeting of", or(p.actor, "an organisation")) },
}

// bodyWords may stand between an organisation and the noun of its
// meeting: its organs, its members, the meeting's kind.
var bodyWords = wordSet(`'s s ' council board executive committee ministerial ministers ministers' finance foreign
	trade farm agriculture oil energy economic defence defense central bank bankers governors leaders heads delegates
	special emergency extraordinary annual semi-annual regular plenary informal full spring autumn fall winter summer
	two-day three-day four-day five-day one-day week-long weekly monthly quarterly high-level summit price pricing
	production quota market monitoring committee's group working technical experts producer producers consumer
	consumers member members general international ordinary next last latest current upcoming planned scheduled
	first second third fourth fifth final closing opening preparatory this week's month's year's`)

// bodyBefore returns the organisation whose meeting the noun at t0 is,
// standing before it with only bodyWords between, or nil.
func bodyBefore(toks []token, ments []mention, t0 int) *mention {
	for k := range ments {
		m := &ments[k]
		if m.kind != mentionActor || m.ent.actor.Type != "organisation" || m.t1 > t0 || t0-m.t1 > 4 {
			continue
		}
		ok := true
		for j := m.t1; j < t0; j++ {
			if !bodyWords[toks[j].low] {
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
