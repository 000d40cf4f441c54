// Package parse reads news articles into dateline's model. It is the
// orchestration only: package anchor anchors a document in time
// (publication stamp and dateline), package timex resolves its temporal
// expressions, and package event extracts the diplomatic events those
// dates anchor.
package parse

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dateline-dev/dateline/parse/anchor"
	"github.com/dateline-dev/dateline/parse/event"
	"github.com/dateline-dev/dateline/parse/timex"
	"github.com/dateline-dev/dateline/timeline"
)

// ErrNoAnchor is returned (wrapped in an [*Error]) when a document has
// neither a publication stamp nor a dated dateline and no anchor was
// given.
var ErrNoAnchor = errors.New("no anchor date")

// ErrBadStamp is returned (wrapped in an [*Error]) for a document whose
// publication stamp is not a date.
var ErrBadStamp = errors.New("not a date")

// MaxText is the longest document text, in bytes, that [Article] and
// [Read] accept: the longest news stories run to about 100 KB, so a text
// forty times that is a feed or a dump, not an article. Reading costs
// time linear in the text (about 1.4 s a megabyte of text dense with
// events); the limit keeps any one document to a few seconds.
const MaxText = 4 << 20

// ErrTooLarge is returned (wrapped in an [*Error]) for a document whose
// text is longer than [MaxText].
var ErrTooLarge = errors.New("document too large")

// tooLarge returns the error for a text longer than MaxText, or nil.
func tooLarge(id, text string) error {
	if len(text) <= MaxText {
		return nil
	}
	return &Error{Doc: id, Err: fmt.Errorf("%w: %d bytes of text, more than the %d (4 MiB) a document may have", ErrTooLarge, len(text), MaxText)}
}

// Error is a problem with one input document.
type Error struct {
	Doc  string // the document's ID or file name
	Line int    // 1-based line, 0 when the problem is the whole document
	Col  int    // 1-based byte column, 0 when Line is 0
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d:%d: %v", e.Doc, e.Line, e.Col, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Doc, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Options control how an article is read. The zero value reads the
// anchor from the text.
type Options struct {
	// Anchor, when not zero, is the day the document resolves against,
	// whatever its stamp and dateline say.
	Anchor time.Time
	// Tagger resolves temporal expressions; nil uses a shared default.
	Tagger *timex.Tagger
	// Type is the kind of document: news, a narrative whose dates count
	// from the story's own time, or (the zero value, [timex.Auto]) news
	// when it has a dateline, else whichever its dates tell (see
	// [timex.Tagger.TagAs]).
	Type timex.DocType
}

var defaultTagger = timex.New()

// maxHeader is how far into a document without a dateline the stamp is
// looked for.
const maxHeader = 1000

// Article reads one plain-text news story laid out as news sites print
// it — a title, a line with the publication stamp ("Updated April 26,
// 2019 at 3:43 PM"), then paragraphs, the first opening with a dateline
// ("VLADIVOSTOK, Russia, April 26 (UPI) --") — into a document with its
// anchor, dates and events. id names the document in evidence and
// errors.
//
// The anchor is opt.Anchor when given, else the dateline's local date
// (its year taken from the stamp, or from the dateline itself: "May 31,
// 2014"), else the stamp's day. With none of them Article returns an
// [*Error] wrapping [ErrNoAnchor]; with a dateline day that is no day
// within a week of the stamp ("Feb. 29" near March 1, 1987) one wrapping
// anchor.ErrDay. A text longer than [MaxText] returns an [*Error] wrapping
// [ErrTooLarge] at once.
func Article(id, text string, opt Options) (timeline.Document, error) {
	if err := tooLarge(id, text); err != nil {
		return timeline.Document{ID: id}, err
	}
	doc := timeline.Document{ID: id, Text: text}
	dl, hasDateline := anchor.Find(text)
	bodyStart, header := 0, text
	if hasDateline {
		bodyStart, header = dl.Span.Start, text[:dl.Span.Start]
	}
	if len(header) > maxHeader {
		header = header[:maxHeader]
	}
	stamp, hasStamp := anchor.FindStamp(header)
	doc.Title = findTitle(header, stamp, hasStamp)
	return read(doc, bodyStart, stamp, dl, opt)
}

// Input is a story from an archive, its fields already apart: the
// publication stamp and the dateline are given beside the text rather than
// printed in it (as in the Reuters-21578 archive).
type Input struct {
	ID     string
	Source string // where it was read: "archive.jsonl.gz:1234"
	Title  string
	// Published is the stamp as written: ISO 8601 ("1987-04-27T08:43:28",
	// "2019-04-26T15:43:00Z", "2019-04-26") or as news sites print it
	// ("April 26, 2019 at 3:43 PM").
	Published string
	// Dateline is the dateline as printed: "TOKYO, April 27",
	// "VLADIVOSTOK, Russia, April 26 (UPI)".
	Dateline string
	Text     string // the story's body
}

// Read reads a story given as fields. An input with neither stamp nor
// dateline is read as a plain-text article with [Article]; one with no
// dateline field whose text opens with a dateline has that dateline. Offsets in the
// document are offsets into in.Text. A stamp that is not a date returns an
// [*Error] naming the document, as do the errors of [Article]; so does a
// text longer than [MaxText] ([ErrTooLarge]).
func Read(in Input, opt Options) (timeline.Document, error) {
	if err := tooLarge(in.ID, in.Text); err != nil {
		return timeline.Document{ID: in.ID, Source: in.Source}, err
	}
	if in.Published == "" && in.Dateline == "" {
		doc, err := Article(in.ID, in.Text, opt)
		doc.Source, doc.Title = in.Source, or(in.Title, doc.Title)
		return doc, err
	}
	doc := timeline.Document{ID: in.ID, Source: in.Source, Title: in.Title, Text: in.Text}
	var published timeline.Date
	if in.Published != "" {
		var ok bool
		if published, ok = anchor.FindStamp(in.Published); !ok {
			return doc, &Error{Doc: in.ID, Err: fmt.Errorf("published %q: %w", in.Published, ErrBadStamp)}
		}
		published.Span = timeline.Span{} // the stamp is not in the text
	}
	dl := anchor.Field(in.Dateline)
	if in.Dateline == "" {
		// A record whose body opens with its dateline ("SEOUL, June 12
		// (Yonhap) -- ...") has one, though no field gives it.
		if d, ok := anchor.Find(in.Text); ok && strings.TrimSpace(in.Text[:d.Span.Start]) == "" {
			dl = d
		}
	}
	return read(doc, 0, published, dl, opt)
}

// read anchors doc by opt, its stamp and its dateline (either may be
// zero), tags its dates and extracts the events of its text from
// bodyStart on. A dateline day that does not fit the stamp is an error,
// unless opt gives the anchor.
func read(doc timeline.Document, bodyStart int, stamp timeline.Date, dl timeline.Dateline, opt Options) (timeline.Document, error) {
	doc.Published = stamp
	switch {
	case !opt.Anchor.IsZero():
		doc.Anchor = timeline.DayOf(opt.Anchor)
		doc.Anchor.Rule = "option"
	case dl.Date.Value != "":
		// stamp.Earliest is zero when there is no stamp: a day without
		// a year is then no anchor (ErrNoAnchor below).
		switch d, err := anchor.Resolve(dl.Date, stamp.Earliest); {
		case err == nil:
			doc.Anchor = d
		case errors.Is(err, anchor.ErrFar):
			// "TOKYO, May 18" stamped March 18: a slip of the wire;
			// the stamp anchors the story, the dateline keeps its
			// place.
			dl.Date = timeline.Date{}
		case !errors.Is(err, anchor.ErrNoYear):
			return doc, &Error{Doc: doc.ID, Err: err}
		}
	}
	if doc.Anchor.IsZero() && stamp.Placed() {
		doc.Anchor = timeline.DayOf(stamp.Earliest)
		doc.Anchor.Text, doc.Anchor.Span, doc.Anchor.Rule = stamp.Text, stamp.Span, "stamp"
	}
	if doc.Anchor.IsZero() {
		return doc, &Error{Doc: doc.ID, Err: fmt.Errorf("%w: found no publication stamp and no dateline with a date", ErrNoAnchor)}
	}
	if dl.Date.Value != "" {
		// With the anchor given, a dateline day that does not fit it
		// keeps its value without a year.
		if d, err := anchor.Resolve(dl.Date, doc.Anchor.Earliest); err == nil {
			dl.Date = d
		}
	}
	doc.Dateline = dl

	tagger := opt.Tagger
	if tagger == nil {
		tagger = defaultTagger
	}
	typ := opt.Type
	if typ == timex.Auto && dl.Text != "" {
		typ = timex.News // a wire story, whatever its dates
	}
	dates, typ, err := tagger.TagAs(doc.Text, doc.Anchor.Earliest, typ)
	if err != nil {
		return doc, &Error{Doc: doc.ID, Err: err}
	}
	doc.Dates, doc.Narrative = dates, typ == timex.Narrative
	if !event.MayHoldEvents(doc.Title, doc.Text[bodyStart:]) {
		return doc, nil // most of an archive: markets and earnings
	}
	title := event.HeadlineText(doc.Title, doc.Text)
	titleDates, _, err := tagger.TagAs(title, doc.Anchor.Earliest, typ)
	if err != nil {
		return doc, &Error{Doc: doc.ID, Err: fmt.Errorf("title: %w", err)}
	}
	doc.Events = event.Extract(doc, bodyStart, dates, event.Headline{Text: title, Dates: titleDates})
	return doc, nil
}

// findTitle returns the headline: the longest line of the header before
// the stamp that reads like a sentence (four words or more), else the
// first non-empty line.
func findTitle(header string, stamp timeline.Date, hasStamp bool) string {
	if hasStamp {
		header = header[:lineStart(header, stamp.Span.Start)]
	}
	first, best := "", ""
	for _, line := range strings.Split(header, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if first == "" {
			first = line
		}
		if len(strings.Fields(line)) >= 4 && len(line) > len(best) {
			best = line
		}
	}
	return or(best, first)
}

// lineStart returns the offset of the start of the line holding i.
func lineStart(s string, i int) int {
	return strings.LastIndexByte(s[:i], '\n') + 1
}

// or returns s, or alt when s is empty.
func or(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}
