// Package source reads news stories from files into [parse.Input]
// records: a plain-text story, an HTML news page, an archive in JSON
// Lines with one story per line, or a WARC file of crawled pages, any of
// them optionally gzip-compressed. [Expand] turns the names a user gives
// (files, folders, globs, "-") into the files to read.
//
// # Formats
//
// A file's format follows its name, a trailing .gz aside: .jsonl is JSON
// Lines, .warc a WARC file, .html, .htm and .xhtml an HTML page. Any
// other file, standard input included, is told by its first bytes:
// "WARC/" opens a WARC file, "<!doctype html" or "<html" (any case,
// after blanks) an HTML page, "{" JSON Lines; anything else is one
// plain-text story. Gzip compression is recognised by its magic number,
// whatever the name.
//
// # JSON Lines
//
// Each line of a .jsonl file is an object with these string fields; only
// text is required:
//
//	id          the story's ID (default: the file's base name and line number)
//	published   the publication stamp: ISO 8601, "1987-04-27T08:43:28"
//	dateline    the dateline as printed: "TOKYO, April 27"
//	title       the headline
//	text        the story's body
//
// The id may also be a number. Other fields are ignored. This is the
// layout of the Reuters-21578 archive as JSON Lines. An archive that
// names them otherwise is read with [Options.Fields] (see
// [ParseFields]).
//
// # Plain text
//
// A plain-text story is the whole file, which must be UTF-8
// ([ErrNotUTF8]).
//
// # HTML
//
// An HTML page is one story: its main text, without navigation, links
// lists and other furniture, as Mozilla's Readability finds it
// (codeberg.org/readeck/go-readability), its headline, and its
// publication date from its JSON-LD datePublished or its
// article:published_time (and the like) meta element, else from
// microdata (itemprop="datePublished") or a date meta name. A page with
// none is anchored by the stamp or dateline its text gives, as a
// plain-text story is. Its charset is that of its Content-Type or meta
// element, else UTF-8 if it is valid UTF-8, else windows-1252.
//
// # WARC
//
// Each response record of a WARC file (github.com/nlnwa/gowarc) whose
// HTTP payload is HTML is read as an HTML page, and its ID is its
// WARC-Target-URI; a resource record of HTML likewise. Other records
// (requests, metadata, images, redirects) are passed over.
//
// # IDs
//
// A story of a plain-text or HTML file is named after the file, without
// its extensions ("news/a.txt" is "a"); a JSON Lines story by its id
// field, or the file's name and its line ("news-3"); a WARC page by its
// URI. A caller that reads several files keeps IDs unique across them
// (package main gives the second "a" the ID "a-2").
package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/dateline-dev/dateline/parse"
)

// maxLine is the longest JSON Lines record read, in bytes.
const maxLine = 16 << 20

// A Format is the kind of a file read.
type Format int

// The formats of files.
const (
	Text  Format = iota // one plain-text story
	JSONL               // JSON Lines: a story per line
	HTML                // one HTML news page
	WARC                // a WARC file of crawled pages
)

func (f Format) String() string {
	switch f {
	case JSONL:
		return "JSON Lines"
	case HTML:
		return "HTML"
	case WARC:
		return "WARC"
	}
	return "text"
}

// Options says how to read files; the zero value reads them as the
// package doc says.
type Options struct {
	// Fields names the JSON Lines fields of each of a story's parts;
	// its zero value is DefaultFields.
	Fields Fields
}

// A Reader reads the stories of one file, one at a time.
type Reader struct {
	name   string
	id     string // the file's base name without extensions
	format Format
	f      io.Closer
	gz     *gzip.Reader
	count  *counter // bytes read from the file, before decompression
	r      *bufio.Reader
	next   func() (parse.Input, error) // the format's reader
	done   bool
}

// Open opens the file at path with the zero Options.
func Open(path string, stdin io.Reader) (*Reader, error) {
	return Options{}.Open(path, stdin)
}

// Open opens the file at path, "-" being standard input in, and tells its
// format by its name or its first bytes (see the package doc). The error
// of a file that cannot be opened wraps the [os.PathError].
func (o Options) Open(path string, stdin io.Reader) (*Reader, error) {
	r := &Reader{name: path}
	var src io.Reader
	if path == "-" {
		r.name, r.id = "stdin", "stdin"
		src = stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			f.Close()
			return nil, fmt.Errorf("%s: is a folder", path)
		}
		r.f, src = f, f
		r.id = baseID(path)
	}
	r.count = &counter{r: src}
	br := bufio.NewReaderSize(r.count, 64<<10)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		gz, err := gzip.NewReader(br)
		if err != nil {
			r.Close()
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		r.gz = gz
		br = bufio.NewReaderSize(gz, 64<<10)
	}
	r.r = br
	r.format = formatOf(path, br)
	switch r.format {
	case JSONL:
		dec, err := o.Fields.decoder()
		if err != nil {
			r.Close()
			return nil, err
		}
		r.next = r.jsonLines(dec)
	case HTML:
		r.next = r.htmlPage
	case WARC:
		next, err := r.warcRecords()
		if err != nil {
			r.Close()
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		r.next = next
	default:
		r.next = r.plainText
	}
	return r, nil
}

// baseID returns the ID of a story named after its file: the base name
// without its extensions of a known format.
func baseID(path string) string {
	base := filepath.Base(path)
	base = strings.TrimSuffix(base, ".gz")
	for _, ext := range []string{".jsonl", ".txt", ".text", ".html", ".htm", ".xhtml", ".warc"} {
		if strings.HasSuffix(strings.ToLower(base), ext) && len(base) > len(ext) {
			return base[:len(base)-len(ext)]
		}
	}
	return base
}

// formatOf tells the format of the file at path by its name, else by the
// first bytes br holds.
func formatOf(path string, br *bufio.Reader) Format {
	switch strings.ToLower(filepath.Ext(strings.TrimSuffix(path, ".gz"))) {
	case ".jsonl":
		return JSONL
	case ".warc":
		return WARC
	case ".html", ".htm", ".xhtml":
		return HTML
	}
	head, _ := br.Peek(512)
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case bytes.HasPrefix(head, []byte("WARC/")):
		return WARC
	case hasPrefixFold(head, "<!doctype html"), hasPrefixFold(head, "<html"):
		return HTML
	case bytes.HasPrefix(head, []byte("{")):
		return JSONL
	}
	return Text
}

func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && strings.EqualFold(string(b[:len(prefix)]), prefix)
}

// Format returns the format r reads.
func (r *Reader) Format() Format { return r.format }

// Archive reports whether r reads an archive whose stories carry their
// own IDs (JSON Lines, WARC), rather than one story named after its
// file.
func (r *Reader) Archive() bool { return r.format == JSONL || r.format == WARC }

// Offset returns how many bytes of the file r has read so far, counted
// before decompression: with the file's size, how far a run has got.
func (r *Reader) Offset() int64 { return r.count.n }

// Next returns the next story. At the end it returns io.EOF. A story
// that cannot be read returns an error naming the file and the story (a
// *parse.Error with the line for JSON Lines); Next may be called again
// to go on with the next story.
func (r *Reader) Next() (parse.Input, error) {
	if r.done {
		return parse.Input{}, io.EOF
	}
	in, err := r.next()
	if err == io.EOF {
		r.done = true
	}
	return in, err
}

// plainText reads the whole file as one story.
func (r *Reader) plainText() (parse.Input, error) {
	r.done = true
	b, err := io.ReadAll(r.r)
	if err != nil {
		return parse.Input{}, fmt.Errorf("%s: %w", r.name, err)
	}
	if !utf8.Valid(b) {
		return parse.Input{ID: r.id, Source: r.name}, notUTF8(r.name, b)
	}
	return parse.Input{ID: r.id, Source: r.name, Text: string(b)}, nil
}

// ErrNotUTF8 is returned (in a *parse.Error giving the line and column
// of the first bad byte) for a plain-text story that is not UTF-8: a
// file in another encoding, or no text at all.
var ErrNotUTF8 = errors.New("not UTF-8 text (convert it with iconv, or give it as HTML with its charset)")

// notUTF8 returns the error of text b, which is not valid UTF-8.
func notUTF8(name string, b []byte) error {
	line, col := 1, 1
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			break
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col += n
		}
		b = b[n:]
	}
	return &parse.Error{Doc: name, Line: line, Col: col, Err: ErrNotUTF8}
}

// htmlPage reads the whole file as one HTML page.
func (r *Reader) htmlPage() (parse.Input, error) {
	r.done = true
	in, err := readHTML(r.name, r.r, "")
	in.ID = r.id
	return in, err
}

// Close closes the file.
func (r *Reader) Close() error {
	if r.gz != nil {
		r.gz.Close()
	}
	if r.f != nil {
		return r.f.Close()
	}
	return nil
}

// counter counts the bytes read from r.
type counter struct {
	r io.Reader
	n int64
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
