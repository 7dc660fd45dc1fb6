package library

import (
	"errors"
	"strings"
	"testing"

	"annotator/app/classroom"
	"annotator/app/model"
	"annotator/app/store"
)

// exercise makes an exercise of text and, when the text is annotated,
// its key.
func exercise(t *testing.T, title, text string, tagged ...int) (classroom.Exercise, *classroom.Key) {
	t.Helper()
	d := model.New(title, text)
	ex, err := classroom.NewExercise(d, title, "Tag the claims.", nil, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(tagged) == 0 {
		return ex, nil
	}
	h := model.NewHistory(d)
	for _, i := range tagged {
		h.ToggleTag(i, "claim")
	}
	k, err := classroom.KeyFrom(d, ex)
	if err != nil {
		t.Fatal(err)
	}
	return ex, &k
}

func TestPrefs(t *testing.T) {
	_, kv := newRepo()
	if p, err := LoadPrefs(kv); err != nil || p != (Prefs{}) {
		t.Fatalf("no prefs: %+v, %v", p, err)
	}
	want := Prefs{Theme: "dark", Creator: "Ann"}
	if err := SavePrefs(kv, want); err != nil {
		t.Fatal(err)
	}
	if raw, _, _ := kv.Get(store.PrefsKey); !strings.Contains(raw, `"schema":1`) {
		t.Errorf("stored %s: no schema", raw)
	}
	if p, err := LoadPrefs(kv); err != nil || p != want {
		t.Errorf("LoadPrefs = %+v, %v", p, err)
	}
	kv.Set(store.PrefsKey, `{"schema":1,"theme":"purple"}`)
	if p, err := LoadPrefs(kv); err != nil || p.Theme != "" {
		t.Errorf("an unknown theme follows the system: %+v, %v", p, err)
	}
}

func TestMade(t *testing.T) {
	_, kv := newRepo()
	zeta, zetaKey := exercise(t, "Zeta", threeText, 1)
	alpha, _ := exercise(t, "Alpha", otherText)
	if err := SaveMade(kv, zeta, zetaKey); err != nil {
		t.Fatal(err)
	}
	if err := SaveMade(kv, alpha, nil); err != nil {
		t.Fatal(err)
	}
	if raw, _, _ := kv.Get(store.ExerciseKey(zeta.ID)); !strings.HasPrefix(raw, `{"schema":1,`) {
		t.Errorf("stored %.40s: no schema", raw)
	}
	made, problems := LoadMade(kv)
	if len(problems) != 0 || len(made) != 2 || made[0].Exercise.ID != alpha.ID || made[1].Exercise.ID != zeta.ID {
		t.Fatalf("LoadMade = %+v, %v", made, problems)
	}
	if made[0].Key != nil || made[1].Key == nil || len(made[1].Key.Marks) != 1 || made[1].Key.Exercise.ID != zeta.ID {
		t.Errorf("keys: %+v %+v", made[0].Key, made[1].Key)
	}

	// A key that cannot be read: the exercise is listed without it.
	kv.Set(store.ExerciseKey(zeta.ID), strings.Replace(mustGet(kv, store.ExerciseKey(zeta.ID)), `"key":{`, `"key":{"bad":1,`, 1))
	made, problems = LoadMade(kv)
	if len(made) != 2 || made[1].Key != nil || len(problems) != 1 || !strings.Contains(problems[0], "Zeta") {
		t.Errorf("with a bad key: %+v, %q", made, problems)
	}
}

func TestWork(t *testing.T) {
	_, kv := newRepo()
	ex, _ := exercise(t, "Week 3", threeText)
	if w, err := LoadWork(kv, ex.TextHash); w != nil || err != nil {
		t.Fatalf("no work: %+v, %v", w, err)
	}
	want := Work{Exercise: ex, Student: "Bo", Started: t0}
	if err := SaveWork(kv, ex.TextHash, want); err != nil {
		t.Fatal(err)
	}
	w, err := LoadWork(kv, ex.TextHash)
	if err != nil || w.Student != "Bo" || !w.Started.Equal(t0) || w.Exercise.ID != ex.ID || w.Exercise.Checksum != ex.Checksum {
		t.Fatalf("LoadWork = %+v, %v", w, err)
	}
	if err := DeleteWork(kv, ex.TextHash); err != nil {
		t.Fatal(err)
	}
	if w, err := LoadWork(kv, ex.TextHash); w != nil || err != nil {
		t.Errorf("after DeleteWork: %+v, %v", w, err)
	}
}

// mustGet is the stored value of key.
func mustGet(kv store.KV, key string) string {
	v, _, _ := kv.Get(key)
	return v
}

// TestRecordSchemas runs every small record through the same rules: a
// legacy value without "schema" is read; a newer schema, a schema below 1
// and bad JSON are refused, and the refused value is not written over.
func TestRecordSchemas(t *testing.T) {
	ex, key := exercise(t, "Week 3", threeText, 0)
	exJSON, _ := ex.Encode()
	keyJSON, _ := key.Encode()
	docID := ex.TextHash
	kinds := []struct {
		name, key, legacy string
		body              string // the members after "schema"
		load              func(kv store.KV) (string, error)
		save              func(kv store.KV) error
	}{
		{"prefs", store.PrefsKey, `{"theme":"light","creator":"Old"}`, `"theme":"light","creator":"Old"}`,
			func(kv store.KV) (string, error) {
				p, err := LoadPrefs(kv)
				return p.Theme + "/" + p.Creator, err
			},
			func(kv store.KV) error { return SavePrefs(kv, Prefs{Theme: "dark"}) }},
		{"made", store.ExerciseKey(ex.ID), `{"exercise":` + string(exJSON) + `,"key":` + string(keyJSON) + `}`,
			`"exercise":` + string(exJSON) + `}`,
			func(kv store.KV) (string, error) {
				made, problems := LoadMade(kv)
				if len(problems) > 0 {
					return "", errors.New(problems[0])
				}
				if len(made) != 1 {
					return "", errors.New("not listed")
				}
				return made[0].Exercise.Title + "/" + map[bool]string{true: "key", false: "no key"}[made[0].Key != nil], nil
			},
			func(kv store.KV) error { return SaveMade(kv, ex, nil) }},
		{"work", store.WorkKey(docID), `{"exercise":` + string(exJSON) + `,"student":"Old","started":"2026-01-02T03:04:05Z"}`,
			`"exercise":` + string(exJSON) + `,"student":"Old"}`,
			func(kv store.KV) (string, error) {
				w, err := LoadWork(kv, docID)
				if w == nil {
					return "", err
				}
				return w.Exercise.Title + "/" + w.Student, err
			},
			func(kv store.KV) error { return SaveWork(kv, docID, Work{Exercise: ex, Student: "New", Started: t0}) }},
	}
	legacy := map[string]string{"prefs": "light/Old", "made": "Week 3/key", "work": "Week 3/Old"}
	for _, k := range kinds {
		cases := []struct {
			name, raw string
			err       error // nil: readable
		}{
			{"legacy", k.legacy, nil},
			{"current", `{"schema":1,` + k.body, nil},
			{"newer schema", `{"schema":2,` + k.body, store.ErrNewerSchema},
			{"schema 0", `{"schema":0,` + k.body, store.ErrUnreadable},
			{"corrupt JSON", `{"schema":1,`, store.ErrUnreadable},
			{"wrong shape", `{"schema":1,"theme":7,"exercise":"x","student":[]}`, store.ErrUnreadable},
		}
		for _, c := range cases {
			t.Run(k.name+"/"+c.name, func(t *testing.T) {
				_, kv := newRepo()
				kv.Set(k.key, c.raw)
				got, err := k.load(kv)
				if c.err == nil {
					if err != nil {
						t.Fatalf("load: %v", err)
					}
					if c.name == "legacy" && got != legacy[k.name] {
						t.Errorf("legacy value read as %q, want %q", got, legacy[k.name])
					}
					if err := k.save(kv); err != nil {
						t.Errorf("save over a readable value: %v", err)
					}
					if raw := mustGet(kv, k.key); !strings.Contains(raw, `"schema":1`) {
						t.Errorf("saved %.60s without a schema", raw)
					}
					return
				}
				if err == nil || !strings.Contains(err.Error(), c.err.Error()) {
					t.Fatalf("load = %q, %v; want %v", got, err, c.err)
				}
				if err := k.save(kv); err == nil {
					t.Error("save wrote over a value it cannot read")
				}
				if raw := mustGet(kv, k.key); raw != c.raw {
					t.Errorf("the refused value became %.60s", raw)
				}
			})
		}
	}
}
