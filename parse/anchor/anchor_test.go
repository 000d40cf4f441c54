package anchor

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

var stampTests = []struct {
	name   string
	header string
	want   string // Date.String(), or "" for none
}{
	{"upi updated", "World News\n\nNorth Korean leader leaves\n\nBy Yonhap News Agency   |   Updated April 26, 2019 at 3:43 PM\n",
		`TIME 2019-04-26T15:43 minute [2019-04-26T15:43 .. 2019-04-26T15:43] "April 26, 2019 at 3:43 PM" 76-101`},
	{"bare date", "Published: 26 April 2019\n", `DATE 2019-04-26 day [2019-04-26 .. 2019-04-26] "26 April 2019" 11-24`},
	{"iso with zone", "2019-04-26T15:43:00Z\n", `TIME 2019-04-26T15:43 minute [2019-04-26T15:43 .. 2019-04-26T15:43] "2019-04-26T15:43:00Z" 0-20`},
	{"archive iso", "1987-02-26T15:01:01.79", `TIME 1987-02-26T15:01 minute [1987-02-26T15:01 .. 1987-02-26T15:01] "1987-02-26T15:01:01.79" 0-22`},
	{"keyword wins over earlier bare date", "Story of March 3, 2019\nUpdated March 4, 2019, 09:15 GMT\n",
		`TIME 2019-03-04T09:15 minute [2019-03-04T09:15 .. 2019-03-04T09:15] "March 4, 2019, 09:15 GMT" 31-55`},
	{"abbreviated month", "Posted Apr. 2, 1987\n", `DATE 1987-04-02 day [1987-04-02 .. 1987-04-02] "Apr. 2, 1987" 7-19`},
	{"midnight am", "Updated Jan 1, 2020 at 12:05 a.m.\n", `TIME 2020-01-01T00:05 minute [2020-01-01T00:05 .. 2020-01-01T00:05] "Jan 1, 2020 at 12:05 a.m." 8-33`},
	{"time before date", "Published 10:43 AM EDT, March 12, 2024\n", `TIME 2024-03-12T10:43 minute [2024-03-12T10:43 .. 2024-03-12T10:43] "10:43 AM EDT, March 12, 2024" 10-38`},
	{"guardian", "Tuesday 12 March 2024 10.43 GMT\n", `TIME 2024-03-12T10:43 minute [2024-03-12T10:43 .. 2024-03-12T10:43] "12 March 2024 10.43 GMT" 8-31`},
	{"impossible day", "Updated February 30, 2019\n", ""},
	{"impossible archive day", "2019-02-30", ""},
	{"no stamp", "Just a headline\n", ""},
	{"empty", "", ""},
	{"a date in a sentence is no stamp", "Talks in Geneva\n\nThe talks that began on June 30, 1986 ended in failure.\n", ""},
	{"a date ending a wrapped sentence is no stamp", "Praxis reported a net loss for the year\nended June 30, 1986.\n", ""},
	{"bare date after a byline", "By Jane Doe | April 26, 2019\n", `DATE 2019-04-26 day [2019-04-26 .. 2019-04-26] "April 26, 2019" 14-28`},
	{"bare date line", "Talks end\nApril 26, 2019\n", `DATE 2019-04-26 day [2019-04-26 .. 2019-04-26] "April 26, 2019" 10-24`},
	{"lower-case month is no stamp", "may 5, 2019\n", ""},
}

func TestFindStamp(t *testing.T) {
	for _, tt := range stampTests {
		t.Run(tt.name, func(t *testing.T) {
			d, ok := FindStamp(tt.header)
			got := ""
			if ok {
				got = d.String()
			}
			if got != tt.want {
				t.Errorf("FindStamp(%q) = %s; want %s", tt.header, got, tt.want)
			}
		})
	}
}

var findTests = []struct {
	name string
	text string
	want string // show(dateline), or "" for none
}{
	// The forms of the archive and the bundled example.
	{"upi", "Photo by X\n\nVLADIVOSTOK, Russia, April 26 (UPI) -- North Korean leader",
		"VLADIVOSTOK, Russia, April 26 (UPI) -- | Vladivostok, Russia | XXXX-04-26 | UPI"},
	{"reuters", "    TOKYO, April 27 (Reuters) - Prime Minister", "TOKYO, April 27 (Reuters) - | Tokyo, Japan | XXXX-04-27 | Reuters"},
	{"reuters without credit", "MOSCOW, April 13 - Secretary of State", "MOSCOW, April 13 - | Moscow, Russia | XXXX-04-13 | -"},
	{"two-word city", "NEW YORK, Jan. 5 (Reuters) - x", "NEW YORK, Jan. 5 (Reuters) - | New York, United States | XXXX-01-05 | Reuters"},
	{"city-state", "SINGAPORE, March 1 (Reuters) - x", "SINGAPORE, March 1 (Reuters) - | Singapore, Singapore | XXXX-03-01 | Reuters"},
	{"a U.S. state after a small place", "CAMP DAVID, Maryland, Aug. 18 (Kyodo) -- Prime Minister", "CAMP DAVID, Maryland, Aug. 18 (Kyodo) -- | Camp David, United States | XXXX-08-18 | Kyodo"},
	{"a U.S. state as the AP abbreviates it", "CAMP DAVID, Md. (AP) — President", "CAMP DAVID, Md. (AP) — | Camp David, United States | - | AP"},
	{"a Canadian province", "KANANASKIS, Alberta, June 26 (Reuters) - Leaders", "KANANASKIS, Alberta, June 26 (Reuters) - | Kananaskis, Canada | XXXX-06-26 | Reuters"},
	{"Georgia the state", "ATLANTA, Georgia, May 3 (Reuters) - x", "ATLANTA, Georgia, May 3 (Reuters) - | Atlanta, United States | XXXX-05-03 | Reuters"},
	{"Georgia the country", "TBILISI, Georgia, May 3 (Reuters) - x", "TBILISI, Georgia, May 3 (Reuters) - | Tbilisi, Georgia | XXXX-05-03 | Reuters"},
	{"no place, agency", "March 12 (Reuters) - President Joe Biden", "March 12 (Reuters) - | - | XXXX-03-12 | Reuters"},
	{"known place and long dash", "BEIJING — President Joe Biden", "BEIJING — | Beijing, China | - | -"},

	// Datelines with a year.
	{"ap with a year", "WASHINGTON, May 31, 2014 – The Taliban", "WASHINGTON, May 31, 2014 – | Washington, United States | 2014-05-31 | -"},
	{"no city", "ABOARD A MILITARY AIRCRAFT, Jan. 14, 2013 – Defense Secretary",
		"ABOARD A MILITARY AIRCRAFT, Jan. 14, 2013 – | Aboard a Military Aircraft | 2013-01-14 | -"},
	{"a year without its day keeps the value", "WASHINGTON, Feb. 29, 1987 - x", "WASHINGTON, Feb. 29, 1987 - | Washington, United States | 1987-02-29 | -"},

	// Datelines with no date: the story takes the stamp's day.
	{"ap", "SEOUL (AP) — South Korea", "SEOUL (AP) — | Seoul, South Korea | - | AP"},
	{"old ap underscore", "GENEVA (AP) _ President Reagan", "GENEVA (AP) _ | Geneva, Switzerland | - | AP"},
	{"anadolu", "ANKARA (AA): Turkish Foreign Minister", "ANKARA (AA): | Ankara, Turkey | - | AA"},
	{"reuters without date", "WASHINGTON (Reuters) - The U.S. Senate", "WASHINGTON (Reuters) - | Washington, United States | - | Reuters"},

	// Two cities, and a country in brackets.
	{"dpa two cities", "Paris / Berlin (dpa) – France and Germany", "Paris / Berlin (dpa) – | Paris, France | - | dpa"},
	{"two cities with a date", "PARIS/BERLIN, May 2 (dpa) - x", "PARIS/BERLIN, May 2 (dpa) - | Paris, France | XXXX-05-02 | dpa"},
	{"ani", "Mumbai [India], May 2 (ANI): The Bombay High Court", "Mumbai [India], May 2 (ANI): | Mumbai, India | XXXX-05-02 | ANI"},

	// No comma before the date, and a credit glued to the dash.
	{"no comma", "LAGOS Jan 5 - Nigeria's", "LAGOS Jan 5 - | Lagos, Nigeria | XXXX-01-05 | -"},
	{"no comma after a region", "RICHMOND, Va. Feb 26 - x", "RICHMOND, Va. Feb 26 - | Richmond, United States | XXXX-02-26 | -"},
	{"kyodo", "TOKYO, Jan 5 (Kyodo)--Japan's", "TOKYO, Jan 5 (Kyodo)-- | Tokyo, Japan | XXXX-01-05 | Kyodo"},

	// Credits between bars.
	{"xinhua bars", "Nairobi, Kenya | Xinhua | Kenya's president", "Nairobi, Kenya | Xinhua | | Nairobi, Kenya | - | Xinhua"},
	{"xinhua", "BEIJING, March 3 (Xinhua) -- China", "BEIJING, March 3 (Xinhua) -- | Beijing, China | XXXX-03-03 | Xinhua"},

	// What is no dateline.
	{"shouted headline with a long dash is no dateline", "SUGAR QUOTA IMPORTS DETAILED -- USDA\n", ""},
	{"place without date or agency needs a long dash", "BEIJING - President", ""},
	{"place without date or agency before a colon", "WARNING: this is not a dateline\n", ""},
	{"shouted sentence is no dateline", "WARNING - this is not a dateline\n", ""},
	{"mid-line capitals are no dateline", "He said MOSCOW, April 2 (AP) - x", ""},
	{"a date alone is no dateline", "March 12 - the vote\n", ""},
	{"a lower-case month needs a place", "march 12 (Reuters) - x\n", ""},
	{"a byline between bars is no dateline", "By Jane Doe | Reuters | April 26, 2019\n", ""},
	{"a word before a date without a comma", "Sales Jan 5 - 100 tonnes\n", ""},
	// A regression: a shouted headline read as "ROTTERDAM PORT SUBSIDY TO
	// END" on July 1 hid the dateline after it.
	{"a headline with a date", "ROTTERDAM PORT SUBSIDY TO END JULY 1 - MINISTER\n\n    ROTTERDAM, March 5 (Reuters) - Dutch",
		"ROTTERDAM, March 5 (Reuters) - | Rotterdam, Netherlands | XXXX-03-05 | Reuters"},
	{"a known place before a shouted date", "BONN JULY 1 - MINISTER\n", ""},
	{"a shouted date alone", "APRIL 7 (Reuters) - Copper grades\n", ""},
	{"a one-letter word in an undated place", "COPPER GRADE A (Reuters) - x\n", ""},
	{"known title-case place with a credit", "London (Reuters) - x", "London (Reuters) - | London, United Kingdom | - | Reuters"},
	{"a word and a date before a colon", "Shipments, Jan 5: 100 tonnes\n", ""},
	{"a stamp is no dateline", "Published: 26 April 2019\nUpdated April 26, 2019 at 3:43 PM\n", ""},
	{"a comma and no date", "NEW YORK, - x\n", ""},
	{"empty", "", ""},
}

func TestFind(t *testing.T) {
	for _, tt := range findTests {
		t.Run(tt.name, func(t *testing.T) {
			dl, ok := Find(tt.text)
			got := ""
			if ok {
				got = show(dl)
				checkDateline(t, tt.text, dl)
			}
			if got != tt.want {
				t.Errorf("Find(%q) = %s; want %s", tt.text, got, tt.want)
			}
		})
	}
}

// show writes dl as "text | place | date value | agency", with "-" for
// what is missing.
func show(dl timeline.Dateline) string {
	parts := []string{dl.Text, dl.Place.String(), dl.Date.Value, dl.Agency}
	for i, p := range parts {
		if p == "" {
			parts[i] = "-"
		}
	}
	return strings.Join(parts, " | ")
}

// checkDateline checks that the spans of dl and its date lie in s and
// quote their text.
func checkDateline(t *testing.T, s string, dl timeline.Dateline) {
	t.Helper()
	for _, x := range []struct {
		span timeline.Span
		text string
	}{{dl.Span, dl.Text}, {dl.Date.Span, dl.Date.Text}} {
		if x.span.Start < 0 || x.span.End > len(s) || x.span.Start > x.span.End || s[x.span.Start:x.span.End] != x.text {
			t.Errorf("Find(%q): span %s out of place for %q", s, x.span, x.text)
		}
	}
	if dl.Date.Span.Len() > 0 && (dl.Date.Span.Start < dl.Span.Start || dl.Date.Span.End > dl.Span.End) {
		t.Errorf("Find(%q): date %s outside the dateline %s", s, dl.Date.Span, dl.Span)
	}
}

func TestField(t *testing.T) {
	tests := []struct {
		name, field string
		want        string // show(dateline)
	}{
		{"archive", "SALVADOR, Feb 26", "SALVADOR, Feb 26 | Salvador, Brazil | XXXX-02-26 | -"},
		{"trailing agency", "BRUSSELS, March 27, Reuter", "BRUSSELS, March 27, Reuter | Brussels, Belgium | XXXX-03-27 | -"},
		{"no comma", "LAGOS Jan 5", "LAGOS Jan 5 | Lagos, Nigeria | XXXX-01-05 | -"},
		{"no comma, archive", "JOHANNESBURG March 13", "JOHANNESBURG March 13 | Johannesburg, South Africa | XXXX-03-13 | -"},
		{"with agency", " VLADIVOSTOK, Russia, April 26 (UPI) ", "VLADIVOSTOK, Russia, April 26 (UPI) | Vladivostok, Russia | XXXX-04-26 | UPI"},
		{"no date read: the place before the comma", "TULSA, Okla., April 1,", "TULSA, Okla., April 1, | Tulsa, United States | - | -"},
		{"blank", "  ", "- | - | - | -"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dl := Field(tt.field)
			got := show(dl)
			if got != tt.want {
				t.Errorf("Field(%q) = %s; want %s", tt.field, got, tt.want)
			}
			if dl.Span != (timeline.Span{}) || dl.Date.Span != (timeline.Span{}) {
				t.Errorf("Field(%q): spans %s, %s; want none", tt.field, dl.Span, dl.Date.Span)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name         string
		value, stamp string // stamp "" for none
		want         string // the resolved value, or the error wrapped
		err          error
	}{
		{"same day", "XXXX-04-26", "2019-04-26", "2019-04-26", nil},
		{"local date a day after a GMT stamp", "XXXX-04-27", "2019-04-26", "2019-04-27", nil},
		{"across the new year", "XXXX-01-01", "2019-12-31", "2020-01-01", nil},
		{"back across the new year", "XXXX-12-31", "2020-01-01", "2019-12-31", nil},
		{"filed on Friday, stamped on Monday", "XXXX-03-13", "1987-03-16", "1987-03-13", nil},
		{"a week off", "XXXX-03-24", "1987-03-17", "1987-03-24", nil},
		{"a leap day in a leap year", "XXXX-02-29", "1988-03-01", "1988-02-29", nil},
		// Before, the nearest year with the day was taken: 1988 for a
		// stamp of March 1, 1987, moving the story a year on.
		{"a leap day in no leap year is no day", "XXXX-02-29", "1987-03-01", "", ErrDay},
		{"a leap day in the year after", "XXXX-02-29", "2019-03-01", "", ErrDay},
		{"no calendar has it", "XXXX-02-30", "1987-03-01", "", ErrDay},
		{"a month off the stamp", "XXXX-05-18", "1987-03-18", "", ErrFar},
		{"eight days off", "XXXX-03-25", "1987-03-17", "", ErrFar},
		{"no year and no stamp", "XXXX-04-26", "", "", ErrNoYear},
		{"a full date needs no stamp", "2014-05-31", "", "2014-05-31", nil},
		{"a full date is kept far from the stamp", "2014-05-31", "2019-01-02", "2014-05-31", nil},
		{"a full date that is no day", "1987-02-29", "1987-03-01", "", ErrDay},
		{"no date", "", "1987-03-01", "", ErrDay},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stamp time.Time
			if tt.stamp != "" {
				stamp, _ = time.Parse(time.DateOnly, tt.stamp)
			}
			in := timeline.Date{Type: timeline.TypeDate, Value: tt.value, Text: "the text", Rule: "dateline"}
			if d, err := timeline.ParseValue(tt.value); err == nil {
				in = d
				in.Text, in.Rule = "the text", "dateline"
			}
			d, err := Resolve(in, stamp)
			got := d.Value
			if err != nil {
				got = ""
			}
			if got != tt.want || !errors.Is(err, tt.err) || (err != nil) != (tt.err != nil) {
				t.Errorf("Resolve(%s, %s) = %s, %v; want %s, %v", tt.value, tt.stamp, got, err, tt.want, tt.err)
			}
			if err == nil && (d.Text != "the text" || d.Rule != "dateline" || !d.Placed()) {
				t.Errorf("Resolve(%s, %s) = %+v; want a placed day keeping text and rule", tt.value, tt.stamp, d)
			}
		})
	}
}

func FuzzFind(f *testing.F) {
	for _, tt := range findTests {
		f.Add(tt.text)
	}
	for _, tt := range stampTests {
		f.Add(tt.header)
	}
	f.Fuzz(func(t *testing.T, s string) {
		dl, ok := Find(s)
		if ok {
			checkDateline(t, s, dl)
			if dl.Date.Value != "" {
				// Resolve must not panic, and a day it gives is near.
				stamp := time.Date(1987, 3, 1, 0, 0, 0, 0, time.UTC)
				if d, err := Resolve(dl.Date, stamp); err == nil && dl.Date.Value[:4] == "XXXX" &&
					absDur(d.Earliest.Sub(stamp)) > maxSkew*24*time.Hour {
					t.Errorf("Resolve(%s, 1987-03-01) = %s: more than %d days off", dl.Date.Value, d.Value, maxSkew)
				}
			}
		}
		again, againOK := Find(s)
		if againOK != ok || again != dl {
			t.Errorf("Find(%q) = %+v, then %+v: not deterministic", s, dl, again)
		}
		field := Field(s)
		if field.Span != (timeline.Span{}) || field.Date.Span != (timeline.Span{}) || field.Text != strings.TrimSpace(s) {
			t.Errorf("Field(%q) = %+v: spans or text out of place", s, field)
		}
	})
}

func FuzzFindStamp(f *testing.F) {
	for _, tt := range stampTests {
		f.Add(tt.header)
	}
	for _, s := range isoTests {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := FindStamp(s)
		if ok && (d.Span.Start < 0 || d.Span.End > len(s) || s[d.Span.Start:d.Span.End] != d.Text || !d.Placed()) {
			t.Errorf("FindStamp(%q) = %s: span or bounds out of place", s, d)
		}
		if again, againOK := FindStamp(s); againOK != ok || again.String() != d.String() {
			t.Errorf("FindStamp(%q) = %s, then %s: not deterministic", s, d, again)
		}
		checkIsoStamp(t, s)
	})
}

var isoTests = []string{"1987-02-26T15:01:01", "1987-02-26", "1987-02-26T15:01", "2019-04-26T15:43:00Z",
	"2019-04-26T15:43:00.12+02:00", "1987-02-26T15:01:01.79", "2019-02-30", "2019-04-26T25:00", "April 26, 2019"}

// TestIsoStamp checks that the fast path for archive stamps reads what
// stampRE reads, or leaves the stamp to it.
func TestIsoStamp(t *testing.T) {
	for _, s := range isoTests {
		checkIsoStamp(t, s)
	}
	if _, ok := isoStamp("1987-02-26T15:01:01"); !ok {
		t.Error(`isoStamp("1987-02-26T15:01:01") is not ok`)
	}
}

// checkIsoStamp checks that isoStamp reads s as FindStamp would without
// it.
func checkIsoStamp(t *testing.T, s string) {
	a, ok := isoStamp(s)
	if !ok {
		return
	}
	b, bok := findStampRE(s)
	if !bok || a.String() != b.String() || a.Text != b.Text || a.Span != b.Span || a.Rule != b.Rule {
		t.Errorf("isoStamp(%q) = %+v; stampRE reads %v %+v", s, a, bok, b)
	}
}

// findStampRE is FindStamp without the fast path.
func findStampRE(s string) (timeline.Date, bool) {
	for _, m := range stampRE.FindAllStringSubmatchIndex(s, -1) {
		if d, ok := stampDate(s, m); ok && (m[2*stampRE.SubexpIndex("kw")] >= 0 || standsAlone(s, m[0], m[1])) {
			return d, true
		}
	}
	return timeline.Date{}, false
}
