package out

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// csvHeader names the CSV columns; the package documentation describes
// them.
var csvHeader = []string{
	"doc", "id", "kind", "mode", "cameo", "action", "summary", "note",
	"actors", "recipients", "venue", "city", "country", "region",
	"start", "end", "value", "mod", "precision", "status", "time_text",
	"sentence", "sentence_start", "sentence_end",
	"trigger", "trigger_start", "trigger_end", "sources",
}

// A CSVEncoder writes one CSV row per event after a header row, in the
// columns the package documentation gives. Fields holding commas, quotes
// or line breaks are quoted as RFC 4180 says; records end in "\n", as
// encoding/csv writes by default, and list fields are joined with "; ".
type CSVEncoder struct {
	w      *csv.Writer
	header bool
	closed bool
}

// NewCSVEncoder returns an encoder writing CSV to w.
func NewCSVEncoder(w io.Writer) *CSVEncoder {
	return &CSVEncoder{w: csv.NewWriter(w)}
}

// Encode writes the header row, if it has not been written yet, and one
// row for each of t's events, in t's order, and flushes. A nil timeline
// writes only the header.
func (e *CSVEncoder) Encode(t *timeline.Timeline) error {
	if e.closed {
		return ErrClosed
	}
	if !e.header {
		e.header = true
		if err := e.w.Write(csvHeader); err != nil {
			return fmt.Errorf("csv: %w", err)
		}
	}
	if t != nil {
		docs := documents(t)
		for i := range t.Events {
			row := newRecord(&t.Events[i], docs).row()
			for j := range row {
				// Invalid UTF-8 from an article becomes U+FFFD, as the
				// JSON, HTML and Markdown writers make it.
				row[j] = defuse(strings.ToValidUTF8(row[j], "\uFFFD"))
			}
			if err := e.w.Write(row); err != nil {
				return fmt.Errorf("csv: event %s: %w", t.Events[i].ID, err)
			}
		}
	}
	e.w.Flush()
	if err := e.w.Error(); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	return nil
}

// Close writes the header if nothing has been encoded, so that an empty
// file still names its columns, and marks e closed. It does not close the
// underlying writer.
func (e *CSVEncoder) Close() error {
	if e.closed {
		return nil
	}
	var err error
	if !e.header {
		err = e.Encode(nil)
	}
	e.closed = true
	return err
}

// row returns r as CSV fields in the order of csvHeader.
func (r record) row() []string {
	var p place
	if r.Place != nil {
		p = *r.Place
	}
	var s, t quote
	var sStart, sEnd, tStart, tEnd string
	if r.Sentence != nil {
		s = *r.Sentence
		sStart, sEnd = strconv.Itoa(s.Start), strconv.Itoa(s.End)
	}
	if r.Trigger != nil {
		t = *r.Trigger
		tStart, tEnd = strconv.Itoa(t.Start), strconv.Itoa(t.End)
	}
	return []string{
		r.Doc, r.ID, r.Kind, r.Mode, r.CAMEO, r.Action, r.Summary, r.Note,
		strings.Join(r.Actors, "; "), strings.Join(r.Recipients, "; "), p.Venue, p.City, p.Country, p.Region,
		r.Start, r.End, r.Value, r.Mod, r.Precision, r.Status, r.TimeText,
		s.Text, sStart, sEnd,
		t.Text, tStart, tEnd, strings.Join(r.Sources, "; "),
	}
}

// defuse puts a single quote before a cell a spreadsheet would read as a
// formula: one starting with =, +, -, @, a tab or a carriage return.
func defuse(cell string) string {
	if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
		return "'" + cell
	}
	return cell
}
