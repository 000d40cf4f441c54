package parse

import (
	"strings"
	"testing"
)

func TestHeadline(t *testing.T) {
	tests := []struct {
		name, title, text, want string
	}{
		{"capitals take the text's case", "INRO COUNCIL MEETING ADJOURNED UNTIL THURSDAY",
			"A Council meeting of the International Natural Rubber Organization (INRO) has been adjourned.",
			"INRO Council meeting adjourned until Thursday"},
		{"a name the text does not use is the lexicon's", "SHULTZ TO VISIT MOSCOW NEXT MONTH",
			"Secretary of State George Shultz will go there.", "Shultz to visit Moscow next month"},
		{"title case", "Hagel Meets with Asian Defense Leaders in Singapore",
			"Defense Secretary Chuck Hagel met with defense leaders in Singapore.",
			"Hagel meets with Asian defense leaders in Singapore"},
		{"a trigger the text does not use", "US Vice President to Tour Ghana, Tanzania, Zambia",
			"Vice President Kamala Harris will visit.", "US Vice President to tour Ghana, Tanzania, Zambia"},
		{"no title", "  ", "text", ""},
	}
	for _, tt := range tests {
		got := headline(tt.title, tt.text)
		if got != tt.want {
			t.Errorf("%s: headline(%q) = %q; want %q", tt.name, tt.title, got, tt.want)
		}
		if len(got) != len(tt.title) && got != "" {
			t.Errorf("%s: headline(%q) changed the length", tt.name, tt.title)
		}
	}
}

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

func FuzzHeadline(f *testing.F) {
	f.Add("INRO COUNCIL MEETING ADJOURNED UNTIL THURSDAY", "A Council meeting of INRO was adjourned.")
	f.Add("Hagel Meets with Asian Defense Leaders in Singapore", "Hagel met leaders.")
	f.Add("SHULTZ' VISIT", "Shultz' visit.")
	f.Fuzz(func(t *testing.T, title, text string) {
		got := headline(title, text)
		if got != "" && len(got) != len(title) {
			t.Fatalf("headline(%q) = %q: the length changed", title, got)
		}
		if got != "" && !strings.EqualFold(got, title) {
			t.Fatalf("headline(%q) = %q: more than the case changed", title, got)
		}
		if again := headline(title, text); again != got {
			t.Fatalf("headline(%q) is not deterministic: %q, %q", title, got, again)
		}
	})
}
