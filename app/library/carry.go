package library

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

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
// there is none. Of several, it offers the one the library lists first
// (most recently changed or opened). It reads the records first and the
// text (a book's is megabytes) only of an annotated document: never d's.
func FindCarry(repo store.Repo, d *model.Document) *CarryOffer {
	keys, err := repo.KV.Keys(store.TextKey(""))
	if err != nil {
		return nil
	}
	var best *CarryOffer
	var bestAt time.Time
	opened := repo.Opened()
	title := strings.TrimSpace(d.Title)
	for _, k := range keys {
		id := strings.TrimPrefix(k, store.TextKey(""))
		if id == d.ID {
			continue
		}
		rec, err := repo.Load(id)
		if err != nil || rec == nil || len(rec.Marks) == 0 {
			continue
		}
		t, err := repo.LoadText(id)
		if err != nil || t == nil || !strings.EqualFold(strings.TrimSpace(t.Title), title) {
			continue
		}
		at := t.Added
		for _, u := range []time.Time{rec.Modified, opened[id]} {
			if u.After(at) {
				at = u
			}
		}
		if best == nil || at.After(bestAt) {
			best, bestAt = &CarryOffer{From: id, FromTitle: t.Title, To: d.ID, Count: len(rec.Marks)}, at
		}
	}
	return best
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
