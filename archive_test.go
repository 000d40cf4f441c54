package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// wire is a JSON Lines archive of three stories of the Shultz talks as
// the Reuters archive lays them out, written for these tests.
const wire = `{"id":"w-1","published":"1987-04-13T09:12:00","dateline":"MOSCOW, April 13","title":"SHULTZ ARRIVES IN MOSCOW FOR TALKS","text":"Secretary of State George Shultz arrived in Moscow on Monday for three days of talks with Soviet Foreign Minister Eduard Shevardnadze on arms control.\nShultz will meet Soviet leader Mikhail Gorbachev on Tuesday, officials said."}
{"id":"w-2","published":"1987-04-14T17:40:00","dateline":"MOSCOW, April 14","title":"SHULTZ AND SHEVARDNADZE HOLD TALKS","text":"Shultz and Shevardnadze held talks in the Kremlin on Tuesday, the second day of his visit to the Soviet Union.\nShultz met Gorbachev for four hours on Tuesday."}
{"id":"w-3","published":"1987-04-20T08:00:00","dateline":"TOKYO, April 20","title":"NAKASONE TO VISIT WASHINGTON","text":"Prime Minister Yasuhiro Nakasone will visit Washington from April 29 to May 2 for talks with President Reagan, officials said."}
`

// writeFile writes text to name in dir and returns its path.
func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// formats are the outputs query and build must agree on: every one.
var formats = everyFormat

// outputsOf runs args (build or query) with one -o per format into dir,
// under name, and returns the bytes of each.
func outputsOf(t *testing.T, dir, name string, args ...string) map[string][]byte {
	t.Helper()
	for _, ext := range formats {
		args = append(args, "-o", filepath.Join(dir, name+"."+ext))
	}
	if code, _, stderr := dateline(t, "", args...); code != 0 && code != 3 {
		t.Fatalf("dateline %s: exit %d: %s", strings.Join(args, " "), code, stderr)
	}
	got := map[string][]byte{}
	for _, ext := range formats {
		b, err := os.ReadFile(filepath.Join(dir, name+"."+ext))
		if err != nil {
			t.Fatal(err)
		}
		got[ext] = b
	}
	return got
}

// sameOutputs fails t for every format whose bytes differ.
func sameOutputs(t *testing.T, what string, got, want map[string][]byte) {
	t.Helper()
	for _, ext := range formats {
		if !bytes.Equal(got[ext], want[ext]) {
			t.Errorf("%s: the .%s output differs:\n%s", what, ext, firstDiff(string(got[ext]), string(want[ext])))
		}
	}
}

// TestQueryEqualsBuild: a query without filters writes, byte for byte,
// what build writes of the same inputs, in every format.
func TestQueryEqualsBuild(t *testing.T) {
	dir := t.TempDir()
	inputs := []string{example, writeFile(t, dir, "wire.jsonl", wire)}
	checkQueryEqualsBuild(t, dir, inputs)
}

// TestQueryEqualsBuildArchive: the same on the archive's stories of
// diplomacy (reuters-diplomacy-dev.txt) and the modern texts of
// pd-diplomacy.jsonl, where reports of one event merge across stories.
func TestQueryEqualsBuildArchive(t *testing.T) {
	ids, err := os.ReadFile("../shared/data/reuters-diplomacy-dev.txt")
	stories := readShared(t, "../shared/data/reuters21578.jsonl.gz", err, func(id string) bool {
		return bytes.Contains(ids, []byte(id+"\n"))
	})
	dir := t.TempDir()
	inputs := []string{writeFile(t, dir, "reuters.jsonl", stories), "../shared/data/pd-diplomacy.jsonl"}
	checkQueryEqualsBuild(t, dir, inputs)
}

func checkQueryEqualsBuild(t *testing.T, dir string, inputs []string) {
	t.Helper()
	db := filepath.Join(dir, "archive.db")
	if code, _, stderr := dateline(t, "", append([]string{"index", "-db", db}, inputs...)...); code != 0 {
		t.Fatalf("index: exit %d: %s", code, stderr)
	}
	want := outputsOf(t, dir, "build", append([]string{"build"}, inputs...)...)
	got := outputsOf(t, dir, "query", "query", "--db", db)
	sameOutputs(t, "query without filters and build", got, want)
	if !bytes.Contains(want["md"], []byte("###")) {
		t.Errorf("the timeline has no dated event:\n%s", want["md"])
	}
}

// readShared returns the lines of the gzip'd JSON Lines file at path
// whose id keep accepts; it skips t when the shared data is missing
// (err is the error of reading another shared file, or nil), unless
// DATELINE_REQUIRE_SHARED is set.
func readShared(t *testing.T, path string, err error, keep func(id string) bool) string {
	t.Helper()
	f, ferr := os.Open(path)
	if err == nil {
		err = ferr
	}
	if err != nil {
		if os.Getenv("DATELINE_REQUIRE_SHARED") != "" {
			t.Fatalf("DATELINE_REQUIRE_SHARED is set but the shared data is missing: %v", err)
		}
		t.Skipf("skipping: %v (it comes with the development data in ../shared)", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		var s struct{ ID string }
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			t.Fatal(err)
		}
		if keep(s.ID) {
			b.Write(sc.Bytes())
			b.WriteByte('\n')
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

var summaryRE = regexp.MustCompile(`dateline: (\d+) documents? read: (\d+) indexed \((\d+) new, (\d+) replaced\) with (\d+) events?, (\d+) unchanged, (\d+) skipped.*; \S+ holds (\d+) documents? and (\d+) events?`)

// summary is what an index run's last line counts.
type summary struct{ read, indexed, added, replaced, events, unchanged, skipped, docs, stored int }

func parseSummary(t *testing.T, stderr string) summary {
	t.Helper()
	m := summaryRE.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no summary in stderr:\n%s", stderr)
	}
	var n [9]int
	for i := range n {
		n[i], _ = strconv.Atoi(m[i+1])
	}
	return summary{n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8]}
}

// TestIndexTwice: indexing the same inputs again reads nothing again,
// adds nothing, and the query's output stays byte for byte the same.
func TestIndexTwice(t *testing.T) {
	dir := t.TempDir()
	inputs := []string{example, writeFile(t, dir, "wire.jsonl", wire)}
	db := filepath.Join(dir, "archive.db")
	code, _, stderr := dateline(t, "", append([]string{"index", "-db", db}, inputs...)...)
	first := parseSummary(t, stderr)
	if code != 0 || first != (summary{4, 4, 4, 0, first.events, 0, 0, 4, first.events}) || first.events == 0 {
		t.Fatalf("first index: exit %d, %+v:\n%s", code, first, stderr)
	}
	before := outputsOf(t, dir, "before", "query", "-db", db)
	code, _, stderr = dateline(t, "", append([]string{"index", "--db", db}, inputs...)...)
	if again := parseSummary(t, stderr); code != 0 || again != (summary{4, 0, 0, 0, 0, 4, 0, 4, first.events}) {
		t.Fatalf("second index: exit %d, %+v; want every document unchanged and the same counts:\n%s", code, again, stderr)
	}
	sameOutputs(t, "query after indexing twice", outputsOf(t, dir, "after", "query", "-db", db), before)
	code, _, stderr = dateline(t, "", append([]string{"index", "-force", "-db", db}, inputs...)...)
	if forced := parseSummary(t, stderr); code != 0 || forced != (summary{4, 4, 0, 4, first.events, 0, 0, 4, first.events}) {
		t.Fatalf("index -force: exit %d, %+v; want every document read again and replaced:\n%s", code, forced, stderr)
	}
	sameOutputs(t, "query after index -force", outputsOf(t, dir, "forced", "query", "-db", db), before)
}

// TestIndexChanged: a document whose text changed replaces its rows and
// keeps its ID; one of another folder with the same file name is a new
// document.
func TestIndexChanged(t *testing.T) {
	dir := t.TempDir()
	text, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	os.Mkdir(filepath.Join(dir, "d1"), 0o755)
	os.Mkdir(filepath.Join(dir, "d2"), 0o755)
	a := writeFile(t, dir, "d1/a.txt", string(text))
	db := filepath.Join(dir, "archive.db")
	if code, _, stderr := dateline(t, "", "index", "-db", db, a); code != 0 {
		t.Fatalf("index: exit %d: %s", code, stderr)
	}
	changed := strings.Replace(string(text), "Vladivostok", "Khabarovsk", -1)
	writeFile(t, dir, "d1/a.txt", changed)
	code, _, stderr := dateline(t, "", "index", "-db", db, a)
	if s := parseSummary(t, stderr); code != 0 || s.replaced != 1 || s.docs != 1 {
		t.Fatalf("index of the changed file: exit %d, %+v:\n%s", code, s, stderr)
	}
	b := writeFile(t, dir, "d2/a.txt", string(text))
	code, _, stderr = dateline(t, "", "index", "-db", db, b, a)
	if s := parseSummary(t, stderr); code != 0 || s.added != 1 || s.unchanged != 1 || s.docs != 2 {
		t.Fatalf("index of another a.txt: exit %d, %+v:\n%s", code, s, stderr)
	}
	code, stdout, stderr := dateline(t, "", "query", "-db", db, "-o", "-")
	var got struct {
		Documents []struct{ ID, Source string }
		Events    []struct{ Summary string }
	}
	if err := json.Unmarshal([]byte(stdout), &got); code != 0 || err != nil {
		t.Fatalf("query: exit %d, %v: %s", code, err, stderr)
	}
	if len(got.Documents) != 2 || got.Documents[0].ID != "a" || got.Documents[0].Source != a || got.Documents[1].ID != "a-2" {
		t.Errorf("documents %+v; want a (%s) and a-2", got.Documents, a)
	}
	var khabarovsk, vladivostok bool
	for _, e := range got.Events {
		khabarovsk = khabarovsk || strings.Contains(e.Summary, "Khabarovsk")
		vladivostok = vladivostok || strings.Contains(e.Summary, "Vladivostok")
	}
	if !khabarovsk || !vladivostok {
		t.Errorf("events of the changed a (Khabarovsk: %v) and of a-2 (Vladivostok: %v) missing", khabarovsk, vladivostok)
	}
}

// TestIndexBroken: broken stories are reported by ID or line with their
// reason and skipped; the others are stored and the exit status is 3.
func TestIndexBroken(t *testing.T) {
	dir := t.TempDir()
	lines := strings.SplitAfter(wire, "\n")
	archive := writeFile(t, dir, "broken.jsonl", lines[0]+
		"{not json\n"+
		`{"id":"w-bad","published":"31-MAR-1987 605:12:19.12","text":"Shultz met Shevardnadze."}`+"\n"+
		`{"id":"w-empty","published":"1987-04-13"}`+"\n"+
		lines[1])
	db := filepath.Join(dir, "archive.db")
	code, _, stderr := dateline(t, "", "index", "-db", db, archive, filepath.Join(dir, "missing.txt"))
	s := parseSummary(t, stderr)
	if code != 3 || s.read != 6 || s.indexed != 2 || s.skipped != 4 {
		t.Errorf("exit %d, %+v; want 3, 2 of 6 indexed, 4 skipped:\n%s", code, s, stderr)
	}
	for _, want := range []string{"broken.jsonl:2:1: not a JSON story", "w-bad: published", "not a date",
		`broken.jsonl:4:1: no "text" field`, "missing.txt", "4 skipped (1 unparseable date, 1 file not opened, 2 unreadable)"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	code, stdout, stderr := dateline(t, "", "query", "-db", db, "-o", "-")
	if code != 0 || !strings.Contains(stdout, `"id": "w-1"`) || !strings.Contains(stdout, `"id": "w-2"`) {
		t.Errorf("query: exit %d, stderr %s", code, stderr)
	}
	code, _, stderr = dateline(t, "", "index", "-db", db, filepath.Join(dir, "missing.txt"))
	if code != 1 || !strings.Contains(stderr, "no document could be read") {
		t.Errorf("index of nothing readable: exit %d, stderr %s; want 1", code, stderr)
	}
}

// TestQueryFilters: the flags reach the store's filter (whose cases are
// in out/sqlite) and the outputs hold only what they select.
func TestQueryFilters(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "archive.db")
	if code, _, stderr := dateline(t, "", "index", "-db", db, example, writeFile(t, dir, "wire.jsonl", wire)); code != 0 {
		t.Fatalf("index: exit %d: %s", code, stderr)
	}
	for _, c := range []struct {
		args []string
		want func(e jsonlEvent) bool
	}{
		{[]string{"-actor", "putin"}, func(e jsonlEvent) bool {
			return slices.Contains(e.Actors, "Vladimir Putin") || slices.Contains(e.Recipients, "Vladimir Putin")
		}},
		{[]string{"-actor", "Shultz", "-actor", "Gorbachev"}, func(e jsonlEvent) bool {
			return slices.Contains(append(e.Actors, e.Recipients...), "Mikhail Gorbachev")
		}},
		{[]string{"-place", "russia"}, func(e jsonlEvent) bool { return e.Place.Country == "Russia" }},
		{[]string{"-kind", "visit,phone"}, func(e jsonlEvent) bool { return e.Mode == "visit" || e.Mode == "phone" }},
		{[]string{"-status", "planned"}, func(e jsonlEvent) bool { return e.Status == "planned" }},
		{[]string{"-from", "1987-04-14", "-to", "1987-04"}, func(e jsonlEvent) bool { return e.End >= "1987-04-14" && e.Start <= "1987-04-30" }},
		{[]string{"-text", "Kremlin"}, func(e jsonlEvent) bool { return strings.Contains(e.Sentence.Text, "Kremlin") }},
	} {
		args := append(append([]string{"query", "-db", db}, c.args...), "-o", filepath.Join(dir, "q.jsonl"))
		if code, _, stderr := dateline(t, "", args...); code != 0 {
			t.Errorf("query %v: exit %d: %s", c.args, code, stderr)
			continue
		}
		b, _ := os.ReadFile(filepath.Join(dir, "q.jsonl"))
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		if len(b) == 0 {
			t.Errorf("query %v: no event", c.args)
		}
		for _, line := range lines {
			var e jsonlEvent
			if err := json.Unmarshal([]byte(line), &e); err != nil {
				t.Fatal(err)
			}
			if !c.want(e) {
				t.Errorf("query %v: event %s does not fit: %s", c.args, e.ID, line)
			}
		}
	}
	code, _, stderr := dateline(t, "", "query", "-db", db, "-actor", "Nobody", "-o", filepath.Join(dir, "none.md"))
	if code != 0 || !strings.Contains(stderr, "no event of") {
		t.Errorf("query -actor Nobody: exit %d, stderr %q; want 0 and a note", code, stderr)
	}
}

type jsonlEvent struct {
	ID, Kind, Mode, Status, Start, End string
	Actors, Recipients                 []string
	Place                              struct{ City, Country string }
	Sentence                           struct{ Text string }
}

// TestArchiveCLIErrors: usage errors name the flag and its value.
func TestArchiveCLIErrors(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "archive.db")
	if code, _, stderr := dateline(t, "", "index", "-db", db, example); code != 0 {
		t.Fatalf("index: exit %d: %s", code, stderr)
	}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"index", example}, 2, "index needs the store: -db FILE"},
		{[]string{"index", "-db", db}, 2, "index needs at least one INPUT"},
		{[]string{"index", "-db", db, "-type", "poem", example}, 2, `invalid value "poem" for flag -type`},
		{[]string{"index", "-db", filepath.Join(dir, "no", "such", "dir.db"), example}, 1, "opening the store"},
		{[]string{"index", "-db", db, writeFile(t, dir, "empty.jsonl", "")}, 1, "no document could be read (0 failed)"},
		{[]string{"query"}, 2, "query needs the store: -db FILE"},
		{[]string{"query", "-db", db, example}, 2, "query takes flags only"},
		{[]string{"query", "-db", filepath.Join(dir, "none.db")}, 1, "none.db: no such store"},
		{[]string{"query", "-db", db, "-from", "April"}, 2, `invalid value "April" for flag -from: want a date as YYYY, YYYY-MM or YYYY-MM-DD`},
		{[]string{"query", "-db", db, "-to", "2019-13"}, 2, `invalid value "2019-13" for flag -to`},
		{[]string{"query", "-db", db, "-to", "2019-W17"}, 2, `invalid value "2019-W17" for flag -to`},
		{[]string{"query", "-db", db, "-from", "2019-05", "-to", "2019-04"}, 2, "-from 2019-05 is after -to 2019-04"},
		{[]string{"query", "-db", db, "-kind", "visit,summit"}, 2, `invalid value "visit,summit" for flag -kind: want a kind (CONSULT`},
		{[]string{"query", "-db", db, "-kind", "AGREE/bogus"}, 2, `got "AGREE/bogus"`},
		{[]string{"query", "-db", db, "-status", "done"}, 2, `invalid value "done" for flag -status: want one of occurred,`},
		{[]string{"query", "-db", db, "-actor", " "}, 2, `-actor: want a name`},
		{[]string{"query", "-db", db, "-o", filepath.Join(dir, "x.xml")}, 2, "unknown output format"},
		{[]string{"query", "-db", db, "-lanes", "x"}, 2, `-lanes: want participant, actor, place, kind or country, got "x"`},
		{[]string{"query", "-db", db, "-max-lanes", "-3"}, 2, `-max-lanes: want a number of lanes, 0 for all, got -3`},
	} {
		code, _, stderr := dateline(t, "", c.args...)
		if code != c.code || !strings.Contains(stderr, c.want) {
			t.Errorf("dateline %s: exit %d, stderr %q; want %d and %q", strings.Join(c.args, " "), code, stderr, c.code, c.want)
		}
	}
}

// stream returns n short stories as JSON Lines, each its own event.
func stream(n int) string {
	var b strings.Builder
	for i := range n {
		day := time.Date(1987, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%365)
		fmt.Fprintf(&b, `{"id":"s-%d","published":"%s","dateline":"MOSCOW, %s","text":"Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze in Moscow on %s, officials said."}`+"\n",
			i, day.Format("2006-01-02T15:04:05"), day.Format("January 2"), day.Format("Monday"))
	}
	return b.String()
}

// TestIndexKilled kills an index run (SIGKILL, in the middle of a batch
// or a commit) and interrupts another (SIGINT, as Ctrl-C does): each
// leaves a consistent store holding whole documents, and the same
// command run again skips them, stores the rest and gives the store an
// uninterrupted run gives.
func TestIndexKilled(t *testing.T) {
	if args := os.Getenv("DATELINE_INDEX_CHILD"); args != "" {
		indexBatch = 20
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
		defer stop()
		os.Exit(run(ctx, strings.Split(args, "\x1f"), os.Stdin, os.Stdout, os.Stderr))
	}
	if testing.Short() {
		t.Skip("skipping the subprocess test in -short mode")
	}
	dir := t.TempDir()
	input := writeFile(t, dir, "stream.jsonl", stream(3000))
	clean := filepath.Join(dir, "clean.db")
	if code, _, stderr := dateline(t, "", "index", "-db", clean, input); code != 0 {
		t.Fatalf("index: exit %d: %s", code, stderr)
	}
	want := outputsOf(t, dir, "clean", "query", "-db", clean)
	for _, sig := range []os.Signal{syscall.SIGKILL, os.Interrupt} {
		t.Run(sig.String(), func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "archive.db")
			args := []string{"index", "-db", db, input}
			cmd := exec.Command(os.Args[0], "-test.run=^TestIndexKilled$")
			cmd.Env = append(os.Environ(), "DATELINE_INDEX_CHILD="+strings.Join(args, "\x1f"))
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			committed := 0
			for deadline := time.Now().Add(60 * time.Second); committed < 100 && time.Now().Before(deadline); {
				time.Sleep(2 * time.Millisecond)
				if _, err := os.Stat(db); err == nil {
					committed = countDocs(db)
				}
			}
			cmd.Process.Signal(sig)
			err := cmd.Wait()
			if committed < 100 {
				t.Fatalf("the child stored %d documents (%v): %s", committed, err, stderr.String())
			}
			stored := countDocs(db)
			if stored >= 3000 {
				t.Skipf("the run ended (%v) before the signal reached it", err)
			}
			if sig == os.Interrupt {
				s := parseSummary(t, stderr.String())
				if !strings.Contains(stderr.String(), "dateline: error: interrupted") || s.docs != stored || s.indexed != stored {
					t.Errorf("after SIGINT: %+v, %d stored; want every document counted indexed stored:\n%s", s, stored, stderr.String())
				}
			} else if stored%20 != 0 {
				t.Errorf("after SIGKILL %d documents are stored; want whole batches of 20", stored)
			}
			t.Logf("%d of 3000 documents stored when the signal came", stored)
			checkStore(t, db)
			code, _, errs := dateline(t, "", args...)
			s := parseSummary(t, errs)
			if code != 0 || s.unchanged != stored || s.added != 3000-stored || s.docs != 3000 {
				t.Errorf("rerun: exit %d, %+v; want %d unchanged and the rest added:\n%s", code, s, stored, errs)
			}
			sameOutputs(t, "the resumed store and an uninterrupted one", outputsOf(t, dir, "resumed", "query", "-db", db), want)
		})
	}
}

func countDocs(db string) int {
	d, err := sql.Open("sqlite", db)
	if err != nil {
		return 0
	}
	defer d.Close()
	n := 0
	d.QueryRow(`SELECT count(*) FROM documents`).Scan(&n)
	return n
}

// checkStore checks SQLite's integrity, the foreign keys and that every
// document has as many events as it says.
func checkStore(t *testing.T, db string) {
	t.Helper()
	d, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	var ok string
	var bad, orphans int
	if err := d.QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity_check: %q, %v", ok, err)
	}
	if err := d.QueryRow(`SELECT count(*) FROM pragma_foreign_key_check`).Scan(&orphans); err != nil || orphans != 0 {
		t.Errorf("%d rows without their parent (%v)", orphans, err)
	}
	if err := d.QueryRow(`SELECT count(*) FROM documents d WHERE events != (SELECT count(*) FROM events WHERE doc = d.seq)`).Scan(&bad); err != nil || bad != 0 {
		t.Errorf("%d documents without all their events (%v)", bad, err)
	}
}
