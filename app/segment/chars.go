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

// runeBefore decodes the rune that ends at byte i of t.
func runeBefore(t string, i int) (rune, int) {
	if c := t[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(t[:i])
}

// markKind is what a terminal mark does.
type markKind uint8

const (
	markNone markKind = iota
	// markPeriod is ".": it ends a sentence unless an abbreviation, a number
	// or the next word says otherwise.
	markPeriod
	// markEllipsis is "…".
	markEllipsis
	// markStrong is a question or exclamation mark: ? ! ‽ ‼ ⁇ ⁈ ⁉, the
	// Arabic "؟", the Ethiopic "፧", the Greek question mark (U+037E, and
	// ";" in Greek text), the full-width "？" and "！".
	markStrong
	// markStop is a full stop that is never an abbreviation mark: the
	// Armenian "։" (and ":" in Armenian text), the Urdu "۔", the Devanagari
	// danda "।" and double danda "॥", the Ethiopic "።" and "፨", the Myanmar
	// "။", the ideographic "。" and "｡", and in Greek text the upper stop
	// "·". It ends the sentence whatever follows.
	markStop
	// markSoft is ":" or ";" in a language whose texts end a sentence there
	// when a capitalised word follows (see rules.colonCapital and
	// rules.semicolonCapital).
	markSoft
	// markColon is ":" in the other languages: it ends a sentence only
	// after a dateline ("London - Reuters: …", see splitter.datelineColon).
	markColon
	// markDash is "-" in Urdu, where a hyphen standing alone between words
	// often stands for "۔".
	markDash
)

// scriptMark returns the kind of a non-ASCII terminal mark, the same in
// every language, and whether it ends a sentence even when no white space
// follows it (as in Chinese and Japanese, which put no space after "。").
func scriptMark(r rune) (markKind, bool) {
	switch r {
	case '…':
		return markEllipsis, false
	case '‽', '‼', '⁇', '⁈', '⁉':
		return markStrong, false
	case '؟', '፧', '\u037e':
		return markStrong, true
	case '？', '！':
		return markStrong, true
	case '։', '۔', '।', '॥', '።', '፨', '။', '。', '｡':
		return markStop, true
	}
	return markNone, false
}

// wideMark reports whether r is an ideographic or full-width mark, after
// which Chinese and Japanese start the next sentence with no space.
func wideMark(r rune) bool {
	switch r {
	case '。', '｡', '？', '！':
		return true
	}
	return false
}

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

// isTerminal reports whether r can end a sentence in English text (Split):
// the ASCII marks . ? ! and every script's own marks.
func isTerminal(r rune) bool {
	switch r {
	case '.', '?', '!':
		return true
	}
	k, _ := scriptMark(r)
	return k != markNone
}

// isOpener reports whether r is an opening quote or bracket, or an inverted
// mark, that may come before the first word of a sentence.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '“', '‘', '„', '‚', '«', '‹', '»', '›', '¿', '¡',
		'「', '『', '（', '［', '｛', '〈', '《', '【', '〔', '〝':
		return true
	}
	return false
}

// isCloser reports whether r is a closing quote or bracket that may follow a
// terminal mark and still belong to the sentence. Besides the English
// closers it has the closing quotes of German („…“, ‚…‘), Danish (»…«) and
// the CJK brackets.
func isCloser(r rune) bool {
	return closesOnly(r) || r == '“' || r == '‘' || r == '«' || r == '‹'
}

// closesOnly reports whether r is a quote or bracket that only ever closes,
// or the ASCII quotes, so that a token made of such marks after a terminal
// mark and a space ("droom. ” De", "pièce. » Les") belongs to the sentence
// before it.
func closesOnly(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', '›',
		'」', '』', '）', '］', '｝', '〉', '》', '】', '〕', '〞', '〟':
		return true
	}
	return false
}

// isContinuation reports whether a token starting with r continues the
// sentence before it ("… etc., and", "Wait... — no").
func isContinuation(r rune) bool {
	switch r {
	case ',', ';', ':', '–', '—', '、', '，', '；', '：', '،', '؛':
		return true
	}
	return false
}

// isQuote reports whether r is a quotation mark.
func isQuote(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '„', '‚', '«', '‹', '»', '›', '”', '’', '「', '『':
		return true
	}
	return false
}

// isDash reports whether r is a dash that opens a line of dialogue ("– Marta
// wstała.", "— сказал он").
func isDash(r rune) bool {
	switch r {
	case '-', '–', '—', '―', '‒':
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

// isLetter reports whether r is a letter or a combining mark (the vowel
// signs of Devanagari, Myanmar and other scripts are marks).
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}
