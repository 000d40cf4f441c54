package timeml_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/dateline-dev/dateline/parse/timeml"
)

// doc wraps the content of a TEXT element in a minimal TimeML document
// with a DCT of 1998-01-08.
func doc(text string) string {
	return `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>` + text + `</TEXT>
<TLINK lid="l1" relType="BEFORE" relatedToTime="t0" />
</TimeML>
`
}

// short formats a timex for the tables: `t1 "Jan. 2" DATE 1990-01-02 3-9`,
// with the mod after the value when there is one.
func short(x timeml.Timex) string {
	s := fmt.Sprintf("%s %q %s %s", x.ID, x.Text, x.Type, x.Value)
	if x.Mod != "" {
		s += " " + string(x.Mod)
	}
	return s + " " + x.Span.String()
}

func shorts(xs []timeml.Timex) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = short(x)
	}
	return out
}

var readTests = []struct {
	name string
	src  string
	text string
	want []string
}{
	{
		name: "plain",
		src:  doc(`Sales rose <TIMEX3 tid="t1" type="DATE" value="1997">last year</TIMEX3>.`),
		text: "Sales rose last year.",
		want: []string{`t1 "last year" DATE 1997 11-20`},
	},
	{
		name: "events and signals left out",
		src: doc(`It <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <SIGNAL sid="s1">in</SIGNAL> ` +
			`<TIMEX3 tid="t2" type="DATE" value="1997-Q3" mod="END">late third quarter</TIMEX3>`),
		text: "It fell in late third quarter",
		want: []string{`t2 "late third quarter" DATE 1997-Q3 END 11-29`},
	},
	{
		name: "entities decoded, offsets in plain text",
		src:  doc(`AT&amp;T &lt;said&gt; &#65;&#x42; <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3>`),
		text: "AT&T <said> AB Wednesday",
		want: []string{`t1 "Wednesday" DATE 1998-01-07 15-24`},
	},
	{
		name: "entity inside a timex",
		src:  doc(`<TIMEX3 tid="t1" type="DATE" value="1998-01-07">Jan.&#160;7</TIMEX3>`),
		text: "Jan.\u00a07",
		want: []string{`t1 "Jan.\u00a07" DATE 1998-01-07 0-7`},
	},
	{
		name: "carriage returns kept",
		src:  doc("\r\nOn <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">Wednesday</TIMEX3>\r\n"),
		text: "\r\nOn Wednesday\r\n",
		want: []string{`t1 "Wednesday" DATE 1998-01-07 5-14`},
	},
	{
		name: "other markup kept out of the text",
		src:  doc(`<s>One</s><!-- note --> <?pi x?><![CDATA[a<b & c]]> <TIMEX3 tid='t1' type='TIME' value='1998-01-08TNI'>tonight</TIMEX3>`),
		text: "One a<b & c tonight",
		want: []string{`t1 "tonight" TIME 1998-01-08TNI 12-19`},
	},
	{
		name: "empty timex left out",
		src:  doc(`<TIMEX3 tid="t1" type="DURATION" value="P1D" /><TIMEX3 tid="t2" type="DATE" value="1998"></TIMEX3>x`),
		text: "x",
		want: []string{},
	},
	{
		name: "nested timexes",
		src:  doc(`<TIMEX3 tid="t1" type="DURATION" value="P2D"><TIMEX3 tid="t2" type="DATE" value="1998-01-05">Monday</TIMEX3> to Tuesday</TIMEX3>`),
		text: "Monday to Tuesday",
		want: []string{`t1 "Monday to Tuesday" DURATION P2D 0-17`, `t2 "Monday" DATE 1998-01-05 0-6`},
	},
	{
		name: "attribute entities",
		src:  doc(`<TIMEX3 tid="t1" type="DATE" value="X&amp;Y">now</TIMEX3>`),
		text: "now",
		want: []string{`t1 "now" DATE X&Y 0-3`},
	},
}

func TestRead(t *testing.T) {
	for _, tt := range readTests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := timeml.Read(strings.NewReader(tt.src))
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if d.Text != tt.text {
				t.Errorf("Read(%q).Text = %q; want %q", tt.src, d.Text, tt.text)
			}
			if got := shorts(d.Timexes); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Read(%q).Timexes = %q; want %q", tt.src, got, tt.want)
			}
			if d.DCT.ID != "t0" || d.DCT.Value != "1998-01-08" || d.DCT.Text != "19980108" {
				t.Errorf("Read(%q).DCT = %s; want t0 \"19980108\" DATE 1998-01-08", tt.src, short(d.DCT))
			}
		})
	}
}

func TestReadDCT(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"creation time", `<TimeML><TIMEX3 tid="t9" type="DATE" value="1999" functionInDocument="PUBLICATION_TIME">x</TIMEX3><DCT><TIMEX3 tid="t0" value="1989-10-25T12:30:00" functionInDocument="CREATION_TIME">then</TIMEX3></DCT><TEXT></TEXT></TimeML>`, "1989-10-25"},
		{"first timex in DCT", `<TimeML><DCT><TIMEX3 tid="t0" value="1989-10-25">then</TIMEX3></DCT><TEXT></TEXT></TimeML>`, "1989-10-25"},
		{"after TEXT", `<TimeML><TEXT>x</TEXT><DCT><TIMEX3 tid="t0" value="2001-02-03">then</TIMEX3></DCT></TimeML>`, "2001-02-03"},
		{"basic format", `<TimeML><DCT><TIMEX3 tid="t0" value="19980108">19980108</TIMEX3></DCT><TEXT></TEXT></TimeML>`, "1998-01-08"},
		{"basic format with a time", `<TimeML><DCT><TIMEX3 tid="t0" value="19980108T1130">then</TIMEX3></DCT><TEXT></TEXT></TimeML>`, "1998-01-08"},
	}
	for _, tt := range tests {
		d, err := timeml.Read(strings.NewReader(tt.src))
		if err != nil {
			t.Fatalf("%s: Read: %v", tt.name, err)
		}
		a, err := d.Anchor()
		if err != nil || a.Format("2006-01-02") != tt.want {
			t.Errorf("%s: Anchor() = %v, %v; want %s", tt.name, a, err, tt.want)
		}
	}
	d, err := timeml.Read(strings.NewReader(`<TimeML><TEXT>x</TEXT></TimeML>`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Anchor(); !errors.Is(err, timeml.ErrNoDCT) {
		t.Errorf("Anchor() without DCT: error %v; want ErrNoDCT", err)
	}
	d, err = timeml.Read(strings.NewReader(`<DCT><TIMEX3 tid="t0" value="PRESENT_REF">now</TIMEX3></DCT><TEXT>x</TEXT>`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Anchor(); err == nil || errors.Is(err, timeml.ErrNoDCT) {
		t.Errorf("Anchor() with DCT PRESENT_REF: error %v; want a bad-value error", err)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"no TEXT", `<TimeML></TimeML>`, "no TEXT element"},
		{"TEXT not closed", "<TEXT>\nabc", "1:7: TEXT not closed"},
		{"timex not closed", "<TEXT>\n<TIMEX3 tid=\"t1\">a</TEXT>", "2:1: TIMEX3 not closed"},
		{"stray end tag", "<TEXT>a</TIMEX3></TEXT>", "1:8: </TIMEX3> closes no TIMEX3"},
		{"unknown entity", "<TEXT>a &nbsp; b</TEXT>", "1:9: unknown entity &nbsp;"},
		{"bare ampersand", "<TEXT>a & b</TEXT>", "1:9: '&' starts no entity"},
		{"bad character reference", "<TEXT>&#0;</TEXT>", "1:7: unknown entity &#0;"},
		{"tag not closed", "<TEXT>a <EVENT eid=\"e1\"", "1:9: tag <EVENT not closed"},
		{"unquoted attribute", "<TEXT><TIMEX3 tid=t1>a</TIMEX3></TEXT>", "1:15: value of attribute tid not quoted"},
		{"comment not closed", "<TEXT><!-- a</TEXT>", "1:7: comment not closed"},
		{"bare less-than", "<TEXT>a < b</TEXT>", "1:9: '<' not followed by a tag name"},
		{"two TEXTs", "<TEXT>a</TEXT><TEXT>b</TEXT>", "1:15: second TEXT element"},
	}
	for _, tt := range tests {
		_, err := timeml.Read(strings.NewReader(tt.src))
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: Read(%q) error = %v; want %s", tt.name, tt.src, err, tt.want)
		}
	}
	if _, err := timeml.ReadFile("testdata/missing.tml"); err == nil || !strings.Contains(err.Error(), "testdata/missing.tml") {
		t.Errorf("ReadFile(missing) error = %v; want one naming the file", err)
	}
}

func TestReadTestdata(t *testing.T) {
	d, err := timeml.ReadFile("testdata/wsj_0068.tml")
	if err != nil {
		t.Fatal(err)
	}
	if d.Name != "wsj_0068.tml" || d.DCT.Value != "1989-11-02" {
		t.Errorf("ReadFile: Name %q, DCT %s; want wsj_0068.tml, 1989-11-02", d.Name, short(d.DCT))
	}
	want := []string{
		`t18 "Jan. 2" DATE 1990-01-02 127-133`,
		`t17 "Dec. 15" DATE 1989-12-15 153-160`,
		`t26 "third-quarter" DATE 1989-Q3 275-288`,
		`t134 "the year-ago quarter" DATE 1988-Q3 331-351`,
	}
	if got := shorts(d.Timexes); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("ReadFile(wsj_0068.tml).Timexes = %q; want %q", got, want)
	}
}
