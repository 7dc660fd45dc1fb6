package formats

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"annotator/app/jsonstrict"
	"annotator/app/model"
)

// maxCandidates caps how many occurrences of a quote Resolve weighs.
const maxCandidates = 100_000

// Resolution is where imported annotations land on one document.
type Resolution struct {
	// Marks are the imported marks, at most one per sentence, in sentence
	// order (several annotations on one sentence are merged by Merge).
	Marks []Placed
	// Unplaced are the annotations that could not be placed, with why.
	Unplaced []Unplaced
	// UnknownTags are tags the tag set does not have, in first-seen order;
	// the annotations keep their other tags and their notes. Add them with
	// ExtendTagSet and resolve again, or leave them out.
	UnknownTags []UnknownTag
	// OtherSources are target sources that are not this document (another
	// text, or a web page); such annotations were placed by their quote.
	OtherSources []string
	// TagSet is the tag set names were matched against.
	TagSet model.TagSet
}

// Placed is the imported mark of one sentence.
type Placed struct {
	// Sentence is the sentence index.
	Sentence int
	// Mark is what the import puts there (tag ids of Resolution.TagSet).
	Mark model.Mark
	// Modified is the latest modified time of its annotations (may be zero).
	Modified time.Time
	// Places are where its annotations are in the file.
	Places []string
}

// Unplaced is an annotation that Resolve could not place.
type Unplaced struct {
	Annotation Annotation
	// Reason is a sentence for people.
	Reason string
}

// UnknownTag is a tag name the tag set lacks and how many annotations use it.
type UnknownTag struct {
	// Name is the tag's name in the file (its id when it has no name).
	Name string
	// ID is the tag's id in the file, when the file carries ids ("" else).
	ID   string
	Uses int
}

// Resolve places annotations on d, matching tags against ts (usually
// d.TagSet). Each annotation's exact quote is looked for in the text: at
// its position when the text there is the quote, else at the occurrence
// whose surroundings best match its prefix and suffix (then the one
// nearest its position). A quote that is a whole sentence (ignoring white
// space around it) becomes that sentence's tags and note; a quote inside a
// sentence becomes one highlight per tag, and its note goes to the sentence
// note as “quote”: note. A quote that is missing, ambiguous or runs over
// two sentences is reported in Unplaced; unknown tags in UnknownTags.
//
// Every progressEvery annotations it reports how far it is to the Progress
// of WithProgress, so that a browser placing a hundred thousand of them
// paints and answers keys meanwhile.
func Resolve(d *model.Document, ts model.TagSet, anns []Annotation) Resolution {
	r := Resolution{TagSet: ts.Clone()}
	x := newRuneIndex(d.Text)
	placed := map[int]*Placed{}
	unknown := map[string]int{}
	own := SourceURN(d.Hash)
	progress := scopedStage()
	for k, a := range anns {
		if k > 0 && k%progressEvery == 0 {
			progress.report(k, len(anns))
		}
		if a.Source != "" && a.Source != own && !slices.Contains(r.OtherSources, a.Source) {
			r.OtherSources = append(r.OtherSources, a.Source)
		}
		ids, unk := matchTags(ts, a.Tags)
		for _, ref := range unk {
			name := ref.label()
			if k, ok := unknown[name]; ok {
				r.UnknownTags[k].Uses++
				continue
			}
			unknown[name] = len(r.UnknownTags)
			r.UnknownTags = append(r.UnknownTags, UnknownTag{Name: name, ID: ref.ID, Uses: 1})
		}
		i, m, reason := place(d, x, a, ids)
		if reason != "" {
			r.Unplaced = append(r.Unplaced, Unplaced{Annotation: a, Reason: reason})
			continue
		}
		if m.Empty() {
			if len(unk) == 0 {
				r.Unplaced = append(r.Unplaced, Unplaced{Annotation: a, Reason: "it carries no tag and no note"})
			}
			continue
		}
		p := placed[i]
		if p == nil {
			p = &Placed{Sentence: i}
			placed[i] = p
		}
		p.Mark = Merge(p.Mark, m)
		if a.Modified.After(p.Modified) {
			p.Modified = a.Modified
		}
		p.Places = append(p.Places, a.Place)
	}
	progress.report(len(anns), len(anns))
	for _, p := range placed {
		r.Marks = append(r.Marks, *p)
	}
	sort.Slice(r.Marks, func(a, b int) bool { return r.Marks[a].Sentence < r.Marks[b].Sentence })
	return r
}

// place finds the sentence of a and the mark it puts there.
func place(d *model.Document, x *runeIndex, a Annotation, ids []string) (int, model.Mark, string) {
	b0, b1, reason := locate(d.Text, x, a)
	if reason != "" {
		return 0, model.Mark{}, reason
	}
	t0, t1 := trimSpace(d.Text, b0, b1)
	if t0 == t1 {
		return 0, model.Mark{}, "the quote is only white space"
	}
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > t0 })
	if i == len(d.Sentences) || d.Sentences[i].Start > t0 {
		return 0, model.Mark{}, "the quote is not inside a sentence"
	}
	s := d.Sentences[i]
	if t1 > s.End {
		j := sort.Search(len(d.Sentences), func(j int) bool { return d.Sentences[j].Start >= t1 }) - 1
		return 0, model.Mark{}, fmt.Sprintf("the quote runs over sentences %d to %d; a mark belongs to one sentence", i, j)
	}
	if s0, s1 := trimSpace(d.Text, s.Start, s.End); t0 == s0 && t1 == s1 && !a.Span {
		return i, model.Mark{Tags: ids, Note: a.Note}, ""
	}
	h0, h1 := max(b0, s.Start)-s.Start, min(b1, s.End)-s.Start
	var m model.Mark
	for _, id := range ids {
		m.Highlights = append(m.Highlights, model.Highlight{Start: h0, End: h1, Tag: id})
	}
	if a.Note != "" {
		m.Note = "“" + d.Text[t0:t1] + "”: " + a.Note
	}
	return i, m, ""
}

// locate returns the byte range of a's quote in text.
func locate(text string, x *runeIndex, a Annotation) (int, int, string) {
	exact := unixLines(a.Quote.Exact)
	var atPos [2]int
	posOK := false
	if p := a.Position; p != nil {
		b0, ok0 := x.byteOf(p.Start)
		b1, ok1 := x.byteOf(p.End)
		if ok0 && ok1 && b0 <= b1 {
			atPos, posOK = [2]int{b0, b1}, true
			if exact == "" || text[b0:b1] == exact {
				if b0 == b1 {
					return 0, 0, "the annotation selects no text"
				}
				return b0, b1, ""
			}
		}
	}
	if exact == "" {
		if a.Position != nil && !posOK {
			return 0, 0, "its position is past the end of the text"
		}
		return 0, 0, "it has no text quote"
	}
	var cands []int
	for off := 0; off < len(text) && len(cands) <= maxCandidates; {
		k := strings.Index(text[off:], exact)
		if k < 0 {
			break
		}
		cands = append(cands, off+k)
		off += k + 1
	}
	switch {
	case len(cands) == 0:
		return 0, 0, fmt.Sprintf("the quoted text %q is not in this document", jsonstrict.Clip(exact, 60))
	case len(cands) > maxCandidates:
		return 0, 0, fmt.Sprintf("the quoted text %q occurs too often to choose", jsonstrict.Clip(exact, 60))
	case len(cands) == 1:
		return cands[0], cands[0] + len(exact), ""
	}
	prefix, suffix := unixLines(a.Quote.Prefix), unixLines(a.Quote.Suffix)
	best, bestScore, bestDist, tie := -1, -1, 0, false
	for _, c := range cands {
		score := commonSuffix(text[:c], prefix) + commonPrefix(text[c+len(exact):], suffix)
		dist := 0
		if posOK {
			dist = abs(x.cpOf(c) - x.cpOf(atPos[0]))
		}
		switch {
		case score > bestScore || score == bestScore && posOK && dist < bestDist:
			best, bestScore, bestDist, tie = c, score, dist, false
		case score == bestScore && (!posOK || dist == bestDist):
			tie = true
		}
	}
	if tie {
		return 0, 0, fmt.Sprintf("the quoted text %q occurs %d times and its context does not tell which", jsonstrict.Clip(exact, 60), len(cands))
	}
	return best, best + len(exact), ""
}

// commonSuffix counts the code points at the end of a that end b too.
func commonSuffix(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, sa := utf8.DecodeLastRuneInString(a)
		rb, sb := utf8.DecodeLastRuneInString(b)
		if ra != rb {
			break
		}
		a, b, n = a[:len(a)-sa], b[:len(b)-sb], n+1
	}
	return n
}

// commonPrefix counts the code points at the start of a that start b too.
func commonPrefix(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		a, b, n = a[sa:], b[sb:], n+1
	}
	return n
}

// trimSpace narrows bytes [b0, b1) of text to exclude white space at its ends.
func trimSpace(text string, b0, b1 int) (int, int) {
	for b0 < b1 {
		r, size := utf8.DecodeRuneInString(text[b0:b1])
		if !unicode.IsSpace(r) {
			break
		}
		b0 += size
	}
	for b1 > b0 {
		r, size := utf8.DecodeLastRuneInString(text[b0:b1])
		if !unicode.IsSpace(r) {
			break
		}
		b1 -= size
	}
	return b0, b1
}

// unixLines turns CRLF and CR line ends into "\n", as model.New does.
func unixLines(s string) string {
	if !strings.ContainsRune(s, '\r') {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// abs is the absolute value.
func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
