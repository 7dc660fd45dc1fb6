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
	classOther                   // anything else, such as a letter of a caseless script
)

// next describes the token after a terminal mark.
type next struct {
	class    tokenClass
	word     string // for a capital, the letters it starts ("It" in "It's")
	initial  bool   // a single letter and a period ("R.")
	emoticon bool   // an emoticon such as ":)"
	end      int    // for an emoticon, the byte after it
	dash     rune   // the dash that opens the token ("– Marta"), 0 if none
	paren    bool   // the token opens with "("
	opener   rune   // the first opening quote or bracket of the token, 0 if none
	at       int    // the byte where the word (after quotes and a dash) starts
}

// peek describes the token that starts at or after byte p of t, skipping
// white space but not a line break. A dash before the token, alone or glued
// to it, is recorded in dash, and class describes what follows it.
func peek(t string, p int) next {
	p, ok := skipSpace(t, p)
	if !ok {
		return next{}
	}
	if end, ok := emoticonAt(t, p); ok {
		return next{class: classOther, emoticon: true, end: end}
	}
	var dash rune
	if r, n := runeAt(t, p); isDash(r) {
		q := p + n
		for q < len(t) && t[q] == '-' {
			q++
		}
		if q == len(t) {
			return next{class: dashClass(r), at: p}
		}
		if c, _ := runeAt(t, q); isSpace(c) || isLetter(c) || isOpener(c) || '0' <= c && c <= '9' {
			if q, ok = skipSpace(t, q); !ok {
				return next{class: dashClass(r), at: p}
			}
			dash, p = r, q
		}
	}
	paren, opener := false, rune(0)
	for p < len(t) {
		if strings.HasPrefix(t[p:], ",,") {
			// The Dutch opening quote ",,", often set off by a space.
			if q, ok := skipSpace(t, p+2); ok {
				p = q
				continue
			}
			break
		}
		r, n := runeAt(t, p)
		if !isOpener(r) {
			break
		}
		paren = paren || r == '('
		if opener == 0 {
			opener = r
		}
		p += n
	}
	nx := next{dash: dash, paren: paren, opener: opener, at: p}
	if p == len(t) {
		nx.class = classOther
		return nx
	}
	r, _ := runeAt(t, p)
	switch {
	case 'a' <= r && r <= 'z':
		nx.class = classLower
	case 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && (unicode.IsUpper(r) || unicode.IsTitle(r)):
		w := leadingLetters(t, p)
		nx.class, nx.word = classUpper, w
		nx.initial = utf8.RuneCountInString(w) == 1 && p+len(w) < len(t) && t[p+len(w)] == '.'
	case '0' <= r && r <= '9':
		nx.class = classDigit
	case isContinuation(r):
		nx.class = classCont
	case r < utf8.RuneSelf:
		nx.class = classOther
	case unicode.IsLower(r):
		nx.class = classLower
	case unicode.IsDigit(r):
		nx.class = classDigit
	default:
		nx.class = classOther
	}
	return nx
}

// dashClass is the class of a token that is only a dash: a continuation for
// the en and em dashes, as English uses them.
func dashClass(r rune) tokenClass {
	if isContinuation(r) {
		return classCont
	}
	return classOther
}

// skipSpace returns the first byte at or after p of t that is not white
// space, and false if a line break or the end of the text comes first.
func skipSpace(t string, p int) (int, bool) {
	for p < len(t) {
		r, n := runeAt(t, p)
		if !isSpace(r) {
			return p, true
		}
		if isLineBreak(r) {
			return p, false
		}
		p += n
	}
	return p, false
}

// leadingLetters returns the run of letters at byte p of t, cut at
// maxKeyLen+1 bytes (long enough to tell that it is in no word list).
func leadingLetters(t string, p int) string {
	e := p
	for e < len(t) && e-p <= maxKeyLen {
		r, n := runeAt(t, e)
		if !isLetter(r) {
			break
		}
		e += n
	}
	return t[p:e]
}

// startsSentence reports whether nx is a capitalised sentence starter of
// rules r ("The", "It's", "How") and not an initial.
func (nx next) startsSentence(r *rules) bool {
	if nx.class != classUpper || nx.initial {
		return false
	}
	_, ok := lookupLower(r.starters, nx.word)
	return ok
}

// capitals reports whether nx is a word of two or more capital letters
// ("EST", "GMT").
func (nx next) capitals() bool {
	n := 0
	for _, r := range nx.word {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n > 1
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

// citationAt returns the byte after the citation markers that start at byte
// p of t ("[12]", "[3, 4]", "[1]–[11]", "[1][2]", "[…]"), if any.
func citationAt(t string, p int) (int, bool) {
	end := p
	for {
		q, ok := bracketCitation(t, end)
		if !ok && end > p && strings.HasPrefix(t[end:], "–[") {
			q, ok = bracketCitation(t, end+len("–"))
		}
		if !ok {
			return end, end > p
		}
		end = q
	}
}

// bracketCitation returns the byte after one citation marker at byte p of t:
// numbers in brackets, or an ellipsis in brackets.
func bracketCitation(t string, p int) (int, bool) {
	if p >= len(t) || t[p] != '[' {
		return 0, false
	}
	q := p + 1
	for _, e := range []string{"…]", "...]"} {
		if strings.HasPrefix(t[q:], e) {
			return q + len(e), true
		}
	}
	if q == len(t) || t[q] < '0' || t[q] > '9' {
		return 0, false
	}
	for q < len(t) && q-p <= 12 {
		switch c := t[q]; {
		case c == ']':
			return q + 1, true
		case '0' <= c && c <= '9' || c == ',' || c == ' ' || c == '-':
			q++
		default:
			return 0, false
		}
	}
	return 0, false
}

// kindOf tells how word w, which came just before a period, behaves in
// English text.
func kindOf(w string) abbrevKind { return english.kindOf(w) }

// kindOf tells how word w, which came just before a period, behaves.
func (r *rules) kindOf(w string) abbrevKind {
	c, n := utf8.DecodeRuneInString(w)
	single := n == len(w) && n > 0
	if single && unicode.IsUpper(c) {
		return kindInitial
	}
	if k, ok := lookupLower(r.abbrev, w); ok {
		return k
	}
	if single && r.code != "en" && !unicode.IsUpper(c) && unicode.IsLetter(c) {
		// A single lower-case letter with a period is an abbreviation in
		// most languages ("z. B.", "т. е.", "n. 5", the Arabic "د."), but
		// it may end a sentence before a capital ("písmenom c. Takéto").
		return kindPostpositive
	}
	// "ex-Gov.", "dell'art.": the abbreviation after a hyphen or an elision.
	if i := strings.LastIndexAny(w, "-'’"); i >= 0 {
		_, size := utf8.DecodeRuneInString(w[i:])
		if k, ok := lookupLower(r.abbrev, w[i+size:]); ok {
			return k
		}
	}
	if isAcronym(w) {
		return kindAcronym
	}
	if r.ordinals != kindOrdinary && isOrdinal(w) {
		return r.ordinals
	}
	return kindOrdinary
}

// isAcronym reports whether w is two or more letters joined by periods, such
// as "U.S", "D.C" or "С.Ш.А" (the final period is not part of w). In a
// script without capitals a part may be a syllable of up to three letters
// with its vowel signs: "पी.टी.आई", "أ.د".
func isAcronym(w string) bool {
	parts := 0
	for len(w) > 0 {
		i := strings.IndexByte(w, '.')
		part := w
		if i >= 0 {
			part, w = w[:i], w[i+1:]
			if w == "" {
				return false
			}
		} else {
			w = ""
		}
		if !acronymPart(part) {
			return false
		}
		parts++
	}
	return parts >= 2
}

// acronymPart reports whether part is one letter, or in a script without
// capitals up to three letters with their combining marks.
func acronymPart(part string) bool {
	letters, caseless := 0, true
	for _, r := range part {
		switch {
		case unicode.IsLetter(r):
			letters++
			caseless = caseless && !unicode.IsUpper(r) && !unicode.IsLower(r)
		case !unicode.IsMark(r) || letters == 0:
			return false
		}
	}
	return letters == 1 || caseless && 1 <= letters && letters <= 3
}

// isOrdinal reports whether w is a number of one to three digits or a Roman
// numeral of two or more letters, which in German, Danish, Czech, Turkish and
// other languages become ordinals with a period ("5.", "XIV.").
func isOrdinal(w string) bool {
	if w == "" || len(w) > 6 {
		return false
	}
	digits, roman := true, len(w) >= 2
	for i := 0; i < len(w); i++ {
		c := w[i]
		digits = digits && '0' <= c && c <= '9'
		roman = roman && (c == 'I' || c == 'V' || c == 'X' || c == 'L')
	}
	return digits && len(w) <= 3 || roman
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

// isWord reports whether w is made of letters only, at least min of them.
func isWord(w string, min int) bool {
	n := 0
	for _, r := range w {
		if !isLetter(r) {
			return false
		}
		n++
	}
	return n >= min
}

// shortCapitalised reports whether w is a capitalised word of at most four
// letters ("Rs", "Del"), which before a number is an abbreviation ("Rs.
// 16720").
func shortCapitalised(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(c) && isWord(w, 1) && utf8.RuneCountInString(w) <= 4
}

// isNumber reports whether w is one to max ASCII digits.
func isNumber(w string, max int) bool {
	if w == "" || len(w) > max {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
