package out

import (
	"bufio"
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dateline-dev/dateline/timeline"
)

var icsDateTests = []struct {
	name       string
	values     []string
	start, end string // the DTSTART and DTEND lines; end "" for none
}{
	{"a day is all day, ending the next", []string{"2019-04-25"}, "DTSTART;VALUE=DATE:20190425", "DTEND;VALUE=DATE:20190426"},
	{"an interval ends the day after its last", []string{"2019-04-24", "2019-04-26"}, "DTSTART;VALUE=DATE:20190424", "DTEND;VALUE=DATE:20190427"},
	{"a month spans its days", []string{"2019-05"}, "DTSTART;VALUE=DATE:20190501", "DTEND;VALUE=DATE:20190601"},
	{"a year spans its days", []string{"2011"}, "DTSTART;VALUE=DATE:20110101", "DTEND;VALUE=DATE:20120101"},
	{"late 2011 spans its bounds", []string{"2011 END"}, "DTSTART;VALUE=DATE:20110901", "DTEND;VALUE=DATE:20120101"},
	{"a week", []string{"2019-W17"}, "DTSTART;VALUE=DATE:20190422", "DTEND;VALUE=DATE:20190429"},
	{"the last day of a year ends in the next", []string{"2019-12-31"}, "DTSTART;VALUE=DATE:20191231", "DTEND;VALUE=DATE:20200101"},
	{"a minute is a moment", []string{"2019-04-26T10:35"}, "DTSTART:20190426T103500", ""},
	{"a part of day spans its hours", []string{"2019-04-26TNI"}, "DTSTART:20190426T210000", "DTEND:20190427T000000"},
	{"two times span between them", []string{"2019-04-26T10:35", "2019-04-26T12:00"}, "DTSTART:20190426T103500", "DTEND:20190426T120100"},
	{"a day and a time are all day", []string{"2019-04-25", "2019-04-26T12:00"}, "DTSTART;VALUE=DATE:20190425", "DTEND;VALUE=DATE:20190427"},
}

func TestICSDates(t *testing.T) {
	for _, tt := range icsDateTests {
		t.Run(tt.name, func(t *testing.T) {
			e := timeline.Event{ID: "a#1", Summary: "x", When: when(t, tt.values...)}
			ie, ok := newICSEvent(&e, time.Date(2019, 4, 26, 15, 43, 0, 0, time.UTC), nil)
			if !ok {
				t.Fatalf("event of %q is outside the calendar", tt.values)
			}
			got := icsLines(ie)
			start, end := lineOf(got, "DTSTART"), lineOf(got, "DTEND")
			if start != tt.start || end != tt.end {
				t.Errorf("VEVENT of %q: %q, %q; want %q, %q", tt.values, start, end, tt.start, tt.end)
			}
		})
	}
}

// icsLines returns the content lines of ie, unfolded.
func icsLines(ie icsEvent) []string {
	var buf bytes.Buffer
	bw := bufio.NewWriter(&buf)
	ie.write(&icsWriter{w: bw})
	bw.Flush()
	return strings.Split(strings.TrimSuffix(strings.ReplaceAll(buf.String(), "\r\n ", ""), "\r\n"), "\r\n")
}

// lineOf returns the line of lines for property name, or "".
func lineOf(lines []string, name string) string {
	for _, l := range lines {
		if strings.HasPrefix(l, name+":") || strings.HasPrefix(l, name+";") {
			return l
		}
	}
	return ""
}

func TestICSOutsideCalendar(t *testing.T) {
	for _, values := range [][]string{{"BC0490"}, {"9999-12-31"}, {"BC0001", "2019"}} {
		e := timeline.Event{ID: "a#1", When: when(t, values...)}
		if _, ok := newICSEvent(&e, time.Time{}, nil); ok {
			t.Errorf("newICSEvent(%q) wrote a VEVENT; want it left out", values)
		}
	}
	tl := &timeline.Timeline{Events: []timeline.Event{
		{ID: "a#1", When: when(t, "BC0490")},
		{ID: "a#2", When: when(t, "2019-04-25")},
		{ID: "a#3"},
	}}
	var buf bytes.Buffer
	if err := NewICSEncoder(&buf).Encode(tl); err != nil {
		t.Fatal(err)
	}
	if want := "X-WR-CALDESC:1 of 3 events from 0 documents (1 undated event and 1 event outside the years 1 to 9999 left out).\r\n"; !strings.Contains(strings.ReplaceAll(buf.String(), "\r\n ", ""), want) {
		t.Errorf("calendar:\n%s\nwant %q", buf.String(), want)
	}
	if n := strings.Count(buf.String(), "BEGIN:VEVENT"); n != 1 {
		t.Errorf("%d VEVENTs; want 1", n)
	}
}

func TestICSStatus(t *testing.T) {
	for _, tt := range []struct {
		status timeline.Status
		want   string
	}{
		{timeline.StatusOccurred, "CONFIRMED"},
		{timeline.StatusOngoing, "CONFIRMED"},
		{timeline.StatusPlanned, "TENTATIVE"},
		{timeline.StatusExpected, "TENTATIVE"},
		{timeline.StatusPossible, "TENTATIVE"},
		{timeline.StatusCancelled, "CANCELLED"},
		{timeline.StatusDenied, "CANCELLED"},
		{"", "TENTATIVE"},
	} {
		if got := icsStatus(tt.status); got != tt.want {
			t.Errorf("icsStatus(%q) = %s; want %s", tt.status, got, tt.want)
		}
	}
}

// TestICSStamp: DTSTAMP is the latest stamp of the event's own reports,
// else of any document, else the event's start: never the clock.
func TestICSStamp(t *testing.T) {
	day := func(v string) timeline.Date {
		d, err := timeline.ParseValue(v)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tl := &timeline.Timeline{Documents: []timeline.Document{
		{ID: "a", Published: day("2019-04-26T15:43"), Anchor: day("2019-04-26")},
		{ID: "b", Anchor: day("2019-04-27")},
		{ID: "c", Published: day("2019-05-02T08:00")},
	}}
	docs := documents(tl)
	for _, tt := range []struct {
		name     string
		evidence []string
		want     string
	}{
		{"its report's stamp", []string{"a"}, "20190426T154300Z"},
		{"the anchor of a report with no stamp, the latest of two", []string{"a", "b"}, "20190427T000000Z"},
		{"no document at hand: the latest of all", []string{"x"}, "20190502T080000Z"},
	} {
		e := timeline.Event{When: when(t, "2019-04-25")}
		for _, d := range tt.evidence {
			e.Evidence = append(e.Evidence, timeline.Evidence{Doc: d})
		}
		if got := icsStamp(&e, docs, latestStamp(tl.Documents)).Format("20060102T150405Z"); got != tt.want {
			t.Errorf("%s: DTSTAMP %s; want %s", tt.name, got, tt.want)
		}
	}
	e := timeline.Event{When: when(t, "2019-04-25")}
	if got := icsStamp(&e, nil, latestStamp(nil)); !got.Equal(e.When.Earliest()) {
		t.Errorf("no document at all: DTSTAMP %s; want the event's start", got)
	}
}

var icsTextTests = []struct{ in, want string }{
	{"Kim, Putin; talks", `Kim\, Putin\; talks`},
	{`a\b`, `a\\b`},
	{"one\ntwo\r\nthree\rfour", `one\ntwo\nthree\nfour`},
	{"tab\tbell\a del\x7f", "tab\tbell  del "},
	{"bad \xff byte", "bad \uFFFD byte"},
	{`"quoted": fine`, `"quoted": fine`},
}

func TestICSText(t *testing.T) {
	for _, tt := range icsTextTests {
		if got := icsText(tt.in); got != tt.want {
			t.Errorf("icsText(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestICSFold: a long line is folded before 75 octets, and a line of
// many-byte characters is folded between them, not inside one.
func TestICSFold(t *testing.T) {
	for _, value := range []string{strings.Repeat("a", 200), strings.Repeat("é", 100), strings.Repeat("月", 70), "x" + strings.Repeat("😀", 40)} {
		out := writeLine(value)
		checkFolded(t, out)
		if got := strings.ReplaceAll(out, "\r\n ", ""); got != "SUMMARY:"+value+"\r\n" {
			t.Errorf("unfolded %q; want the line back", got)
		}
	}
}

func writeLine(value string) string {
	var buf bytes.Buffer
	bw := bufio.NewWriter(&buf)
	(&icsWriter{w: bw}).line("SUMMARY", "", value)
	bw.Flush()
	return buf.String()
}

// checkFolded fails t unless every line of out ends in CRLF, holds at
// most 75 octets and is valid UTF-8 on its own.
func checkFolded(t *testing.T, out string) {
	t.Helper()
	if !strings.HasSuffix(out, "\r\n") {
		t.Errorf("%q does not end in CRLF", out)
	}
	for _, l := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if len(l) > icsLineOctets || !utf8.ValidString(l) || strings.ContainsAny(l, "\r\n") {
			t.Errorf("line %q: %d octets, valid UTF-8 %v", l, len(l), utf8.ValidString(l))
		}
	}
}

// unescapeICS reads an iCalendar TEXT value back, failing on a lone
// backslash or an unescaped comma or semicolon.
func unescapeICS(t *testing.T, v string) string {
	t.Helper()
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		switch c := v[i]; c {
		case ',', ';':
			t.Fatalf("unescaped %q in %q", c, v)
		case '\\':
			if i+1 == len(v) {
				t.Fatalf("lone backslash ends %q", v)
			}
			i++
			switch v[i] {
			case 'n', 'N':
				b.WriteByte('\n')
			case '\\', ';', ',':
				b.WriteByte(v[i])
			default:
				t.Fatalf("unknown escape \\%c in %q", v[i], v)
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// FuzzICSText writes any text as a property and reads it back: every
// line is folded in bounds and valid UTF-8, and unfolding and unescaping
// give the text with its line breaks as LF, other control characters
// as spaces and invalid UTF-8 as U+FFFD.
func FuzzICSText(f *testing.F) {
	for _, tt := range icsTextTests {
		f.Add(tt.in)
	}
	f.Add(strings.Repeat("é,", 60))
	f.Add(strings.Repeat("\\;", 50) + "😀")
	f.Fuzz(func(t *testing.T, s string) {
		out := writeLine(icsText(s))
		checkFolded(t, out)
		value := strings.TrimPrefix(strings.TrimSuffix(strings.ReplaceAll(out, "\r\n ", ""), "\r\n"), "SUMMARY:")
		want := strings.ToValidUTF8(s, "\uFFFD")
		want = strings.ReplaceAll(want, "\r\n", "\n")
		want = strings.ReplaceAll(want, "\r", "\n")
		want = strings.Map(func(r rune) rune {
			if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f {
				return ' '
			}
			return r
		}, want)
		if got := unescapeICS(t, value); got != want {
			t.Errorf("icsText(%q) read back as %q; want %q", s, got, want)
		}
	})
}
