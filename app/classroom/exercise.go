package classroom

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"time"

	"annotator/app/formats"
	"annotator/app/jsonstrict"
	"annotator/app/model"
)

// Exercise is what a teacher hands out: a text to annotate with a given
// tag set, with instructions and an optional due date. It holds no answers
// (those are in a separate Key).
type Exercise struct {
	// Format is always ExerciseFormat.
	Format string `json:"format"`
	// Schema is Schema.
	Schema int `json:"schema"`
	// ID is 32 random lower-case hex digits, chosen when the exercise is
	// created; submissions and keys name their exercise by it.
	ID string `json:"id"`
	// Title is shown above the text.
	Title string `json:"title"`
	// Instructions are plain text for the students.
	Instructions string `json:"instructions"`
	// TagSet is the tag set students annotate with.
	TagSet model.TagSet `json:"tagSet"`
	// AllowNewTags says whether students may add tags of their own; when
	// false the tag set is closed.
	AllowNewTags bool `json:"allowNewTags"`
	// Due is the due date, if any; later submissions are marked late, not
	// refused.
	Due *time.Time `json:"due,omitempty"`
	// Scope are the graded sentences, sorted ranges without overlap;
	// empty means every sentence is graded (and writes nothing, so files
	// written before scopes existed keep their checksum). Ungraded
	// sentences are still shown and may be annotated, but no figure
	// counts them.
	Scope []Range `json:"scope,omitempty"`
	// TextHash is the hex SHA-256 of Text (the document id of the text).
	TextHash string `json:"textHash"`
	// Text is the whole text, with "\n" line ends.
	Text string `json:"text"`
	// Lang is the text's language (ISO 639-1), whose sentence rules split
	// it; "" (older files) splits with the default rules.
	Lang string `json:"lang,omitempty"`
	// Checksum is "sha256:" + the hex SHA-256 of the canonical JSON of
	// every other member; Encode sets it.
	Checksum string `json:"checksum"`
}

// exerciseSpec describes exercise files for openFile.
var exerciseSpec = spec{format: ExerciseFormat, max: MaxExerciseSize, known: jsonstrict.KeysOf(reflect.TypeFor[Exercise]())}

// NewExercise makes an exercise of d's text and tag set with a new random
// id. An empty title takes d's title. scope are the graded sentences (nil
// for all; DefaultScope proposes one without the headings). d's
// annotations are not part of the exercise (KeyFrom turns them into an
// answer key).
func NewExercise(d *model.Document, title, instructions string, due *time.Time, allowNewTags bool, scope []Range) (Exercise, error) {
	var id [16]byte
	rand.Read(id[:])
	return buildExercise(hex.EncodeToString(id[:]), d, title, instructions, due, allowNewTags, scope)
}

// buildExercise makes, checks and seals the exercise of id from d and the
// teacher's settings.
func buildExercise(id string, d *model.Document, title, instructions string, due *time.Time, allowNewTags bool, scope []Range) (Exercise, error) {
	title = strings.TrimSpace(title)
	if title == "" {
		title = strings.TrimSpace(d.Title)
	}
	sum := sha256.Sum256([]byte(d.Text))
	ex := Exercise{
		Format: ExerciseFormat, Schema: Schema, ID: id, Title: title,
		Instructions: strings.TrimSpace(strings.ReplaceAll(instructions, "\r\n", "\n")), TagSet: d.TagSet.Clone(),
		AllowNewTags: allowNewTags, TextHash: hex.EncodeToString(sum[:]), Text: d.Text, Lang: d.Lang,
	}
	if len(scope) > 0 {
		ex.Scope = slices.Clone(scope)
	}
	if due != nil {
		u := due.UTC().Round(0)
		ex.Due = &u
	}
	if err := ex.check("$"); err != nil {
		return Exercise{}, err
	}
	if _, err := ex.Encode(); err != nil { // sets the checksum
		return Exercise{}, err
	}
	return ex, nil
}

// check checks an exercise's members (not its checksum); path is where
// the exercise object is in its file.
func (ex *Exercise) check(path string) error {
	switch {
	case len(ex.ID) != 32 || strings.ContainsFunc(ex.ID, func(r rune) bool { return !('0' <= r && r <= '9' || 'a' <= r && r <= 'f') }):
		return jsonstrict.Errorf(path+".id", "%q is not an exercise id (32 lower-case hex digits)", jsonstrict.Clip(ex.ID, 40))
	case strings.TrimSpace(ex.Title) == "":
		return jsonstrict.Errorf(path+".title", "the exercise has no title")
	case len(ex.Title) > MaxTitleSize:
		return jsonstrict.Errorf(path+".title", "the title is longer than %s", jsonstrict.HumanBytes(MaxTitleSize))
	case len(ex.Instructions) > MaxInstructionsSize:
		return jsonstrict.Errorf(path+".instructions", "the instructions are longer than %s", jsonstrict.HumanBytes(MaxInstructionsSize))
	case len(ex.Text) > formats.MaxTextSize:
		return jsonstrict.Errorf(path+".text", "the text is %s; an exercise text may be at most %s", jsonstrict.HumanBytes(len(ex.Text)), jsonstrict.HumanBytes(formats.MaxTextSize))
	case strings.ContainsRune(ex.Text, '\r'):
		return jsonstrict.Errorf(path+".text", "the text contains a carriage return; the app keeps \"\\n\" line ends")
	case strings.TrimSpace(ex.Text) == "":
		return jsonstrict.Errorf(path+".text", "the text is empty")
	}
	if sum := sha256.Sum256([]byte(ex.Text)); hex.EncodeToString(sum[:]) != ex.TextHash {
		return jsonstrict.Errorf(path+".textHash", "%q is not the SHA-256 of the text (%s…)", jsonstrict.Clip(ex.TextHash, 70), hex.EncodeToString(sum[:6]))
	}
	if _, err := checkTagSet(ex.TagSet, path+".tagSet"); err != nil {
		return err
	}
	if len(ex.Scope) == 0 {
		return nil
	}
	return checkScope(ex.Scope, len(model.New("", ex.Text).Sentences), path+".scope")
}

// Encode writes the exercise file: indented JSON with its checksum (which
// it also sets on ex).
func (ex *Exercise) Encode() ([]byte, error) {
	ex.Format, ex.Schema = ExerciseFormat, Schema
	return seal(ex, func(s string) { ex.Checksum = s })
}

// DecodeExercise reads and checks an exercise file. It refuses, naming the
// problem and its JSON path: a file above MaxExerciseSize, invalid JSON,
// duplicate or case-variant keys, unknown keys, another format, a missing,
// older-than-1 or newer schema (the error then wraps store.ErrNewerSchema),
// a checksum that does not match, a bad id, an empty or oversized title,
// text or tag set, a text hash that is not the text's SHA-256, and a scope
// that is not sorted ranges without overlap inside the text (at most
// MaxScopeRanges).
func DecodeExercise(data []byte) (Exercise, error) {
	data, err := openFile(data, exerciseSpec)
	if err != nil {
		return Exercise{}, err
	}
	var ex Exercise
	if err := strictUnmarshal(data, &ex); err != nil {
		return Exercise{}, err
	}
	if err := ex.check("$"); err != nil {
		return Exercise{}, err
	}
	return ex, nil
}

// strictUnmarshal decodes data into v, refusing members v does not have.
func strictUnmarshal(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonstrict.DecodeError(data, err)
	}
	return nil
}

// Document returns the text as a document to annotate, with the
// exercise's tag set and no marks, for the student's view. Its ID is the
// text hash, as for any document; the UI may store exercise work under an
// ID of its own.
func (ex *Exercise) Document() *model.Document {
	d := model.NewLang(ex.Title, ex.Text, ex.Lang)
	d.TagSet = ex.TagSet.Clone()
	return d
}

// FileName proposes a file name for the exercise, e.g.
// "media-literacy-week-3.exercise.json".
func (ex *Exercise) FileName() string {
	return jsonstrict.Slug(ex.Title, "exercise", 60) + ".exercise.json"
}

// Late reports whether a submission at t is after the due date.
func (ex *Exercise) Late(t time.Time) bool { return ex.Due != nil && t.After(*ex.Due) }
