package out

import "testing"

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
