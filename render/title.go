package render

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-dev/dateline/timeline"
)

// Every mark on the chart carries a short title, so that a screenshot or a
// printed page says what each is without a tooltip: the event's summary
// with its people by the name the news uses on second mention ("Kim
// meets Putin", "Thatcher visits Moscow"), long organisations by their
// initials ("Meeting of IMF") and, for an event that has not happened,
// its status ("Kim leaves Vladivostok (planned)").

// maxTitle is the most characters of a title before its status; a longer
// one is cut at a word and ends in "…".
const maxTitle = 36

// familyFirst lists the countries whose people the English-language
// press names family name first: "Kim Jong Un" is "Kim" on second
// mention, "Zhao Ziyang" "Zhao".
var familyFirst = map[string]bool{
	"China": true, "Taiwan": true, "Hong Kong": true, "Macau": true,
	"North Korea": true, "South Korea": true, "Korea": true,
}

// shortNames maps the full names of the timeline's actors and recipients
// to the names their titles use: a person's surname (or family name),
// unless two people of the timeline share it; an organisation of three
// or more capitalised words its initials ("International Monetary Fund"
// to "IMF"). Names it leaves alone are not in the map.
func shortNames(events []timeline.Event) map[string]string {
	short := map[string]string{}
	owner := map[string]string{} // short name -> the full name that has it, "" when shared
	for i := range events {
		e := &events[i]
		for _, list := range [][]timeline.Actor{e.Actors, e.Recipients} {
			for _, a := range list {
				if _, ok := short[a.Name]; ok {
					continue
				}
				s := shortName(a)
				if s == "" || s == a.Name {
					continue
				}
				short[a.Name] = s
				if o, ok := owner[s]; ok && o != a.Name {
					owner[s] = ""
				} else {
					owner[s] = a.Name
				}
			}
		}
	}
	for full, s := range short {
		if owner[s] != full {
			delete(short, full) // two people of that name: keep both in full
		}
	}
	return short
}

// shortName returns the name a title uses for a, or "".
func shortName(a timeline.Actor) string {
	words := strings.Fields(a.Name)
	if len(words) < 2 {
		return ""
	}
	switch a.Type {
	case "person":
		if familyFirst[a.Country] || koreanGiven(words[len(words)-1]) {
			return words[0]
		}
		last := words[len(words)-1]
		if strings.HasSuffix(last, ".") && len(words) > 2 { // "Martin Luther King Jr."
			last = words[len(words)-2]
		}
		return last
	case "organisation", "organization":
		var b strings.Builder
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			switch {
			case unicode.IsUpper(r):
				b.WriteRune(r)
			case w == "of" || w == "the" || w == "for" || w == "and" || w == "on":
			default:
				return "" // not a plain name of capitalised words
			}
		}
		if b.Len() < 3 {
			return ""
		}
		return b.String()
	}
	return ""
}

// koreanGiven reports whether w looks like a Korean given name written
// with a hyphen ("In-yong", "Jae-in"), which follows the family name.
func koreanGiven(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || a == "" || b == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(a)
	s, _ := utf8.DecodeRuneInString(b)
	return unicode.IsUpper(r) && unicode.IsLower(s)
}

// shortTitle returns the title of e on the chart in the lane named lane
// (see laneTitle; "" for none); short maps names as shortNames does.
func shortTitle(e *timeline.Event, short map[string]string, lane string) string {
	s := e.Summary
	if s == "" {
		s = kindLabel(e)
	}
	for _, list := range [][]timeline.Actor{e.Actors, e.Recipients} {
		for _, a := range list {
			if n := short[a.Name]; n != "" {
				s = replaceName(s, a.Name, n)
			}
		}
	}
	s = strings.Replace(s, " holds talks with ", " talks with ", 1)
	if lane != "" {
		s = laneTitle(s, lane, short)
	}
	s = cut(s, maxTitle)
	if e.Status != "" && tentative(string(e.Status)) {
		s += " (" + string(e.Status) + ")"
	}
	return s
}

// replaceName replaces name in s with short where it stands as whole
// words.
func replaceName(s, name, short string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, name)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		end := i + len(name)
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[end:])
		whole := (i == 0 || !isWordRune(before)) && (end == len(s) || !isWordRune(after))
		b.WriteString(s[:i])
		if whole {
			b.WriteString(short)
		} else {
			b.WriteString(name)
		}
		s = s[end:]
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' }

// cut shortens s to at most n characters, at a word when it can, ending
// in "…".
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	runes := []rune(s)[:n-1]
	t := string(runes)
	if i := strings.LastIndexByte(t, ' '); i > n/2 {
		t = t[:i]
	}
	return strings.TrimRight(t, " ,;:-") + "…"
}

// laneTitle returns title as it reads in the lane named lane: without the
// lane's name where it starts the title ("Kim visits Russia" is "Visits
// Russia" in Kim Jong Un's lane) or ends it after "of" or "for"
// ("Meeting of IMF" is "Meeting" in the IMF's lane). A title that would
// lose its subject ("Kim and Putin sign ...") stays whole.
func laneTitle(title, lane string, short map[string]string) string {
	for _, name := range []string{lane, short[lane]} {
		if name == "" {
			continue
		}
		if rest, ok := strings.CutPrefix(title, name+" "); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			if unicode.IsLower(r) && !strings.HasPrefix(rest, "and ") && !strings.HasPrefix(rest, "or ") {
				return string(unicode.ToUpper(r)) + rest[utf8.RuneLen(r):]
			}
		}
		for _, link := range []string{" of ", " for "} {
			if rest, ok := strings.CutSuffix(title, link+name); ok && rest != "" {
				return rest
			}
		}
	}
	return title
}
