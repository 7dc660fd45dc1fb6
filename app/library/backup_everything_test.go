package library

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"annotator/app/formats"
	"annotator/app/store"
)

// TestBackupLibraryLeavesNothingOut is finding 5 of issue #19: "Back up
// everything" skipped unreadable documents silently and never included
// exercises, answer keys or student work, and Clear my data then deleted
// everything.
func TestBackupLibraryLeavesNothingOut(t *testing.T) {
	repo, kv := newRepo()
	mine := storeDoc(t, repo, "Mine", threeText, 0)
	broken := storeDoc(t, repo, "Broken «one»", "Broken record. Still a text.", 1)
	garbage := "{nope \x01"
	kv.Set(store.DocKey(broken.ID), garbage)
	ex, err := classroomExercise(mine)
	if err != nil {
		t.Fatal(err)
	}
	if err := SaveMade(kv, ex, nil); err != nil {
		t.Fatal(err)
	}
	workID, _, err := StartWork(repo, ex, "Alice", t0)
	if err != nil {
		t.Fatal(err)
	}
	if err := SavePrefs(kv, Prefs{Creator: "Ms Doe"}); err != nil {
		t.Fatal(err)
	}
	before := dump(t, kv)

	r, err := BackupLibrary(repo, t0)
	if err != nil {
		t.Fatal(err)
	}
	unchanged(t, kv, before)
	if r.Documents != 1 || !slices.Equal(r.Unreadable, []string{"Broken «one»"}) || r.Exercises != 1 || r.Work != 1 {
		t.Errorf("report: %d documents, unreadable %v, %d exercises, %d work", r.Documents, r.Unreadable, r.Exercises, r.Work)
	}
	b, err := formats.DecodeBackup(r.Data)
	if err != nil {
		t.Fatal(err)
	}
	if !b.Created.Equal(t0) {
		t.Errorf("created %v, want %v", b.Created, t0)
	}
	if len(b.Unreadable) != 1 || b.Unreadable[0].Title != "Broken «one»" {
		t.Fatalf("unreadable: %+v", b.Unreadable)
	}
	found := false
	for _, v := range b.Unreadable[0].Values {
		var s string
		json.Unmarshal(v.Value, &s)
		if v.Key == store.DocKey(broken.ID) && s == garbage {
			found = true
		}
	}
	if !found {
		t.Errorf("the unreadable record's raw value is not in the file: %+v", b.Unreadable[0].Values)
	}
	// Every stored key is held by the file.
	for k := range before {
		if _, ok := r.Held[k]; !ok {
			t.Errorf("%s is not in the backup", k)
		}
	}

	// Clear my data after that backup deletes what it holds; a key
	// stored since is kept.
	kv.Set(store.PrefsKey, `{"schema":1,"creator":"changed since"}`)
	kv.Set(store.Prefix+"text/new", "stored after the backup")
	deleted, kept, err := ClearHeld(kv, r.Held)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(kept, []string{store.PrefsKey, store.Prefix + "text/new"}) || deleted != len(before)-1 {
		t.Errorf("ClearHeld deleted %d of %d, kept %v", deleted, len(before), kept)
	}

	// Restoring the file on the cleared device brings the exercise and
	// the student's work back.
	kv.Del(store.PrefsKey)
	kv.Del(store.Prefix + "text/new")
	p, err := PlanImport(repo, nil, "backup.json", r.Data)
	if err != nil {
		t.Fatal(err)
	}
	lines, err := p.ApplyElsewhere(repo, t0)
	if err != nil {
		t.Fatal(err)
	}
	made, problems := LoadMade(kv)
	if len(made) != 1 || made[0].Exercise.ID != ex.ID || len(problems) > 0 {
		t.Errorf("after the restore the exercises are %+v (%v); lines %v", made, problems, lines)
	}
	if w, err := LoadWork(kv, workID); err != nil || w == nil || w.Student != "Alice" {
		t.Errorf("the student's work: %+v, %v", w, err)
	}
	if prefs, _ := LoadPrefs(kv); prefs.Creator != "Ms Doe" {
		t.Errorf("prefs after the restore: %+v", prefs)
	}
	joined := strings.Join(lines, "\n")
	if !strings.Contains(joined, "1 exercise, 1 student's work") || !strings.Contains(joined, "1 unreadable document left out") {
		t.Errorf("status lines: %v", lines)
	}
	if _, ok, _ := kv.Get(store.DocKey(broken.ID)); ok {
		t.Errorf("the import restored the unreadable document")
	}
	// A second import changes nothing and writes over nothing.
	kv.Set(store.ExerciseKey(ex.ID), "{changed here")
	p, _ = PlanImport(repo, nil, "backup.json", r.Data)
	lines, err = p.ApplyElsewhere(repo, t0)
	if got, _, _ := kv.Get(store.ExerciseKey(ex.ID)); err != nil || got != "{changed here" {
		t.Errorf("the second import wrote over a changed exercise: %q, %v", got, err)
	}
	if !strings.Contains(strings.Join(lines, "\n"), "stored with other content on this device") {
		t.Errorf("second import lines: %v", lines)
	}
}

// TestRestoreRecordsRefusesWhatItCannotRead keeps garbage out.
func TestRestoreRecordsRefusesWhatItCannotRead(t *testing.T) {
	kv := &store.MapKV{}
	q := func(s string) json.RawMessage { b, _ := json.Marshal(s); return b }
	r, err := RestoreRecords(kv, []formats.StoredValue{
		{Key: store.PrefsKey, Value: q("{garbage")},
		{Key: store.ExerciseKey("x"), Value: q(`{"schema":1,"exercise":{}}`)},
		{Key: store.Prefix + "unknown/kind", Value: q("{}")},
		{Key: store.OpenedKey, Value: q(`{"abc":"2026-04-01T09:00:00Z"}`)},
	})
	if err != nil || r.Added != 1 || len(r.Kept) != 3 {
		t.Errorf("restored %+v, %v", r, err)
	}
	if keys, _ := kv.Keys(store.Prefix); !slices.Equal(keys, []string{store.OpenedKey}) {
		t.Errorf("stored %v", keys)
	}
}

// TestStoredProblemsNamesEveryUnreadableKey reports, and writes nothing.
func TestStoredProblemsNamesEveryUnreadableKey(t *testing.T) {
	repo, kv := newRepo()
	d := storeDoc(t, repo, "Mine", threeText, 0)
	bad := map[string]ProblemKind{
		store.PrefsKey:          ProblemPrefs,
		store.OpenedKey:         ProblemOpened,
		store.ExerciseKey("ex"): ProblemExercise,
		store.WorkKey(d.ID):     ProblemWork,
		store.HistoryKey(d.ID):  ProblemHistory,
	}
	for k := range bad {
		kv.Set(k, "{garbage")
	}
	before := dump(t, kv)
	got := StoredProblems(repo)
	unchanged(t, kv, before)
	if len(got) != len(bad) {
		t.Errorf("%d problems, want %d: %+v", len(got), len(bad), got)
	}
	for _, p := range got {
		if kind, ok := bad[p.Key]; !ok || kind != p.Kind || p.Err == nil {
			t.Errorf("problem %+v", p)
		}
	}
}
