package library

import (
	"strings"

	"annotator/app/store"
)

// ProblemKind says what an unreadable stored value is.
type ProblemKind int

// The kinds of stored values StoredProblems reports.
const (
	// ProblemPrefs is the preferences (theme, name in exports, language).
	ProblemPrefs ProblemKind = iota
	// ProblemOpened is when each document was last opened.
	ProblemOpened
	// ProblemExercise is an exercise made on this device, or its answer key.
	ProblemExercise
	// ProblemWork is a student's exercise work.
	ProblemWork
	// ProblemHistory is a document's undo history.
	ProblemHistory
)

// StoredProblem is a stored value that cannot be read: it is kept as it
// is, byte for byte, until the user deletes it.
type StoredProblem struct {
	// Kind says what it is; Key is its key; ID names the exercise or the
	// document it belongs to ("" for the preferences and the dates).
	Kind    ProblemKind
	Key, ID string
	// Err says what cannot be read.
	Err error
}

// StoredProblems lists the stored values of this app that cannot be read
// and that the library's entries do not name already (store.Entry.Problem
// covers texts and annotation records): the preferences, the last-opened
// dates, the exercises made here and their answer keys, students' work,
// undo histories. It writes nothing.
func StoredProblems(repo store.Repo) []StoredProblem {
	var out []StoredProblem
	if _, err := LoadPrefs(repo.KV); err != nil {
		out = append(out, StoredProblem{Kind: ProblemPrefs, Key: store.PrefsKey, Err: err})
	}
	if err := repo.OpenedProblem(); err != nil {
		out = append(out, StoredProblem{Kind: ProblemOpened, Key: store.OpenedKey, Err: err})
	}
	keys, err := repo.KV.Keys(store.Prefix)
	if err != nil {
		return out
	}
	for _, k := range keys {
		switch {
		case strings.HasPrefix(k, store.ExercisesPrefix):
			raw, ok, err := repo.KV.Get(k)
			if err != nil || !ok {
				continue
			}
			_, keyErr, err := decodeMade(raw)
			if err == nil {
				err = keyErr
			}
			if err != nil {
				out = append(out, StoredProblem{Kind: ProblemExercise, Key: k, ID: strings.TrimPrefix(k, store.ExercisesPrefix), Err: err})
			}
		case strings.HasPrefix(k, store.WorkKey("")):
			id := strings.TrimPrefix(k, store.WorkKey(""))
			if _, err := LoadWork(repo.KV, id); err != nil {
				out = append(out, StoredProblem{Kind: ProblemWork, Key: k, ID: id, Err: err})
			}
		case strings.HasPrefix(k, store.HistoryKey("")) && !isPart(k):
			id := strings.TrimPrefix(k, store.HistoryKey(""))
			if _, err := repo.LoadHistory(id); err != nil {
				out = append(out, StoredProblem{Kind: ProblemHistory, Key: k, ID: id, Err: err})
			}
		}
	}
	return out
}
