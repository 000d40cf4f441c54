package event

import "testing"

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
