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
	f, err := os.Open(archive)
	if err != nil {
		if os.Getenv("DATELINE_REQUIRE_SHARED") != "" {
			t.Fatalf("DATELINE_REQUIRE_SHARED is set but %s is missing: %v", archive, err)
		}
		t.Skipf("skipping: %s is missing (it comes with the development data in ../shared)", archive)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	limit := 1 << 30
	if testing.Short() {
		limit = 2000
	}
	plain := unfiltered()
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n, bad := 0, 0
	for ; sc.Scan() && n < limit; n++ {
		var s struct{ ID, Published, Text string }
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			t.Fatal(err)
		}
		a, err := time.Parse("2006-01-02T15:04:05", s.Published)
		if err != nil {
			continue
		}
		got, _ := tagger.Tag(s.Text, a)
		want, _ := plain.Tag(s.Text, a)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("story %s: tagged %v; want %v as without prefilters", s.ID, got, want)
			if bad++; bad == 10 {
				t.Fatal("too many stories differ")
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d stories", n)
}
