package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenClass is what the token after a terminal mark starts with, once
// opening quotes and brackets are skipped.
type tokenClass uint8

const (
	classNone  tokenClass = iota // no token: the line or text ends
	classLower                   // a lower-case letter
	classUpper                   // a capital letter
	classDigit                   // a digit
	classCont                    // a mark that continues the sentence: , ; : – —
	classOther                   // anything else
)

// next describes the token after a terminal mark.
type next struct {
	class    tokenClass
	word     string // for a capital, the ASCII letters it starts ("It" in "It's")
	initial  bool   // a single letter and a period ("R.")
	emoticon bool   // an emoticon such as ":)"
	end      int    // for an emoticon, the byte after it
}

// peek describes the token that starts at or after byte p of t, skipping
// white space but not a line break.
func peek(t string, p int) next {
	for p < len(t) {
		r, n := runeAt(t, p)
		if !isSpace(r) {
			break
		}
		if isLineBreak(r) {
			return next{}
		}
		p += n
	}
	if p == len(t) {
		return next{}
	}
	if end, ok := emoticonAt(t, p); ok {
		return next{class: classOther, emoticon: true, end: end}
	}
	for p < len(t) {
		r, n := runeAt(t, p)
		if !isOpener(r) {
			break
		}
		p += n
	}
	if p == len(t) {
		return next{class: classOther}
	}
	r, _ := runeAt(t, p)
	switch {
	case 'a' <= r && r <= 'z':
		return next{class: classLower}
	case 'A' <= r && r <= 'Z':
		w := asciiLetters(t, p)
		return next{
			class:   classUpper,
			word:    w,
			initial: len(w) == 1 && p+1 < len(t) && t[p+1] == '.',
		}
	case '0' <= r && r <= '9':
		return next{class: classDigit}
	case isContinuation(r):
		return next{class: classCont}
	case r < utf8.RuneSelf:
		return next{class: classOther}
	case unicode.IsLower(r):
		return next{class: classLower}
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		return next{class: classUpper}
	case unicode.IsDigit(r):
		return next{class: classDigit}
	}
	return next{class: classOther}
}

// asciiLetters returns the run of ASCII letters at byte p of t, cut at
// maxKeyLen+1 bytes (long enough to tell that it is in no word list).
func asciiLetters(t string, p int) string {
	e := p
	for e < len(t) && e-p <= maxKeyLen {
		c := t[e] | 0x20
		if c < 'a' || c > 'z' {
			break
		}
		e++
	}
	return t[p:e]
}

// startsSentence reports whether nx is a capitalised sentence starter
// ("The", "It's", "How") and not an initial.
func (nx next) startsSentence() bool {
	if nx.class != classUpper || nx.initial {
		return false
	}
	_, ok := lookupLower(starters, nx.word)
	return ok
}

// capitals reports whether nx is a word of two or more capital letters
// ("EST", "GMT").
func (nx next) capitals() bool {
	for i := 0; i < len(nx.word); i++ {
		if nx.word[i] > 'Z' {
			return false
		}
	}
	return len(nx.word) > 1
}

// emoticonAt reports whether an emoticon token starts at byte p of t, and
// where it ends.
func emoticonAt(t string, p int) (int, bool) {
	if !emoticonFirst[t[p]] {
		return 0, false
	}
	e := p
	for e < len(t) && e-p <= maxEmoticonLen && !spaceAt(t, e) {
		e++
	}
	if e-p > maxEmoticonLen {
		return 0, false
	}
	_, ok := emoticons[t[p:e]]
	return e, ok
}

// kindOf tells how word w, which came just before a period, behaves.
func kindOf(w string) abbrevKind {
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && n > 0 && unicode.IsUpper(r) {
		return kindInitial
	}
	if k, ok := lookupLower(abbreviations, w); ok {
		return k
	}
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		if k, ok := lookupLower(abbreviations, w[i+1:]); ok {
			return k
		}
	}
	if isAcronym(w) {
		return kindAcronym
	}
	return kindOrdinary
}

// isAcronym reports whether w is two or more ASCII letters joined by
// periods, such as "U.S" or "D.C" (the final period is not part of w).
func isAcronym(w string) bool {
	if len(w) < 3 || len(w)%2 == 0 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if i%2 == 1 {
			if w[i] != '.' {
				return false
			}
		} else if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// trimOpeners strips the opening quotes and brackets from the start of w.
func trimOpeners(w string) string {
	for len(w) > 0 {
		r, n := runeAt(w, 0)
		if !isOpener(r) {
			break
		}
		w = w[n:]
	}
	return w
}
