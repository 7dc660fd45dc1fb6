package anchor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// minWord is the shortest word, in bytes, the rare-word index keeps.
const minWord = 3

// wordIndex maps the words of the new sentences (lower case, letters and
// digits) to the sentences they occur in. A word's list stops growing past
// maxRare entries: such a word is not rare. It is built on first use.
type wordIndex struct {
	sents []string
	post  map[string][]int32
}

func newWordIndex(sents []string) *wordIndex { return &wordIndex{sents: sents} }

// build indexes every sentence.
func (x *wordIndex) build() {
	x.post = map[string][]int32{}
	for i, s := range x.sents {
		eachWord(s, func(w string) {
			l := x.post[w]
			if len(l) > maxRare || len(l) > 0 && l[len(l)-1] == int32(i) {
				return
			}
			x.post[w] = append(l, int32(i))
		})
	}
}

// rare returns the sentences that hold one of the rareWords rarest words
// of quote, counting only words found in at most maxRare sentences.
func (x *wordIndex) rare(quote string) []int {
	if x.post == nil {
		x.build()
	}
	var ws []string
	eachWord(quote, func(w string) {
		if n := len(x.post[w]); n > 0 && n <= maxRare {
			ws = append(ws, w)
		}
	})
	slices.Sort(ws)
	ws = slices.Compact(ws)
	slices.SortStableFunc(ws, func(a, b string) int { return len(x.post[a]) - len(x.post[b]) })
	var out []int
	for _, w := range ws[:min(len(ws), rareWords)] {
		for _, s := range x.post[w] {
			out = append(out, int(s))
		}
	}
	return out
}

// eachWord calls f with each lower-cased word of s (a run of letters and
// digits) of at least minWord bytes. Lower-case ASCII words are passed
// without a copy.
func eachWord(s string, f func(string)) {
	start, lower := -1, true
	for i := 0; i <= len(s); {
		r, n := rune(' '), 1
		if i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				r = rune(c)
			} else {
				r, n = utf8.DecodeRuneInString(s[i:])
			}
		}
		if isWordRune(r) {
			if start < 0 {
				start, lower = i, true
			}
			lower = lower && !('A' <= r && r <= 'Z') && r < utf8.RuneSelf
		} else if start >= 0 {
			if w := s[start:i]; len(w) >= minWord {
				if !lower {
					w = strings.ToLower(w)
				}
				f(w)
			}
			start = -1
		}
		i += n
	}
}

// isWordRune reports whether r is a letter or a digit.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
