package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
)

// inline notes that rec, just loaded, keeps its marks in its manifest (a
// record of an older version): Prepare can put them into chunks before
// the first save has to.
func (m *Memo) inline(rec *Record) {
	if m == nil {
		return
	}
	marks := slices.Clone(rec.Marks)
	slices.SortStableFunc(marks, func(a, b StoredMark) int { return a.Sentence - b.Sentence })
	head := *rec
	head.Marks, head.Chunks, head.Pages = nil, nil, nil
	m.legacy, m.legacyNames, m.legacyAt, m.legacyRecord = marks, nil, 0, &head
}

// Prepare does, in steps of at most budget chunks, what the first save
// after opening an older version's record (its marks inline in the
// manifest) would do at once: it writes the record's chunks, budget at a
// time, then its pages and a manifest naming them (same revision, same
// marks), so that the first change writes one chunk and one page like
// every later one. The caller runs it in idle time and repeats it until
// done. Nothing is lost at any step: the parts are written before the
// manifest that names them, and when the stored manifest is no longer the
// one loaded (a save or another tab wrote since), Prepare stops without
// writing it. Without a memo it is done at once; for a record in chunks
// it only removes, once, what an interrupted save left behind (which the
// first save would otherwise list every key of the record to find).
func (r Repo) Prepare(docID string, budget int) (done bool, err error) {
	m := r.Memo
	if m == nil || m.doc != docID {
		return true, nil
	}
	if m.legacyRecord == nil {
		return true, r.sweepAllOnce(docID)
	}
	for n := 0; n < max(budget, 1) && m.legacyAt < len(m.legacy); n++ {
		start := m.legacyAt
		k := m.legacy[start].Sentence / ChunkSentences
		end := start
		for end < len(m.legacy) && m.legacy[end].Sentence/ChunkSentences == k {
			end++
		}
		v, h, err := m.encode(docID, k, m.legacy[start:end])
		if err != nil {
			return true, err
		}
		if err := r.writePart(chunkKey(docID, h), v); err != nil {
			// A full quota: the record stays as it is (the next save tries
			// again), and the parts written so far give their room back.
			for _, w := range append(m.legacyNames, h) {
				r.KV.Del(chunkKey(docID, w))
			}
			m.legacy, m.legacyNames, m.legacyRecord = nil, nil, nil
			return true, err
		}
		m.legacyNames, m.legacyAt = append(m.legacyNames, h), end
	}
	if m.legacyAt < len(m.legacy) {
		return false, nil
	}
	// The manifest (large: every mark) is read once, at the end: a save
	// of this tab since dropped what Prepare was doing (Memo.seen), and
	// another tab's shows here.
	raw, ok, err := r.KV.Get(DocKey(docID))
	man, names := *m.legacyRecord, m.legacyNames
	m.legacy, m.legacyNames, m.legacyRecord = nil, nil, nil
	if err != nil || !ok || !m.unchanged(docID, raw, man.Rev) {
		return true, err
	}
	man.Schema = RecordSchema
	for i := 0; i < len(names); i += PageChunks {
		b, err := json.Marshal(names[i:min(i+PageChunks, len(names))])
		if err != nil {
			return true, err
		}
		p := partName(b)
		if err := r.writePart(pageKey(docID, p), string(b)); err != nil {
			return true, err
		}
		man.Pages = append(man.Pages, p)
	}
	b, err := json.Marshal(man)
	if err != nil {
		return true, err
	}
	if err := r.KV.Set(DocKey(docID), string(b)); err != nil {
		return true, fmt.Errorf("saving annotations: %w", err)
	}
	m.seen(docID, string(b), man.Rev, names, man.Pages)
	return true, r.sweepAllOnce(docID)
}

// sweepAllOnce is sweepOnce, then the same for the undo history's blocks
// (the first SaveHistory in a memo's life would list every key too).
func (r Repo) sweepAllOnce(docID string) error {
	return errors.Join(r.sweepOnce(docID), r.sweepHistoryOnce(docID))
}

// sweepHistoryOnce removes, once in a memo's life, the blocks of docID's
// undo history that its stored list does not name (an interrupted save's
// leftovers). An unreadable or newer list is left as it is, with its
// blocks.
func (r Repo) sweepHistoryOnce(docID string) error {
	prefix := HistoryKey(docID) + "/"
	if r.Memo.swept[prefix] {
		return nil
	}
	raw, ok, err := r.KV.Get(HistoryKey(docID))
	if err != nil {
		return err
	}
	var list storedHistory
	if ok && (json.Unmarshal([]byte(raw), &list) != nil || list.Schema > HistorySchema) {
		return nil
	}
	named := map[string]bool{}
	for _, h := range list.Blocks {
		named[blockKey(docID, h)] = true
	}
	r.sweep(prefix, named, nil)
	return nil
}

// sweepOnce does, when the stored manifest is still the one the memo
// knows, the walk over every key of the record that the first save in a
// memo's life would do (removing what an interrupted save left), so that
// this save does not have to.
func (r Repo) sweepOnce(docID string) error {
	m, prefix := r.Memo, DocKey(docID)+"/"
	if m.swept[prefix] || !m.manOK {
		return nil
	}
	raw, ok, err := r.KV.Get(DocKey(docID))
	if err != nil || !ok || raw != m.man {
		return err
	}
	named := map[string]bool{}
	for h := range m.manChunks {
		named[chunkKey(docID, h)] = true
	}
	for p := range m.manPages {
		named[pageKey(docID, p)] = true
	}
	r.sweep(prefix, named, nil)
	return nil
}
