package parse

import "github.com/dateline-dev/dateline/timeline"

// phoneRule: actors talk by telephone (CAMEO 041, discuss by telephone).
//
//	Reagan telephoned Nakasone on Sunday.
//	In a telephone conversation with Kohl, ...
var phoneRule = &rule{
	name: "phone", kind: timeline.KindConsult, mode: timeline.ModePhone, cameo: "041", action: "phone call",
	triggers: []string{"telephoned", "phoned", "phone call", "telephone call", "telephone conversation", "phone conversation", "spoke by telephone", "spoke by phone"},
	need:     needRecipient,
	summary:  func(p parts) string { return join(or(p.actor, "Officials"), "speaks by telephone", with(p.recipients)) },
}
