package sqlite_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/dateline-dev/dateline/out/sqlite"
	"github.com/dateline-dev/dateline/timeline"
)

func Example() {
	dir, err := os.MkdirTemp("", "dateline")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	s, err := sqlite.Open(filepath.Join(dir, "archive.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	// Index: two reports of one summit, each stored under its key
	// unless it is stored already from the same input.
	summit, _ := timeline.ParseValue("2019-04-25")
	for _, agency := range []string{"upi", "yonhap"} {
		doc := timeline.Document{ID: agency, Anchor: summit, Events: []timeline.Event{{
			ID: timeline.EventID(agency, 1), Kind: timeline.KindConsult, Mode: timeline.ModeMeeting,
			Summary: "Kim Jong Un holds a summit with Vladimir Putin",
			Actors:  []timeline.Actor{{Name: "Kim Jong Un", Type: "person"}},
			Place:   timeline.Place{City: "Vladivostok", Country: "Russia"},
			When:    timeline.When{Start: summit}, Status: timeline.StatusOccurred,
			Evidence: []timeline.Evidence{{Doc: agency, Sentence: "Kim met Putin on Thursday."}},
		}}}
		hash := "digest of " + agency + "'s input" // as the caller computes it
		state, id, err := s.Check(agency+".txt", hash, doc.ID)
		if err != nil {
			log.Fatal(err)
		}
		if state == sqlite.Unchanged {
			continue
		}
		doc.ID = id
		if err := s.Put(agency+".txt", hash, doc); err != nil {
			log.Fatal(err)
		}
	}

	// Query: Kim's events in April 2019, merged as a build merges them.
	april, _ := timeline.ParseValue("2019-04")
	docs, err := s.Documents(context.Background(), sqlite.Filter{Actors: []string{"kim jong un"}, From: april, To: april})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range timeline.Build(docs...).Events {
		fmt.Println(e, "- reported by", len(e.Evidence))
	}
	// Output:
	// 2019-04-25 CONSULT/meeting occurred "Kim Jong Un holds a summit with Vladimir Putin" @ Vladivostok, Russia - reported by 2
}
