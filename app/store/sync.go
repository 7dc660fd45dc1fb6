package store

import (
	"encoding/json"
	"strings"
	"time"

	"annotator/app/model"
)

// Sync writes d's annotations when other tabs may write the same record.
// base is the revision this tab last read or wrote; dirty lists the
// sentences this tab changed since then. When the stored record has moved
// on, the other tab's marks are taken for every sentence this tab did not
// touch (merge by sentence: its additions and its removals both survive),
// and this tab's marks win where both changed. It returns the revision
// written and the sentences that took another tab's mark. When base is
// above 0 and no record is stored any more, nothing is written and the
// error is ErrDeleted.
func (r Repo) Sync(d *model.Document, base int, dirty map[int]bool, orphans []StoredMark, now time.Time) (rev int, taken []int, err error) {
	return r.SyncAhead(d, base, dirty, orphans, now, nil)
}

// SyncAhead is Sync that, when ahead is not nil, calls it with the
// revision the record will have, after any merge and just before the
// write: a write-ahead journal records that revision with the change, so
// that a replay can tell whether the store holds it.
func (r Repo) SyncAhead(d *model.Document, base int, dirty map[int]bool, orphans []StoredMark, now time.Time, ahead func(rev int)) (rev int, taken []int, err error) {
	// Only when another tab wrote since (its revision moved) is the whole
	// stored record read and merged: a save usually reads a few bytes.
	// When the stored manifest is the very one this tab last read or
	// wrote, not even its revision needs reading.
	raw, ok, err := r.KV.Get(DocKey(d.ID))
	if err != nil {
		return base, nil, err
	}
	if ok && r.Memo.unchanged(d.ID, raw, base) {
		// Nothing else wrote since.
	} else if rev := peekRev(raw); !ok && base > 0 {
		// The record this tab read or wrote is gone: the document was
		// deleted. Writing it again would recreate it as keys no library
		// lists.
		return base, nil, ErrDeleted
	} else if ok && rev != base {
		stored, err := r.Load(d.ID)
		if err != nil {
			return base, nil, err
		}
		if stored != nil {
			taken = stored.Merge(d, dirty)
			base = max(base, stored.Rev)
		}
	}
	rec := r.Memo.record(d, orphans, now)
	rec.Rev = base + 1
	if ahead != nil {
		ahead(rec.Rev)
	}
	if err := r.save(rec, raw, ok); err != nil { // raw is still what is stored: nothing wrote since
		return base, taken, err
	}
	return rec.Rev, taken, nil
}

// Merge copies this record's marks (written by another tab) onto d for
// every sentence not in keep, when the sentence text still matches, and
// returns the sentences it changed. The caller then treats rec.Rev as its
// base.
func (rec Record) Merge(d *model.Document, keep map[int]bool) []int {
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

// PeekRev reads the revision of a stored record from the start of its JSON,
// without parsing the marks; ok is false when there is no record. A record
// whose start cannot be read reports revision -1, so that Sync reads it in
// full (and refuses it as unreadable).
func (r Repo) PeekRev(docID string) (rev int, ok bool, err error) {
	raw, ok, err := r.KV.Get(DocKey(docID))
	if err != nil || !ok {
		return 0, ok, err
	}
	return peekRev(raw), true, nil
}

// peekRev is PeekRev on the stored JSON raw.
func peekRev(raw string) (rev int) {
	dec := json.NewDecoder(strings.NewReader(raw))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return -1
	}
	for i := 0; i < 2 && dec.More(); i++ {
		k, err := dec.Token()
		if err != nil {
			return -1
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return -1
		}
		if k == "rev" {
			if err := json.Unmarshal(v, &rev); err != nil {
				return -1
			}
			return rev
		}
	}
	return -1 // no revision up front: let Sync read the whole record
}
