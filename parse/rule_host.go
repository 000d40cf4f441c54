package parse

import "github.com/dateline-dev/dateline/timeline"

// hostRule: an actor hosts a visitor (CAMEO 043, host a visit).
//
//	Reagan will host Nakasone at the White House.
//	Gorbachev hosted the visiting secretary of state.
//	Crown Prince Mohammed bin Salman received Chinese President Xi Jinping in Riyadh.
var hostRule = &rule{
	name: "host", kind: timeline.KindConsult, mode: timeline.ModeVisit, cameo: "043", action: "host",
	triggers: []string{"host", "hosts", "hosted", "hosting", "received", "receives", "welcomed", "welcomes", "welcome", "welcoming"},
	need:     needRecipient,
	summary:  func(p parts) string { return join(or(p.actor, "A government"), "hosts", p.recipients) },
}
