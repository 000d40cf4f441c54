package source

import (
	"testing"
)

// fastRecordSeeds are records the hand decoder reads, and some it leaves
// to encoding/json.
var fastRecordSeeds = []string{
	archive,
	`{"id": "reuters-1", "published": "1987-02-26T15:01:01", "dateline": "SALVADOR, Feb 26", "title": "BAHIA COCOA REVIEW", "text": "Showers continued\n    The dry \"period\"\\ \/ \t\r\b\f", "places": ["brazil"], "people": [], "topics": ["cocoa"]}`,
	`{"text": "x"}`,
	`{"text": null}`,
	`{"text": "a", "text": null}`,
	`{"title": "a", "title": null, "text": ""}`,
	`{"id": null, "text": "t"}`,
	`{"id": 17, "text": "t"}`,
	`{"ID": "upper", "text": "t"}`,
	`{"Text": "upper", "text": "t"}`,
	`{"text": "caf\u00e9"}`,
	"{\"text\": \"caf\xc3\xa9\"}",
	"{\"text\": \"caf\xe9\"}",
	`{"text": "t", "nested": {"a": [true, false, null, {"b": "c\n"}]}, "n": 1.5e3}`,
	`{"text": "t",}`,
	`{"text": "t"} x`,
	`  {"text" : "t" , "title":"u" }  `,
	`{"text": tru}`,
	`{"text": "t", "x": [1, 2]}`,
	`[{"text": "t"}]`,
	`{}`,
}

// FuzzFastRecord holds the hand decoder of JSON Lines records to
// encoding/json: a record it reads, it reads as encoding/json does,
// field for field, and encoding/json reads it without error.
func FuzzFastRecord(f *testing.F) {
	for _, s := range fastRecordSeeds {
		f.Add([]byte(s), "")
	}
	f.Add([]byte(`{"doc_id": 3, "body": "b", "date": "d", "headline": "h"}`), "id=doc_id,text=body,published=date,title=headline")
	f.Add([]byte(`{"-": "b"}`), "text=-")
	f.Fuzz(func(t *testing.T, data []byte, fields string) {
		fs, err := ParseFields(fields)
		if err != nil {
			return
		}
		slow, err := fs.jsonDecoder()
		if err != nil {
			return
		}
		fast := newFastRecord(fs)
		var got record
		if !fast.decode(data, &got) {
			return
		}
		want, err := slow(data)
		if err != nil && got.Text != nil {
			t.Fatalf("fast decode of %q: %+v; encoding/json: %v", data, got, err)
		}
		if err != nil {
			return // no text: both fail
		}
		if got.Text == nil {
			t.Fatalf("fast decode of %q: no text; encoding/json: %q", data, *want.Text)
		}
		if got.ID != want.ID || got.Published != want.Published || got.Dateline != want.Dateline || got.Title != want.Title || *got.Text != *want.Text {
			t.Fatalf("fast decode of %q:\n%+v %q\nencoding/json:\n%+v %q", data, got, *got.Text, want, *want.Text)
		}
	})
}

// TestFastRecordReads holds the hand decoder to reading the records it
// was made for, rather than leaving them all to encoding/json.
func TestFastRecordReads(t *testing.T) {
	fast := newFastRecord(Fields{})
	for _, s := range []string{fastRecordSeeds[1], fastRecordSeeds[2], fastRecordSeeds[16]} {
		var rec record
		if !fast.decode([]byte(s), &rec) {
			t.Errorf("fast decode of %q: left to encoding/json", s)
		}
	}
}
