package out

import (
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
