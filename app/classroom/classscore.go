package classroom

import (
	"strconv"

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
// confusion tables.
func (v *ClassView) score(d *model.Document, marks [][]model.Mark, alts [][]agreement.Set) error {
	class := make([][3]int, len(v.Tags))
	classHL := make([][3]int, len(v.Tags))
	v.Confusion = newConfusion(v.Tags)
	for k, ms := range marks {
		key := map[string][]string{}
		answer := map[string][]string{}
		conf := newConfusion(v.Tags)
		hl := make([][3]int, len(v.Tags))
		for i, m := range ms {
			if !v.Exercise.Graded(i) {
				continue
			}
			item := strconv.Itoa(i)
			as := agreement.NewSet(m.Tags...)
			_, against := rightAnswer(as, agreement.NewSet(v.KeyMarks[i].Tags...), altsAt(alts, i))
			key[item], answer[item] = against, as
			conf.add(against, as, v.column)
			highlightCounts(d.SentenceText(i), v.KeyMarks[i].Highlights, m.Highlights, v.column, hl)
		}
		sc, err := agreement.Score(key, answer)
		if err != nil {
			return err
		}
		s := &v.Students[k]
		s.Accuracy = figure(sc.Accuracy())
		macro, err := sc.Macro()
		s.MacroF1 = figure(macro.F1, err)
		counts := make([][3]int, len(v.Tags))
		for _, l := range sc.Labels {
			counts[v.column(l.Label)] = [3]int{l.TP, l.FP, l.FN}
		}
		for c, t := range v.Tags {
			s.PerTag = append(s.PerTag, newTagScore(t.ID, counts[c][0], counts[c][1], counts[c][2]))
			s.Highlights = append(s.Highlights, newHighlightScore(t.ID, hl[c]))
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
