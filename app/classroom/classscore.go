package classroom

import (
	"slices"
	"strings"

	"annotator/app/agreement"
	"annotator/app/model"
)

// Confusion is a confusion table of tag sets against the key's, over the
// graded sentences. Labels are the tag ids of ClassView.Tags in order,
// then "" for "no tag" (last). Counts[k][s] counts pairs (key label k,
// student label s): on each graded sentence, every tag of the key's set
// (or "" when it is empty) is paired with every tag of the student's set
// (or "" when it is empty), so a sentence adds |key set| × |student set|
// pairs (each empty set counting as one ""). The diagonal holds the
// agreements; {claim, evidence} against {claim} adds (claim, claim) and
// (evidence, claim). Where the student gave an accepted alternative, the
// pairs are taken against that alternative (the answer is right).
type Confusion struct {
	// Labels are the row and column labels.
	Labels []string
	// Counts[k][s] counts (Labels[k], Labels[s]) pairs: key, student.
	Counts [][]int
}

// newConfusion returns an empty table over the tags and "".
func newConfusion(tags []model.Tag) Confusion {
	c := Confusion{Labels: make([]string, 0, len(tags)+1), Counts: make([][]int, len(tags)+1)}
	for _, t := range tags {
		c.Labels = append(c.Labels, t.ID)
	}
	c.Labels = append(c.Labels, "")
	for k := range c.Counts {
		c.Counts[k] = make([]int, len(tags)+1)
	}
	return c
}

// Label returns the label of row or column k for display: the tag id, or
// "no tag" for the last ("" in Labels); "" out of range. ("no tag" is no
// tag id: ids have no spaces.)
func (c Confusion) Label(k int) string {
	switch {
	case k < 0 || k >= len(c.Labels):
		return ""
	case c.Labels[k] == "":
		return "no tag"
	}
	return c.Labels[k]
}

// add counts the pairs of one sentence; column gives a tag's index.
func (c *Confusion) add(key, student agreement.Set, column func(string) int) {
	none := len(c.Labels) - 1
	rows, cols := []int{none}, []int{none}
	if len(key) > 0 {
		rows = rows[:0]
		for _, t := range key {
			rows = append(rows, column(t))
		}
	}
	if len(student) > 0 {
		cols = cols[:0]
		for _, t := range student {
			cols = append(cols, column(t))
		}
	}
	for _, r := range rows {
		for _, s := range cols {
			c.Counts[r][s]++
		}
	}
}

// plus adds o's counts (a table of the same labels) to c.
func (c *Confusion) plus(o Confusion) {
	for k := range c.Counts {
		for s := range c.Counts[k] {
			c.Counts[k][s] += o.Counts[k][s]
		}
	}
}

// score fills the scores against the key over the graded sentences: tag
// sets (with the alternatives alts per sentence), highlights and the
// confusion tables. Its work is linear in students × sentences, with a
// few allocations per student (each undefined figure is worded once per
// tag, not once per student).
func (v *ClassView) score(d *model.Document, marks [][]model.Mark, alts [][]agreement.Set) error {
	class := make([][3]int, len(v.Tags))
	classHL := make([][3]int, len(v.Tags))
	v.Confusion = newConfusion(v.Tags)
	words := newScoreWords(v.Tags)
	byID := make([]int, len(v.Tags)) // columns in the order of their ids (agreement.Score's labels)
	for c := range byID {
		byID[c] = c
	}
	slices.SortFunc(byID, func(a, b int) int { return strings.Compare(v.Tags[a].ID, v.Tags[b].ID) })
	keySets := make([]agreement.Set, len(v.KeyMarks))
	for i, m := range v.KeyMarks {
		keySets[i] = agreement.NewSet(m.Tags...)
	}
	for k, ms := range marks {
		conf := newConfusion(v.Tags)
		counts := make([][3]int, len(v.Tags))
		hl := make([][3]int, len(v.Tags))
		var sc agreement.Scores
		for i, m := range ms {
			if !v.Exercise.Graded(i) {
				continue
			}
			as := agreement.NewSet(m.Tags...)
			_, against := rightAnswer(as, keySets[i], altsAt(alts, i))
			sc.Items++
			if slices.Equal(against, as) {
				sc.Exact++
			}
			for _, l := range against {
				if slices.Contains(as, l) {
					counts[v.column(l)][0]++
				} else {
					counts[v.column(l)][2]++
				}
			}
			for _, l := range as {
				if !slices.Contains(against, l) {
					counts[v.column(l)][1]++
				}
			}
			conf.add(against, as, v.column)
			highlightCounts(d.SentenceText(i), v.KeyMarks[i].Highlights, m.Highlights, v.column, hl)
		}
		for _, c := range byID {
			if n := counts[c]; n != [3]int{} {
				sc.Labels = append(sc.Labels, agreement.LabelCounts{Label: v.Tags[c].ID, TP: n[0], FP: n[1], FN: n[2]})
			}
		}
		s := &v.Students[k]
		s.Accuracy = figure(sc.Accuracy())
		macro, err := sc.Macro()
		s.MacroF1 = figure(macro.F1, err)
		s.PerTag, s.Highlights = make([]TagScore, len(v.Tags)), make([]TagScore, len(v.Tags))
		for c := range v.Tags {
			s.PerTag[c] = words.tagScore(c, counts[c], false)
			s.Highlights[c] = words.tagScore(c, hl[c], true)
			for x := range 3 {
				class[c][x] += counts[c][x]
				classHL[c][x] += hl[c][x]
			}
		}
		s.Confusion = conf
		v.Confusion.plus(conf)
	}
	for c, t := range v.Tags {
		v.TagScores = append(v.TagScores, newTagScore(t.ID, class[c][0], class[c][1], class[c][2]))
		v.HighlightScores = append(v.HighlightScores, newHighlightScore(t.ID, classHL[c]))
	}
	return nil
}

// scoreWords holds, per tag column, the undefined precision, recall and
// F1 of its scores and of its highlight scores, worded once.
type scoreWords struct {
	tags  []model.Tag
	plain [][3]Figure // as newTagScore words them
	hl    [][3]Figure // as newHighlightScore does
	done  []bool
}

// newScoreWords prepares the words of the columns tags.
func newScoreWords(tags []model.Tag) *scoreWords {
	return &scoreWords{tags: tags, plain: make([][3]Figure, len(tags)), hl: make([][3]Figure, len(tags)), done: make([]bool, len(tags))}
}

// tagScore is newTagScore (newHighlightScore when highlight is set) of
// counts n (TP, FP, FN) for column c.
func (w *scoreWords) tagScore(c int, n [3]int, highlight bool) TagScore {
	if !w.done[c] {
		id := w.tags[c].ID
		z, h := newTagScore(id, 0, 0, 0), newHighlightScore(id, [3]int{})
		w.plain[c] = [3]Figure{z.Precision, z.Recall, z.F1}
		w.hl[c] = [3]Figure{h.Precision, h.Recall, h.F1}
		w.done[c] = true
	}
	undef := w.plain[c]
	if highlight {
		undef = w.hl[c]
	}
	lc := agreement.LabelCounts{Label: w.tags[c].ID, TP: n[0], FP: n[1], FN: n[2]}
	s := TagScore{Tag: lc.Label, TP: n[0], FP: n[1], FN: n[2], Precision: undef[0], Recall: undef[1], F1: undef[2]}
	if n[0]+n[1] > 0 {
		s.Precision = figure(lc.Precision())
	}
	if n[0]+n[2] > 0 {
		s.Recall = figure(lc.Recall())
	}
	if n != [3]int{} {
		s.F1 = figure(lc.F1())
	}
	return s
}
