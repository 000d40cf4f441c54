package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, registered as "sqlite"

	"github.com/dateline-dev/dateline/timeline"
)

// DefaultBatch is how many documents [Store.Put] writes in one
// transaction when [Store.Batch] is zero.
const DefaultBatch = 500

// ErrNoStore is returned (wrapped) by [OpenExisting] for a path where
// no file is.
var ErrNoStore = errors.New("no such store")

// A Store is an event store in one SQLite file. Its methods may be
// called from several goroutines.
type Store struct {
	// Batch is how many documents Put writes in one transaction before
	// it commits; zero means [DefaultBatch]. A run stopped at any point
	// keeps every batch committed before it.
	Batch int

	path string
	db   *sql.DB
	conn *sql.Conn // every statement runs on this one connection

	// mu guards the connection and what is written through it; keys
	// guards the maps of what is stored, so that Check, which the
	// reader of a run calls for each story, need not wait for a Put or a
	// commit.
	mu     sync.Mutex
	loaded atomic.Bool
	// inTx tells whether a write transaction is open on conn. It is
	// begun and ended by statements of its own, not as an [sql.Tx], so
	// that stmts, prepared once on conn, serve every transaction of a
	// run: preparing them (the 64-row insert of dates above all) for
	// each batch cost about a seventh of the store's instructions.
	inTx    bool
	stmts   *statements  // prepared on conn at the first Put
	pending []pendingDoc // documents written in the open transaction, not yet committed

	keys  sync.Mutex
	byKey map[string]stored // stored documents by key, those of the open batch included
	ids   map[string]string // document IDs taken, committed or claimed, and their keys
}

// stored is what the store holds of a document to tell whether it
// changed.
type stored struct {
	seq  int64
	id   string
	hash string
}

// pendingDoc is a document Put since the last commit, with what the
// store held under its key before, to restore if the batch is rolled
// back.
type pendingDoc struct {
	key     string
	prev    stored
	hadPrev bool
	id      string
}

// Open opens the store in the SQLite file at path, creating the file and
// its tables if they are missing. The database is in WAL mode: readers
// go on while a run writes, and a run that is killed loses at most its
// last uncommitted batch, which the next open rolls back.
func Open(path string) (*Store, error) {
	return open(path)
}

// OpenExisting is [Open] for a store that must already exist, as a query
// needs: a path where no file is returns an error wrapping
// [ErrNoStore].
func OpenExisting(path string) (*Store, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w", path, ErrNoStore)
	}
	return open(path)
}

func open(path string) (*Store, error) {
	if err := checkPath(path); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	s := &Store{path: path, db: db}
	if err := s.init(); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// pragmas are set on the store's connection. WAL lets readers go on
// while a run writes; synchronous NORMAL in WAL mode never corrupts the
// file, and a power cut loses at most the last commits, which a rerun
// redoes. Put turns foreign keys off for its own writes, which keep the
// references right without them.
var pragmas = []string{
	"PRAGMA busy_timeout = 10000",
	"PRAGMA journal_mode = WAL",
	"PRAGMA synchronous = NORMAL",
	"PRAGMA foreign_keys = ON",
	"PRAGMA temp_store = MEMORY",
	"PRAGMA cache_size = -65536", // 64 MiB
}

func (s *Store) init() error {
	ctx := context.Background()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	s.conn = conn
	for _, p := range pragmas {
		if _, err := conn.ExecContext(ctx, p); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.Exec(schema); err != nil {
		return fmt.Errorf("creating tables: %w", err)
	}
	var v string
	switch err := tx.QueryRow(`SELECT value FROM meta WHERE key = 'schema'`).Scan(&v); {
	case errors.Is(err, sql.ErrNoRows):
		if _, err := tx.Exec(`INSERT INTO meta (key, value) VALUES ('schema', ?)`, schemaVersion); err != nil {
			return err
		}
	case err != nil:
		return err
	case v != schemaVersion:
		return fmt.Errorf("the store has schema %s; this dateline reads schema %s", v, schemaVersion)
	}
	return tx.Commit()
}

// Close commits the documents written since the last commit and closes
// the store.
func (s *Store) Close() error {
	err := s.Flush()
	if s.stmts != nil {
		s.conn.Raw(func(any) error {
			s.stmts.close()
			return nil
		})
		s.stmts = nil
	}
	if cerr := s.conn.Close(); err == nil {
		err = cerr
	}
	if cerr := s.db.Close(); err == nil {
		err = cerr
	}
	return err
}

// State is how an input stands in the store.
type State int

// States of an input, as [Store.Check] tells them.
const (
	New       State = iota // no document of its key is stored
	Unchanged              // one is, read from the same input (same hash)
	Changed                // one is, read from another input: Put replaces it
)

func (st State) String() string {
	switch st {
	case New:
		return "new"
	case Unchanged:
		return "unchanged"
	case Changed:
		return "changed"
	}
	return "State(" + strconv.Itoa(int(st)) + ")"
}

// Check tells how the input of key, whose digest is hash, stands in the
// store, and the ID to read it under: for a stored key its document's ID,
// so that a changed document keeps its ID; for a new one id itself, or,
// when a document of another key has id, the first of id-2, id-3 ... that
// none has (two files a.txt in two folders are "a" and "a-2", as build
// names them). The ID is held for key until the store is closed.
func (s *Store) Check(key, hash, id string) (State, string, error) {
	if !s.loaded.Load() {
		s.mu.Lock()
		err := s.load()
		s.mu.Unlock()
		if err != nil {
			return New, "", err
		}
	}
	s.keys.Lock()
	defer s.keys.Unlock()
	if d, ok := s.byKey[key]; ok {
		if d.hash == hash {
			return Unchanged, d.id, nil
		}
		return Changed, d.id, nil
	}
	want := id
	for n := 2; ; n++ {
		if k, taken := s.ids[id]; !taken || k == key {
			break
		}
		id = want + "-" + strconv.Itoa(n)
	}
	s.ids[id] = key
	return New, id, nil
}

// load reads the keys, IDs and hashes of the stored documents. s.mu
// must be held.
func (s *Store) load() error {
	if s.loaded.Load() {
		return nil
	}
	rows, err := s.conn.QueryContext(context.Background(), `SELECT seq, key, id, hash FROM documents`)
	if err != nil {
		return err
	}
	defer rows.Close()
	byKey, ids := map[string]stored{}, map[string]string{}
	for rows.Next() {
		var key string
		var d stored
		if err := rows.Scan(&d.seq, &key, &d.id, &d.hash); err != nil {
			return err
		}
		byKey[key] = d
		ids[d.id] = key
	}
	if err := rows.Err(); err != nil {
		return err
	}
	s.keys.Lock()
	s.byKey, s.ids = byKey, ids
	s.keys.Unlock()
	s.loaded.Store(true)
	return nil
}

// Put writes doc under key, with hash the digest of the input it was
// read from, replacing the rows of the document stored under key if
// there is one. doc.ID should be the ID [Store.Check] gave. Documents
// are written in transactions of [Store.Batch] documents; Put commits
// when one is full, [Store.Flush] and [Store.Close] commit the rest. On an
// error the open transaction is rolled back, with the documents Put
// since the last commit, and the store is as it was then.
func (s *Store) Put(key, hash string, doc timeline.Document) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.load(); err != nil {
		return err
	}
	if !s.inTx {
		if s.stmts == nil {
			// The writes keep their rows' references right themselves
			// (put deletes a replaced document's rows of every table),
			// so SQLite need not look each row's parents up: a tenth of
			// the store's instructions. foreign_keys can be turned off
			// only outside a transaction.
			if _, err := s.conn.ExecContext(context.Background(), "PRAGMA foreign_keys = OFF"); err != nil {
				return err
			}
		}
		if _, err := s.conn.ExecContext(context.Background(), "BEGIN"); err != nil {
			return err
		}
		s.inTx = true
	}
	s.keys.Lock()
	prev, hadPrev := s.byKey[key]
	s.keys.Unlock()
	var seq int64
	err := s.conn.Raw(func(dc any) (err error) {
		if s.stmts == nil {
			if s.stmts, err = prepare(dc); err != nil {
				return err
			}
		}
		seq, err = s.put(key, hash, doc, prev, hadPrev)
		return err
	})
	if err != nil {
		s.rollback()
		return fmt.Errorf("storing %s: %w", doc.ID, err)
	}
	s.pending = append(s.pending, pendingDoc{key, prev, hadPrev, doc.ID})
	s.keys.Lock()
	s.byKey[key] = stored{seq, doc.ID, hash}
	s.ids[doc.ID] = key
	s.keys.Unlock()
	if len(s.pending) >= s.batch() {
		return s.commit()
	}
	return nil
}

func (s *Store) batch() int {
	if s.Batch > 0 {
		return s.Batch
	}
	return DefaultBatch
}

// Flush commits the documents Put since the last commit.
func (s *Store) Flush() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.commit()
}

func (s *Store) commit() error {
	if !s.inTx {
		return nil
	}
	var err error
	if s.stmts != nil {
		err = s.conn.Raw(func(any) error { return s.stmts.flush() })
	}
	if err == nil {
		_, err = s.conn.ExecContext(context.Background(), "COMMIT")
	}
	if err != nil {
		s.abort()
	}
	s.inTx = false
	if err != nil {
		s.undo()
		return fmt.Errorf("committing: %w", err)
	}
	s.pending = nil
	return nil
}

func (s *Store) rollback() {
	if !s.inTx {
		return
	}
	s.abort()
	s.inTx = false
	s.undo()
}

// abort rolls the open transaction back and drops the rows queued in
// stmts. An error may have rolled it back already; ROLLBACK then fails,
// and that is no matter.
func (s *Store) abort() {
	if s.stmts != nil {
		s.stmts.drop()
	}
	s.conn.ExecContext(context.Background(), "ROLLBACK")
}

// undo forgets the documents of a batch that was not committed.
func (s *Store) undo() {
	s.keys.Lock()
	defer s.keys.Unlock()
	for i := len(s.pending) - 1; i >= 0; i-- {
		p := s.pending[i]
		if p.hadPrev {
			s.byKey[p.key] = p.prev
		} else {
			delete(s.byKey, p.key)
			delete(s.ids, p.id)
		}
	}
	s.pending = nil
}

// statements are the prepared statements of the writes, prepared once
// on the store's connection and used by every transaction. They are
// the driver's own, used only inside [sql.Conn.Raw] on that
// connection: through database/sql's, which converts and checks every
// argument under its locks, the writes of the archive's 133,000 dates
// and other rows cost about a twentieth more.
type statements struct {
	insertDoc, updateDoc                  *stmt
	deleteText, deleteDates, deleteEvents *stmt
	deleteParticipants, deleteEvidence    *stmt
	insertEvent, insertParticipant        *stmt
	insertEvidence, insertDate            *stmt
	insertDates                           *stmt // dateRows rows at once
	insertText                            *stmt

	// dates holds the values of the rows of dates not yet inserted,
	// dateWidth a row, in the order they are to be inserted; they go
	// in dateRows at a time, the rest before any other statement
	// touches the table and before the commit. One statement of many
	// rows costs less than as many statements of one (the archive's
	// 133,000 dates were two thirds of the store's time), and the rows
	// keep their order and so their rowids.
	dates []any
	// texts holds the rows of event_text not yet inserted, three
	// values a row; they go in one by one after the dates. A statement
	// of many rows opens a savepoint, and FTS5 writes what it holds of
	// a transaction to a new segment at each savepoint: inserted before
	// the dates, the text of a batch would be spread over many small
	// segments instead of one.
	texts []any

	args []driver.NamedValue // the arguments of a statement, reused
}

// dateWidth is the number of columns of a row of dates; dateRows how
// many rows statements.insertDates inserts.
const (
	dateWidth = 14
	dateRows  = 64
)

const docColumns = `key, id, source, hash, title, text, narrative, dateline_text, dateline_start, dateline_end,
	dateline_venue, dateline_city, dateline_country, dateline_region, dateline_agency, events`

// prepare prepares the statements on dc, the driver's connection under
// the store's.
func prepare(dc any) (*statements, error) {
	conn, ok := dc.(driver.ConnPrepareContext)
	if !ok {
		return nil, fmt.Errorf("the SQLite driver's connection %T cannot prepare statements", dc)
	}
	ctx := context.Background()
	st := &statements{}
	for _, p := range []struct {
		s **stmt
		q string
	}{
		{&st.insertDoc, `INSERT INTO documents (` + docColumns + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.updateDoc, `UPDATE documents SET (` + docColumns + `) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE seq = ?`},
		{&st.deleteText, `DELETE FROM event_text WHERE rowid IN (SELECT event FROM events WHERE doc = ?)`},
		{&st.deleteParticipants, `DELETE FROM participants WHERE event IN (SELECT event FROM events WHERE doc = ?)`},
		{&st.deleteEvidence, `DELETE FROM evidence WHERE event IN (SELECT event FROM events WHERE doc = ?)`},
		{&st.deleteDates, `DELETE FROM dates WHERE doc = ?`},
		{&st.deleteEvents, `DELETE FROM events WHERE doc = ?`},
		{&st.insertEvent, `INSERT INTO events (doc, n, id, kind, mode, cameo, action, summary, note,
			venue, city, country, region, status, earliest, latest, relation_order, relation_to)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.insertParticipant, `INSERT INTO participants (event, side, n, name, type, role, country) VALUES (?, ?, ?, ?, ?, ?, ?)`},
		{&st.insertEvidence, `INSERT INTO evidence (event, n, doc, sentence, sentence_start, sentence_end,
			trigger_text, trigger_start, trigger_end, time_start, time_end, actors, title)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.insertDate, `INSERT INTO dates (doc, event, role, n, type, value, precision, mod, earliest, latest,
			text, span_start, span_end, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.insertDates, `INSERT INTO dates (doc, event, role, n, type, value, precision, mod, earliest, latest,
			text, span_start, span_end, rule) VALUES ` + strings.Repeat(`(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), `, dateRows-1) +
			`(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.insertText, `INSERT INTO event_text (rowid, summary, sentences) VALUES (?, ?, ?)`},
	} {
		ds, err := conn.PrepareContext(ctx, p.q)
		if err != nil {
			st.close()
			return nil, err
		}
		x, ok := ds.(driver.StmtExecContext)
		if !ok {
			ds.Close()
			st.close()
			return nil, fmt.Errorf("the SQLite driver's statement %T cannot execute with a context", ds)
		}
		*p.s = &stmt{ds: ds, x: x, st: st}
	}
	return st, nil
}

// A stmt is a prepared statement of the driver's.
type stmt struct {
	ds driver.Stmt
	x  driver.StmtExecContext
	st *statements // whose args it uses
}

// Exec runs the statement with args, converted as database/sql
// converts them (an int is an int64, a string type a string).
func (s *stmt) Exec(args ...any) (driver.Result, error) {
	nv := s.st.args[:0]
	for i, a := range args {
		switch a.(type) {
		case nil, int64, string, bool, float64, []byte, time.Time:
		case int:
			a = int64(a.(int))
		default:
			v, err := driver.DefaultParameterConverter.ConvertValue(a)
			if err != nil {
				return nil, fmt.Errorf("argument %d: %w", i+1, err)
			}
			a = v
		}
		nv = append(nv, driver.NamedValue{Ordinal: i + 1, Value: a})
	}
	s.st.args = nv
	r, err := s.x.ExecContext(context.Background(), nv)
	clear(nv)
	return r, err
}

// putDate queues the row of dates of d; it inserts the rows queued
// when they are dateRows.
func (st *statements) putDate(doc int64, event any, role string, n int, d timeline.Date) error {
	st.dates = append(st.dates, doc, event, role, n, string(d.Type), d.Value, d.Precision.String(), string(d.Mod),
		unix(d.Earliest), unix(d.Latest), d.Text, d.Span.Start, d.Span.End, d.Rule)
	if len(st.dates) < dateRows*dateWidth {
		return nil
	}
	_, err := st.insertDates.Exec(st.dates...)
	clear(st.dates)
	st.dates = st.dates[:0]
	return err
}

// flush inserts the rows of dates queued, then those of event_text.
func (st *statements) flush() error {
	for row := range slices.Chunk(st.dates, dateWidth) {
		if _, err := st.insertDate.Exec(row...); err != nil {
			return err
		}
	}
	clear(st.dates)
	st.dates = st.dates[:0]
	for row := range slices.Chunk(st.texts, 3) {
		if _, err := st.insertText.Exec(row...); err != nil {
			return err
		}
	}
	clear(st.texts)
	st.texts = st.texts[:0]
	return nil
}

// drop forgets the rows queued, of a transaction rolled back.
func (st *statements) drop() {
	clear(st.dates)
	st.dates = st.dates[:0]
	clear(st.texts)
	st.texts = st.texts[:0]
}

func (st *statements) close() {
	for _, s := range []*stmt{st.insertDoc, st.updateDoc, st.deleteText, st.deleteParticipants, st.deleteEvidence, st.deleteDates, st.deleteEvents,
		st.insertEvent, st.insertParticipant, st.insertEvidence, st.insertDate, st.insertDates, st.insertText} {
		if s != nil {
			s.ds.Close()
		}
	}
}

// put writes doc in the open transaction and returns its seq; old is
// the document stored under key, if there is one (replace).
func (s *Store) put(key, hash string, doc timeline.Document, old stored, replace bool) (int64, error) {
	st := s.stmts
	dl := doc.Dateline
	args := []any{key, doc.ID, doc.Source, hash, doc.Title, doc.Text, doc.Narrative,
		dl.Text, dl.Span.Start, dl.Span.End, dl.Place.Venue, dl.Place.City, dl.Place.Country, dl.Place.Region, dl.Agency,
		len(doc.Events)}
	var seq int64
	if replace {
		seq = old.seq
		if err := st.flush(); err != nil {
			return 0, err
		}
		// With foreign keys off (see Put), no deletion cascades: the
		// rows of every table go by statements of their own, the
		// events' last.
		for _, del := range []*stmt{st.deleteText, st.deleteParticipants, st.deleteEvidence, st.deleteDates, st.deleteEvents} {
			if _, err := del.Exec(seq); err != nil {
				return 0, err
			}
		}
		if _, err := st.updateDoc.Exec(append(args, seq)...); err != nil {
			return 0, err
		}
	} else {
		res, err := st.insertDoc.Exec(args...)
		if err != nil {
			return 0, err
		}
		if seq, err = res.LastInsertId(); err != nil {
			return 0, err
		}
	}
	putDate := func(event any, role string, n int, d timeline.Date) error {
		if d == (timeline.Date{}) {
			return nil
		}
		return st.putDate(seq, event, role, n, d)
	}
	for i, d := range doc.Dates {
		if err := putDate(nil, "text", i, d); err != nil {
			return 0, err
		}
	}
	for _, r := range []struct {
		role string
		d    timeline.Date
	}{{"published", doc.Published}, {"anchor", doc.Anchor}, {"dateline", dl.Date}} {
		if err := putDate(nil, r.role, 0, r.d); err != nil {
			return 0, err
		}
	}
	for i, e := range doc.Events {
		var earliest, latest any
		if !e.When.IsZero() {
			earliest, latest = unix(e.When.Earliest()), unix(e.When.Latest())
		}
		var order, to any
		if r := e.When.Relation; r != nil {
			order, to = r.Order, r.To
		}
		p := e.Place
		res, err := st.insertEvent.Exec(seq, i, e.ID, string(e.Kind), e.Mode, e.CAMEO, e.Action, e.Summary, e.Note,
			p.Venue, p.City, p.Country, p.Region, string(e.Status), earliest, latest, order, to)
		if err != nil {
			return 0, err
		}
		ev, err := res.LastInsertId()
		if err != nil {
			return 0, err
		}
		for _, side := range []struct {
			name   string
			actors []timeline.Actor
		}{{"actor", e.Actors}, {"recipient", e.Recipients}} {
			for j, a := range side.actors {
				if _, err := st.insertParticipant.Exec(ev, side.name, j, a.Name, a.Type, a.Role, a.Country); err != nil {
					return 0, err
				}
			}
		}
		sentences := make([]string, len(e.Evidence))
		for j, v := range e.Evidence {
			sentences[j] = v.Sentence
			if _, err := st.insertEvidence.Exec(ev, j, v.Doc, v.Sentence, v.SentenceSpan.Start, v.SentenceSpan.End,
				v.TriggerText, v.Trigger.Start, v.Trigger.End, v.Time.Start, v.Time.End, formatSpans(v.Actors), v.Title); err != nil {
				return 0, err
			}
		}
		for _, r := range []struct {
			role string
			d    timeline.Date
		}{{"start", e.When.Start}, {"end", e.When.End}, {"length", e.When.Length}} {
			if err := putDate(ev, r.role, 0, r.d); err != nil {
				return 0, err
			}
		}
		if r := e.When.Relation; r != nil {
			if err := putDate(ev, "offset", 0, r.Offset); err != nil {
				return 0, err
			}
		}
		st.texts = append(st.texts, ev, e.Summary, strings.Join(sentences, "\n"))
	}
	return seq, nil
}

// unix returns t as Unix seconds, or nil (NULL) for the zero time, an
// open bound.
func unix(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Unix()
}

// fromUnix returns the time of Unix seconds v on the model's civil clock,
// or the zero time for NULL.
func fromUnix(v sql.NullInt64) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return time.Unix(v.Int64, 0).UTC()
}

// formatSpans writes spans as "3-8 12-20".
func formatSpans(spans []timeline.Span) string {
	parts := make([]string, len(spans))
	for i, sp := range spans {
		parts[i] = sp.String()
	}
	return strings.Join(parts, " ")
}

// parseSpans reads what formatSpans wrote; "" is no spans (nil).
func parseSpans(s string) ([]timeline.Span, error) {
	if s == "" {
		return nil, nil
	}
	f := strings.Fields(s)
	spans := make([]timeline.Span, len(f))
	for i, p := range f {
		a, b, ok := strings.Cut(p, "-")
		start, err1 := strconv.Atoi(a)
		end, err2 := strconv.Atoi(b)
		if !ok || err1 != nil || err2 != nil {
			return nil, fmt.Errorf("span %q: not start-end", p)
		}
		spans[i] = timeline.Span{Start: start, End: end}
	}
	return spans, nil
}

// Counts returns how many documents and events the store holds, those
// Put since the last commit included.
func (s *Store) Counts() (docs, events int, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	const q = `SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events)`
	err = s.conn.QueryRowContext(context.Background(), q).Scan(&docs, &events)
	return docs, events, err
}
