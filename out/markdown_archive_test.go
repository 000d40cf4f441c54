package out

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/dateline-dev/dateline/timeline"
)

// TestMarkdownArchive checks that a chronology of an archive lists only
// the documents its events cite, and counts the rest.
func TestMarkdownArchive(t *testing.T) {
	for _, n := range []int{3, 25} {
		var docs []timeline.Document
		for i := range n {
			docs = append(docs, timeline.Document{ID: fmt.Sprintf("story-%02d", i)})
		}
		docs[1].Events = []timeline.Event{{ID: "story-01#1", Kind: timeline.KindConsult, Summary: "A meets B", Status: timeline.StatusOccurred,
			Evidence: []timeline.Evidence{{Doc: "story-01"}}}}
		var b bytes.Buffer
		enc := NewMarkdownEncoder(&b)
		if err := enc.Encode(timeline.Build(docs...)); err != nil {
			t.Fatal(err)
		}
		got := b.String()
		listed := strings.Count(got, "\n- **story-")
		switch {
		case n <= maxListedDocuments && listed != n:
			t.Errorf("%d documents: %d listed; want all", n, listed)
		case n > maxListedDocuments && (listed != 1 || !strings.Contains(got, "- and 24 more documents that reported no event\n")):
			t.Errorf("%d documents: %d listed; want the one with events and a count of the rest:\n%s", n, listed, got)
		}
	}
}
