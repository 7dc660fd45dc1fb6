package store

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
