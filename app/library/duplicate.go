package library

import (
	"fmt"
	"strings"
	"time"

	"annotator/app/store"
)

// Duplicate copies a shipped or stored document and its annotations (not
// its undo history) under a new id, "<base>-N" with the smallest N from 2
// that nothing is stored under, titled "<title> (copy)" and added at now.
// It makes the whole copy or none: when the text or annotations cannot be
// read, or the copy cannot be written, it returns an error and leaves
// nothing of the copy behind.
func Duplicate(repo store.Repo, id string, now time.Time) (store.StoredText, error) {
	l, err := Peek(repo, id)
	if err != nil {
		return store.StoredText{}, err
	}
	if l.RecErr != nil {
		return store.StoredText{}, fmt.Errorf("its annotations cannot be read, so it was not duplicated: %w", l.RecErr)
	}
	var t store.StoredText
	if l.Text != nil {
		t = *l.Text
	} else {
		t = store.StoredText{Title: l.Doc.Title, Text: l.Doc.Text, Sentences: len(l.Doc.Sentences)}
	}
	newID, err := freeID(repo, strings.SplitN(id, "-", 2)[0])
	if err != nil {
		return store.StoredText{}, err
	}
	t.ID, t.Title, t.Added = newID, t.Title+" (copy)", now
	if err := repo.SaveText(t); err != nil {
		return store.StoredText{}, fmt.Errorf("could not duplicate: %w", err)
	}
	if l.Rec != nil {
		rec := *l.Rec
		rec.Doc, rec.Rev = newID, 0
		if err := repo.Save(rec); err != nil {
			repo.Delete(newID) // nothing was stored under newID before
			return store.StoredText{}, fmt.Errorf("could not duplicate the annotations: %w", err)
		}
	}
	return t, nil
}

// freeID returns the first "<base>-N", N from 2, with no text and no
// record stored (readable or not).
func freeID(repo store.Repo, base string) (string, error) {
	for n := 2; ; n++ {
		id := fmt.Sprintf("%s-%d", base, n)
		taken := false
		for _, k := range []string{store.TextKey(id), store.DocKey(id)} {
			_, ok, err := repo.KV.Get(k)
			if err != nil {
				return "", err
			}
			taken = taken || ok
		}
		if !taken {
			return id, nil
		}
	}
}
