package classroom

import (
	"fmt"
	"strings"
	"time"

	"annotator/app/jsonstrict"
	"annotator/app/model"
)

// Revise returns the exercise edited: the same id (so submissions and
// keys made for the old version still belong to it) with the title,
// instructions, due date, tag set (d's), new-tag permission and scope
// given, and a new checksum. An empty title keeps d's title, else ex's.
// It refuses, with an error that says what to do instead:
//
//   - another text (d's SHA-256 is not ex.TextHash): that is a new
//     exercise;
//   - a tag set without one of ex's tag ids, or a closed tag set where ex
//     allowed new tags: submissions already made may use those tags, and
//     they would no longer be graded. Names, colours and descriptions may
//     change and tags may be added.
func (ex Exercise) Revise(d *model.Document, title, instructions string, due *time.Time, allowNewTags bool, scope []Range) (Exercise, error) {
	if d.Hash != ex.TextHash {
		return Exercise{}, fmt.Errorf("the text is not the exercise's (its SHA-256 is %.12s…, the exercise's %.12s…): an exercise keeps its text; make a new exercise for another text", d.Hash, ex.TextHash)
	}
	for _, t := range ex.TagSet.Tags {
		if _, ok := d.TagSet.Find(t.ID); !ok {
			return Exercise{}, fmt.Errorf("the revised tag set drops the tag %q (%s), which submissions may already use: keep it, or make a new exercise", jsonstrict.Clip(t.ID, 40), jsonstrict.Clip(t.Name, 40))
		}
	}
	if ex.AllowNewTags && !allowNewTags {
		return Exercise{}, fmt.Errorf("the exercise allowed students to add tags; closing the tag set would refuse submissions that did: keep it open, or make a new exercise")
	}
	if strings.TrimSpace(title) == "" && strings.TrimSpace(d.Title) == "" {
		title = ex.Title
	}
	return buildExercise(ex.ID, d, title, instructions, due, allowNewTags, scope)
}
