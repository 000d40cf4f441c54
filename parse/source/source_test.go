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
	if _, err := Open(filepath.Join(dir, "missing.txt"), nil); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Open(missing) = %v; want ErrNotExist", err)
	}
}

func FuzzJSONLines(f *testing.F) {
	f.Add([]byte(archive))
	f.Add([]byte(`{"text": "x"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "f.jsonl")
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
	})
}
