package main

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
)

// A shard is the i-th of n slices of a run's documents (1 <= i <= n),
// for array jobs that split an archive between them; the zero shard is
// every document. A document's slice follows only from its key (its ID
// as its input gives it), never from the other documents, so the n
// slices of the same inputs are disjoint and together the whole, and
// the same on every machine and every run.
type shard struct{ i, n int }

// String writes s as -shard takes it; "" for every document.
func (s shard) String() string {
	if s.n == 0 {
		return ""
	}
	return fmt.Sprintf("%d/%d", s.i, s.n)
}

// Set reads "i/n".
func (s *shard) Set(v string) error {
	a, b, ok := strings.Cut(v, "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 1 || i > n {
		return fmt.Errorf("want i/n with 1 <= i <= n, as 1/4, got %q", v)
	}
	s.i, s.n = i, n
	return nil
}

// has reports whether the document of key is in s: FNV-1a of the key,
// modulo n, is i-1.
func (s shard) has(key string) bool {
	if s.n <= 1 {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(key))
	return h.Sum64()%uint64(s.n) == uint64(s.i-1)
}
