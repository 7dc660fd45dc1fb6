package segment

import (
	"unicode/utf8"
)

// MaxSentenceRunes caps the length of a sentence in code points. A longer
// run of text without a sentence end (a 5 MB text without a full stop, a
// table pasted as one line) is cut into pieces of at most this many code
// points, at the last white space before the cap when there is one in the
// piece's second half, else at the cap itself: one sentence never costs
// more than this to show, tag or store, whatever the text.
const MaxSentenceRunes = 2000

// capLengths replaces every span of text longer than MaxSentenceRunes by
// pieces no longer than it, trimmed of white space like every span. It
// reads each long span once more, so the work stays linear in the text.
func capLengths(text string, spans []Span) []Span {
	long := false
	for _, sp := range spans {
		if sp.End-sp.Start > MaxSentenceRunes && utf8.RuneCountInString(text[sp.Start:sp.End]) > MaxSentenceRunes {
			long = true
			break
		}
	}
	if !long {
		return spans
	}
	out := make([]Span, 0, len(spans)+len(text)/(MaxSentenceRunes*4))
	for _, sp := range spans {
		out = appendCapped(out, text, sp)
	}
	return out
}

// appendCapped appends span sp of text, cut into pieces of at most
// MaxSentenceRunes code points.
func appendCapped(out []Span, text string, sp Span) []Span {
	start := sp.Start
	for start < sp.End {
		// end: the byte after MaxSentenceRunes code points from start;
		// lastSpace: the start of the last white space run after the
		// piece's first half.
		end, n, lastSpace, inSpace := start, 0, -1, false
		for end < sp.End && n < MaxSentenceRunes {
			r, size := utf8.DecodeRuneInString(text[end:])
			if isSpace(r) {
				if !inSpace && n >= MaxSentenceRunes/2 {
					lastSpace = end
				}
				inSpace = true
			} else {
				inSpace = false
			}
			end += size
			n++
		}
		if end < sp.End {
			if r, _ := utf8.DecodeRuneInString(text[end:]); isSpace(r) && !inSpace {
				lastSpace = end // the cap falls just before white space
			}
			if lastSpace > start {
				end = lastSpace
			}
		}
		out = append(out, Span{start, trimEnd(text, start, end)})
		start = end
		for start < sp.End {
			r, size := utf8.DecodeRuneInString(text[start:])
			if !isSpace(r) {
				break
			}
			start += size
		}
	}
	return out
}

// trimEnd moves end back over white space, never before start+1.
func trimEnd(text string, start, end int) int {
	for end > start+1 {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !isSpace(r) {
			break
		}
		end -= size
	}
	return end
}
