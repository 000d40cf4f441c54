package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ErrConflict is returned (wrapped) by [Merge] when two stores hold
// different documents under one key or one ID.
var ErrConflict = errors.New("the stores differ")

// MergeCounts says what [Merge] did with the documents of its stores.
type MergeCounts struct {
	Documents int // documents in the new store
	Events    int // events in the new store
	Same      int // documents also in an earlier store, the same there, kept once
}

// Merge writes a new store at path holding the documents of the stores
// in the files from (written by [Store.Put], as index writes them: the
// shards of one archive, say), with their dates and events, row for row.
//
// A document is known, as [Store.Check] knows it, by its key; it is the
// same in two stores when its key, ID and hash (the digest of the input
// it was read from) are. The same document in several stores is kept
// once. A key or an ID of two different documents, in two stores, fails
// the merge with an error wrapping [ErrConflict] that names the document
// and both stores, rather than choose one: the stores were filled from
// different inputs, or with different options. A file that is missing
// (an error wrapping [ErrNoStore]), not an SQLite file, not a store, or a
// store of another schema version fails it too, naming the file.
//
// Merge writes a temporary file in path's folder and renames it to path
// once the new store is whole, replacing a file there (and a stale
// write-ahead log of it): a failure at any point leaves path as it was
// and no temporary file. No other program may have path's store open.
// The stores of from are only read.
func Merge(ctx context.Context, path string, from []string) (c MergeCounts, err error) {
	for _, p := range append([]string{path}, from...) {
		if err := checkPath(p); err != nil {
			return c, err
		}
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp*")
	if err != nil {
		return c, err
	}
	tmp := f.Name()
	f.Close()
	// CreateTemp's file is the owner's only; a store is readable as
	// index creates it.
	if err := os.Chmod(tmp, 0o644); err != nil {
		os.Remove(tmp)
		return c, err
	}
	defer func() {
		if err != nil {
			for _, p := range []string{tmp, tmp + "-wal", tmp + "-shm", tmp + "-journal"} {
				os.Remove(p)
			}
		}
	}()
	s, err := open(tmp)
	if err != nil {
		return c, err
	}
	m := merger{Store: s, byKey: map[string]origin{}, byID: map[string]origin{}}
	for _, src := range from {
		if err = m.merge(ctx, src); err != nil {
			s.Close()
			return c, err
		}
	}
	if c.Documents, c.Events, err = s.Counts(); err != nil {
		s.Close()
		return c, fmt.Errorf("%s: %w", path, err)
	}
	c.Same = m.same
	// The new store is left in rollback-journal mode, so that it is all
	// in one file when it is renamed (open sets WAL mode again).
	_, err = s.conn.ExecContext(ctx, `PRAGMA journal_mode = DELETE`)
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return c, fmt.Errorf("%s: %w", path, err)
	}
	for _, p := range []string{path + "-wal", path + "-shm"} {
		if err = os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return c, err
		}
	}
	if err = os.Rename(tmp, path); err != nil {
		return c, err
	}
	return c, nil
}

// checkPath returns an error for a path SQLite would not read as a
// plain file name.
func checkPath(path string) error {
	if strings.ContainsAny(path, "?#") || strings.HasPrefix(path, "file:") {
		// The driver would read what follows as options of the file.
		return fmt.Errorf("%s: a store's path may not hold '?' or '#', nor start with \"file:\"", path)
	}
	return nil
}

// A merger fills a store with the documents of others.
type merger struct {
	*Store
	byKey map[string]origin // the documents merged, by key
	byID  map[string]origin // and by ID
	same  int               // documents met again
}

// origin is a document merged and the store it came from.
type origin struct {
	key, id, hash string
	store         string
}

// merge copies the documents of the store in the file at src that are
// not in s yet, after checking that those that are, are the same.
func (m *merger) merge(ctx context.Context, src string) (err error) {
	if _, err := os.Stat(src); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s: %w", src, ErrNoStore)
	} else if err != nil {
		return err
	}
	// ATTACH runs outside a transaction, on the store's one connection.
	if _, err := m.conn.ExecContext(ctx, `ATTACH DATABASE ? AS src`, src); err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	defer func() {
		if _, derr := m.conn.ExecContext(context.Background(), `DETACH DATABASE src`); err == nil && derr != nil {
			err = fmt.Errorf("%s: %w", src, derr)
		}
	}()
	tx, err := m.conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := checkSource(ctx, tx, src); err != nil {
		return err
	}
	if err := m.check(ctx, tx, src); err != nil {
		return err
	}
	if err := copyRows(ctx, tx); err != nil {
		return fmt.Errorf("%s: copying: %w", src, err)
	}
	return tx.Commit()
}

// checkSource returns an error unless the attached database is a store
// of this package's schema.
func checkSource(ctx context.Context, tx *sql.Tx, src string) error {
	var tables int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM src.sqlite_schema WHERE type = 'table' AND name = 'meta'`).Scan(&tables)
	if err != nil {
		return fmt.Errorf("%s: %w", src, err) // "file is not a database"
	}
	var v string
	if tables == 1 {
		err = tx.QueryRowContext(ctx, `SELECT value FROM src.meta WHERE key = 'schema'`).Scan(&v)
	}
	switch {
	case tables == 0 || errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("%s: not a dateline store (no schema version)", src)
	case err != nil:
		return fmt.Errorf("%s: %w", src, err)
	case v != schemaVersion:
		return fmt.Errorf("%s: the store has schema %s; this dateline reads and merges schema %s", src, v, schemaVersion)
	}
	return nil
}

// check returns an error wrapping ErrConflict for the first document of
// the attached store (in the order it was stored) whose key or ID a
// different document merged before has; it counts those that are the
// same and notes the others as merged.
func (m *merger) check(ctx context.Context, tx *sql.Tx, src string) error {
	var docs []origin
	err := query(ctx, tx, `SELECT key, id, hash FROM src.documents ORDER BY seq`, nil, func(r *sql.Rows) error {
		o := origin{store: src}
		if err := r.Scan(&o.key, &o.id, &o.hash); err != nil {
			return err
		}
		docs = append(docs, o)
		return nil
	})
	if err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	for _, d := range docs {
		if o, ok := m.byKey[d.key]; ok {
			switch {
			case o.id != d.id:
				return fmt.Errorf("document %s is %s in %s and %s in %s: %w", d.key, o.id, o.store, d.id, d.store, ErrConflict)
			case o.hash != d.hash:
				return fmt.Errorf("document %s differs in %s and %s (read from another input or with other options): %w", d.id, o.store, d.store, ErrConflict)
			}
			m.same++
			continue
		}
		if o, ok := m.byID[d.id]; ok {
			return fmt.Errorf("document ID %s is %s in %s and %s in %s: %w", d.id, o.key, o.store, d.key, d.store, ErrConflict)
		}
	}
	for _, d := range docs {
		if _, ok := m.byKey[d.key]; !ok {
			m.byKey[d.key], m.byID[d.id] = d, d
		}
	}
	return nil
}

// copyRows copies the documents of the attached store whose keys the
// store does not hold, with their rows, under new seqs and event
// numbers after those of the store, and writes their events'
// full-text rows, which a contentless table cannot give back, from
// their summaries and reports as Put writes them.
func copyRows(ctx context.Context, tx *sql.Tx) error {
	var docOff, evOff int64
	err := tx.QueryRowContext(ctx, `SELECT (SELECT coalesce(max(seq), 0) FROM main.documents),
		(SELECT coalesce(max(event), 0) FROM main.events)`).Scan(&docOff, &evOff)
	if err != nil {
		return err
	}
	for _, q := range []string{
		`CREATE TEMP TABLE IF NOT EXISTS merging (seq INTEGER PRIMARY KEY)`,
		`DELETE FROM temp.merging`,
		`INSERT INTO temp.merging SELECT seq FROM src.documents WHERE key NOT IN (SELECT key FROM main.documents)`,
		`INSERT INTO main.documents (seq, ` + docColumns + `)
			SELECT seq + :doc, ` + docColumns + ` FROM src.documents WHERE seq IN temp.merging ORDER BY seq`,
		`INSERT INTO main.events (event, doc, n, ` + eventColumns + `)
			SELECT event + :ev, doc + :doc, n, ` + eventColumns + ` FROM src.events WHERE doc IN temp.merging ORDER BY event`,
		`INSERT INTO main.participants (event, side, n, name, type, role, country)
			SELECT event + :ev, side, n, name, type, role, country FROM src.participants
			WHERE event IN (SELECT event FROM src.events WHERE doc IN temp.merging)`,
		`INSERT INTO main.evidence (event, n, ` + evidenceColumns + `)
			SELECT event + :ev, n, ` + evidenceColumns + ` FROM src.evidence
			WHERE event IN (SELECT event FROM src.events WHERE doc IN temp.merging)`,
		`INSERT INTO main.dates (doc, event, role, n, ` + dateColumns + `)
			SELECT doc + :doc, event + :ev, role, n, ` + dateColumns + ` FROM src.dates WHERE doc IN temp.merging`,
		`INSERT INTO main.event_text (rowid, summary, sentences)
			SELECT e.event + :ev, e.summary, coalesce((SELECT group_concat(v.sentence, char(10) ORDER BY v.n)
				FROM src.evidence v WHERE v.event = e.event), '')
			FROM src.events e WHERE e.doc IN temp.merging`,
	} {
		if _, err := tx.ExecContext(ctx, q, sql.Named("doc", docOff), sql.Named("ev", evOff)); err != nil {
			return err
		}
	}
	return nil
}

// The columns of events and evidence that a merge copies as they are.
const (
	eventColumns = `id, kind, mode, cameo, action, summary, note, venue, city, country, region, status,
	earliest, latest, relation_order, relation_to`
	evidenceColumns = `doc, sentence, sentence_start, sentence_end, trigger_text, trigger_start, trigger_end,
	time_start, time_end, actors, title`
)
