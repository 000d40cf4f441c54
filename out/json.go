package out

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/dateline-dev/dateline/timeline"
)

// A JSONEncoder writes a whole timeline as one indented JSON document in
// the "dateline/1" schema the package documentation gives.
type JSONEncoder struct {
	w      io.Writer
	closed bool
}

// NewJSONEncoder returns an encoder writing JSON to w.
func NewJSONEncoder(w io.Writer) *JSONEncoder {
	return &JSONEncoder{w: w}
}

// Encode writes t as one JSON document followed by a newline; a nil
// timeline is written as an empty one. Encoding two timelines writes two
// documents, one after the other.
func (e *JSONEncoder) Encode(t *timeline.Timeline) error {
	if e.closed {
		return ErrClosed
	}
	if t == nil {
		t = &timeline.Timeline{}
	}
	// The timeline is written a document and an event at a time, so an
	// archive's JSON is never whole in memory; the bytes are those of
	// one indented json.Encoder run over the whole timeline (as
	// TestJSONStreams checks).
	bw := bufio.NewWriter(e.w)
	fmt.Fprintf(bw, "{\n  \"schema\": %q,\n  \"documents\": ", Schema)
	err := writeArray(bw, len(t.Documents), func(i int) any { return newJSONDocument(&t.Documents[i]) })
	if err == nil {
		bw.WriteString(",\n  \"events\": ")
		docs := documents(t)
		err = writeArray(bw, len(t.Events), func(i int) any { return newJSONEvent(&t.Events[i], docs) })
	}
	if err == nil {
		bw.WriteString("\n}\n")
		err = bw.Flush()
	}
	if err != nil {
		return fmt.Errorf("json: %w", err)
	}
	return nil
}

// writeArray writes n values as an indented JSON array at the second
// level of the document.
func writeArray(w *bufio.Writer, n int, value func(int) any) error {
	if n == 0 {
		_, err := w.WriteString("[]")
		return err
	}
	var buf bytes.Buffer
	item := json.NewEncoder(&buf)
	item.SetIndent("    ", "  ")
	item.SetEscapeHTML(false)
	w.WriteString("[\n")
	for i := range n {
		buf.Reset()
		if err := item.Encode(value(i)); err != nil {
			return err
		}
		w.WriteString("    ")
		w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		if i < n-1 {
			w.WriteString(",")
		}
		w.WriteString("\n")
	}
	_, err := w.WriteString("  ]")
	return err
}

// Close marks e closed. It writes nothing and does not close the
// underlying writer.
func (e *JSONEncoder) Close() error {
	e.closed = true
	return nil
}

// The views below give the JSON schema its own shape, independent of the
// model's struct tags: bounds are calendar dates or minutes rather than
// RFC 3339 instants, spans sit beside the text they cover, and empty
// parts are left out.

type jsonDocument struct {
	ID        string        `json:"id"`
	Source    string        `json:"source,omitempty"`
	Title     string        `json:"title,omitempty"`
	Published *jsonDate     `json:"published,omitempty"`
	Dateline  *jsonDateline `json:"dateline,omitempty"`
	Anchor    *jsonDate     `json:"anchor,omitempty"`
	Narrative bool          `json:"narrative,omitempty"`
	Dates     []jsonDate    `json:"dates"`
}

type jsonDateline struct {
	Text   string    `json:"text"`
	Start  int       `json:"start"`
	End    int       `json:"end"`
	Place  *place    `json:"place,omitempty"`
	Date   *jsonDate `json:"date,omitempty"`
	Agency string    `json:"agency,omitempty"`
}

type jsonDate struct {
	Type       string `json:"type"`
	Value      string `json:"value"`
	Precision  string `json:"precision,omitempty"`
	Mod        string `json:"mod,omitempty"`
	Earliest   string `json:"earliest,omitempty"`
	Latest     string `json:"latest,omitempty"`
	Expression *quote `json:"expression,omitempty"`
	Rule       string `json:"rule,omitempty"`
}

type jsonEvent struct {
	ID         string         `json:"id"`
	Kind       string         `json:"kind"`
	Mode       string         `json:"mode,omitempty"`
	CAMEO      string         `json:"cameo,omitempty"`
	Action     string         `json:"action,omitempty"`
	Summary    string         `json:"summary"`
	Note       string         `json:"note,omitempty"`
	Actors     []jsonActor    `json:"actors"`
	Recipients []jsonActor    `json:"recipients"`
	Place      *place         `json:"place,omitempty"`
	When       jsonWhen       `json:"when"`
	Status     string         `json:"status"`
	Evidence   []jsonEvidence `json:"evidence"`
}

type jsonActor struct {
	Name    string `json:"name"`
	Type    string `json:"type,omitempty"`
	Role    string `json:"role,omitempty"`
	Country string `json:"country,omitempty"`
}

type jsonWhen struct {
	Earliest string        `json:"earliest,omitempty"`
	Latest   string        `json:"latest,omitempty"`
	Start    *jsonDate     `json:"start,omitempty"`
	End      *jsonDate     `json:"end,omitempty"`
	Length   *jsonDate     `json:"length,omitempty"`
	Relation *jsonRelation `json:"relation,omitempty"`
}

type jsonRelation struct {
	Order  string    `json:"order"`
	To     string    `json:"to"`
	Offset *jsonDate `json:"offset,omitempty"`
}

type jsonEvidence struct {
	Doc      string  `json:"doc"`
	Sentence *quote  `json:"sentence,omitempty"`
	Trigger  *quote  `json:"trigger,omitempty"`
	Time     *quote  `json:"time,omitempty"`
	Actors   []quote `json:"actors,omitempty"`
	Title    bool    `json:"title,omitempty"`
}

func newJSONDocument(d *timeline.Document) jsonDocument {
	j := jsonDocument{
		ID:        d.ID,
		Source:    d.Source,
		Title:     d.Title,
		Published: newJSONDate(d.Published),
		Anchor:    newJSONDate(d.Anchor),
		Narrative: d.Narrative,
		Dates:     make([]jsonDate, 0, len(d.Dates)),
	}
	if dl := d.Dateline; dl.Text != "" || !dl.Date.IsZero() {
		j.Dateline = &jsonDateline{
			Text:   dl.Text,
			Start:  dl.Span.Start,
			End:    dl.Span.End,
			Place:  newPlace(dl.Place),
			Date:   newJSONDate(dl.Date),
			Agency: dl.Agency,
		}
	}
	for _, date := range d.Dates {
		if jd := newJSONDate(date); jd != nil {
			j.Dates = append(j.Dates, *jd)
		}
	}
	return j
}

// newJSONDate returns the view of d, or nil for the zero Date.
func newJSONDate(d timeline.Date) *jsonDate {
	if d.IsZero() {
		return nil
	}
	j := &jsonDate{
		Type:       string(d.Type),
		Value:      d.Value,
		Mod:        string(d.Mod),
		Earliest:   timeline.FormatBound(d.Earliest, d.Precision),
		Latest:     timeline.FormatBound(d.Latest, d.Precision),
		Expression: newQuote(d.Text, d.Span),
		Rule:       d.Rule,
	}
	if d.Precision != timeline.PrecisionNone {
		j.Precision = d.Precision.String()
	}
	return j
}

func newJSONActors(as []timeline.Actor) []jsonActor {
	j := make([]jsonActor, len(as))
	for i, a := range as {
		j[i] = jsonActor(a)
	}
	return j
}

func newJSONEvent(e *timeline.Event, docs map[string]*timeline.Document) jsonEvent {
	j := jsonEvent{
		ID:         e.ID,
		Kind:       string(e.Kind),
		Mode:       e.Mode,
		CAMEO:      e.CAMEO,
		Action:     e.Action,
		Summary:    e.Summary,
		Note:       e.Note,
		Actors:     newJSONActors(e.Actors),
		Recipients: newJSONActors(e.Recipients),
		Place:      newPlace(e.Place),
		When:       newJSONWhen(e.When),
		Status:     string(e.Status),
		Evidence:   make([]jsonEvidence, len(e.Evidence)),
	}
	for i, ev := range e.Evidence {
		d := docs[ev.Doc]
		je := jsonEvidence{
			Doc:      ev.Doc,
			Sentence: newQuote(ev.Sentence, ev.SentenceSpan),
			Trigger:  newQuote(ev.TriggerText, ev.Trigger),
			Title:    ev.Title,
		}
		if ev.Time != (timeline.Span{}) {
			je.Time = newQuote(evidenceText(d, ev, ev.Time), ev.Time)
		}
		for _, s := range ev.Actors {
			je.Actors = append(je.Actors, quote{evidenceText(d, ev, s), s.Start, s.End})
		}
		j.Evidence[i] = je
	}
	return j
}

func newJSONWhen(w timeline.When) jsonWhen {
	p := max(w.Start.Precision, w.End.Precision)
	j := jsonWhen{
		Earliest: timeline.FormatBound(w.Earliest(), p),
		Latest:   timeline.FormatBound(w.Latest(), p),
		Start:    newJSONDate(w.Start),
		End:      newJSONDate(w.End),
		Length:   newJSONDate(w.Length),
	}
	if r := w.Relation; r != nil {
		j.Relation = &jsonRelation{Order: r.Order, To: r.To, Offset: newJSONDate(r.Offset)}
	}
	return j
}
