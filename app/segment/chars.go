package segment

import (
	"unicode"
	"unicode/utf8"
)

// runeAt decodes the rune at byte i of t. An invalid byte decodes as
// utf8.RuneError of width 1, which the splitter treats as an ordinary
// non-space character.
func runeAt(t string, i int) (rune, int) {
	if c := t[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(t[i:])
}

// plain marks the bytes that are visible ASCII characters other than the
// terminal marks: inside a token the splitter skips them without a look.
var plain = func() (p [256]bool) {
	for b := '!'; b <= '~'; b++ {
		p[b] = !isTerminal(b)
	}
	return p
}()

// spaceAt reports whether t has white space at byte i.
func spaceAt(t string, i int) bool {
	r, _ := runeAt(t, i)
	return isSpace(r)
}

// isSpace reports whether r is Unicode white space.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// isLineBreak reports whether r ends a line; a line break always ends a
// sentence.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}

// isTerminal reports whether r can end a sentence.
func isTerminal(r rune) bool {
	switch r {
	case '.', '?', '!', '…', '‽', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return false
}

// isOpener reports whether r is an opening quote or bracket, or an inverted
// mark, that may come before the first word of a sentence.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '“', '‘', '„', '«', '‹', '¿', '¡':
		return true
	}
	return false
}

// isCloser reports whether r is a closing quote or bracket that may follow a
// terminal mark and still belong to the sentence.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', '›':
		return true
	}
	return false
}

// isContinuation reports whether a token starting with r continues the
// sentence before it ("… etc., and", "Wait... — no").
func isContinuation(r rune) bool {
	switch r {
	case ',', ';', ':', '–', '—':
		return true
	}
	return false
}

// isBullet reports whether r marks a list item.
func isBullet(r rune) bool {
	switch r {
	case '•', '◦', '‣', '⁃', '▪', '●':
		return true
	}
	return false
}
