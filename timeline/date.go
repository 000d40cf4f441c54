package timeline

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Type is the TIMEX3 type of a temporal expression.
type Type string

// The four TIMEX3 types.
const (
	TypeDate     Type = "DATE"
	TypeTime     Type = "TIME"
	TypeDuration Type = "DURATION"
	TypeSet      Type = "SET"
)

// Precision is the granularity of a resolved date, from coarsest to finest.
// The zero value, [PrecisionNone], belongs to dates that are not placed on
// the calendar (durations, sets, PAST_REF).
type Precision int

// Precisions, coarsest first.
const (
	PrecisionNone Precision = iota
	Century
	Decade
	Year
	Half
	Quarter
	Season
	Month
	Week
	Day
	PartOfDay
	Minute
)

var precisionNames = [...]string{
	PrecisionNone: "none",
	Century:       "century",
	Decade:        "decade",
	Year:          "year",
	Half:          "half",
	Quarter:       "quarter",
	Season:        "season",
	Month:         "month",
	Week:          "week",
	Day:           "day",
	PartOfDay:     "part-of-day",
	Minute:        "minute",
}

// String returns the lower-case name of p ("day", "part-of-day").
func (p Precision) String() string {
	if p < 0 || int(p) >= len(precisionNames) {
		return "Precision(" + strconv.Itoa(int(p)) + ")"
	}
	return precisionNames[p]
}

// MarshalText encodes p by its name.
func (p Precision) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText decodes a name written by MarshalText.
func (p *Precision) UnmarshalText(b []byte) error {
	for i, n := range precisionNames {
		if n == string(b) {
			*p = Precision(i)
			return nil
		}
	}
	return fmt.Errorf("timeline: unknown precision %q", b)
}

// Mod is a TIMEX3 mod: a qualifier on a date or a duration.
type Mod string

// TIMEX3 mods.
const (
	ModNone        Mod = ""
	ModStart       Mod = "START"
	ModMid         Mod = "MID"
	ModEnd         Mod = "END"
	ModApprox      Mod = "APPROX"
	ModBefore      Mod = "BEFORE"
	ModAfter       Mod = "AFTER"
	ModOnOrBefore  Mod = "ON_OR_BEFORE"
	ModOnOrAfter   Mod = "ON_OR_AFTER"
	ModLessThan    Mod = "LESS_THAN"
	ModMoreThan    Mod = "MORE_THAN"
	ModEqualOrLess Mod = "EQUAL_OR_LESS"
	ModEqualOrMore Mod = "EQUAL_OR_MORE"
)

// Span is a half-open range of byte offsets [Start, End) into a document's
// text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes s covers.
func (s Span) Len() int { return s.End - s.Start }

// Shift returns s moved by off bytes.
func (s Span) Shift(off int) Span { return Span{s.Start + off, s.End + off} }

// String formats s as "start-end".
func (s Span) String() string { return strconv.Itoa(s.Start) + "-" + strconv.Itoa(s.End) }

// A Date is a temporal expression resolved as TIMEX3 resolves it, together
// with the calendar bounds it stands for. The zero Date is "no date".
type Date struct {
	Type      Type      `json:"type"`
	Value     string    `json:"value"`
	Precision Precision `json:"precision"`
	Mod       Mod       `json:"mod,omitempty"`
	// Earliest and Latest are the first and last instants the date may
	// cover, inclusive; both are zero when the date is not placed.
	// For day precision and coarser they are midnights of the first and
	// last day.
	Earliest time.Time `json:"earliest,omitzero"`
	Latest   time.Time `json:"latest,omitzero"`
	// Text is the expression as written, Span its place in the document.
	Text string `json:"text,omitempty"`
	Span Span   `json:"span"`
	// Rule names the rule that resolved the expression.
	Rule string `json:"rule,omitempty"`
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.Type == "" && d.Value == "" }

// Placed reports whether d has calendar bounds.
func (d Date) Placed() bool { return !d.Earliest.IsZero() && !d.Latest.IsZero() }

// Fuzzy reports whether d is uncertain: placed, and covering more than
// one day or approximate (mod APPROX).
func (d Date) Fuzzy() bool {
	if !d.Placed() {
		return false
	}
	return d.Latest.Sub(d.Earliest) >= 24*time.Hour || d.Mod == ModApprox
}

// String returns a canonical one-line form of d, for tests and debugging:
//
//	DATE 2011 END year [2011-09-01 .. 2011-12-31] "late 2011" 412-421
func (d Date) String() string {
	if d.IsZero() {
		return "no date"
	}
	var b strings.Builder
	b.WriteString(string(d.Type))
	b.WriteByte(' ')
	b.WriteString(d.Value)
	if d.Mod != ModNone {
		b.WriteByte(' ')
		b.WriteString(string(d.Mod))
	}
	if d.Precision != PrecisionNone {
		b.WriteByte(' ')
		b.WriteString(d.Precision.String())
	}
	if d.Placed() {
		fmt.Fprintf(&b, " [%s .. %s]", FormatBound(d.Earliest, d.Precision), FormatBound(d.Latest, d.Precision))
	}
	if d.Text != "" {
		fmt.Fprintf(&b, " %q %s", d.Text, d.Span)
	}
	return b.String()
}

// FormatBound formats a bound as a date, "2019-04-26", or as a date and
// time, "2019-04-26T15:43", when p is finer than a day. The zero time,
// an open bound, gives "".
func FormatBound(t time.Time, p Precision) string {
	if t.IsZero() {
		return ""
	}
	if p > Day {
		return t.Format("2006-01-02T15:04")
	}
	return t.Format("2006-01-02")
}

// ErrValue is returned (wrapped) by [ParseValue] for a TIMEX3 value it
// cannot place on the calendar.
var ErrValue = errors.New("not a calendar value")

// Parts of day as TIMEX3 writes them, with the hours they are taken to
// cover (start inclusive, end exclusive).
var partsOfDay = map[string][2]int{
	"MO": {5, 12},
	"MI": {11, 14},
	"AF": {12, 18},
	"EV": {17, 22},
	"NI": {21, 24},
	"DT": {6, 18},
}

// Seasons as TIMEX3 writes them, as northern-hemisphere meteorological
// seasons: first month and number of months. Winter starts in December of
// the year before.
var seasons = map[string][2]int{
	"SP": {3, 3},
	"SU": {6, 3},
	"FA": {9, 3},
	"WI": {0, 3},
}

// ParseValue reads a TIMEX3 calendar value ("2019", "201", "20",
// "2019-04", "2019-04-26", "2019-W17", "2019-Q2", "2019-H1", "2019-SU",
// "2019-04-26TNI", "2019-04-26T15:43") and returns a DATE or TIME with its
// precision and bounds set. Values that name no calendar span, such as
// durations, sets and PRESENT_REF, return an error wrapping [ErrValue].
//
// A value that starts with "BC" counts its years back from the start of
// the era, as TIMEX3 writes them: "BC0490" is 490 BC, "BC0480-08" August
// 480 BC, "BC047" the 470s BC (479 to 470 BC), "BC08" the 800s BC. Its
// bounds are in astronomical years, as [time.Time] counts them (1 BC is
// year 0, 490 BC year -489). Weeks BC are no value, nor is year 0.
func ParseValue(v string) (Date, error) {
	if rest, ok := strings.CutPrefix(v, "BC"); ok {
		return parseBC(v, rest)
	}
	d, err := parseValue(v)
	if err == nil && d.Earliest.IsZero() {
		// 0001-01-01 is time.Time's zero, which means "no bound".
		return Date{}, fmt.Errorf("timex value %q: %w", v, ErrValue)
	}
	return d, err
}

// parseBC returns the date of value v, "BC" and rest.
func parseBC(v, rest string) (Date, error) {
	d, err := parseValue(rest)
	if err != nil {
		return Date{}, fmt.Errorf("timex value %q: %w", v, ErrValue)
	}
	e, l := d.Earliest, d.Latest
	if d.Precision == Week || d.Precision >= Year && e.Year() == 0 && l.Year() == 0 {
		return Date{}, fmt.Errorf("timex value %q: %w", v, ErrValue)
	}
	if d.Precision >= Year {
		// One year as written, counted back; its months and days run
		// forwards (a winter starts in the December before it, as in the
		// years of the era).
		y := 1 - atoiYear(rest) + e.Year() - atoiYear(rest)
		d.Earliest = time.Date(y, e.Month(), e.Day(), e.Hour(), e.Minute(), 0, 0, time.UTC)
		ly := y + l.Year() - e.Year()
		ld := min(l.Day(), day(ly, l.Month()+1, 0).Day()) // 29 February may not be
		d.Latest = time.Date(ly, l.Month(), ld, l.Hour(), l.Minute(), 0, 0, time.UTC)
	} else {
		// Decades and centuries: the earliest year is the latest as
		// written.
		d.Earliest = day(1-l.Year(), time.January, 1)
		d.Latest = day(1-max(e.Year(), 1), time.December, 31)
	}
	d.Value = v
	return d, nil
}

// atoiYear returns the year of a value's first four digits.
func atoiYear(v string) int {
	n, _ := strconv.Atoi(v[:4])
	return n
}

func parseValue(v string) (Date, error) {
	d := Date{Type: TypeDate, Value: v}
	bad := func() (Date, error) { return Date{}, fmt.Errorf("timex value %q: %w", v, ErrValue) }
	datePart, timePart, hasTime := strings.Cut(v, "T")
	f := strings.Split(datePart, "-")
	if !digits(f[0]) {
		return bad()
	}
	y, _ := strconv.Atoi(f[0])
	switch len(f[0]) {
	case 2:
		if len(f) != 1 || hasTime {
			return bad()
		}
		d.Precision = Century
		d.Earliest = day(y*100, 1, 1)
		d.Latest = day(y*100+99, 12, 31)
		return d, nil
	case 3:
		if len(f) != 1 || hasTime {
			return bad()
		}
		d.Precision = Decade
		d.Earliest = day(y*10, 1, 1)
		d.Latest = day(y*10+9, 12, 31)
		return d, nil
	case 4:
	default:
		return bad()
	}
	if len(f) == 1 {
		if hasTime {
			return bad()
		}
		d.Precision = Year
		d.Earliest, d.Latest = day(y, 1, 1), day(y, 12, 31)
		return d, nil
	}
	if len(f) == 3 && f[2] == "WE" && !hasTime {
		// "2019-W17-WE": the weekend that ends ISO week 17.
		w, ok := isoWeek(f[1])
		if !ok {
			return bad()
		}
		d.Precision = Week
		d.Earliest = isoWeekStart(y, w).AddDate(0, 0, 5)
		d.Latest = d.Earliest.AddDate(0, 0, 1)
		return d, nil
	}
	if len(f) > 3 || (len(f) == 3 && !hasTime && !digits(f[2])) {
		return bad()
	}
	s := f[1]
	switch {
	case len(f) == 2 && len(s) == 2 && (s[0] == 'Q' || s[0] == 'H') && s[1] >= '1':
		n := int(s[1] - '0')
		size, prec := 3, Quarter
		if s[0] == 'H' {
			size, prec = 6, Half
		}
		if n*size > 12 || hasTime {
			return bad()
		}
		d.Precision = prec
		d.Earliest = day(y, time.Month((n-1)*size+1), 1)
		d.Latest = day(y, time.Month(n*size+1), 0)
		return d, nil
	case len(f) == 2 && len(s) == 3 && s[0] == 'W' && digits(s[1:]):
		w, ok := isoWeek(s)
		if !ok || hasTime {
			return bad()
		}
		d.Precision = Week
		d.Earliest = isoWeekStart(y, w)
		d.Latest = d.Earliest.AddDate(0, 0, 6)
		return d, nil
	case len(f) == 2 && len(s) == 2 && !digits(s):
		se, ok := seasons[s]
		if !ok || hasTime {
			return bad()
		}
		d.Precision = Season
		d.Earliest = day(y, time.Month(se[0]), 1)
		d.Latest = day(y, time.Month(se[0]+se[1]), 0)
		return d, nil
	}
	if len(s) != 2 || !digits(s) {
		return bad()
	}
	m, _ := strconv.Atoi(s)
	if m < 1 || m > 12 {
		return bad()
	}
	if len(f) == 2 {
		if hasTime {
			return bad()
		}
		d.Precision = Month
		d.Earliest, d.Latest = day(y, time.Month(m), 1), day(y, time.Month(m+1), 0)
		return d, nil
	}
	if len(f[2]) != 2 {
		return bad()
	}
	dd, _ := strconv.Atoi(f[2])
	if dd < 1 || dd > day(y, time.Month(m+1), 0).Day() {
		return bad()
	}
	d.Precision = Day
	d.Earliest = day(y, time.Month(m), dd)
	d.Latest = d.Earliest
	if !hasTime {
		return d, nil
	}
	d.Type = TypeTime
	if h, ok := partsOfDay[timePart]; ok {
		d.Precision = PartOfDay
		d.Earliest = d.Earliest.Add(time.Duration(h[0]) * time.Hour)
		d.Latest = d.Latest.Add(time.Duration(h[1])*time.Hour - time.Minute)
		return d, nil
	}
	hh, mm, ok := strings.Cut(timePart, ":")
	if !ok || len(hh) != 2 || len(mm) < 2 || !digits(hh) || !digits(mm[:2]) {
		return bad()
	}
	hour, _ := strconv.Atoi(hh)
	min, _ := strconv.Atoi(mm[:2])
	if hour > 24 || min > 59 {
		return bad()
	}
	d.Precision = Minute
	d.Earliest = d.Earliest.Add(time.Duration(hour)*time.Hour + time.Duration(min)*time.Minute)
	d.Latest = d.Earliest
	return d, nil
}

// WithMod returns d with mod m and its bounds narrowed or widened to
// match: START, MID and END keep the first, middle and last third of the
// span (a year's thirds are four months each, so "late 2011" is
// 2011-09-01 .. 2011-12-31); APPROX widens the span by one unit of its
// precision on each side; BEFORE and AFTER keep only the bound on their
// side, one unit away; the other mods leave the bounds as they are. An
// unplaced date only gets its mod set.
func (d Date) WithMod(m Mod) Date {
	d.Mod = m
	if !d.Placed() {
		return d
	}
	switch m {
	case ModStart, ModMid, ModEnd:
		d.Earliest, d.Latest = third(d.Earliest, d.Latest, d.Precision, m)
	case ModApprox:
		d.Earliest = step(d.Earliest, d.Precision, -1)
		d.Latest = step(d.Latest, d.Precision, +1)
	case ModBefore:
		d.Latest = d.Earliest.Add(-unitEnd(d.Precision))
		d.Earliest = time.Time{}
	case ModAfter:
		d.Earliest = d.Latest.Add(unitEnd(d.Precision))
		d.Latest = time.Time{}
	}
	return d
}

// third returns the first, middle or last third of [lo, hi]. Spans of a
// year or more are split in whole months, shorter spans in whole days.
func third(lo, hi time.Time, p Precision, m Mod) (time.Time, time.Time) {
	if p <= Year || p == Half {
		months := (hi.Year()-lo.Year())*12 + int(hi.Month()-lo.Month()) + 1
		a, b := cut(months, m)
		start := day(lo.Year(), lo.Month()+time.Month(a), 1)
		end := day(lo.Year(), lo.Month()+time.Month(b), 0)
		return start, end
	}
	if p > Day {
		mins := int(hi.Sub(lo)/time.Minute) + 1
		a, b := cut(mins, m)
		return lo.Add(time.Duration(a) * time.Minute), lo.Add(time.Duration(b-1) * time.Minute)
	}
	if p == Week && hi.Sub(lo) == 6*24*time.Hour {
		// News counts a week by its working days: "late this week"
		// is Thursday to the weekend, "early this week" Monday to
		// Wednesday, not the thirds Saturday-Sunday and
		// Monday-Tuesday.
		a, b := 3, 7
		switch m {
		case ModStart:
			a, b = 0, 3
		case ModMid:
			a, b = 2, 5
		}
		return lo.AddDate(0, 0, a), lo.AddDate(0, 0, b-1)
	}
	days := int(hi.Sub(lo)/(24*time.Hour)) + 1
	a, b := cut(days, m)
	return lo.AddDate(0, 0, a), lo.AddDate(0, 0, b-1)
}

// cut splits n units into thirds and returns the half-open unit range of
// the third m names.
func cut(n int, m Mod) (int, int) {
	if n < 3 {
		return 0, n
	}
	a, b := n/3, n-n/3
	switch m {
	case ModStart:
		return 0, a
	case ModMid:
		return a, b
	default:
		return b, n
	}
}

// step moves t by n units of precision p.
func step(t time.Time, p Precision, n int) time.Time {
	switch p {
	case Century:
		return t.AddDate(100*n, 0, 0)
	case Decade:
		return t.AddDate(10*n, 0, 0)
	case Year:
		return t.AddDate(n, 0, 0)
	case Half:
		return t.AddDate(0, 6*n, 0)
	case Quarter, Season:
		return t.AddDate(0, 3*n, 0)
	case Month:
		return t.AddDate(0, n, 0)
	case Week:
		return t.AddDate(0, 0, 7*n)
	case Day:
		return t.AddDate(0, 0, n)
	case PartOfDay:
		return t.Add(time.Duration(n) * 3 * time.Hour)
	}
	return t.Add(time.Duration(n) * time.Minute)
}

// unitEnd is the gap between one span and the next at precision p: a day
// for dates, a minute for times.
func unitEnd(p Precision) time.Duration {
	if p > Day {
		return time.Minute
	}
	return 24 * time.Hour
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// isoWeekStart returns the Monday of ISO week w of year y.
// isoWeek reads an ISO week number written "W01" to "W53".
func isoWeek(s string) (int, bool) {
	if len(s) != 3 || s[0] != 'W' || !digits(s[1:]) {
		return 0, false
	}
	w, _ := strconv.Atoi(s[1:])
	return w, w >= 1 && w <= 53
}

func isoWeekStart(y, w int) time.Time {
	jan4 := day(y, 1, 4)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return monday.AddDate(0, 0, 7*(w-1))
}

func digits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// DayOf returns the DATE of the calendar day t falls on, at day precision,
// with t's clock and zone dropped.
func DayOf(t time.Time) Date {
	d := day(t.Year(), t.Month(), t.Day())
	return Date{Type: TypeDate, Value: d.Format("2006-01-02"), Precision: Day, Earliest: d, Latest: d}
}
