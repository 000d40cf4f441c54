package parse

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-dev/dateline/parse/anchor"
	"github.com/dateline-dev/dateline/parse/timex"
	"github.com/dateline-dev/dateline/timeline"
)

var testDay = time.Date(2019, 4, 26, 0, 0, 0, 0, time.UTC)

// TestExampleArticle checks the bundled UPI story against what issue
// "dateline end to end" asks of it: the anchor and the events with full
// names, places, times and statuses.
func TestExampleArticle(t *testing.T) {
	b, err := os.ReadFile("../examples/upi-kim-vladivostok-2019-04-26.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Article("kim", string(b), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Anchor.Value; got != "2019-04-26" {
		t.Errorf("anchor = %s; want 2019-04-26", got)
	}
	if got := doc.Dateline.Place.String(); got != "Vladivostok, Russia" {
		t.Errorf("dateline place = %s; want Vladivostok, Russia", got)
	}
	if got := doc.Published.Value; got != "2019-04-26T15:43" {
		t.Errorf("published = %s; want 2019-04-26T15:43", got)
	}
	var got []string
	for _, e := range timeline.Build(doc).Events {
		got = append(got, e.String()+" | "+joinNames(e.Actors)+" > "+joinNames(e.Recipients))
	}
	want := []string{
		`2019-04-24 .. 2019-04-26 CONSULT/visit 042 occurred "Kim Jong Un visits Russia" @ Russia | Kim Jong Un > Russia`,
		`2019-04-25 CONSULT/meeting 040 occurred "Kim Jong Un holds a summit with Vladimir Putin" @ Far Eastern Federal University, Vladivostok, Russia | Kim Jong Un > Vladimir Putin`,
		`2019-04-26 CONSULT/departure occurred "Kim Jong Un leaves Vladivostok" @ Vladivostok, Russia | Kim Jong Un > `,
		`2019-04-26 OTHER/ceremony occurred "Farewell ceremony for Kim Jong Un" @ Vladivostok, Russia | Kim Jong Un > `,
		`2019-04-26 OTHER/ceremony occurred "Kim Jong Un lays a wreath at a memorial monument for Russia's unknown soldiers" @ Vladivostok, Russia | Kim Jong Un > `,
	}
	if !slices.Equal(got, want) {
		t.Errorf("events:\n%s\nwant:\n%s", lines(got), lines(want))
	}
}

func joinNames(as []timeline.Actor) string {
	s := ""
	for i, n := range timeline.Names(as) {
		if i > 0 {
			s += ", "
		}
		s += n
	}
	return s
}

func lines(ss []string) string {
	s := ""
	for _, l := range ss {
		s += "\t" + l + "\n"
	}
	return s
}

func TestArticleAnchor(t *testing.T) {
	option := Options{Anchor: time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC)}
	tests := []struct {
		name, text string
		opt        Options
		want       string // "anchor | dateline place | dateline date", or the error wrapped
		err        error
	}{
		{"dateline wins over GMT stamp", "Headline here for it\nUpdated April 26, 2019 at 11:50 PM GMT\n\nTOKYO, April 27 (Reuters) - Talks ended.\n", Options{},
			"2019-04-27 | Tokyo, Japan | 2019-04-27", nil},
		{"stamp alone", "Headline here for it\nPublished: 3 March 1987\n\nTalks ended on Monday.\n", Options{}, "1987-03-03 |  | ", nil},
		{"option overrides", "Headline\nUpdated April 26, 2019\n\nTOKYO, April 27 (Reuters) - x\n", option, "2020-01-02 | Tokyo, Japan | XXXX-04-27", nil},
		{"dateline without stamp has no year", "TOKYO, April 27 (Reuters) - x\n", Options{}, "", ErrNoAnchor},
		{"nothing", "Just some words.\n", Options{}, "", ErrNoAnchor},

		// A dateline without a date gives its place; the stamp the day.
		{"ap dateline without a date", "Seoul and Tokyo agree\nUpdated April 26, 2019 at 3:43 PM\n\nSEOUL (AP) — South Korea and Japan agreed.\n", Options{},
			"2019-04-26 | Seoul, South Korea | ", nil},
		{"anadolu dateline without a date", "Ministers meet\nPublished 10:43 AM EDT, March 12, 2024\n\nANKARA (AA): Turkish Foreign Minister met his counterpart.\n", Options{},
			"2024-03-12 | Ankara, Turkey | ", nil},
		{"dateline without a date and no stamp", "WASHINGTON (Reuters) - The Senate voted.\n", Options{}, "", ErrNoAnchor},
		{"dateline with its year needs no stamp", "WASHINGTON, May 31, 2014 – The Taliban freed a soldier.\n", Options{},
			"2014-05-31 | Washington, United States | 2014-05-31", nil},
		{"new formats", "Updated January 5, 2024\n\nLAGOS Jan 5 - x\n", Options{}, "2024-01-05 | Lagos, Nigeria | 2024-01-05", nil},

		// A dateline day must be a day near the stamp; the story never
		// moves to another year.
		{"a leap day in no leap year", "Headline\nUpdated March 1, 1987\n\nWASHINGTON, Feb. 29 (Reuters) - x\n", Options{}, "", anchor.ErrDay},
		{"a dateline day a month off the stamp is a slip: the stamp anchors", "Headline\nUpdated March 18, 1987\n\nTOKYO, May 18 (Reuters) - x\n", Options{},
			"1987-03-18 | Tokyo, Japan | ", nil},
		{"a dateline day no calendar has", "Headline\nUpdated March 1, 1987\n\nTOKYO, Feb 30 (Reuters) - x\n", Options{}, "", anchor.ErrDay},
		{"a full date that is no day", "WASHINGTON, Feb. 29, 1987 - x\n", Options{}, "", anchor.ErrDay},
		{"the option wins over a leap day in no leap year", "Headline\nUpdated March 1, 1987\n\nWASHINGTON, Feb. 29 (Reuters) - x\n",
			Options{Anchor: time.Date(1987, 3, 1, 0, 0, 0, 0, time.UTC)}, "1987-03-01 | Washington, United States | XXXX-02-29", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Article("doc", tt.text, tt.opt)
			checkAnchor(t, "Article", tt.text, doc, err, tt.want, tt.err)
		})
	}
}

// checkAnchor checks the anchor and dateline read by fn from in, or that
// err is a *parse.Error for the document wrapping wantErr.
func checkAnchor(t *testing.T, fn, in string, doc timeline.Document, err error, want string, wantErr error) {
	t.Helper()
	if wantErr != nil {
		var pe *Error
		if !errors.Is(err, wantErr) || !errors.As(err, &pe) || pe.Doc != doc.ID {
			t.Errorf("%s(%q) error = %v; want a *parse.Error for %s wrapping %v", fn, in, err, doc.ID, wantErr)
		}
		return
	}
	if err != nil {
		t.Errorf("%s(%q) error = %v; want %s", fn, in, err, want)
		return
	}
	got := strings.Join([]string{doc.Anchor.Value, doc.Dateline.Place.String(), doc.Dateline.Date.Value}, " | ")
	if got != want {
		t.Errorf("%s(%q) = %s; want %s", fn, in, got, want)
	}
}

// TestReadAnchor checks that an archive story's stamp and dateline fields
// anchor it as Article anchors a story printing them.
func TestReadAnchor(t *testing.T) {
	tests := []struct {
		name                string
		published, dateline string
		want                string // "anchor | dateline place | dateline date", or the error wrapped
		err                 error
	}{
		{"archive", "1987-04-13T09:06:02", "MOSCOW, April 13", "1987-04-13 | Moscow, Russia | 1987-04-13", nil},
		{"filed on Friday, stamped on Monday", "1987-03-16T05:13:00", "ZURICH, March 13", "1987-03-13 | Zurich, Switzerland | 1987-03-13", nil},
		{"no comma", "1987-03-16T10:00:00", "JOHANNESBURG March 13", "1987-03-13 | Johannesburg, South Africa | 1987-03-13", nil},
		{"no date", "1987-04-13T09:06:02", "SEOUL", "1987-04-13 | Seoul, South Korea | ", nil},
		{"a leap day in no leap year", "1987-03-01T10:00:00", "WASHINGTON, Feb 29", "", anchor.ErrDay},
		{"a month off the stamp: the stamp anchors", "1987-03-18T02:53:00", "TOKYO, May 18", "1987-03-18 | Tokyo, Japan | ", nil},
		{"no stamp", "", "TOKYO, May 18", "", ErrNoAnchor},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := Input{ID: "doc", Published: tt.published, Dateline: tt.dateline, Text: "Talks ended.\n"}
			if tt.dateline != "" && tt.err == nil {
				// The same dateline printed at the head of the body,
				// with no field for it, anchors the same.
				in2 := Input{ID: "doc", Published: tt.published, Text: tt.dateline + " (Reuters) - Talks ended.\n"}
				doc, err := Read(in2, Options{})
				checkAnchor(t, "Read", tt.published+" | "+in2.Text, doc, err, tt.want, tt.err)
				if err == nil && doc.Dateline.Span.Start != 0 {
					t.Errorf("Read %q: dateline at %d, want 0", in2.Text, doc.Dateline.Span.Start)
				}
			}
			doc, err := Read(in, Options{})
			checkAnchor(t, "Read", tt.published+" | "+tt.dateline, doc, err, tt.want, tt.err)
		})
	}
}

func FuzzArticle(f *testing.F) {
	if b, err := os.ReadFile("../examples/upi-kim-vladivostok-2019-04-26.txt"); err == nil {
		f.Add(string(b))
	}
	f.Add("Headline here for it\nUpdated April 26, 2019 at 11:50 PM GMT\n\nTOKYO, April 27 (Reuters) - Talks ended.\n")
	f.Add("WASHINGTON, May 31, 2014 – The Taliban freed a soldier.\n")
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := Article("fuzz", text, Options{Anchor: testDay})
		if err != nil {
			t.Fatalf("Article with an anchor: %v", err)
		}
		checkSpans(t, "fuzz", text, doc)
		again, _ := Article("fuzz", text, Options{Anchor: testDay})
		if len(again.Events) != len(doc.Events) {
			t.Fatalf("Article(%q) is not deterministic", text)
		}
		for i := range doc.Events {
			if doc.Events[i].String() != again.Events[i].String() {
				t.Fatalf("Article(%q) is not deterministic: %s vs %s", text, doc.Events[i], again.Events[i])
			}
		}
	})
}

// TestNarrativeOffsets checks that "two days later" places an event after
// the date in focus, not after the anchor.
func TestNarrativeOffsets(t *testing.T) {
	text := "MOSCOW, April 13 (Reuters) - Secretary of State George Shultz arrived in Moscow on Monday.\n\n" +
		"Two days later Shultz left Moscow for Brussels.\n"
	doc, err := Article("t", text, Options{Anchor: time.Date(1987, 4, 16, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Events {
		got = append(got, e.String())
	}
	want := []string{
		`1987-04-13 CONSULT/arrival occurred "George Shultz arrives in Moscow" @ Moscow, Soviet Union`,
		`1987-04-15 CONSULT/departure occurred "George Shultz leaves Moscow" @ Moscow, Soviet Union`,
		`1987-04-15 CONSULT/visit 042 occurred "George Shultz visits Brussels" @ Brussels, Belgium`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("events:\n%s\nwant:\n%s", lines(got), lines(want))
	}
}

// TestNamesakes checks that a namesake named in full does not take over
// the titled person first met by the surname alone.
func TestNamesakes(t *testing.T) {
	text := "WASHINGTON, June 1 (Reuters) - President Reagan will visit Rome on Friday.\n\n" +
		"Nancy Reagan will attend a concert.\n\nReagan will meet Pope John Paul in Rome.\n"
	doc, err := Article("t", text, Options{Anchor: time.Date(1987, 6, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		for _, a := range e.Actors {
			if a.Name != "Reagan" {
				t.Errorf("%s: actor %q; want the President, Reagan", e, a.Name)
			}
		}
	}
	if len(doc.Events) != 2 {
		t.Errorf("%d events; want the visit and the meeting", len(doc.Events))
	}
}

// TestEventIDs checks that a document's events are numbered #1, #2, ...
// in order, with no two alike, when a sentence's first hit refers back to
// an earlier event ("during the visit") and is no event of its own; and
// that relations point at events of the document.
func TestEventIDs(t *testing.T) {
	text := "LONDON, March 22 (Reuters) - King Fahd of Saudi Arabia begins a four-day state visit on Tuesday.\n" +
		"During the visit, King Fahd will meet Queen Elizabeth.\n" +
		"King Fahd will hold talks with Prime Minister Margaret Thatcher on Wednesday, a day after the meeting.\n" +
		"King Fahd will fly to Paris on Friday.\n"
	doc, err := Article("fahd", text, Options{Anchor: time.Date(1987, 3, 22, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) < 3 {
		t.Fatalf("%d events; want at least 3: %v", len(doc.Events), doc.Events)
	}
	ids := map[string]bool{}
	for i, e := range doc.Events {
		if want := timeline.EventID("fahd", i+1); e.ID != want {
			t.Errorf("event %d (%s) has ID %s; want %s", i+1, e.Summary, e.ID, want)
		}
		ids[e.ID] = true
	}
	for _, e := range doc.Events {
		if r := e.When.Relation; r != nil && !ids[r.To] {
			t.Errorf("event %s: relation to %s, no event of the document", e.ID, r.To)
		}
	}
}

// monthPattern and monthOf read the month of an archive dateline for
// TestReutersArchive; package anchor reads datelines with its own.
const monthPattern = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`

func monthOf(s string) time.Month {
	t, err := time.Parse("Jan", strings.ToUpper(s[:1])+strings.ToLower(s[1:3]))
	if err != nil {
		return 0
	}
	return t.Month()
}

// TestHistoryEvents checks that the events of a history, read as a
// narrative, are dated in the story's time: its days without a year and
// "the next day" fall in 1972, not in the year the history was saved.
func TestHistoryEvents(t *testing.T) {
	text := "The opening to China\n\n" +
		"Relations between the United States and China were frozen after 1949. In July 1971, Henry Kissinger secretly visited Beijing. " +
		"On 15 July 1971 President Richard Nixon announced that he would go to China.\n\n" +
		"On 21 February 1972, Nixon arrived in Beijing for a week-long visit. The next day, Nixon held talks with Premier Zhou Enlai. " +
		"On 28 February, Nixon left for Washington.\n\n" +
		"The two countries established diplomatic relations in 1979.\n"
	for _, typ := range []timex.DocType{timex.Auto, timex.Narrative} {
		doc, err := Article("history", text, Options{Anchor: time.Date(2009, 12, 19, 0, 0, 0, 0, time.UTC), Type: typ})
		if err != nil {
			t.Fatal(err)
		}
		if !doc.Narrative {
			t.Errorf("Article(%s) was read as news; want a narrative", typ)
		}
		dated := 0
		for _, e := range doc.Events {
			if s := e.When.Start; !s.IsZero() {
				dated++
				if y := s.Earliest.Year(); y < 1971 || y > 1972 {
					t.Errorf("Article(%s): %s; want a date in 1971 or 1972", typ, e)
				}
			}
		}
		if dated < 3 {
			t.Errorf("Article(%s): %d dated events; want the arrival, the talks and the departure:\n%v", typ, dated, doc.Events)
		}
	}
	// As news, the days without a year fall near the anchor.
	doc, err := Article("history", text, Options{Anchor: time.Date(2009, 12, 19, 0, 0, 0, 0, time.UTC), Type: timex.News})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Narrative {
		t.Errorf("Article(news) was read as a narrative")
	}
}

// TestTooLarge: a text longer than MaxText is refused at once, naming
// the document, by both readers.
func TestTooLarge(t *testing.T) {
	text := "TOKYO, April 26 (Reuters) - " + strings.Repeat("Kim met Putin. ", MaxText/15+1)
	if _, err := Article("big.txt", text, Options{Anchor: testDay}); !errors.Is(err, ErrTooLarge) || !strings.HasPrefix(err.Error(), "big.txt: document too large") {
		t.Errorf("Article: %v; want big.txt: document too large", err)
	}
	if _, err := Read(Input{ID: "big-1", Published: "2019-04-26", Text: text}, Options{}); !errors.Is(err, ErrTooLarge) || !strings.HasPrefix(err.Error(), "big-1: document too large") {
		t.Errorf("Read: %v; want big-1: document too large", err)
	}
	if _, err := Article("ok.txt", text[:MaxText], Options{Anchor: testDay}); err != nil {
		t.Errorf("Article of exactly MaxText bytes: %v", err)
	}
}

// TestReadBadStamp: a record whose stamp is not a date is an error naming
// the record and the stamp, which a batch counts as an unparseable date.
func TestReadBadStamp(t *testing.T) {
	_, err := Read(Input{ID: "reuters-1", Published: "31-MAR-1987 605:12:19.12", Text: "Talks were held."}, Options{})
	if !errors.Is(err, ErrBadStamp) || err.Error() != `reuters-1: published "31-MAR-1987 605:12:19.12": not a date` {
		t.Errorf("Read with a bad stamp: %v; want ErrBadStamp naming the record and the stamp", err)
	}
}
