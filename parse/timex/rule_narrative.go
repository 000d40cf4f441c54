package timex

import (
	"strings"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleNarrative resolves a day, week, month or year named relative to the
// date in focus: the last date the text named before it, fine enough for
// the expression's unit (see [Tagger.narrate]). With no such date it
// counts from the anchor, as here (anchor Friday, April 26, 2019):
//
//	the next day, the following day (2019-04-27)   the day before (2019-04-25)
//	that day, that same day, the same day, earlier that day (2019-04-26)
//	the next morning (2019-04-27TMO)   that night (2019-04-26TNI)
//	the following week (2019-W18)   that month (2019-04)   the previous year (2018)
//	(a 1986 loss from) prior year earnings (1985)
//	that summer (the summer of the year in focus)
//	the following spring (in a narrative only: the first spring after the day in focus)
//	the following Monday (2019-04-29)   the previous Friday (2019-04-19)
//	(up from 3.6 billion) the year before (2018)   the week before (2019-W16)
//
// A count of days, weeks or months "later" or "earlier" ("three days
// later") is no date here but [ruleDuration]'s P3D, as TimeBank writes it.
// "The next week", "the next month" and "the next year" are left to
// [ruleRelative]: news mostly counts them from the anchor. "A year
// earlier" is [ruleAgo]'s. "The day before", "the year before" and "the
// day after" are only dates at the end of a clause ("the day before the
// vote" is another).
var ruleNarrative = newRule("narrative", 4,
	[]string{"day", "morning", "afternoon", "evening", "night", "week", "month", "year",
		"spring", "summer", "autumn", "fall", "winter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
	`(?:(?P<adv>(?i:earlier|later))\s+)?`+
		`(?:(?P<that>(?i:that(?:\s+same)?|the\s+(?:very\s+)?same))\s+(?:(?P<u>(?i:day|morning|afternoon|evening|night|week|month|year))|(?P<season>(?i:spring|summer|autumn|fall|winter)))\b`+
		`|(?P<rel>(?i:the\s+(?:next|following|previous|preceding|prior)|prior|preceding))\s+(?:(?P<u>(?i:day|morning|afternoon|evening|night|week|month|year))\b|(?P<season>(?i:spring|summer|autumn|fall|winter))\b|`+weekdayPat+`)`+
		`|(?P<edge>(?i:the\s+(?:day|night|week|month|year)\s+(?:before|after)))\b)`,
	resolveNarrative).nearby(narrativeNear)

// seasonFollowers may follow "that summer" used as a time: "a drought
// that summer in the Midwest".
var seasonFollowers = setOf(`in at on and or but when as while after before because the a his her its their
	he she it they we was were had`)

// narrativeWords are the words a unit or weekday of ruleNarrative comes
// right after.
var narrativeWords = setOf("that same next following previous preceding prior the")

func narrativeNear(text string, s, e int) bool {
	ws, we := wordBefore(text, s, false)
	if !oneOf(text[ws:we], narrativeWords) {
		return false
	}
	the := strings.EqualFold(text[ws:we], "the")
	switch w := strings.ToLower(text[s:e]); w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return capitalised(text, s, e) && !the // "the following Monday"
	case "day", "night", "week", "month", "year":
		if the {
			// "the year before" is a date only with its edge word.
			n := nextWord(text, skipSpace(text, e), min(len(text), e+12))
			return n == "before" || n == "after"
		}
	default:
		return !the // "the morning", "the summer" are none of its
	}
	return true
}

func resolveNarrative(m *match, c *context) (timeline.Date, bool) {
	if m.get("rel") != "" && m.get("season") != "" && !c.narrative {
		// "the following spring" is a narrative's; news leaves it.
		return timeline.Date{}, false
	}
	return narrative(m, c.text, focus{t: c.anchor, prec: timeline.Day})
}

// A focus is the date a narrative expression counts from: the start of a
// date the text named, with its precision.
type focus struct {
	t    time.Time
	prec timeline.Precision
	// d is the date in focus, and words its own words in lower case,
	// without "the", single-spaced ("prior year"), unless it is itself
	// narrative.
	d     timeline.Date
	words string
}

// narrativeNeeds returns the precision a focus needs for the expression of m, and
// false when m is no date at all.
func narrativeNeeds(m *match, text string) (timeline.Precision, bool) {
	if paragraphBreak(m.Text) {
		// "vs three cts prior\n    Year": a table's heading.
		return 0, false
	}
	if m.get("edge") != "" {
		rest := strings.TrimLeft(text[m.Right:], " \t")
		if len(rest) > 1 && rest[0] == '\n' && rest[1] != '\n' && !isSpace(rest[1]) {
			// A line wrapped inside a paragraph goes on: "the year
			// after\n11.7 pct".
			rest = rest[1:]
		}
		if rest != "" && !strings.ContainsRune(".,;:)'\"\n", rune(rest[0])) && !strings.HasPrefix(rest, "--") {
			return 0, false
		}
		switch strings.ToLower(strings.Fields(m.get("edge"))[1]) {
		case "year":
			return timeline.Year, true
		case "month":
			return timeline.Month, true
		case "week":
			return timeline.Week, true
		}
		return timeline.Day, true
	}
	if m.get("season") != "" {
		// "noted that spring crops yield less": "that" opens a clause
		// whose noun the season describes.
		j := skipSpace(text, m.Right)
		if j > m.Right && j < len(text) && isLower(text[j]) && !seasonFollowers[nextWord(text, j, min(len(text), j+12))] {
			return 0, false
		}
		return timeline.Year, true
	}
	u := strings.ToLower(m.get("u"))
	if u == "" { // a weekday
		return timeline.Day, true
	}
	if strings.HasSuffix(strings.ToLower(m.get("rel")), "next") && (u == "week" || u == "month" || u == "year") {
		return 0, false
	}
	switch {
	case u == "year":
		return timeline.Year, true
	case u == "month":
		return timeline.Month, true
	case u == "week":
		// A week in focus will do: "fell last week ... below the
		// previous week".
		return timeline.Week, true
	}
	return timeline.Day, true
}

// narrative resolves the match m of ruleNarrative in text against f.
func narrative(m *match, text string, f focus) (timeline.Date, bool) {
	if _, ok := narrativeNeeds(m, text); !ok {
		return timeline.Date{}, false
	}
	t := f.t
	n := 0
	switch rel := strings.ToLower(m.get("rel") + m.get("edge")); {
	case strings.HasSuffix(rel, "next"), strings.HasSuffix(rel, "following"), strings.HasSuffix(rel, "after"):
		n = 1
	case rel != "":
		n = -1
	}
	if wd, ok := weekday(m.get("wd")); ok {
		// The first such weekday after (or before) the day in focus.
		d := (int(wd) - int(t.Weekday()) + 7) % 7
		if n < 0 {
			d = -((int(t.Weekday()) - int(wd) + 7) % 7)
		}
		if d == 0 {
			d = 7 * n
		}
		return calendar(dayValue(t.AddDate(0, 0, d)), timeline.ModNone)
	}
	if s := strings.ToLower(m.get("season")); s != "" {
		// "that summer": the season of the year in focus; "the
		// following spring" the first after the day in focus, "the
		// previous winter" the last before it.
		code := "-" + [...]string{"WI", "SP", "SU", "FA"}[seasonCodes[s]]
		d, ok := calendar(yearValue(t.Year())+code, timeline.ModNone)
		switch {
		case !ok:
		case n > 0 && !d.Earliest.After(t):
			d, ok = calendar(yearValue(t.Year()+1)+code, timeline.ModNone)
		case n < 0 && !d.Latest.Before(t):
			d, ok = calendar(yearValue(t.Year()-1)+code, timeline.ModNone)
		}
		return d, ok
	}
	u := strings.ToLower(m.get("u"))
	if m.get("edge") != "" {
		u = strings.ToLower(strings.Fields(m.get("edge"))[1])
	}
	switch u {
	case "year":
		return calendar(yearValue(t.Year()+n), timeline.ModNone)
	case "month":
		t = t.AddDate(0, n, 1-t.Day())
		return calendar(monthValue(t.Year(), int(t.Month())), timeline.ModNone)
	case "week":
		return calendar(weekValue(t.AddDate(0, 0, 7*n)), timeline.ModNone)
	case "day":
		return calendar(dayValue(t.AddDate(0, 0, n)), timeline.ModNone)
	}
	return calendar(dayValue(t.AddDate(0, 0, n))+"T"+podCode(u), timeline.ModNone)
}
