package event

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
		{"a name's word after 'of' keeps its capital", "Deputy Secretary of State Bill Burns Travels to Cairo, July 7- 13",
			"Deputy Secretary Burns met officials.", "Deputy Secretary of State Bill Burns travels to Cairo, July 7- 13"},
		{"a title's word in title case keeps its capital", "Readout of Secretary Jim Mattis' Bilateral Meeting with UK State Secretary for Defense Michael Fallon",
			"Mattis met Fallon.", "readout of Secretary Jim Mattis' bilateral meeting with UK State Secretary for Defense Michael Fallon"},
		{"an abbreviation in capitals keeps them", "U.S.-JAPAN TALKS SEEN NO DELAY TO TARIFFS", "Officials said nothing.", "U.S.-Japan talks Seen no delay to Tariffs"},
		{"a surname that is also a small word, after a title and a given name, keeps its capital", "Remarks by Prime Minister Theresa May of the United Kingdom",
			"It may rain. PRIME MINISTER MAY: Thank you.", "remarks by Prime Minister Theresa May of the United Kingdom"},
		{"a speaker's label in capitals is no form of a title's word", "President Meets Prime Minister Abe", "PRIME MINISTER ABE: Thank you.", "President meets Prime Minister Abe"},
		{"a headline's verb in capitals is no name", "SOUTH KOREA PREMIER OFFERS TALKS WITH NORTH KOREA", "The premier spoke.", "South Korea premier offers talks with North Korea"},
		{"no title", "  ", "text", ""},
	}
	for _, tt := range tests {
		got := HeadlineText(tt.title, tt.text)
		if got != tt.want {
			t.Errorf("%s: HeadlineText(%q) = %q; want %q", tt.name, tt.title, got, tt.want)
		}
		if len(got) != len(tt.title) && got != "" {
			t.Errorf("%s: HeadlineText(%q) changed the length", tt.name, tt.title)
		}
	}
}

func FuzzHeadline(f *testing.F) {
	f.Add("INRO COUNCIL MEETING ADJOURNED UNTIL THURSDAY", "A Council meeting of INRO was adjourned.")
	f.Add("Hagel Meets with Asian Defense Leaders in Singapore", "Hagel met leaders.")
	f.Add("SHULTZ' VISIT", "Shultz' visit.")
	f.Fuzz(func(t *testing.T, title, text string) {
		got := HeadlineText(title, text)
		if got != "" && len(got) != len(title) {
			t.Fatalf("HeadlineText(%q) = %q: the length changed", title, got)
		}
		if got != "" && !strings.EqualFold(got, title) {
			t.Fatalf("HeadlineText(%q) = %q: more than the case changed", title, got)
		}
		if again := HeadlineText(title, text); again != got {
			t.Fatalf("HeadlineText(%q) is not deterministic: %q, %q", title, got, again)
		}
	})
}

// TestHeadlineStatus checks the present of headlines: done, unless "to"
// or a modal makes it a plan.
func TestHeadlineStatus(t *testing.T) {
	tests := []struct{ title, want string }{
		{"U.S., TURKEY SIGN AID AGREEMENT", "occurred"},
		{"KOHL VISITS MOSCOW", "occurred"},
		{"CHANCELLOR KOHL TO VISIT MOSCOW", "planned"},
	}
	for _, tt := range tests {
		doc := storyOf(t, tt.title, "WASHINGTON, April 26 (Reuters) - Officials said nothing.\n", testDay)
		if len(doc.Events) != 1 || string(doc.Events[0].Status) != tt.want {
			t.Errorf("events of headline %q: %v; want one, %s", tt.title, doc.Events, tt.want)
		}
	}
}
