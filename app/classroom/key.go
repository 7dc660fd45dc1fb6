package classroom

import (
	"encoding/json"
	"reflect"
	"slices"

	"annotator/app/jsonstrict"
	"annotator/app/model"
	"annotator/app/store"
)

// Key is a teacher's answer key: the teacher's own annotations of the
// exercise text. It is a file of its own, kept from the students until the
// teacher releases it for feedback. It holds the whole exercise, so that
// grading needs only the key and the submissions.
type Key struct {
	// Format is always KeyFormat.
	Format string `json:"format"`
	// Schema is Schema.
	Schema int `json:"schema"`
	// Exercise is the exercise the key answers, as its own file holds it
	// (with its own checksum).
	Exercise Exercise `json:"exercise"`
	// NewTags are tags the key uses beyond the exercise's tag set (only
	// when the exercise allows new tags).
	NewTags []model.Tag `json:"newTags"`
	// Marks are the teacher's annotated sentences with quote anchors, in
	// text order; notes are shown to students as feedback.
	Marks []store.StoredMark `json:"marks"`
	// Version counts the key's releases: KeyFrom makes version 1, NextKey
	// and Bump the next. A file without it (written before versions
	// existed) is version 1; see VersionNumber.
	Version int `json:"version,omitempty"`
	// Alternatives are tag sets the teacher accepted as also correct for
	// a sentence, in the order accepted.
	Alternatives []Alternative `json:"alternatives,omitempty"`
	// Checksum is "sha256:" + the hex SHA-256 of the canonical JSON of
	// every other member; Encode sets it.
	Checksum string `json:"checksum"`
}

// keySpec describes key files for openFile.
var keySpec = spec{format: KeyFormat, max: MaxKeySize, known: jsonstrict.KeysOf(reflect.TypeFor[Key]())}

// KeyFrom makes version 1 of the answer key of ex from the teacher's
// annotations of d, which must hold the exercise's text. Tags outside the
// exercise's tag set are an error unless the exercise allows new tags.
func KeyFrom(d *model.Document, ex Exercise) (Key, error) {
	if _, err := ex.Encode(); err != nil { // the key holds ex with a fresh checksum
		return Key{}, err
	}
	marks, newTags, err := marksOf(d, &ex)
	if err != nil {
		return Key{}, err
	}
	k := Key{Format: KeyFormat, Schema: Schema, Exercise: ex, NewTags: newTags, Marks: marks, Version: 1}
	if err := k.check(); err != nil {
		return Key{}, err
	}
	if _, err := k.Encode(); err != nil {
		return Key{}, err
	}
	return k, nil
}

// check checks the key's members against its exercise.
func (k *Key) check() error {
	if err := k.Exercise.check("$.exercise"); err != nil {
		return err
	}
	tags, err := checkNewTags(&k.Exercise, k.NewTags, "$.newTags")
	if err != nil {
		return err
	}
	if k.Version < 0 || k.Version > MaxKeyVersion {
		return jsonstrict.Errorf("$.version", "version %d is not between 1 and %d", k.Version, MaxKeyVersion)
	}
	if err := checkMarks(k.Marks, k.Exercise.Text, tags, "$.marks"); err != nil {
		return err
	}
	return checkAlternatives(k.Alternatives, &k.Exercise, tags, "$.alternatives")
}

// VersionNumber returns the key's version: Version, or 1 for a file written
// before versions existed.
func (k *Key) VersionNumber() int { return max(k.Version, 1) }

// Encode writes the key file: indented JSON with its checksum (which it
// also sets on k).
func (k *Key) Encode() ([]byte, error) {
	k.Format, k.Schema = KeyFormat, Schema
	if k.NewTags == nil {
		k.NewTags = []model.Tag{}
	}
	if k.Marks == nil {
		k.Marks = []store.StoredMark{}
	}
	if _, err := k.Exercise.Encode(); err != nil {
		return nil, err
	}
	return seal(k, func(s string) { k.Checksum = s })
}

// DecodeKey reads and checks an answer-key file: everything DecodeExercise
// checks, for the key and for the exercise inside it (at $.exercise, with
// its own checksum), and that every mark's quote is the exercise text at
// its range, marks are in text order without overlap, every tag is in
// the exercise's tag set or (when allowed) among the key's new tags, the
// version is not negative, and every alternative's quote is a sentence of
// the text, with valid tags and no repeat.
func DecodeKey(data []byte) (Key, error) {
	data, err := openFile(data, keySpec)
	if err != nil {
		return Key{}, err
	}
	var head struct {
		Exercise json.RawMessage `json:"exercise"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return Key{}, jsonstrict.DecodeError(data, err)
	}
	if len(head.Exercise) == 0 {
		return Key{}, jsonstrict.Errorf("$", "no \"exercise\"")
	}
	if err := checkHead(head.Exercise, exerciseSpec, "$.exercise"); err != nil {
		return Key{}, err
	}
	if err := checkSum(head.Exercise, "$.exercise"); err != nil {
		return Key{}, err
	}
	var k Key
	if err := strictUnmarshal(data, &k); err != nil {
		return Key{}, err
	}
	if err := k.check(); err != nil {
		return Key{}, err
	}
	return k, nil
}

// Document returns the exercise text with the key's annotations on it
// (placed by their quote anchors) and the marks that could not be placed,
// for the teacher to revise the key.
func (k *Key) Document() (*model.Document, []store.StoredMark) {
	return place(&k.Exercise, k.NewTags, k.Marks)
}

// FileName proposes a file name for the key, e.g.
// "media-literacy-week-3.key.json".
func (k *Key) FileName() string {
	return jsonstrict.Slug(k.Exercise.Title, "exercise", 60) + ".key.json"
}

// place puts marks on a fresh document of ex's text, whose tag set is the
// exercise's plus newTags, by their quote anchors (store.Record.Place, so
// a text split differently by another version of the app still gets its
// marks); it returns the document and the marks no sentence fits.
func place(ex *Exercise, newTags []model.Tag, marks []store.StoredMark) (*model.Document, []store.StoredMark) {
	return placeOn(ex.Document(), ex, newTags, marks)
}

// placeOn is place on a copy of base, a document of ex's text, which it
// leaves as it is (the copy shares its read-only sentences).
func placeOn(base *model.Document, ex *Exercise, newTags []model.Tag, marks []store.StoredMark) (*model.Document, []store.StoredMark) {
	d := *base
	d.Marks = make([]model.Mark, len(base.Marks))
	ts := ex.TagSet.Clone()
	ts.Tags = append(ts.Tags, newTags...)
	own := make([]store.StoredMark, len(marks))
	for i, m := range marks {
		m.Tags = slices.Clone(m.Tags)
		m.Highlights = slices.Clone(m.Highlights)
		own[i] = m
	}
	r := store.Record{Schema: store.Schema, Doc: ex.TextHash, Title: ex.Title, TagSet: ts, Marks: own}
	return &d, r.Place(&d).Orphans
}
