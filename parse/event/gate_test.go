package event

import (
	"strings"
	"testing"
)

func TestMayHoldEvents(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Shares of the company will rise, an official said.", false}, // first words of triggers, no trigger
		{"The bank was expected to report higher earnings.", false},   // "expected" alone
		{"Kohl held talks with Mitterrand.", true},                    // a trigger word
		{"PRESIDENT TO VISIT CHINA", true},                            // a headline in capitals
		{"The minister left for Paris.", true},                        // "left"
		{"a two-day stay", true},                                      // a stay is a visit
		{"He will meet Gorbachev", true},                              // "meet"
		{"", false},
		{"Trade fell 2.5 pct in March; exports were flat.", false},
	} {
		if got := mayHoldEvents(tt.text); got != tt.want {
			t.Errorf("mayHoldEvents(%q) = %v, want %v", tt.text, got, tt.want)
		}
		if got := MayHoldEvents(tt.text, "Shares rose."); got != tt.want {
			t.Errorf("MayHoldEvents(%q, ...) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestGateMay holds the gate's bitmap to its keys: may says yes to every
// key made of letters, in any letter case.
func TestGateMay(t *testing.T) {
	g := triggerGate()
	var keys []string
	for w := range g.phrases {
		keys = append(keys, w)
	}
	for w := range g.words {
		keys = append(keys, w)
	}
	for _, k := range keys {
		if !isLetters(k) {
			continue
		}
		for _, w := range []string{k, strings.ToUpper(k), strings.ToUpper(k[:1]) + k[1:]} {
			if !g.may(w) {
				t.Errorf("gate.may(%q) = false; %q is a key", w, k)
			}
		}
	}
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}
