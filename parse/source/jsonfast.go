package source

import (
	"unicode/utf8"
)

// A fastRecord reads the records of JSON Lines archives as they are
// written (an object of string values, and of arrays and objects of
// them, with no \u escapes) without reflection and without scanning each
// record twice, as encoding/json does: decoding was most of a bare read of
// an archive. Whatever it does not read (a number, a \u escape, a key that
// only case-insensitively names a field, a byte that is not UTF-8, a
// record that is not valid JSON) it leaves to encoding/json, which gives
// the answer or the error; what it does read, it reads as encoding/json
// would (FuzzFastRecord holds the two to each other).
type fastRecord struct {
	names [5]string // the field names of the ID, published, dateline, title and text
	// ok tells whether every name is of letters, digits, '-', '_' and
	// '.' of ASCII (but "-" alone): names encoding/json takes as they are
	// from a struct tag, and folds as ASCII.
	ok  bool
	buf []byte // for strings with escapes
}

func newFastRecord(f Fields) *fastRecord {
	f = f.orDefault()
	r := &fastRecord{names: [5]string{f.ID, f.Published, f.Dateline, f.Title, f.Text}, ok: true}
	for _, n := range r.names {
		r.ok = r.ok && n != "-" && n != ""
		for i := 0; i < len(n); i++ {
			if c := n[i]; !isAlnum(c) && c != '-' && c != '_' && c != '.' {
				r.ok = false
			}
		}
	}
	return r
}

// decode reads b into rec and reports whether it could; when it could
// not, rec is to be read by encoding/json.
func (r *fastRecord) decode(b []byte, rec *record) bool {
	if !r.ok {
		return false
	}
	*rec = record{}
	var parts [5]string
	var set [5]bool // text only: a null text is no text
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return false
	}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		i++
	} else {
		for {
			// A key, plain: no escapes.
			if i >= len(b) || b[i] != '"' {
				return false
			}
			k0 := i + 1
			k1 := k0
			for k1 < len(b) && b[k1] != '"' && b[k1] != '\\' && b[k1] >= 0x20 && b[k1] < utf8.RuneSelf {
				k1++
			}
			if k1 >= len(b) || b[k1] != '"' {
				return false
			}
			key := b[k0:k1]
			field := -1
			for n, name := range r.names {
				if string(key) == name {
					field = n
					break
				}
				if equalFoldASCII(key, name) {
					return false // encoding/json's case-insensitive match
				}
			}
			i = skipSpace(b, k1+1)
			if i >= len(b) || b[i] != ':' {
				return false
			}
			i = skipSpace(b, i+1)
			if i >= len(b) {
				return false
			}
			switch {
			case field < 0:
				if i = skipValue(b, i, 0); i < 0 {
					return false
				}
			case b[i] == '"':
				s, j, ok := r.str(b, i)
				if !ok {
					return false
				}
				parts[field], set[field], i = s, true, j
			case hasLiteral(b, i, "null"):
				// null leaves a string as it was, makes the ID empty and
				// the text none.
				switch field {
				case 0:
					parts[0] = ""
				case 4:
					parts[4], set[4] = "", false
				}
				i += len("null")
			default:
				return false // a number ID, or a value of the wrong type
			}
			i = skipSpace(b, i)
			if i >= len(b) {
				return false
			}
			if b[i] == '}' {
				i++
				break
			}
			if b[i] != ',' {
				return false
			}
			i = skipSpace(b, i+1)
		}
	}
	if skipSpace(b, i) != len(b) {
		return false
	}
	rec.ID, rec.Published, rec.Dateline, rec.Title = parts[0], parts[1], parts[2], parts[3]
	if set[4] {
		rec.Text = &parts[4]
	}
	return true
}

// str reads the string that opens at b[i] and returns it and the index
// after it; ok is false for one it leaves to encoding/json.
func (r *fastRecord) str(b []byte, i int) (s string, end int, ok bool) {
	j := i + 1
	ascii := true
	for j < len(b) && b[j] != '"' && b[j] != '\\' {
		if b[j] < 0x20 {
			return "", 0, false
		}
		if b[j] >= utf8.RuneSelf {
			ascii = false
		}
		j++
	}
	if j >= len(b) {
		return "", 0, false
	}
	if b[j] == '"' {
		if !ascii && !utf8.Valid(b[i+1:j]) {
			return "", 0, false
		}
		return string(b[i+1 : j]), j + 1, true
	}
	// Escapes: copy into buf.
	buf := append(r.buf[:0], b[i+1:j]...)
	for {
		if j >= len(b) {
			return "", 0, false
		}
		c := b[j]
		switch {
		case c == '"':
			r.buf = buf
			if !ascii && !utf8.Valid(buf) {
				return "", 0, false
			}
			return string(buf), j + 1, true
		case c == '\\':
			if j+1 >= len(b) {
				return "", 0, false
			}
			switch b[j+1] {
			case '"', '\\', '/':
				buf = append(buf, b[j+1])
			case 'b':
				buf = append(buf, '\b')
			case 'f':
				buf = append(buf, '\f')
			case 'n':
				buf = append(buf, '\n')
			case 'r':
				buf = append(buf, '\r')
			case 't':
				buf = append(buf, '\t')
			default:
				return "", 0, false // \u, or no escape at all
			}
			j += 2
		case c < 0x20:
			return "", 0, false
		default:
			if c >= utf8.RuneSelf {
				ascii = false
			}
			buf = append(buf, c)
			j++
		}
	}
}

// maxDepth bounds the nesting skipValue reads; deeper records go to
// encoding/json.
const maxDepth = 32

// skipValue returns the index after the JSON value that opens at b[i]:
// a string of no \u escape, an array or an object of such values, true,
// false or null; or -1 for anything else.
func skipValue(b []byte, i, depth int) int {
	if i >= len(b) || depth > maxDepth {
		return -1
	}
	switch c := b[i]; c {
	case '"':
		j := i + 1
		for j < len(b) && b[j] != '"' {
			switch {
			case b[j] < 0x20:
				return -1
			case b[j] == '\\':
				if j+1 >= len(b) {
					return -1
				}
				switch b[j+1] {
				case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				default:
					return -1
				}
				j += 2
			default:
				j++
			}
		}
		if j >= len(b) {
			return -1
		}
		return j + 1
	case '[', '{':
		closing := byte(']')
		if c == '{' {
			closing = '}'
		}
		j := skipSpace(b, i+1)
		if j < len(b) && b[j] == closing {
			return j + 1
		}
		for {
			if c == '{' {
				if j >= len(b) || b[j] != '"' {
					return -1
				}
				if j = skipValue(b, j, depth+1); j < 0 {
					return -1
				}
				j = skipSpace(b, j)
				if j >= len(b) || b[j] != ':' {
					return -1
				}
				j = skipSpace(b, j+1)
			}
			if j = skipValue(b, j, depth+1); j < 0 {
				return -1
			}
			j = skipSpace(b, j)
			if j >= len(b) {
				return -1
			}
			if b[j] == closing {
				return j + 1
			}
			if b[j] != ',' {
				return -1
			}
			j = skipSpace(b, j+1)
		}
	}
	for _, lit := range []string{"true", "false", "null"} {
		if hasLiteral(b, i, lit) {
			return i + len(lit)
		}
	}
	return -1
}

// hasLiteral reports whether lit stands at b[i].
func hasLiteral(b []byte, i int, lit string) bool {
	return len(b)-i >= len(lit) && string(b[i:i+len(lit)]) == lit
}

// skipSpace returns the index of the first byte from i on that is not
// JSON white space.
func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// equalFoldASCII reports whether a and b, ASCII, are equal letter case
// aside.
func equalFoldASCII(a []byte, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range len(a) {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
