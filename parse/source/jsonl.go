package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"

	"github.com/dateline-dev/dateline/parse"
)

// Fields names the JSON Lines field that holds each part of a story. An
// empty name is the part's default name ([DefaultFields]).
type Fields struct {
	ID, Published, Dateline, Title, Text string
}

// DefaultFields are the field names of the Reuters-21578 archive as JSON
// Lines.
var DefaultFields = Fields{ID: "id", Published: "published", Dateline: "dateline", Title: "title", Text: "text"}

// ParseFields reads a mapping of a story's parts to JSON field names,
// "id=doc_id,text=body,published=date,title=headline": each part (id,
// published, dateline, title, text) at most once, each field name a
// top-level key. Parts not named keep their default names. An empty
// string is DefaultFields.
func ParseFields(s string) (Fields, error) {
	f := DefaultFields
	seen := map[string]bool{}
	for item := range strings.SplitSeq(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		part, name, ok := strings.Cut(item, "=")
		part, name = strings.TrimSpace(part), strings.TrimSpace(name)
		if !ok || name == "" {
			return Fields{}, fmt.Errorf("want PART=FIELD, got %q", item)
		}
		if strings.ContainsAny(name, "\"`\\") {
			return Fields{}, fmt.Errorf("%s=%s: a field name may not hold quotes or backslashes", part, name)
		}
		var p *string
		switch part {
		case "id":
			p = &f.ID
		case "published":
			p = &f.Published
		case "dateline":
			p = &f.Dateline
		case "title":
			p = &f.Title
		case "text":
			p = &f.Text
		default:
			return Fields{}, fmt.Errorf("unknown part %q in %q (want id, published, dateline, title or text)", part, item)
		}
		if seen[part] {
			return Fields{}, fmt.Errorf("part %q named twice", part)
		}
		seen[part] = true
		*p = name
	}
	return f, nil
}

// String returns f as ParseFields reads it.
func (f Fields) String() string {
	f = f.orDefault()
	return "id=" + f.ID + ",published=" + f.Published + ",dateline=" + f.Dateline + ",title=" + f.Title + ",text=" + f.Text
}

func (f Fields) orDefault() Fields {
	or := func(s, d string) string {
		if s == "" {
			return d
		}
		return s
	}
	return Fields{or(f.ID, "id"), or(f.Published, "published"), or(f.Dateline, "dateline"), or(f.Title, "title"), or(f.Text, "text")}
}

// decoder returns a function that decodes a JSON Lines record with these
// field names into its parts: by hand, as most records are written (see
// fastRecord), else by encoding/json (see jsonDecoder). The function
// reuses its buffers and is not safe for concurrent use.
func (f Fields) decoder() (func([]byte) (record, error), error) {
	slow, err := f.jsonDecoder()
	if err != nil {
		return nil, err
	}
	fast := newFastRecord(f)
	return func(b []byte) (record, error) {
		var rec record
		if !fast.decode(b, &rec) {
			return slow(b)
		}
		if rec.Text == nil {
			return record{}, fmt.Errorf("no %q field", f.orDefault().Text)
		}
		return rec, nil
	}, nil
}

// jsonDecoder returns a function that decodes a JSON Lines record with
// these field names into its parts with encoding/json: a struct type made
// for them, so that encoding/json reads each record once, as fast as for
// fixed names. The function reuses one value and is not safe for
// concurrent use.
func (f Fields) jsonDecoder() (func([]byte) (record, error), error) {
	f = f.orDefault()
	names := []string{f.ID, f.Published, f.Dateline, f.Title, f.Text}
	for i, n := range names {
		for _, m := range names[:i] {
			if n == m {
				return nil, fmt.Errorf("JSON Lines field %q names two parts of a story", n)
			}
		}
	}
	str := reflect.TypeFor[string]()
	typ := reflect.StructOf([]reflect.StructField{
		{Name: "ID", Type: reflect.TypeFor[idValue](), Tag: reflect.StructTag(`json:"` + f.ID + `"`)},
		{Name: "Published", Type: str, Tag: reflect.StructTag(`json:"` + f.Published + `"`)},
		{Name: "Dateline", Type: str, Tag: reflect.StructTag(`json:"` + f.Dateline + `"`)},
		{Name: "Title", Type: str, Tag: reflect.StructTag(`json:"` + f.Title + `"`)},
		{Name: "Text", Type: reflect.TypeFor[*string](), Tag: reflect.StructTag(`json:"` + f.Text + `"`)},
	})
	v := reflect.New(typ)
	e := v.Elem()
	return func(b []byte) (record, error) {
		e.SetZero()
		if err := json.Unmarshal(b, v.Interface()); err != nil {
			var ide idError
			if errors.As(err, &ide) {
				return record{}, fmt.Errorf("field %q: %w", f.ID, err)
			}
			return record{}, fmt.Errorf("not a JSON story: %w", err)
		}
		text := e.Field(4).Interface().(*string)
		if text == nil {
			return record{}, fmt.Errorf("no %q field", f.Text)
		}
		return record{
			ID:        e.Field(0).String(),
			Published: e.Field(1).String(),
			Dateline:  e.Field(2).String(),
			Title:     e.Field(3).String(),
			Text:      text,
		}, nil
	}, nil
}

// idValue is an ID given as a JSON string or number; null is no ID.
type idValue string

// idError is the error of an ID of another JSON type.
type idError struct{}

func (idError) Error() string { return "want a string or a number" }

func (id *idValue) UnmarshalJSON(b []byte) error {
	switch {
	case string(b) == "null":
		*id = ""
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*id = idValue(s)
	case len(b) > 0 && (b[0] == '-' || b[0] >= '0' && b[0] <= '9'):
		*id = idValue(b)
	default:
		return idError{}
	}
	return nil
}

// record is one JSON Lines story.
type record struct {
	ID        string
	Published string
	Dateline  string
	Title     string
	Text      *string
}

// jsonLines returns the reader of r's stories, one a line.
func (r *Reader) jsonLines(decode func([]byte) (record, error)) func() (parse.Input, error) {
	lines := bufio.NewScanner(r.r)
	lines.Buffer(make([]byte, 64<<10), maxLine)
	line := 0
	return func() (parse.Input, error) {
		for lines.Scan() {
			line++
			b := bytes.TrimSpace(lines.Bytes())
			if len(b) == 0 {
				continue
			}
			rec, err := decode(b)
			if err != nil {
				return parse.Input{}, &parse.Error{Doc: r.name, Line: line, Col: 1, Err: err}
			}
			id := rec.ID
			if id == "" {
				id = r.id + "-" + strconv.Itoa(line)
			}
			return parse.Input{
				ID:        id,
				Source:    r.name + ":" + strconv.Itoa(line),
				Title:     rec.Title,
				Published: rec.Published,
				Dateline:  rec.Dateline,
				Text:      *rec.Text,
			}, nil
		}
		r.done = true
		if err := lines.Err(); err != nil {
			return parse.Input{}, fmt.Errorf("%s: line %d: %w", r.name, line+1, err)
		}
		return parse.Input{}, io.EOF
	}
}
