package out

import (
	"testing"

	"github.com/dateline-dev/dateline/timeline"
)

// TestTimeText: with no report's text at hand, the time is told by its
// dates' own texts; a range's end tagged on its own ("-8") joins its
// start as written.
func TestTimeText(t *testing.T) {
	for _, tt := range []struct{ start, end, length, want string }{
		{"April 6", "-8", "", "April 6-8"},
		{"April 6", "–8", "", "April 6–8"},
		{"April 13", "April 15", "", "April 13 .. April 15"},
		{"Monday", "Monday", "", "Monday"},
		{"", "", "three-day", "three-day"},
	} {
		e := &timeline.Event{When: timeline.When{
			Start:  timeline.Date{Text: tt.start},
			End:    timeline.Date{Text: tt.end},
			Length: timeline.Date{Text: tt.length},
		}}
		if got := timeText(e, nil); got != tt.want {
			t.Errorf("timeText(%q, %q, %q) = %q, want %q", tt.start, tt.end, tt.length, got, tt.want)
		}
	}
}
