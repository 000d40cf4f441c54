package parse

import (
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// speakRule: actors speak with each other (CAMEO 040, consult); in the
// readout of a call, by telephone (041).
//
//	President Donald J. Trump spoke today with President Vladimir Putin of Russia.
//	Presidents Obama and Calderon spoke for 20 minutes this afternoon.
//	Earlier today, the Vice President spoke with Prime Minister Nouri al-Maliki.
//
// The one spoken with must be an actor: "spoke to reporters" yields
// nothing.
var speakRule = &rule{
	name: "speak", kind: timeline.KindConsult, mode: timeline.ModeMeeting, cameo: "040", action: "speak",
	triggers: speakTriggers(),
	need:     needRecipient,
	summary:  func(p parts) string { return join(or(p.actor, "Officials"), "speaks", with(p.recipients)) },
	// "spoke" alone speaks with the actor's partners before it
	// ("Presidents Obama and Calderon spoke"), not with whoever follows
	// ("spoke after talks with Turkey's ambassador").
	check: func(h *hit, toks []token, recips []*mention) bool {
		if h.t1-h.t0 > 1 {
			return true
		}
		return len(recips) > 0 && recips[0].t1 <= h.t0
	},
	inStory: func(e *timeline.Event, s *story) {
		if s.calls {
			e.Mode, e.CAMEO, e.Action = timeline.ModePhone, "041", "phone call"
			e.Summary = strings.Replace(e.Summary, " speaks", " speaks by telephone", 1)
		}
	},
}

// speakTriggers are "spoke with", "spoke to" and the like, with at most
// two adverbs between ("spoke today with", "spoke separately by phone
// with"), and "spoke" alone for "Presidents Obama and Calderon spoke".
func speakTriggers() []string {
	out := []string{"spoke", "spoke by phone with", "spoke by telephone with", "talked by phone with"}
	for _, v := range []string{"spoke", "speaks", "speak", "talked", "talks"} {
		for _, p := range []string{"with", "to"} {
			if v == "talks" && p == "with" {
				continue // "talks with" is the talks rule's
			}
			out = append(out, v+" "+p)
			for _, a := range speakAdverbs {
				out = append(out, v+" "+a+" "+p)
			}
		}
	}
	return out
}

// speakAdverbs may stand between "spoke" and "with".
var speakAdverbs = []string{"today", "yesterday", "separately", "again", "briefly", "earlier", "tonight",
	"privately", "directly", "personally", "twice", "separately today", "today separately", "again today"}
