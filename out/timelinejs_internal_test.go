package out

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dateline-dev/dateline/timeline"
)

// when returns the time of an event from TIMEX3 values: an instant for
// one, an interval for two.
func when(t *testing.T, values ...string) timeline.When {
	t.Helper()
	var w timeline.When
	for i, v := range values {
		mod := timeline.ModNone
		if m, rest, ok := strings.Cut(v, " "); ok {
			v, mod = m, timeline.Mod(rest)
		}
		d, err := timeline.ParseValue(v)
		if err != nil {
			t.Fatal(err)
		}
		d = d.WithMod(mod)
		if i == 0 {
			w.Start = d
		} else {
			w.End = d
		}
	}
	return w
}

var timelineJSDateTests = []struct {
	name       string
	values     []string
	start, end string // the date objects as JSON; end "" for none
}{
	{"a year is its year alone", []string{"2011"}, `{"year":2011}`, ""},
	{"late 2011 stays a year", []string{"2011 END"}, `{"year":2011}`, ""},
	{"a month", []string{"2019-05"}, `{"year":2019,"month":5}`, ""},
	{"a day", []string{"2019-04-25"}, `{"year":2019,"month":4,"day":25}`, ""},
	{"a minute", []string{"2019-04-26T10:35"}, `{"year":2019,"month":4,"day":26,"hour":10,"minute":35}`, ""},
	{"midnight keeps its zero hour", []string{"2019-04-26T00:00"}, `{"year":2019,"month":4,"day":26,"hour":0,"minute":0}`, ""},
	{"a part of day runs over its hours", []string{"2019-04-26TNI"}, `{"year":2019,"month":4,"day":26,"hour":21}`, `{"year":2019,"month":4,"day":26,"hour":23}`},
	{"a quarter runs over its months", []string{"2019-Q4"}, `{"year":2019,"month":10}`, `{"year":2019,"month":12}`},
	{"a winter starts in the December before", []string{"2019-WI"}, `{"year":2018,"month":12}`, `{"year":2019,"month":2}`},
	{"a week runs over its days", []string{"2019-W17"}, `{"year":2019,"month":4,"day":22}`, `{"year":2019,"month":4,"day":28}`},
	{"a decade runs over its years", []string{"201"}, `{"year":2010}`, `{"year":2019}`},
	{"an interval of days", []string{"2019-04-24", "2019-04-26"}, `{"year":2019,"month":4,"day":24}`, `{"year":2019,"month":4,"day":26}`},
	{"an interval of months", []string{"2019-04", "2019-05"}, `{"year":2019,"month":4}`, `{"year":2019,"month":5}`},
	{"each end at its own precision", []string{"2019-04", "2019-05-02"}, `{"year":2019,"month":4}`, `{"year":2019,"month":5,"day":2}`},
	{"490 BC as TimelineJS counts it", []string{"BC0490"}, `{"year":-490}`, ""},
	{"1 BC", []string{"BC0001"}, `{"year":-1}`, ""},
}

func TestTimelineJSDates(t *testing.T) {
	for _, tt := range timelineJSDateTests {
		t.Run(tt.name, func(t *testing.T) {
			e := timeline.Event{ID: "a#1", Summary: "x", When: when(t, tt.values...)}
			s := newTLSlide(&e, nil, map[string]int{})
			start, _ := json.Marshal(s.Start)
			end := ""
			if s.End != nil {
				b, _ := json.Marshal(s.End)
				end = string(b)
			}
			if string(start) != tt.start || end != tt.end {
				t.Errorf("slide of %q: start_date %s, end_date %s; want %s, %s", tt.values, start, end, tt.start, tt.end)
			}
		})
	}
}

func TestTimelineJSUniqueID(t *testing.T) {
	seen := map[string]int{}
	for _, tt := range []struct{ id, want string }{
		{"upi-kim#3", "upi-kim-3"},
		{"upi-kim-3", "upi-kim-3-2"}, // regression: two events, one unique_id
		{"upi kim#3", "upi-kim-3-3"},
		{"d/é#1", "d---1"},
		{"", "event"},
	} {
		if got := uniqueID(tt.id, seen); got != tt.want {
			t.Errorf("uniqueID(%q) = %q; want %q", tt.id, got, tt.want)
		}
	}
}

func TestTimelineJSGroup(t *testing.T) {
	for _, tt := range []struct {
		name string
		e    timeline.Event
		want string
	}{
		{"first actor", timeline.Event{Actors: []timeline.Actor{{Name: "Kim Jong Un"}, {Name: "Putin"}}, Recipients: []timeline.Actor{{Name: "Xi"}}}, "Kim Jong Un"},
		{"recipient with no actor", timeline.Event{Recipients: []timeline.Actor{{Name: "Xi"}}}, "Xi"},
		{"place with neither", timeline.Event{Place: timeline.Place{City: "Geneva", Country: "Switzerland"}}, "Geneva, Switzerland"},
		{"nothing", timeline.Event{}, ""},
		{"escaped", timeline.Event{Actors: []timeline.Actor{{Name: "<b>A&B</b>"}}}, "&lt;b&gt;A&amp;B&lt;/b&gt;"},
	} {
		if got := group(&tt.e); got != tt.want {
			t.Errorf("group(%s) = %q; want %q", tt.name, got, tt.want)
		}
	}
}

// FuzzTimelineJS writes an event whose text is anything: the output is
// valid JSON in valid UTF-8, and no article text reaches TimelineJS'
// HTML unescaped (the only tags are the writer's own).
func FuzzTimelineJS(f *testing.F) {
	for _, s := range []string{`<img src=x onerror="alert(1)">`, "Kim met Putin \xff here.", "a & b < c", "line\nbreak", ""} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, summary, text string) {
		d, err := timeline.ParseValue("2019-04-25")
		if err != nil {
			t.Fatal(err)
		}
		d.Text = text
		tl := &timeline.Timeline{Events: []timeline.Event{{
			ID: summary, Kind: timeline.KindConsult, Summary: summary, Note: text,
			Actors: []timeline.Actor{{Name: text}}, Place: timeline.Place{City: summary},
			When:     timeline.When{Start: d},
			Evidence: []timeline.Evidence{{Doc: text, Sentence: text}},
		}}}
		var b strings.Builder
		if err := NewTimelineJSEncoder(&b).Encode(tl); err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(b.String()) || !json.Valid([]byte(b.String())) {
			t.Fatalf("not valid JSON in UTF-8: %q", b.String())
		}
		var got tlTimeline
		if err := json.Unmarshal([]byte(b.String()), &got); err != nil || len(got.Events) != 1 {
			t.Fatalf("reading back: %v, %d events", err, len(got.Events))
		}
		s := got.Events[0]
		for _, field := range []string{s.Text.Headline, s.DisplayDate, s.Group, s.ID} {
			if strings.ContainsAny(field, "<>\"'\n") {
				t.Errorf("field %q holds unescaped HTML or a line break", field)
			}
		}
		inner := s.Text.Text
		for _, tag := range []string{"<p>", "</p>", "<blockquote>", "</blockquote>"} {
			inner = strings.ReplaceAll(inner, tag, "")
		}
		if strings.ContainsAny(inner, "<>") {
			t.Errorf("text %q holds a tag of the article's", s.Text.Text)
		}
	})
}
