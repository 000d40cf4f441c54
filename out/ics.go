package out

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dateline-dev/dateline/timeline"
)

// An ICSEncoder writes a timeline as an iCalendar file (RFC 5545): one
// VCALENDAR with a VEVENT per dated event, in the timeline's order, for
// calendar programs. Undated events, and events outside the years 1 to
// 9999 that iCalendar can write, are left out; the calendar's
// description (X-WR-CALDESC) counts them.
//
// An event whose dates are days or coarser is an all-day event
// (VALUE=DATE) from its first day to the day after its last (DTEND is
// exclusive): a visit of 24 to 26 April 2019 runs 20190424 to 20190427,
// "next month" over all of May, "late 2011" from September to December. An
// event with both ends finer than a day is a span of local times
// (floating: the model's dates have no zone), or a moment with no DTEND
// when both ends are one minute.
//
// STATUS is TENTATIVE for an event planned, expected or possible,
// CANCELLED for one called off or denied, CONFIRMED for one that took
// place or is taking place. Every event is TRANSPARENT: news does not make
// the reader busy. UID is the event's ID with "@dateline" after it, so a
// calendar that imports the file again updates its events rather than
// doubling them. DTSTAMP is the latest publication stamp of the documents
// that reported the event (their anchor day when they have none), never
// the clock: the same timeline gives the same bytes.
//
// Lines end in CRLF and are folded before 75 octets, never inside a
// UTF-8 character; text has its backslashes, semicolons, commas and line
// breaks escaped, other control characters made spaces and invalid
// UTF-8 made U+FFFD.
type ICSEncoder struct {
	w      io.Writer
	closed bool
}

// NewICSEncoder returns an encoder writing iCalendar to w.
func NewICSEncoder(w io.Writer) *ICSEncoder {
	return &ICSEncoder{w: w}
}

// icsProdID names the program that made the calendar, as PRODID must.
const icsProdID = "-//dateline//dateline timeline//EN"

// Encode writes t as one VCALENDAR; a nil timeline is written as an empty
// one. Encoding two timelines writes two calendars, one after the other,
// which RFC 5545 allows in one file.
func (e *ICSEncoder) Encode(t *timeline.Timeline) error {
	if e.closed {
		return ErrClosed
	}
	if t == nil {
		t = &timeline.Timeline{}
	}
	docs := documents(t)
	fallback := latestStamp(t.Documents) // for an event none of whose reports is at hand
	bw := bufio.NewWriter(e.w)
	w := &icsWriter{w: bw}
	var events []icsEvent
	undated, outside := 0, 0
	for i := range t.Events {
		ev := &t.Events[i]
		if ev.When.IsZero() {
			undated++
			continue
		}
		ie, ok := newICSEvent(ev, icsStamp(ev, docs, fallback), docs)
		if !ok {
			outside++
			continue
		}
		events = append(events, ie)
	}
	w.line("BEGIN", "", "VCALENDAR")
	w.line("VERSION", "", "2.0")
	w.line("PRODID", "", icsProdID)
	w.line("CALSCALE", "", "GREGORIAN")
	w.line("X-WR-CALNAME", "", icsText(calendarTitle(t)))
	w.line("X-WR-CALDESC", "", icsText(countLine(t, len(events), undated, outside)))
	for _, ie := range events {
		ie.write(w)
	}
	w.line("END", "", "VCALENDAR")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ics: %w", err)
	}
	return nil
}

// Close marks e closed. It writes nothing and does not close the
// underlying writer.
func (e *ICSEncoder) Close() error {
	e.closed = true
	return nil
}

// An icsEvent is one VEVENT, its values written out.
type icsEvent struct {
	uid, stamp, start, end, valueType string
	summary, location, description    string
	categories, status                string
}

// newICSEvent returns the VEVENT of a dated event stamped at stamp, or
// false when its dates lie outside the years iCalendar writes.
func newICSEvent(e *timeline.Event, stamp time.Time, docs map[string]*timeline.Document) (icsEvent, bool) {
	w := e.When
	first, last := w.Start, w.End
	if !first.Placed() {
		first = w.End
	}
	if !last.Placed() {
		last = w.Start
	}
	lo, hi := w.Earliest(), w.Latest()
	ie := icsEvent{
		uid:      icsText(e.ID + "@dateline"),
		stamp:    stamp.UTC().Format("20060102T150405Z"),
		summary:  icsText(e.Summary),
		location: icsText(e.Place.String()),
		status:   icsStatus(e.Status),
	}
	var until time.Time
	if first.Precision > timeline.Day && last.Precision > timeline.Day {
		ie.start = lo.Format("20060102T150405")
		if hi.After(lo) {
			until = hi.Add(time.Minute) // the minute after the last
			ie.end = until.Format("20060102T150405")
		}
	} else {
		ie.valueType = "DATE"
		lo = time.Date(lo.Year(), lo.Month(), lo.Day(), 0, 0, 0, 0, time.UTC)
		until = time.Date(hi.Year(), hi.Month(), hi.Day()+1, 0, 0, 0, 0, time.UTC)
		ie.start, ie.end = lo.Format("20060102"), until.Format("20060102")
	}
	if lo.Year() < 1 || max(hi.Year(), until.Year()) > 9999 {
		return icsEvent{}, false
	}
	cats := []string{icsText(string(e.Kind))}
	if e.Mode != "" {
		cats = append(cats, icsText(e.Mode))
	}
	ie.categories = strings.Join(cats, ",")
	ie.description = icsText(icsDescription(e, docs))
	return ie, true
}

// write writes ie as a VEVENT.
func (ie icsEvent) write(w *icsWriter) {
	param := ""
	if ie.valueType != "" {
		param = ";VALUE=" + ie.valueType
	}
	w.line("BEGIN", "", "VEVENT")
	w.line("UID", "", ie.uid)
	w.line("DTSTAMP", "", ie.stamp)
	w.line("DTSTART", param, ie.start)
	if ie.end != "" {
		w.line("DTEND", param, ie.end)
	}
	w.line("SUMMARY", "", ie.summary)
	if ie.location != "" {
		w.line("LOCATION", "", ie.location)
	}
	w.line("DESCRIPTION", "", ie.description)
	w.line("CATEGORIES", "", ie.categories)
	w.line("STATUS", "", ie.status)
	w.line("TRANSP", "", "TRANSPARENT")
	w.line("END", "", "VEVENT")
}

// icsStatus returns the VEVENT STATUS of an event's status.
func icsStatus(s timeline.Status) string {
	switch {
	case s.Held():
		return "CONFIRMED"
	case s.Off():
		return "CANCELLED"
	}
	return "TENTATIVE"
}

// icsStamp returns the DTSTAMP of e: the latest publication stamp, else
// anchor, of the documents that reported it; failing those, fallback;
// failing that, the start of e.
func icsStamp(e *timeline.Event, docs map[string]*timeline.Document, fallback time.Time) time.Time {
	var latest time.Time
	for _, ev := range e.Evidence {
		if d := docs[ev.Doc]; d != nil {
			latest = later(latest, stampOf(d))
		}
	}
	if latest.IsZero() {
		latest = fallback
	}
	if latest.IsZero() || latest.Year() < 1 || latest.Year() > 9999 {
		latest = e.When.Earliest()
	}
	return latest
}

// latestStamp returns the latest publication stamp, else anchor, of
// docs, or the zero time.
func latestStamp(docs []timeline.Document) time.Time {
	var latest time.Time
	for i := range docs {
		latest = later(latest, stampOf(&docs[i]))
	}
	return latest
}

// stampOf returns when d was published, or its anchor day when it has no
// stamp.
func stampOf(d *timeline.Document) time.Time {
	if d.Published.Placed() {
		return d.Published.Earliest
	}
	return d.Anchor.Earliest
}

// later returns the later of a and b.
func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// icsDescription returns the text of an event's DESCRIPTION, one fact a
// line: its status when it has not happened, note, date as written and
// resolved, kind, participants, the sentence of its first report and
// its sources.
func icsDescription(e *timeline.Event, docs map[string]*timeline.Document) string {
	var lines []string
	if !e.Status.Held() && e.Status != "" {
		lines = append(lines, "Status: "+string(e.Status))
	}
	if e.Note != "" {
		lines = append(lines, oneLine(e.Note))
	}
	when := e.When.String()
	if s := oneLine(timeText(e, docs)); s != "" {
		when = fmt.Sprintf("%q, %s", s, when)
	}
	lines = append(lines, "When: "+when)
	kind := string(e.Kind)
	if e.Mode != "" {
		kind += "/" + e.Mode
	}
	if e.CAMEO != "" {
		kind += " (CAMEO " + e.CAMEO + ")"
	}
	lines = append(lines, "Kind: "+kind)
	if len(e.Actors) > 0 {
		lines = append(lines, "Actors: "+strings.Join(timeline.Names(e.Actors), "; "))
	}
	if len(e.Recipients) > 0 {
		lines = append(lines, "With: "+strings.Join(timeline.Names(e.Recipients), "; "))
	}
	if len(e.Evidence) > 0 && e.Evidence[0].Sentence != "" {
		lines = append(lines, "“"+oneLine(e.Evidence[0].Sentence)+"”")
	}
	lines = append(lines, "Sources: "+strings.Join(sources(e), ", "))
	return strings.Join(lines, "\n")
}

// icsText escapes s as an iCalendar TEXT value: backslash, semicolon and
// comma get a backslash, a line break (CRLF, LF or CR) becomes \n, any
// other control character a space, and invalid UTF-8 U+FFFD.
func icsText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\', ';', ',':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			b.WriteString(`\n`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteByte(c)
		default:
			if c < 0x20 || c == 0x7f {
				c = ' '
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}

// icsLineOctets is the longest a line of an iCalendar file may be, in
// octets and without its CRLF.
const icsLineOctets = 75

// An icsWriter writes content lines, folded and ended with CRLF.
type icsWriter struct {
	w *bufio.Writer
}

// line writes the content line name params ":" value; params, if any,
// start with ";". The value must be escaped already.
func (w *icsWriter) line(name, params, value string) {
	s := name + params + ":" + value
	limit := icsLineOctets
	for len(s) > limit {
		// Fold before the character that would pass the limit: a
		// UTF-8 sequence stays whole on one line.
		n := limit
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		w.w.WriteString(s[:n])
		w.w.WriteString("\r\n ")
		s = s[n:]
		limit = icsLineOctets - 1 // the space that opens the next line counts
	}
	w.w.WriteString(s)
	w.w.WriteString("\r\n")
}
