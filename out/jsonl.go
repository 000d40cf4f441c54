package out

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/dateline-dev/dateline/timeline"
)

// A JSONLEncoder writes JSON Lines: one JSON object per event per line,
// in the schema the package documentation gives.
type JSONLEncoder struct {
	enc    *json.Encoder
	closed bool
}

// NewJSONLEncoder returns an encoder writing JSON Lines to w.
func NewJSONLEncoder(w io.Writer) *JSONLEncoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &JSONLEncoder{enc: enc}
}

// Encode writes one line for each of t's events, in t's order. A nil or
// empty timeline writes nothing.
func (e *JSONLEncoder) Encode(t *timeline.Timeline) error {
	if e.closed {
		return ErrClosed
	}
	if t == nil {
		return nil
	}
	docs := documents(t)
	for i := range t.Events {
		if err := e.enc.Encode(newRecord(&t.Events[i], docs)); err != nil {
			return fmt.Errorf("jsonl: event %s: %w", t.Events[i].ID, err)
		}
	}
	return nil
}

// Close marks e closed. It writes nothing and does not close the
// underlying writer.
func (e *JSONLEncoder) Close() error {
	e.closed = true
	return nil
}
