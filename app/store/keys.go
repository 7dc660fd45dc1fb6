package store

import "encoding/json"

// PrefsKey holds the reader's preferences (theme, creator name).
const PrefsKey = Prefix + "prefs"

// ExercisesPrefix starts the keys of the exercises a teacher made on this
// device (ExerciseKey).
const ExercisesPrefix = Prefix + "exercises/"

// ExerciseKey is the key of an exercise a teacher made on this device,
// with its answer key.
func ExerciseKey(exerciseID string) string { return ExercisesPrefix + exerciseID }

// WorkKey is the key of a student's exercise on a document: while it is
// stored, the reader opens the document in exercise mode.
func WorkKey(docID string) string { return Prefix + "work/" + docID }

// Quoter is what a KV may offer besides KV: the value of key as a JSON
// string literal, exact even where a Go string cannot hold the value (the
// browser's localStorage holds UTF-16, whose lone surrogates a Go string
// turns into U+FFFD). Quote uses it when the KV has it.
type Quoter interface {
	// Quote returns the value of key as a JSON string and whether it exists.
	Quote(key string) (literal string, ok bool, err error)
}

// Quote returns the value of key in kv as a JSON string literal (through
// Quoter when kv is one, else encoding/json), and whether it exists.
func Quote(kv KV, key string) (literal string, ok bool, err error) {
	if q, is := kv.(Quoter); is {
		return q.Quote(key)
	}
	v, ok, err := kv.Get(key)
	if err != nil || !ok {
		return "", ok, err
	}
	b, _ := json.Marshal(v) // a string always marshals
	return string(b), true, nil
}
