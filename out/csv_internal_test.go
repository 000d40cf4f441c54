package out

import (
	"encoding/csv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dateline-dev/dateline/timeline"
)

func TestCSVDefusesFormulas(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"},
		{"+1", "'+1"},
		{"-2", "'-2"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"Kim Jong Un", "Kim Jong Un"},
		{"", ""},
		{"2019-04-26", "2019-04-26"},
	} {
		if got := defuse(tt.in); got != tt.want {
			t.Errorf("defuse(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestCSVValidUTF8: a sentence with invalid UTF-8 from its article is
// written with U+FFFD in its place, as the other writers write it.
func TestCSVValidUTF8(t *testing.T) {
	tl := &timeline.Timeline{Events: []timeline.Event{{
		ID: "a#1", Kind: timeline.KindConsult, Mode: timeline.ModeMeeting, Summary: "Kim meets Putin",
		Evidence: []timeline.Evidence{{Doc: "a", Sentence: "Kim met Putin \xff\xfe here."}},
	}}}
	var b strings.Builder
	e := NewCSVEncoder(&b)
	if err := e.Encode(tl); err != nil {
		t.Fatal(err)
	}
	if !utf8.ValidString(b.String()) {
		t.Errorf("CSV is not valid UTF-8: %q", b.String())
	}
	if !strings.Contains(b.String(), "Kim met Putin \uFFFD here.") {
		t.Errorf("CSV lost the sentence: %q", b.String())
	}
}

// FuzzCSV writes an event whose text is anything and reads the file back:
// it is valid UTF-8, encoding/csv reads it as a header and one row, and
// no cell starts as a formula would.
func FuzzCSV(f *testing.F) {
	for _, s := range []string{"=HYPERLINK(\"x\")", "Kim met Putin \xff\xfe here.", "@SUM(A1)", "a,\"b\"\nc", "\r=1", "\xff=1", ""} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, summary, sentence string) {
		tl := &timeline.Timeline{Events: []timeline.Event{{
			ID: "a#1", Kind: timeline.KindConsult, Summary: summary, Note: sentence,
			Actors:   []timeline.Actor{{Name: sentence}},
			Evidence: []timeline.Evidence{{Doc: "a", Sentence: sentence, TriggerText: summary}},
		}}}
		var b strings.Builder
		if err := NewCSVEncoder(&b).Encode(tl); err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(b.String()) {
			t.Fatalf("CSV is not valid UTF-8: %q", b.String())
		}
		rows, err := csv.NewReader(strings.NewReader(b.String())).ReadAll()
		if err != nil || len(rows) != 2 {
			t.Fatalf("reading the CSV back: %d rows, %v:\n%q", len(rows), err, b.String())
		}
		for _, cell := range rows[1] {
			// encoding/csv reads "\r\n" inside a quoted cell as "\n".
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("cell %q starts as a formula", cell)
			}
		}
	})
}
