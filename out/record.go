package out

import (
	"slices"
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// A record is an event flattened for JSON Lines and CSV. Its fields and
// their JSON names are the JSON Lines schema in the package documentation.
type record struct {
	Doc        string   `json:"doc"`
	ID         string   `json:"id"`
	Kind       string   `json:"kind"`
	Mode       string   `json:"mode,omitempty"`
	CAMEO      string   `json:"cameo,omitempty"`
	Action     string   `json:"action,omitempty"`
	Summary    string   `json:"summary"`
	Note       string   `json:"note,omitempty"`
	Actors     []string `json:"actors"`
	Recipients []string `json:"recipients"`
	Place      *place   `json:"place,omitempty"`
	Start      string   `json:"start,omitempty"`
	End        string   `json:"end,omitempty"`
	Value      string   `json:"value,omitempty"`
	Mod        string   `json:"mod,omitempty"`
	Precision  string   `json:"precision,omitempty"`
	Status     string   `json:"status"`
	TimeText   string   `json:"time_text,omitempty"`
	Sentence   *quote   `json:"sentence,omitempty"`
	Trigger    *quote   `json:"trigger,omitempty"`
	Sources    []string `json:"sources"`
}

// A place is where an event happened; unknown parts are left out.
type place struct {
	Venue   string `json:"venue,omitempty"`
	City    string `json:"city,omitempty"`
	Country string `json:"country,omitempty"`
	Region  string `json:"region,omitempty"`
}

func newPlace(p timeline.Place) *place {
	if p.IsZero() {
		return nil
	}
	return &place{p.Venue, p.City, p.Country, p.Region}
}

// A quote is a piece of a document's text and its byte offsets,
// [start, end).
type quote struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// newQuote returns a quote, or nil when there is neither text nor span.
func newQuote(text string, s timeline.Span) *quote {
	if text == "" && s == (timeline.Span{}) {
		return nil
	}
	return &quote{text, s.Start, s.End}
}

// newRecord flattens e, looking up its documents in docs.
func newRecord(e *timeline.Event, docs map[string]*timeline.Document) record {
	r := record{
		ID:         e.ID,
		Kind:       string(e.Kind),
		Mode:       e.Mode,
		CAMEO:      e.CAMEO,
		Action:     e.Action,
		Summary:    e.Summary,
		Note:       e.Note,
		Actors:     timeline.Names(e.Actors),
		Recipients: timeline.Names(e.Recipients),
		Place:      newPlace(e.Place),
		Start:      timeline.FormatBound(e.When.Earliest(), timeline.Day),
		End:        timeline.FormatBound(e.When.Latest(), timeline.Day),
		Status:     string(e.Status),
		TimeText:   timeText(e, docs),
		Sources:    sources(e),
	}
	var p timeline.Precision
	r.Value, r.Mod, p = whenValue(e.When)
	if p != timeline.PrecisionNone {
		r.Precision = p.String()
	}
	if len(e.Evidence) > 0 {
		ev := e.Evidence[0]
		r.Doc = ev.Doc
		r.Sentence = newQuote(ev.Sentence, ev.SentenceSpan)
		r.Trigger = newQuote(ev.TriggerText, ev.Trigger)
	}
	return r
}

// whenValue returns the TIMEX3 value w was resolved from, its mod and its
// precision. An instant gives its own value. Two values are joined in ISO
// 8601 interval notation: start/duration when the text gave a length
// ("2019-04-24/P3D"), else start/end ("2019-04-24/2019-04-26"), or
// duration/end when there is no start. Mods are joined the same way when
// the two ends differ ("START/END"). The precision is the finer of the
// two ends'.
func whenValue(w timeline.When) (value, mod string, p timeline.Precision) {
	s, e, l := w.Start, w.End, w.Length
	switch {
	case !s.IsZero() && !l.IsZero():
		e = l
	case !s.IsZero() && !e.IsZero():
	case !e.IsZero() && !l.IsZero():
		s = l
	case !s.IsZero():
		return s.Value, string(s.Mod), s.Precision
	case !e.IsZero():
		return e.Value, string(e.Mod), e.Precision
	default:
		return "", "", timeline.PrecisionNone
	}
	value = s.Value + "/" + e.Value
	switch {
	case s.Mod == e.Mod || e.Mod == timeline.ModNone || e.Type == timeline.TypeDuration:
		mod = string(s.Mod)
	case s.Mod == timeline.ModNone || s.Type == timeline.TypeDuration:
		mod = string(e.Mod)
	default:
		mod = string(s.Mod) + "/" + string(e.Mod)
	}
	return value, mod, max(s.Precision, e.Precision)
}

// timeText returns the time expression of e as written: the text under
// the first evidence's time span when its document's text is at hand,
// else the texts of the start and end dates joined by " .. ", else the
// text of the length.
func timeText(e *timeline.Event, docs map[string]*timeline.Document) string {
	if len(e.Evidence) > 0 {
		ev := e.Evidence[0]
		if s := evidenceText(docs[ev.Doc], ev, ev.Time); s != "" {
			return s
		}
	}
	var parts []string
	for _, d := range []timeline.Date{e.When.Start, e.When.End} {
		if d.Text != "" && !slices.Contains(parts, d.Text) {
			parts = append(parts, d.Text)
		}
	}
	if len(parts) == 0 {
		return e.When.Length.Text
	}
	if len(parts) == 2 && (strings.HasPrefix(parts[1], "-") || strings.HasPrefix(parts[1], "–")) {
		return parts[0] + parts[1] // "April 6-8", the range as written, its end tagged on its own
	}
	return strings.Join(parts, " .. ")
}

// evidenceText returns the text span s of a report ev quotes: of its
// document's title for a headline's report, else of its text; "" when
// the document is not at hand.
func evidenceText(d *timeline.Document, ev timeline.Evidence, s timeline.Span) string {
	if d == nil {
		return ""
	}
	if ev.Title {
		return quoteSpan(d.Title, s)
	}
	return quoteSpan(d.Text, s)
}

// quoteSpan returns text[s], or "" when s lies outside text.
func quoteSpan(text string, s timeline.Span) string {
	if s.Start < 0 || s.Start > s.End || s.End > len(text) {
		return ""
	}
	return text[s.Start:s.End]
}

// sources returns the distinct documents of e's evidence, in order; it
// is never nil.
func sources(e *timeline.Event) []string {
	out := []string{}
	for _, ev := range e.Evidence {
		if !slices.Contains(out, ev.Doc) {
			out = append(out, ev.Doc)
		}
	}
	return out
}

// documents indexes t's documents by ID; the first of equal IDs wins.
func documents(t *timeline.Timeline) map[string]*timeline.Document {
	m := make(map[string]*timeline.Document, len(t.Documents))
	for i := range t.Documents {
		d := &t.Documents[i]
		if _, ok := m[d.ID]; !ok {
			m[d.ID] = d
		}
	}
	return m
}
