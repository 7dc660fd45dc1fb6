package classroom

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"annotator/app/formats"
	"annotator/app/jsonstrict"
	"annotator/app/model"
	"annotator/app/store"
)

// Limits of the classroom files; the decoders refuse a file beyond any of
// them, and the constructors refuse to write one.
const (
	// MaxExerciseSize caps an exercise file.
	MaxExerciseSize = 8 << 20
	// MaxKeySize caps an answer-key file (it holds the exercise too).
	MaxKeySize = 16 << 20
	// MaxSubmissionSize caps a submission file.
	MaxSubmissionSize = 8 << 20
	// MaxTitleSize caps an exercise title, in bytes.
	MaxTitleSize = 4 << 10
	// MaxInstructionsSize caps the instructions, in bytes.
	MaxInstructionsSize = 64 << 10
	// MaxStudentName caps a student's name, in code points.
	MaxStudentName = 100
	// MaxTagID caps a tag id, in bytes.
	MaxTagID = 100
	// MaxMarks caps the annotated sentences of one key or submission.
	MaxMarks = 200_000
	// MaxHighlights caps the highlights of one key or submission.
	MaxHighlights = 200_000
	// MaxAlternatives caps the accepted alternative answers of one key.
	MaxAlternatives = 100_000
	// MaxKeyVersion caps a key's version number.
	MaxKeyVersion = 1_000_000
)

// checkTagSet checks the exercise's tag set and returns its ids.
func checkTagSet(ts model.TagSet, path string) (map[string]bool, error) {
	switch {
	case len(ts.Tags) == 0:
		return nil, jsonstrict.Errorf(path+".tags", "the tag set has no tags")
	case len(ts.Tags) > formats.MaxTags:
		return nil, jsonstrict.Errorf(path+".tags", "%d tags; a tag set may have at most %d", len(ts.Tags), formats.MaxTags)
	}
	ids := map[string]bool{}
	return ids, addTags(ids, ts.Tags, path+".tags")
}

// addTags checks tags (at path) and adds their ids to ids; an id already
// there is an error.
func addTags(ids map[string]bool, tags []model.Tag, path string) error {
	for k, t := range tags {
		tp := jsonstrict.IndexPath(path, k)
		switch {
		case t.ID == "" || strings.ContainsFunc(t.ID, unicode.IsSpace):
			return jsonstrict.Errorf(tp+".id", "a tag id must be non-empty, without spaces")
		case len(t.ID) > MaxTagID:
			return jsonstrict.Errorf(tp+".id", "the tag id is longer than %d bytes", MaxTagID)
		case ids[t.ID]:
			return jsonstrict.Errorf(tp+".id", "tag id %q appears twice", jsonstrict.Clip(t.ID, 40))
		case strings.TrimSpace(t.Name) == "":
			return jsonstrict.Errorf(tp+".name", "the tag has no name")
		case len(t.Name)+len(t.Description)+len(t.Color)+len(t.Key) > 4<<10:
			return jsonstrict.Errorf(tp, "the tag's name, colour and description are longer than 4 KB")
		}
		ids[t.ID] = true
	}
	return nil
}

// checkNewTags checks the tags a key or submission adds to the exercise's
// closed tag set (allowed only when the exercise allows new tags) and
// returns the ids a mark may use.
func checkNewTags(ex *Exercise, newTags []model.Tag, path string) (map[string]bool, error) {
	ids := map[string]bool{}
	for _, t := range ex.TagSet.Tags {
		ids[t.ID] = true
	}
	if len(newTags) > 0 && !ex.AllowNewTags {
		return nil, jsonstrict.Errorf(path, "the exercise does not allow new tags, but %d are added (%q…)", len(newTags), jsonstrict.Clip(newTags[0].ID, 40))
	}
	if len(newTags) > formats.MaxTags {
		return nil, jsonstrict.Errorf(path, "%d new tags; at most %d", len(newTags), formats.MaxTags)
	}
	return ids, addTags(ids, newTags, path)
}

// checkStudent checks a student's name or pseudonym.
func checkStudent(name, path string) error {
	switch {
	case strings.TrimSpace(name) == "":
		return jsonstrict.Errorf(path, "no student name")
	case strings.TrimSpace(name) != name:
		return jsonstrict.Errorf(path, "the name starts or ends with a space")
	case utf8.RuneCountInString(name) > MaxStudentName:
		return jsonstrict.Errorf(path, "the name is longer than %d characters", MaxStudentName)
	case strings.ContainsFunc(name, unicode.IsControl):
		return jsonstrict.Errorf(path, "the name contains a control character")
	}
	return nil
}

// sweeper turns increasing code-point offsets of a text into byte offsets
// in one pass.
type sweeper struct {
	text  string
	b, cp int
}

// to returns the byte offset of code point cp, which must not be below the
// one asked before; ok is false past the end of the text.
func (s *sweeper) to(cp int) (int, bool) {
	for s.cp < cp {
		if s.b >= len(s.text) {
			return 0, false
		}
		_, size := utf8.DecodeRuneInString(s.text[s.b:])
		s.b += size
		s.cp++
	}
	return s.b, s.cp == cp
}

// checkMarks checks the marks of a key or submission against the
// exercise text: in text order without overlap, each quote the text at
// its code-point range, tags and highlight tags among tags, highlights
// inside their sentence on character boundaries.
func checkMarks(marks []store.StoredMark, text string, tags map[string]bool, path string) error {
	if len(marks) > MaxMarks {
		return jsonstrict.Errorf(path, "%d annotated sentences; at most %d", len(marks), MaxMarks)
	}
	sw := &sweeper{text: text}
	prevEnd, hls := 0, 0
	for k, m := range marks {
		mp := jsonstrict.IndexPath(path, k)
		switch {
		case m.Sentence < 0:
			return jsonstrict.Errorf(mp+".i", "sentence index %d is negative", m.Sentence)
		case m.Start < 0 || m.End <= m.Start:
			return jsonstrict.Errorf(mp, "start %d and end %d do not make a range", m.Start, m.End)
		case m.Start < prevEnd:
			return jsonstrict.Errorf(mp+".start", "the mark overlaps the one before it (marks are in text order, one per sentence)")
		case m.Empty():
			return jsonstrict.Errorf(mp, "the mark carries no tag, note or highlight")
		case len(m.Note) > formats.MaxNoteSize:
			return jsonstrict.Errorf(mp+".note", "the note is longer than %s", jsonstrict.HumanBytes(formats.MaxNoteSize))
		case utf8.RuneCountInString(m.Prefix) > store.ContextRunes || utf8.RuneCountInString(m.Suffix) > store.ContextRunes:
			return jsonstrict.Errorf(mp, "prefix and suffix may hold at most %d characters", store.ContextRunes)
		}
		prevEnd = m.End
		b0, ok0 := sw.to(m.Start)
		b1, ok1 := sw.to(m.End)
		if !ok0 || !ok1 {
			return jsonstrict.Errorf(mp+".end", "code point %d is past the end of the text", m.End)
		}
		if q := text[b0:b1]; q != m.Quote {
			return jsonstrict.Errorf(mp+".quote", "the quote is not the text at code points %d–%d (%q)", m.Start, m.End, jsonstrict.Clip(q, 40))
		}
		if err := checkTagList(mp+".tags", m.Tags, tags); err != nil {
			return err
		}
		if hls += len(m.Highlights); hls > MaxHighlights {
			return jsonstrict.Errorf(mp+".highlights", "more than %d highlights", MaxHighlights)
		}
		for j, h := range m.Highlights {
			hp := jsonstrict.IndexPath(mp+".highlights", j)
			if err := h.Check(m.Quote); err != nil {
				return jsonstrict.Errorf(hp, "%v", err)
			}
			if !tags[h.Tag] {
				return jsonstrict.Errorf(hp+".tag", "tag %q is not in the exercise's tag set", jsonstrict.Clip(h.Tag, 40))
			}
		}
	}
	return nil
}

// marksOf captures the marks of d (which must hold the exercise's text)
// and the tags they use beyond the exercise's tag set, taken from d's tag
// set (a tag d's set lacks is named by its id); such tags are an error,
// naming the sentence, when the exercise's tag set is closed.
func marksOf(d *model.Document, ex *Exercise) ([]store.StoredMark, []model.Tag, error) {
	if d.Hash != ex.TextHash {
		return nil, nil, jsonstrict.Errorf("", "the document is not the exercise's text (its SHA-256 is %.12s…, the exercise's %.12s…)", d.Hash, ex.TextHash)
	}
	marks := store.FromDocument(d, nil, time.Time{}).Marks
	var newTags []model.Tag
	known := map[string]bool{}
	for _, t := range ex.TagSet.Tags {
		known[t.ID] = true
	}
	add := func(id string, m store.StoredMark) error {
		if known[id] {
			return nil
		}
		if !ex.AllowNewTags {
			return jsonstrict.Errorf("", "the tag %q on sentence %d (%q) is not in the exercise's tag set, which is closed", jsonstrict.Clip(id, 40), m.Sentence+1, jsonstrict.Clip(m.Quote, 40))
		}
		known[id] = true
		t, ok := d.TagSet.Find(id)
		if !ok || strings.TrimSpace(t.Name) == "" {
			t = model.Tag{ID: id, Name: id, Color: t.Color, Description: t.Description}
		}
		newTags = append(newTags, t)
		return nil
	}
	for _, m := range marks {
		for _, t := range m.Tags {
			if err := add(t, m); err != nil {
				return nil, nil, err
			}
		}
		for _, h := range m.Highlights {
			if err := add(h.Tag, m); err != nil {
				return nil, nil, err
			}
		}
	}
	return marks, newTags, nil
}

// checkTagList checks a list of tag ids at path: each once, each known.
func checkTagList(path string, list []string, known map[string]bool) error {
	seen := map[string]bool{}
	for j, t := range list {
		tp := jsonstrict.IndexPath(path, j)
		switch {
		case seen[t]:
			return jsonstrict.Errorf(tp, "tag %q appears twice", jsonstrict.Clip(t, 40))
		case !known[t]:
			return jsonstrict.Errorf(tp, "tag %q is not in the exercise's tag set", jsonstrict.Clip(t, 40))
		}
		seen[t] = true
	}
	return nil
}
