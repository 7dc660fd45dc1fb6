package classroom

import (
	"reflect"
	"strings"
	"time"

	"annotator/app/jsonstrict"
	"annotator/app/model"
	"annotator/app/store"
)

// Submission is one student's annotations of an exercise, as the student
// hands them in. It holds no text: it names the exercise by id and the
// text by hash, and anchors each mark by its quote.
type Submission struct {
	// Format is always SubmissionFormat.
	Format string `json:"format"`
	// Schema is Schema.
	Schema int `json:"schema"`
	// Exercise is the id of the exercise.
	Exercise string `json:"exercise"`
	// TextHash is the hex SHA-256 of the text annotated.
	TextHash string `json:"textHash"`
	// Student is the name or pseudonym the student entered.
	Student string `json:"student"`
	// Started is when the student opened the exercise; Submitted when
	// they pressed Submit.
	Started   time.Time `json:"started"`
	Submitted time.Time `json:"submitted"`
	// KeyOpened is when the student opened the released answer key before
	// submitting, if they did (a grade may then mean less); nil otherwise.
	// Set it with the WithKeyOpened option of NewSubmission.
	KeyOpened *time.Time `json:"keyOpened,omitempty"`
	// NewTags are tags the student added (only when the exercise allows
	// new tags).
	NewTags []model.Tag `json:"newTags"`
	// Marks are the annotated sentences with quote anchors, in text order:
	// tags, note and highlights.
	Marks []store.StoredMark `json:"marks"`
	// Checksum is "sha256:" + the hex SHA-256 of the canonical JSON of
	// every other member; Encode sets it.
	Checksum string `json:"checksum"`
}

// submissionSpec describes submission files for openFile.
var submissionSpec = spec{format: SubmissionFormat, max: MaxSubmissionSize, known: jsonstrict.KeysOf(reflect.TypeFor[Submission]())}

// SubmissionOption sets an optional member of a new submission.
type SubmissionOption func(*Submission)

// WithKeyOpened records that the student opened the released answer key
// at t, before submitting (Submission.KeyOpened).
func WithKeyOpened(t time.Time) SubmissionOption {
	return func(s *Submission) {
		u := t.UTC().Round(0)
		s.KeyOpened = &u
	}
}

// NewSubmission captures student's annotations of ex in d, which must
// hold the exercise's text, with the options given (WithKeyOpened). The
// name is trimmed; tags outside the exercise's tag set are an error unless
// the exercise allows new tags; submitted may not be before started, nor
// the key opened after submitting.
func NewSubmission(ex Exercise, student string, d *model.Document, started, submitted time.Time, opts ...SubmissionOption) (Submission, error) {
	marks, newTags, err := marksOf(d, &ex)
	if err != nil {
		return Submission{}, err
	}
	s := Submission{
		Format: SubmissionFormat, Schema: Schema, Exercise: ex.ID, TextHash: ex.TextHash,
		Student: strings.TrimSpace(student), Started: started.UTC().Round(0), Submitted: submitted.UTC().Round(0),
		NewTags: newTags, Marks: marks,
	}
	for _, o := range opts {
		o(&s)
	}
	if err := s.check(&ex); err != nil {
		return Submission{}, err
	}
	if _, err := s.Encode(); err != nil {
		return Submission{}, err
	}
	return s, nil
}

// check checks the submission's members against ex.
func (s *Submission) check(ex *Exercise) error {
	switch {
	case s.Exercise != ex.ID:
		return jsonstrict.Errorf("$.exercise", "the submission is for another exercise (id %.12s…; this exercise, %q, has id %.12s…)", s.Exercise, jsonstrict.Clip(ex.Title, 60), ex.ID)
	case s.TextHash != ex.TextHash:
		return jsonstrict.Errorf("$.textHash", "the submission was made on a different text than the exercise's (SHA-256 %.12s…, the exercise's %.12s…)", s.TextHash, ex.TextHash)
	case s.Submitted.Before(s.Started):
		return jsonstrict.Errorf("$.submitted", "submitted (%s) before it was started (%s)", s.Submitted.Format(time.RFC3339), s.Started.Format(time.RFC3339))
	case s.KeyOpened != nil && s.KeyOpened.After(s.Submitted):
		return jsonstrict.Errorf("$.keyOpened", "the key was opened (%s) after the work was submitted (%s)", s.KeyOpened.Format(time.RFC3339), s.Submitted.Format(time.RFC3339))
	}
	if err := checkStudent(s.Student, "$.student"); err != nil {
		return err
	}
	tags, err := checkNewTags(ex, s.NewTags, "$.newTags")
	if err != nil {
		return err
	}
	return checkMarks(s.Marks, ex.Text, tags, "$.marks")
}

// Encode writes the submission file: indented JSON with its checksum
// (which it also sets on s).
func (s *Submission) Encode() ([]byte, error) {
	s.Format, s.Schema = SubmissionFormat, Schema
	if s.NewTags == nil {
		s.NewTags = []model.Tag{}
	}
	if s.Marks == nil {
		s.Marks = []store.StoredMark{}
	}
	return seal(s, func(c string) { s.Checksum = c })
}

// DecodeSubmission reads a submission file and checks it against ex. It
// refuses, naming the problem and its JSON path: a file above
// MaxSubmissionSize, invalid JSON, duplicate or case-variant keys, unknown
// keys, another format (an exercise or key file is named as such), a
// missing, older-than-1 or newer schema (wrapping store.ErrNewerSchema),
// a checksum that does not match, a submission for another exercise or
// made on a different text, a missing or odd student name, dates that are
// not RFC 3339 or a submission before its start (or a key opened after
// it), marks whose quote is not
// the text at their range or that overlap, and tags outside the
// exercise's tag set (unless the exercise allows new tags).
func DecodeSubmission(ex Exercise, data []byte) (Submission, error) {
	data, err := openFile(data, submissionSpec)
	if err != nil {
		return Submission{}, err
	}
	var s Submission
	if err := strictUnmarshal(data, &s); err != nil {
		return Submission{}, err
	}
	if err := s.check(&ex); err != nil {
		return Submission{}, err
	}
	return s, nil
}

// Document returns ex's text with the submission's annotations on it
// (placed by their quote anchors) and the marks that could not be placed:
// for a student reopening their work, or for showing one student's work
// to the teacher.
func (s *Submission) Document(ex Exercise) (*model.Document, []store.StoredMark) {
	return place(&ex, s.NewTags, s.Marks)
}

// FileName proposes a file name for the submission, e.g.
// "media-literacy-week-3.anna-k.submission.json".
func (s *Submission) FileName(ex Exercise) string {
	return jsonstrict.Slug(ex.Title, "exercise", 60) + "." + jsonstrict.Slug(s.Student, "student", 60) + ".submission.json"
}
