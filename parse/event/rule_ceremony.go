package event

import (
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// ceremonyRule: a ceremony of a visit.
//
//	Following a farewell ceremony, Kim's special train pulled out.
//	Reagan welcomed Nakasone at a welcoming ceremony on the South Lawn.
var ceremonyRule = &rule{
	name: "ceremony", kind: timeline.KindOther, mode: timeline.ModeCeremony, action: "ceremony",
	triggers: []string{"farewell ceremony", "welcome ceremony", "welcoming ceremony", "signing ceremony", "arrival ceremony", "departure ceremony"},
	need:     needActor,
	forWhom:  true,
	summary: func(p parts) string {
		s := strings.ToUpper(p.trigger[:1]) + p.trigger[1:]
		switch {
		case p.recipients != "":
			s += " for " + p.recipients // "the Queen held a grand welcome ceremony for Xi"
		case p.actor != "":
			s += " for " + p.actor
		}
		return s
	},
}
