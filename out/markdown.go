package out

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// A MarkdownEncoder writes a timeline as a readable chronology in
// CommonMark: a title, a line per document with its anchor and dateline,
// then the events under one heading per date, in the timeline's order,
// with the undated ones in a section of their own at the end.
//
// Text that comes from articles is escaped so that it cannot open
// emphasis, links, tables or raw HTML, and line breaks in it become
// spaces.
type MarkdownEncoder struct {
	w      io.Writer
	closed bool
}

// NewMarkdownEncoder returns an encoder writing Markdown to w.
func NewMarkdownEncoder(w io.Writer) *MarkdownEncoder {
	return &MarkdownEncoder{w: w}
}

// Encode writes t as a chronology. Events sharing a date are listed under
// one heading, "### 2019-04-24 .. 2019-04-26"; a date coarser than a day
// or with a mod is described before its bounds, "### late 2011
// (2011-09-01 .. 2011-12-31)". Each event gives its summary, its status
// unless it occurred, its place, its note and its date as written, and,
// when t has more than one document, the documents it was read from. The
// documents are listed first, all of them up to 20, else only those that
// reported events. A nil timeline is written as an empty one.
func (e *MarkdownEncoder) Encode(t *timeline.Timeline) error {
	if e.closed {
		return ErrClosed
	}
	if t == nil {
		t = &timeline.Timeline{}
	}
	var b strings.Builder
	b.WriteString("# Timeline\n\n")
	fmt.Fprintf(&b, "%s from %s.\n", plural(len(t.Events), "event"), plural(len(t.Documents), "document"))
	if len(t.Documents) > 0 {
		b.WriteString("\n## Documents\n\n")
		reporting := reporters(t)
		quiet := 0
		for i := range t.Documents {
			d := &t.Documents[i]
			if len(t.Documents) > maxListedDocuments && !reporting[d.ID] {
				quiet++ // an archive: list only the stories the chronology cites
				continue
			}
			writeMarkdownDocument(&b, d)
		}
		if quiet > 0 {
			fmt.Fprintf(&b, "- and %s that reported no event\n", plural(quiet, "more document"))
		}
	}
	docs := documents(t)
	multi := len(t.Documents) > 1
	// heading is the date heading written last, "" in the undated
	// section; events come in timeline order, so equal dates are adjacent.
	heading, chronology, undated := "", false, false
	for i := range t.Events {
		ev := &t.Events[i]
		if ev.When.IsZero() {
			if heading != "" || !undated {
				b.WriteString("\n## Undated\n\n")
				heading, undated = "", true
			}
		} else if h := markdownHeading(ev.When); h != heading {
			if !chronology {
				b.WriteString("\n## Chronology\n")
				chronology = true
			}
			heading = h
			fmt.Fprintf(&b, "\n### %s\n\n", heading)
		}
		writeMarkdownEvent(&b, ev, docs, multi)
	}
	if _, err := io.WriteString(e.w, b.String()); err != nil {
		return fmt.Errorf("markdown: %w", err)
	}
	return nil
}

// maxListedDocuments is how many documents a chronology lists whole;
// beyond it, as for an archive, only those that reported events are.
const maxListedDocuments = 20

// reporters returns the IDs of the documents that reported events of t.
func reporters(t *timeline.Timeline) map[string]bool {
	ids := map[string]bool{}
	for _, e := range t.Events {
		for _, ev := range e.Evidence {
			ids[ev.Doc] = true
		}
	}
	return ids
}

// Close marks e closed. It writes nothing and does not close the
// underlying writer.
func (e *MarkdownEncoder) Close() error {
	e.closed = true
	return nil
}

func writeMarkdownDocument(b *strings.Builder, d *timeline.Document) {
	parts := []string{"**" + escapeMarkdown(d.ID) + "**"}
	if d.Title != "" {
		parts = append(parts, escapeMarkdown(d.Title))
	}
	if d.Anchor.Placed() {
		parts = append(parts, "anchor "+describeDate(d.Anchor))
	} else {
		parts = append(parts, "no anchor")
	}
	if d.Dateline.Text != "" {
		parts = append(parts, "dateline: "+escapeMarkdown(d.Dateline.Text))
	}
	if d.Published.Placed() {
		parts = append(parts, "published "+timeline.FormatBound(d.Published.Earliest, d.Published.Precision))
	}
	b.WriteString("- " + strings.Join(parts, " — ") + "\n")
}

func writeMarkdownEvent(b *strings.Builder, e *timeline.Event, docs map[string]*timeline.Document, multi bool) {
	parts := []string{escapeLineStart(escapeMarkdown(e.Summary))}
	if e.Status != timeline.StatusOccurred && e.Status != "" {
		parts = append(parts, "*"+escapeMarkdown(string(e.Status))+"*")
	}
	if !e.Place.IsZero() {
		parts = append(parts, escapeMarkdown(e.Place.String()))
	}
	if e.Note != "" {
		parts = append(parts, escapeMarkdown(e.Note))
	}
	if s := timeText(e, docs); s != "" {
		parts = append(parts, `"`+escapeMarkdown(s)+`"`)
	}
	line := "- " + strings.Join(parts, " — ")
	if src := sources(e); multi && len(src) > 0 {
		line += " (" + escapeMarkdown(strings.Join(src, ", ")) + ")"
	}
	b.WriteString(line + "\n")
}

// markdownHeading returns the heading for events at w: its bounds, with a
// description of its dates before them when a bound alone would hide what
// the text said.
func markdownHeading(w timeline.When) string {
	bounds := w.String()
	var desc []string
	plain := true
	for _, d := range []timeline.Date{w.Start, w.End} {
		if !d.Placed() {
			continue
		}
		desc = append(desc, describeDate(d))
		if d.Mod != timeline.ModNone || (d.Precision != timeline.Day && d.Precision != timeline.Minute) {
			plain = false
		}
	}
	if plain {
		return bounds
	}
	return strings.Join(desc, " to ") + " (" + bounds + ")"
}

var seasonNames = map[string]string{"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}

var partOfDayNames = map[string]string{
	"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime",
}

// describeDate returns d in words, as coarse as its value and with its
// mod: "late 2011", "April 2019", "Q2 2019", "the mid-2010s",
// "2019-04-26 night". A value it cannot read is returned as it is.
func describeDate(d timeline.Date) string {
	if rest, ok := strings.CutPrefix(d.Value, "BC"); ok {
		// "August 480 BC": the date of its year as written, and the era.
		if _, err := timeline.ParseValue(d.Value); err == nil {
			d.Value = rest
			return describeDate(d) + " BC"
		}
	}
	base, err := timeline.ParseValue(d.Value)
	if err != nil {
		return modWords(d.Mod, d.Value)
	}
	lo := base.Earliest
	year := strconv.Itoa(lo.Year())
	if base.Precision >= timeline.Year {
		year = d.Value[:4] // not lo's: week 1 and winter can start the year before
	}
	if t := strings.TrimLeft(year, "0"); t != "" {
		year = t // "August 480"
	}
	suffix := d.Value[min(len(d.Value), 5):]
	var s string
	switch base.Precision {
	case timeline.Century, timeline.Decade:
		if base.Precision == timeline.Century {
			year = strconv.Itoa(lo.Year() / 100 * 100)
		}
		switch d.Mod {
		case timeline.ModStart:
			return "the early " + year + "s"
		case timeline.ModMid:
			return "the mid-" + year + "s"
		case timeline.ModEnd:
			return "the late " + year + "s"
		}
		s = "the " + year + "s"
	case timeline.Year:
		s = year
	case timeline.Half, timeline.Quarter:
		s = suffix + " " + year
	case timeline.Season:
		s = seasonNames[suffix] + " " + year
	case timeline.Month:
		s = lo.Format("January") + " " + year
	case timeline.Week:
		if strings.HasSuffix(suffix, "-WE") {
			s = "the weekend of " + lo.Format("2006-01-02")
			break
		}
		s = "week " + strings.TrimLeft(suffix[1:], "0") + " of " + year
	case timeline.Day:
		s = d.Value
	case timeline.PartOfDay:
		day, part, _ := strings.Cut(d.Value, "T")
		s = day + " " + partOfDayNames[part]
	default:
		s = d.Value
	}
	return modWords(d.Mod, s)
}

// modWords puts mod m before s in words: "late 2011", "mid-April 2019",
// "about 2019-04-26", "on or before 2019".
func modWords(m timeline.Mod, s string) string {
	switch m {
	case timeline.ModNone:
		return s
	case timeline.ModStart:
		return "early " + s
	case timeline.ModMid:
		return "mid-" + s
	case timeline.ModEnd:
		return "late " + s
	case timeline.ModApprox:
		return "about " + s
	}
	return strings.ToLower(strings.ReplaceAll(string(m), "_", " ")) + " " + s
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// markdownEscaper backslash-escapes the ASCII punctuation that can start
// or end Markdown markup inside a line: emphasis, code, links, tables,
// raw HTML, entities and headings.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `|`, `\|`, `#`, `\#`, `~`, `\~`, `&`, `\&`,
)

// escapeMarkdown makes s safe to place inside a Markdown line: it joins
// its lines with single spaces and escapes the characters that could
// start markup.
func escapeMarkdown(s string) string {
	return markdownEscaper.Replace(strings.Join(strings.Fields(s), " "))
}

// escapeLineStart escapes what would make s, placed first in a list item,
// start a nested list or a block quote: "-", "+" or digits and "." or ")".
func escapeLineStart(s string) string {
	if s == "" {
		return s
	}
	if s[0] == '-' || s[0] == '+' {
		return `\` + s
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + `\` + s[i:]
	}
	return s
}
