package textin

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hard-wrapped plain text.
//
// A text is hard-wrapped when it was broken into lines at a fixed width, as
// Project Gutenberg books, e-mails and text extracted from PDF files are:
// most line breaks inside a paragraph fall where the next word would not
// have fitted before the wrap column. Unwrap finds the column (the length
// that 99 % of the lines do not pass) and joins such lines with a space.
// A break stays where a line is short (a paragraph's last line, verse, an
// address, a signature, a heading, a short dialogue line) and where
//   - the next line starts a list item ("- ", "* ", "• ", "1. ", "a) ", "(2) ");
//   - the next line is indented more than the line (a new paragraph);
//   - either line is a table-of-contents line (a page number after dotted
//     leaders or a wide gap) or a chapter line;
//   - the line ends a sentence and the next starts with a quotation mark
//     (dialogue on its own line);
//   - the paragraph is mostly short lines (a poem, a list of names, a table
//     of contents): then every line of it is kept.
//
// A word hyphenated across the break loses its hyphen when the joined word
// appears elsewhere in the text and its hyphenated form does not; otherwise
// (a compound such as "three-and-twenty" or "to-morrow", or a word seen
// nowhere else) the hyphen is kept. A dash ("--", "—") at the end of a line
// is joined without a space.

// minWrapped is the fewest full line breaks (see full) a text needs to be
// taken for hard-wrapped.
const minWrapped = 2

// breakKind is what Unwrap does with one line break.
type breakKind uint8

const (
	keepBreak  breakKind = iota // keep the line break
	joinSpace                   // join the lines with a space
	joinTight                   // join them with nothing between
	dropHyphen                  // join them, dropping the hyphen that ends the first
)

// wrapLine is what Unwrap measures of one line.
type wrapLine struct {
	text   string // the line without trailing white space
	width  int    // its length in code points, indentation included
	indent int    // its leading white space in code points
}

// Unwrap joins the lines of hard-wrapped paragraphs in text (lines ending
// with "\n"; a "\r" before it is taken for white space) and keeps every
// line break that means something (see above). Text that is not
// hard-wrapped, such as one paragraph per line, comes back unchanged. It
// runs in time linear in the length of text.
func Unwrap(text string) string {
	raw := strings.Split(text, "\n")
	lines := make([]wrapLine, len(raw))
	for i, l := range raw {
		t := strings.TrimRightFunc(l, unicode.IsSpace)
		ind := len(t) - len(strings.TrimLeftFunc(t, unicode.IsSpace))
		lines[i] = wrapLine{text: t, width: utf8.RuneCountInString(t), indent: utf8.RuneCountInString(t[:ind])}
	}
	col := wrapColumn(lines)
	if !hardWrapped(lines, col) {
		return text
	}
	kinds := make([]breakKind, len(lines)) // kinds[i]: the break before line i
	var hyphens []int
	for start := 0; start < len(lines); {
		end := start
		for end < len(lines) && lines[end].width > 0 {
			end++
		}
		if end-start > 1 && !preformatted(lines[start:end], col) {
			for i := start + 1; i < end; i++ {
				kinds[i] = breakAt(lines[i-1], lines[i], col)
				if kinds[i] == dropHyphen {
					hyphens = append(hyphens, i)
				}
			}
		}
		start = end + 1
	}
	if len(hyphens) > 0 {
		resolveHyphens(raw, lines, kinds, hyphens)
	}
	var b strings.Builder
	b.Grow(len(text))
	for i, l := range raw {
		if kinds[i] == keepBreak {
			if i > 0 {
				b.WriteByte('\n')
			}
		} else {
			l = strings.TrimLeftFunc(l, unicode.IsSpace)
			if kinds[i] == joinSpace {
				b.WriteByte(' ')
			}
		}
		if i+1 < len(raw) && kinds[i+1] != keepBreak {
			l = strings.TrimRightFunc(l, unicode.IsSpace)
			if kinds[i+1] == dropHyphen {
				l = l[:len(l)-1]
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

// wrapColumn returns the width that at least 99 % of the non-blank lines
// do not pass.
func wrapColumn(lines []wrapLine) int {
	const most = 400
	var count [most + 1]int
	n := 0
	for _, l := range lines {
		if l.width > 0 {
			count[min(l.width, most)]++
			n++
		}
	}
	seen := 0
	for w := most; w > 0; w-- {
		seen += count[w]
		if seen*100 > n {
			return w
		}
	}
	return 0
}

// slack is how far before the wrap column col a line may end and still be
// taken for full: wrappers do not always fill lines greedily.
func slack(col int) int { return max(4, col/7) }

// full reports whether the break after a could be a wrap at col: the next
// word would not have fitted on a.
func full(a, b wrapLine, col int) bool {
	return a.width*2 >= col && a.width+1+firstWordWidth(b.text) > col-slack(col)
}

// hardWrapped reports whether the text is wrapped at col. Of the line
// breaks inside paragraphs, at least half must be full ones (two or more),
// and of those most cut a sentence in the middle: at least half of them
// follow a line that does not end a sentence and, when three or more go on
// with a letter that has a case, at least a fifth go on in lower case. One
// paragraph per line, or a poem, has full breaks that end sentences or go
// on with capitals.
func hardWrapped(lines []wrapLine, col int) bool {
	if col < 20 {
		return false
	}
	breaks, fulls, mid, cased, lower := 0, 0, 0, 0, 0
	for i := 1; i < len(lines); i++ {
		a, b := lines[i-1], lines[i]
		if a.width == 0 || b.width == 0 {
			continue
		}
		breaks++
		if !full(a, b, col) {
			continue
		}
		fulls++
		if !endsSentence(a.text) {
			mid++
		}
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(b.text[b.indentBytes():], `"'“‘(_`))
		if unicode.IsUpper(r) || unicode.IsLower(r) {
			cased++
			if unicode.IsLower(r) {
				lower++
			}
		}
	}
	return fulls >= minWrapped && fulls*2 >= breaks && mid*2 >= fulls && (cased < 3 || lower*5 >= cased)
}

// indentBytes returns the length in bytes of the line's indentation.
func (l wrapLine) indentBytes() int {
	return len(l.text) - len(strings.TrimLeftFunc(l.text, unicode.IsSpace))
}

// preformatted reports whether a paragraph of three or more lines has
// fewer full breaks than kept ones, so that its lines are meant as lines.
func preformatted(para []wrapLine, col int) bool {
	if len(para) < 3 {
		return false
	}
	fulls := 0
	for i := 1; i < len(para); i++ {
		if full(para[i-1], para[i], col) {
			fulls++
		}
	}
	return fulls*2 < len(para)-1
}

// breakAt decides the break between lines a and b of one paragraph; a
// hyphenated word gets dropHyphen, which resolveHyphens settles.
func breakAt(a, b wrapLine, col int) breakKind {
	at, bt := strings.TrimSpace(a.text), strings.TrimSpace(b.text)
	switch {
	case !full(a, b, col),
		b.indent > a.indent && !(listItem(at) && b.indent <= a.indent+itemWidth(at)),
		listItem(bt), tocLine(at), tocLine(bt), chapterLine(at), chapterLine(bt),
		endsSentence(at) && opensQuote(bt):
		return keepBreak
	}
	switch {
	case strings.HasSuffix(at, "--") || strings.HasSuffix(at, "—"):
		if d := strings.TrimRight(at, "-—"); d != "" && !strings.HasSuffix(d, " ") {
			return joinTight
		}
	case strings.HasSuffix(at, "-"):
		before, _ := utf8.DecodeLastRuneInString(at[:len(at)-1])
		after, _ := utf8.DecodeRuneInString(bt)
		if unicode.IsLetter(before) && unicode.IsLetter(after) {
			return dropHyphen
		}
	}
	return joinSpace
}
