package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// docIDs returns the document IDs of a JSON output, in its order.
func docIDs(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var tl struct {
		Documents []struct{ ID string } `json:"documents"`
	}
	if err := json.Unmarshal(b, &tl); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var ids []string
	for _, d := range tl.Documents {
		ids = append(ids, d.ID)
	}
	return ids
}

const (
	upiPage   = "parse/source/testdata/upi-kim-putin.html"
	statePage = "parse/source/testdata/state-meta.htm"
	crawlFile = "parse/source/testdata/crawl.warc.gz"
)

// TestBuildInputs reads every kind of input at once: a folder tree, a
// quoted glob, an HTML page, a WARC crawl and standard input; the
// documents are read in input order, a folder's in name order, with unique
// IDs, and the same bytes twice. The timeline lists them in the order
// the merge reads them: by the instant each was filed, then by ID.
func TestBuildInputs(t *testing.T) {
	dir := t.TempDir()
	text, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(statePage)
	if err != nil {
		t.Fatal(err)
	}
	for f, b := range map[string][]byte{"tree/b/a.txt": text, "tree/a/a.txt": text, "tree/a/state.htm": page, "tree/a/notes.md": []byte("not a story"), "globbed/x1.txt": text, "globbed/x2.txt": text} {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var outs [2][]byte
	for i := range outs {
		o := filepath.Join(dir, fmt.Sprintf("all%d.json", i))
		code, _, stderr := dateline(t, string(text), "build", "-o", o, filepath.Join(dir, "tree"), filepath.Join(dir, "globbed", "x*.txt"), upiPage, crawlFile, "-")
		if code != 3 {
			// The crawl's page of menus only is skipped, and its TASS
			// page, whose dateline has no year and which has no stamp
			// (the crawl's date is not its publication's).
			t.Fatalf("build: exit %d; want 3:\n%s", code, stderr)
		}
		for _, want := range []string{"crawl.warc.gz: https://www.upi.com/menu: no article text found", "crawl.warc.gz: https://tass.com/politics/1: no anchor date", "dateline: 10 documents read: 8 parsed with", "2 skipped (1 no anchor date, 1 no text)"} {
			if !strings.Contains(stderr, want) {
				t.Errorf("stderr lacks %q:\n%s", want, stderr)
			}
		}
		want := []string{"https://www.upi.com/Top_News/World-News/2019/04/25/Kim-Jong-Un-Putin-hold-first-summit/1234556191234/",
			"upi-kim-putin", "a", "a-2", "stdin", "x1", "x2", "state"}
		if got := docIDs(t, o); !reflect.DeepEqual(got, want) {
			t.Errorf("documents %q; want %q", got, want)
		}
		outs[i], _ = os.ReadFile(o)
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Errorf("two builds of the same inputs differ")
	}
}

// TestBuildFields reads an export whose fields have other names.
func TestBuildFields(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "export.jsonl.gz")
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	fmt.Fprintln(zw, `{"doc_id": "kim", "date": "2019-04-26", "body": "VLADIVOSTOK, Russia, April 26 (UPI) -- North Korean leader Kim Jong Un met Russian President Vladimir Putin on Thursday."}`)
	fmt.Fprintln(zw, `{"doc_id": "broken", "body": 7}`)
	zw.Close()
	os.WriteFile(path, buf.Bytes(), 0o644)
	o := filepath.Join(dir, "x.json")
	code, _, stderr := dateline(t, "", "build", "-fields", "id=doc_id,text=body,published=date", "-o", o, path)
	if code != 3 || !strings.Contains(stderr, "export.jsonl.gz:2:1: not a JSON story") {
		t.Fatalf("build -fields: exit %d; want 3 and the bad line named:\n%s", code, stderr)
	}
	if got := docIDs(t, o); !reflect.DeepEqual(got, []string{"kim"}) {
		t.Errorf("documents %q; want kim", got)
	}
	code, _, stderr = dateline(t, "", "build", "-fields", "author=by", path)
	if code != 2 || !strings.Contains(stderr, `invalid value "author=by" for flag -fields: unknown part "author"`) {
		t.Errorf("a bad -fields: exit %d, %s", code, stderr)
	}
}

// TestShard: the n shards of the same inputs are disjoint, together the
// whole, and the same run to run; two files of one name share a shard
// and keep the IDs they have in the whole run.
func TestShard(t *testing.T) {
	dir := t.TempDir()
	text, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for i := range 12 {
		lines = append(lines, fmt.Sprintf(`{"id": "story-%d", "published": "2019-04-26", "text": "Kim Jong Un met Vladimir Putin on Thursday in Vladivostok (%d)."}`, i, i))
	}
	lines = append(lines, "not json")
	archive := filepath.Join(dir, "wire.jsonl")
	os.WriteFile(archive, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	for _, d := range []string{"d1", "d2"} {
		os.Mkdir(filepath.Join(dir, d), 0o755)
		os.WriteFile(filepath.Join(dir, d, "a.txt"), text, 0o644)
	}
	inputs := []string{archive, filepath.Join(dir, "d1"), filepath.Join(dir, "d2")}
	build := func(args ...string) ([]string, int, string) {
		o := filepath.Join(dir, "out.json")
		code, _, stderr := dateline(t, "", append(append([]string{"build", "-o", o}, args...), inputs...)...)
		if code != 0 && code != 3 {
			t.Fatalf("build %q: exit %d:\n%s", args, code, stderr)
		}
		return docIDs(t, o), code, stderr
	}
	whole, _, _ := build()
	for _, n := range []int{2, 3} {
		var union []string
		bad := 0
		for i := 1; i <= n; i++ {
			ids, _, stderr := build("-shard", fmt.Sprintf("%d/%d", i, n))
			again, _, _ := build("-shard", fmt.Sprintf("%d/%d", i, n))
			if !reflect.DeepEqual(ids, again) {
				t.Errorf("shard %d/%d differs run to run: %q, %q", i, n, ids, again)
			}
			if slices.Contains(ids, "a") != slices.Contains(ids, "a-2") {
				t.Errorf("shard %d/%d split the two a.txt: %q", i, n, ids)
			}
			bad += strings.Count(stderr, "not a JSON story")
			union = append(union, ids...)
		}
		if bad != 1 {
			t.Errorf("%d shards reported the bad line %d times; want once", n, bad)
		}
		slices.Sort(union)
		sorted := slices.Sorted(slices.Values(whole))
		if !reflect.DeepEqual(union, sorted) {
			t.Errorf("the %d shards hold %q; want the whole run's %q, each once", n, union, sorted)
		}
	}
	for _, bad := range []string{"0/2", "3/2", "1", "a/b", "1/0"} {
		if code, _, stderr := dateline(t, "", "build", "-shard", bad, example); code != 2 || !strings.Contains(stderr, "want i/n with 1 <= i <= n") {
			t.Errorf("-shard %s: exit %d, %s", bad, code, stderr)
		}
	}
}

// TestIndexShards: two index jobs of one archive, each a shard, read
// between them every document one whole index reads, each once, and
// store the same documents and events.
func TestIndexShards(t *testing.T) {
	dir := t.TempDir()
	inputs := []string{example, writeFile(t, dir, "wire.jsonl", wire), crawlFile, upiPage}
	whole := filepath.Join(dir, "whole.db")
	code, _, stderr := dateline(t, "", append([]string{"index", "-db", whole}, inputs...)...)
	if code != 3 {
		t.Fatalf("index: exit %d:\n%s", code, stderr)
	}
	w := parseSummary(t, stderr)
	// Again: the HTML pages and the crawl's pages read the same, so
	// nothing is stored twice.
	_, _, stderr = dateline(t, "", append([]string{"index", "-db", whole}, inputs...)...)
	if again := parseSummary(t, stderr); again.indexed != 0 || again.unchanged != w.indexed || again.docs != w.docs {
		t.Errorf("index again: %+v; want the %d documents of the first run unchanged", again, w.indexed)
	}
	sharded := filepath.Join(dir, "sharded.db")
	var sum summary
	for _, s := range []string{"1/2", "2/2"} {
		code, _, stderr := dateline(t, "", append([]string{"index", "-shard", s, "-db", sharded}, inputs...)...)
		if code != 0 && code != 3 {
			t.Fatalf("index -shard %s: exit %d:\n%s", s, code, stderr)
		}
		p := parseSummary(t, stderr)
		sum.read += p.read
		sum.indexed += p.indexed
		sum.events += p.events
		sum.skipped += p.skipped
		sum.docs, sum.stored = p.docs, p.stored
	}
	if sum.read != w.read || sum.indexed != w.indexed || sum.events != w.events || sum.skipped != w.skipped || sum.docs != w.docs || sum.stored != w.stored {
		t.Errorf("the two shards: %+v; want the whole run's counts %+v", sum, w)
	}
	// The stores hold the same documents and events; only the order
	// in which they were stored differs.
	ids := func(db string) []string {
		o := filepath.Join(dir, filepath.Base(db)+".json")
		if code, _, stderr := dateline(t, "", "query", "-db", db, "-o", o); code != 0 {
			t.Fatalf("query: exit %d: %s", code, stderr)
		}
		return slices.Sorted(slices.Values(docIDs(t, o)))
	}
	if a, b := ids(sharded), ids(whole); !reflect.DeepEqual(a, b) || len(a) != w.docs {
		t.Errorf("the sharded store holds %q; the whole %q", a, b)
	}
}

func TestShowProgress(t *testing.T) {
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	log, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer log.Close()
	for _, tt := range []struct {
		name string
		w    any
	}{
		{"a buffer", new(bytes.Buffer)},
		{"/dev/null, a character device but no terminal (the old test showed progress there)", null},
		{"a pipe", w},
		{"a log file", log},
	} {
		if showProgress(tt.w.(interface{ Write([]byte) (int, error) })) {
			t.Errorf("showProgress(%s) = true; want false", tt.name)
		}
		if p := newProgress(tt.w.(interface{ Write([]byte) (int, error) }), 100); p != nil {
			t.Errorf("newProgress(%s) = a bar; want nil", tt.name)
		}
	}
	var p *progress // nil: shows nothing, and does not fail
	p.update(1, 1)
	p.finish()
}

// TestRepeatedIDs: a page captured twice (here, in two copies of one
// crawl) and an ID an archive repeats are two documents, the second
// "-2", so that no two events share an ID.
func TestRepeatedIDs(t *testing.T) {
	dir := t.TempDir()
	crawl, err := os.ReadFile(crawlFile)
	if err != nil {
		t.Fatal(err)
	}
	second := filepath.Join(dir, "again.warc.gz")
	os.WriteFile(second, crawl, 0o644)
	archive := writeFile(t, dir, "twice.jsonl", `{"id": "x", "published": "2019-04-26", "text": "Kim Jong Un met Vladimir Putin on Thursday."}
{"id": "x", "published": "2019-04-27", "text": "Kim Jong Un left Vladivostok on Friday."}
`)
	o := filepath.Join(dir, "out.jsonl")
	if code, _, stderr := dateline(t, "", "build", "-o", o, "-o", o+".json", crawlFile, second, archive); code != 3 {
		t.Fatalf("build: exit %d:\n%s", code, stderr)
	}
	const upi = "https://www.upi.com/Top_News/World-News/2019/04/25/Kim-Jong-Un-Putin-hold-first-summit/1234556191234/"
	if got, want := docIDs(t, o+".json"), []string{upi, upi + "-2", "x", "x-2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("documents %q; want %q", got, want)
	}
	b, _ := os.ReadFile(o)
	seen := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var ev struct{ ID string }
		json.Unmarshal([]byte(line), &ev)
		if seen[ev.ID] {
			t.Errorf("event ID %s twice", ev.ID)
		}
		seen[ev.ID] = true
	}
}

var shardTests = []struct {
	in   string
	want shard
	err  bool
}{
	{"1/1", shard{1, 1}, false},
	{"2/4", shard{2, 4}, false},
	{"4/4", shard{4, 4}, false},
	{"0/4", shard{}, true},
	{"5/4", shard{}, true},
	{"1/0", shard{}, true},
	{"-1/2", shard{}, true},
	{"1", shard{}, true},
	{"1/2/3", shard{}, true},
	{" 1/2", shard{}, true},
	{"+1/2", shard{1, 2}, false}, // as strconv reads it; String writes "1/2"
}

func TestShardSet(t *testing.T) {
	for _, tt := range shardTests {
		var s shard
		err := s.Set(tt.in)
		if (err != nil) != tt.err || s != tt.want {
			t.Errorf("Set(%q) = %v, %v; want %v, error %v", tt.in, s, err, tt.want, tt.err)
		}
		if err == nil && s.String() != strings.TrimPrefix(tt.in, "+") {
			t.Errorf("Set(%q).String() = %q", tt.in, s.String())
		}
	}
}

// FuzzShard: a -shard value that is read writes back as itself, and a
// key is in exactly one of n shards, whatever n.
func FuzzShard(f *testing.F) {
	for _, tt := range shardTests {
		f.Add(tt.in, "reuters-1")
	}
	f.Fuzz(func(t *testing.T, v, key string) {
		var s shard
		if s.Set(v) != nil {
			return
		}
		var again shard
		if err := again.Set(s.String()); err != nil || again != s {
			t.Fatalf("Set(%q) = %v, whose String reads as %v, %v", v, s, again, err)
		}
		if s.n > 1000 {
			return
		}
		in := 0
		for i := 1; i <= s.n; i++ {
			if (shard{i, s.n}).has(key) {
				in++
			}
		}
		if in != 1 {
			t.Fatalf("key %q is in %d of %d shards", key, in, s.n)
		}
	})
}
