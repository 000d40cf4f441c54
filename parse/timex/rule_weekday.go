package timex

import (
	"regexp"
	"strings"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleWeekday resolves a named day of the week by the tense of its
// clause; a part of day after it makes a TIME.
//
//	Kim left Vladivostok on Friday      the Friday on or before the anchor
//	he will return to Pyongyang Friday  the Friday on or after the anchor
//	the talks resume Monday             the nearest Monday
//	last Friday, this past Friday       the Friday strictly before the anchor
//	next Friday                         the Friday strictly after the anchor
//	this Friday                         the Friday of the anchor's week
//	Friday morning, Thursday night      TIME 2019-04-26TMO, 2019-04-25TNI
//	early Tuesday, late Friday          mod START, END (as TimeBank)
//	Wednesday's ruling                  the Wednesday on or before the anchor
//	postponed until Tuesday             the Tuesday on or after the anchor
//	FRIDAY (a headline), the talks on Tue. were long, on Thurs.
//
// Holidays named after a weekday ("Good Friday", "Super Tuesday") are not
// weekdays. An abbreviation ends a sentence only after "on", "until",
// "till", "since" or "through": "bought by Sun." is a company, and "The
// Sun." a newspaper.
var ruleWeekday = newRule("weekday", 2, append(weekdayWords[:len(weekdayWords):len(weekdayWords)], weekdayAbbrWords...),
	`(?P<x>(?:(?P<el>(?i:early|late))\s+)?(?:(?P<rel>(?i:this\s+past|this\s+coming|last|next|this|coming|past))\s+)?`+weekdayPat+`(?:\s+`+podPat+`)?)`,
	resolveWeekday).nearby(weekdayName)

// weekdayName reports whether the word text[s:e] can start a weekday of
// weekdayPat: capitalised, and with its full stop if abbreviated.
func weekdayName(text string, s, e int) bool {
	return isUpper(text[s]) && (e-s >= len("Monday") || e < len(text) && text[e] == '.')
}

// abbreviatedWeekday reports whether the abbreviated weekday of m can
// stand: not after "the", and, at the end of a sentence, only after a
// qualifier or a preposition that a weekday takes and a name does not.
func abbreviatedWeekday(m *match, c *context, rel string) bool {
	if rel != "" {
		return true
	}
	p := prevWord(c.text, m.Left)
	if p == "the" {
		return false
	}
	r := c.text[m.Right:]
	if strings.HasPrefix(r, ",") || strings.HasPrefix(r, ";") {
		return true
	}
	if i := skipSpace(r, 0); i > 0 && i < len(r) && r[i-1] == ' ' && (isLower(r[i]) || isDigit(r[i])) {
		return true
	}
	switch p {
	case "on", "until", "till", "since", "through":
		return true
	}
	return false
}

// untilBefore matches "until" or "till", and a clock time after it, at
// the end of the text before a weekday; its groups are an "up" before
// and the word itself. "Up until Thursday" and "Until Thursday," at the
// head of a sentence look back to the time before the day.
var untilBefore = regexp.MustCompile(`(?i)(\bup\s+)?\b(until|till)\s+(?:(?:noon|midnight|\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?)\s+(?:[a-z]{2,4}\s+)?)?$`)

func resolveWeekday(m *match, c *context) (timeline.Date, bool) {
	wd, ok := weekday(m.get("wd"))
	if !ok {
		return timeline.Date{}, false
	}
	rel := lowerFields(m.get("rel"))
	if name := m.get("wd"); name[len(name)-1] == '.' && !abbreviatedWeekday(m, c, rel) {
		return timeline.Date{}, false
	}
	if rel == "" {
		switch prevWord(c.text, m.Left) {
		case "good", "black", "ash", "holy", "maundy", "cyber", "super", "easter", "palm", "whit", "shrove", "bloody":
			return timeline.Date{}, false
		}
	}
	a := c.anchor
	back := (int(a.Weekday()) - int(wd) + 7) % 7
	fwd := (int(wd) - int(a.Weekday()) + 7) % 7
	var t time.Time
	switch rel {
	case "last", "past", "this past":
		if back == 0 {
			back = 7
		}
		t = a.AddDate(0, 0, -back)
	case "next", "coming", "this coming":
		if fwd == 0 {
			fwd = 7
		}
		t = a.AddDate(0, 0, fwd)
	case "this":
		monday := a.AddDate(0, 0, -((int(a.Weekday()) + 6) % 7))
		t = monday.AddDate(0, 0, (int(wd)+6)%7)
	default:
		if lookingAhead(c.text, m.Left) {
			// "ahead of Sunday's election", "in the run-up to
			// Friday's vote": a day still to come.
			t = a.AddDate(0, 0, fwd)
			break
		}
		if possessive(c.text, m.Right) {
			// News names a day by its event only once it has
			// happened: "Wednesday's ruling", "Friday's close";
			// unless the event is still to come: "would attend
			// Sunday's meeting".
			t = a.AddDate(0, 0, -back)
			if scheduledEvent(c.text, m.Right) && c.tense(m.Left, m.Right) == tenseFuture {
				t = a.AddDate(0, 0, fwd)
			}
			break
		}
		if u := untilBefore.FindStringSubmatch(c.text[max(0, m.Left-40):m.Left]); u != nil && u[1] == "" && u[2][0] != 'U' && u[2][0] != 'T' {
			// A deadline or a delay runs on to its day: "postponed
			// until Tuesday morning", "has until 9 a.m. Tuesday".
			t = a.AddDate(0, 0, fwd)
			break
		}
		tn := c.tense(m.Left, m.Right)
		if w := prevWord(c.text, m.Left); (w == "through" || w == "thru") && tn != tensePast && tn != tenseFutureInPast {
			// "is on an official visit to the United States through
			// Sunday": the stay runs on to the day.
			t = a.AddDate(0, 0, fwd)
			break
		}
		if deadline(c.text, m.Left) && (tn != tensePast || asked(c.text, m.Left)) {
			// "asked for a response by Tuesday", "a deadline of
			// Sunday": a day still to come when it was set. Not
			// one met or missed: "had filed reports by Wednesday",
			// "failed to reach an agreement by Thursday".
			t = a.AddDate(0, 0, fwd)
			break
		}
		t = byTense(a, back, fwd, tn)
	}
	v := dayValue(t)
	mod := timeline.ModNone
	if el := m.get("el"); el != "" {
		mod = modOf(el)
	}
	if p := m.get("pod"); p != "" {
		v += "T" + podCode(p)
		if mod != timeline.ModNone {
			// "early Friday morning": TimeBank leaves "early" out.
			m.Left, mod = skipSpace(c.text, m.Left+len(m.get("el"))), timeline.ModNone
		}
	}
	return calendar(v, mod)
}

// byTense picks the day back days before or fwd days after a: before in
// a past clause, after in a future one, the nearer otherwise (before on a
// tie, as news mostly reports), and also for a plan reported from the
// past ("he was to meet Putin on Friday").
func byTense(a time.Time, back, fwd int, t tense) time.Time {
	switch {
	case t == tensePast, (t == tenseNone || t == tensePresent || t == tenseFutureInPast) && back <= fwd:
		return a.AddDate(0, 0, -back)
	}
	return a.AddDate(0, 0, fwd)
}

// deadline reports whether the text before i sets a deadline: "a
// deadline of", "deadline on", or "by" after a thing asked for ("a
// response by", "an answer by").
func deadline(text string, i int) bool {
	ps, pe := wordBefore(text, i, false)
	if ps == pe {
		return false
	}
	p := strings.ToLower(text[ps:pe])
	qs, qe := wordBefore(text, ps, false)
	if qs == qe {
		return false
	}
	q := strings.ToLower(text[qs:qe])
	switch p {
	case "by":
		return deadlineNouns[q]
	case "of", "on":
		return q == "deadline"
	}
	return p == "deadline"
}

// asked reports whether the sentence before i asks for something or sets
// a deadline: "The union asked for a response by Tuesday".
func asked(text string, i int) bool {
	lo, _ := sentence(text, i, i)
	for j := lo; j < i; {
		if !isLetter(text[j]) {
			j++
			continue
		}
		k := j
		for k < i && isLetter(text[k]) {
			k++
		}
		if oneOf(text[j:k], askVerbs) {
			return true
		}
		j = k
	}
	return false
}

var askVerbs = setOf(`asked demanded requested wanted needed gave set urged called told ordered gives sets asks demands`)

// deadlineNouns are the things asked for by a day: "an answer by Friday".
var deadlineNouns = setOf(`answer answers response responses reply replies decision decisions ruling verdict payment
	payments deal agreement proposal proposals plan plans offer bids bid deadline report reports`)

// scheduledEvent reports whether the noun after the possessive at
// text[i:] names an event held on a set day, which a future clause can
// look ahead to: "Sunday's meeting", "Tuesday's vote". A result ("Wednesday's
// ruling", "Tuesday's figures") is only named once it is out.
func scheduledEvent(text string, i int) bool {
	j := i + len("'s")
	if strings.HasPrefix(text[i:], "’s") {
		j = i + len("’s")
	}
	return eventNouns[nextWord(text, skipSpace(text, j), min(len(text), j+16))]
}

var eventNouns = setOf(`meeting meetings summit talks vote election elections referendum debate ceremony
	parade rally game match final session hearing deadline visit opening launch`)

// lookingAhead reports whether the text before i ends with words that
// point to a day to come: "ahead of", "in the run-up to", "in the lead-up
// to", "in preparation for".
func lookingAhead(text string, i int) bool {
	b := strings.ToLower(strings.TrimRight(text[max(0, i-24):i], " "))
	for _, w := range []string{"ahead of", "run-up to", "lead-up to", "runup to", "preparation for"} {
		if strings.HasSuffix(b, w) && (len(b) == len(w) || !isLetter(b[len(b)-len(w)-1])) {
			return true
		}
	}
	return false
}

// possessive reports whether text[i:] starts with a possessive "'s" or
// "’s" that ends the word.
func possessive(text string, i int) bool {
	r := text[i:]
	switch {
	case strings.HasPrefix(r, "'s"), strings.HasPrefix(r, "'S"):
		r = r[2:]
	case strings.HasPrefix(r, "’s"), strings.HasPrefix(r, "’S"):
		r = r[len("’s"):]
	default:
		return false
	}
	return r == "" || !isLetter(r[0])
}
