// Package score measures extracted events against hand-made gold: for
// each story, which of its gold event mentions the system found (recall)
// and which of the system's events are right (precision).
//
// # Gold
//
// A gold file is tab-separated text, one event mention a line:
//
//	story	kind	participants	place	start	end	status	time	note
//
// Lines starting with "#" are comments, except "# no events: ID ...",
// which records stories read and found to hold no event, so that every
// event the system finds there is spurious. It names one story or
// several, separated by spaces or commas, and may be spelt "no event:";
// a comment that opens with "no event" in any other form is an error, so
// that no story read is silently left out of the precision. The header line (first field
// "story") is skipped. Kinds are visit, meeting, talks, conference,
// phone and sign. Participants are separated by "; ", and a participant's
// other names by "|" ("European Community|EC"). Start and end are TIMEX3
// calendar values ("1987-04-13", "1987-04", "1987-W16", "1987"): end "-"
// means the event is the start's day or period alone, end "?" that its
// end is unknown, start "-" that the text gives no start: with end "-"
// it dates the event not at all, with an end it gives only the last day
// ("returned from London on Friday"). Statuses
// are occurred, ongoing, planned, possible and cancelled. Place, time and
// note are kept for the reader and not scored.
package score

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"

	"github.com/dateline-dev/dateline/timeline"
)

// Kinds of gold mention.
const (
	KindVisit      = "visit"
	KindMeeting    = "meeting"
	KindTalks      = "talks"
	KindConference = "conference"
	KindPhone      = "phone"
	KindSign       = "sign"
)

var kinds = map[string]bool{KindVisit: true, KindMeeting: true, KindTalks: true,
	KindConference: true, KindPhone: true, KindSign: true}

// A Mention is one gold row: one real event as one story reports it.
type Mention struct {
	Story string
	Kind  string
	// Participants are the named parties, each with its other names.
	Participants [][]string
	Place        string
	// Start is zero when the story gives no start; End is zero when the
	// event is Start's day or period alone, and OpenEnd is set when the
	// story gives no end. Both zero: the story does not date the event.
	Start, End timeline.Date
	OpenEnd    bool
	Status     timeline.Status
	Time, Note string
	// Line is the mention's line in its file, for messages.
	Line int
}

// String returns m as "story kind start..end status [participants]".
func (m Mention) String() string {
	var names []string
	for _, p := range m.Participants {
		names = append(names, strings.Join(p, "|"))
	}
	return fmt.Sprintf("%s %s %s %s [%s]", m.Story, m.Kind, m.when(), m.Status, strings.Join(names, "; "))
}

// when formats m's time as its gold columns do.
func (m Mention) when() string {
	switch {
	case !m.Start.Placed() && m.End.Placed():
		return "?.." + m.End.Value
	case !m.Start.Placed():
		return "undated"
	case m.OpenEnd:
		return m.Start.Value + "..?"
	case m.End.Placed():
		return m.Start.Value + ".." + m.End.Value
	}
	return m.Start.Value
}

// A Gold is the gold of a set of stories.
type Gold struct {
	// Stories are the stories read, in the order the file first names
	// them, with or without mentions.
	Stories  []string
	Mentions []Mention
}

// AddNames gives every participant of g the other name canon knows it
// by, as if the annotator had written it: the gold's "Türkiye" or
// "Zaire" is the state the system calls "Turkey" or "Congo". canon
// returns a name's canonical form and whether it knows the name; the
// scorer itself knows no names.
func (g *Gold) AddNames(canon func(string) (string, bool)) {
	for i := range g.Mentions {
		for j, alts := range g.Mentions[i].Participants {
			for _, a := range alts {
				if c, ok := canon(a); ok && !slices.Contains(alts, c) {
					alts = append(alts, c)
				}
			}
			g.Mentions[i].Participants[j] = alts
		}
	}
}

// An Error is a problem in a gold file, at a line.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// ErrEmpty is returned by [Read] for a gold file that names no story.
var ErrEmpty = errors.New("gold names no story")

// statuses maps the gold's status words to the model's.
var statuses = map[string]timeline.Status{
	"occurred":  timeline.StatusOccurred,
	"ongoing":   timeline.StatusOngoing,
	"planned":   timeline.StatusPlanned,
	"expected":  timeline.StatusExpected,
	"possible":  timeline.StatusPossible,
	"cancelled": timeline.StatusCancelled,
	"denied":    timeline.StatusDenied,
}

// Read reads the gold file named name from r. It adds to g, so that
// several files make one gold; a story named in two files is one story.
// A malformed line is an *Error naming the file and line; a file naming
// no story wraps ErrEmpty.
func (g *Gold) Read(r io.Reader, name string) error {
	seen := make(map[string]bool, len(g.Stories))
	for _, s := range g.Stories {
		seen[s] = true
	}
	addStory := func(s string) {
		if !seen[s] {
			seen[s] = true
			g.Stories = append(g.Stories, s)
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n, stories := 0, 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if strings.HasPrefix(line, "#") {
			ids, ok, err := noEvents(line)
			if err != "" {
				return &Error{name, n, err}
			}
			if ok {
				for _, id := range ids {
					addStory(id)
					stories++
				}
			}
			continue
		}
		f := strings.Split(line, "\t")
		if f[0] == "story" {
			continue
		}
		m, err := parseMention(f)
		if err != nil {
			return &Error{name, n, err.Error()}
		}
		m.Line = n
		addStory(m.Story)
		stories++
		g.Mentions = append(g.Mentions, m)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if stories == 0 {
		return fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	return nil
}

// parseMention reads the fields of one gold row.
func parseMention(f []string) (Mention, error) {
	if len(f) < 7 || len(f) > 9 {
		return Mention{}, fmt.Errorf("want 9 tab-separated fields (story kind participants place start end status time note), got %d", len(f))
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	m := Mention{Story: f[0], Kind: f[1], Place: dash(f[3])}
	if m.Story == "" {
		return m, errors.New("empty story")
	}
	if !kinds[m.Kind] {
		return m, fmt.Errorf("kind %q: want visit, meeting, talks, conference, phone or sign", m.Kind)
	}
	for p := range strings.SplitSeq(f[2], ";") {
		var names []string
		for n := range strings.SplitSeq(p, "|") {
			if n = strings.TrimSpace(n); n != "" && n != "-" {
				names = append(names, n)
			}
		}
		if len(names) > 0 {
			m.Participants = append(m.Participants, names)
		}
	}
	if len(m.Participants) == 0 {
		return m, errors.New("no participant")
	}
	var err error
	if f[4] != "-" {
		if m.Start, err = value(f[4]); err != nil {
			return m, fmt.Errorf("start: %v", err)
		}
	}
	switch f[5] {
	case "-", "":
	case "?":
		m.OpenEnd = true
	default:
		if m.End, err = value(f[5]); err != nil {
			return m, fmt.Errorf("end: %v", err)
		}
	}
	if !m.Start.Placed() && m.OpenEnd {
		return m, errors.New("an open end with no start")
	}
	if m.Start.Placed() && m.End.Placed() && m.End.Latest.Before(m.Start.Earliest) {
		return m, fmt.Errorf("end %s before start %s", m.End.Value, m.Start.Value)
	}
	st, ok := statuses[f[6]]
	if !ok {
		return m, fmt.Errorf("status %q: want occurred, ongoing, planned, possible or cancelled", f[6])
	}
	m.Status = st
	if len(f) > 7 {
		m.Time = dash(f[7])
	}
	if len(f) > 8 {
		m.Note = dash(f[8])
	}
	return m, nil
}

// value parses a gold date: a TIMEX3 calendar value.
func value(s string) (timeline.Date, error) {
	d, err := timeline.ParseValue(s)
	if err != nil {
		return d, err
	}
	return d, nil
}

// dash returns s, or "" for "-".
func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// noEvents reads a "# no events: ID ..." comment line: the stories it
// names and whether it is one; err says what is wrong with a line that
// opens like one but is malformed.
func noEvents(line string) (ids []string, ok bool, err string) {
	c := strings.TrimSpace(strings.TrimPrefix(line, "#"))
	if !strings.HasPrefix(strings.ToLower(c), "no event") {
		return nil, false, ""
	}
	rest := c[len("no event"):]
	rest = strings.TrimPrefix(rest, "s")
	after, found := strings.CutPrefix(rest, ":")
	if !found {
		return nil, false, "'no events' needs a colon and the stories it names"
	}
	ids = strings.FieldsFunc(after, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
	if len(ids) == 0 {
		return nil, false, "'no events:' names no story"
	}
	return ids, true, ""
}
