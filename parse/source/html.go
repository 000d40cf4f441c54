package source

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html/charset"

	"github.com/dateline-dev/dateline/parse"
)

// MaxHTML is the largest HTML page read, in bytes; a larger one is
// refused with [parse.ErrTooLarge]. Readability's work grows with the
// page's elements, so a page is also refused past maxElements of them.
const MaxHTML = 8 << 20

// maxElements bounds the elements of a page Readability scores: a news
// page has some thousands.
const maxElements = 200_000

// ErrNoText is returned (wrapped, with the page's name) for an HTML page
// in which no main text is found: none, or fewer than minWords words (a
// page of menus and links, an index, a redirect's note).
var ErrNoText = errors.New("no article text found")

// minWords is the fewest words of a page's main text read as a story.
const minWords = 10

// readHTML reads the HTML page r holds, named name, whose HTTP
// Content-Type is contentType ("" when unknown): its headline, main text
// and publication stamp. The page is decoded from the charset its
// Content-Type or meta element names, else UTF-8.
func readHTML(name string, r io.Reader, contentType string) (parse.Input, error) {
	in := parse.Input{Source: name}
	b, err := io.ReadAll(io.LimitReader(r, MaxHTML+1))
	if err != nil {
		return in, fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > MaxHTML {
		return in, &parse.Error{Doc: name, Err: fmt.Errorf("%w: an HTML page of more than %d bytes (8 MiB)", parse.ErrTooLarge, MaxHTML)}
	}
	cr, err := charset.NewReader(bytes.NewReader(b), contentType)
	if err != nil {
		return in, &parse.Error{Doc: name, Err: fmt.Errorf("decoding the page: %w", err)}
	}
	p := readability.NewParser()
	p.MaxElemsToParse = maxElements
	a, err := p.Parse(cr, nil)
	if err != nil {
		return in, &parse.Error{Doc: name, Err: fmt.Errorf("reading the page: %w", err)}
	}
	var text strings.Builder
	if a.Node != nil {
		a.RenderText(&text)
	}
	in.Text = strings.TrimSpace(text.String())
	if n := len(strings.Fields(in.Text)); n < minWords {
		return in, &parse.Error{Doc: name, Err: fmt.Errorf("%w (%s)", ErrNoText, plural(n, "word"))}
	}
	if !utf8.ValidString(in.Text) {
		in.Text = strings.ToValidUTF8(in.Text, "\uFFFD")
	}
	in.Title = strings.Join(strings.Fields(a.Title()), " ")
	if t, err := a.PublishedTime(); err == nil {
		in.Published = stampOf(t)
	}
	return in, nil
}

// stampOf writes t as the ISO 8601 stamp the page gave: a date alone at
// midnight, else the time with its offset, which keeps the page's local
// day.
func stampOf(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format(time.DateOnly)
	}
	return t.Format("2006-01-02T15:04:05-07:00")
}

// plural returns "1 word", "2 words".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprint(n) + " " + noun + "s"
}
