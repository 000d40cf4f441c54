package parse

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/dateline-dev/dateline/timeline"
)

// TestWantNotes reads every sentence of testdata/sentences.txtar as the
// lead of its story and checks it yields exactly the events its "want:"
// notes name, and none when it has no note.
func TestWantNotes(t *testing.T) {
	ar, err := txtar.ParseFile("testdata/sentences.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if len(ar.Files) < 30 {
		t.Fatalf("only %d sentences in testdata/sentences.txtar", len(ar.Files))
	}
	for _, f := range ar.Files {
		in := Input{ID: f.Name}
		var text, want []string
		for _, line := range strings.Split(strings.TrimSpace(string(f.Data)), "\n") {
			switch k, v, _ := strings.Cut(line, ": "); k {
			case "published":
				in.Published = v
			case "dateline":
				in.Dateline = v
			case "want":
				want = append(want, v)
			default:
				text = append(text, line)
			}
		}
		in.Text = strings.Join(text, "\n")
		t.Run(f.Name, func(t *testing.T) {
			doc, err := Read(in, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range timeline.Build(doc).Events {
				got = append(got, e.String())
			}
			if !slices.Equal(got, want) {
				t.Errorf("events of %q:\n%s\nwant:\n%s", in.Text, lines(got), lines(want))
			}
		})
	}
}
