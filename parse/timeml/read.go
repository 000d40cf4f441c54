package timeml

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dateline-dev/dateline/timeline"
)

// A Doc is a TimeML document: the plain text of its TEXT element, the
// TIMEX3 annotations in that text and its creation time, together with
// the source it was read from.
type Doc struct {
	// Name names the document in scores and errors: the base name of
	// the file for [ReadFile], empty for [Read] until the caller sets it.
	Name string
	// DCT is the document creation time: the first TIMEX3 outside TEXT
	// whose functionInDocument is CREATION_TIME, else the first TIMEX3
	// inside a DCT element. It is the zero Timex when there is none. Its
	// Text is the content of the tag and its Span is zero.
	DCT Timex
	// Text is the plain text of the TEXT element: tags left out,
	// entities and character references decoded, carriage returns kept.
	Text string
	// Timexes are the TIMEX3 annotations inside TEXT in the order of
	// their start tags, with Text == Doc.Text[Span.Start:Span.End].
	// Empty TIMEX3 elements, which cover no text, are left out.
	Timexes []Timex

	src        string
	head, tail int    // src[:head] ends with the TEXT start tag, src[tail:] begins with its end tag
	body       string // src[head:tail] without TIMEX3, EVENT and SIGNAL tags
	// starts and ends say, for each byte of Text, where the source of
	// that byte begins and ends in body (an entity is several bytes).
	starts, ends []int32
	ids          map[string]bool // tids of TIMEX3 outside TEXT
}

// A Timex is a TIMEX3 annotation: its tid and the date it stands for.
// Type, Value, Mod, Text and Span come from the tag; Precision and the
// bounds are filled in by [timeline.ParseValue] where the value names a
// span of the calendar.
type Timex struct {
	ID string // the tid attribute
	timeline.Date
}

// Errors Read and [Doc.Anchor] return, wrapped, for documents they cannot
// use.
var (
	ErrNoText = errors.New("no TEXT element")
	ErrNoDCT  = errors.New("no DCT")
)

// A SyntaxError is a problem in the markup of a document, with its
// 1-based line and byte column.
type SyntaxError struct {
	File      string // set by ReadFile
	Line, Col int
	Msg       string
}

func (e *SyntaxError) Error() string {
	if e.File != "" {
		return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg)
}

// Read reads a TimeML document from r. It returns [ErrNoText] (wrapped)
// when the document has no TEXT element and a [*SyntaxError] for markup
// it cannot follow: a tag, comment or entity left open, an unknown
// entity, a TIMEX3 in TEXT closed twice or not at all. It checks no more
// of XML than it needs: tags outside TEXT are only skipped over.
func Read(r io.Reader) (*Doc, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading TimeML: %w", err)
	}
	return parse(string(b))
}

// ReadFile reads the TimeML document in file and names it by the file's
// base name. Errors start with the file name.
func ReadFile(file string) (*Doc, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err // *fs.PathError names the file
	}
	d, err := parse(string(b))
	if err != nil {
		var se *SyntaxError
		if errors.As(err, &se) {
			se.File = file
			return nil, se
		}
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	d.Name = filepath.Base(file)
	return d, nil
}

// Anchor returns the civil day of the document's creation time, the
// date part of the DCT value, at midnight UTC. It returns [ErrNoDCT]
// when the document has no DCT and an error naming the value when that
// does not start with a YYYY-MM-DD date (or YYYYMMDD, ISO 8601's basic
// format).
func (d *Doc) Anchor() (time.Time, error) {
	v := d.DCT.Value
	if d.DCT.ID == "" && v == "" {
		return time.Time{}, ErrNoDCT
	}
	if len(v) >= 10 {
		if t, err := time.Parse(time.DateOnly, v[:10]); err == nil {
			return t, nil
		}
	}
	if len(v) >= 8 && (len(v) == 8 || v[8] == 'T') {
		// The basic format older TimeBank releases use: "19980108".
		if t, err := time.Parse("20060102", v[:8]); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("DCT value %q is not a date", v)
}

// WithDates returns a copy of d whose Timexes are dates, numbered t1,
// t2, ... in their order, as a system's output for [Score]. The copy
// shares d's source and text.
func (d *Doc) WithDates(dates []timeline.Date) *Doc {
	c := *d
	c.Timexes = make([]Timex, len(dates))
	for i, dt := range dates {
		c.Timexes[i] = Timex{ID: "t" + strconv.Itoa(i+1), Date: dt}
	}
	return &c
}

// A scanner walks the source of a document.
type scanner struct {
	src string
	pos int
}

func (s *scanner) errorf(at int, format string, args ...any) error {
	at = min(at, len(s.src))
	line := 1 + strings.Count(s.src[:at], "\n")
	col := at - strings.LastIndexByte(s.src[:at], '\n')
	return &SyntaxError{Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

// A tag is a start, end or empty-element tag.
type tag struct {
	name       string
	end, empty bool // </name>, <name/>
	attrs      []attr
}

type attr struct{ name, value string }

func (t *tag) attr(name string) string {
	for _, a := range t.attrs {
		if a.name == name {
			return a.value
		}
	}
	return ""
}

// markup reads the markup at s.pos, which is '<'. For a tag it returns
// the tag; for a comment, processing instruction or declaration it
// returns nil; for a CDATA section it returns nil and the section's
// content in cdata, with cdataAt its offset in src.
func (s *scanner) markup() (t *tag, cdata string, cdataAt int, err error) {
	start := s.pos
	rest := s.src[start:]
	skipTo := func(end, what string) error {
		i := strings.Index(s.src[s.pos:], end)
		if i < 0 {
			return s.errorf(start, "%s not closed", what)
		}
		s.pos += i + len(end)
		return nil
	}
	switch {
	case strings.HasPrefix(rest, "<!--"):
		s.pos += 4
		return nil, "", 0, skipTo("-->", "comment")
	case strings.HasPrefix(rest, "<![CDATA["):
		s.pos += 9
		at := s.pos
		if err := skipTo("]]>", "CDATA section"); err != nil {
			return nil, "", 0, err
		}
		return nil, s.src[at : s.pos-3], at, nil
	case strings.HasPrefix(rest, "<?"):
		s.pos += 2
		return nil, "", 0, skipTo("?>", "processing instruction")
	case strings.HasPrefix(rest, "<!"):
		// A declaration such as DOCTYPE, perhaps with an internal subset.
		depth := 0
		for i := s.pos + 2; i < len(s.src); i++ {
			switch s.src[i] {
			case '[':
				depth++
			case ']':
				depth--
			case '>':
				if depth <= 0 {
					s.pos = i + 1
					return nil, "", 0, nil
				}
			}
		}
		return nil, "", 0, s.errorf(start, "declaration not closed")
	}
	t = &tag{}
	i := start + 1
	if i < len(s.src) && s.src[i] == '/' {
		t.end = true
		i++
	}
	n := i
	for i < len(s.src) && isNameByte(s.src[i]) {
		i++
	}
	if i == n {
		return nil, "", 0, s.errorf(start, "'<' not followed by a tag name")
	}
	t.name = s.src[n:i]
	for {
		for i < len(s.src) && isSpace(s.src[i]) {
			i++
		}
		if i >= len(s.src) {
			return nil, "", 0, s.errorf(start, "tag <%s not closed", t.name)
		}
		switch c := s.src[i]; {
		case c == '>':
			s.pos = i + 1
			return t, "", 0, nil
		case c == '/' && !t.end && i+1 < len(s.src) && s.src[i+1] == '>':
			t.empty = true
			s.pos = i + 2
			return t, "", 0, nil
		case t.end || !isNameByte(c):
			return nil, "", 0, s.errorf(i, "unexpected %q in tag <%s", c, t.name)
		}
		a := i
		for i < len(s.src) && isNameByte(s.src[i]) {
			i++
		}
		name := s.src[a:i]
		for i < len(s.src) && isSpace(s.src[i]) {
			i++
		}
		if i >= len(s.src) || s.src[i] != '=' {
			return nil, "", 0, s.errorf(a, "attribute %s has no value", name)
		}
		i++
		for i < len(s.src) && isSpace(s.src[i]) {
			i++
		}
		if i >= len(s.src) || (s.src[i] != '"' && s.src[i] != '\'') {
			return nil, "", 0, s.errorf(a, "value of attribute %s not quoted", name)
		}
		q := s.src[i]
		j := strings.IndexByte(s.src[i+1:], q)
		if j < 0 {
			return nil, "", 0, s.errorf(a, "value of attribute %s not closed", name)
		}
		raw := s.src[i+1 : i+1+j]
		v, err := s.decode(raw, i+1)
		if err != nil {
			return nil, "", 0, err
		}
		t.attrs = append(t.attrs, attr{name, v})
		i += j + 2
	}
}

// decode returns raw, found at offset at of src, with its entities and
// character references decoded.
func (s *scanner) decode(raw string, at int) (string, error) {
	if strings.IndexByte(raw, '&') < 0 {
		return raw, nil
	}
	var b strings.Builder
	for i := 0; i < len(raw); {
		if raw[i] != '&' {
			b.WriteByte(raw[i])
			i++
			continue
		}
		r, n, err := s.entity(raw[i:], at+i)
		if err != nil {
			return "", err
		}
		b.WriteString(r)
		i += n
	}
	return b.String(), nil
}

// entity decodes the entity or character reference at the start of
// text, found at offset at of src, and returns its replacement and
// length.
func (s *scanner) entity(text string, at int) (string, int, error) {
	end := strings.IndexByte(text, ';')
	if end < 0 || end > 12 {
		return "", 0, s.errorf(at, "'&' starts no entity")
	}
	name := text[1:end]
	switch name {
	case "amp":
		return "&", end + 1, nil
	case "lt":
		return "<", end + 1, nil
	case "gt":
		return ">", end + 1, nil
	case "quot":
		return `"`, end + 1, nil
	case "apos":
		return "'", end + 1, nil
	}
	if len(name) > 1 && name[0] == '#' {
		var n uint64
		var err error
		if name[1] == 'x' {
			n, err = strconv.ParseUint(name[2:], 16, 32)
		} else {
			n, err = strconv.ParseUint(name[1:], 10, 32)
		}
		if err == nil && n > 0 && utf8.ValidRune(rune(n)) && n <= utf8.MaxRune {
			return string(rune(n)), end + 1, nil
		}
	}
	return "", 0, s.errorf(at, "unknown entity &%s;", name)
}

// parse reads a document from its source.
func parse(src string) (*Doc, error) {
	d := &Doc{src: src, ids: make(map[string]bool)}
	s := &scanner{src: src}
	var (
		dct, inDCT *Timex // the CREATION_TIME timex, the first timex in a DCT
		dctDepth   int
		textDepth  int // > 0 inside TEXT
		body, text strings.Builder
		open       []int // indices into d.Timexes of TIMEX3s not closed yet
		openAt     []int // their offsets in src, for errors
	)
	addText := func(raw string, at int, decode bool) error {
		if textDepth == 0 {
			return nil
		}
		for i := 0; i < len(raw); {
			bstart := int32(body.Len())
			var rep string
			n := 1
			if decode && raw[i] == '&' {
				var err error
				rep, n, err = s.entity(raw[i:], at+i)
				if err != nil {
					return err
				}
			} else {
				rep = raw[i : i+1]
			}
			body.WriteString(raw[i : i+n])
			for range len(rep) {
				d.starts = append(d.starts, bstart)
				d.ends = append(d.ends, int32(body.Len()))
			}
			text.WriteString(rep)
			i += n
		}
		return nil
	}
	for s.pos < len(src) {
		lt := strings.IndexByte(src[s.pos:], '<')
		if lt < 0 {
			lt = len(src) - s.pos
		}
		if err := addText(src[s.pos:s.pos+lt], s.pos, true); err != nil {
			return nil, err
		}
		s.pos += lt
		if s.pos >= len(src) {
			break
		}
		at := s.pos
		t, cdata, cdataAt, err := s.markup()
		if err != nil {
			return nil, err
		}
		if t == nil {
			if textDepth > 0 {
				if cdataAt > 0 {
					body.WriteString(src[at:cdataAt])
					if err := addText(cdata, cdataAt, false); err != nil {
						return nil, err
					}
					body.WriteString("]]>")
				} else {
					body.WriteString(src[at:s.pos])
				}
			}
			continue
		}
		if textDepth == 0 {
			switch {
			case t.name == "TEXT" && !t.end && !t.empty:
				if d.head > 0 {
					return nil, s.errorf(at, "second TEXT element")
				}
				textDepth = 1
				d.head = s.pos
			case t.name == "DCT" && !t.empty:
				if t.end {
					dctDepth = max(dctDepth-1, 0)
				} else {
					dctDepth++
				}
			case t.name == "TIMEX3" && !t.end:
				x := &Timex{ID: t.attr("tid"), Date: attrDate(t)}
				d.ids[x.ID] = true
				if t.attr("functionInDocument") == "CREATION_TIME" && dct == nil {
					dct = x
				}
				if dctDepth > 0 && inDCT == nil {
					inDCT = x
				}
				// The DCT's text is what comes before the next tag,
				// if that closes it.
				if end := strings.IndexByte(src[s.pos:], '<'); !t.empty && (x == dct || x == inDCT) &&
					end >= 0 && strings.HasPrefix(src[s.pos+end:], "</TIMEX3") {
					if x.Text, err = s.decode(src[s.pos:s.pos+end], s.pos); err != nil {
						return nil, err
					}
				}
			}
			continue
		}
		switch t.name {
		case "TEXT":
			if t.empty {
				break
			}
			if !t.end {
				textDepth++
				break
			}
			if textDepth--; textDepth > 0 {
				break
			}
			if len(open) > 0 {
				return nil, s.errorf(openAt[len(open)-1], "TIMEX3 not closed")
			}
			d.tail = at
			continue
		case "TIMEX3":
			switch {
			case t.empty:
			case t.end:
				if len(open) == 0 {
					return nil, s.errorf(at, "</TIMEX3> closes no TIMEX3")
				}
				x := &d.Timexes[open[len(open)-1]]
				open, openAt = open[:len(open)-1], openAt[:len(openAt)-1]
				x.Span.End = text.Len()
			default:
				x := Timex{ID: t.attr("tid"), Date: attrDate(t)}
				x.Span.Start = text.Len()
				open = append(open, len(d.Timexes))
				openAt = append(openAt, at)
				d.Timexes = append(d.Timexes, x)
			}
			continue
		case "EVENT", "SIGNAL":
			continue
		}
		body.WriteString(src[at:s.pos])
	}
	if d.head == 0 {
		return nil, ErrNoText
	}
	if textDepth > 0 {
		return nil, s.errorf(d.head, "TEXT not closed")
	}
	d.body, d.Text = body.String(), text.String()
	// Empty elements cover no text: drop them, fill in the rest.
	keep := d.Timexes[:0]
	for _, x := range d.Timexes {
		if x.Span.Len() > 0 {
			x.Text = d.Text[x.Span.Start:x.Span.End]
			keep = append(keep, x)
		}
	}
	d.Timexes = keep
	if dct == nil {
		dct = inDCT
	}
	if dct != nil {
		d.DCT = *dct
	}
	return d, nil
}

// attrDate returns the date a TIMEX3 tag's attributes give.
func attrDate(t *tag) timeline.Date {
	d := timeline.Date{
		Type:  timeline.Type(t.attr("type")),
		Value: t.attr("value"),
		Mod:   timeline.Mod(t.attr("mod")),
	}
	if p, err := timeline.ParseValue(d.Value); err == nil {
		d.Precision, d.Earliest, d.Latest = p.Precision, p.Earliest, p.Latest
		if d.Mod != timeline.ModNone {
			d = d.WithMod(d.Mod)
		}
	}
	return d
}

func isNameByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '_' || c == '-' || c == '.' || c == ':' || c >= 0x80
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
