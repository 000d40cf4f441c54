package event

import (
	"slices"
	"testing"
)

var sentenceTests = []struct {
	name string
	text string
	want []string
}{
	{"two sentences", "Kim left on Friday. He is expected home.", []string{"Kim left on Friday.", "He is expected home."}},
	{"title abbreviation", "Mr. Shultz met Mr. Shevardnadze. Talks ended.", []string{"Mr. Shultz met Mr. Shevardnadze.", "Talks ended."}},
	{"dotted abbreviation", "The U.S. Secretary of State arrived. He met Gorbachev.", []string{"The U.S. Secretary of State arrived.", "He met Gorbachev."}},
	{"abbreviation at a wrapped line", "the likelihood of Nakasone defusing U.S.\nAnger when he visits. It rained.", []string{"the likelihood of Nakasone defusing U.S.\nAnger when he visits.", "It rained."}},
	{"full stop at a wrapped line", "Talks ended.\nThey left.", []string{"Talks ended.", "They left."}},
	{"initial", "George W. Bush spoke. Then he left.", []string{"George W. Bush spoke.", "Then he left."}},
	{"month abbreviation", "On Jan. 5 he left. It rained.", []string{"On Jan. 5 he left.", "It rained."}},
	{"quote closes sentence", `He said "we will go." They went.`, []string{`He said "we will go."`, "They went."}},
	{"lower case after period", "It cost 3.5 mln dlrs. e.g. more.", []string{"It cost 3.5 mln dlrs. e.g. more."}},
	{"paragraphs", "First line\nwraps here.\n\nSecond paragraph", []string{"First line\nwraps here.", "Second paragraph"}},
	{"indented paragraph", "    TOKYO - one\n    Two starts here", []string{"TOKYO - one", "Two starts here"}},
	{"no final period", "No stop at the end", []string{"No stop at the end"}},
	{"empty", "", nil},
	{"only space", " \n\n ", nil},
}

func TestSentences(t *testing.T) {
	for _, tt := range sentenceTests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tt.text) {
				got = append(got, s.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Sentences(%q) = %q; want %q", tt.text, got, tt.want)
			}
		})
	}
}

func FuzzSentences(f *testing.F) {
	for _, tt := range sentenceTests {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		end := 0
		for _, s := range Sentences(text) {
			if s.Span.Start < end || s.Span.End > len(text) || text[s.Span.Start:s.Span.End] != s.Text || s.Text == "" {
				t.Fatalf("Sentences(%q): sentence %q at %s out of place", text, s.Text, s.Span)
			}
			end = s.Span.End
		}
		for _, tok := range tokenize(text, 0) {
			if text[tok.span.Start:tok.span.End] != tok.text || tok.text == "" {
				t.Fatalf("tokenize(%q): token %q at %s out of place", text, tok.text, tok.span)
			}
		}
	})
}
