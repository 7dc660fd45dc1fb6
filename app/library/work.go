package library

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"annotator/app/classroom"
	"annotator/app/store"
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
	// KeyOpened is when the student first opened the released answer key
	// (nil before): a submission made after it says so.
	KeyOpened *time.Time
	// Submitted is when the student last downloaded a submission (nil
	// before).
	Submitted *time.Time
}

// storedWork is the stored shape of Work.
type storedWork struct {
	Schema   int             `json:"schema"`
	Exercise json.RawMessage `json:"exercise"`
	Student  string          `json:"student"`
	Started  time.Time       `json:"started"`
	// KeyOpened and Submitted are optional (absent in older records).
	KeyOpened *time.Time `json:"keyOpened,omitempty"`
	Submitted *time.Time `json:"submitted,omitempty"`
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
	return &Work{Exercise: ex, Student: s.Student, Started: s.Started, KeyOpened: s.KeyOpened, Submitted: s.Submitted}, nil
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
	s := storedWork{Schema: RecordSchema, Exercise: exJSON, Student: w.Student, Started: w.Started.UTC(), KeyOpened: utc(w.KeyOpened), Submitted: utc(w.Submitted)}
	return writeRecord(kv, store.WorkKey(docID), s, func(raw string) error { _, err := decodeWork(raw); return err })
}

// DeleteWork removes the student's exercise on document docID (the
// document leaves exercise mode); removing none is no error.
func DeleteWork(kv store.KV, docID string) error { return kv.Del(store.WorkKey(docID)) }

// utc is t in UTC, nil for nil.
func utc(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}

// ErrNoStudent is returned by StartWork without a student name.
var ErrNoStudent = errors.New("enter your name or a pseudonym first: your teacher needs it to tell the files apart")

// WorkID is the document id of a student's work on an exercise: one per
// exercise and student name (names compared without case and surrounding
// spaces), apart from the student's own annotations of the same text and
// from every other student's work on the same device. Its text comes from
// the work record, which holds the exercise (see Open).
func WorkID(exerciseID, student string) string {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(student))))
	ex := exerciseID
	if len(ex) > 16 {
		ex = ex[:16]
	}
	return "work-" + ex + "-" + hex.EncodeToString(sum[:6])
}

// StartWork opens the work of a student on an exercise, started at now:
// the work this name already has on this device, or new work with no tags
// and no notes (never the teacher's annotations, never another student's,
// never the student's own annotations of the same text outside the
// exercise). It returns the document id to open and whether the work
// existed.
func StartWork(repo store.Repo, ex classroom.Exercise, student string, now time.Time) (id string, existed bool, err error) {
	student = strings.TrimSpace(student)
	if student == "" {
		return "", false, ErrNoStudent
	}
	id = WorkID(ex.ID, student)
	switch w, err := LoadWork(repo.KV, id); {
	case err != nil:
		return "", false, fmt.Errorf("the work stored for this name cannot be read (%w); it is left as it is", err)
	case w != nil:
		return id, true, nil
	}
	d := ex.Document()
	d.ID = id
	if err := SaveWork(repo.KV, id, Work{Exercise: ex, Student: student, Started: now}); err != nil {
		return "", false, err
	}
	if err := repo.Save(store.FromDocument(d, nil, now)); err != nil {
		repo.KV.Del(store.WorkKey(id))
		return "", false, err
	}
	return id, false, nil
}

// WorkEntry is one student's work on an exercise, as ListWork finds it.
type WorkEntry struct {
	// ID is the work's document id; Student the name it was started with.
	ID, Student string
	// Started is when; Annotated counts annotated sentences.
	Started   time.Time
	Annotated int
}

// FindWork returns the work of student on the exercise, or nil.
func FindWork(repo store.Repo, exerciseID, student string) *WorkEntry {
	id := WorkID(exerciseID, student)
	w, err := LoadWork(repo.KV, id)
	if err != nil || w == nil || w.Exercise.ID != exerciseID {
		return nil
	}
	e := &WorkEntry{ID: id, Student: w.Student, Started: w.Started}
	if rec, err := repo.Load(id); err == nil && rec != nil {
		e.Annotated = len(rec.Marks)
	}
	return e
}
