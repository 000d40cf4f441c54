package lexicon

import (
	"testing"
	"time"
)

func TestHolder(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		country, role, day, want string
	}{
		{"United States", "president", "1987-04-13", "Ronald Reagan"},
		{"United States", "president", "2009-01-19", "George W. Bush"},
		{"United States", "president", "2009-01-20", "Barack Obama"},
		{"United States", "vice president", "2010-09-29", "Joe Biden"},
		{"United States", "secretary of state", "2010-01-27", "Hillary Rodham Clinton"},
		{"United States", "defense secretary", "2017-05-11", "Jim Mattis"},
		{"United States", "president", "1975-01-01", ""}, // before the table
		{"France", "president", "2011-08-05", ""},        // an office it does not know
		{"United States", "treasurer", "2011-08-05", ""}, // nor this one
	}
	for _, tt := range tests {
		got, ok := Holder(tt.country, tt.role, day(tt.day))
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Holder(%q, %q, %s) = %q, %v; want %q", tt.country, tt.role, tt.day, got, ok, tt.want)
		}
	}
}
