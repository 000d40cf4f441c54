package event

import (
	"slices"
	"strings"
	"testing"

	"github.com/dateline-dev/dateline/timeline"
)

// A ruleTest is one sentence and the events it must yield, as
// "Event.String() | actors > recipients"; no want means no event.
type ruleTest struct {
	name     string
	sentence string
	want     []string
}

// ruleTests are every rule's table, the fuzz seeds of FuzzArticle.
var ruleTests = slices.Concat(visitTests, hostTests, meetTests, summitTests, talksTests,
	phoneTests, speakTests, arriveTests, departTests, returnTests, wreathTests, ceremonyTests,
	signTests, agreeTests, agreedTests, multilateralTests, bodyTests, mediateTests, occasionTests)

// testRule reads each sentence as the story of an article filed in Tokyo
// on Friday, April 26, 2019, and compares the events.
func testRule(t *testing.T, tests []ruleTest) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceEvents(t, tt.sentence)
			if !slices.Equal(got, tt.want) {
				t.Errorf("events of %q:\n%s\nwant:\n%s", tt.sentence, lines(got), lines(tt.want))
			}
		})
	}
}

func sentenceEvents(t *testing.T, sentence string) []string {
	t.Helper()
	text := "TOKYO, April 26 (Reuters) - " + sentence + "\n"
	doc := storyOf(t, "", text, testDay)
	var got []string
	for _, e := range timeline.Build(doc).Events {
		got = append(got, strings.TrimSpace(e.String()+" | "+joinNames(e.Actors)+" > "+joinNames(e.Recipients)))
	}
	return got
}
