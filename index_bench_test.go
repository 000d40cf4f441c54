package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// The commands' benchmarks on the whole Reuters-21578 archive, as
// bench/index.sh runs them but in-process, so that -cpuprofile sees the
// pipeline, the workers and the store together:
//
//	go test -run XXX -bench 'Index|Build' -benchtime 1x -cpuprofile cpu.out

const reutersArchive = "../shared/data/reuters21578.jsonl.gz"

// needArchive skips b without the shared archive.
func needArchive(b *testing.B) {
	if _, err := os.Stat(reutersArchive); err != nil {
		if os.Getenv("DATELINE_REQUIRE_SHARED") != "" {
			b.Fatalf("DATELINE_REQUIRE_SHARED is set but %s is missing", reutersArchive)
		}
		b.Skipf("skipping: %s is missing (it comes with the development data in ../shared)", reutersArchive)
	}
}

// runCommand runs dateline with args and fails b unless it exits 0 or
// 3 (some documents skipped).
func runCommand(b *testing.B, args ...string) {
	if code := run(context.Background(), args, nil, io.Discard, io.Discard); code != 0 && code != 3 {
		b.Fatalf("dateline %v: exit %d", args, code)
	}
}

// BenchmarkIndex indexes the archive into a new store.
func BenchmarkIndex(b *testing.B) {
	needArchive(b)
	dir := b.TempDir()
	i := 0
	for b.Loop() {
		i++
		runCommand(b, "index", "-db", filepath.Join(dir, strconv.Itoa(i)+".db"), reutersArchive)
	}
}

// BenchmarkBuild builds the archive's timeline as JSON Lines.
func BenchmarkBuild(b *testing.B) {
	needArchive(b)
	out := filepath.Join(b.TempDir(), "all.jsonl")
	for b.Loop() {
		runCommand(b, "build", reutersArchive, "-o", out)
	}
}
