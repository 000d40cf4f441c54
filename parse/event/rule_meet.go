package event

import "github.com/dateline-dev/dateline/timeline"

// meetRule: actors meet (CAMEO 040, consult).
//
//	Shultz met Soviet Foreign Minister Eduard Shevardnadze on Monday.
//	The two leaders will meet in Washington.
//	a meeting with Chinese Premier Zhao Ziyang
var meetRule = &rule{
	name: "meet", kind: timeline.KindConsult, mode: timeline.ModeMeeting, cameo: "040", action: "meet",
	triggers: []string{"meet", "meets", "met", "meeting", "meetings", "met with", "meet with", "meets with"},
	need:     needRecipient,
	summary:  func(p parts) string { return join(or(p.actor, "Officials"), "meets", p.recipients) },
}
