package library

import (
	"time"

	"annotator/app/formats"
	"annotator/app/store"
)

// BackupAll encodes, dated now, a backup of every readable document of the
// library with its annotations and orphans, most recently used first; it
// returns the file and how many documents it holds. Shipped articles with
// nothing stored are left out, and so are documents whose stored text or
// annotations cannot be read (the library lists their problem).
func BackupAll(repo store.Repo, now time.Time) (data []byte, n int, err error) {
	lib, err := repo.Library(ShippedEntries())
	if err != nil {
		return nil, 0, err
	}
	var docs []formats.BackupDocument
	for _, e := range lib {
		if e.Problem != "" {
			continue
		}
		l, err := Peek(repo, e.ID)
		if err != nil || l.RecErr != nil {
			continue
		}
		o := formats.Options{Modified: now}
		if l.Rec != nil {
			o.Modified, o.Orphans = l.Rec.Modified, l.Orphans
		} else if l.Shipped {
			continue // an untouched shipped article needs no backup
		}
		docs = append(docs, formats.NewBackupDocument(l.Doc, o))
	}
	data, err = formats.EncodeBackup(now, docs...)
	return data, len(docs), err
}
