package sqlite_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dateline-dev/dateline/out/sqlite"
	"github.com/dateline-dev/dateline/timeline"
)

// store writes docs into a new store named name in dir, each under
// its ID with the hash "h" unless hashes gives another, and closes it.
func store(t testing.TB, dir, name string, hashes map[string]string, docs ...timeline.Document) string {
	t.Helper()
	path := filepath.Join(dir, name)
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		h := cmpOr(hashes[d.ID], "h")
		if _, _, err := s.Check(d.ID, h, d.ID); err != nil {
			t.Fatal(err)
		}
		if err := s.Put(d.ID, h, d); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// documents returns the documents of the store at path that f selects.
func documents(t testing.TB, path string, f sqlite.Filter) []timeline.Document {
	t.Helper()
	s, err := sqlite.OpenExisting(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	docs, err := s.Documents(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestMerge: two stores, filled in another order than one store of the
// same documents and sharing one of them, merge into a store that gives
// every query that one store gives, field for field, the full-text
// search included.
func TestMerge(t *testing.T) {
	dir := t.TempDir()
	docs := fixture(t)
	whole := store(t, dir, "whole.db", nil, docs...)
	a := store(t, dir, "a.db", nil, docs[4], docs[2], docs[0])
	b := store(t, dir, "b.db", nil, docs[3], docs[0], docs[1]) // docs[0] in both
	merged := filepath.Join(dir, "merged.db")
	c, err := sqlite.Merge(context.Background(), merged, []string{a, b})
	if err != nil {
		t.Fatal(err)
	}
	if want := (sqlite.MergeCounts{Documents: 5, Events: 7, Same: 1}); c != want {
		t.Errorf("Merge = %+v; want %+v", c, want)
	}
	checkConsistent(t, merged)
	for _, f := range []sqlite.Filter{
		{},
		{Text: "Kremlin"},
		{Text: "officials"},
		{Actors: []string{"Shultz"}},
		{Places: []string{"Moscow"}},
	} {
		got, want := documents(t, merged, f), documents(t, whole, f)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Documents(%+v) of the merged store differs from the whole store's:\n%s", f, diffDocs(got, want))
		}
		if len(want) == 0 {
			t.Errorf("Documents(%+v) of the whole store is empty: the filter tests nothing", f)
		}
	}
	if got, want := documents(t, merged, sqlite.Filter{}), sorted(docs); !reflect.DeepEqual(got, want) {
		t.Errorf("the merged store differs from what was put:\n%s", diffDocs(got, want))
	}
	// The merged store is a store like another: index goes on with it.
	s, err := sqlite.Open(merged)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if st, id, err := s.Check("tass", "h", "tass"); err != nil || st != sqlite.Unchanged || id != "tass" {
		t.Errorf("Check(tass) in the merged store = %v, %q, %v; want unchanged, tass", st, id, err)
	}
	if st, id, err := s.Check("new", "h", "tass"); err != nil || st != sqlite.New || id != "tass-2" {
		t.Errorf("Check(new, tass) in the merged store = %v, %q, %v; want new, tass-2", st, id, err)
	}
}

// TestMergeRefused: a merge that cannot be done fails with an error
// naming what is wrong and where, and leaves no store, not even half of
// one, nor a temporary file; a store already at the path is left as it
// was.
func TestMergeRefused(t *testing.T) {
	dir := t.TempDir()
	docs := fixture(t)
	a := store(t, dir, "a.db", nil, docs[0], docs[1])
	changed := store(t, dir, "changed.db", map[string]string{"tass": "other"}, docs[2], docs[0])
	other := docs[1]
	other.Source = "elsewhere.txt"
	renamed := filepath.Join(dir, "renamed.db")
	{ // reuters-1 under another key
		s, err := sqlite.Open(renamed)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Put("/elsewhere/reuters-1.txt", "h", other); err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
	future := store(t, dir, "future.db", nil, docs[3])
	db := rawDB(t, future)
	if _, err := db.Exec(`UPDATE meta SET value = '2' WHERE key = 'schema'`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	plain := filepath.Join(dir, "plain.db")
	db = rawDB(t, plain)
	if _, err := db.Exec(`CREATE TABLE t (x)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte(strings.Repeat("not a database\n", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.db")

	for _, c := range []struct {
		name     string
		from     []string
		is       error
		want     []string
		notExist []string // files that must still not exist
	}{
		{"a document changed", []string{a, changed}, sqlite.ErrConflict, []string{"document tass differs in " + a + " and " + changed}, nil},
		{"an ID of two keys", []string{a, renamed}, sqlite.ErrConflict, []string{"document ID reuters-1 is reuters-1 in " + a + " and /elsewhere/reuters-1.txt in " + renamed}, nil},
		{"another schema", []string{a, future}, nil, []string{future + ": the store has schema 2; this dateline reads and merges schema 1"}, nil},
		{"not a store", []string{a, plain}, nil, []string{plain + ": not a dateline store"}, nil},
		{"not SQLite", []string{a, text}, nil, []string{text + ": "}, nil},
		{"missing", []string{a, missing}, sqlite.ErrNoStore, []string{missing + ": no such store"}, []string{missing}},
	} {
		t.Run(c.name, func(t *testing.T) {
			before := listDir(t, dir)
			for _, target := range []string{filepath.Join(dir, "merged.db"), a} {
				var was []byte
				if target == a {
					was = readFile(t, a)
				}
				_, err := sqlite.Merge(context.Background(), target, c.from)
				if err == nil {
					t.Fatalf("Merge(%s, %q) = nil; want an error", target, c.from)
				}
				if c.is != nil && !errors.Is(err, c.is) {
					t.Errorf("Merge(%s) = %v; want an error wrapping %v", target, err, c.is)
				}
				for _, w := range c.want {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("Merge(%s) = %v; want it to say %q", target, err, w)
					}
				}
				if target == a {
					if !slices.Equal(readFile(t, a), was) {
						t.Errorf("the failed Merge changed the store at its path")
					}
				}
				if got := listDir(t, dir); !slices.Equal(got, before) {
					t.Errorf("after the failed Merge the folder holds %q; want %q", got, before)
				}
			}
		})
	}
}

func listDir(t testing.TB, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		if !strings.HasSuffix(e.Name(), "-shm") { // SQLite's, of a store in WAL mode that was read
			names = append(names, e.Name())
		}
	}
	return names
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
