package out

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/dateline-dev/dateline/timeline"
)

// jsonTimeline is the whole JSON document as one value, which Encode
// writes piece by piece.
type jsonTimeline struct {
	Schema    string         `json:"schema"`
	Documents []jsonDocument `json:"documents"`
	Events    []jsonEvent    `json:"events"`
}

func newJSONTimeline(t *timeline.Timeline) jsonTimeline {
	j := jsonTimeline{
		Schema:    Schema,
		Documents: make([]jsonDocument, len(t.Documents)),
		Events:    make([]jsonEvent, len(t.Events)),
	}
	for i := range t.Documents {
		j.Documents[i] = newJSONDocument(&t.Documents[i])
	}
	docs := documents(t)
	for i := range t.Events {
		j.Events[i] = newJSONEvent(&t.Events[i], docs)
	}
	return j
}

// TestJSONStreams checks that writing a timeline a document and an event
// at a time gives the bytes of encoding it whole.
func TestJSONStreams(t *testing.T) {
	day, _ := timeline.ParseValue("2019-04-26")
	ev := func(doc string) timeline.Event {
		return timeline.Event{ID: doc + "#1", Kind: timeline.KindConsult, Summary: "<b>Kim</b> & Putin — “summit”",
			When: timeline.When{Start: day}, Status: timeline.StatusOccurred, Evidence: []timeline.Evidence{{Doc: doc}}}
	}
	for _, tl := range []*timeline.Timeline{
		{},
		timeline.Build(timeline.Document{ID: "a", Anchor: day}),
		timeline.Build(timeline.Document{ID: "a", Anchor: day, Dates: []timeline.Date{day}, Events: []timeline.Event{ev("a")}},
			timeline.Document{ID: "b", Events: []timeline.Event{ev("b")}}),
	} {
		var got, want bytes.Buffer
		if err := NewJSONEncoder(&got).Encode(tl); err != nil {
			t.Fatal(err)
		}
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(newJSONTimeline(tl)); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("streamed JSON differs from whole:\n%s\nwant:\n%s", got.String(), want.String())
		}
	}
}
