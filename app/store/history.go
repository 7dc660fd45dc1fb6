package store

import (
	"encoding/json"
	"fmt"
	"slices"

	"annotator/app/model"
)

// HistoryLimit is how many undo steps survive a reload (at least; up to
// HistoryBlock-1 more are kept, so that the oldest go a block at a time).
const HistoryLimit = 100

// HistoryBlock is how many changes share one stored block of the history.
const HistoryBlock = 16

// HistorySchema is the version of the undo histories this code writes: 2
// keeps the changes in content-addressed blocks under a small list, so
// that a new change rewrites its block, not the whole history; 1 kept them
// inline, and is still read.
const HistorySchema = 2

// HistoryKey is the key of a document's undo history.
func HistoryKey(docID string) string { return Prefix + "history/" + docID }

// blockKey is the key of one block of a document's undo history.
func blockKey(docID, hash string) string { return HistoryKey(docID) + "/b/" + hash }

// storedHistory is the stored shape of an undo history.
type storedHistory struct {
	Schema int `json:"schema"`
	// Changes holds the changes inline (schema 1).
	Changes []model.Change `json:"changes,omitempty"`
	// Blocks names the blocks that hold them, oldest first (schema 2).
	Blocks []string `json:"blocks,omitempty"`
}

// HistoryKeep returns how many of the last of done changes SaveHistory
// keeps: all up to HistoryLimit, then a number that drops the oldest
// HistoryBlock at a time. Counted from the first change, the blocks then
// stay the same as changes are added, so that only the newest is written.
func HistoryKeep(done int) int {
	if done <= HistoryLimit {
		return done
	}
	start := done - HistoryLimit
	return done - start + start%HistoryBlock
}

// SaveHistory keeps a document's undo history: the last HistoryKeep(n) of
// the n changes given (callers pass that many, or all of them). Blocks already stored (named by
// their content) are not written again; the list is written last, and only
// then are blocks it no longer names deleted.
func (r Repo) SaveHistory(docID string, changes []model.Change) error {
	changes = changes[len(changes)-HistoryKeep(len(changes)):]
	stored := map[string]bool{}
	if raw, ok, _ := r.KV.Get(HistoryKey(docID)); ok {
		// An unreadable stored history is kept byte for byte, never
		// written over (the caller reports it).
		var prev storedHistory
		if err := json.Unmarshal([]byte(raw), &prev); err != nil {
			return fmt.Errorf("%w: undo history: %v; it is not written over", ErrUnreadable, err)
		}
		if prev.Schema > HistorySchema {
			return fmt.Errorf("%w (undo history schema %d); it is not written over", ErrNewerSchema, prev.Schema)
		}
		for _, h := range prev.Blocks {
			stored[h] = true
		}
	}
	list := storedHistory{Schema: HistorySchema, Blocks: []string{}}
	named := map[string]bool{}
	for i := 0; i < len(changes); i += HistoryBlock {
		v, h, err := r.Memo.block(docID, changes[i:min(i+HistoryBlock, len(changes))])
		if err != nil {
			return err
		}
		if !stored[h] {
			if err := r.writePart(blockKey(docID, h), v); err != nil {
				return fmt.Errorf("saving undo history: %w", err)
			}
		}
		list.Blocks = append(list.Blocks, h)
		named[blockKey(docID, h)] = true
	}
	b, err := json.Marshal(list)
	if err != nil {
		return err
	}
	if err := r.KV.Set(HistoryKey(docID), string(b)); err != nil {
		return fmt.Errorf("saving undo history: %w", err)
	}
	var stale []string
	for h := range stored {
		stale = append(stale, blockKey(docID, h))
	}
	r.sweep(HistoryKey(docID)+"/", named, stale)
	return nil
}

// LoadHistory returns the stored undo history of a document (nil when
// none). Unreadable history is reported, and the caller starts afresh
// without deleting it.
func (r Repo) LoadHistory(docID string) ([]model.Change, error) {
	raw, ok, err := r.KV.Get(HistoryKey(docID))
	if err != nil || !ok {
		return nil, err
	}
	var h storedHistory
	if err := json.Unmarshal([]byte(raw), &h); err != nil {
		return nil, fmt.Errorf("%w: undo history: %v", ErrUnreadable, err)
	}
	switch {
	case h.Schema > HistorySchema:
		return nil, fmt.Errorf("%w (undo history schema %d)", ErrNewerSchema, h.Schema)
	case h.Schema == 1:
		return h.Changes, nil
	case h.Schema != HistorySchema:
		return nil, fmt.Errorf("%w: undo history schema %d", ErrUnreadable, h.Schema)
	}
	var out []model.Change
	for _, b := range h.Blocks {
		if !goodName(b) {
			return nil, fmt.Errorf("%w: bad block name %q", ErrUnreadable, b)
		}
		part, ok, err := r.KV.Get(blockKey(docID, b))
		switch {
		case err != nil:
			return nil, fmt.Errorf("reading %s: %w", blockKey(docID, b), err)
		case !ok:
			return nil, fmt.Errorf("%w: block %s of the undo history is missing", ErrUnreadable, b)
		}
		var cs []model.Change
		if err := json.Unmarshal([]byte(part), &cs); err != nil {
			return nil, fmt.Errorf("%w: undo history block %s: %v", ErrUnreadable, b, err)
		}
		out = append(out, cs...)
	}
	return out, nil
}

// memoBlock is one encoded block of an undo history with a copy of the
// changes it holds.
type memoBlock struct {
	changes []model.Change
	json    string
	hash    string
}

// block returns the JSON of a block of doc's undo history and its name,
// from the memo when one of the last save's blocks held the same changes
// (a save re-encodes only the newest block; the others are the same, or
// moved by one when the oldest went).
func (m *Memo) block(doc string, changes []model.Change) (string, string, error) {
	if m != nil {
		m.use(doc)
		for _, b := range m.blocks {
			if slices.EqualFunc(b.changes, changes, sameChange) {
				return b.json, b.hash, nil
			}
		}
	}
	b, err := json.Marshal(changes)
	if err != nil {
		return "", "", err
	}
	mb := memoBlock{changes: slices.Clone(changes), json: string(b), hash: partName(b)}
	if m != nil {
		m.blocks = append(m.blocks, mb)
		if len(m.blocks) > memoBlocks {
			m.blocks = slices.Delete(m.blocks, 0, len(m.blocks)-memoBlocks)
		}
	}
	return mb.json, mb.hash, nil
}

// memoBlocks is how many encoded history blocks a memo keeps: those of
// HistoryLimit changes and a few more.
const memoBlocks = HistoryLimit/HistoryBlock + 4

// sameChange reports whether two changes encode to the same JSON.
func sameChange(a, b model.Change) bool {
	if !slices.EqualFunc(a.Marks, b.Marks, func(x, y model.MarkEdit) bool {
		return x.Sentence == y.Sentence && x.Before.Equal(y.Before) && x.After.Equal(y.After)
	}) {
		return false
	}
	switch {
	case a.TagSet == nil || b.TagSet == nil:
		return a.TagSet == b.TagSet
	case a.TagSet == b.TagSet:
		return true
	}
	return sameTagSet(a.TagSet.Before, b.TagSet.Before) && sameTagSet(a.TagSet.After, b.TagSet.After)
}

// sameTagSet reports whether two tag sets encode to the same JSON.
func sameTagSet(a, b model.TagSet) bool {
	return a.Name == b.Name && (a.Tags == nil) == (b.Tags == nil) && slices.Equal(a.Tags, b.Tags)
}
