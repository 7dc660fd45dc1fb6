package segment

import (
	"unicode"
	"unicode/utf8"
)

// starters are the English words that often begin a sentence and are
// rarely part of a name (from abbrev/en.txt). After an ambiguous period (an
// initial such as "I.", a dotted abbreviation such as "U.S.", a name with an
// exclamation mark such as "Yahoo!") the sentence ends only if the next word
// is one of these. The next word is matched on its leading letters, so
// "It's" matches "it".
var starters = english.starters

// maxEmoticonLen is the longest emoticon, in bytes.
const maxEmoticonLen = 4

// emoticons are tokens that belong to the sentence before them: "Thanks! :)
// See you." splits after ":)". To add one, add it exactly as written; it must
// contain no white space or terminal marks (. ? ! …) and be at most
// maxEmoticonLen bytes long.
var emoticons = setOf(
	":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p",
	":-p", ":o", ":O", ":/", ":-/", ":'(", ":|", "=)", "=(", "<3", "XD",
	"xD", "^_^", "^^",
)

// emoticonFirst marks the bytes that start an emoticon.
var emoticonFirst = func() (first [256]bool) {
	for e := range emoticons {
		first[e[0]] = true
	}
	return first
}()

// exclaimNames are names written with an exclamation mark. "Yahoo!" ends a
// sentence only before a sentence starter. To add one, add its lower-case
// spelling without the mark.
var exclaimNames = setOf("yahoo", "jeopardy")

// setOf builds a set from its members.
func setOf(words ...string) map[string]struct{} {
	set := make(map[string]struct{}, len(words))
	for _, w := range words {
		set[w] = struct{}{}
	}
	return set
}

// maxKeyLen is the longest key, in bytes, of the word lists looked up with
// lookupLower; longer words are never found.
const maxKeyLen = 24

// lookupLower looks w up in m after lowering its letters, without
// allocating.
func lookupLower[V any](m map[string]V, w string) (V, bool) {
	return lookupLower2(m, "", w)
}

// lookupLower2 looks the concatenation of a and b up in m, lowered, without
// allocating: "z." and "B" find "z.b".
func lookupLower2[V any](m map[string]V, a, b string) (V, bool) {
	var buf [maxKeyLen]byte
	n, ok := appendLower(&buf, 0, a)
	if ok {
		n, ok = appendLower(&buf, n, b)
	}
	if !ok {
		var zero V
		return zero, false
	}
	v, ok := m[string(buf[:n])]
	return v, ok
}

// appendLower writes w lowered to buf from byte n and returns the new
// length, or false if it does not fit.
func appendLower(buf *[maxKeyLen]byte, n int, w string) (int, bool) {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if n == maxKeyLen {
				return n, false
			}
			buf[n] = lowerASCII(c)
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		l := unicode.ToLower(r)
		if r == utf8.RuneError || utf8.RuneLen(l) > maxKeyLen-n {
			return n, false
		}
		n += utf8.EncodeRune(buf[n:], l)
		i += size
	}
	return n, true
}

// lowerASCII lowers an ASCII capital letter and returns any other byte as is.
func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}
