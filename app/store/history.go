package store

import (
	"encoding/json"
	"fmt"

	"annotator/app/model"
)

// HistoryLimit is how many undo steps survive a reload.
const HistoryLimit = 100

// HistoryKey is the key of a document's undo history.
func HistoryKey(docID string) string { return Prefix + "history/" + docID }

// storedHistory is the stored shape of an undo history.
type storedHistory struct {
	Schema  int            `json:"schema"`
	Changes []model.Change `json:"changes"`
}

// SaveHistory keeps the last HistoryLimit changes of a document.
func (r Repo) SaveHistory(docID string, changes []model.Change) error {
	if len(changes) > HistoryLimit {
		changes = changes[len(changes)-HistoryLimit:]
	}
	b, err := json.Marshal(storedHistory{Schema: Schema, Changes: changes})
	if err != nil {
		return err
	}
	if err := r.KV.Set(HistoryKey(docID), string(b)); err != nil {
		return fmt.Errorf("saving undo history: %w", err)
	}
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
	if h.Schema != Schema {
		return nil, fmt.Errorf("%w: undo history schema %d", ErrUnreadable, h.Schema)
	}
	return h.Changes, nil
}
