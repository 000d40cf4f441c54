package event

import (
	"strings"
	"sync"

	"github.com/dateline-dev/dateline/parse/lexicon"
	"github.com/dateline-dev/dateline/timeline"
)

// HeadlineText returns title cased as the rules read running text, or "" when
// there is no title. Wire headlines are in capitals ("SHULTZ TO VISIT
// MOSCOW NEXT MONTH") and government ones in title case ("Hagel Meets
// with Asian Defense Leaders in Singapore"), where every word looks like
// a name. Each word takes the case the story's text gives it inside a
// sentence ("Shultz", "Moscow", "OPEC", "visit"); a word the text does
// not use is a name when the lexicon knows it, a small word or a trigger
// in lower case otherwise, and keeps its case in a title-case headline.
// Only ASCII letters change, so offsets into the result are offsets into
// title.
func HeadlineText(title, text string) string {
	if strings.TrimSpace(title) == "" {
		return ""
	}
	forms := textForms(title, text)
	caps := strings.ToUpper(title) == title
	b := []byte(title)
	for i := 0; i < len(b); {
		if !isASCIILetter(b[i]) {
			i++
			continue
		}
		j := i
		for j < len(b) && (isASCIILetter(b[j]) || b[j] == '\'' || b[j] == '.' && j+1 < len(b) && isASCIILetter(b[j+1]) || b[j] == '-') {
			j++
		}
		w := string(b[i:j])
		low := strings.ToLower(w)
		var want string
		switch f, ok := forms[low]; {
		case dottedInitials(w):
			want = w // "U.S", "U.N": an abbreviation keeps its capitals
		case !caps && smallWords[low] && afterTitledName(string(b[:i])) && beforeNameEnd(string(b[j:])):
			want = w // "Prime Minister Theresa May of the United Kingdom": a surname, whatever the text's "may"
		case ok:
			want = f
		case known(w):
			want = upperFirst(low)
			if lexiconCaps(w) {
				want = strings.ToUpper(w)
			}
		case triggerWords()[low] && !caps && (i >= 3 && strings.EqualFold(string(b[i-3:i]), "of ") ||
			lexicon.MayStartTitle(w) && j+1 < len(b) && b[j] == ' ' && b[j+1] >= 'A' && b[j+1] <= 'Z'):
			// "Deputy Secretary of State Bill Burns Travels to Cairo",
			// "with UK State Secretary for Defense Michael Fallon": in
			// title case the word belongs to a name or a title.
			want = w
		case smallWords[low] || triggerWords()[low]:
			want = low
		case caps:
			want = upperFirst(low)
		default:
			want = w
		}
		if len(want) == j-i {
			copy(b[i:j], want)
		}
		i = j
	}
	return string(b)
}

// textForms maps each word of title found in text, lower-cased, to the
// form it most often has there inside a sentence (not opening one). Only
// the title's words are counted, so a long story costs one pass.
func textForms(title, text string) map[string]string {
	want := map[string]bool{}
	lengths := [64]bool{}
	for _, w := range strings.FieldsFunc(title, func(r rune) bool { return r >= 128 || !isASCIILetter(byte(r)) && r != '\'' && r != '-' }) {
		want[strings.ToLower(w)] = true
		if len(w) < len(lengths) {
			lengths[len(w)] = true
		}
	}
	counts := map[string]map[string]int{}
	prev := byte('.')
	for i := 0; i < len(text); {
		c := text[i]
		if !isASCIILetter(c) {
			if c != ' ' && c != '\n' && c != '\t' && c != '\r' {
				prev = c
			}
			i++
			continue
		}
		j := i
		for j < len(text) && (isASCIILetter(text[j]) || text[j] == '\'' || text[j] == '-') {
			j++
		}
		// A word after a sentence's end, a quote, a colon or a dash (a
		// dateline's "(Reuters) -") opens a sentence: its capital
		// tells nothing.
		if n := j - i; n < len(lengths) && lengths[n] && prev != '.' && prev != '!' && prev != '?' && prev != '"' && prev != ':' && prev != '-' && prev < 0x80 {
			w := text[i:j]
			// The word is of ASCII letters, '\'' and '-': lowered in
			// buf, it is copied only when the title has it.
			var buf [len(lengths)]byte
			for k := range n {
				buf[k] = w[k]
				if 'A' <= w[k] && w[k] <= 'Z' {
					buf[k] += 'a' - 'A'
				}
			}
			if want[string(buf[:n])] {
				low := string(buf[:n])
				if counts[low] == nil {
					counts[low] = map[string]int{}
				}
				counts[low][w]++
			}
		}
		prev = 'a'
		i = j
	}
	out := make(map[string]string, len(counts))
	for low, fs := range counts {
		best, n := "", 0
		for f, k := range fs {
			if len(f) > 2 && strings.ToUpper(f) == f && (len(f) > 4 || !lexiconCaps(f)) {
				continue // "VICE PRESIDENT HARRIS:", "PRIME MINISTER MAY:" label a speaker; "NATO" is NATO
			}
			if k > n || k == n && f < best {
				best, n = f, k
			}
		}
		if best != "" {
			out[low] = best
		}
	}
	return out
}

// known reports whether the lexicon knows w, in title case or in
// capitals, as a country, a city, a title, an organisation or a
// nationality.
func known(w string) bool {
	for _, f := range []string{upperFirst(strings.ToLower(w)), strings.ToUpper(w)} {
		if _, ok := lexicon.LookupCountry(f); ok {
			return true
		}
		if _, ok := lexicon.LookupAdjective(f); ok {
			return true
		}
		if _, ok := lexicon.LookupCity(f); ok {
			return true
		}
		if _, ok := lexicon.LookupOrganisation(f); ok {
			return true
		}
		if _, ok := lexicon.LookupTitle(f); ok {
			return true
		}
	}
	return false
}

// lexiconCaps reports whether the lexicon knows w only in capitals: an
// abbreviation ("OPEC", "EC").
func lexiconCaps(w string) bool {
	up := strings.ToUpper(w)
	_, org := lexicon.LookupOrganisation(up)
	_, country := lexicon.LookupCountry(up)
	_, orgTitle := lexicon.LookupOrganisation(upperFirst(strings.ToLower(w)))
	return (org || country) && !orgTitle
}

// upperFirst returns an ASCII word with its first letter in capitals.
func upperFirst(w string) string {
	if w == "" || !isASCIILetter(w[0]) {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// smallWords are the words a headline capitalises that running text
// does not.
var smallWords = wordSet(`a an the and or but of to in on at for with by from as after before over into
	up out off about amid against between during since until via will would may might could should can is
	are was were be been has have had not no new says said say this next last week month year today
	tomorrow yesterday talks meets meet visits visit trip tour call calls agree agrees sign signs signed
	set due held hold holds opens open ends end ended begin begins start starts readout remarks statement
	travel travels leaves leave arrives arrive returns return heads head
	offers offer urges urge seeks seek warns warn rejects reject backs asks ask wants proposes propose
	accepts accept invites invite denies deny expects expect plans hopes sees vows pledges welcomes
	criticises criticizes blames blasts confirms confirm postpones postpone cancels cancel delays delay
	considers consider discusses discuss studies study agreed plan hope see`)

// triggerWords are the words of every rule's triggers.
var triggerWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, r := range rules {
		for _, t := range r.triggers {
			for _, w := range strings.Fields(t) {
				if w != "*" {
					m[w] = true
				}
			}
		}
	}
	return m
})

// headlineStatus sets the status of an event a headline tells in the
// present, as headlines tell what happened: "Kim leaves Vladivostok"
// left, "U.S., Turkey sign aid agreement" signed. "To" and "will" still
// tell a plan ("Shultz to visit Moscow").
func headlineStatus(h *hit, toks []token) {
	if h.ev.Status != timeline.StatusPlanned {
		return
	}
	w := toks[h.t0].low
	if nominal(h, toks) || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ing") || w == "talks" {
		return // "Shultz visit possible", "meeting": no verb of the present
	}
	compound := false
	for k := max(0, h.t0-4); k < h.t0; k++ {
		compound = compound || toks[k].low == "and" || toks[k].text == ","
	}
	if !strings.HasSuffix(w, "s") && (h.t0 == 0 || !compound && !plural(toks[h.t0-1].low)) {
		// "U.S., Turkey sign aid agreement": a plural subject's
		// present; a bare verb after a single name is an infinitive
		// or an imperative.
		return
	}
	for k := max(0, h.t0-3); k < h.t0; k++ {
		switch toks[k].low {
		case "to", "will", "would", "may", "might", "could", "should", "plans", "set", "due", "expected", "next":
			return
		}
	}
	if end := h.ev.When.Latest(); !end.IsZero() && h.ev.When.Earliest().After(end) {
		return
	}
	if d := h.ev.When.Start; d.Placed() && d.Text != "" {
		return // "Shultz visits Moscow next week": the headline dates a plan
	}
	h.ev.Status = timeline.StatusOccurred
}

// dottedInitials reports whether w is single letters joined by dots:
// "U.S", "U.N", "E.C".
func dottedInitials(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if i%2 == 1 && w[i] != '.' || i%2 == 0 && !isASCIILetter(w[i]) {
			return false
		}
	}
	return true
}

// afterTitledName reports whether before ends with a title and a given
// name, "Prime Minister Theresa ": the word after them is a surname,
// whatever else it may be ("May", "Will").
func afterTitledName(before string) bool {
	f := strings.Fields(before)
	if len(f) < 2 {
		return false
	}
	name, title := f[len(f)-1], f[len(f)-2]
	if name == "" || name[0] < 'A' || name[0] > 'Z' || smallWords[strings.ToLower(name)] || !strings.HasSuffix(before, name+" ") {
		return false
	}
	_, ok := lexicon.LookupTitle(title)
	return ok
}

// beforeNameEnd reports whether after, the title after a word, goes on
// as after a name ends: "of the United Kingdom", "and ...", a comma, a
// bar or the end.
func beforeNameEnd(after string) bool {
	after = strings.TrimLeft(after, " ")
	return after == "" || strings.HasPrefix(after, "of ") || strings.HasPrefix(after, "and ") ||
		strings.HasPrefix(after, ",") || strings.HasPrefix(after, "|")
}
