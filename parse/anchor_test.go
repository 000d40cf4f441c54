package parse

import (
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
	{"keyword wins over earlier bare date", "Story of March 3, 2019\nUpdated March 4, 2019, 09:15 GMT\n",
		`TIME 2019-03-04T09:15 minute [2019-03-04T09:15 .. 2019-03-04T09:15] "March 4, 2019, 09:15 GMT" 31-55`},
	{"abbreviated month", "Posted Apr. 2, 1987\n", `DATE 1987-04-02 day [1987-04-02 .. 1987-04-02] "Apr. 2, 1987" 7-19`},
	{"midnight am", "Updated Jan 1, 2020 at 12:05 a.m.\n", `TIME 2020-01-01T00:05 minute [2020-01-01T00:05 .. 2020-01-01T00:05] "Jan 1, 2020 at 12:05 a.m." 8-33`},
	{"time before date", "Published 10:43 AM EDT, March 12, 2024\n", `TIME 2024-03-12T10:43 minute [2024-03-12T10:43 .. 2024-03-12T10:43] "10:43 AM EDT, March 12, 2024" 10-38`},
	{"guardian", "Tuesday 12 March 2024 10.43 GMT\n", `TIME 2024-03-12T10:43 minute [2024-03-12T10:43 .. 2024-03-12T10:43] "12 March 2024 10.43 GMT" 8-31`},
	{"impossible day", "Updated February 30, 2019\n", ""},
	{"no stamp", "Just a headline\n", ""},
	{"a date in a sentence is no stamp", "Talks in Geneva\n\nThe talks that began on June 30, 1986 ended in failure.\n", ""},
	{"a date ending a wrapped sentence is no stamp", "Praxis reported a net loss for the year\nended June 30, 1986.\n", ""},
	{"bare date after a byline", "By Jane Doe | April 26, 2019\n", `DATE 2019-04-26 day [2019-04-26 .. 2019-04-26] "April 26, 2019" 14-28`},
	{"bare date line", "Talks end\nApril 26, 2019\n", `DATE 2019-04-26 day [2019-04-26 .. 2019-04-26] "April 26, 2019" 10-24`},
	{"lower-case month is no stamp", "may 5, 2019\n", ""},
}

func TestFindStamp(t *testing.T) {
	for _, tt := range stampTests {
		t.Run(tt.name, func(t *testing.T) {
			st, ok := findStamp(tt.header, 0)
			got := ""
			if ok {
				got = st.date.String()
			}
			if got != tt.want {
				t.Errorf("findStamp(%q) = %s; want %s", tt.header, got, tt.want)
			}
		})
	}
}

var datelineTests = []struct {
	name string
	text string
	want string // "text | place | date value | agency", or "" for none
}{
	{"upi", "Photo by X\n\nVLADIVOSTOK, Russia, April 26 (UPI) -- North Korean leader",
		"VLADIVOSTOK, Russia, April 26 (UPI) -- | Vladivostok, Russia | XXXX-04-26 | UPI"},
	{"reuters", "    TOKYO, April 27 (Reuters) - Prime Minister", "TOKYO, April 27 (Reuters) - | Tokyo, Japan | XXXX-04-27 | Reuters"},
	{"agency only", "MOSCOW (AP) — Talks", "MOSCOW (AP) — | Moscow, Russia | | AP"},
	{"two-word city", "NEW YORK, Jan. 5 (Reuters) - x", "NEW YORK, Jan. 5 (Reuters) - | New York, United States | XXXX-01-05 | Reuters"},
	{"city-state", "SINGAPORE, March 1 (Reuters) - x", "SINGAPORE, March 1 (Reuters) - | Singapore, Singapore | XXXX-03-01 | Reuters"},
	{"no place, agency", "March 12 (Reuters) - President Joe Biden", "March 12 (Reuters) - | | XXXX-03-12 | Reuters"},
	{"known place and long dash", "BEIJING — President Joe Biden", "BEIJING — | Beijing, China | | "},
	{"shouted headline with a long dash is no dateline", "SUGAR QUOTA IMPORTS DETAILED -- USDA\n", ""},
	{"place without date or agency needs a long dash", "BEIJING - President", ""},
	{"shouted sentence is no dateline", "WARNING - this is not a dateline\n", ""},
	{"mid-line capitals are no dateline", "He said MOSCOW, April 2 (AP) - x", ""},
}

func TestFindDateline(t *testing.T) {
	for _, tt := range datelineTests {
		t.Run(tt.name, func(t *testing.T) {
			dl, _, _, ok := findDateline(tt.text)
			got := ""
			if ok {
				got = strings.Join([]string{dl.Text, dl.Place.String(), dl.Date.Value, dl.Agency}, " | ")
				got = strings.ReplaceAll(got, "|  |", "| |")
				if tt.text[dl.Span.Start:dl.Span.End] != dl.Text {
					t.Errorf("findDateline(%q): span %s covers %q, not %q", tt.text, dl.Span, tt.text[dl.Span.Start:dl.Span.End], dl.Text)
				}
			}
			if got != tt.want {
				t.Errorf("findDateline(%q) = %s; want %s", tt.text, got, tt.want)
			}
		})
	}
}

func TestResolveDateline(t *testing.T) {
	tests := []struct {
		value, stamp, want string
	}{
		{"XXXX-04-26", "2019-04-26", "2019-04-26"},
		{"XXXX-04-27", "2019-04-26", "2019-04-27"}, // local date a day after a GMT stamp
		{"XXXX-01-01", "2019-12-31", "2020-01-01"}, // across the new year
		{"XXXX-12-31", "2020-01-01", "2019-12-31"},
		{"XXXX-02-29", "2019-03-01", "2020-02-29"}, // the nearest year that has the day
	}
	for _, tt := range tests {
		st, _ := time.Parse(time.DateOnly, tt.stamp)
		d, ok := resolveDateline(dateOfValue(tt.value), st)
		if !ok || d.Value != tt.want {
			t.Errorf("resolveDateline(%s, %s) = %s, %v; want %s", tt.value, tt.stamp, d.Value, ok, tt.want)
		}
	}
}

func FuzzFindDateline(f *testing.F) {
	for _, tt := range datelineTests {
		f.Add(tt.text)
	}
	for _, tt := range stampTests {
		f.Add(tt.header)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if dl, _, body, ok := findDateline(s); ok {
			if dl.Span.Start < 0 || dl.Span.End > len(s) || s[dl.Span.Start:dl.Span.End] != dl.Text || body > len(s) {
				t.Errorf("findDateline(%q): span %s out of place for %q", s, dl.Span, dl.Text)
			}
		}
		if st, ok := findStamp(s, 0); ok {
			d := st.date
			if d.Span.Start < 0 || d.Span.End > len(s) || s[d.Span.Start:d.Span.End] != d.Text || !d.Placed() {
				t.Errorf("findStamp(%q) = %s: span or bounds out of place", s, d)
			}
		}
	})
}

// dateOfValue returns a dateline date with the given XXXX-MM-DD value.
func dateOfValue(v string) timeline.Date { return timeline.Date{Type: timeline.TypeDate, Value: v} }

// TestIsoStamp checks that the fast path for archive stamps reads what
// findStamp reads, or leaves the stamp to it.
func TestIsoStamp(t *testing.T) {
	for _, s := range []string{"1987-02-26T15:01:01", "1987-02-26", "1987-02-26T15:01", "2019-04-26T15:43:00Z",
		"2019-04-26T15:43:00.12+02:00", "1987-02-26T15:01:01.79", "2019-02-30", "2019-04-26T25:00", "April 26, 2019"} {
		checkIsoStamp(t, s)
	}
	if _, ok := isoStamp("1987-02-26T15:01:01"); !ok {
		t.Error(`isoStamp("1987-02-26T15:01:01") is not ok`)
	}
}

func FuzzIsoStamp(f *testing.F) {
	for _, s := range []string{"1987-02-26T15:01:01", "2019-04-26T15:43:00Z", "2019-02-30"} {
		f.Add(s)
	}
	f.Fuzz(checkIsoStamp)
}

func checkIsoStamp(t *testing.T, s string) {
	a, ok := isoStamp(s)
	if !ok {
		return
	}
	b, bok := findStamp(s, 0)
	if !bok || a.date.String() != b.date.String() || a.date.Text != b.date.Text || a.date.Span != b.date.Span ||
		a.date.Rule != b.date.Rule || a.keyword != b.keyword {
		t.Errorf("isoStamp(%q) = %+v; findStamp reads %v %+v", s, a, bok, b)
	}
}
