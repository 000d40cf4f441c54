package out

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// A TimelineJSEncoder writes a timeline as the JSON that TimelineJS3
// (Knight Lab's timeline.knightlab.com) reads: one object with a title
// slide and a slide per dated event, in the timeline's order. Undated
// events cannot be placed on its time axis: they are left out, and the
// title slide counts them.
//
// A slide's start_date and end_date give only the fields the event's
// date knows: "late 2011" is {"year": 2011}, "next month" {"year": 2019,
// "month": 5}, "Thursday" a day, "10:35 a.m." its hour and minute. A date
// that covers several of its units (a decade, a quarter, a week, a
// stretch of days) runs from its first to its last; a date within one
// unit has no end_date. Years BC are negative as TimelineJS counts them
// (490 BC is -490). The slide's display_date is the time as the text
// wrote it ("Wednesday", "late 2011"), when there is one; group is the
// event's first actor (else its first recipient, else its place), so
// that TimelineJS gives each a row, as the chart gives each a lane;
// unique_id is the event's ID with every character but letters, digits,
// '-' and '_' made '-'.
//
// TimelineJS reads headline and text as HTML: article text is escaped,
// so that it shows as written and runs no code.
type TimelineJSEncoder struct {
	w      io.Writer
	closed bool
}

// NewTimelineJSEncoder returns an encoder writing TimelineJS3 JSON to w.
func NewTimelineJSEncoder(w io.Writer) *TimelineJSEncoder {
	return &TimelineJSEncoder{w: w}
}

// Encode writes t as one indented JSON object followed by a newline; a
// nil timeline is written as an empty one, whose events list is empty.
func (e *TimelineJSEncoder) Encode(t *timeline.Timeline) error {
	if e.closed {
		return ErrClosed
	}
	if t == nil {
		t = &timeline.Timeline{}
	}
	docs := documents(t)
	tl := tlTimeline{Events: []tlSlide{}}
	ids := map[string]int{}
	undated := 0
	for i := range t.Events {
		ev := &t.Events[i]
		if ev.When.IsZero() {
			undated++
			continue
		}
		tl.Events = append(tl.Events, newTLSlide(ev, docs, ids))
	}
	tl.Title = &tlSlide{Text: &tlText{
		Headline: html.EscapeString(calendarTitle(t)),
		Text:     "<p>" + html.EscapeString(countLine(t, len(tl.Events), undated, 0)) + "</p>",
	}}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // the HTML in it is escaped already
	enc.SetIndent("", "  ")
	if err := enc.Encode(tl); err != nil {
		return fmt.Errorf("timelinejs: %w", err)
	}
	if _, err := e.w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("timelinejs: %w", err)
	}
	return nil
}

// Close marks e closed. It writes nothing and does not close the
// underlying writer.
func (e *TimelineJSEncoder) Close() error {
	e.closed = true
	return nil
}

// The TimelineJS3 JSON format: a timeline of slides, each with dates and
// a text.
type (
	tlTimeline struct {
		Title  *tlSlide  `json:"title,omitempty"`
		Events []tlSlide `json:"events"`
	}
	tlSlide struct {
		ID          string  `json:"unique_id,omitempty"`
		Start       *tlDate `json:"start_date,omitempty"`
		End         *tlDate `json:"end_date,omitempty"`
		DisplayDate string  `json:"display_date,omitempty"`
		Text        *tlText `json:"text,omitempty"`
		Group       string  `json:"group,omitempty"`
	}
	tlDate struct {
		Year   int  `json:"year"`
		Month  int  `json:"month,omitempty"`
		Day    int  `json:"day,omitempty"`
		Hour   *int `json:"hour,omitempty"`
		Minute *int `json:"minute,omitempty"`
	}
	tlText struct {
		Headline string `json:"headline"`
		Text     string `json:"text,omitempty"`
	}
)

// newTLSlide returns the slide of a dated event; ids counts the unique
// IDs given so far, so that two events whose IDs differ only in the
// characters made '-' still get two.
func newTLSlide(e *timeline.Event, docs map[string]*timeline.Document, ids map[string]int) tlSlide {
	w := e.When
	first, last := w.Start, w.End
	if !first.Placed() {
		first = w.End
	}
	if !last.Placed() {
		last = w.Start
	}
	s := tlSlide{
		ID:          uniqueID(e.ID, ids),
		Start:       newTLDate(w.Earliest(), first.Precision),
		DisplayDate: html.EscapeString(oneLine(timeText(e, docs))),
		Text:        &tlText{Headline: html.EscapeString(oneLine(e.Summary)), Text: slideText(e)},
		Group:       group(e),
	}
	if end := newTLDate(w.Latest(), last.Precision); !end.equal(s.Start) {
		s.End = end
	}
	return s
}

// newTLDate returns t with the fields precision p knows.
func newTLDate(t time.Time, p timeline.Precision) *tlDate {
	y := t.Year()
	if y <= 0 {
		y-- // astronomical 0 is 1 BC, which TimelineJS writes -1
	}
	d := &tlDate{Year: y}
	if p >= timeline.Half {
		d.Month = int(t.Month())
	}
	if p >= timeline.Week {
		d.Day = t.Day()
	}
	if p >= timeline.PartOfDay {
		h := t.Hour()
		d.Hour = &h
	}
	if p >= timeline.Minute {
		m := t.Minute()
		d.Minute = &m
	}
	return d
}

// equal reports whether d and o have the same fields.
func (d *tlDate) equal(o *tlDate) bool {
	eq := func(x, y *int) bool { return (x == nil) == (y == nil) && (x == nil || *x == *y) }
	return d.Year == o.Year && d.Month == o.Month && d.Day == o.Day && eq(d.Hour, o.Hour) && eq(d.Minute, o.Minute)
}

// uniqueID returns id with every character but ASCII letters, digits, '-'
// and '_' made '-', as TimelineJS wants for an element ID and a URL
// fragment; a second event of the same result gets "-2", a third "-3".
func uniqueID(id string, seen map[string]int) string {
	s := strings.Map(func(c rune) rune {
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' {
			return c
		}
		return '-'
	}, id)
	if s == "" {
		s = "event"
	}
	for {
		seen[s]++
		n := seen[s]
		if n == 1 {
			return s
		}
		s += "-" + strconv.Itoa(n)
	}
}

// group returns the row an event goes to: its first actor, else its
// first recipient, else its place, else "".
func group(e *timeline.Event) string {
	switch {
	case len(e.Actors) > 0:
		return html.EscapeString(oneLine(e.Actors[0].Name))
	case len(e.Recipients) > 0:
		return html.EscapeString(oneLine(e.Recipients[0].Name))
	}
	return html.EscapeString(oneLine(e.Place.String()))
}

// slideText returns the HTML of an event's slide: what it was (status,
// place, note), the sentence of its first report, and its resolved date,
// kind and sources.
func slideText(e *timeline.Event) string {
	var b strings.Builder
	var about []string
	if e.Status != timeline.StatusOccurred && e.Status != "" {
		about = append(about, string(e.Status))
	}
	for _, s := range []string{e.Place.String(), e.Note} {
		if s != "" {
			about = append(about, s)
		}
	}
	if len(about) > 0 {
		b.WriteString("<p>" + html.EscapeString(oneLine(strings.Join(about, " · "))) + "</p>")
	}
	if len(e.Evidence) > 0 && e.Evidence[0].Sentence != "" {
		b.WriteString("<blockquote>" + html.EscapeString(oneLine(e.Evidence[0].Sentence)) + "</blockquote>")
	}
	kind := string(e.Kind)
	if e.Mode != "" {
		kind += "/" + e.Mode
	}
	facts := []string{e.When.String(), kind}
	if src := sources(e); len(src) > 0 {
		facts = append(facts, strings.Join(src, ", "))
	}
	b.WriteString("<p>" + html.EscapeString(oneLine(strings.Join(facts, " · "))) + "</p>")
	return b.String()
}

// oneLine returns s with its line breaks and runs of spaces made one
// space.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// calendarTitle names a timeline for the formats that carry a title: the
// headline of its only document, else "Timeline".
func calendarTitle(t *timeline.Timeline) string {
	if len(t.Documents) == 1 && t.Documents[0].Title != "" {
		return oneLine(t.Documents[0].Title)
	}
	return "Timeline"
}

// countLine says how many of t's events a format holds: "5 of 6 events
// from 2 documents (1 undated event left out).", with those outside the
// calendar it can write counted too. It has no comma nor semicolon, which
// iCalendar would escape.
func countLine(t *timeline.Timeline, written, undated, outside int) string {
	s := plural(written, "event")
	if written != len(t.Events) {
		s = fmt.Sprintf("%d of %s", written, plural(len(t.Events), "event"))
	}
	s += " from " + plural(len(t.Documents), "document")
	var left []string
	if undated > 0 {
		left = append(left, plural(undated, "undated event"))
	}
	if outside > 0 {
		left = append(left, plural(outside, "event")+" outside the years 1 to 9999")
	}
	if len(left) > 0 {
		s += " (" + strings.Join(left, " and ") + " left out)"
	}
	return s + "."
}
