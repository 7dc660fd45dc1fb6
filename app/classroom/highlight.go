package classroom

import (
	"fmt"
	"slices"
	"unicode"

	"annotator/app/jsonstrict"
	"annotator/app/model"
)

// word is the byte range [start, end) of a word in a sentence.
type word struct{ start, end int }

// words returns the words of s: its maximal runs of non-space characters.
func words(s string) []word {
	var out []word
	start := -1
	for i, r := range s {
		switch space := unicode.IsSpace(r); {
		case !space && start < 0:
			start = i
		case space && start >= 0:
			out = append(out, word{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{start, len(s)})
	}
	return out
}

// wordTags returns, for each word of ws, the columns of the highlights
// that overlap it, each once.
func wordTags(ws []word, hs []model.Highlight, column func(string) int) [][]int {
	out := make([][]int, len(ws))
	for _, h := range hs {
		c := column(h.Tag)
		k, _ := slices.BinarySearchFunc(ws, h.Start, func(w word, at int) int {
			if w.end <= at {
				return -1
			}
			return 1
		})
		for ; k < len(ws) && ws[k].start < h.End; k++ {
			if !slices.Contains(out[k], c) {
				out[k] = append(out[k], c)
			}
		}
	}
	return out
}

// highlightCounts adds to counts[column] the TP, FP and FN words of one
// sentence (text) per tag: TP words both the key's and the student's
// highlights of the tag overlap, FP only the student's, FN only the key's.
func highlightCounts(text string, key, student []model.Highlight, column func(string) int, counts [][3]int) {
	if len(key) == 0 && len(student) == 0 {
		return
	}
	ws := words(text)
	kt, st := wordTags(ws, key, column), wordTags(ws, student, column)
	for w := range ws {
		for _, c := range kt[w] {
			if slices.Contains(st[w], c) {
				counts[c][0]++
			} else {
				counts[c][2]++
			}
		}
		for _, c := range st[w] {
			if !slices.Contains(kt[w], c) {
				counts[c][1]++
			}
		}
	}
}

// newHighlightScore computes the figures of one tag's highlight counts
// (TP, FP, FN), saying in words why a figure is undefined.
func newHighlightScore(tag string, n [3]int) TagScore {
	s := newTagScore(tag, n[0], n[1], n[2])
	id := jsonstrict.Clip(tag, 40)
	if !s.Precision.OK {
		s.Precision.Why = fmt.Sprintf("no word is highlighted with %q in the work", id)
	}
	if !s.Recall.OK {
		s.Recall.Why = fmt.Sprintf("the key highlights no word with %q", id)
	}
	if !s.F1.OK {
		s.F1.Why = fmt.Sprintf("neither the key nor the work highlights a word with %q", id)
	}
	return s
}
