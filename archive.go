package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-dev/dateline/out/sqlite"
	"github.com/dateline-dev/dateline/parse"
	"github.com/dateline-dev/dateline/timeline"
)

// Argument synopses of the archive's commands.
const (
	indexArgs = "[-anchor YYYY-MM-DD] [-type auto|news|narrative] [-fields PART=FIELD,...] [-shard i/n] [-force] -db FILE INPUT..."
	mergeArgs = "[-force] -o FILE STORE..."
	queryArgs = "-db FILE [-actor NAME]... [-place NAME]... [-kind KIND[,KIND]] [-status S[,S]] [-from DATE] [-to DATE] [-text WORDS] [-lanes participant|actor|place|kind|country] [-max-lanes N] [-lane-order activity|first] [-title T] [-fragment] [-assets URL] [-theme auto|light|dark] [-o OUT]..."
)

// indexBatch is how many documents index stores in one transaction;
// zero is the store's default. Tests make it small, to stop a run
// between commits.
var indexBatch int

// runIndex reads the stories of every INPUT as build does and stores
// each document, its dates and its events in the store -db names. A
// story stored before from the same input is not read again; one whose
// input changed replaces its document. A story that cannot be read is
// reported and skipped, as in build. With -force every story is read
// again.
func runIndex(ctx context.Context, e *env, args []string) (err error) {
	fs := newFlags("index")
	var anchor anchorFlag
	fs.Var(&anchor, "anchor", "resolve every article against this `date` (YYYY-MM-DD) instead of its stamp and dateline")
	typ := typeFlag(fs)
	ro := inputFlags(fs, true)
	db := fs.String("db", "", "the store: an SQLite `FILE`, created if missing")
	force := fs.Bool("force", false, "read every story again, even one stored from the same input, and replace its document (after an upgrade of dateline)")
	if err := parseFlags(e, fs, indexArgs, args); err != nil {
		return err
	}
	if *db == "" {
		return usageError{"index needs the store: -db FILE"}
	}
	if fs.NArg() == 0 {
		return usageError{"index needs at least one INPUT: an article, a folder, an HTML page, a JSON Lines archive or a WARC file"}
	}
	opt := parse.Options{Anchor: anchor.t, Type: *typ}
	ro.parse = opt
	st, err := sqlite.Open(*db)
	if err != nil {
		return fmt.Errorf("opening the store: %w", err)
	}
	st.Batch = indexBatch
	defer func() {
		if cerr := st.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("%s: %w", *db, cerr)
		}
	}()

	// want checks each story against the store before it is read, and
	// keeps what it found for each; a store that cannot be read fails
	// the run.
	type found struct {
		key, hash string
		state     sqlite.State
		err       error
	}
	var hs hasher // want runs on the reader's goroutine only
	want := func(s *story) bool {
		f := &found{key: storyKey(s), hash: hs.storyHash(s.in, opt)}
		s.note = f
		var id string
		f.state, id, f.err = st.Check(f.key, f.hash, s.in.ID)
		if *force && f.state == sqlite.Unchanged {
			f.state = sqlite.Changed
		}
		if f.err != nil || f.state == sqlite.Unchanged {
			return false
		}
		s.in.ID = id
		return true
	}
	var c struct{ read, added, replaced, unchanged, events int }
	sk := newSkips(e)
	each := func(s *story) error {
		c.read++
		f, _ := s.note.(*found)
		switch {
		case f != nil && f.err != nil:
			return fmt.Errorf("%s: %w", *db, f.err)
		case s.err != nil:
			sk.report(s.err)
			return nil
		case f.state == sqlite.Unchanged:
			c.unchanged++
			return nil
		}
		if err := st.Put(f.key, f.hash, s.doc); err != nil {
			return fmt.Errorf("%s: %w", *db, err)
		}
		if f.state == sqlite.Changed {
			c.replaced++
		} else {
			c.added++
		}
		c.events += len(s.doc.Events)
		return nil
	}
	err = readStories(ctx, e, fs.Args(), *ro, want, each)
	if ferr := st.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("%s: %w", *db, ferr)
	}
	summary := fmt.Sprintf("dateline: %s read: %d indexed (%d new, %d replaced) with %s, %d unchanged, %d skipped",
		plural(c.read, "document"), c.added+c.replaced, c.added, c.replaced, plural(c.events, "event"), c.unchanged, sk.n)
	if sk.n > 0 {
		summary += " (" + countReasons(sk.reasons) + ")"
	}
	if docs, events, cerr := st.Counts(); cerr == nil {
		summary += fmt.Sprintf("; %s holds %s and %s", *db, plural(docs, "document"), plural(events, "event"))
	}
	fmt.Fprintln(e.stderr, summary)
	switch {
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("interrupted: every document counted as indexed is stored; run the same command again to index the rest")
	case err != nil:
		return err
	case sk.n == c.read: // as build, an input of no story at all too
		return fmt.Errorf("no document could be read (%d failed)", sk.n)
	}
	return nil
}

// plural returns "1 document", "2 documents".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// storyKey returns what a story is across runs: an archive record's
// ID, or a plain-text file's absolute path ("stdin" for standard input).
func storyKey(s *story) string {
	switch {
	case s.archive:
		return s.in.ID
	case s.file == "-":
		return "stdin"
	}
	if p, err := filepath.Abs(s.file); err == nil {
		return p
	}
	return s.file
}

// A hasher computes storyHash for one goroutine, reusing its digest and
// buffer from story to story: a new copy of each story's text was a
// twenty-fifth of the bytes an index allocates.
type hasher struct {
	h   hash.Hash
	buf []byte
}

// storyHash returns the digest of what a story's document is read from:
// its fields (not its ID or where it was read) and the options that
// change how it is read. Each field is hashed as its length in decimal,
// ':' and the field.
func (x *hasher) storyHash(in parse.Input, opt parse.Options) string {
	if x.h == nil {
		x.h = sha256.New()
	}
	x.h.Reset()
	anchor := ""
	if !opt.Anchor.IsZero() {
		anchor = opt.Anchor.Format(time.DateOnly)
	}
	for _, f := range [...]string{"dateline input 1", anchor, opt.Type.String(), in.Title, in.Published, in.Dateline, in.Text} {
		x.buf = strconv.AppendInt(x.buf[:0], int64(len(f)), 10)
		x.buf = append(x.buf, ':')
		x.buf = append(x.buf, f...)
		x.h.Write(x.buf)
	}
	return hex.EncodeToString(x.h.Sum(x.buf[:0]))
}

// runMerge writes a new store of the documents of the stores it is
// given: the stores of the shards of an archive, say. The new store is
// written whole or not at all; an existing one is replaced only with
// -force.
func runMerge(ctx context.Context, e *env, args []string) error {
	fs := newFlags("merge")
	o := fs.String("o", "", "the new store: an SQLite `FILE`, written whole or not at all")
	force := fs.Bool("force", false, "replace the store at -o if there is one")
	if err := parseFlags(e, fs, mergeArgs, args); err != nil {
		return err
	}
	if *o == "" {
		return usageError{"merge needs the new store: -o FILE"}
	}
	if fs.NArg() == 0 {
		return usageError{"merge needs at least one STORE written by index"}
	}
	if _, err := os.Stat(*o); err == nil && !*force {
		fmt.Fprintf(e.stderr, "dateline: hint: -force replaces it\n")
		return fmt.Errorf("%s exists", *o)
	}
	c, err := sqlite.Merge(ctx, *o, fs.Args())
	if err != nil {
		if errors.Is(err, sqlite.ErrConflict) {
			fmt.Fprintf(e.stderr, "dateline: hint: index the document's input again into one of the stores, with the options of the other\n")
		}
		return fmt.Errorf("merge: %w; %s not written", err, *o)
	}
	fmt.Fprintf(e.stderr, "dateline: %s merged: %s holds %s (%d in more than one store, kept once) and %s\n",
		plural(fs.NArg(), "store"), *o, plural(c.Documents, "document"), c.Same, plural(c.Events, "event"))
	return nil
}

// runQuery selects events from the store -db names and writes their
// timeline, merged as build merges, to every -o.
func runQuery(ctx context.Context, e *env, args []string) error {
	fs := newFlags("query")
	var actors, places names
	var f sqlite.Filter
	db := fs.String("db", "", "the store: an SQLite `FILE` written by index")
	fs.Var(&actors, "actor", "keep the events this person, government or organisation takes part in (`NAME` as the merge matches names: \"Shultz\" is \"George Shultz\"); repeated, all of them take part")
	fs.Var(&places, "place", "keep the events at this venue, city, country or region (`NAME`); repeated, any of them")
	fs.Func("kind", "keep the events of this PLOVER `KIND` (CONSULT, AGREE, SUPPORT, COOPERATE, OTHER), mode (visit, meeting, phone, ...) or KIND/mode; a comma-separated list for any of them", func(s string) error {
		for _, k := range strings.Split(s, ",") {
			if err := checkKind(strings.TrimSpace(k)); err != nil {
				return err
			}
			f.Kinds = append(f.Kinds, strings.TrimSpace(k))
		}
		return nil
	})
	fs.Func("status", "keep the events of this `STATUS` (occurred, ongoing, planned, expected, possible, denied, cancelled); a comma-separated list for any of them", func(s string) error {
		for _, v := range strings.Split(s, ",") {
			st := timeline.Status(strings.ToLower(strings.TrimSpace(v)))
			if !slices.Contains(statuses, st) {
				return fmt.Errorf("want one of %s, got %q", joinStatuses(), v)
			}
			f.Statuses = append(f.Statuses, st)
		}
		return nil
	})
	fs.Func("from", "keep the dated events that may end on or after this `DATE` (YYYY, YYYY-MM or YYYY-MM-DD)", func(s string) (err error) {
		f.From, err = rangeDate(s)
		return err
	})
	fs.Func("to", "keep the dated events that may begin on or before this `DATE` (YYYY, YYYY-MM or YYYY-MM-DD: its last day)", func(s string) (err error) {
		f.To, err = rangeDate(s)
		return err
	})
	fs.StringVar(&f.Text, "text", "", "keep the events whose summary or report's sentence holds all these `WORDS` (SQLite FTS5: whole words, any case)")
	of := addOutputFlags(fs, "the first document's headline")
	if err := parseFlags(e, fs, queryArgs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("query takes flags only, not %q: the documents are those of the store", fs.Arg(0))}
	}
	if *db == "" {
		return usageError{"query needs the store: -db FILE"}
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Latest.Before(f.From.Earliest) {
		return usageError{fmt.Sprintf("-from %s is after -to %s", f.From.Value, f.To.Value)}
	}
	for _, a := range actors {
		if strings.TrimSpace(a) == "" {
			return usageError{"-actor: want a name, got \"\""}
		}
	}
	for _, p := range places {
		if strings.TrimSpace(p) == "" {
			return usageError{"-place: want a name, got \"\""}
		}
	}
	f.Actors, f.Places = actors, places
	o, err := of.check()
	if err != nil {
		return err
	}
	st, err := sqlite.OpenExisting(*db)
	if err != nil {
		if errors.Is(err, sqlite.ErrNoStore) {
			fmt.Fprintf(e.stderr, "dateline: hint: fill a store first: dateline index -db %s INPUT...\n", *db)
		}
		return fmt.Errorf("opening the store: %w", err)
	}
	docs, err := st.Documents(ctx, f)
	if cerr := st.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	t := timeline.Build(docs...)
	if len(t.Events) == 0 {
		fmt.Fprintf(e.stderr, "dateline: no event of %s matches the query\n", *db)
	}
	return writeAll(ctx, e, o, t)
}

// names is a repeatable flag of names.
type names []string

func (n *names) String() string     { return strings.Join(*n, ",") }
func (n *names) Set(s string) error { *n = append(*n, s); return nil }

// statuses are the values of -status.
var statuses = []timeline.Status{timeline.StatusOccurred, timeline.StatusOngoing, timeline.StatusPlanned,
	timeline.StatusExpected, timeline.StatusPossible, timeline.StatusDenied, timeline.StatusCancelled}

func joinStatuses() string {
	s := make([]string, len(statuses))
	for i, st := range statuses {
		s[i] = string(st)
	}
	return strings.Join(s, ", ")
}

// kinds and modes are the values of -kind.
var (
	kinds = []timeline.Kind{timeline.KindConsult, timeline.KindAgree, timeline.KindSupport, timeline.KindCooperate, timeline.KindOther}
	modes = []string{timeline.ModeVisit, timeline.ModeMeeting, timeline.ModePhone, timeline.ModeMultilateral,
		timeline.ModeThirdParty, timeline.ModeArrival, timeline.ModeDeparture, timeline.ModeCeremony}
)

// checkKind returns an error unless k is a kind, a mode or kind/mode.
func checkKind(k string) error {
	kind, mode, both := strings.Cut(k, "/")
	isKind := slices.Contains(kinds, timeline.Kind(strings.ToUpper(kind)))
	isMode := func(m string) bool { return slices.Contains(modes, strings.ToLower(m)) }
	if both && isKind && isMode(mode) || !both && (isKind || isMode(k)) {
		return nil
	}
	ks := make([]string, len(kinds))
	for i, k := range kinds {
		ks[i] = string(k)
	}
	return fmt.Errorf("want a kind (%s), a mode (%s) or KIND/mode, got %q", strings.Join(ks, ", "), strings.Join(modes, ", "), k)
}

var rangeDateRE = regexp.MustCompile(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`)

// rangeDate reads a -from or -to date: YYYY, YYYY-MM or YYYY-MM-DD.
func rangeDate(s string) (timeline.Date, error) {
	d, err := timeline.ParseValue(s)
	if !rangeDateRE.MatchString(s) || err != nil {
		return timeline.Date{}, fmt.Errorf("want a date as YYYY, YYYY-MM or YYYY-MM-DD, got %q", s)
	}
	return d, nil
}
