package library

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"annotator/app/model"
	"annotator/app/store"
)

// CarryOffer proposes to bring the annotations of an earlier version of a
// text (same title, different text) over to a newly added one.
type CarryOffer struct {
	// From is the earlier version's id, FromTitle its title.
	From, FromTitle string
	// To is the id of the document the annotations would go to.
	To string
	// Count is how many annotated sentences the earlier version has.
	Count int
}

// FindCarry looks for a readable annotated document with the same title
// as d (ignoring case and surrounding space) and another id; nil when
// there is none.
func FindCarry(repo store.Repo, d *model.Document) *CarryOffer {
	lib, err := repo.Library(nil)
	if err != nil {
		return nil
	}
	for _, e := range lib {
		if e.ID != d.ID && e.Annotated > 0 && e.Problem == "" && strings.EqualFold(strings.TrimSpace(e.Title), strings.TrimSpace(d.Title)) {
			return &CarryOffer{From: e.ID, FromTitle: e.Title, To: d.ID, Count: e.Annotated}
		}
	}
	return nil
}

// Carry puts the earlier version's annotations (and tag set) on d, which
// must be the offer's To document: each mark goes to the sentence with its
// text, else to an edited sentence matched by its words (fuzzy counts
// those). It writes nothing and leaves the earlier version as it was; it
// returns the edits as one change for the caller to Record in d's history
// (then save d), and the marks that could not be placed, to keep as
// orphans. The error says the earlier annotations cannot be read; d is
// then unchanged.
func Carry(repo store.Repo, c CarryOffer, d *model.Document) (change model.Change, orphans []store.StoredMark, fuzzy int, err error) {
	if c.To != d.ID {
		return model.Change{}, nil, 0, errors.New("the offer is for another document")
	}
	rec, err := repo.Load(c.From)
	switch {
	case err != nil:
		return model.Change{}, nil, 0, fmt.Errorf("the annotations of “%s” cannot be read: %w", c.FromTitle, err)
	case rec == nil:
		return model.Change{}, nil, 0, fmt.Errorf("“%s” has no stored annotations any more", c.FromTitle)
	}
	before := slices.Clone(d.Marks)
	tagsBefore := d.TagSet.Clone()
	moved := *rec
	moved.Doc = d.ID
	pl := moved.Place(d)
	for i := range d.Marks {
		if !d.Marks[i].Equal(before[i]) {
			change.Marks = append(change.Marks, model.MarkEdit{Sentence: i, Before: before[i], After: d.Marks[i]})
		}
	}
	if tagsBefore.Name != d.TagSet.Name || !slices.Equal(tagsBefore.Tags, d.TagSet.Tags) {
		change.TagSet = &model.TagSetEdit{Before: tagsBefore, After: d.TagSet.Clone()}
	}
	return change, pl.Orphans, pl.Fuzzy, nil
}
