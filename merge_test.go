package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/dateline-dev/dateline/out/sqlite"
	"github.com/dateline-dev/dateline/timeline"
)

// TestMergeShards: the stores of two shards of the archive's stories of
// diplomacy, where reports merge across stories, merge into a store
// that holds the documents one index of all of them holds, field for
// field, and whose query writes what that store's query and build write,
// byte for byte, in every format; merging the whole store in as well
// changes nothing, each of its documents being the same as a shard's.
func TestMergeShards(t *testing.T) {
	ids, err := os.ReadFile("../shared/data/reuters-diplomacy-dev.txt")
	stories := readShared(t, "../shared/data/reuters21578.jsonl.gz", err, func(id string) bool {
		return bytes.Contains(ids, []byte(id+"\n"))
	})
	dir := t.TempDir()
	inputs := []string{writeFile(t, dir, "reuters.jsonl", stories), "../shared/data/pd-diplomacy.jsonl"}
	whole := filepath.Join(dir, "whole.db")
	if code, _, stderr := dateline(t, "", append([]string{"index", "-db", whole}, inputs...)...); code != 0 {
		t.Fatalf("index: exit %d: %s", code, stderr)
	}
	var shards []string
	for _, sh := range []string{"2/2", "1/2"} { // the second shard first
		db := filepath.Join(dir, "shard"+sh[:1]+".db")
		if code, _, stderr := dateline(t, "", append([]string{"index", "-shard", sh, "-db", db}, inputs...)...); code != 0 {
			t.Fatalf("index -shard %s: exit %d: %s", sh, code, stderr)
		}
		shards = append(shards, db)
	}
	merged := filepath.Join(dir, "merged.db")
	code, _, stderr := dateline(t, "", append([]string{"merge", "-o", merged}, shards...)...)
	if code != 0 || !strings.Contains(stderr, "2 stores merged: "+merged+" holds ") {
		t.Fatalf("merge: exit %d: %s", code, stderr)
	}
	want := storeDocuments(t, whole)
	if got := storeDocuments(t, merged); !reflect.DeepEqual(got, want) {
		t.Errorf("the merged store's documents differ from the whole store's")
	}
	for _, sh := range shards {
		if n := len(storeDocuments(t, sh)); n == 0 || n == len(want) {
			t.Fatalf("%s holds %d of %d documents: the shards split nothing", sh, n, len(want))
		}
	}
	build := outputsOf(t, dir, "build", append([]string{"build"}, inputs...)...)
	sameOutputs(t, "query of one index and build", outputsOf(t, dir, "whole", "query", "-db", whole), build)
	sameOutputs(t, "query of the merged shards and build", outputsOf(t, dir, "merged", "query", "-db", merged), build)

	again := filepath.Join(dir, "again.db")
	code, _, stderr = dateline(t, "", append([]string{"merge", "-o", again, whole}, shards...)...)
	if code != 0 || !strings.Contains(stderr, "("+strconv.Itoa(len(want))+" in more than one store, kept once)") {
		t.Fatalf("merge of the whole store and its shards: exit %d: %s", code, stderr)
	}
	if got := storeDocuments(t, again); !reflect.DeepEqual(got, want) {
		t.Errorf("the whole store merged with its shards differs from it")
	}
}

// storeDocuments returns every document of the store at path.
func storeDocuments(t *testing.T, path string) []timeline.Document {
	t.Helper()
	s, err := sqlite.OpenExisting(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	docs, err := s.Documents(context.Background(), sqlite.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestMergeCLI: merge's usage errors, an existing store refused without
// -force and replaced with it, and a document read with other options in
// two stores refused with its ID and both stores named, with no store
// written.
func TestMergeCLI(t *testing.T) {
	dir := t.TempDir()
	a, b, c := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db"), filepath.Join(dir, "c.db")
	for _, args := range [][]string{
		{"index", "-db", a, example},
		{"index", "-db", b, writeFile(t, dir, "wire.jsonl", wire)},
		{"index", "-db", c, "-anchor", "2019-04-26", example}, // example, read otherwise
	} {
		if code, _, stderr := dateline(t, "", args...); code != 0 {
			t.Fatalf("%q: exit %d: %s", args, code, stderr)
		}
	}
	out := filepath.Join(dir, "all.db")
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"merge", a, b}, 2, "merge needs the new store: -o FILE"},
		{[]string{"merge", "-o", out}, 2, "merge needs at least one STORE"},
		{[]string{"merge", "-o", a, b}, 1, a + " exists"},
		{[]string{"merge", "-o", out, a, c}, 1, "differs in " + a + " and " + c},
		{[]string{"merge", "-o", out, a, filepath.Join(dir, "none.db")}, 1, "none.db: no such store"},
		{[]string{"merge", "-o", out, a, example}, 1, example + ": file is not a database"},
	} {
		before, _ := os.ReadFile(a)
		code, _, stderr := dateline(t, "", tc.args...)
		if code != tc.code || !strings.Contains(stderr, tc.want) {
			t.Errorf("dateline %s: exit %d, stderr %q; want %d and %q", strings.Join(tc.args, " "), code, stderr, tc.code, tc.want)
		}
		if _, err := os.Stat(out); err == nil {
			t.Fatalf("dateline %s left %s", strings.Join(tc.args, " "), out)
		}
		if after, _ := os.ReadFile(a); !bytes.Equal(after, before) {
			t.Errorf("dateline %s changed %s", strings.Join(tc.args, " "), a)
		}
	}
	code, _, stderr := dateline(t, "", "merge", "-force", "-o", a, a, b)
	if code != 0 {
		t.Fatalf("merge -force: exit %d: %s", code, stderr)
	}
	if got := len(storeDocuments(t, a)); got != 4 {
		t.Errorf("after merge -force -o a.db a.db b.db, a.db holds %d documents; want 4", got)
	}
	es, _ := os.ReadDir(dir)
	for _, e := range es {
		if strings.Contains(e.Name(), ".tmp") {
			t.Errorf("merge left %s", e.Name())
		}
	}
}
