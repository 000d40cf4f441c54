package source

import (
	"compress/gzip"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"strings"

	"github.com/nlnwa/gowarc/v3"

	"github.com/dateline-dev/dateline/parse"
)

// warcRecords returns the reader of the HTML pages of the WARC file r
// holds (already decompressed: a .warc.gz is a series of gzip members,
// which compress/gzip reads as one stream).
func (r *Reader) warcRecords() (func() (parse.Input, error), error) {
	wf, err := gowarc.NewWarcFileReaderFromStream(r.r, 0)
	if err != nil {
		return nil, err
	}
	n := 0 // records read, for messages
	return func() (parse.Input, error) {
		for {
			rec, err := wf.Next()
			if err == io.EOF {
				r.done = true
				return parse.Input{}, io.EOF
			}
			n++
			if err != nil {
				// The file's framing is lost: nothing after this
				// record can be found.
				rec.Close()
				r.done = true
				return parse.Input{}, fmt.Errorf("%s: record %d: not a WARC record: %w", r.name, n, err)
			}
			in, ok, err := r.warcPage(rec, n)
			rec.Close()
			if ok || err != nil {
				return in, err
			}
		}
	}, nil
}

// warcPage reads the HTML page of record rec, the n-th of the file; ok
// is false for a record that holds none (a request, metadata, an image,
// a redirect), which is passed over.
func (r *Reader) warcPage(rec gowarc.Record, n int) (in parse.Input, ok bool, err error) {
	wr := rec.WarcRecord
	uri := strings.Trim(wr.WarcHeader().Get(gowarc.WarcTargetURI), "<>")
	name := fmt.Sprintf("%s: record %d", r.name, n)
	if uri != "" {
		name = fmt.Sprintf("%s: %s", r.name, uri)
	}
	var body io.Reader
	var contentType string
	switch wr.Type() {
	case gowarc.Response:
		b, isHTTP := wr.Block().(gowarc.HttpResponseBlock)
		if !isHTTP {
			return in, false, nil // a response of another protocol
		}
		if code := b.HttpStatusCode(); code < 200 || code > 299 {
			return in, false, nil
		}
		h := b.HttpHeader()
		if h == nil {
			return in, false, nil
		}
		contentType = h.Get("Content-Type")
		if !isHTML(contentType) {
			return in, false, nil
		}
		if body, err = b.PayloadBytes(); err != nil {
			return in, false, fmt.Errorf("%s: %w", name, err)
		}
		if body, err = decodeHTTP(body, h, chunked(b.ProtocolHeaderBytes())); err != nil {
			return in, false, fmt.Errorf("%s: %w", name, err)
		}
	case gowarc.Resource:
		contentType = wr.WarcHeader().Get(gowarc.ContentType)
		if !isHTML(contentType) {
			return in, false, nil
		}
		if body, err = wr.Block().RawBytes(); err != nil {
			return in, false, fmt.Errorf("%s: %w", name, err)
		}
	default:
		return in, false, nil
	}
	in, err = readHTML(name, body, contentType)
	in.ID = uri
	if uri == "" {
		in.ID = fmt.Sprintf("%s-%d", r.id, n)
	}
	return in, true, err
}

// isHTML reports whether a Content-Type is an HTML page's.
func isHTML(contentType string) bool {
	t, _, err := mime.ParseMediaType(contentType)
	return err == nil && (t == "text/html" || t == "application/xhtml+xml")
}

// chunked reports whether the raw HTTP header of a response gives the
// chunked transfer coding; net/http takes Transfer-Encoding out of the
// parsed header.
func chunked(header []byte) bool {
	for line := range strings.SplitSeq(string(header), "\n") {
		name, value, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(strings.TrimSpace(name), "Transfer-Encoding") && strings.Contains(strings.ToLower(value), "chunked") {
			return true
		}
	}
	return false
}

// decodeHTTP undoes the chunked transfer coding and the gzip content
// coding a crawler may have stored a payload with.
func decodeHTTP(body io.Reader, h *http.Header, chunked bool) (io.Reader, error) {
	if chunked {
		body = httputil.NewChunkedReader(body)
	}
	switch strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))) {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			return nil, fmt.Errorf("gzip content: %w", err)
		}
		return zr, nil
	default:
		return nil, fmt.Errorf("content encoding %q not read", h.Get("Content-Encoding"))
	}
	return body, nil
}
