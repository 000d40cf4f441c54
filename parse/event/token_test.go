package event

import (
	"strings"
	"testing"
)

// TestWordClasses holds each word class of a token to the list it stands
// for: every word of the list, in any letter case, and words of none.
func TestWordClasses(t *testing.T) {
	lists := []struct {
		name  string
		class wordClass
		words map[string]bool
	}{
		{"determiners", classDeterminer, determiners},
		{"descriptionDets", classDescriptionDet, descriptionDets},
		{"finiteVerbs", classFinite, finiteVerbs},
		{"lowerTitleWords", classLowerTitle, lowerTitleWords},
		{"pronouns", classPronoun, pronouns},
		{"relationNames", classRelation, relationNames},
		{"subordinators", classSubordinator, subordinators},
	}
	starts := map[string]bool{}
	for w := range triggers() {
		starts[w] = true
	}
	lists = append(lists, struct {
		name  string
		class wordClass
		words map[string]bool
	}{"triggers", classTrigger, starts})
	var text strings.Builder
	for _, l := range lists {
		for w := range l.words {
			text.WriteString(w + " " + strings.ToUpper(w) + " " + strings.ToUpper(w[:1]) + w[1:] + " ")
		}
	}
	text.WriteString("The Foreign Minister said on Friday that talks with Japan's Prime Minister would be held in Tōkyō, ünder the plan.")
	toks := tokenize(text.String(), 0)
	for _, tok := range toks {
		for _, l := range lists {
			if got, want := tok.is(l.class), l.words[tok.low]; got != want {
				t.Errorf("token %q is in class %s: %v; %s[%q] = %v", tok.text, l.name, got, l.name, tok.low, want)
			}
		}
	}
}
