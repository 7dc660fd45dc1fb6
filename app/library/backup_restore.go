package library

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"annotator/app/formats"
	"annotator/app/store"
)

// Restored is what RestoreRecords did with the stored values of a backup.
type Restored struct {
	// Added counts the values written (their key was not stored);
	// Exercises and Work count the exercises and students' work among them.
	Added, Exercises, Work int
	// Same counts the values already stored exactly so.
	Same int
	// Kept are the keys left as they are, each with why: stored with
	// other content on this device, or a value this version cannot read.
	Kept []string
}

// Summary is one line for the import's status, "" when there was nothing.
func (r Restored) Summary() string {
	if r.Added+r.Same+len(r.Kept) == 0 {
		return ""
	}
	s := fmt.Sprintf("restored %s (%s, %s)", count(r.Added, "stored record", "stored records"),
		count(r.Exercises, "exercise", "exercises"), count(r.Work, "student's work", "students' work"))
	if r.Same > 0 {
		s += fmt.Sprintf(", %d already here", r.Same)
	}
	if len(r.Kept) > 0 {
		s += fmt.Sprintf(", %d not restored: %s", len(r.Kept), strings.Join(r.Kept, "; "))
	}
	return s
}

// count is n with the noun's singular or plural.
func count(n int, one, other string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, other)
}

// RestoreRecords writes back the stored values a backup carries
// (formats.Backup.Records) whose key is not stored on this device: an
// exercise made here with its answer key, so that the class view knows
// it again, a student's work with its annotations, the preferences. A
// value is written only when this version reads it (an exercise, work,
// preferences or record that decodes; a part that is JSON), and parts
// before the records that name them. A key already stored is never
// written over. It stops at the first write that fails (a full quota).
func RestoreRecords(kv store.KV, recs []formats.StoredValue) (Restored, error) {
	var r Restored
	recs = append([]formats.StoredValue(nil), recs...)
	sort.SliceStable(recs, func(a, b int) bool { return isPart(recs[a].Key) && !isPart(recs[b].Key) })
	for _, rec := range recs {
		var v string
		if err := json.Unmarshal(rec.Value, &v); err != nil {
			r.Kept = append(r.Kept, rec.Key+" (not a stored value)")
			continue
		}
		cur, ok, err := kv.Get(rec.Key)
		switch {
		case err != nil:
			return r, err
		case ok && cur == v:
			r.Same++
			continue
		case ok:
			r.Kept = append(r.Kept, rec.Key+" (stored with other content on this device)")
			continue
		}
		if err := readable(rec.Key, v); err != nil {
			r.Kept = append(r.Kept, fmt.Sprintf("%s (%v)", rec.Key, err))
			continue
		}
		if err := kv.Set(rec.Key, v); err != nil {
			return r, fmt.Errorf("restoring %s: %w", rec.Key, err)
		}
		r.Added++
		switch {
		case strings.HasPrefix(rec.Key, store.ExercisesPrefix):
			r.Exercises++
		case strings.HasPrefix(rec.Key, store.WorkKey("")):
			r.Work++
		}
	}
	return r, nil
}

// isPart reports whether key is a part of a record or history (named by a
// manifest, so restored first).
func isPart(key string) bool {
	for _, p := range []string{store.DocKey(""), store.HistoryKey("")} {
		if rest, ok := strings.CutPrefix(key, p); ok && strings.Contains(rest, "/") {
			return true
		}
	}
	return false
}

// readable checks that this version reads value v of key.
func readable(key, v string) error {
	switch {
	case key == store.PrefsKey:
		_, err := decodePrefs(v)
		return err
	case key == store.OpenedKey:
		var m map[string]time.Time
		return json.Unmarshal([]byte(v), &m)
	case strings.HasPrefix(key, store.ExercisesPrefix):
		_, keyErr, err := decodeMade(v)
		if err == nil {
			err = keyErr
		}
		return err
	case strings.HasPrefix(key, store.WorkKey("")):
		_, err := decodeWork(v)
		return err
	case strings.HasPrefix(key, store.DocKey("")) && !isPart(key):
		_, err := store.Decode(v, strings.TrimPrefix(key, store.DocKey("")))
		return err
	case strings.HasPrefix(key, store.DocKey("")), strings.HasPrefix(key, store.HistoryKey("")):
		if !json.Valid([]byte(v)) {
			return fmt.Errorf("%w: not JSON", store.ErrUnreadable)
		}
		return nil
	}
	return fmt.Errorf("not a kind of data this version restores")
}

// restoreRecords writes the backup's stored values back (RestoreRecords)
// and adds its lines to done.
func (p *ImportPlan) restoreRecords(repo store.Repo, done []string) ([]string, error) {
	r, err := RestoreRecords(repo.KV, p.Records)
	if line := r.Summary(); line != "" {
		done = append(done, line)
	}
	if p.Unreadable > 0 {
		done = append(done, count(p.Unreadable, "unreadable document", "unreadable documents")+" left out (the file keeps the raw data)")
	}
	return done, err
}
