package event

import "github.com/dateline-dev/dateline/timeline"

// signRule: actors sign a formal agreement (PLOVER SUPPORT, CAMEO 057).
//
//	The two sides signed a treaty on Tuesday.
//	Shultz and Shevardnadze will sign an agreement on nuclear testing.
var signRule = &rule{
	name: "sign", kind: timeline.KindSupport, mode: "sign", cameo: "057", action: "sign",
	triggers: []string{"signed", "sign", "signs", "signing"},
	need:     needAgreement,
	summary: func(p parts) string {
		return join(or(p.actor, "The parties"), "signs", or(p.object, "an agreement"), with(p.recipients))
	},
}
