package out

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// An Encoder writes timelines in one format. Encode may be called more
// than once; Close flushes what is buffered and does not close the
// underlying writer. Encode after Close returns [ErrClosed].
type Encoder interface {
	Encode(t *timeline.Timeline) error
	Close() error
}

// Schema names the version of the JSON and JSON Lines schemas this package
// writes. It changes only when a field is removed or changes meaning;
// added fields keep it.
const Schema = "dateline/1"

// ErrFormat is returned (wrapped) by [ForPath] for a file extension this
// package has no encoder for.
var ErrFormat = errors.New("unknown output format")

// ErrClosed is returned by Encode on an encoder that has been closed.
var ErrClosed = errors.New("out: encoder is closed")

// formats maps file extensions to encoders, in the order error messages
// list them. An extension may have two dots: the longest that ends a
// path wins, so ".timelinejs.json" is not ".json".
var formats = []struct {
	ext string
	new func(io.Writer) Encoder
}{
	{".json", func(w io.Writer) Encoder { return NewJSONEncoder(w) }},
	{".jsonl", func(w io.Writer) Encoder { return NewJSONLEncoder(w) }},
	{".csv", func(w io.Writer) Encoder { return NewCSVEncoder(w) }},
	{".md", func(w io.Writer) Encoder { return NewMarkdownEncoder(w) }},
	{".timelinejs.json", func(w io.Writer) Encoder { return NewTimelineJSEncoder(w) }},
	{".ics", func(w io.Writer) Encoder { return NewICSEncoder(w) }},
}

// Extensions returns the file extensions [ForPath] has encoders for, in
// the order error messages list them.
func Extensions() []string {
	exts := make([]string, len(formats))
	for i, f := range formats {
		exts[i] = f.ext
	}
	return exts
}

// ForPath returns an encoder writing to w in the format path's extension
// names, in any case: .json, .jsonl, .csv, .md, .timelinejs.json
// (TimelineJS3) or .ics (iCalendar). For any other extension, or none, it
// returns an error naming path and the supported formats that wraps
// [ErrFormat].
func ForPath(path string, w io.Writer) (Encoder, error) {
	name := strings.ToLower(filepath.Base(path))
	best := -1
	for i, f := range formats {
		if strings.HasSuffix(name, f.ext) && (best < 0 || len(f.ext) > len(formats[best].ext)) {
			best = i
		}
	}
	if best < 0 {
		return nil, fmt.Errorf("%s: %w (supported: %s)", path, ErrFormat, strings.Join(Extensions(), ", "))
	}
	return formats[best].new(w), nil
}
