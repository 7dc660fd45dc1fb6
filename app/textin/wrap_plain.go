package textin

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"annotator/app/model"
)

// plainText converts a plain-text file (cleaned): a Project Gutenberg book
// loses its header and licence and gives its title, author, language and a
// notice; then hard-wrapped paragraphs are joined (Unwrap). The headings
// are found later, on the final text (textHeadings).
func plainText(text string) (string, Doc) {
	var meta Doc
	if g, ok := stripGutenberg(text); ok {
		text = italicMarks(g.text)
		meta = Doc{Title: g.title, Author: g.author, Lang: g.lang, Notice: g.notice()}
	}
	return Unwrap(text), meta
}

// italicMarks removes the underscores with which Project Gutenberg's plain
// texts mark italics ("_You_ want to tell me", "to _her_."), so that the
// sentences read as the book's HTML and EPUB editions have them. An
// underscore counts as a mark when it opens a word (after the start, white
// space or an opening quote or bracket, before a letter or digit) or
// closes one (after a letter, digit or punctuation, before white space,
// punctuation or the end); any other underscore stays.
func italicMarks(text string) string {
	if !strings.Contains(text, "_") {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	prev := rune(' ')
	for i, r := range text {
		if r == '_' {
			next, _ := utf8.DecodeRuneInString(text[i+1:])
			if i+1 >= len(text) {
				next = ' '
			}
			opens := (unicode.IsSpace(prev) || strings.ContainsRune("\"'“‘([", prev)) && (unicode.IsLetter(next) || unicode.IsDigit(next))
			closes := (unicode.IsLetter(prev) || unicode.IsDigit(prev) || unicode.IsPunct(prev)) && (unicode.IsSpace(next) || unicode.IsPunct(next))
			if opens || closes {
				continue // prev stays the character before the mark
			}
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// textHeadings returns the offsets of the heading lines of a plain text
// (tidied: no trailing white space, single blank lines): chapter lines
// (chapterLine) that start a paragraph; and paragraphs of one line that
// are only a number or an upper-case Roman numeral, or that read as a
// title (titleLine), or that are the byline ("By Jane Austen") right after
// the first paragraph when that is the title.
func textHeadings(text, title string) []int {
	var heads []int
	prevBlank, para := true, 0 // para: the paragraph the line is in, from 1
	titled := false
	for pos := 0; pos < len(text); {
		line, next := lineAt(text, pos)
		t := strings.TrimSpace(line)
		if t == "" {
			prevBlank = true
			pos = next
			continue
		}
		alone := prevBlank && (next >= len(text) || text[next] == '\n')
		if prevBlank {
			para++
		}
		switch {
		case !prevBlank:
		case chapterLine(t), alone && numberLine(t):
			heads = append(heads, pos)
		case para == 2 && alone && titled && byline(t):
			heads = append(heads, pos)
		case alone && titleLine(t):
			heads = append(heads, pos)
			titled = titled || para == 1 && strings.EqualFold(t, title)
		}
		prevBlank = false
		pos = next
	}
	return heads
}

// titleLine reports whether s, a paragraph of one line, reads as a
// title: at most 80 code points with a letter or digit, not starting in
// lower case, not a list item, and not ending with punctuation that ends
// or goes on with a sentence (. ! ? … , ; : and closing quotes after them).
func titleLine(s string) bool {
	if len(s) > 4*80 || utf8.RuneCountInString(s) > 80 || listItem(s) {
		return false
	}
	if strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "\"'”’»)]_"))
	return !unicode.IsLower(first) && !strings.ContainsRune(".!?…,;:。！？", last)
}

// byline reports whether s reads as a byline: "By" or "by" and a name of
// at most 60 code points, with no terminal punctuation but a period after
// an initial.
func byline(s string) bool {
	name, ok := strings.CutPrefix(s, "By ")
	if !ok {
		name, ok = strings.CutPrefix(s, "by ")
	}
	r, _ := utf8.DecodeRuneInString(name)
	return ok && unicode.IsUpper(r) && utf8.RuneCountInString(name) <= 60 && !strings.ContainsAny(name, "!?;:")
}

// chapterWords are the words that start a chapter line, lower-cased.
var chapterWords = map[string]bool{
	"chapter": true, "chap": true, "part": true, "book": true, "volume": true, "vol": true,
	"section": true, "act": true, "scene": true, "canto": true, "letter": true, "stave": true,
}

// soloWords are the headings that stand alone, lower-cased.
var soloWords = map[string]bool{
	"prologue": true, "epilogue": true, "preface": true, "foreword": true, "introduction": true,
	"afterword": true, "appendix": true, "contents": true, "table of contents": true,
}

// numberNames are the spelled-out numbers a chapter line may use.
var numberNames = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "thirteen": true,
	"fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true, "eighteen": true,
	"nineteen": true, "twenty": true, "first": true, "second": true, "third": true, "fourth": true,
	"fifth": true, "sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true,
	"last": true,
}

// chapterLine reports whether s (trimmed) is a chapter line: a chapter
// word and a number (digits, a Roman numeral, a number word), alone or
// with a final "." or ":", or followed by a separator (. : — – -) or a
// capital letter and a short title ("Chapter 3", "CHAPTER III.", "Chapter
// 3: The Storm", "BOOK II", "PART ONE", "Volume I"); or a heading word
// alone ("PREFACE.", "Epilogue"). At most 80 code points.
func chapterLine(s string) bool {
	if len(s) > 4*80 || utf8.RuneCountInString(s) > 80 {
		return false
	}
	if hasLower(soloWords, strings.TrimRight(s, ".:")) {
		return true
	}
	word, rest, _ := strings.Cut(s, " ")
	if !hasLower(chapterWords, strings.TrimSuffix(word, ".")) {
		return false
	}
	rest = strings.TrimSpace(rest)
	end := strings.IndexAny(rest, " .:,")
	num, after := rest, ""
	if end >= 0 {
		num, after = rest[:end], strings.TrimSpace(rest[end:])
	}
	if !isNumeral(num) && !hasLower(numberNames, num) {
		return false
	}
	if after == "" || after == "." || after == ":" {
		return true
	}
	for _, sep := range []string{".", ":", "—", "–", "-"} {
		if strings.HasPrefix(after, sep) {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(after)
	return (unicode.IsUpper(r) || opensQuote(after)) && !endsSentence(after)
}

// numberLine reports whether s is only 1 to 4 digits or an upper-case
// Roman numeral, maybe with a final period.
func numberLine(s string) bool {
	s = strings.TrimSuffix(s, ".")
	return isDigits(s) || model.IsRoman(s)
}

// isNumeral reports whether s is 1 to 4 digits or a Roman numeral in
// either case.
func isNumeral(s string) bool {
	return isDigits(s) || model.IsRoman(strings.ToUpper(s))
}

// isDigits reports whether s is 1 to 4 ASCII digits.
func isDigits(s string) bool {
	return s != "" && len(s) <= 4 && strings.Trim(s, "0123456789") == ""
}

// tidyAt tidies s (see tidy) and moves the byte offsets at (sorted) along:
// an offset keeps its place in its line, one in a blank line moves to the
// start of the next line with text, and ones past the last such line are
// dropped. The result is sorted and without duplicates.
func tidyAt(s string, at []int) (string, []int) {
	out := tidy(s)
	if len(at) == 0 {
		return out, nil
	}
	var moved []int
	k, opos := 0, 0
	for pos := 0; pos < len(s) && k < len(at); {
		line, next := lineAt(s, pos)
		if strings.TrimRightFunc(line, unicode.IsSpace) == "" {
			pos = next
			continue
		}
		for opos < len(out) && out[opos] == '\n' {
			opos++
		}
		oline, onext := lineAt(out, opos)
		for k < len(at) && at[k] < next {
			o := opos + min(max(at[k]-pos, 0), len(oline))
			if len(moved) == 0 || moved[len(moved)-1] < o {
				moved = append(moved, o)
			}
			k++
		}
		pos, opos = next, onext
	}
	return out, moved
}

// hasLower reports whether set holds strings.ToLower(w), without
// allocating for ASCII w (chapterLine looks at every short line of a
// book); the sets' keys are short ASCII words.
func hasLower(set map[string]bool, w string) bool {
	var buf [24]byte
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return set[strings.ToLower(w)] // lower-casing may change its length
		}
	}
	if len(w) > len(buf) {
		return false // longer than every key, lower-cased or not
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}
