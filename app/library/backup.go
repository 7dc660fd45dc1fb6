package library

import (
	"fmt"
	"strings"
	"time"

	"annotator/app/formats"
	"annotator/app/store"
)

// BackupAll is BackupLibrary, returning the file and how many readable
// documents it holds.
func BackupAll(repo store.Repo, now time.Time) (data []byte, n int, err error) {
	r, err := BackupLibrary(repo, now)
	if err != nil {
		return nil, 0, err
	}
	return r.Data, r.Documents, nil
}

// BackupReport is what BackupLibrary wrote.
type BackupReport struct {
	// Data is the backup file.
	Data []byte
	// Documents counts the readable documents in it, with their texts and
	// annotations.
	Documents int
	// Unreadable are the titles of the documents that could not be read:
	// the file holds their raw stored values, and an import leaves them out.
	Unreadable []string
	// Exercises and Work count the exercises made on this device (with
	// their answer keys) and the students' exercise work in the file;
	// Records counts every stored value it carries as is (those included).
	Exercises, Work, Records int
	// Held is every key the file holds, with its value as read: what
	// ClearHeld may delete. The undo history of a backed-up document is
	// held with it (a backup has no undo history).
	Held map[string]string
}

// BackupLibrary encodes, dated now, a backup of everything this app keeps
// on the device: every readable document with its annotations and
// orphans, most recently used first (shipped articles with nothing stored
// are left out); every unreadable document with its raw stored values,
// named; and every other stored value exactly as stored (exercises made
// here with their answer keys, students' work and its annotations, the
// preferences). Nothing is left out.
func BackupLibrary(repo store.Repo, now time.Time) (*BackupReport, error) {
	lib, err := repo.Library(ShippedEntries())
	if err != nil {
		return nil, err
	}
	all, err := repo.KV.Keys(store.Prefix)
	if err != nil {
		return nil, err
	}
	r := &BackupReport{Held: map[string]string{}}
	b := formats.Backup{Created: now}
	covered := map[string]bool{}
	hold := func(keys []string) {
		for _, k := range keys {
			covered[k] = true
			if v, ok, err := repo.KV.Get(k); err == nil && ok {
				r.Held[k] = v
			}
		}
	}
	for _, e := range lib {
		keys, err := repo.DocKeys(e.ID)
		if err != nil {
			return nil, err
		}
		problem := e.Problem
		var l *Loaded
		if problem == "" {
			if l, err = Peek(repo, e.ID); err != nil {
				problem = err.Error()
			} else if l.RecErr != nil {
				problem = l.RecErr.Error()
			}
		}
		if problem != "" {
			values, err := quoteAll(repo.KV, keys)
			if err != nil {
				return nil, err
			}
			if len(values) == 0 {
				continue
			}
			b.Unreadable = append(b.Unreadable, formats.UnreadableDocument{ID: e.ID, Title: e.Title, Problem: problem, Values: values})
			r.Unreadable = append(r.Unreadable, e.Title)
			hold(keys)
			continue
		}
		if l.Rec == nil && l.Shipped {
			continue // an untouched shipped article needs no backup
		}
		o := formats.Options{Modified: now}
		if l.Rec != nil {
			o.Modified, o.Orphans = l.Rec.Modified, l.Orphans
		}
		b.Documents = append(b.Documents, formats.NewBackupDocument(l.Doc, o))
		hold(keys)
	}
	var rest []string
	for _, k := range all {
		if !covered[k] {
			rest = append(rest, k)
		}
	}
	if b.Records, err = quoteAll(repo.KV, rest); err != nil {
		return nil, err
	}
	for _, v := range b.Records {
		switch {
		case strings.HasPrefix(v.Key, store.ExercisesPrefix):
			r.Exercises++
		case strings.HasPrefix(v.Key, store.Prefix+"work/"):
			r.Work++
		}
	}
	hold(rest)
	r.Documents, r.Records = len(b.Documents), len(b.Records)
	if r.Data, err = formats.EncodeFullBackup(b); err != nil {
		return nil, err
	}
	return r, nil
}

// quoteAll reads the values of keys as exact JSON strings (store.Quote),
// leaving out keys that do not exist.
func quoteAll(kv store.KV, keys []string) ([]formats.StoredValue, error) {
	var out []formats.StoredValue
	for _, k := range keys {
		q, ok, err := store.Quote(kv, k)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", k, err)
		}
		if ok {
			out = append(out, formats.StoredValue{Key: k, Value: []byte(q)})
		}
	}
	return out, nil
}

// ClearHeld deletes every key of this app whose value is the one the
// backup held (r.Held), and keeps, returning them, the keys it does not
// hold: stored or changed since the backup was made.
func ClearHeld(kv store.KV, held map[string]string) (deleted int, kept []string, err error) {
	keys, err := kv.Keys(store.Prefix)
	if err != nil {
		return 0, nil, err
	}
	for _, k := range keys {
		v, ok, err := kv.Get(k)
		if err != nil {
			return deleted, kept, err
		}
		if !ok {
			continue
		}
		if hv, in := held[k]; !in || hv != v {
			kept = append(kept, k)
			continue
		}
		if err := kv.Del(k); err != nil {
			return deleted, kept, err
		}
		deleted++
	}
	return deleted, kept, nil
}
