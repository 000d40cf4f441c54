package parse

import "github.com/dateline-dev/dateline/timeline"

// visitRule: an actor visits a place (CAMEO 042, make a visit).
//
//	Kim began his three-day visit to Russia ... on Wednesday.
//	Shultz, who is visiting Peking, ...
//	Nakasone paid a visit to Washington.
//	Scholz will travel to Washington next week.
//	Modi is due to fly on to Beijing on May 28.
//
// The place must be a city or a country: "he visited a memorial" is not
// a diplomatic visit.
var visitRule = &rule{
	name: "visit", kind: timeline.KindConsult, mode: timeline.ModeVisit, cameo: "042", action: "visit",
	triggers: []string{"visit", "visits", "visited", "visiting", "trip", "trips", "state visit", "official visit",
		"travel to", "travels to", "traveled to", "travelled to", "traveling to", "travelling to", "flew to", "flies to", "fly to", "flying to",
		"travel on to", "travels on to", "traveled on to", "travelled on to", "flew on to", "flies on to", "fly on to", "flying on to"},
	need:    needPlace,
	summary: func(p parts) string { return join(or(p.actor, "A delegation"), "visits", p.place) },
}
