package classroom

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"annotator/app/agreement"
	"annotator/app/jsonstrict"
	"annotator/app/model"
)

// ClassView is what the teacher sees of a class's submissions: per
// sentence, per student and overall. Each graded sentence (the exercise's
// Scope) is an item, each student a rater, and a student's label for a
// sentence is the SET of tags they gave the whole sentence. A sentence a
// student left untagged counts as the empty set: submitting is taken as
// having read every sentence. Ungraded sentences are shown (counts and
// notes) but left out of every figure.
type ClassView struct {
	// Exercise is the exercise the view is about: the key's (its newest
	// version) when a key is given, else the one given.
	Exercise Exercise
	// HasKey says whether an answer key was given; the key figures are
	// empty without one.
	HasKey bool
	// KeyVersion is the key's VersionNumber (0 without a key).
	KeyVersion int
	// KeyMarks are the key's marks placed on the text, one per sentence
	// (nil without a key).
	KeyMarks []model.Mark
	// Graded is the number of graded sentences.
	Graded int
	// Tags are the columns of the counts and scores below: the exercise's
	// tags in order, then tags the key added, then tags students added
	// (sorted by id).
	Tags []model.Tag
	// Sentences has one entry per sentence of the text, in order.
	Sentences []SentenceStats
	// Students has one entry per submission, sorted by name.
	Students []StudentStats
	// PercentAgreement is the mean over graded sentences of the share of
	// student pairs that gave the same tag set.
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
	// TagScores are, with a key, the class's counts per tag (summed over
	// students) and their precision, recall and F1; aligned with Tags.
	TagScores []TagScore
	// HighlightScores are, with a key, the class's highlight scores per
	// tag (summed over students; see StudentStats.Highlights); aligned
	// with Tags.
	HighlightScores []TagScore
	// Confusion is, with a key, the class's confusion table (summed over
	// students).
	Confusion Confusion

	cols map[string]int       // tag id → index in Tags
	per  [][]agreement.Rating // each student's ratings, for CohenKappa
	made made                 // what the view was made of, for WithKey
}

// SentenceStats are the figures of one sentence.
type SentenceStats struct {
	// Index is the sentence's index in the text; Text its text.
	Index int
	Text  string
	// Graded says whether the sentence is in the exercise's scope.
	Graded bool
	// Counts[t] is how many students gave the whole sentence Tags[t]
	// (the heatmap); NoTag how many gave it no tag. Ungraded sentences
	// are counted too, for display.
	Counts []int
	NoTag  int
	// Agreement is the share of pairs of students who gave the sentence
	// the same tag set (undefined with fewer than two students, and for
	// an ungraded sentence).
	Agreement Figure
	// Key is the key's mark on the sentence (with a key).
	Key model.Mark
	// Alternatives are the tag sets the key also accepts for the
	// sentence, each in Tags order.
	Alternatives [][]string
	// Correct is how many students gave the key's tag set or an accepted
	// alternative (0 for an ungraded sentence).
	Correct int
	// Notes are the students' notes on the sentence, graded or not, in
	// the order of Students.
	Notes []StudentNote
}

// StudentNote is one student's note on a sentence.
type StudentNote struct {
	// Student is the name or pseudonym; Note the note.
	Student, Note string
	// Index is the student's index in ClassView.Students.
	Index int
}

// StudentStats are the figures of one student.
type StudentStats struct {
	// Student is the name or pseudonym.
	Student string
	// File is the file the submission came from ("class.zip:
	// Alice_12_assignsubmission_file_/work.json" for an entry of an LMS
	// zip, whose folder names the account that handed it in); "" when
	// the view was made without files (NewClassView).
	File string
	// Claims lists, when more than one different submission claims this
	// student's name (compared without regard to case), the files of all
	// of them, this one included, in the order of Students; nil otherwise.
	// Every one of them is in the view: none replaces another.
	Claims []string
	// Submitted is when the work was handed in; Late says whether that
	// was after the due date.
	Submitted time.Time
	Late      bool
	// SawKey says whether the student had opened the released key before
	// submitting (Submission.KeyOpened).
	SawKey bool
	// Annotated counts graded sentences with a tag, a note or a
	// highlight; Total is the number of graded sentences; Completeness is
	// Annotated/Total.
	Annotated, Total int
	Completeness     float64
	// TagCounts[t] is how many graded sentences the student gave Tags[t].
	TagCounts []int
	// Unplaced counts marks no sentence of the text fits (0 unless the
	// text was split differently, e.g. by another version of the app).
	Unplaced int
	// Marks are the student's marks placed on the text, one per sentence.
	Marks []model.Mark
	// Accuracy is, with a key, the share of graded sentences whose tag
	// set is the key's or an accepted alternative (untagged in both counts
	// as a match).
	Accuracy Figure
	// MacroF1 is, with a key, the mean F1 over the tags the key or the
	// student used (a tag neither used is left out; an undefined precision
	// counts as 0).
	MacroF1 Figure
	// PerTag are, with a key, the student's scores per tag, aligned with
	// Tags; on a sentence where the student gave an accepted alternative,
	// they are counted against it.
	PerTag []TagScore
	// Highlights are, with a key, the student's highlight scores per tag,
	// aligned with Tags: TP counts the words of graded sentences both the
	// student and the key highlighted with the tag, FP the words only the
	// student did, FN those only the key did (a word is a run of non-space
	// characters; it is highlighted when a highlight overlaps it).
	Highlights []TagScore
	// Confusion is, with a key, the student's confusion table.
	Confusion Confusion
}

// NewClassView computes the class view of subs for ex, scored against key
// when key is not nil. The key may be of any version of ex (the same id
// and text, whatever its title, instructions or scope), and its exercise
// is then the view's; each submission may be of any version of ex too
// (checked as DecodeSubmission does, against the tags of both). No student
// may appear twice: use NewClassViewOf for submissions from files, which
// keeps and flags two files claiming one student.
func NewClassView(ex Exercise, key *Key, subs []Submission) (*ClassView, error) {
	subs = slices.Clone(subs)
	slices.SortStableFunc(subs, func(a, b Submission) int { return compareNames(a.Student, b.Student) })
	for i := 1; i < len(subs); i++ {
		if strings.EqualFold(subs[i].Student, subs[i-1].Student) {
			return nil, fmt.Errorf("two submissions by %q", subs[i].Student)
		}
	}
	return newClassView(ex, key, subs, make([]string, len(subs)))
}

// NewClassViewOf is NewClassView of the submissions ImportSubmissions (or
// an Importer) took from files: each student's row names its file, and
// two different submissions claiming one student are both kept and
// flagged (StudentStats.Claims, ClassView.Conflicts).
func NewClassViewOf(ex Exercise, key *Key, imp Import) (*ClassView, error) {
	if len(imp.Files) != len(imp.Submissions) {
		return nil, fmt.Errorf("%d files for %d submissions", len(imp.Files), len(imp.Submissions))
	}
	order := make([]int, len(imp.Submissions))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if c := compareNames(imp.Submissions[a].Student, imp.Submissions[b].Student); c != 0 {
			return c
		}
		return strings.Compare(imp.Files[a], imp.Files[b])
	})
	subs, files := make([]Submission, len(order)), make([]string, len(order))
	for k, i := range order {
		subs[k], files[k] = imp.Submissions[i], imp.Files[i]
	}
	return newClassView(ex, key, subs, files)
}

// newClassView is NewClassView of subs, sorted by name, from files.
func newClassView(ex Exercise, key *Key, subs []Submission, files []string) (*ClassView, error) {
	if err := ex.check("$"); err != nil {
		return nil, fmt.Errorf("the exercise: %w", err)
	}
	vx := ex
	var alts [][]agreement.Set
	if key != nil {
		if key.Exercise.ID != ex.ID || key.Exercise.TextHash != ex.TextHash {
			return nil, fmt.Errorf("the answer key is for another exercise (%q)", jsonstrict.Clip(key.Exercise.Title, 60))
		}
		if err := key.check(); err != nil {
			return nil, fmt.Errorf("the answer key: %w", err)
		}
		vx = key.Exercise
	}
	v := &ClassView{Exercise: vx, HasKey: key != nil, cols: map[string]int{}}
	v.addTags(vx.TagSet.Tags)
	v.addTags(ex.TagSet.Tags)
	// Submissions are checked against the tags of both versions.
	either := vx
	either.TagSet = model.TagSet{Name: vx.TagSet.Name, Tags: slices.Clone(v.Tags)}
	either.AllowNewTags = vx.AllowNewTags || ex.AllowNewTags
	base := vx.Document()
	if key != nil {
		d, _ := placeOn(base, &vx, key.NewTags, key.Marks)
		v.KeyMarks, v.KeyVersion = d.Marks, key.VersionNumber()
		alts = placeAlternatives(base, key.Alternatives)
		v.addTags(key.NewTags)
	}
	var extra []model.Tag
	marks := make([][]model.Mark, len(subs))
	v.Graded = vx.GradedCount(len(base.Sentences))
	for i := range subs {
		s := &subs[i]
		if err := s.check(&either); err != nil {
			return nil, fmt.Errorf("the submission of %q: %w", s.Student, err)
		}
		d, orphans := placeOn(base, &vx, s.NewTags, s.Marks)
		marks[i] = d.Marks
		extra = append(extra, s.NewTags...)
		v.Students = append(v.Students, StudentStats{Student: s.Student, File: files[i], Submitted: s.Submitted,
			Late: vx.Late(s.Submitted), SawKey: s.KeyOpened != nil, Total: v.Graded, Unplaced: len(orphans), Marks: d.Marks})
	}
	v.flagClaims()
	slices.SortStableFunc(extra, func(a, b model.Tag) int { return strings.Compare(a.ID, b.ID) })
	v.addTags(extra)
	v.count(base, marks)
	v.countKey(marks, alts)
	if err := v.agreement(marks); err != nil {
		return nil, err
	}
	if key != nil {
		if err := v.score(base, marks, alts); err != nil {
			return nil, err
		}
		v.made.keyTags = slices.Clone(key.NewTags)
	}
	v.made.ex, v.made.subs, v.made.files, v.made.base, v.made.marks = ex, subs, files, base, marks
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

// ordered returns the tags of set in column order.
func (v *ClassView) ordered(set agreement.Set) []string {
	out := slices.Clone([]string(set))
	slices.SortStableFunc(out, func(a, b string) int { return v.column(a) - v.column(b) })
	return out
}
