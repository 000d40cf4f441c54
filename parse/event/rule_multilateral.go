package event

import "github.com/dateline-dev/dateline/timeline"

// multilateralRule: a meeting of an organisation's members (PLOVER
// CONSULT, mode multilateral).
//
//	Spain and Portugal continued to oppose the scheme at a meeting of EC
//	finance ministers here.
//	A meeting of the OPEC Differentials Committee had been postponed.
//	Trade disputes are expected to dominate talks by EC foreign ministers here tomorrow.
//	Italy boycotted a meeting in Paris of its G-7 partners.
//	The package is due to be discussed by EC farm ministers later this month.
//
// The meeting needs an organisation after "of" in its clause: "a meeting
// of government and party leaders" or "of some 500 top businessmen" is
// not one.
var multilateralRule = &rule{
	name: "multilateral", kind: timeline.KindConsult, mode: timeline.ModeMultilateral, cameo: "040", action: "meeting",
	triggers: []string{"meeting of", "meetings of", "summit of", "conference of", "session of", "ministerial meeting of", "emergency meeting of",
		"talks of", "talks among", "meeting among", "talks by", "meeting by", "meetings by",
		"meeting in * of", "meeting here of", "session in * of", "meeting * * of", "talks * * of",
		"discussed by", "considered by", "examined by", "debated by"},
	need: needOrganisation,
	// "a meeting of the foreign ministers of Russia, India and China"
	// names no organisation: [meetRule]'s, a meeting of the states.
	yields:  true,
	summary: func(p parts) string { return join("Meeting of", or(p.actor, "an organisation")) },
}
