package classroom

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"annotator/app/agreement"
	"annotator/app/jsonstrict"
	"annotator/app/model"
)

// ClassView is what the teacher sees of a class's submissions: per
// sentence, per student and overall. Each sentence is an item, each
// student a rater, and a student's label for a sentence is the SET of tags
// they gave the whole sentence (highlights and notes are not scored). A
// sentence a student left untagged counts as the empty set: submitting is
// taken as having read every sentence.
type ClassView struct {
	// Exercise is the exercise the view is about.
	Exercise Exercise
	// HasKey says whether an answer key was given; the key figures are
	// empty without one.
	HasKey bool
	// Tags are the columns of the counts and scores below: the exercise's
	// tags in order, then tags the key added, then tags students added
	// (sorted by id).
	Tags []model.Tag
	// Sentences has one entry per sentence of the text, in order.
	Sentences []SentenceStats
	// Students has one entry per submission, sorted by name.
	Students []StudentStats
	// PercentAgreement is the mean over sentences of the share of student
	// pairs that gave the same tag set.
	PercentAgreement Figure
	// FleissKappa is Fleiss' kappa over all students.
	FleissKappa Figure
	// KrippendorffAlpha is nominal Krippendorff's alpha: each tag set is
	// one category.
	KrippendorffAlpha Figure
	// KrippendorffAlphaMASI is Krippendorff's alpha with the MASI distance
	// between tag sets, which gives partial credit for overlapping sets
	// ({claim, evidence} against {claim} is at distance 0.665, not 1).
	KrippendorffAlphaMASI Figure
	// Cohen[i][j] is Cohen's kappa between Students[i] and Students[j];
	// the matrix is symmetric and its diagonal undefined.
	Cohen [][]Figure
	// TagScores are, with a key, the class's counts per tag (summed over
	// students) and their precision, recall and F1; aligned with Tags.
	TagScores []TagScore

	cols map[string]int // tag id → index in Tags
}

// SentenceStats are the figures of one sentence.
type SentenceStats struct {
	// Index is the sentence's index in the text; Text its text.
	Index int
	Text  string
	// Counts[t] is how many students gave the whole sentence Tags[t]
	// (the heatmap); NoTag how many gave it no tag.
	Counts []int
	NoTag  int
	// Agreement is the share of pairs of students who gave the sentence
	// the same tag set (undefined with fewer than two students).
	Agreement Figure
	// Key is the key's mark on the sentence (with a key).
	Key model.Mark
	// Correct is how many students gave exactly the key's tag set.
	Correct int
}

// StudentStats are the figures of one student.
type StudentStats struct {
	// Student is the name or pseudonym.
	Student string
	// Submitted is when the work was handed in; Late says whether that
	// was after the due date.
	Submitted time.Time
	Late      bool
	// Annotated counts sentences with a tag, a note or a highlight; Total
	// is the number of sentences; Completeness is Annotated/Total.
	Annotated, Total int
	Completeness     float64
	// TagCounts[t] is how many sentences the student gave Tags[t].
	TagCounts []int
	// Unplaced counts marks no sentence of the text fits (0 unless the
	// text was split differently, e.g. by another version of the app).
	Unplaced int
	// Accuracy is, with a key, the share of sentences whose tag set is
	// exactly the key's (untagged in both counts as a match).
	Accuracy Figure
	// MacroF1 is, with a key, the mean F1 over the tags the key or the
	// student used (a tag neither used is left out; an undefined precision
	// counts as 0).
	MacroF1 Figure
	// PerTag are, with a key, the student's scores per tag, aligned with
	// Tags.
	PerTag []TagScore
}

// NewClassView computes the class view of subs for ex, scored against key
// when key is not nil. It checks that the key and every submission belong
// to ex (as DecodeSubmission does) and that no student appears twice
// (ImportSubmissions keeps one submission per student).
func NewClassView(ex Exercise, key *Key, subs []Submission) (*ClassView, error) {
	if err := ex.check("$"); err != nil {
		return nil, fmt.Errorf("the exercise: %w", err)
	}
	v := &ClassView{Exercise: ex, HasKey: key != nil, cols: map[string]int{}}
	v.addTags(ex.TagSet.Tags)
	base := ex.Document()
	var keyMarks []model.Mark
	if key != nil {
		if key.Exercise.ID != ex.ID || key.Exercise.TextHash != ex.TextHash {
			return nil, fmt.Errorf("the answer key is for another exercise (%q)", jsonstrict.Clip(key.Exercise.Title, 60))
		}
		if err := key.check(); err != nil {
			return nil, fmt.Errorf("the answer key: %w", err)
		}
		d, _ := placeOn(base, &key.Exercise, key.NewTags, key.Marks)
		keyMarks = d.Marks
		v.addTags(key.NewTags)
	}
	subs = slices.Clone(subs)
	slices.SortFunc(subs, func(a, b Submission) int { return compareNames(a.Student, b.Student) })
	var extra []model.Tag
	marks := make([][]model.Mark, len(subs))
	for i := range subs {
		s := &subs[i]
		if err := s.check(&ex); err != nil {
			return nil, fmt.Errorf("the submission of %q: %w", s.Student, err)
		}
		if i > 0 && strings.ToLower(s.Student) == strings.ToLower(subs[i-1].Student) {
			return nil, fmt.Errorf("two submissions by %q", s.Student)
		}
		d, orphans := placeOn(base, &ex, s.NewTags, s.Marks)
		marks[i] = d.Marks
		extra = append(extra, s.NewTags...)
		v.Students = append(v.Students, StudentStats{Student: s.Student, Submitted: s.Submitted,
			Late: ex.Late(s.Submitted), Total: len(d.Marks), Unplaced: len(orphans)})
	}
	slices.SortStableFunc(extra, func(a, b model.Tag) int { return strings.Compare(a.ID, b.ID) })
	v.addTags(extra)
	v.count(base, marks, keyMarks)
	if err := v.agreement(marks); err != nil {
		return nil, err
	}
	if key != nil {
		if err := v.score(marks, keyMarks); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// addTags adds the tags whose ids are not yet columns.
func (v *ClassView) addTags(tags []model.Tag) {
	for _, t := range tags {
		if _, ok := v.cols[t.ID]; !ok {
			v.cols[t.ID] = len(v.Tags)
			v.Tags = append(v.Tags, t)
		}
	}
}

// column returns the column of tag id.
func (v *ClassView) column(id string) int { return v.cols[id] }

// count fills the per-sentence and per-student counts.
func (v *ClassView) count(d *model.Document, marks [][]model.Mark, keyMarks []model.Mark) {
	for i := range d.Sentences {
		st := SentenceStats{Index: i, Text: d.SentenceText(i), Counts: make([]int, len(v.Tags))}
		if keyMarks != nil {
			st.Key = keyMarks[i]
		}
		for k, ms := range marks {
			m := ms[i]
			if len(m.Tags) == 0 {
				st.NoTag++
			}
			for _, t := range agreement.NewSet(m.Tags...) {
				st.Counts[v.column(t)]++
			}
			if keyMarks != nil && slices.Equal(agreement.NewSet(m.Tags...), agreement.NewSet(st.Key.Tags...)) {
				st.Correct++
			}
			s := &v.Students[k]
			if s.TagCounts == nil {
				s.TagCounts = make([]int, len(v.Tags))
			}
			if !m.Empty() {
				s.Annotated++
			}
			for _, t := range agreement.NewSet(m.Tags...) {
				s.TagCounts[v.column(t)]++
			}
		}
		v.Sentences = append(v.Sentences, st)
	}
	for k := range v.Students {
		s := &v.Students[k]
		if s.TagCounts == nil {
			s.TagCounts = make([]int, len(v.Tags))
		}
		if s.Total > 0 {
			s.Completeness = float64(s.Annotated) / float64(s.Total)
		}
	}
}

// ratings turns one student's marks into agreement ratings: one row per
// tag of each sentence, or one empty row for an untagged sentence.
func ratings(student string, marks []model.Mark) []agreement.Rating {
	var out []agreement.Rating
	for i, m := range marks {
		item := strconv.Itoa(i)
		if len(m.Tags) == 0 {
			out = append(out, agreement.Rating{Item: item, Rater: student})
		}
		for _, t := range m.Tags {
			out = append(out, agreement.Rating{Item: item, Rater: student, Label: t})
		}
	}
	return out
}

// agreement fills the agreement figures.
func (v *ClassView) agreement(marks [][]model.Mark) error {
	per := make([][]agreement.Rating, len(marks))
	var all []agreement.Rating
	for k, ms := range marks {
		per[k] = ratings(v.Students[k].Student, ms)
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
		if a, ok := items[strconv.Itoa(i)]; ok {
			v.Sentences[i].Agreement = Figure{Value: a, OK: true}
		} else {
			v.Sentences[i].Agreement = Figure{Why: "needs two students"}
		}
	}
	v.Cohen = make([][]Figure, len(marks))
	for i := range v.Cohen {
		v.Cohen[i] = make([]Figure, len(marks))
		v.Cohen[i][i] = Figure{Why: "a student with themselves"}
	}
	for i := range marks {
		for j := i + 1; j < len(marks); j++ {
			pair, err := agreement.NewDataset(slices.Concat(per[i], per[j]))
			if err != nil {
				return err
			}
			f := coefficient(agreement.CohenKappa(pair))
			v.Cohen[i][j], v.Cohen[j][i] = f, f
		}
	}
	return nil
}

// score fills the scores against the key.
func (v *ClassView) score(marks [][]model.Mark, keyMarks []model.Mark) error {
	key := make(map[string][]string, len(keyMarks))
	for i, m := range keyMarks {
		key[strconv.Itoa(i)] = m.Tags
	}
	class := make([][3]int, len(v.Tags))
	for k, ms := range marks {
		answer := make(map[string][]string, len(ms))
		for i, m := range ms {
			answer[strconv.Itoa(i)] = m.Tags
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
			c := v.column(l.Label)
			counts[c] = [3]int{l.TP, l.FP, l.FN}
			for x := range 3 {
				class[c][x] += counts[c][x]
			}
		}
		for c, t := range v.Tags {
			s.PerTag = append(s.PerTag, newTagScore(t.ID, counts[c][0], counts[c][1], counts[c][2]))
		}
	}
	for c, t := range v.Tags {
		v.TagScores = append(v.TagScores, newTagScore(t.ID, class[c][0], class[c][1], class[c][2]))
	}
	return nil
}
