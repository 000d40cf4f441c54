package timex

import (
	"fmt"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// A DocType is the kind of text a document is, which decides what its
// underspecified dates ("in early October", "2 September", "the
// following year") count from, as HeidelTime's document types do.
type DocType int

const (
	// Auto reads a document as News or Narrative by its dates (see
	// [Tagger.TagAs]).
	Auto DocType = iota
	// News counts underspecified dates from the anchor, the day the
	// story was written: "in October" is the October nearest it.
	News
	// Narrative counts them from the story's own time, the date in
	// focus (see [Tagger.TagAs]): after "In 1936", "in October" is
	// October 1936.
	Narrative
)

var docTypeNames = [...]string{Auto: "auto", News: "news", Narrative: "narrative"}

// String returns the lower-case name of t: "auto", "news" or "narrative".
func (t DocType) String() string {
	if t < 0 || int(t) >= len(docTypeNames) {
		return fmt.Sprintf("DocType(%d)", int(t))
	}
	return docTypeNames[t]
}

// ParseDocType returns the DocType named s ("auto", "news" or
// "narrative"), or an error.
func ParseDocType(s string) (DocType, error) {
	for t, n := range docTypeNames {
		if n == s {
			return DocType(t), nil
		}
	}
	return Auto, fmt.Errorf("want a document type auto, news or narrative, got %q", s)
}

// TagAs is [Tagger.Tag] for a document of type typ, and returns the type
// it read the text as: News or Narrative.
//
// News resolves exactly as Tag does. Narrative resolves every date the
// text names without its year — a month, a day and month, a season, a
// holiday, a quarter — in the year of the date in focus, and every date
// named relative to a time ("the following year", "the end of the
// month", "two days later", "that night") from the date in focus rather
// than from the anchor. The date in focus is the last date of the text
// before the expression, in reading order, fine enough for it (a month
// for "the end of the month", a day for "the next day"), each resolved
// date taking the focus in turn; a date mentioned in passing, in brackets
// or after "since" ("(1790)", "since 1813"), does not take it, unless it
// opens its paragraph, and neither does a date coarser than the one in
// focus within a sentence ("aiming at a campaign in 1976"), unless it
// opens the sentence ("In 1976, ..."). Today ("today", "tonight") stays
// the anchor's.
//
// An empty text has no dates; a zero anchor is [ErrNoAnchor].
//
// Auto reads the text as a narrative when its dates with a written year
// mostly lie far from the anchor and it names few days by the anchor:
// at least five dates two years or more away from it, more of them than
// nearer ones, and five times as many as weekdays, "yesterday", "last
// week" and "two days ago"; and as news otherwise.
func (t *Tagger) TagAs(text string, anchor time.Time, typ DocType) ([]timeline.Date, DocType, error) {
	if typ == Narrative {
		ds, err := t.tag(text, anchor, true)
		return ds, Narrative, err
	}
	ds, err := t.tag(text, anchor, false)
	if err != nil || typ == News || !t.historic(ds, anchor) {
		return ds, News, err
	}
	ds, err = t.tag(text, anchor, true)
	return ds, Narrative, err
}

// A history's dates lie far from its anchor: at least minFar dates with
// a year written, farYears or more away from the anchor, more than those
// within farYears, and minFar times as many as the dates the text names
// by the anchor ("Monday", "yesterday", "last week", "two days ago").
const (
	farYears = 2
	minFar   = 5
)

// historic reports whether the dates ds, tagged as news against anchor,
// are those of a history: see [Tagger.TagAs].
func (t *Tagger) historic(ds []timeline.Date, anchor time.Time) bool {
	far, near, deictic := 0, 0, 0
	for _, d := range ds {
		switch {
		case d.Rule == ruleWeekday.name || d.Rule == ruleRelative.name || d.Rule == ruleAgo.name ||
			d.Rule == ruleCasual.name && d.Type == timeline.TypeDate && d.Precision == timeline.Day:
			deictic++
		case d.Type != timeline.TypeDate || d.Earliest.IsZero() || d.Precision < timeline.Year || !hasYear(d.Text) && d.Rule != ruleEra.name:
		case abs(d.Earliest.Year()-anchor.Year()) >= farYears:
			far++
		default:
			near++
		}
	}
	return far >= minFar && far >= minFar*deictic && far > near
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
