package source

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dateline-dev/dateline/parse"
)

// readAll returns every story and error a file gives.
func readAll(t *testing.T, path string, stdin io.Reader) ([]parse.Input, []error) {
	t.Helper()
	r, err := Open(path, stdin)
	if err != nil {
		t.Fatalf("Open(%q): %v", path, err)
	}
	defer r.Close()
	var ins []parse.Input
	var errs []error
	for {
		in, err := r.Next()
		if err == io.EOF {
			return ins, errs
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ins = append(ins, in)
	}
}

const archive = `{"id": "reuters-255", "published": "1987-03-01T21:42:38", "dateline": "PEKING, March 2", "title": "SHULTZ LIKELY TO VISIT MOSCOW SOON", "text": "U.S. Secretary of State George Shultz is likely to visit Moscow soon.", "places": ["china"]}

{"published": "1987-03-02T10:00:00", "text": "No ID here."}
not json at all
{"id": "no-text"}
{"id": "last", "text": ""}
`

func TestJSONLines(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "news.jsonl")
	os.WriteFile(plain, []byte(archive), 0o644)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(archive))
	zw.Close()
	packed := filepath.Join(dir, "news.jsonl.gz")
	os.WriteFile(packed, gz.Bytes(), 0o644)

	for _, path := range []string{plain, packed} {
		ins, errs := readAll(t, path, nil)
		var ids []string
		for _, in := range ins {
			ids = append(ids, in.ID)
		}
		if got, want := strings.Join(ids, " "), "reuters-255 news-3 last"; got != want {
			t.Errorf("%s: stories %q; want %q", path, got, want)
		}
		if ins[0].Dateline != "PEKING, March 2" || ins[0].Published != "1987-03-01T21:42:38" || ins[0].Title == "" || ins[0].Source != path+":1" {
			t.Errorf("%s: first story %+v", path, ins[0])
		}
		if len(errs) != 2 {
			t.Fatalf("%s: errors %v; want 2", path, errs)
		}
		for i, want := range []string{":4:1: not a JSON story", `:5:1: no "text" field`} {
			var pe *parse.Error
			if !errors.As(errs[i], &pe) || !strings.Contains(errs[i].Error(), want) || !strings.Contains(errs[i].Error(), path) {
				t.Errorf("%s: error %d = %v; want a *parse.Error naming the file and containing %q", path, i, errs[i], want)
			}
		}
	}
}

func TestPlainText(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "story.txt")
	os.WriteFile(path, []byte("Headline\n\nBody.\n"), 0o644)
	ins, errs := readAll(t, path, nil)
	if len(errs) > 0 || len(ins) != 1 || ins[0].ID != "story" || ins[0].Text != "Headline\n\nBody.\n" || ins[0].Published != "" {
		t.Errorf("plain story: %+v, %v", ins, errs)
	}
	ins, _ = readAll(t, "-", strings.NewReader("From stdin.\n"))
	if len(ins) != 1 || ins[0].ID != "stdin" || ins[0].Text != "From stdin.\n" {
		t.Errorf("stdin story: %+v", ins)
	}
	for _, tt := range []struct{ text, want string }{
		{"Caf\xe9 talks", ":1:4: not UTF-8 text"},           // Latin-1
		{"Line one\nline \xff two", ":2:6: not UTF-8 text"}, // the first bad byte's line and column
		{"\x89PNG\r\n\x1a\n", ":1:1: not UTF-8 text"},       // an image
	} {
		path := filepath.Join(dir, "latin1.txt")
		os.WriteFile(path, []byte(tt.text), 0o644)
		_, errs := readAll(t, path, nil)
		var pe *parse.Error
		if len(errs) != 1 || !errors.Is(errs[0], ErrNotUTF8) || !errors.As(errs[0], &pe) || !strings.Contains(errs[0].Error(), path+tt.want) {
			t.Errorf("reading %q: %v; want a *parse.Error %q", tt.text, errs, path+tt.want)
		}
	}
	if _, err := Open(filepath.Join(dir, "missing.txt"), nil); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Open(missing) = %v; want ErrNotExist", err)
	}
}

func FuzzJSONLines(f *testing.F) {
	f.Add([]byte(archive))
	f.Add([]byte(`{"text": "x"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		readsToEnd(t, "f.jsonl", data)
	})
}

// FuzzPlainText: a plain-text story is its bytes, or, when they are not
// UTF-8, an error whose line and column point at the first bad byte.
func FuzzPlainText(f *testing.F) {
	f.Add([]byte("Headline\n\nBody.\n"))
	f.Add([]byte("Line one\nline \xff two"))
	f.Add([]byte("\xe2\x82"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Open("-", bytes.NewReader(append([]byte("x"), data...)))
		if err != nil {
			t.Fatal(err)
		}
		if r.Format() != Text {
			return
		}
		text := append([]byte("x"), data...)
		in, err := r.Next()
		if utf8.Valid(text) {
			if err != nil || in.Text != string(text) {
				t.Fatalf("Next() = %q, %v; want the text", in.Text, err)
			}
			return
		}
		var pe *parse.Error
		if !errors.As(err, &pe) || !errors.Is(err, ErrNotUTF8) {
			t.Fatalf("Next() = %v; want ErrNotUTF8", err)
		}
		lines := bytes.Split(text, []byte("\n"))
		if pe.Line < 1 || pe.Line > len(lines) || pe.Col < 1 || pe.Col > len(lines[pe.Line-1]) {
			t.Fatalf("error at %d:%d outside the text", pe.Line, pe.Col)
		}
		before := bytes.Join(lines[:pe.Line-1], []byte("\n"))
		if pe.Line > 1 {
			before = append(before, '\n')
		}
		before = append(before, lines[pe.Line-1][:pe.Col-1]...)
		if !utf8.Valid(before) || utf8.Valid(lines[pe.Line-1][pe.Col-1:]) && pe.Line == len(lines) {
			t.Fatalf("error at %d:%d is not the first bad byte", pe.Line, pe.Col)
		}
	})
}

// readsToEnd writes data to a file named name and reads it with Open and
// Next: no panic, and Next ends, with io.EOF or an error, within as many
// records as data has bytes.
func readsToEnd(t *testing.T, name string, data []byte) {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := Open(path, nil)
	if err != nil {
		return
	}
	defer r.Close()
	for i := 0; ; i++ {
		_, err := r.Next()
		if err == io.EOF {
			break
		}
		if i > len(data)+1 {
			t.Fatalf("Next does not end on %q", data)
		}
	}
}
