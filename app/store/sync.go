package store

import (
	"time"

	"annotator/app/model"
)

// Sync writes d's annotations when other tabs may write the same record.
// base is the revision this tab last read or wrote; dirty lists the
// sentences this tab changed since then. When the stored record has moved
// on, the other tab's marks are taken for every sentence this tab did not
// touch (merge by sentence: its additions and its removals both survive),
// and this tab's marks win where both changed. It returns the revision
// written and the sentences that took another tab's mark.
func (r Repo) Sync(d *model.Document, base int, dirty map[int]bool, orphans []StoredMark, now time.Time) (rev int, taken []int, err error) {
	stored, err := r.Load(d.ID)
	if err != nil {
		return base, nil, err
	}
	if stored != nil && stored.Rev != base {
		taken = stored.mergeInto(d, dirty)
		base = max(base, stored.Rev)
	}
	rec := FromDocument(d, orphans, now)
	rec.Rev = base + 1
	if err := r.Save(rec); err != nil {
		return base, taken, err
	}
	return rec.Rev, taken, nil
}

// mergeInto copies this record's marks onto d for every sentence not in
// keep, when the sentence text still matches; it returns the sentences it
// changed.
func (rec Record) mergeInto(d *model.Document, keep map[int]bool) []int {
	theirs := map[int]model.Mark{}
	for _, sm := range rec.Marks {
		if sm.Sentence >= 0 && sm.Sentence < len(d.Sentences) && d.SentenceText(sm.Sentence) == sm.Quote {
			theirs[sm.Sentence] = sm.Mark
		}
	}
	var changed []int
	for i := range d.Marks {
		if keep[i] {
			continue
		}
		if m := theirs[i]; !m.Equal(d.Marks[i]) {
			d.Marks[i] = m
			changed = append(changed, i)
		}
	}
	return changed
}

// Merge applies a record written by another tab to d, keeping the
// sentences in keep, and returns the sentences that changed. The caller
// then treats rec.Rev as its base.
func (rec Record) Merge(d *model.Document, keep map[int]bool) []int {
	return rec.mergeInto(d, keep)
}
