package source

import (
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nlnwa/gowarc/v3"

	"github.com/dateline-dev/dateline/parse"
)

// htmlTests are the HTML fixtures in testdata, each a page as a news
// site or a ministry serves it.
var htmlTests = []struct {
	file      string
	id, title string
	published string
	has       []string // in the text
	hasNot    []string // furniture left out
	err       string
}{
	{
		file:      "upi-kim-putin.html",
		id:        "upi-kim-putin",
		title:     "Kim Jong Un, Putin hold first summit in Vladivostok",
		published: "2019-04-25T09:12:00-04:00", // JSON-LD datePublished, the page's own offset
		has:       []string{"VLADIVOSTOK, Russia, April 25 (UPI) -- North Korean leader", "leave the city on Friday after laying a wreath", "\n\nThe two leaders held talks"},
		hasNot:    []string{"World News", "Share on Twitter", "Copyright", "Privacy Policy", "Central Asia", "dataLayer"},
	},
	{
		file:      "state-meta.htm",
		id:        "state-meta",
		title:     "Secretary's Travel to Brussels",
		published: "2021-03-19",                                                                                // article:published_time
		has:       []string{"will travel to Brussels, Belgium, March 22-25", "relationship \u2013 a priority"}, // windows-1252's dash
		hasNot:    []string{"Press Releases", "Office of the Spokesperson"},
	},
	{
		file:  "no-date.html",
		id:    "no-date",
		title: "Tass report",
		has:   []string{"MOSCOW, March 3 (TASS) -- Soviet Foreign Minister"}, // its dateline anchors it
	},
	{file: "empty.html", id: "empty", err: "empty.html: no article text found"},
}

func TestHTML(t *testing.T) {
	for _, tt := range htmlTests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			r, err := Open(path, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			if r.Format() != HTML {
				t.Errorf("Open(%q).Format() = %v; want HTML", path, r.Format())
			}
			in, err := r.Next()
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("Next() = %v; want an error containing %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Next() = %v", err)
			}
			if in.ID != tt.id || in.Title != tt.title || in.Published != tt.published || in.Source != path {
				t.Errorf("Next() = ID %q, title %q, published %q, source %q; want %q, %q, %q, %q", in.ID, in.Title, in.Published, in.Source, tt.id, tt.title, tt.published, path)
			}
			for _, s := range tt.has {
				if !strings.Contains(in.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, in.Text)
				}
			}
			for _, s := range tt.hasNot {
				if strings.Contains(in.Text, s) {
					t.Errorf("text holds the page's furniture %q:\n%s", s, in.Text)
				}
			}
			if _, err := r.Next(); err != io.EOF {
				t.Errorf("second Next() = %v; want io.EOF", err)
			}
		})
	}
}

// TestHTMLRead reads each page as a story, anchored by its stamp or its
// dateline: the real parse of what the reader gives.
func TestHTMLRead(t *testing.T) {
	for _, tt := range []struct{ file, anchor string }{
		{"upi-kim-putin.html", "2019-04-25"},
		{"state-meta.htm", "2021-03-19"},
		{"no-date.html", ""}, // a dateline with no year and no stamp: no anchor
	} {
		ins, errs := readAll(t, filepath.Join("testdata", tt.file), nil)
		if len(errs) > 0 || len(ins) != 1 {
			t.Fatalf("%s: %v", tt.file, errs)
		}
		doc, err := parse.Read(ins[0], parse.Options{})
		if tt.anchor == "" {
			if !errors.Is(err, parse.ErrNoAnchor) {
				t.Errorf("%s: Read = %v; want ErrNoAnchor", tt.file, err)
			}
			continue
		}
		if err != nil || doc.Anchor.Value != tt.anchor {
			t.Errorf("%s: anchor %q, %v; want %s", tt.file, doc.Anchor.Value, err, tt.anchor)
		}
	}
}

func TestHTMLTooLarge(t *testing.T) {
	page := "<html><body><p>" + strings.Repeat("word ", MaxHTML/5+1) + "</p></body></html>"
	_, err := readHTML("big.html", strings.NewReader(page), "")
	if !errors.Is(err, parse.ErrTooLarge) || !strings.Contains(err.Error(), "big.html") {
		t.Errorf("readHTML(%d bytes) = %v; want ErrTooLarge naming the page", len(page), err)
	}
}

// warcRecord is a record of a test's WARC file.
type warcRecord struct {
	typ     gowarc.RecordType
	uri     string
	ctype   string // the record's Content-Type
	content string
}

// httpPage returns an HTTP response of status code, holding body.
func httpPage(code int, ctype, body string, header ...string) string {
	h := strings.Join(append([]string{"Content-Type: " + ctype}, header...), "\r\n")
	return fmt.Sprintf("HTTP/1.1 %d %s\r\n%s\r\nContent-Length: %d\r\n\r\n%s", code, httpStatus(code), h, len(body), body)
}

func httpStatus(code int) string {
	if code == 200 {
		return "OK"
	}
	return "Moved Permanently"
}

// writeWARC writes recs as a WARC file with gowarc's own writer, each
// record gzip'd on its own as crawlers write .warc.gz when gz is true.
func writeWARC(t testing.TB, recs []warcRecord, gz bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	m := gowarc.NewMarshaler()
	for i, rec := range recs {
		b := gowarc.NewRecordBuilder(rec.typ, gowarc.WithAddMissingDigest(true), gowarc.WithAddMissingContentLength(true))
		b.WriteString(rec.content)
		b.AddWarcHeader(gowarc.WarcRecordID, fmt.Sprintf("<urn:uuid:00000000-0000-4000-8000-%012d>", i))
		b.AddWarcHeader(gowarc.WarcDate, "2019-04-26T03:00:00Z")
		b.AddWarcHeader(gowarc.ContentType, rec.ctype)
		if rec.uri != "" {
			b.AddWarcHeader(gowarc.WarcTargetURI, rec.uri)
		}
		wr, _, err := b.Build()
		if err != nil {
			t.Fatalf("building record %d: %v", i, err)
		}
		var w io.Writer = &buf
		var zw *gzip.Writer
		if gz {
			zw = gzip.NewWriter(&buf)
			w = zw
		}
		if _, _, err := m.Marshal(w, wr, 0); err != nil {
			t.Fatalf("writing record %d: %v", i, err)
		}
		if zw != nil {
			zw.Close()
		}
		wr.Close()
	}
	return buf.Bytes()
}

// crawl is a small crawl: a page, its request, an image, a redirect, a
// page of menus only and a page stored gzip'd, as a crawler keeps them.
func crawl(t testing.TB) []warcRecord {
	page, err := os.ReadFile(filepath.Join("testdata", "upi-kim-putin.html"))
	if err != nil {
		t.Fatal(err)
	}
	tass, err := os.ReadFile(filepath.Join("testdata", "no-date.html"))
	if err != nil {
		t.Fatal(err)
	}
	var gzPage bytes.Buffer
	zw := gzip.NewWriter(&gzPage)
	zw.Write(tass)
	zw.Close()
	const upi = "https://www.upi.com/Top_News/World-News/2019/04/25/Kim-Jong-Un-Putin-hold-first-summit/1234556191234/"
	return []warcRecord{
		{gowarc.Warcinfo, "", "application/warc-fields", "software: dateline test\r\nformat: WARC File Format 1.1\r\n"},
		{gowarc.Request, upi, "application/http;msgtype=request", "GET /Top_News/ HTTP/1.1\r\nHost: www.upi.com\r\n\r\n"},
		{gowarc.Response, upi, "application/http;msgtype=response", httpPage(200, "text/html; charset=utf-8", string(page))},
		{gowarc.Response, "https://www.upi.com/logo.png", "application/http;msgtype=response", httpPage(200, "image/png", "\x89PNG\r\n")},
		{gowarc.Response, "http://upi.com/", "application/http;msgtype=response", httpPage(301, "text/html", "<html><body>Moved</body></html>", "Location: https://www.upi.com/")},
		{gowarc.Response, "https://www.upi.com/menu", "application/http;msgtype=response", httpPage(200, "text/html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")},
		{gowarc.Response, "https://tass.com/politics/1", "application/http;msgtype=response", httpPage(200, "text/html", gzPage.String(), "Content-Encoding: gzip")},
		{gowarc.Metadata, "https://tass.com/politics/1", "application/warc-fields", "via: https://tass.com/\r\n"},
	}
}

func TestWARC(t *testing.T) {
	recs := crawl(t)
	dir := t.TempDir()
	for _, gz := range []bool{false, true} {
		name := "crawl.warc"
		if gz {
			name += ".gz"
		}
		path := filepath.Join(dir, name)
		os.WriteFile(path, writeWARC(t, recs, gz), 0o644)
		ins, errs := readAll(t, path, nil)
		var ids []string
		for _, in := range ins {
			ids = append(ids, in.ID)
		}
		want := []string{recs[2].uri, recs[6].uri}
		if !reflect.DeepEqual(ids, want) {
			t.Errorf("%s: stories %q; want %q", name, ids, want)
		}
		if len(ins) == 2 {
			if in := ins[0]; in.Published != "2019-04-25T09:12:00-04:00" || !strings.Contains(in.Text, "VLADIVOSTOK, Russia, April 25 (UPI)") || strings.Contains(in.Text, "Share on Twitter") {
				t.Errorf("%s: the UPI page read as %+v", name, in)
			}
			if !strings.Contains(ins[1].Text, "MOSCOW, March 3 (TASS)") {
				t.Errorf("%s: the gzip'd TASS page read as %q", name, ins[1].Text)
			}
		}
		if len(errs) != 1 || !strings.Contains(errs[0].Error(), name+": https://www.upi.com/menu: no article text found") {
			t.Errorf("%s: errors %v; want the page of menus only, named by its file and URI", name, errs)
		}
	}

	// A WARC file cut short reports its file and record, and ends.
	whole := writeWARC(t, recs, false)
	path := filepath.Join(dir, "cut.warc")
	os.WriteFile(path, whole[:len(whole)*2/3], 0o644)
	ins, errs := readAll(t, path, nil)
	if len(ins) != 1 || len(errs) == 0 || !strings.Contains(errs[len(errs)-1].Error(), "cut.warc: record") {
		t.Errorf("a cut WARC file: %d stories, errors %v; want the page before the cut and an error naming the file and record", len(ins), errs)
	}
}

func TestFormat(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		name, content string
		want          Format
	}{
		{"a.txt", "WASHINGTON, April 2 - Shultz met Shevardnadze.", Text},
		{"story", "Plain text with no extension.", Text},
		{"page", "\xef\xbb\xbf\n  <!DOCTYPE HTML><html><body><p>x</p></body></html>", HTML},
		{"page2", "<HTML><body>x</body></HTML>", HTML},
		{"p.HTM", "no markup at all", HTML}, // the name wins
		{"crawl", "WARC/1.1\r\n", WARC},
		{"records", `{"text": "x"}`, JSONL},
		{"a.jsonl", "", JSONL},
		{"a.warc.gz", "", WARC},
		{"lt.txt", "<b>3 < 4</b>", Text},
	} {
		path := filepath.Join(dir, tt.name)
		os.WriteFile(path, []byte(tt.content), 0o644)
		r, err := Open(path, nil)
		if err != nil {
			t.Fatalf("Open(%q): %v", tt.name, err)
		}
		if got := r.Format(); got != tt.want {
			t.Errorf("Open(%q) of %q: format %v; want %v", tt.name, tt.content, got, tt.want)
		}
		r.Close()
	}
	// Standard input is told by its content too.
	r, _ := Open("-", strings.NewReader(`{"id": "a", "text": "x"}`+"\n"))
	if in, err := r.Next(); r.Format() != JSONL || err != nil || in.ID != "a" {
		t.Errorf("JSON Lines on stdin: %v, %+v, %v", r.Format(), in, err)
	}
}

var fieldsTests = []struct {
	in   string
	want Fields
	err  string
}{
	{"", DefaultFields, ""},
	{"id=doc_id,text=body,published=date,title=headline", Fields{"doc_id", "date", "dateline", "headline", "body"}, ""},
	{" text = body ", Fields{"id", "published", "dateline", "title", "body"}, ""},
	{"id=url", Fields{"url", "published", "dateline", "title", "text"}, ""},
	{"body", Fields{}, `want PART=FIELD, got "body"`},
	{"text=", Fields{}, `want PART=FIELD, got "text="`},
	{"author=by", Fields{}, `unknown part "author"`},
	{"text=a,text=b", Fields{}, `part "text" named twice`},
	{`text=a"b`, Fields{}, "may not hold quotes"},
}

func TestParseFields(t *testing.T) {
	for _, tt := range fieldsTests {
		got, err := ParseFields(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseFields(%q) = %v, %v; want an error containing %q", tt.in, got, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseFields(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
		if again, err := ParseFields(got.String()); err != nil || again != got {
			t.Errorf("ParseFields(%q.String()) = %+v, %v; want %+v", tt.in, again, err, got)
		}
	}
}

// TestFieldsMapping reads an export that names its fields otherwise, ID
// numbers and extra fields included.
func TestFieldsMapping(t *testing.T) {
	const export = `{"doc_id": 17, "date": "2014-08-23", "headline": "Readout", "body": "Earlier today the President spoke with Chancellor Merkel.", "text": "not this"}
{"doc_id": "wh-2", "body": "Second."}
{"doc_id": null, "body": "No ID."}
{"doc_id": true, "body": "A bad ID."}
{"doc_id": "no-body", "text": "the text field is not the body"}
`
	path := filepath.Join(t.TempDir(), "export.jsonl")
	os.WriteFile(path, []byte(export), 0o644)
	f, err := ParseFields("id=doc_id,text=body,published=date,title=headline")
	if err != nil {
		t.Fatal(err)
	}
	r, err := Options{Fields: f}.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var got []string
	for {
		in, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			got = append(got, "error: "+err.Error())
			continue
		}
		got = append(got, fmt.Sprintf("%s|%s|%s|%s", in.ID, in.Published, in.Title, in.Text))
	}
	want := []string{
		"17|2014-08-23|Readout|Earlier today the President spoke with Chancellor Merkel.",
		"wh-2|||Second.",
		"export-3|||No ID.",
		"error: " + path + `:4:1: field "doc_id": want a string or a number`,
		"error: " + path + `:5:1: no "body" field`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stories:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, err := (Options{Fields: Fields{ID: "x", Text: "x"}}).Open(path, nil); err == nil || !strings.Contains(err.Error(), `"x" names two parts`) {
		t.Errorf("Open with one field for two parts = %v; want an error", err)
	}
}

// TestPDDiplomacy reads the U.S. government texts of ../shared as they
// are: their fields are the default ones.
func TestPDDiplomacy(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "data", "pd-diplomacy.jsonl")
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("DATELINE_REQUIRE_SHARED") != "" {
			t.Fatalf("%s: %v", path, err)
		}
		t.Skipf("%s is absent: %v", path, err)
	}
	ins, errs := readAll(t, path, nil)
	if len(ins) != 60 || len(errs) > 0 || ins[0].ID != "wh-2009-01-27-obama-motlanthe-call" || ins[0].Published != "2009-01-27" || ins[0].Title == "" {
		t.Errorf("%s: %d stories, errors %v, first %+v", path, len(ins), errs, ins[0])
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"d1/a.txt", "d2/a.txt", "d2/sub/b.html", "d2/sub/c.jsonl.gz", "d2/notes.md", "d2/.hidden.txt", "d2/.git/x.txt", "d3/readme", "e.warc.gz", "f.TXT"} {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x"), 0o644)
	}
	rel := func(paths []Path) []string {
		var s []string
		for _, p := range paths {
			name := p.Name
			if r, err := filepath.Rel(dir, p.Name); err == nil && p.Name != "-" {
				name = filepath.ToSlash(r)
			}
			if p.Err != nil {
				name += " !" + strings.TrimPrefix(p.Err.Error(), p.Name+": ")
			}
			s = append(s, name)
		}
		return s
	}
	j := func(s ...string) []string {
		for i := range s {
			if s[i] != "-" {
				s[i] = filepath.Join(dir, s[i])
			}
		}
		return s
	}
	for _, tt := range []struct {
		name   string
		inputs []string
		want   []string
	}{
		{"a folder, recursive, in name order, story files only", j("d2"), []string{"d2/a.txt", "d2/sub/b.html", "d2/sub/c.jsonl.gz"}},
		{"two folders: both a.txt", j("d1", "d2/a.txt"), []string{"d1/a.txt", "d2/a.txt"}},
		{"a file named twice is read once", j("d2/a.txt", "d2"), []string{"d2/a.txt", "d2/sub/b.html", "d2/sub/c.jsonl.gz"}},
		{"a file named as is, whatever its extension", j("d2/notes.md"), []string{"d2/notes.md"}},
		{"a glob, expanded in name order", j("d*/a.txt"), []string{"d1/a.txt", "d2/a.txt"}},
		{"a glob of folders", j("d[12]"), []string{"d1/a.txt", "d2/a.txt", "d2/sub/b.html", "d2/sub/c.jsonl.gz"}},
		{"upper-case extensions and gzip", j("*.*"), []string{"e.warc.gz", "f.TXT"}},
		{"a glob that matches nothing", j("*.xml"), []string{"*.xml !no file to read: the pattern matches no file"}},
		{"a folder of no story", j("d3"), []string{"d3 !no file to read: a folder with no .txt .text .jsonl .html .htm .xhtml .warc file"}},
		{"a missing file is left to Open", j("gone.txt"), []string{"gone.txt"}},
		{"standard input", j("-", "-"), []string{"-", "-"}},
		{"a bad pattern", j("[x"), []string{"[x !syntax error in pattern"}},
	} {
		if got := rel(Expand(tt.inputs)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: Expand = %q; want %q", tt.name, got, tt.want)
		}
	}
}

// FuzzHTML holds the HTML reader to its properties: no panic, a story
// or an error naming the page, valid UTF-8 text with no blank edges, the
// same result twice.
func FuzzHTML(f *testing.F) {
	for _, tt := range htmlTests {
		b, err := os.ReadFile(filepath.Join("testdata", tt.file))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("<html><body><p>" + strings.Repeat("<div>", 300) + "x"))
	f.Add([]byte(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"x"}</script>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		in, err := readHTML("f.html", bytes.NewReader(data), "")
		if err != nil {
			if !strings.Contains(err.Error(), "f.html") {
				t.Fatalf("error %v does not name the page", err)
			}
			return
		}
		if !utf8.ValidString(in.Text) || in.Text == "" || strings.TrimSpace(in.Text) != in.Text {
			t.Fatalf("text %q", in.Text)
		}
		again, _ := readHTML("f.html", bytes.NewReader(data), "")
		if again != in {
			t.Fatalf("two reads differ: %+v and %+v", in, again)
		}
	})
}

// FuzzWARC holds the WARC reader to its properties: no panic, and Next
// ends.
func FuzzWARC(f *testing.F) {
	f.Add(writeWARC(f, crawl(f), false))
	f.Add(writeWARC(f, crawl(f)[2:3], true))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/"))
	f.Fuzz(func(t *testing.T, data []byte) {
		readsToEnd(t, "f.warc", data)
	})
}

// FuzzParseFields: no panic, and what it accepts it writes back the
// same.
func FuzzParseFields(f *testing.F) {
	for _, tt := range fieldsTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParseFields(s)
		if err != nil {
			return
		}
		if again, err := ParseFields(got.String()); err != nil || again != got {
			t.Fatalf("ParseFields(%q) = %+v; its String %q reads as %+v, %v", s, got, got.String(), again, err)
		}
		if _, err := got.decoder(); err != nil && !strings.Contains(err.Error(), "names two parts") {
			t.Fatalf("decoder of %+v: %v", got, err)
		}
	})
}

var update = flag.Bool("update", false, "rewrite testdata/crawl.warc.gz")

// TestWARCFixture keeps testdata/crawl.warc.gz, the crawl other
// packages' tests read, the one crawl writes (go test -update rewrites
// it).
func TestWARCFixture(t *testing.T) {
	path := filepath.Join("testdata", "crawl.warc.gz")
	want := writeWARC(t, crawl(t), true)
	if *update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	unzip := func(b []byte) []byte {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		u, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		return u
	}
	if !bytes.Equal(unzip(got), unzip(want)) {
		t.Errorf("%s is not the crawl of crawl(); run go test -update and read the diff", path)
	}
}

// body is a story long enough to be read, for the date tests' pages.
const body = `<p>WASHINGTON - Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze on Tuesday for talks on arms control, officials said.</p>`

func TestPageDate(t *testing.T) {
	for _, tt := range []struct{ name, head, want string }{
		{"JSON-LD of schema.org (Readability)", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2019-04-25T09:12:00Z"}</script>`, "2019-04-25T09:12:00+00:00"},
		{"JSON-LD whose @type is a list", `<script type="application/ld+json">{"@context":"https://schema.org","@type":["NewsArticle"],"datePublished":"2020-01-02"}</script>`, "2020-01-02"},
		{"JSON-LD in a @graph with no @context", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2021-06-22T14:59:00-04:00"}]}</script>`, "2021-06-22T14:59:00-04:00"},
		{"article:published_time (Readability)", `<meta property="article:published_time" content="2018-03-20T10:00:00+03:00">`, "2018-03-20T10:00:00+03:00"},
		{"microdata on a meta element", `<meta itemprop="datePublished" content="2017-11-08">`, "2017-11-08"},
		{"a meta name", `<meta name="pubdate" content="2016-05-01">`, "2016-05-01"},
		{"Dublin Core", `<meta name="DC.date.issued" content="2015-09-30">`, "2015-09-30"},
		{"broken JSON-LD, then a meta name", `<script type="application/ld+json">{"datePublished":</script><meta name="date" content="2014-08-23">`, "2014-08-23"},
		{"a date that is no date", `<meta name="date" content="soon">`, ""},
		{"none", ``, ""},
	} {
		page := "<html><head><title>T</title>" + tt.head + "</head><body><article>" + body + "</article></body></html>"
		in, err := readHTML("p.html", strings.NewReader(page), "")
		if err != nil || in.Published != tt.want {
			t.Errorf("%s: published %q, %v; want %q", tt.name, in.Published, err, tt.want)
		}
	}
	// Microdata on a time element in the body.
	page := `<html><body><article><time itemprop="datePublished" datetime="2013-01-14">Jan. 14</time>` + body + `</article></body></html>`
	if in, err := readHTML("p.html", strings.NewReader(page), ""); err != nil || in.Published != "2013-01-14" {
		t.Errorf("time itemprop: published %q, %v", in.Published, err)
	}
}

// TestWARCEncodings: a payload stored chunked, as some crawlers keep
// it, is read; one in an encoding dateline does not read is reported.
func TestWARCEncodings(t *testing.T) {
	page := "<html><body><article>" + body + "</article></body></html>"
	var chunked strings.Builder
	for rest := page; rest != ""; {
		n := min(len(rest), 64)
		fmt.Fprintf(&chunked, "%x\r\n%s\r\n", n, rest[:n])
		rest = rest[n:]
	}
	chunked.WriteString("0\r\n\r\n")
	resp := func(body string, header string) string {
		return "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + header + "\r\n\r\n" + body
	}
	recs := []warcRecord{
		{gowarc.Response, "https://example.org/chunked", "application/http;msgtype=response", resp(chunked.String(), "Transfer-Encoding: chunked")},
		{gowarc.Response, "https://example.org/brotli", "application/http;msgtype=response", resp("\x0b\x02\x80", "Content-Encoding: br")},
		{gowarc.Resource, "https://example.org/resource", "text/html; charset=utf-8", page},
	}
	path := filepath.Join(t.TempDir(), "enc.warc")
	os.WriteFile(path, writeWARC(t, recs, false), 0o644)
	ins, errs := readAll(t, path, nil)
	if len(ins) != 2 || ins[0].ID != recs[0].uri || !strings.Contains(ins[0].Text, "Shultz met Soviet Foreign Minister") || ins[1].ID != recs[2].uri {
		t.Errorf("stories %+v; want the chunked page and the resource", ins)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), `enc.warc: https://example.org/brotli: content encoding "br" not read`) {
		t.Errorf("errors %v; want the brotli page named with its encoding", errs)
	}
}
