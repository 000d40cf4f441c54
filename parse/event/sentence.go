package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-dev/dateline/timeline"
)

// A Sentence is one sentence of a document and its byte span there.
type Sentence struct {
	Text string
	Span timeline.Span
}

// abbreviations end with a period that does not end a sentence when a
// capitalised word follows: titles, months, and a few common others.
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Sen": true,
	"Rep": true, "Gov": true, "Gen": true, "Lt": true, "Col": true, "Capt": true,
	"Maj": true, "Sgt": true, "Adm": true, "Prof": true, "Rev": true, "Jr": true,
	"Sr": true, "Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true,
	"Jul": true, "Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true,
	"Dec": true, "No": true, "Nos": true, "Inc": true, "Co": true, "Corp": true,
	"Ltd": true, "Bros": true, "vs": true, "Ft": true, "Mt": true, "Gens": true,
	"Pres": true, "Amb": true, "approx": true, "est": true, "Dept": true, "Univ": true,
	// Place names as datelines write them in capitals: "ST. PETERSBURG
	// (AA) - ...", "FT. LAUDERDALE".
	"ST": true, "FT": true, "MT": true,
	// U.S. states as the AP abbreviates them in datelines: "WOODSIDE,
	// Calif. (AP) — President Joe Biden ...".
	"Ala": true, "Ariz": true, "Ark": true, "Calif": true, "Colo": true, "Conn": true, "Del": true, "Fla": true,
	"Ga": true, "Ill": true, "Ind": true, "Kan": true, "Ky": true, "La": true, "Md": true, "Mass": true,
	"Mich": true, "Minn": true, "Mo": true, "Mont": true, "Neb": true, "Nev": true, "Okla": true, "Ore": true,
	"Pa": true, "Tenn": true, "Vt": true, "Va": true, "Wash": true, "Wis": true, "Wyo": true,
}

// Sentences splits text into sentences. Paragraph breaks (a blank line, or
// a line break followed by indentation) always end a sentence; within a
// paragraph a sentence ends at '.', '!' or '?' (with any closing quotes or
// brackets) followed by space and a capital letter, digit or opening
// quote, unless the period ends an abbreviation or an initial ("Mr.",
// "Jan.", "U.S.", "George W. Bush"). Spans are byte offsets into text;
// each sentence's Text is text[Span.Start:Span.End] with surrounding
// space trimmed. Empty input gives no sentences.
//
// A run of more than maxSentence bytes with no end is no sentence a
// reader would write (a table, a list flattened into one line, a broken
// feed); it is cut into pieces of at most maxSentence bytes, each at the
// last semicolon, comma or space of its second half, so that reading a
// text costs time linear in its length whatever its punctuation.
func Sentences(text string) []Sentence {
	var out []Sentence
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && isSpace(text[s]) {
			s++
		}
		for e > s && isSpace(text[e-1]) {
			e--
		}
		if s < e {
			out = append(out, Sentence{Text: text[s:e], Span: timeline.Span{Start: s, End: e}})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		if i-start >= maxSentence {
			emit(cutAt(text, start+maxSentence/2, i))
		}
		c := text[i]
		switch {
		case c == '\n':
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < len(text) && text[j] == '\n' || j-(i+1) >= 2 {
				emit(i)
			}
		case c == '.' || c == '!' || c == '?':
			j := i + 1
			for j < len(text) && strings.IndexByte(`"')]’”`, text[j]) >= 0 {
				j++
			}
			for j < len(text) && (text[j] == '\xe2') { // closing curly quotes
				if strings.HasPrefix(text[j:], "”") || strings.HasPrefix(text[j:], "’") {
					j += 3
					continue
				}
				break
			}
			if j >= len(text) || !isSpace(text[j]) {
				continue
			}
			k := j
			for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
				k++
			}
			if k >= len(text) || text[k] == '\n' || text[k] == '\r' {
				// "defusing U.S.\nAnger over ...": a wrapped line after an
				// abbreviation goes on, as it would on one line.
				if n := k + 1; c == '.' && n < len(text) && text[k] == '\n' && !isSpace(text[n]) && abbreviated(text[max(start, i-maxWord):i]) {
					continue
				}
				emit(j)
				continue
			}
			r, _ := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' && r != '“' && r != '\'' && r != '(' {
				continue
			}
			if c == '.' && abbreviated(text[max(start, i-maxWord):i]) {
				continue
			}
			emit(j)
		}
	}
	emit(len(text))
	return out
}

// maxSentence is the longest sentence Sentences emits, in bytes; the
// longest sentences of news run to about 600.
const maxSentence = 2000

// maxWord bounds how far back abbreviated looks for the word before a
// period: no abbreviation or initial is longer.
const maxWord = 32

// cutAt returns where to cut text between lo and hi: after the last "; ",
// else ", ", else space in that range, else at hi; never inside a UTF-8
// character.
func cutAt(text string, lo, hi int) int {
	for _, sep := range []string{"; ", ", ", " "} {
		if k := strings.LastIndex(text[lo:hi], sep); k >= 0 {
			return lo + k + len(sep) - 1
		}
	}
	for hi > lo && !utf8.RuneStart(text[hi]) {
		hi--
	}
	return hi
}

// abbreviated reports whether s ends with an abbreviation or an initial
// that a following period belongs to.
func abbreviated(s string) bool {
	w := s
	if i := strings.LastIndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '"' }); i >= 0 {
		w = s[i+1:]
	}
	if w == "" {
		return false
	}
	if abbreviations[w] {
		return true
	}
	// Initials and dotted abbreviations: "W", "U.S", "U.N", "a.m".
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	if strings.Contains(w, ".") {
		for _, part := range strings.Split(w, ".") {
			if len(part) > 1 {
				return false
			}
		}
		return true
	}
	return false
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
