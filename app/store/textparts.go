package store

import (
	"encoding/json"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// PartsSetter is a KV that can store a value handed to it in parts, so
// that a book's stored text is never one whole Go string: the browser
// joins the parts, and the page's WebAssembly memory (which never
// shrinks) holds one small buffer instead of a copy of the book.
type PartsSetter interface {
	// SetParts stores under key the parts that parts yields, joined in
	// order. A part is valid only during its yield (it shares a buffer
	// that the next part writes over): copy it, keep nothing of it.
	SetParts(key string, parts func(yield func(string))) error
}

// textPart is the bytes of text that one part of encodeTextParts quotes.
const textPart = 64 << 10

// encodeTextParts yields json.Marshal(t) in parts (joined, byte for byte
// what encodeText returns), each part of the text quoting about chunk
// of its bytes into one buffer that every part reuses. It returns false,
// yielding nothing, when the encoding is not as expected (SaveText then
// writes encodeText's one string).
func encodeTextParts(t StoredText, chunk int) (func(yield func(string)), bool) {
	text := t.Text
	t.Text = ""
	head, err := json.Marshal(t) // small: every other field
	if err != nil {
		return nil, false
	}
	at := strings.Index(string(head), textField)
	if at < 0 {
		return nil, false
	}
	cut := at + len(textField) - len(`"`) // after the opening quote
	return func(yield func(string)) {
		yield(string(head[:cut]))
		buf := make([]byte, 0, chunk+chunk/8)
		for rest := text; rest != ""; {
			n := partEnd(rest, chunk)
			buf = appendQuotedBody(buf[:0], rest[:n])
			yield(unsafe.String(unsafe.SliceData(buf), len(buf)))
			rest = rest[n:]
		}
		yield(string(head[cut:]))
	}, true
}

// partEnd is where the first part of s of about n bytes ends: at the
// first start of a character from n on, so that quoting the parts one by
// one writes what quoting s whole does. Four bytes from n on that start
// no character belong to no character that crosses n+4 either.
func partEnd(s string, n int) int {
	for k := n; k < n+utf8.UTFMax; k++ {
		if k >= len(s) || utf8.RuneStart(s[k]) {
			return min(k, len(s))
		}
	}
	return min(n+utf8.UTFMax, len(s))
}
