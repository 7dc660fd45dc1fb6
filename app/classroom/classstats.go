package classroom

import (
	"strconv"

	"annotator/app/agreement"
	"annotator/app/model"
)

// count fills the per-sentence and per-student counts and the notes:
// what does not depend on the key (see countKey).
func (v *ClassView) count(d *model.Document, marks [][]model.Mark) {
	for k := range v.Students {
		v.Students[k].TagCounts = make([]int, len(v.Tags))
	}
	v.Sentences = make([]SentenceStats, 0, len(d.Sentences))
	for i := range d.Sentences {
		graded := v.Exercise.Graded(i)
		st := SentenceStats{Index: i, Text: d.SentenceText(i), Graded: graded, Counts: make([]int, len(v.Tags))}
		for k, ms := range marks {
			m := ms[i]
			set := agreement.NewSet(m.Tags...)
			if len(set) == 0 {
				st.NoTag++
			}
			s := &v.Students[k]
			if m.Note != "" {
				st.Notes = append(st.Notes, StudentNote{Student: s.Student, Note: m.Note, Index: k})
			}
			if graded && !m.Empty() {
				s.Annotated++
			}
			for _, t := range set {
				st.Counts[v.column(t)]++
				if graded {
					s.TagCounts[v.column(t)]++
				}
			}
		}
		v.Sentences = append(v.Sentences, st)
	}
	for k := range v.Students {
		if s := &v.Students[k]; s.Total > 0 {
			s.Completeness = float64(s.Annotated) / float64(s.Total)
		}
	}
}

// countKey fills, with a key, each sentence's key mark, accepted
// alternatives and how many students gave a right answer; alts are the
// key's alternatives per sentence.
func (v *ClassView) countKey(marks [][]model.Mark, alts [][]agreement.Set) {
	if v.KeyMarks == nil {
		return
	}
	for i := range v.Sentences {
		st := &v.Sentences[i]
		st.Key, st.Alternatives, st.Correct = v.KeyMarks[i], nil, 0
		for _, a := range altsAt(alts, i) {
			st.Alternatives = append(st.Alternatives, v.ordered(a))
		}
		if !st.Graded {
			continue
		}
		keySet := agreement.NewSet(st.Key.Tags...)
		for _, ms := range marks {
			if right, _ := rightAnswer(agreement.NewSet(ms[i].Tags...), keySet, altsAt(alts, i)); right {
				st.Correct++
			}
		}
	}
}

// altsAt returns the alternatives of sentence i (none when alts is nil).
func altsAt(alts [][]agreement.Set, i int) []agreement.Set {
	if i < len(alts) {
		return alts[i]
	}
	return nil
}

// ratings turns one student's marks (rater is the student's id, unique in
// the view) into agreement ratings over the graded sentences: one row per tag of each sentence, or one empty row
// for an untagged sentence.
func (v *ClassView) ratings(rater string, marks []model.Mark) []agreement.Rating {
	var out []agreement.Rating
	for i, m := range marks {
		if !v.Exercise.Graded(i) {
			continue
		}
		item := strconv.Itoa(i)
		if len(m.Tags) == 0 {
			out = append(out, agreement.Rating{Item: item, Rater: rater})
		}
		for _, t := range m.Tags {
			out = append(out, agreement.Rating{Item: item, Rater: rater, Label: t})
		}
	}
	return out
}

// agreement fills the agreement figures, over the graded sentences.
func (v *ClassView) agreement(marks [][]model.Mark) error {
	per := make([][]agreement.Rating, len(marks))
	var all []agreement.Rating
	for k, ms := range marks {
		per[k] = v.ratings(strconv.Itoa(k), ms) // two students may share a name
		all = append(all, per[k]...)
	}
	d, err := agreement.NewDataset(all)
	if err != nil {
		return err
	}
	v.PercentAgreement = figure(agreement.PercentAgreement(d))
	v.FleissKappa = coefficient(agreement.FleissKappa(d))
	v.KrippendorffAlpha = coefficient(agreement.KrippendorffAlpha(d))
	v.KrippendorffAlphaMASI = coefficient(agreement.KrippendorffAlphaMASI(d))
	items := agreement.ItemAgreements(d)
	for i := range v.Sentences {
		switch a, ok := items[strconv.Itoa(i)]; {
		case !v.Sentences[i].Graded:
			v.Sentences[i].Agreement = Figure{Why: "not graded"}
		case ok:
			v.Sentences[i].Agreement = Figure{Value: a, OK: true}
		default:
			v.Sentences[i].Agreement = Figure{Why: "needs two students"}
		}
	}
	v.per = per
	return nil
}
