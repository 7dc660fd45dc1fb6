package store

import (
	"encoding/json"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// textField is how encoding/json writes StoredText's empty Text field.
const textField = `,"text":""`

// encodeText returns json.Marshal(t) as a string, byte for byte, in one
// allocation the size of the result: a book's text is megabytes, and
// encoding/json would grow its buffer by doubling, then copy the result
// twice (into a []byte and into a string). WebAssembly memory never
// shrinks, so those transient copies would stay as the page's size.
func encodeText(t StoredText) (string, error) {
	text := t.Text
	t.Text = ""
	head, err := json.Marshal(t) // small: every other field
	if err != nil {
		return "", err
	}
	at := strings.Index(string(head), textField) // strings inside are escaped: only the key has bare quotes
	if at < 0 {                                  // not as expected: let encoding/json write it all
		t.Text = text
		b, err := json.Marshal(t)
		return string(b), err
	}
	cut := at + len(textField) - len(`""`)
	out := make([]byte, 0, len(head)-2+quotedLen(text))
	out = append(out, head[:cut]...)
	out = appendQuoted(out, text)
	out = append(out, head[cut+2:]...)
	return unsafe.String(unsafe.SliceData(out), len(out)), nil // out is never written again
}

// asciiEscapes holds what encoding/json writes instead of each ASCII
// byte ("" for the byte itself).
var asciiEscapes = func() (e [utf8.RuneSelf]string) {
	const hex = "0123456789abcdef"
	for b := range 0x20 {
		e[b] = `\u00` + string(hex[b>>4]) + string(hex[b&0xF])
	}
	for _, b := range "<>&" {
		e[b] = `\u00` + string(hex[b>>4]) + string(hex[b&0xF])
	}
	e['\\'], e['"'] = `\\`, `\"`
	e['\b'], e['\f'], e['\n'], e['\r'], e['\t'] = `\b`, `\f`, `\n`, `\r`, `\t`
	return e
}()

// jsonEscape returns what encoding/json writes instead of the rune r
// (of size bytes; utf8.RuneError of size 1 for a byte that is not
// UTF-8), or "" when it writes the bytes as they are.
func jsonEscape(r rune, size int) string {
	switch {
	case r < utf8.RuneSelf:
		return asciiEscapes[r]
	case r == utf8.RuneError && size == 1:
		return `\ufffd`
	case r == '\u2028':
		return `\u2028`
	case r == '\u2029':
		return `\u2029`
	}
	return ""
}

// quotedLen is len(appendQuoted(nil, s)).
func quotedLen(s string) int {
	n := 2
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if e := jsonEscape(r, size); e != "" {
			n += len(e)
		} else {
			n += size
		}
		i += size
	}
	return n
}

// appendQuoted appends s as encoding/json quotes a string (HTML
// characters, U+2028 and U+2029 escaped, bytes that are not UTF-8
// replaced).
func appendQuoted(dst []byte, s string) []byte {
	dst = append(dst, '"')
	return append(appendQuotedBody(dst, s), '"')
}

// appendQuotedBody is appendQuoted without the quotes.
func appendQuotedBody(dst []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if e := jsonEscape(r, size); e != "" {
			dst = append(dst, s[start:i]...)
			dst = append(dst, e...)
			start = i + size
		}
		i += size
	}
	return append(dst, s[start:]...)
}
