package out

import (
	"testing"

	"github.com/dateline-dev/dateline/timeline"
)

var describeDateTests = []struct {
	value string
	mod   timeline.Mod
	want  string
}{
	{"2011", timeline.ModEnd, "late 2011"},
	{"2011", timeline.ModNone, "2011"},
	{"2019-04", timeline.ModMid, "mid-April 2019"},
	{"2019-04-26", timeline.ModApprox, "about 2019-04-26"},
	{"2019-Q2", timeline.ModNone, "Q2 2019"},
	{"1999-H2", timeline.ModStart, "early H2 1999"},
	{"2019-SU", timeline.ModNone, "summer 2019"},
	{"2019-WI", timeline.ModNone, "winter 2019"}, // not "winter 2018": the value's year
	{"2019-W07", timeline.ModNone, "week 7 of 2019"},
	{"2020-W01", timeline.ModNone, "week 1 of 2020"}, // starts in 2019
	{"2019-W17-WE", timeline.ModNone, "the weekend of 2019-04-27"},
	{"201", timeline.ModNone, "the 2010s"},
	{"201", timeline.ModMid, "the mid-2010s"},
	{"19", timeline.ModEnd, "the late 1900s"},
	{"2019-04-26TNI", timeline.ModNone, "2019-04-26 night"},
	{"2019-04-26T15:43", timeline.ModNone, "2019-04-26T15:43"},
	{"2019", timeline.ModOnOrBefore, "on or before 2019"},
	{"PAST_REF", timeline.ModNone, "PAST_REF"},
	{"0732-10", timeline.ModNone, "October 732"},
	{"BC0480", timeline.ModEnd, "late 480 BC"},
	{"BC0480-08", timeline.ModNone, "August 480 BC"},
	{"BC0481-FA", timeline.ModNone, "autumn 481 BC"},
	{"BC047", timeline.ModNone, "the 470s BC"},
}

func TestDescribeDate(t *testing.T) {
	for _, tt := range describeDateTests {
		d := timeline.Date{Type: timeline.TypeDate, Value: tt.value}
		if p, err := timeline.ParseValue(tt.value); err == nil {
			d = p
		}
		d = d.WithMod(tt.mod)
		if got := describeDate(d); got != tt.want {
			t.Errorf("describeDate(%s) = %q; want %q", d, got, tt.want)
		}
	}
}

var escapeMarkdownTests = []struct {
	in, want string
}{
	{"plain text, with commas", "plain text, with commas"},
	{"a *bold* _move_", `a \*bold\* \_move\_`},
	{"<script>alert(1)</script>", `\<script\>alert(1)\</script\>`},
	{"a | b", `a \| b`},
	{"[link](http://x)", `\[link\](http://x)`},
	{"AT&T &amp;", `AT\&T \&amp;`},
	{"two\nlines\r\n  and  spaces ", "two lines and spaces"},
	{"# not a heading", `\# not a heading`},
	{"`code` and \\", "\\`code\\` and \\\\"},
	{"~~gone~~", `\~\~gone\~\~`},
}

func TestEscapeMarkdown(t *testing.T) {
	for _, tt := range escapeMarkdownTests {
		if got := escapeMarkdown(tt.in); got != tt.want {
			t.Errorf("escapeMarkdown(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestEscapeLineStart(t *testing.T) {
	for in, want := range map[string]string{
		"2019. A year":  `2019\. A year`,
		"1) first":      `1\) first`,
		"- dash":        `\- dash`,
		"+ plus":        `\+ plus`,
		"2019 was busy": "2019 was busy",
		"":              "",
	} {
		if got := escapeLineStart(in); got != want {
			t.Errorf("escapeLineStart(%q) = %q; want %q", in, got, want)
		}
	}
}

func mustDate(t *testing.T, v string, m timeline.Mod) timeline.Date {
	t.Helper()
	if v[0] == 'P' {
		return timeline.Date{Type: timeline.TypeDuration, Value: v, Mod: m}
	}
	d, err := timeline.ParseValue(v)
	if err != nil {
		t.Fatal(err)
	}
	return d.WithMod(m)
}

func TestWhenValue(t *testing.T) {
	d := func(v string, m timeline.Mod) timeline.Date { return mustDate(t, v, m) }
	tests := []struct {
		name      string
		when      timeline.When
		value     string
		mod, prec string
	}{
		{"undated", timeline.When{}, "", "", "none"},
		{"instant", timeline.When{Start: d("2019-04-25", "")}, "2019-04-25", "", "day"},
		{"fuzzy", timeline.When{Start: d("2011", timeline.ModEnd)}, "2011", "END", "year"},
		{"end only", timeline.When{End: d("2019-04", "")}, "2019-04", "", "month"},
		{"start and length", timeline.When{Start: d("2019-04-24", ""), End: d("2019-04-26", ""), Length: d("P3D", "")}, "2019-04-24/P3D", "", "day"},
		{"start and end", timeline.When{Start: d("2019-04", ""), End: d("2019-04-26", "")}, "2019-04/2019-04-26", "", "day"},
		{"length and end", timeline.When{End: d("2019-04-26", ""), Length: d("P3D", "")}, "P3D/2019-04-26", "", "day"},
		{"mods differ", timeline.When{Start: d("2011", timeline.ModStart), End: d("2013", timeline.ModEnd)}, "2011/2013", "START/END", "year"},
		{"one mod", timeline.When{Start: d("2011", ""), End: d("2013", timeline.ModEnd)}, "2011/2013", "END", "year"},
		{"length mod", timeline.When{Start: d("2011", ""), Length: d("P2Y", timeline.ModMoreThan)}, "2011/P2Y", "", "year"},
	}
	for _, tt := range tests {
		v, m, p := whenValue(tt.when)
		if v != tt.value || m != tt.mod || p.String() != tt.prec {
			t.Errorf("%s: whenValue = %q, %q, %s; want %q, %q, %s", tt.name, v, m, p, tt.value, tt.mod, tt.prec)
		}
	}
}
