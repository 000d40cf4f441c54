// Package anchor places a news story in time: it finds the publication
// stamp in a story's header ("Updated April 26, 2019 at 3:43 PM") and the
// dateline that opens its text ("VLADIVOSTOK, Russia, April 26 (UPI)
// --"), and resolves the dateline's month and day to a day of the
// stamp's calendar.
//
// # Datelines
//
// [Find] reads the datelines of the wire services and the papers that
// print them: a place, optional regions, an optional date and an optional
// agency credit, ended by a dash, a colon or a credit between bars:
//
//	VLADIVOSTOK, Russia, April 26 (UPI) --
//	MOSCOW, April 13 -
//	TOKYO, Jan 5 (Kyodo)--
//	LAGOS Jan 5 -
//	WASHINGTON, May 31, 2014 –
//	SEOUL (AP) —
//	ANKARA (AA):
//	Mumbai [India], May 2 (ANI):
//	Paris / Berlin (dpa) –
//	Nairobi, Kenya | Xinhua |
//
// A dateline without a date still gives its place and agency; the story
// then takes its day from the stamp.
//
// # Days
//
// A dateline's month and day are the local date of filing, which may be a
// day off the stamp (a GMT stamp for a story filed in Tokyo) or a few days
// (a story filed on Friday and stamped on Monday). [Resolve] gives them
// the year that puts them nearest the stamp, among the years that have
// that month and day, and only if that is within a week of the stamp: a
// "Feb. 29" near March 1, 1987 is an error, not February 29, 1988.
package anchor

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// ErrNoYear is returned (wrapped) by [Resolve] for a dateline day with no
// year when there is no stamp to take the year from.
var ErrNoYear = errors.New("no year")

// ErrDay is returned (wrapped) by [Resolve] when a dateline's day cannot
// be the story's day: no calendar has it ("Feb. 30"), its year does not
// ("Feb. 29, 1987"), or the stamp's year does not and no year puts it
// within a week of the stamp ("Feb. 29" under a stamp of March 1, 1987).
var ErrDay = errors.New("no such day")

// ErrFar is returned (wrapped) by [Resolve] when a dateline's day is a
// real day of the stamp's year but more than a week from the stamp: a
// slip of the wire ("TOKYO, May 18" stamped March 18). The stamp is then
// the better anchor.
var ErrFar = errors.New("far from the stamp")

// maxSkew is how many days a dateline's month and day may lie either side
// of the stamp: a story filed on a Friday may be stamped on the Tuesday
// after a long weekend.
const maxSkew = 7

// Resolve returns the day a dateline date d (as [Find] returns it) stands
// for, near the stamp: a date with its year ("May 31, 2014") is that day,
// whatever the stamp; a month and day ("April 26", value XXXX-04-26) take,
// of the stamp's year and the years either side, the one that has that
// month and day and puts them nearest the stamp's day. The result keeps
// d's text, span and rule.
//
// Resolve returns an error wrapping [ErrNoYear] when d has no year and
// stamp is zero; one wrapping [ErrFar] when d is a real day of the
// stamp's year more than a week from the stamp's day; and one wrapping
// [ErrDay] when d names no real day near the stamp. It never
// moves a day to another year to make it real.
func Resolve(d timeline.Date, stamp time.Time) (timeline.Date, error) {
	if d.Placed() {
		return d, nil
	}
	mon, day, ok := monthDay(d.Value)
	if !ok {
		return d, fmt.Errorf("dateline %q: %w", d.Text, ErrDay)
	}
	if stamp.IsZero() {
		return d, fmt.Errorf("dateline %q: %w and no stamp to take it from", d.Text, ErrNoYear)
	}
	stampDay := time.Date(stamp.Year(), stamp.Month(), stamp.Day(), 0, 0, 0, 0, time.UTC)
	var best time.Time
	for _, y := range []int{stampDay.Year() - 1, stampDay.Year(), stampDay.Year() + 1} {
		t := time.Date(y, mon, day, 0, 0, 0, 0, time.UTC)
		if t.Month() != mon || t.Day() != day {
			continue // no February 29 this year
		}
		if best.IsZero() || absDur(t.Sub(stampDay)) < absDur(best.Sub(stampDay)) {
			best = t
		}
	}
	if best.IsZero() || absDur(best.Sub(stampDay)) > maxSkew*24*time.Hour {
		if own := time.Date(stampDay.Year(), mon, day, 0, 0, 0, 0, time.UTC); !best.IsZero() && own.Month() == mon {
			return d, fmt.Errorf("dateline %q, stamp %s: %w", d.Text, stampDay.Format(time.DateOnly), ErrFar)
		}
		return d, fmt.Errorf("dateline %q near stamp %s: %w within %d days", d.Text, stampDay.Format(time.DateOnly), ErrDay, maxSkew)
	}
	r := timeline.DayOf(best)
	r.Text, r.Span, r.Rule = d.Text, d.Span, d.Rule
	return r, nil
}

// monthDay reads the month and day of a value XXXX-MM-DD.
func monthDay(v string) (time.Month, int, bool) {
	if len(v) != len("XXXX-MM-DD") || !strings.HasPrefix(v, "XXXX-") || v[7] != '-' {
		return 0, 0, false
	}
	mon, err1 := strconv.Atoi(v[5:7])
	day, err2 := strconv.Atoi(v[8:10])
	if err1 != nil || err2 != nil || mon < 1 || mon > 12 || day < 1 || day > 31 {
		return 0, 0, false
	}
	return time.Month(mon), day, true
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
