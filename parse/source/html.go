package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/itlightning/dateparse"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

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
	// The page is parsed here rather than by Readability's Parse, which
	// guesses the charset again from the decoded bytes.
	doc, err := html.Parse(transform.NewReader(cr, transform.Chain(norm.NFC, runes.Remove(runes.In(softHyphen)))))
	if err != nil {
		return in, &parse.Error{Doc: name, Err: fmt.Errorf("reading the page: %w", err)}
	}
	published := metaDate(doc) // before Readability removes the scripts
	p := readability.NewParser()
	p.MaxElemsToParse = maxElements
	a, err := p.ParseAndMutate(doc, nil)
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
	} else if t, err := dateparse.ParseAny(published); err == nil {
		in.Published = stampOf(t)
	}
	return in, nil
}

// softHyphen is U+00AD, which pages put inside words for line breaks.
var softHyphen = &unicode.RangeTable{R16: []unicode.Range16{{Lo: 0xad, Hi: 0xad, Stride: 1}}}

// metaDate returns the publication date a page gives where Readability
// does not look: JSON-LD whose @type is a list (["NewsArticle"]) or that
// names no schema.org @context, microdata (itemprop="datePublished" on a
// meta or time element), and the meta names date, pubdate, publishdate,
// publish-date, publication_date and dc.date.issued. It returns "" when
// the page gives none; the first found wins.
func metaDate(doc *html.Node) string {
	var found string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for ; n != nil && found == ""; n = n.NextSibling {
			if n.Type == html.ElementNode {
				switch n.Data {
				case "script":
					if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
						var v any
						if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
							found = jsonLDDate(v, 0)
						}
					}
				case "meta":
					name := strings.ToLower(attr(n, "name"))
					if strings.EqualFold(attr(n, "itemprop"), "datePublished") || slices.Contains(dateNames, name) {
						found = strings.TrimSpace(attr(n, "content"))
					}
				case "time":
					if strings.EqualFold(attr(n, "itemprop"), "datePublished") {
						found = strings.TrimSpace(attr(n, "datetime"))
					}
				}
			}
			walk(n.FirstChild)
		}
	}
	walk(doc)
	return found
}

// dateNames are the meta names metaDate reads, in lower case.
var dateNames = []string{"date", "pubdate", "publishdate", "publish-date", "publication_date", "dc.date.issued"}

// jsonLDDate returns the first datePublished string in a JSON-LD value,
// looking through lists and @graph down to a few levels.
func jsonLDDate(v any, depth int) string {
	if depth > 4 {
		return ""
	}
	switch v := v.(type) {
	case map[string]any:
		if s, ok := v["datePublished"].(string); ok {
			return strings.TrimSpace(s)
		}
		if g, ok := v["@graph"]; ok {
			return jsonLDDate(g, depth+1)
		}
	case []any:
		for _, e := range v {
			if s := jsonLDDate(e, depth+1); s != "" {
				return s
			}
		}
	}
	return ""
}

// attr returns n's attribute key, "" when it has none.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
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
