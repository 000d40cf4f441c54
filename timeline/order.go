package timeline

import (
	"cmp"
	"slices"
	"time"
)

// SortDocuments puts docs in the order [Build] merges them: by the
// instant each was filed (its publication stamp's earliest instant, or
// its anchor's for a document without a stamp; the zero time, of a
// document without either, first), then by ID. The order follows from the
// documents alone, not from the order they were read or stored in, so
// that a timeline built of one run's documents is the timeline of the
// same documents indexed in several runs (in shards, say) and read back
// from a store. Documents of one instant and one ID keep their order.
func SortDocuments(docs []Document) {
	slices.SortStableFunc(docs, compareDocuments)
}

func compareDocuments(a, b Document) int {
	return cmp.Or(filed(a).Compare(filed(b)), cmp.Compare(a.ID, b.ID))
}

// filed returns the instant d was filed, as SortDocuments orders it.
func filed(d Document) time.Time {
	if !d.Published.IsZero() {
		return d.Published.Earliest
	}
	return d.Anchor.Earliest
}
