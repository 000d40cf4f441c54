package parse

import (
	"strings"
	"testing"
)

// TestHeadlineEvents checks that a headline's event joins the body's
// report of it, and that one the body leaves out is read from the
// headline alone.
func TestHeadlineEvents(t *testing.T) {
	in := Input{ID: "h", Published: "1987-04-13T09:00:00", Dateline: "LONDON, April 13",
		Title: "KING FAHD TO VISIT BRITAIN NEXT MONTH",
		Text:  "King Fahd of Saudi Arabia will pay a state visit to Britain from May 12 to 15, the Foreign Office said."}
	doc, err := Read(in, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Events {
		got = append(got, e.String())
	}
	want := `1987-05-12 .. 1987-05-15 CONSULT/visit 042 planned "Fahd visits United Kingdom" @ United Kingdom`
	if len(got) != 1 || got[0] != want || len(doc.Events[0].Evidence) != 2 || !doc.Events[0].Evidence[1].Title {
		t.Errorf("events:\n%s\nwant one, reported by the body and the headline:\n%s", strings.Join(got, "\n"), want)
	}
	in.Text = "The king's visit was announced by the Foreign Office."
	if doc, err = Read(in, Options{}); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 1 || doc.Events[0].When.Start.Value != "1987-05" || !doc.Events[0].Evidence[0].Title {
		t.Errorf("events of a story that names the visit only in its headline: %v", doc.Events)
	}
}
