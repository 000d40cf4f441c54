package timeml

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// Write writes d as it was read, with dates as the TIMEX3 tags of its
// TEXT instead of the annotations it was read with: the TIMEX3, EVENT
// and SIGNAL tags inside TEXT are left out, every other byte is written
// as it was. Each date's Span locates it in d.Text; its tag gets a tid
// (t1, t2, ... in text order, skipping tids used outside TEXT, such as
// the DCT's), its type and value, and its mod when it has one. A span
// that starts or ends inside an entity is widened to the whole entity;
// a start tag goes after, an end tag before, any other tags at the same
// place in the text. Write returns an error, and writes nothing, when a
// span is empty, lies outside the text or overlaps another.
func Write(w io.Writer, d *Doc, dates []timeline.Date) error {
	ds := slices.Clone(dates)
	slices.SortStableFunc(ds, func(a, b timeline.Date) int { return a.Span.Start - b.Span.Start })
	// The places of the tags in d.body.
	at := make([][2]int, len(ds))
	for i, dt := range ds {
		if dt.Span.Start < 0 || dt.Span.End > len(d.Text) || dt.Span.Len() <= 0 {
			return fmt.Errorf("writing TimeML: date %q at %s: span not in the text (%d bytes)", dt.Text, dt.Span, len(d.Text))
		}
		at[i] = [2]int{int(d.starts[dt.Span.Start]), int(d.ends[dt.Span.End-1])}
		if i > 0 && at[i][0] < at[i-1][1] {
			return fmt.Errorf("writing TimeML: date %q at %s overlaps %q at %s", dt.Text, dt.Span, ds[i-1].Text, ds[i-1].Span)
		}
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(d.src[:d.head])
	n, done := 0, 0
	for i, dt := range ds {
		start, end := at[i][0], at[i][1]
		bw.WriteString(d.body[done:start])
		n = d.nextID(n)
		bw.WriteString(`<TIMEX3 tid="t`)
		bw.WriteString(strconv.Itoa(n))
		bw.WriteString(`" type="`)
		bw.WriteString(escape(string(dt.Type)))
		bw.WriteString(`" value="`)
		bw.WriteString(escape(dt.Value))
		if dt.Mod != timeline.ModNone {
			bw.WriteString(`" mod="`)
			bw.WriteString(escape(string(dt.Mod)))
		}
		bw.WriteString(`">`)
		bw.WriteString(d.body[start:end])
		bw.WriteString(`</TIMEX3>`)
		done = end
	}
	bw.WriteString(d.body[done:])
	bw.WriteString(d.src[d.tail:])
	return bw.Flush()
}

// nextID returns the first tid number after n that is not used outside
// TEXT.
func (d *Doc) nextID(n int) int {
	for {
		n++
		if !d.ids["t"+strconv.Itoa(n)] {
			return n
		}
	}
}

var attrEscaper = strings.NewReplacer(`&`, "&amp;", `<`, "&lt;", `>`, "&gt;", `"`, "&quot;")

func escape(s string) string { return attrEscaper.Replace(s) }
