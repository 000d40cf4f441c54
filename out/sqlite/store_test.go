package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dateline-dev/dateline/out/sqlite"
	"github.com/dateline-dev/dateline/timeline"
)

// open opens a new store in t's temporary directory.
func open(t testing.TB) (*sqlite.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "archive.db")
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// put stores docs under keys that are their IDs, with hash "h".
func put(t testing.TB, s *sqlite.Store, docs ...timeline.Document) {
	t.Helper()
	for _, d := range docs {
		st, id, err := s.Check(d.ID, "h", d.ID)
		if err != nil || st != sqlite.New || id != d.ID {
			t.Fatalf("Check(%s) = %v, %q, %v; want new, %[1]s", d.ID, st, id, err)
		}
		if err := s.Put(d.ID, "h", d); err != nil {
			t.Fatal(err)
		}
	}
}

// sorted returns a copy of docs in the order Documents returns them.
func sorted(docs []timeline.Document) []timeline.Document {
	docs = slices.Clone(docs)
	timeline.SortDocuments(docs)
	return docs
}

func all(t testing.TB, s *sqlite.Store) []timeline.Document {
	t.Helper()
	docs, err := s.Documents(context.Background(), sqlite.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestRoundTrip: what is put is what comes back, field for field (dates
// BC, relations, durations, actors' spans and an event-less document
// included), in the order of timeline.SortDocuments rather than the
// order it was put, also after the store is closed and opened again.
func TestRoundTrip(t *testing.T) {
	s, path := open(t)
	in := fixture(t)
	put(t, s, in...)
	want := sorted(in)
	if got := all(t, s); !reflect.DeepEqual(got, want) {
		t.Fatalf("Documents() differs from what was put:\n%s", diffDocs(got, want))
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := sqlite.OpenExisting(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := all(t, s); !reflect.DeepEqual(got, want) {
		t.Fatalf("after reopening, Documents() differs from what was put:\n%s", diffDocs(got, want))
	}
	docs, events, err := s.Counts()
	if err != nil || docs != 5 || events != 7 {
		t.Errorf("Counts() = %d, %d, %v; want 5, 7", docs, events, err)
	}
}

// diffDocs names the first field that differs.
func diffDocs(got, want []timeline.Document) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d documents; want %d", len(got), len(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		if reflect.DeepEqual(g, w) {
			continue
		}
		ge, we := g.Events, w.Events
		g.Events, w.Events = nil, nil
		if !reflect.DeepEqual(g, w) {
			return fmt.Sprintf("document %s:\n got %+v\nwant %+v", w.ID, g, w)
		}
		for j := range min(len(ge), len(we)) {
			if !reflect.DeepEqual(ge[j], we[j]) {
				return fmt.Sprintf("event %s:\n got %#v\nwant %#v", we[j].ID, ge[j], we[j])
			}
		}
		return fmt.Sprintf("document %s: %d events; want %d", w.ID, len(ge), len(we))
	}
	return ""
}

func TestOpenExistingMissing(t *testing.T) {
	_, err := sqlite.OpenExisting(filepath.Join(t.TempDir(), "none.db"))
	if err == nil || !strings.Contains(err.Error(), "none.db") {
		t.Errorf("OpenExisting(none.db) = %v; want an error naming the file", err)
	}
}

// TestCheck: an input stored with the same hash is unchanged, with
// another changed, and keeps its document's ID; a new key whose ID
// another key holds gets the next free one, also before the other is
// committed.
func TestCheck(t *testing.T) {
	s, _ := open(t)
	docs := fixture(t)
	tass := docs[0]
	if err := s.Put("/d1/a.txt", "h1", tass); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		key, hash, id string
		state         sqlite.State
		wantID        string
	}{
		{"/d1/a.txt", "h1", "x", sqlite.Unchanged, "tass"},
		{"/d1/a.txt", "h2", "x", sqlite.Changed, "tass"},
		{"/d2/a.txt", "h1", "tass", sqlite.New, "tass-2"},
		{"/d3/a.txt", "h1", "tass", sqlite.New, "tass-3"}, // tass-2 is held for /d2/a.txt
		{"/d2/a.txt", "h1", "tass", sqlite.New, "tass-2"}, // and stays its
		{"reuters-1", "h1", "reuters-1", sqlite.New, "reuters-1"},
	} {
		st, id, err := s.Check(c.key, c.hash, c.id)
		if err != nil || st != c.state || id != c.wantID {
			t.Errorf("Check(%q, %q, %q) = %v, %q, %v; want %v, %q", c.key, c.hash, c.id, st, id, err, c.state, c.wantID)
		}
	}
}

// TestReplace: putting the same documents again under the same keys adds
// nothing twice; a changed document replaces its rows (its old words are
// no longer found) and keeps its place.
func TestReplace(t *testing.T) {
	s, _ := open(t)
	docs := fixture(t)
	put(t, s, docs...)
	changed := docs[0]
	changed.Text = strings.Replace(changed.Text, "Kremlin", "Bolshoi", 1)
	changed.Events = changed.Events[1:]
	changed.Events[0].Evidence = []timeline.Evidence{changed.Events[0].Evidence[0]}
	changed.Events[0].Evidence[0].Sentence = strings.Replace(changed.Events[0].Evidence[0].Sentence, "Kremlin", "Bolshoi", 1)
	if st, id, _ := s.Check(changed.ID, "h2", "ignored"); st != sqlite.Changed || id != changed.ID {
		t.Fatalf("Check of the changed document = %v, %s", st, id)
	}
	if err := s.Put(changed.ID, "h2", changed); err != nil {
		t.Fatal(err)
	}
	want := sorted(append([]timeline.Document{changed}, docs[1:]...))
	if got := all(t, s); !reflect.DeepEqual(got, want) {
		t.Fatalf("after replacing, Documents() differs:\n%s", diffDocs(got, want))
	}
	n, events, _ := s.Counts()
	if n != 5 || events != 6 {
		t.Errorf("Counts() = %d, %d; want 5, 6", n, events)
	}
	for text, want := range map[string]int{"Kremlin": 0, "Bolshoi": 1} {
		got, err := s.Documents(context.Background(), sqlite.Filter{Text: text})
		if err != nil || len(got) != want {
			t.Errorf("-text %s: %d documents, %v; want %d", text, len(got), err, want)
		}
	}
}

// TestAbortedBatch: a write that fails half-way through a document
// rolls back its whole batch; the store is as it was at the last commit,
// consistent, and a rerun completes it.
func TestAbortedBatch(t *testing.T) {
	s, path := open(t)
	s.Batch = 3
	docs := fixture(t)
	put(t, s, docs[:3]...) // one batch, committed
	// A trigger fails the first evidence row of the history: its
	// document's row and event are written by then.
	db := rawDB(t, path)
	if _, err := db.Exec(`CREATE TRIGGER boom BEFORE INSERT ON evidence WHEN NEW.doc = 'history'
		BEGIN SELECT RAISE(ABORT, 'boom'); END`); err != nil {
		t.Fatal(err)
	}
	put(t, s, docs[4]) // in the open batch
	if err := s.Put("history", "h", docs[3]); err == nil || !strings.Contains(err.Error(), "boom") {
		t.Fatalf("Put(history) = %v; want the trigger's error", err)
	}
	checkConsistent(t, path)
	if n, _, _ := s.Counts(); n != 3 {
		t.Errorf("after the failed batch, %d documents; want the 3 committed", n)
	}
	if _, err := db.Exec(`DROP TRIGGER boom`); err != nil {
		t.Fatal(err)
	}
	put(t, s, docs[3], docs[4]) // the rerun: both are new again
	if got, want := all(t, s), sorted(docs); !reflect.DeepEqual(got, want) {
		t.Fatalf("after the rerun:\n%s", diffDocs(got, want))
	}
}

// rawDB opens the store's file without the package, as another program
// would.
func rawDB(t testing.TB, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Exec(`PRAGMA busy_timeout = 10000`); err != nil {
		t.Fatal(err)
	}
	return db
}

// checkConsistent checks the file at path: SQLite's integrity and
// foreign keys, every document with as many events as it says, every
// event with its full-text row.
func checkConsistent(t testing.TB, path string) {
	t.Helper()
	db := rawDB(t, path)
	var ok string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity_check: %q, %v", ok, err)
	}
	rows, err := db.Query(`PRAGMA foreign_key_check`)
	if err != nil {
		t.Fatal(err)
	}
	if rows.Next() {
		t.Errorf("foreign_key_check finds rows without their parent")
	}
	rows.Close()
	var bad, texts, events int
	if err := db.QueryRow(`SELECT count(*) FROM documents d WHERE events != (SELECT count(*) FROM events WHERE doc = d.seq)`).Scan(&bad); err != nil || bad != 0 {
		t.Errorf("%d documents without all their events (%v)", bad, err)
	}
	if err := db.QueryRow(`SELECT (SELECT count(*) FROM event_text), (SELECT count(*) FROM events)`).Scan(&texts, &events); err != nil || texts != events {
		t.Errorf("%d full-text rows for %d events (%v)", texts, events, err)
	}
}

// killedDocs is how many documents the child of TestKilled writes; it
// is killed long before.
const killedDocs = 1_000_000

// numbered returns the n-th document of TestKilled's stream: a fixture
// document under a new ID.
func numbered(t testing.TB, docs []timeline.Document, n int) timeline.Document {
	d := docs[n%len(docs)]
	id := "doc-" + strconv.Itoa(n)
	d.Events = append([]timeline.Event(nil), d.Events...)
	for i := range d.Events {
		d.Events[i].ID = timeline.EventID(id, i+1)
		d.Events[i].Evidence = []timeline.Evidence{d.Events[i].Evidence[0]}
		d.Events[i].Evidence[0].Doc = id
	}
	d.ID = id
	return d
}

// writeNumbered puts documents 0 to n-1 of TestKilled's stream that are
// not stored yet, in batches of 7, and returns how many were stored.
func writeNumbered(t testing.TB, path string, n int) int {
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.Batch = 7
	docs := fixture(t)
	skipped := 0
	for i := range n {
		d := numbered(t, docs, i)
		st, id, err := s.Check(d.ID, "h", d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if st == sqlite.Unchanged {
			skipped++
			continue
		}
		d.ID = id
		if err := s.Put(d.ID, "h", d); err != nil {
			t.Fatal(err)
		}
	}
	return skipped
}

// TestKilled kills a process that writes a store (SIGKILL, in the middle
// of a batch or of a commit) and checks the file: consistent, whole
// batches only; a rerun skips what was stored and gives the store an
// uninterrupted run gives.
func TestKilled(t *testing.T) {
	if path := os.Getenv("DATELINE_SQLITE_CHILD"); path != "" {
		writeNumbered(t, path, killedDocs)
		return
	}
	if testing.Short() {
		t.Skip("skipping the subprocess test in -short mode")
	}
	path := filepath.Join(t.TempDir(), "killed.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestKilled$")
	cmd.Env = append(os.Environ(), "DATELINE_SQLITE_CHILD="+path)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	committed := 0
	deadline := time.Now().Add(30 * time.Second)
	for committed < 100 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
		if _, err := os.Stat(path); err != nil {
			continue
		}
		db, err := sql.Open("sqlite", path)
		if err != nil {
			continue
		}
		db.QueryRow(`SELECT count(*) FROM documents`).Scan(&committed)
		db.Close()
	}
	cmd.Process.Kill()
	err := cmd.Wait()
	if committed < 100 {
		t.Fatalf("the child committed %d documents in 30 s (%v)", committed, err)
	}
	checkConsistent(t, path)
	s, err := sqlite.OpenExisting(path)
	if err != nil {
		t.Fatal(err)
	}
	n, _, err := s.Counts()
	s.Close()
	if err != nil || n%7 != 0 || n < committed {
		t.Fatalf("after the kill the store holds %d documents (%v); want whole batches of 7, at least %d", n, err, committed)
	}
	total := n + 30
	if skipped := writeNumbered(t, path, total); skipped != n {
		t.Errorf("the rerun skipped %d documents; want the %d stored", skipped, n)
	}
	clean := filepath.Join(t.TempDir(), "clean.db")
	writeNumbered(t, clean, total)
	checkConsistent(t, path)
	a, b := documentsOf(t, path), documentsOf(t, clean)
	if len(a) != total || !reflect.DeepEqual(a, b) {
		t.Errorf("the resumed store (%d documents) differs from an uninterrupted one (%d):\n%s", len(a), len(b), diffDocs(a, b))
	}
}

func documentsOf(t testing.TB, path string) []timeline.Document {
	t.Helper()
	s, err := sqlite.OpenExisting(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	return all(t, s)
}
