package out_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dateline-dev/dateline/out"
	"github.com/dateline-dev/dateline/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// encode writes t with the encoder ForPath picks for name.
func encode(t *testing.T, name string, tl *timeline.Timeline) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc, err := out.ForPath(name, &buf)
	if err != nil {
		t.Fatal(err)
	}
	if err := enc.Encode(tl); err != nil {
		t.Fatalf("%s: Encode: %v", name, err)
	}
	if err := enc.Close(); err != nil {
		t.Fatalf("%s: Close: %v", name, err)
	}
	return buf.Bytes()
}

var goldenFiles = []string{"timeline.json", "timeline.jsonl", "timeline.csv", "timeline.md", "timeline.timelinejs.json", "timeline.ics"}

func TestFixtureSorted(t *testing.T) {
	if tl := fixture(t); !slices.IsSortedFunc(tl.Events, timeline.Compare) {
		t.Fatal("fixture events are not in timeline.Compare order")
	}
}

func TestGolden(t *testing.T) {
	for _, name := range goldenFiles {
		t.Run(name, func(t *testing.T) {
			got := encode(t, name, fixture(t))
			if again := encode(t, name, fixture(t)); !bytes.Equal(got, again) {
				t.Errorf("%s: two encodings differ", name)
			}
			if !bytes.HasSuffix(got, []byte("\n")) {
				t.Errorf("%s: output does not end with a newline", name)
			}
			path := filepath.Join("testdata", name)
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s (run go test -update and read the diff):\n%s", name, path, got)
			}
		})
	}
}

// TestEmpty checks that a nil and an empty timeline give well-formed
// output ending with a newline.
func TestEmpty(t *testing.T) {
	want := map[string]string{
		"x.json":            "{\n  \"schema\": \"dateline/1\",\n  \"documents\": [],\n  \"events\": []\n}\n",
		"x.jsonl":           "",
		"x.csv":             "doc,id,kind,mode,cameo,action,summary,note,actors,recipients,venue,city,country,region,start,end,value,mod,precision,status,time_text,sentence,sentence_start,sentence_end,trigger,trigger_start,trigger_end,sources\n",
		"x.md":              "# Timeline\n\n0 events from 0 documents.\n",
		"x.timelinejs.json": "{\n  \"title\": {\n    \"text\": {\n      \"headline\": \"Timeline\",\n      \"text\": \"<p>0 events from 0 documents.</p>\"\n    }\n  },\n  \"events\": []\n}\n",
		"x.ics": "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//dateline//dateline timeline//EN\r\nCALSCALE:GREGORIAN\r\n" +
			"X-WR-CALNAME:Timeline\r\nX-WR-CALDESC:0 events from 0 documents.\r\nEND:VCALENDAR\r\n",
	}
	for _, name := range []string{"x.json", "x.jsonl", "x.csv", "x.md", "x.timelinejs.json", "x.ics"} {
		for _, tl := range []*timeline.Timeline{nil, {}} {
			if got := string(encode(t, name, tl)); got != want[name] {
				t.Errorf("%s: Encode(%v) = %q; want %q", name, tl, got, want[name])
			}
		}
	}
}

// docKeys reads the key column of the table under heading in doc.go; keys
// ending in "?" are optional.
func docKeys(t *testing.T, heading string) (keys []string, required map[string]bool) {
	t.Helper()
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(src), "// # "+heading+"\n")
	if !ok {
		t.Fatalf("doc.go has no %q heading", heading)
	}
	section, _, _ = strings.Cut(section, "// # ")
	required = map[string]bool{}
	for _, line := range strings.Split(section, "\n") {
		f := strings.Fields(strings.TrimPrefix(line, "//\t"))
		if !strings.HasPrefix(line, "//\t") || len(f) == 0 || strings.HasPrefix(line, "//\t ") {
			continue
		}
		k, opt := strings.CutSuffix(f[0], "?")
		keys = append(keys, k)
		required[k] = !opt
	}
	return keys, required
}

func TestJSONLKeys(t *testing.T) {
	keys, required := docKeys(t, "JSON Lines schema")
	if len(keys) != 21 {
		t.Fatalf("doc.go JSON Lines table has %d keys: %v", len(keys), keys)
	}
	seen := map[string]bool{}
	lines := strings.Split(strings.TrimSuffix(string(encode(t, "x.jsonl", fixture(t))), "\n"), "\n")
	if len(lines) != len(fixture(t).Events) {
		t.Fatalf("got %d lines; want one per event, %d", len(lines), len(fixture(t).Events))
	}
	for i, line := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("line %d: %v: %s", i+1, err, line)
		}
		for k := range m {
			if _, ok := required[k]; !ok {
				t.Errorf("line %d: key %q is not documented in doc.go", i+1, k)
			}
			seen[k] = true
		}
		for _, k := range keys {
			if _, ok := m[k]; required[k] && !ok {
				t.Errorf("line %d: required key %q missing", i+1, k)
			}
		}
	}
	for _, k := range keys {
		if !seen[k] {
			t.Errorf("documented key %q appears in no line of the fixture", k)
		}
	}
}

func TestCSVRoundTrip(t *testing.T) {
	tl := fixture(t)
	r := csv.NewReader(bytes.NewReader(encode(t, "x.csv", tl)))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+len(tl.Events) {
		t.Fatalf("got %d rows; want a header and %d events", len(rows), len(tl.Events))
	}
	var want []string
	_, section, _ := strings.Cut(mustRead(t, "doc.go"), "// # CSV columns\n")
	section, _, _ = strings.Cut(section, "// # ")
	for _, line := range strings.Split(section, "\n") {
		if strings.HasPrefix(line, "//\t") {
			want = append(want, strings.Fields(line[3:])...)
		}
	}
	if !slices.Equal(rows[0], want) {
		t.Errorf("header = %v;\nwant (doc.go) %v", rows[0], want)
	}
	col := func(row []string, name string) string { return row[slices.Index(rows[0], name)] }
	for i, e := range tl.Events {
		row := rows[i+1]
		if got := col(row, "summary"); got != e.Summary {
			t.Errorf("row %d summary = %q; want %q", i+1, got, e.Summary)
		}
		if got := col(row, "sentence"); got != e.Evidence[0].Sentence {
			t.Errorf("row %d sentence = %q; want %q", i+1, got, e.Evidence[0].Sentence)
		}
		if got, want := col(row, "actors"), strings.Join(timeline.Names(e.Actors), "; "); got != want {
			t.Errorf("row %d actors = %q; want %q", i+1, got, want)
		}
	}
	if got := col(rows[3], "sources"); got != "upi-kim; yonhap-kim" {
		t.Errorf("merged event sources = %q; want %q", got, "upi-kim; yonhap-kim")
	}
}

func mustRead(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestMarkdownEscapes checks that article text cannot open markup.
func TestMarkdownEscapes(t *testing.T) {
	md := string(encode(t, "x.md", fixture(t)))
	for _, bad := range []string{"<script>", "*ever*", "*with*", "*maybe*", " | "} {
		if strings.Contains(md, bad) {
			t.Errorf("Markdown contains unescaped %q", bad)
		}
	}
}

func TestForPath(t *testing.T) {
	tests := []struct {
		path string
		want string
	}{
		{"t.json", "*out.JSONEncoder"},
		{"dir/t.jsonl", "*out.JSONLEncoder"},
		{"T.CSV", "*out.CSVEncoder"},
		{"/tmp/x.y/t.md", "*out.MarkdownEncoder"},
		{"t.timelinejs.json", "*out.TimelineJSEncoder"},
		{"T.TimelineJS.JSON", "*out.TimelineJSEncoder"},
		{"timelinejs.json", "*out.JSONEncoder"}, // the name, not a second extension
		{"x.timelinejs.jsonl", "*out.JSONLEncoder"},
		{"kim.ics", "*out.ICSEncoder"},
	}
	for _, tt := range tests {
		enc, err := out.ForPath(tt.path, io.Discard)
		if err != nil {
			t.Errorf("ForPath(%q): %v", tt.path, err)
			continue
		}
		if got := fmt.Sprintf("%T", enc); got != tt.want {
			t.Errorf("ForPath(%q) = %s; want %s", tt.path, got, tt.want)
		}
	}
	for _, path := range []string{"timeline.xml", "timeline.html", "timeline", "dir.json/t"} {
		enc, err := out.ForPath(path, io.Discard)
		if !errors.Is(err, out.ErrFormat) {
			t.Errorf("ForPath(%q) = %v, %v; want ErrFormat", path, enc, err)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, path) || !strings.Contains(msg, ".json, .jsonl, .csv, .md, .timelinejs.json, .ics)") {
			t.Errorf("ForPath(%q) error %q does not name the path and every format", path, msg)
		}
	}
}

func TestClosed(t *testing.T) {
	for _, name := range goldenFiles {
		enc, err := out.ForPath(name, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		if err := enc.Close(); err != nil {
			t.Errorf("%s: Close: %v", name, err)
		}
		if err := enc.Encode(fixture(t)); !errors.Is(err, out.ErrClosed) {
			t.Errorf("%s: Encode after Close = %v; want ErrClosed", name, err)
		}
	}
}

// TestWriteFile checks WriteFile and WriteFileNoSync, which differ only
// in what they sync to disk.
func TestWriteFile(t *testing.T) {
	for _, tt := range []struct {
		name      string
		writeFile func(string, func(io.Writer) error) error
	}{
		{"WriteFile", out.WriteFile},
		{"WriteFileNoSync", out.WriteFileNoSync},
	} {
		t.Run(tt.name, func(t *testing.T) { testWriteFile(t, tt.writeFile) })
	}
}

func testWriteFile(t *testing.T, writeFile func(string, func(io.Writer) error) error) {
	dir := t.TempDir()
	path := filepath.Join(dir, "timeline.csv")
	if err := os.WriteFile(path, []byte("old\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	entries := func() []string {
		es, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range es {
			names = append(names, e.Name())
		}
		return names
	}

	boom := errors.New("boom")
	err := writeFile(path, func(w io.Writer) error {
		io.WriteString(w, "partial")
		return boom
	})
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), path) {
		t.Errorf("WriteFile with failing write = %v; want boom wrapped with the path", err)
	}
	if got := mustRead(t, path); got != "old\n" {
		t.Errorf("after failed write, file = %q; want %q", got, "old\n")
	}
	if got := entries(); !slices.Equal(got, []string{"timeline.csv"}) {
		t.Errorf("after failed write, dir holds %v; want only timeline.csv", got)
	}

	func() {
		defer func() { recover() }()
		writeFile(path, func(w io.Writer) error { panic("write panics") })
	}()
	if got := entries(); !slices.Equal(got, []string{"timeline.csv"}) {
		t.Errorf("after panicking write, dir holds %v; want only timeline.csv", got)
	}

	if err := writeFile(path, func(w io.Writer) error {
		_, err := io.WriteString(w, "new\n")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if got := mustRead(t, path); got != "new\n" {
		t.Errorf("after write, file = %q; want %q", got, "new\n")
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("replaced file mode = %v, %v; want 0600 kept", fi.Mode(), err)
	}
	if got := entries(); !slices.Equal(got, []string{"timeline.csv"}) {
		t.Errorf("after write, dir holds %v; want only timeline.csv", got)
	}

	fresh := filepath.Join(dir, "new.md")
	if err := writeFile(fresh, func(w io.Writer) error { return out.NewMarkdownEncoder(w).Encode(fixture(t)) }); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(fresh); err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("new file mode = %v, %v; want 0644", fi.Mode(), err)
	}

	// The error names the file asked for, once, and not the temporary
	// file it could not create.
	missing := filepath.Join(dir, "missing", "t.json")
	if err := writeFile(missing, func(io.Writer) error { return nil }); err == nil {
		t.Error("WriteFile into a missing directory succeeded")
	} else if !errors.Is(err, fs.ErrNotExist) || strings.Count(err.Error(), "t.json") != 1 {
		t.Errorf("WriteFile into a missing directory = %q; want ErrNotExist naming %s once", err, missing)
	}
}

// TestJSONLOffsets checks that every quote's text is its document's text
// at its offsets.
func TestJSONLOffsets(t *testing.T) {
	tl := fixture(t)
	text := map[string]string{}
	for _, d := range tl.Documents {
		text[d.ID] = d.Text
	}
	type quote struct {
		Text       string
		Start, End int
	}
	for i, line := range strings.Split(strings.TrimSpace(string(encode(t, "x.jsonl", tl))), "\n") {
		var r struct {
			Doc      string
			Sentence quote
			Trigger  quote
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		for _, q := range []quote{r.Sentence, r.Trigger} {
			if got := text[r.Doc][q.Start:q.End]; got != q.Text {
				t.Errorf("line %d: %s[%d:%d] = %q; record says %q", i+1, r.Doc, q.Start, q.End, got, q.Text)
			}
		}
	}
}
