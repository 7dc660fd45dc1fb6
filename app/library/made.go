package library

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"annotator/app/classroom"
	"annotator/app/store"
)

// Made is an exercise a teacher made on this device, with its answer key
// when the teacher's document had annotations.
type Made struct {
	// Exercise is the exercise as handed out.
	Exercise classroom.Exercise
	// Key is its answer key, nil when there is none (or it cannot be read).
	Key *classroom.Key
}

// storedMade is the stored shape of Made: the exercise and key files.
type storedMade struct {
	Schema   int             `json:"schema"`
	Exercise json.RawMessage `json:"exercise"`
	Key      json.RawMessage `json:"key,omitempty"`
}

// decodeMade reads a stored exercise; a key that cannot be read is
// reported in keyErr, the exercise kept.
func decodeMade(raw string) (m Made, keyErr, err error) {
	var s storedMade
	if err := decodeRecord(raw, "exercise", &s); err != nil {
		return Made{}, nil, err
	}
	ex, err := classroom.DecodeExercise(s.Exercise)
	if err != nil {
		return Made{}, nil, fmt.Errorf("%w: the exercise: %w", store.ErrUnreadable, err)
	}
	m.Exercise = ex
	if len(s.Key) > 0 {
		k, err := classroom.DecodeKey(s.Key)
		if err != nil {
			return m, fmt.Errorf("%w: its answer key: %w", store.ErrUnreadable, err), nil
		}
		m.Key = &k
	}
	return m, nil, nil
}

// SaveMade keeps an exercise and its answer key (nil for none) under
// store.ExerciseKey(ex.ID), unless what is stored there cannot be read.
func SaveMade(kv store.KV, ex classroom.Exercise, key *classroom.Key) error {
	exJSON, err := ex.Encode()
	if err != nil {
		return err
	}
	s := storedMade{Schema: RecordSchema, Exercise: exJSON}
	if key != nil {
		if s.Key, err = key.Encode(); err != nil {
			return err
		}
	}
	return writeRecord(kv, store.ExerciseKey(ex.ID), s, func(raw string) error {
		_, keyErr, err := decodeMade(raw)
		if err == nil {
			err = keyErr
		}
		return err
	})
}

// LoadMade returns every exercise made on this device, sorted by title
// (then id). What cannot be read is named in problems, one line each: an
// exercise that cannot be read is left out, one whose key cannot be read
// is listed without its key.
func LoadMade(kv store.KV) (made []Made, problems []string) {
	keys, err := kv.Keys(store.ExercisesPrefix)
	if err != nil {
		return nil, []string{"the exercises made on this device cannot be listed: " + err.Error()}
	}
	for _, k := range keys {
		id := strings.TrimPrefix(k, store.ExercisesPrefix)
		raw, ok, err := kv.Get(k)
		if err != nil {
			problems = append(problems, fmt.Sprintf("exercise %s: %v", id, err))
			continue
		}
		if !ok {
			continue
		}
		m, keyErr, err := decodeMade(raw)
		if err != nil {
			problems = append(problems, fmt.Sprintf("exercise %s: %v", id, err))
			continue
		}
		if keyErr != nil {
			problems = append(problems, fmt.Sprintf("exercise “%s”: %v", m.Exercise.Title, keyErr))
		}
		made = append(made, m)
	}
	sort.SliceStable(made, func(a, b int) bool {
		if made[a].Exercise.Title != made[b].Exercise.Title {
			return made[a].Exercise.Title < made[b].Exercise.Title
		}
		return made[a].Exercise.ID < made[b].Exercise.ID
	})
	return made, problems
}
