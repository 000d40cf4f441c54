package event

import (
	"strings"
	"testing"
)

// TestClauseMarks checks which words end a clause segment: "|" marks
// each token that breaks.
func TestClauseMarks(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"The meeting ended today and the next session will be in Indonesia", "The meeting ended today | the next session will be in Indonesia"},
		{"Japan and the United States will hold talks", "Japan and the United States will hold talks"},
		{"He met Kohl and the French president", "He met Kohl and the French president"},
		{"He spoke with Sarkozy and , separately , with Merkel today", "He spoke with Sarkozy and , separately , with Merkel today"},
		{"He met Kohl , who left , and Mitterrand", "He met Kohl | who left | and Mitterrand"},
		{"Talks ended but the ministers will meet again", "Talks ended | the ministers will meet again"},
		{"the first to visit Japan since President Reagan announced tariffs", "the first to visit Japan | President Reagan announced tariffs"},
		{"the first talks since 1985", "the first talks since 1985"},
	} {
		toks := tokenize(tt.text, 0)
		markAsides(toks)
		markClauses(toks)
		var out []string
		for _, tok := range toks {
			if tok.breaks() {
				out = append(out, "|")
				continue
			}
			out = append(out, tok.text)
		}
		if got := strings.Join(out, " "); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}
