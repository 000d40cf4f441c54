package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dateline-dev/dateline/timeline"
	"golang.org/x/tools/txtar"
)

// TestNewsSentences tags every sentence of testdata/news.txtar and checks
// that it yields exactly its "want:" lines, in order.
func TestNewsSentences(t *testing.T) {
	ar, err := txtar.ParseFile("testdata/news.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if len(ar.Files) < 30 {
		t.Fatalf("only %d sentences in testdata/news.txtar", len(ar.Files))
	}
	for _, f := range ar.Files {
		t.Run(f.Name, func(t *testing.T) {
			var anchor time.Time
			var text string
			var want []string
			for _, line := range strings.Split(strings.TrimSpace(string(f.Data)), "\n") {
				switch {
				case strings.HasPrefix(line, "anchor: "):
					if anchor, err = time.Parse("2006-01-02", strings.TrimPrefix(line, "anchor: ")); err != nil {
						t.Fatal(err)
					}
				case strings.HasPrefix(line, "want: "):
					want = append(want, strings.TrimPrefix(line, "want: "))
				case text == "":
					text = line
				default:
					t.Fatalf("unexpected line %q", line)
				}
			}
			ds, err := tagger.Tag(text, anchor)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range ds {
				s := fmt.Sprintf("%q %s %s", d.Text, d.Type, d.Value)
				if d.Mod != timeline.ModNone {
					s += " " + string(d.Mod)
				}
				got = append(got, s)
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("Tag(%q, %s):\n\t%s\nwant:\n\t%s", text, anchor.Format("2006-01-02"),
					strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
			}
		})
	}
}
