// Package segment splits text into sentences, in English and in the
// languages listed by Languages.
//
// Split and SplitLang read the text once, left to right. At each run of
// terminal marks (. ? ! … and the marks of other scripts) followed by white
// space it looks at the word before the marks and the token after them, and
// decides whether a sentence ends there, using the word lists of the
// language (abbrev/*.txt) and its conventions (rules.go: ordinals such as
// "5. September", dialogue dashes, ":" as the Armenian full stop, ";" as the
// Greek question mark, …). Each look-around stops at the neighbouring token
// or a few tokens on, so the work is linear in the length of the text.
//
// The rules, in short:
//   - A line break always ends a sentence, so a paragraph, a heading or a list
//     line without a final mark is a sentence of its own.
//   - No sentence ends before a lower-case word, nor where the marks are glued
//     to more text ("Jane.Doe@example.com", "3.14", "Jr.'s"), except where
//     the language's rules say so (see rules).
//   - "?" and "!" end a sentence, except in names such as "Yahoo!".
//   - A period after an ordinary word or a number ends it; after an
//     abbreviation it depends on the abbreviation's kind (see abbrevKind).
//   - Closing quotes and brackets after the marks stay with the sentence,
//     and so do citation markers ("[12]").
//   - Ellipses follow the usual style rules: "...." ends a sentence, " . . . "
//     and "[...]" do not, "..." ends one before a capitalised word.
//   - The full stops of other scripts (。 । ۔ ։ ። ။) always end a sentence,
//     the ideographic ones even with no space after them.
//   - Numbered, lettered and bulleted list items that run on within a line
//     ("1) first 2) second") are split before each next label.
//   - Outside English, a heading or byline in capitals ("FOTO - REUTERS")
//     and a date in ISO form between a headline and its text are sentences
//     of their own, and so, where rules.headlines is on, is a headline
//     without a final mark before a capitalised sentence starter.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is one sentence: the half-open byte range [Start, End) of the original text.
type Span struct{ Start, End int }

// Split returns the sentences of text in order, each trimmed of surrounding white space.
//
// The spans are ordered and do not overlap; the text outside them is white
// space only, and no span contains a line break. No span is longer than
// MaxSentenceRunes code points: a longer sentence is cut at white space.
// Invalid UTF-8 bytes are treated as ordinary characters.
func Split(text string) []Span {
	return split(text, english)
}

// SplitLang is Split with the rules of language lang, an ISO 639-1 code
// ("de") or a BCP 47 tag ("de-CH", "pt-BR", "nb"), in any case. For "" and
// for a language without rules of its own it is Split.
func SplitLang(text, lang string) []Span {
	return split(text, rulesFor(lang))
}

// split returns the sentences of text under rules r.
func split(text string, r *rules) []Span {
	s := splitter{text: text, r: r, start: -1, word: -1, prevStart: -1}
	// Room for sentences of 64 bytes on average: a book's spans then grow
	// once or twice instead of a dozen times (each growth a copy).
	s.spans = make([]Span, 0, len(text)/64+8)
	s.run()
	return capLengths(text, s.spans)
}

// splitter holds the state of one pass over a text.
type splitter struct {
	text  string
	r     *rules
	spans []Span
	start int       // first byte of the open sentence; -1 if none is open
	last  int       // the byte after the last non-space rune seen
	word  int       // first byte of the current token; -1 between tokens
	words int       // tokens seen so far in the open sentence
	list  listState // the list the current line holds, if any
	// cur is the first byte of the latest token; prevStart and prevEnd
	// delimit the token before it.
	cur, prevStart, prevEnd int
	// quotes counts the ASCII double quotes of the open sentence before
	// byte quotePos.
	quotePos, quotes int
	// caps tells whether the tokens of the open sentence before the latest
	// one are all words in capitals (or dashes): capsWords of them, with
	// capsLetters letters.
	caps                   bool
	capsWords, capsLetters int
	// dashes counts the dashes standing alone in the open sentence.
	dashes int
}

// run scans the whole text and appends the sentences to s.spans.
func (s *splitter) run() {
	t := s.text
	for i := 0; i < len(t); {
		r, n := rune(t[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(t[i:])
		}
		if isSpace(r) {
			if isLineBreak(r) {
				s.close(s.last)
				s.list = listState{}
			}
			s.word = -1
			i += n
			continue
		}
		if s.word < 0 {
			if j := s.tokenStart(i); j > i {
				i = j
				continue
			}
		}
		if k, _ := s.r.markOf(r); k != markNone {
			i = s.terminal(i)
			continue
		}
		i += n
		for i < len(t) && s.r.plain[t[i]] {
			i++
		}
		s.last = i
	}
	s.close(s.last)
}

// tokenStart handles the start of a token at byte i: it ends the open
// sentence before the first item of a list after a colon and before the next
// item of a run-on list, and opens a sentence if none is open. When the new
// sentence starts with a list marker it returns the byte after the marker,
// which is skipped; otherwise it returns i.
func (s *splitter) tokenStart(i int) int {
	if s.start >= 0 && (s.words >= 2 && s.list.continuesAt(s.text, i) ||
		s.text[s.last-1] == ':' && opensList(s.text, i) ||
		s.r.headlines && s.headlineEndsAt(i) ||
		s.headingEndsAt(i) || s.datelineAt(i)) {
		s.close(s.last)
	}
	s.word = i
	s.words++
	s.prevStart, s.prevEnd, s.cur = s.cur, s.last, i
	if c, n := runeAt(s.text, i); isDash(c) && (i+n == len(s.text) || spaceAt(s.text, i+n)) {
		s.dashes++
	}
	if s.start >= 0 {
		return i
	}
	s.start, s.words, s.prevStart = i, 1, -1
	s.quotePos, s.quotes = i, 0
	s.caps, s.capsWords, s.capsLetters = true, 0, 0
	s.dashes = 0
	m, ok := parseMarker(s.text, i)
	if !ok || !s.list.accepts(m) {
		return i
	}
	s.list = listState{last: m, active: true}
	s.last = m.end
	s.word = -1
	return m.end
}

// terminal handles the terminal mark at byte i and returns where to go on.
func (s *splitter) terminal(i int) int {
	t := s.text
	if s.word == i {
		// ";)" and ":)" are emoticons, not marks, even where ";" and ":"
		// end sentences.
		if end, ok := emoticonAt(t, i); ok {
			s.last = end
			return end
		}
	}
	c := s.scanCluster(i)
	s.last = c.end
	if c.end < len(t) && !spaceAt(t, c.end) {
		if c.glued {
			if s.r.japanese && c.wide && s.particleAt(c.end) {
				return c.end
			}
			s.close(c.end)
			return c.end
		}
		if s.gluedEnds(i, c) {
			s.close(c.end)
			return c.end
		}
		q, ok := citationAt(t, c.end)
		if !ok || q < len(t) && !spaceAt(t, q) {
			return c.end
		}
		// "martyr.[1] The": the citation belongs to the sentence.
		c.end = q
		s.last = q
	}
	s.words += c.spaced
	if end, ok := s.decide(i, c); ok {
		s.last = end
		s.close(end)
		return end
	}
	return c.end
}

// gluedEnds reports whether the single mark at byte i ends the sentence
// although the next one follows with no space ("ambiente.Tenho"): a word of
// lower-case letters, not an abbreviation, comes before it, and a
// capitalised word after it that is not part of an address
// ("Jane.Doe@example.com", "Newsfeed.Com").
func (s *splitter) gluedEnds(i int, c cluster) bool {
	t := s.text
	if c.marks != 1 || c.closers || s.r.weakPeriod || t[i] != '.' && t[i] != '?' && t[i] != '!' {
		return false
	}
	e := i
	if e-s.word < 2 {
		return false
	}
	if t[e-1] == ')' {
		e-- // "(691 mil).Sônia"
	}
	b := e
	for b > s.word {
		r, n := runeBefore(t, b)
		if !unicode.IsLower(r) {
			break
		}
		b -= n
	}
	if e-b < 2 {
		return false
	}
	if b > s.word {
		if r, n := runeBefore(t, b); unicode.IsUpper(r) {
			b -= n // "Cunha.Sob"
		}
	}
	if b > s.word {
		if r, _ := runeBefore(t, b); isLetter(r) {
			return false
		}
	}
	if t[i] == '.' && s.r.kindOf(t[b:e]) != kindOrdinary {
		return false
	}
	r, n := runeAt(t, c.end)
	if !unicode.IsUpper(r) {
		return false
	}
	e = c.end + n
	for e < len(t) {
		r, n := runeAt(t, e)
		if isSpace(r) {
			break
		}
		if r == '@' || r == '/' || r == '.' || r == ':' || r == '_' {
			return false
		}
		e += n
	}
	// The capital starts a word ("Tenho") or is one ("A ideia").
	if c.end+n < len(t) {
		if next, _ := runeAt(t, c.end+n); !unicode.IsLower(next) && !isSpace(next) {
			return false
		}
	}
	_, web := lookupLower(webWords, t[c.end:e])
	return !web
}

// webWords are the capitalised words that follow a period in a host name
// ("Newsfeed.Com").
var webWords = setOf("com", "org", "net", "edu", "gov", "info")

// headlineEndsAt reports whether the open sentence, a headline or title
// without a final mark, ends before the token at byte i: a capitalised
// sentence starter between a word that ends in a lower-case letter and a
// lower-case word ("… agentes das transformações Já não é correto …").
func (s *splitter) headlineEndsAt(i int) bool {
	t := s.text
	if last, _ := runeBefore(t, s.last); !unicode.IsLower(last) {
		return false
	}
	c, n := runeAt(t, i)
	if !unicode.IsUpper(c) {
		return false
	}
	e := i + n
	for e < len(t) {
		r, n := runeAt(t, e)
		if !unicode.IsLower(r) {
			break
		}
		e += n
	}
	if e+1 >= len(t) || t[e] != ' ' {
		return false
	}
	if _, ok := lookupLower(s.r.starters, t[i:e]); !ok {
		return false
	}
	nx, _ := runeAt(t, e+1)
	return unicode.IsLower(nx)
}

// headingEndsAt reports whether the open sentence, a heading or a byline in
// capitals without a final mark ("RUBRIK", "BAŠA JAVŮRKOVÁ", "FOTO -
// REUTERS"), ends before the capitalised word at byte i. It needs two words
// in capitals or one of at least minHeadingLetters letters, so that an
// acronym before a name ("NASA Administrator") goes on; English, where such
// acronyms are common, has no such headings.
func (s *splitter) headingEndsAt(i int) bool {
	if !s.caps || s.r == english || s.r.noHeadings {
		return false
	}
	t := s.text
	w := t[s.cur:s.last]
	letters, upper := 0, true
	for _, r := range w {
		if !unicode.IsLetter(r) {
			upper = false
			break
		}
		upper = upper && unicode.IsUpper(r)
		letters++
	}
	switch {
	case upper && letters >= 2:
		s.capsWords++
		s.capsLetters += letters
	case upper || isLoneDash(w):
	default:
		s.caps = false
		return false
	}
	if s.capsWords < 2 && s.capsLetters < minHeadingLetters {
		return false
	}
	c, n := runeAt(t, i)
	if !unicode.IsUpper(c) || i+n == len(t) {
		return false
	}
	c, _ = runeAt(t, i+n)
	return unicode.IsLower(c)
}

// isLoneDash reports whether w is a single dash.
func isLoneDash(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && isDash(r)
}

// maxDatelineWords is the most words of a dateline ending in a colon
// ("Tehran - Central News Unit:").
const maxDatelineWords = 6

// minHeadingLetters is the fewest letters of a single word in capitals that
// makes a heading (see headingEndsAt).
const minHeadingLetters = 5

// datelineAt reports whether the open sentence ends before the token at
// byte i because one of them is a date in ISO form (2012-03-09) that stands
// between a headline and the text, as news sites print them: before the
// date if a capitalised word follows it, after it if it is the whole
// sentence and a capitalised word comes next.
func (s *splitter) datelineAt(i int) bool {
	t := s.text
	if s.words == 1 && isoDate(t[s.cur:s.last]) {
		c, _ := runeAt(t, i)
		return unicode.IsUpper(c)
	}
	if i+11 < len(t) && isoDate(t[i:i+10]) && t[i+10] == ' ' {
		c, _ := runeAt(t, i+11)
		return unicode.IsUpper(c)
	}
	return false
}

// isoDate reports whether w is a date written as yyyy-mm-dd.
func isoDate(w string) bool {
	if len(w) != 10 || w[4] != '-' || w[7] != '-' {
		return false
	}
	for _, k := range []int{0, 1, 2, 3, 5, 6, 8, 9} {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return true
}

// quoteOpen reports whether the open sentence has an unmatched ASCII double
// quote before byte p.
func (s *splitter) quoteOpen(p int) bool {
	if p > s.quotePos {
		s.quotes += strings.Count(s.text[s.quotePos:p], `"`)
		s.quotePos = p
	}
	return s.quotes%2 == 1
}

// particleAt reports whether a Japanese particle that goes on with the
// sentence after a quotation starts at byte p ("「…。」と言った").
func (s *splitter) particleAt(p int) bool {
	r, _ := runeAt(s.text, p)
	return r == 'と' || r == 'っ'
}

// close ends the open sentence, if any, at byte end.
func (s *splitter) close(end int) {
	if s.start >= 0 && end > s.start {
		s.spans = append(s.spans, Span{s.start, end})
	}
	s.start = -1
	s.word = -1
}
