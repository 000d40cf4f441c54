package timex

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"
)

// archive is the Reuters-21578 archive of the development data.
const archive = "../../../shared/data/reuters21578.jsonl.gz"

// TestPrefiltersArchive checks on every story of the Reuters archive that
// the rules' prefilters (lead words, near and before tests) change
// nothing: a word a pattern reads before its trigger but missing from
// leadWords shows up here, as "the final quarter of 1986" did. It is
// skipped when the development data is absent, unless
// DATELINE_REQUIRE_SHARED is set, as CI does.
func TestPrefiltersArchive(t *testing.T) {
	t.Parallel()
	plain := unfiltered()
	bad := 0
	n := eachStory(t, func(id string, a time.Time, text string) {
		got, _ := tagger.Tag(text, a)
		want, _ := plain.Tag(text, a)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("story %s: tagged %v; want %v as without prefilters", id, got, want)
			if bad++; bad == 10 {
				t.Fatal("too many stories differ")
			}
		}
	})
	t.Logf("%d stories", n)
}

// eachStory calls f with every story of the archive that has a time
// stamp, its first 2,000 with -short, and returns how many it read. It
// skips t when the archive is absent, unless DATELINE_REQUIRE_SHARED is
// set, as CI does.
func eachStory(t *testing.T, f func(id string, anchor time.Time, text string)) int {
	t.Helper()
	r, err := os.Open(archive)
	if err != nil {
		if os.Getenv("DATELINE_REQUIRE_SHARED") != "" {
			t.Fatalf("DATELINE_REQUIRE_SHARED is set but %s is missing: %v", archive, err)
		}
		t.Skipf("skipping: %s is missing (it comes with the development data in ../shared)", archive)
	}
	defer r.Close()
	zr, err := gzip.NewReader(r)
	if err != nil {
		t.Fatal(err)
	}
	limit := 1 << 30
	if testing.Short() {
		limit = 2000
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for ; sc.Scan() && n < limit; n++ {
		var s struct{ ID, Published, Text string }
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			t.Fatal(err)
		}
		a, err := time.Parse("2006-01-02T15:04:05", s.Published)
		if err != nil {
			continue
		}
		f(s.ID, a, s.Text)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return n
}
