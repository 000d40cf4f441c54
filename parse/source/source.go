// Package source reads news stories from files into [parse.Input]
// records: a plain-text story, or an archive in JSON Lines with one story
// per line, either of them optionally gzip-compressed.
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
// Other fields are ignored. This is the layout of the Reuters-21578
// archive as JSON Lines.
package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/dateline-dev/dateline/parse"
)

// maxLine is the longest JSON Lines record read, in bytes.
const maxLine = 16 << 20

// A Reader reads the stories of one file, one at a time.
type Reader struct {
	name  string
	id    string // the file's base name without extensions
	f     io.Closer
	gz    *gzip.Reader
	r     io.Reader
	lines *bufio.Scanner // JSON Lines; nil for a plain-text story
	line  int
	done  bool
}

// Open opens the file at path, "-" being standard input in. A name ending
// in .jsonl or .jsonl.gz is an archive of stories; any other file is one
// plain-text story. Gzip compression is recognised by its magic number,
// whatever the name.
func Open(path string, stdin io.Reader) (*Reader, error) {
	r := &Reader{name: path}
	if path == "-" {
		r.name, r.id = "stdin", "stdin"
		r.r = stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		r.f, r.r = f, f
		base := filepath.Base(path)
		for _, ext := range []string{".gz", ".jsonl", ".txt", ".text"} {
			base = strings.TrimSuffix(base, ext)
		}
		r.id = base
	}
	br := bufio.NewReader(r.r)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		gz, err := gzip.NewReader(br)
		if err != nil {
			r.Close()
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		r.gz, r.r = gz, gz
	} else {
		r.r = br
	}
	if strings.HasSuffix(strings.TrimSuffix(path, ".gz"), ".jsonl") {
		r.lines = bufio.NewScanner(r.r)
		r.lines.Buffer(make([]byte, 64<<10), maxLine)
	}
	return r, nil
}

// Archive reports whether r reads a JSON Lines archive, whose stories
// carry their own IDs, rather than one plain-text story named after its
// file.
func (r *Reader) Archive() bool { return r.lines != nil }

// record is one JSON Lines story.
type record struct {
	ID        string  `json:"id"`
	Published string  `json:"published"`
	Dateline  string  `json:"dateline"`
	Title     string  `json:"title"`
	Text      *string `json:"text"`
}

// Next returns the next story. At the end it returns io.EOF. A line that
// is not a story returns a *parse.Error naming the file and line; Next
// may be called again to go on with the next line.
func (r *Reader) Next() (parse.Input, error) {
	if r.done {
		return parse.Input{}, io.EOF
	}
	if r.lines == nil {
		r.done = true
		b, err := io.ReadAll(r.r)
		if err != nil {
			return parse.Input{}, fmt.Errorf("%s: %w", r.name, err)
		}
		return parse.Input{ID: r.id, Source: r.name, Text: string(b)}, nil
	}
	for r.lines.Scan() {
		r.line++
		b := bytes.TrimSpace(r.lines.Bytes())
		if len(b) == 0 {
			continue
		}
		var rec record
		if err := json.Unmarshal(b, &rec); err != nil {
			return parse.Input{}, &parse.Error{Doc: r.name, Line: r.line, Col: 1, Err: fmt.Errorf("not a JSON story: %w", err)}
		}
		if rec.Text == nil {
			return parse.Input{}, &parse.Error{Doc: r.name, Line: r.line, Col: 1, Err: errors.New(`no "text" field`)}
		}
		id := rec.ID
		if id == "" {
			id = r.id + "-" + strconv.Itoa(r.line)
		}
		return parse.Input{
			ID:        id,
			Source:    r.name + ":" + strconv.Itoa(r.line),
			Title:     rec.Title,
			Published: rec.Published,
			Dateline:  rec.Dateline,
			Text:      *rec.Text,
		}, nil
	}
	r.done = true
	if err := r.lines.Err(); err != nil {
		return parse.Input{}, fmt.Errorf("%s: line %d: %w", r.name, r.line+1, err)
	}
	return parse.Input{}, io.EOF
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
