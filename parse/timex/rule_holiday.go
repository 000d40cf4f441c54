package timex

import (
	"strings"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// ruleHoliday resolves holidays with a fixed place in the calendar, as
// days: without a year, the one nearest the anchor or the one the tense
// points to, as for "April 26"; "last" and "next" pick the one before or
// after the anchor.
//
//	Christmas, Christmas Day (12-25)   Christmas Eve (12-24)
//	New Year's Day (01-01)   New Year's Eve (12-31)   Halloween (10-31)
//	Valentine's Day (02-14)   Independence Day (07-04, US)
//	Thanksgiving, Thanksgiving Day (the fourth Thursday of November, US)
//	Election Day (the Tuesday after the first Monday of November, US)
//	Labor Day (the first Monday of September, US)
//	Memorial Day (the last Monday of May, US)
//	last Thanksgiving   Christmas 1998
var ruleHoliday = newRule("holiday", 2, []string{"christmas", "thanksgiving", "halloween", "valentine", "independence", "new", "election", "labor", "memorial"},
	`(?P<x>(?:(?P<rel>(?i:last|next|this))\s+)?(?P<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?|Halloween|Valentine['’]s\s+Day|Independence\s+Day|Election\s+Day|Labor\s+Day|Memorial\s+Day)(?:,?\s+`+yearPat+`)?)\b`,
	resolveHoliday).nearby(capitalised)

func resolveHoliday(m *match, c *context) (timeline.Date, bool) {
	h := strings.Join(strings.Fields(strings.ReplaceAll(m.get("h"), "’", "'")), " ")
	var day func(y int) (time.Time, bool)
	switch h {
	case "Thanksgiving", "Thanksgiving Day":
		day = func(y int) (time.Time, bool) {
			t := date(y, 11, 1)
			return t.AddDate(0, 0, (int(time.Thursday)-int(t.Weekday())+7)%7+21), true
		}
	case "Election Day":
		// The first Tuesday on or after November 2.
		day = func(y int) (time.Time, bool) { return weekdayOnOrAfter(date(y, 11, 2), time.Tuesday), true }
	case "Labor Day":
		day = func(y int) (time.Time, bool) { return weekdayOnOrAfter(date(y, 9, 1), time.Monday), true }
	case "Memorial Day":
		day = func(y int) (time.Time, bool) { return weekdayOnOrAfter(date(y, 5, 25), time.Monday), true }
	default:
		md := map[string][2]int{
			"Christmas": {12, 25}, "Christmas Day": {12, 25}, "Christmas Eve": {12, 24},
			"New Year's Day": {1, 1}, "New Year's Eve": {12, 31}, "Halloween": {10, 31},
			"Valentine's Day": {2, 14}, "Independence Day": {7, 4},
		}[h]
		if md[0] == 0 {
			return timeline.Date{}, false
		}
		day = func(y int) (time.Time, bool) { return date(y, md[0], md[1]), true }
	}
	if y := m.get("year"); y != "" {
		t, _ := day(atoi(y))
		return calendar(dayValue(t), timeline.ModNone)
	}
	a := c.anchor
	switch strings.ToLower(m.get("rel")) {
	case "last":
		t, _ := day(a.Year())
		if !t.Before(a) {
			t, _ = day(a.Year() - 1)
		}
		return calendar(dayValue(t), timeline.ModNone)
	case "next":
		t, _ := day(a.Year())
		if !t.After(a) {
			t, _ = day(a.Year() + 1)
		}
		return calendar(dayValue(t), timeline.ModNone)
	case "this":
		t, _ := day(a.Year())
		return calendar(dayValue(t), timeline.ModNone)
	}
	return nearestDay(m, c, day)
}

// weekdayOnOrAfter returns the first day on or after t that falls on wd.
func weekdayOnOrAfter(t time.Time, wd time.Weekday) time.Time {
	return t.AddDate(0, 0, (int(wd)-int(t.Weekday())+7)%7)
}
