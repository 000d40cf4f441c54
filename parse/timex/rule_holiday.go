package timex

import (
	"strings"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleHoliday resolves holidays with a place in the calendar, as days:
// without a year, the one nearest the anchor or the one the tense points
// to, as for "April 26"; "last" and "next" pick the one before or after
// the anchor.
//
//	Christmas, Christmas Day (12-25)   Christmas Eve (12-24)   Boxing Day (12-26)
//	New Year's Day (01-01)   New Year's Eve (12-31)   Halloween (10-31)
//	Valentine's Day (02-14)   St. Patrick's Day (03-17)   Bastille Day (07-14, France)
//	Independence Day (07-04, US)   Veterans Day, Remembrance Day, Armistice Day (11-11)
//	Thanksgiving, Thanksgiving Day (the fourth Thursday of November, US)
//	Election Day (the Tuesday after the first Monday of November, US)
//	Labor Day (the first Monday of September, US)   Memorial Day (the last Monday of May, US)
//	Martin Luther King Day (the third Monday of January, US)
//	Presidents Day (the third Monday of February, US)   Columbus Day (the second Monday of October, US)
//	Mother's Day (the second Sunday of May)   Father's Day (the third Sunday of June)
//	Easter, Easter Sunday (Western, Gregorian)   Good Friday, Easter Monday, Palm Sunday, Ash Wednesday
//	Easter week (the week that ends on Easter Sunday, as TimeBank writes it: 2000-W16)
//	Black Friday, Cyber Monday (the Friday and Monday after Thanksgiving)
//	last Thanksgiving   Christmas 1998
var ruleHoliday = newRule("holiday", 2, []string{"christmas", "thanksgiving", "halloween", "valentine", "independence", "new", "election", "labor", "memorial",
	"easter", "good", "palm", "ash", "boxing", "veterans", "remembrance", "armistice", "st", "saint", "bastille", "presidents",
	"martin", "columbus", "mother", "father", "black", "cyber"},
	`(?P<x>(?:(?P<rel>(?i:last|next|this))\s+)?(?P<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?|Halloween|Valentine['’]s\s+Day|Independence\s+Day|Election\s+Day|Labor\s+Day|Memorial\s+Day`+
		`|Easter(?:\s+(?:Sunday|Day|Monday|[Ww]eek))?|Good\s+Friday|Palm\s+Sunday|Ash\s+Wednesday|Boxing\s+Day|Veterans['’]?\s+Day|Remembrance\s+Day|Armistice\s+Day`+
		`|(?:St\.?|Saint)\s+Patrick['’]s\s+Day|Bastille\s+Day|Presidents['’]?\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Columbus\s+Day|Mother['’]s\s+Day|Father['’]s\s+Day|Black\s+Friday|Cyber\s+Monday)`+
		`(?:,?\s+`+yearPat+`)?)\b`,
	resolveHoliday).nearby(holidayNear)

// holidayNear reports whether the trigger text[s:e] is capitalised and
// followed by what its holiday's name needs next: "New" by "Year",
// "Good" by "Friday", "Mother" by "'s"; most triggers are "New York"
// and "good".
func holidayNear(text string, s, e int) bool {
	if !isUpper(text[s]) {
		return false
	}
	next, ok := holidayNext[strings.ToLower(text[s:e])]
	if !ok {
		return true // a name of one word
	}
	rest := text[e:]
	if strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") {
		return next == "'" || next == "Day"
	}
	if strings.HasPrefix(rest, ".") {
		rest = rest[1:] // "St."
	}
	j := skipSpace(rest, 0)
	return j > 0 && next != "'" && strings.HasPrefix(rest[j:], next)
}

// holidayNext is what follows each trigger of a name of several words:
// "'" for a possessive, "Day" where a possessive may also come first
// ("Veterans' Day").
var holidayNext = map[string]string{
	"new": "Year", "valentine": "'", "mother": "'", "father": "'", "independence": "Day", "election": "Day",
	"labor": "Day", "memorial": "Day", "boxing": "Day", "remembrance": "Day", "armistice": "Day", "bastille": "Day",
	"columbus": "Day", "veterans": "Day", "presidents": "Day", "good": "Friday", "black": "Friday", "palm": "Sunday",
	"ash": "Wednesday", "cyber": "Monday", "st": "Patrick", "saint": "Patrick", "martin": "Luther",
}

// holidayDays give the day of each holiday of ruleHoliday in a year, by
// its name with single spaces and straight apostrophes.
var holidayDays = map[string]func(y int) time.Time{
	"Thanksgiving": func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4) },
	"Black Friday": func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4).AddDate(0, 0, 1) },
	"Cyber Monday": func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4).AddDate(0, 0, 4) },
	// The first Tuesday on or after November 2.
	"Election Day":           func(y int) time.Time { return weekdayOnOrAfter(date(y, 11, 2), time.Tuesday) },
	"Labor Day":              func(y int) time.Time { return nthWeekday(y, 9, time.Monday, 1) },
	"Memorial Day":           func(y int) time.Time { return weekdayOnOrAfter(date(y, 5, 25), time.Monday) },
	"Martin Luther King Day": func(y int) time.Time { return nthWeekday(y, 1, time.Monday, 3) },
	"Presidents Day":         func(y int) time.Time { return nthWeekday(y, 2, time.Monday, 3) },
	"Columbus Day":           func(y int) time.Time { return nthWeekday(y, 10, time.Monday, 2) },
	"Mother's Day":           func(y int) time.Time { return nthWeekday(y, 5, time.Sunday, 2) },
	"Father's Day":           func(y int) time.Time { return nthWeekday(y, 6, time.Sunday, 3) },
	"Easter":                 easter,
	"Good Friday":            func(y int) time.Time { return easter(y).AddDate(0, 0, -2) },
	"Easter Monday":          func(y int) time.Time { return easter(y).AddDate(0, 0, 1) },
	"Palm Sunday":            func(y int) time.Time { return easter(y).AddDate(0, 0, -7) },
	"Ash Wednesday":          func(y int) time.Time { return easter(y).AddDate(0, 0, -46) },
}

// holidayDates are the holidays of ruleHoliday on a fixed month and day.
var holidayDates = map[string][2]int{
	"Christmas": {12, 25}, "Christmas Eve": {12, 24}, "Boxing Day": {12, 26},
	"New Year's Day": {1, 1}, "New Year's Eve": {12, 31}, "Halloween": {10, 31},
	"Valentine's Day": {2, 14}, "Independence Day": {7, 4}, "St Patrick's Day": {3, 17},
	"Bastille Day": {7, 14}, "Veterans Day": {11, 11}, "Remembrance Day": {11, 11}, "Armistice Day": {11, 11},
}

// holidayName returns the key of holidayDays or holidayDates for a
// holiday as the text writes it.
func holidayName(h string) string {
	h = strings.Join(strings.Fields(strings.NewReplacer("’", "'", ".", "", "Saint", "St", " Jr", "").Replace(h)), " ")
	switch h {
	case "Christmas Day":
		return "Christmas"
	case "Thanksgiving Day":
		return "Thanksgiving"
	case "Easter Sunday", "Easter Day":
		return "Easter"
	case "Veterans' Day":
		return "Veterans Day"
	case "Presidents' Day":
		return "Presidents Day"
	}
	return h
}

// feastNoun reports whether rest, the text after "Easter", begins with a
// noun it names a thing of, not the day: "Easter Island", "the Easter
// Rising", "an Easter egg", "his first Easter Mass".
func feastNoun(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if rest == "" {
		return false
	}
	if isUpper(rest[0]) {
		return true
	}
	i := 0
	for i < len(rest) && isLetter(rest[i]) {
		i++
	}
	return feastNouns[rest[:i]]
}

var feastNouns = setOf(`egg eggs bunny lily lilies mass vigil service services message parade bonnet`)

// easter returns Western Easter Sunday of year y, by the Gregorian
// computus (the anonymous algorithm of 1876).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date(y, month, day)
}

// nthWeekday returns the nth weekday wd of month m of year y.
func nthWeekday(y, m int, wd time.Weekday, n int) time.Time {
	return weekdayOnOrAfter(date(y, m, 1), wd).AddDate(0, 0, 7*(n-1))
}

func resolveHoliday(m *match, c *context) (timeline.Date, bool) {
	h := holidayName(m.get("h"))
	week := false
	if h == "Easter week" || h == "Easter Week" {
		h, week = "Easter", true
	}
	if h == "Easter" && feastNoun(c.text[m.Right:]) {
		return timeline.Date{}, false
	}
	day := holidayDays[h]
	if md, ok := holidayDates[h]; ok {
		day = func(y int) time.Time { return date(y, md[0], md[1]) }
	}
	if day == nil {
		return timeline.Date{}, false
	}
	value := dayValue
	if week {
		value = weekValue
	}
	if y := m.get("year"); y != "" {
		return calendar(value(day(atoi(y))), timeline.ModNone)
	}
	a := c.anchor
	switch strings.ToLower(m.get("rel")) {
	case "last":
		t := day(a.Year())
		if !t.Before(a) {
			t = day(a.Year() - 1)
		}
		return calendar(value(t), timeline.ModNone)
	case "next":
		t := day(a.Year())
		if !t.After(a) {
			t = day(a.Year() + 1)
		}
		return calendar(value(t), timeline.ModNone)
	case "this":
		t := day(a.Year())
		return calendar(value(t), timeline.ModNone)
	}
	d, ok := nearestDay(m, c, func(y int) (time.Time, bool) { return day(y), true })
	if ok && week {
		return calendar(weekValue(d.Earliest), timeline.ModNone)
	}
	return d, ok
}

// weekdayOnOrAfter returns the first day on or after t that falls on wd.
func weekdayOnOrAfter(t time.Time, wd time.Weekday) time.Time {
	return t.AddDate(0, 0, (int(wd)-int(t.Weekday())+7)%7)
}
