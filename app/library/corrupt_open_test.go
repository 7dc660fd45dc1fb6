package library

import (
	"errors"
	"testing"

	"annotator/app/store"
)

// TestOpenReportsUnreadableHistoryWithoutRecord: a document with no record
// yet and an unreadable undo history opens with HistoryErr set, so that its
// first save does not write over the history.
func TestOpenReportsUnreadableHistoryWithoutRecord(t *testing.T) {
	repo, kv := newRepo()
	kv.Set(store.HistoryKey(DefaultID()), "{garbage")
	l, err := Open(repo, DefaultID())
	if err != nil {
		t.Fatal(err)
	}
	if !errors.Is(l.HistoryErr, store.ErrUnreadable) {
		t.Errorf("HistoryErr = %v, want ErrUnreadable", l.HistoryErr)
	}
}
