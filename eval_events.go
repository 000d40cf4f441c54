package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dateline-dev/dateline/parse"
	"github.com/dateline-dev/dateline/parse/lexicon"
	"github.com/dateline-dev/dateline/parse/source"
	"github.com/dateline-dev/dateline/timeline"
	"github.com/dateline-dev/dateline/timeline/score"
)

const evalEventsArgs = "[-v] GOLD FILE..."

// runEvalEvents scores the events dateline extracts from the stories of
// FILE... against the gold event mentions of GOLD (a .tsv file, or a
// directory of them; see package score). Each story the gold names is
// built on its own, as a user building that story alone would.
func runEvalEvents(ctx context.Context, e *env, args []string) error {
	fs := newFlags("eval events")
	verbose := fs.Bool("v", false, "list every missed gold mention with the nearest events, and every spurious event")
	if err := parseFlags(e, fs, evalEventsArgs, args); err != nil {
		return err
	}
	if fs.NArg() < 2 {
		return usageError{"eval events needs a GOLD file or directory and the FILEs holding its stories"}
	}
	gold, err := readGold(fs.Arg(0))
	if err != nil {
		return err
	}
	want := make(map[string]bool, len(gold.Stories))
	for _, s := range gold.Stories {
		want[s] = true
	}
	system := map[string][]timeline.Event{}
	found := map[string]bool{}
	for _, f := range fs.Args()[1:] {
		r, err := source.Open(f, e.stdin)
		if err != nil {
			return fmt.Errorf("reading stories: %w", err)
		}
		for {
			if err := ctx.Err(); err != nil {
				r.Close()
				return err
			}
			in, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				continue // a story the gold may not name; one it names is reported below
			}
			if !want[in.ID] || found[in.ID] {
				continue
			}
			found[in.ID] = true
			doc, err := readStory(f, in, parse.Options{})
			if err != nil {
				fmt.Fprintf(e.stderr, "dateline: error: %v\n", err)
				e.skipped = true
				continue
			}
			system[in.ID] = timeline.Build(doc).Events
		}
		r.Close()
	}
	var missing []string
	for _, s := range gold.Stories {
		if !found[s] {
			missing = append(missing, s)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("%d stories of the gold are in none of the FILEs: %s", len(missing), strings.Join(missing, ", "))
	}
	res := score.Score(gold, system)
	if *verbose {
		writeMisses(e.stdout, res)
	}
	fmt.Fprintf(e.stdout, "%d stories, %d gold mentions, %d events\n%s\n", res.Stories, res.Gold, res.System, res.Counts)
	kinds := make([]string, 0, len(res.ByKind))
	for k := range res.ByKind {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		c := res.ByKind[k]
		fmt.Fprintf(e.stdout, "\t%-10s recall %6.2f (%d/%d)\n", k, c.Recall(), c.Found, c.Gold)
	}
	return nil
}

// readGold reads a gold file, or every .tsv file of a directory in name
// order.
func readGold(path string) (*score.Gold, error) {
	files := []string{path}
	if st, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("reading gold: %w", err)
	} else if st.IsDir() {
		if files, err = filepath.Glob(filepath.Join(path, "*.tsv")); err != nil {
			return nil, err
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("reading gold: no .tsv files in %s", path)
		}
	}
	var g score.Gold
	for _, f := range files {
		r, err := os.Open(f)
		if err != nil {
			return nil, fmt.Errorf("reading gold: %w", err)
		}
		err = g.Read(r, f)
		r.Close()
		if err != nil {
			return nil, fmt.Errorf("reading gold: %w", err)
		}
	}
	g.AddNames(countryName)
	return &g, nil
}

// countryName returns the name the lexicon gives the state named name
// ("Turkey" for "Türkiye"), for the gold's other spellings of a state.
func countryName(name string) (string, bool) {
	c, ok := lexicon.LookupCountry(name)
	return c.Name, ok
}

// writeMisses lists res's misses, each with the nearest events of its
// story and the tests they failed, then its spurious events.
func writeMisses(w io.Writer, res score.Result) {
	for _, m := range res.Misses {
		fmt.Fprintf(w, "miss\t%s", m.Mention)
		if m.Mention.Time != "" {
			fmt.Fprintf(w, " %q", m.Mention.Time)
		}
		fmt.Fprintf(w, " (line %d)\n", m.Mention.Line)
		for i, n := range m.Near {
			if i == 3 {
				break
			}
			fmt.Fprintf(w, "\t~ %s [%s] %s\n", n.Check, strings.Join(eventNames(&n.Event), "; "), n.Event)
		}
	}
	for _, s := range res.Spurious {
		fmt.Fprintf(w, "spurious\t%s [%s] %s\n", s.Story, strings.Join(eventNames(&s.Event), "; "), s.Event)
	}
}

// eventNames returns the names of an event's actors and recipients.
func eventNames(e *timeline.Event) []string {
	return append(timeline.Names(e.Actors), timeline.Names(e.Recipients)...)
}
