package timeline

import (
	"errors"
	"testing"
)

var parseValueTests = []struct {
	value string
	want  string // Date.String() of the result
}{
	{"2019-04-26", "DATE 2019-04-26 day [2019-04-26 .. 2019-04-26]"},
	{"2011", "DATE 2011 year [2011-01-01 .. 2011-12-31]"},
	{"199", "DATE 199 decade [1990-01-01 .. 1999-12-31]"},
	{"18", "DATE 18 century [1800-01-01 .. 1899-12-31]"},
	{"2019-04", "DATE 2019-04 month [2019-04-01 .. 2019-04-30]"},
	{"2016-02", "DATE 2016-02 month [2016-02-01 .. 2016-02-29]"},
	{"2019-W17", "DATE 2019-W17 week [2019-04-22 .. 2019-04-28]"},
	{"2020-W01", "DATE 2020-W01 week [2019-12-30 .. 2020-01-05]"},
	{"2019-W17-WE", "DATE 2019-W17-WE week [2019-04-27 .. 2019-04-28]"},
	{"2020-W01-WE", "DATE 2020-W01-WE week [2020-01-04 .. 2020-01-05]"},
	{"2019-Q2", "DATE 2019-Q2 quarter [2019-04-01 .. 2019-06-30]"},
	{"1999-H2", "DATE 1999-H2 half [1999-07-01 .. 1999-12-31]"},
	{"2019-SU", "DATE 2019-SU season [2019-06-01 .. 2019-08-31]"},
	{"2019-WI", "DATE 2019-WI season [2018-12-01 .. 2019-02-28]"},
	{"2019-04-26TNI", "TIME 2019-04-26TNI part-of-day [2019-04-26T21:00 .. 2019-04-26T23:59]"},
	{"2019-04-26T15:43", "TIME 2019-04-26T15:43 minute [2019-04-26T15:43 .. 2019-04-26T15:43]"},
}

// bcValueTests are values before the era, with bounds in astronomical
// years (1 BC is year 0).
var bcValueTests = []struct{ value, want string }{
	{"BC0490", "DATE BC0490 year [-0489-01-01 .. -0489-12-31]"},
	{"BC0480-08", "DATE BC0480-08 month [-0479-08-01 .. -0479-08-31]"},
	{"BC0480-08-15", "DATE BC0480-08-15 day [-0479-08-15 .. -0479-08-15]"},
	{"BC0481-FA", "DATE BC0481-FA season [-0480-09-01 .. -0480-11-30]"},
	{"BC0480-WI", "DATE BC0480-WI season [-0480-12-01 .. -0479-02-28]"},
	{"BC0479-06-01TAF", "TIME BC0479-06-01TAF part-of-day [-0478-06-01T12:00 .. -0478-06-01T17:59]"},
	{"BC047", "DATE BC047 decade [-0478-01-01 .. -0469-12-31]"},
	{"BC08", "DATE BC08 century [-0898-01-01 .. -0799-12-31]"},
	{"BC0001", "DATE BC0001 year [0000-01-01 .. 0000-12-31]"},
}

func TestParseValueBC(t *testing.T) {
	for _, tt := range bcValueTests {
		d, err := ParseValue(tt.value)
		if err != nil {
			t.Errorf("ParseValue(%q): %v", tt.value, err)
			continue
		}
		if got := d.String(); got != tt.want {
			t.Errorf("ParseValue(%q) = %s; want %s", tt.value, got, tt.want)
		}
	}
	for _, v := range []string{"BC", "BC0000", "BC0480-W10", "BCXXXX", "BC-0490", "BCBC0490"} {
		if d, err := ParseValue(v); !errors.Is(err, ErrValue) {
			t.Errorf("ParseValue(%q) = %s, %v; want ErrValue", v, d, err)
		}
	}
}

func TestParseValue(t *testing.T) {
	for _, tt := range parseValueTests {
		d, err := ParseValue(tt.value)
		if err != nil {
			t.Errorf("ParseValue(%q): %v", tt.value, err)
			continue
		}
		if got := d.String(); got != tt.want {
			t.Errorf("ParseValue(%q) = %s; want %s", tt.value, got, tt.want)
		}
	}
}

func TestParseValueErrors(t *testing.T) {
	for _, v := range []string{"", "P3D", "PRESENT_REF", "2019-13", "2019-02-30", "2019-Q5", "2019-W54", "2019-XX", "20190426", "2019-04-26T25:00", "2019-04-26TXX", "XXXX-WXX-1", "2019-04-2", "2019-W54-WE", "2019-W17-WE1", "2019-04-WE", "2019-W17-WET10:00", "XXXX-WXX-WE"} {
		if d, err := ParseValue(v); !errors.Is(err, ErrValue) {
			t.Errorf("ParseValue(%q) = %s, %v; want ErrValue", v, d, err)
		}
	}
}

var withModTests = []struct {
	value string
	mod   Mod
	want  string
}{
	{"2011", ModEnd, "DATE 2011 END year [2011-09-01 .. 2011-12-31]"},
	{"2011", ModStart, "DATE 2011 START year [2011-01-01 .. 2011-04-30]"},
	{"2011", ModMid, "DATE 2011 MID year [2011-05-01 .. 2011-08-31]"},
	{"2019-04", ModMid, "DATE 2019-04 MID month [2019-04-11 .. 2019-04-20]"},
	{"199", ModStart, "DATE 199 START decade [1990-01-01 .. 1993-04-30]"},
	// Weeks split by their working days: Monday to Wednesday,
	// Wednesday to Friday, Thursday to Sunday.
	{"2019-W17", ModStart, "DATE 2019-W17 START week [2019-04-22 .. 2019-04-24]"},
	{"2019-W17", ModMid, "DATE 2019-W17 MID week [2019-04-24 .. 2019-04-26]"},
	{"2019-W17", ModEnd, "DATE 2019-W17 END week [2019-04-25 .. 2019-04-28]"},
	{"2019-04-26", ModApprox, "DATE 2019-04-26 APPROX day [2019-04-25 .. 2019-04-27]"},
	{"2019", ModBefore, "DATE 2019 BEFORE year"},
}

func TestWithMod(t *testing.T) {
	for _, tt := range withModTests {
		d, err := ParseValue(tt.value)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.WithMod(tt.mod).String(); got != tt.want {
			t.Errorf("ParseValue(%q).WithMod(%s) = %s; want %s", tt.value, tt.mod, got, tt.want)
		}
	}
}

func FuzzParseValue(f *testing.F) {
	for _, tt := range parseValueTests {
		f.Add(tt.value)
	}
	for _, tt := range bcValueTests {
		f.Add(tt.value)
	}
	f.Fuzz(func(t *testing.T, v string) {
		d, err := ParseValue(v)
		if err != nil {
			return
		}
		if !d.Placed() || d.Latest.Before(d.Earliest) || d.Value != v {
			t.Errorf("ParseValue(%q) = %s: unplaced or inverted", v, d)
		}
		for _, m := range []Mod{ModStart, ModMid, ModEnd, ModApprox} {
			if w := d.WithMod(m); w.Latest.Before(w.Earliest) {
				t.Errorf("ParseValue(%q).WithMod(%s) = %s: inverted", v, m, w)
			}
		}
	})
}
