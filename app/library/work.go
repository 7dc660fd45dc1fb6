package library

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"annotator/app/classroom"
	"annotator/app/store"
	"annotator/app/textin"
)

// Work is the exercise a student is doing on a document: while it is
// stored (store.WorkKey), the reader opens the document in exercise mode.
type Work struct {
	// Exercise is the exercise as the teacher handed it out.
	Exercise classroom.Exercise
	// Student is the name or pseudonym the student gave.
	Student string
	// Started is when the student started.
	Started time.Time
}

// storedWork is the stored shape of Work.
type storedWork struct {
	Schema   int             `json:"schema"`
	Exercise json.RawMessage `json:"exercise"`
	Student  string          `json:"student"`
	Started  time.Time       `json:"started"`
}

// decodeWork reads stored work.
func decodeWork(raw string) (*Work, error) {
	var s storedWork
	if err := decodeRecord(raw, "exercise work", &s); err != nil {
		return nil, err
	}
	ex, err := classroom.DecodeExercise(s.Exercise)
	if err != nil {
		return nil, fmt.Errorf("%w: the exercise: %w", store.ErrUnreadable, err)
	}
	return &Work{Exercise: ex, Student: s.Student, Started: s.Started}, nil
}

// LoadWork returns the student's exercise on document docID; nil, nil when
// there is none. An error (see RecordSchema) means the stored work is left
// as it is: SaveWork will not write over it.
func LoadWork(kv store.KV, docID string) (*Work, error) {
	raw, ok, err := kv.Get(store.WorkKey(docID))
	if err != nil || !ok {
		return nil, err
	}
	return decodeWork(raw)
}

// SaveWork stores the student's exercise on document docID, unless the
// work stored there cannot be read.
func SaveWork(kv store.KV, docID string, w Work) error {
	exJSON, err := w.Exercise.Encode()
	if err != nil {
		return err
	}
	s := storedWork{Schema: RecordSchema, Exercise: exJSON, Student: w.Student, Started: w.Started.UTC()}
	return writeRecord(kv, store.WorkKey(docID), s, func(raw string) error { _, err := decodeWork(raw); return err })
}

// DeleteWork removes the student's exercise on document docID (the
// document leaves exercise mode); removing none is no error.
func DeleteWork(kv store.KV, docID string) error { return kv.Del(store.WorkKey(docID)) }

// ErrNoStudent is returned by StartWork without a student name.
var ErrNoStudent = errors.New("enter your name or a pseudonym first: your teacher needs it to tell the files apart")

// StartWork keeps an exercise for a student, started at now: it stores the
// exercise's text as a document (unless shipped or already stored), gives
// the document the exercise's tag set when it has no record yet, and
// stores the work. It returns the document's id, to open.
func StartWork(repo store.Repo, ex classroom.Exercise, student string, now time.Time) (string, error) {
	student = strings.TrimSpace(student)
	if student == "" {
		return "", ErrNoStudent
	}
	d := ex.Document()
	if _, err := AddText(repo, "exercise", textin.Doc{Title: ex.Title, Text: d.Text}, now); err != nil {
		return "", err
	}
	if rec, err := repo.Load(d.ID); err == nil && rec == nil {
		if err := repo.Save(store.FromDocument(d, nil, now)); err != nil {
			return "", err
		}
	}
	if err := SaveWork(repo.KV, d.ID, Work{Exercise: ex, Student: student, Started: now}); err != nil {
		return "", err
	}
	return d.ID, nil
}
