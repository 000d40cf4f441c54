package bench

import (
	"context"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/dateline-dev/dateline/out/sqlite"
	"github.com/dateline-dev/dateline/parse"
	"github.com/dateline-dev/dateline/timeline"
)

// The store's benchmarks: writing the parsed archive, and reading it
// back. bench/index.sh measures the commands on the whole archive.
//
//	go test ./bench -run XXX -bench Store -benchtime 3x

// documents reads and parses the whole archive once.
func documents(b *testing.B) ([]timeline.Document, int64) {
	b.Helper()
	ins, n := stories(b)
	var docs []timeline.Document
	for _, in := range ins {
		if d, err := parse.Read(in, parse.Options{}); err == nil {
			docs = append(docs, d)
		}
	}
	return docs, n
}

// fill puts docs into a new store in dir.
func fill(b *testing.B, path string, docs []timeline.Document) {
	s, err := sqlite.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	for _, d := range docs {
		if err := s.Put(d.ID, "h", d); err != nil {
			b.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkStorePut is the store's share of index: every parsed
// document of the archive written into a new store (bytes are the
// stories' text).
func BenchmarkStorePut(b *testing.B) {
	docs, n := documents(b)
	dir := b.TempDir()
	b.SetBytes(n)
	b.ResetTimer()
	i := 0
	cpu := cpuTime()
	for b.Loop() {
		i++
		fill(b, filepath.Join(dir, strconv.Itoa(i)+".db"), docs)
	}
	b.ReportMetric((cpuTime()-cpu).Seconds()/float64(b.N), "cpu-s/op")
}

// cpuTime returns the CPU time the process has used, user and system:
// on a machine that other work shares, it tells more than the wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkStoreQuery is query's share of reading: one actor's
// documents, and every document, read back from the archive's store.
func BenchmarkStoreQuery(b *testing.B) {
	docs, _ := documents(b)
	path := filepath.Join(b.TempDir(), "archive.db")
	fill(b, path, docs)
	s, err := sqlite.OpenExisting(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for _, c := range []struct {
		name string
		f    sqlite.Filter
	}{
		{"actor", sqlite.Filter{Actors: []string{"Shultz"}}},
		{"text", sqlite.Filter{Text: "talks"}},
		{"all", sqlite.Filter{}},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Documents(context.Background(), c.f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
