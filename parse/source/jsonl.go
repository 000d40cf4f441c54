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
// field names into its parts: a struct type made for them, so that
// encoding/json reads each record once, as fast as for fixed names.
func (f Fields) decoder() (func([]byte) (record, error), error) {
	f = f.orDefault()
	names := []string{f.ID, f.Published, f.Dateline, f.Title, f.Text}
	for i, n := range names {
		for _, m := range names[:i] {
			if n == m {
				return nil, fmt.Errorf("JSON Lines field %q names two parts of a story", n)
			}
		}
	}
	raw := reflect.TypeFor[json.RawMessage]()
	str := reflect.TypeFor[*string]()
	typ := reflect.StructOf([]reflect.StructField{
		{Name: "ID", Type: raw, Tag: reflect.StructTag(`json:"` + f.ID + `"`)},
		{Name: "Published", Type: str, Tag: reflect.StructTag(`json:"` + f.Published + `"`)},
		{Name: "Dateline", Type: str, Tag: reflect.StructTag(`json:"` + f.Dateline + `"`)},
		{Name: "Title", Type: str, Tag: reflect.StructTag(`json:"` + f.Title + `"`)},
		{Name: "Text", Type: str, Tag: reflect.StructTag(`json:"` + f.Text + `"`)},
	})
	return func(b []byte) (record, error) {
		v := reflect.New(typ)
		if err := json.Unmarshal(b, v.Interface()); err != nil {
			return record{}, fmt.Errorf("not a JSON story: %w", err)
		}
		e := v.Elem()
		rec := record{
			Published: deref(e.Field(1)),
			Dateline:  deref(e.Field(2)),
			Title:     deref(e.Field(3)),
		}
		if t := e.Field(4).Interface().(*string); t != nil {
			rec.Text = t
		} else {
			return record{}, fmt.Errorf("no %q field", f.Text)
		}
		id, err := idOf(e.Field(0).Interface().(json.RawMessage))
		if err != nil {
			return record{}, fmt.Errorf("field %q: %w", f.ID, err)
		}
		rec.ID = id
		return rec, nil
	}, nil
}

func deref(v reflect.Value) string {
	if p := v.Interface().(*string); p != nil {
		return *p
	}
	return ""
}

// idOf reads an ID given as a JSON string or number; null or absent is
// no ID.
func idOf(b json.RawMessage) (string, error) {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || string(b) == "null" {
		return "", nil
	}
	if b[0] == '"' {
		var s string
		err := json.Unmarshal(b, &s)
		return s, err
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return "", errors.New("want a string or a number")
	}
	return n.String(), nil
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
