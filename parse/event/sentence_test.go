package event

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

var sentenceTests = []struct {
	name string
	text string
	want []string
}{
	{"a place abbreviation in a dateline's capitals", "ST. PETERSBURG (AA) - Erdogan met Putin on Tuesday. They talked.", []string{"ST. PETERSBURG (AA) - Erdogan met Putin on Tuesday.", "They talked."}},
	{"an AP dateline's state abbreviation", "WOODSIDE, Calif. (AP) — President Joe Biden met Xi. They talked.", []string{"WOODSIDE, Calif. (AP) — President Joe Biden met Xi.", "They talked."}},
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

// TestSentencesLongRun checks that a run of text with no sentence end is
// cut into pieces no longer than maxSentence, at a comma when there is
// one, and that the pieces cover the run.
func TestSentencesLongRun(t *testing.T) {
	for _, tt := range []struct {
		name, unit string
		wantEnd    string // how every piece but the last ends; "" at a word's end
	}{
		{"clauses", "officials met in Tokyo to discuss trade, ", ","},
		{"words", "officials met in Tokyo to discuss trade ", ""},
		{"one long word", "x", "x"},
		{"wide characters", "дипломат ", "дипломат"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Repeat(tt.unit, 3*maxSentence/len(tt.unit)+7)
			ss := Sentences(text)
			if len(ss) < 3 {
				t.Fatalf("Sentences of %d bytes gave %d sentences", len(text), len(ss))
			}
			var joined strings.Builder
			for i, s := range ss {
				if len(s.Text) > maxSentence {
					t.Errorf("sentence %d: %d bytes, longer than %d", i, len(s.Text), maxSentence)
				}
				if i < len(ss)-1 && tt.wantEnd == "" && text[s.Span.End] != ' ' {
					t.Errorf("sentence %d ends inside a word: %q", i, s.Text[max(0, len(s.Text)-12):])
				}
				if i < len(ss)-1 && !strings.HasSuffix(s.Text, tt.wantEnd) {
					t.Errorf("sentence %d ends %q, want a cut after %q", i, s.Text[max(0, len(s.Text)-12):], tt.wantEnd)
				}
				joined.WriteString(s.Text)
			}
			if strings.ReplaceAll(joined.String(), " ", "") != strings.ReplaceAll(text, " ", "") {
				t.Errorf("the pieces do not cover the text")
			}
		})
	}
}

// BenchmarkExtractLongRun extracts the events of a paragraph with no
// sentence end, at three sizes: the time per byte must not grow with the
// size (compare the MB/s of the three).
func BenchmarkExtractLongRun(b *testing.B) {
	unit := "the minister said talks with Japan would continue on Monday and officials met in Tokyo to discuss trade "
	for _, n := range []int{100, 400, 1600} {
		text := "TOKYO, April 26 (Reuters) - " + strings.Repeat(unit, n) + ".\n"
		b.Run(fmt.Sprintf("%dKB", len(text)/1024), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				storyOf(b, "", text, testDay)
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
