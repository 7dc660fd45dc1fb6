package store

import (
	"errors"
	"testing"
	"time"
)

// TestMarkOpenedKeepsUnreadableDates is from finding 12 of issue #19: a
// corrupt annotator/opened was overwritten by the next opening.
func TestMarkOpenedKeepsUnreadableDates(t *testing.T) {
	for _, garbage := range []string{"{not json", `["a list"]`, `{"x": "not a date"}`} {
		kv := &MapKV{}
		kv.Set(OpenedKey, garbage)
		r := Repo{KV: kv}
		err := r.MarkOpened("doc", time.Unix(1, 0))
		if !errors.Is(err, ErrUnreadable) {
			t.Errorf("%q: MarkOpened error = %v, want ErrUnreadable", garbage, err)
		}
		if got, _, _ := kv.Get(OpenedKey); got != garbage {
			t.Errorf("%q: the stored value became %q", garbage, got)
		}
		if !errors.Is(r.OpenedProblem(), ErrUnreadable) {
			t.Errorf("%q: OpenedProblem = %v", garbage, r.OpenedProblem())
		}
	}
	kv := &MapKV{}
	r := Repo{KV: kv}
	if err := r.MarkOpened("doc", time.Unix(1, 0)); err != nil || r.OpenedProblem() != nil || r.Opened()["doc"].IsZero() {
		t.Errorf("a fresh store: %v %v %v", err, r.OpenedProblem(), r.Opened())
	}
}

// TestQuoteWithoutQuoter quotes through encoding/json.
func TestQuoteWithoutQuoter(t *testing.T) {
	kv := &MapKV{}
	kv.Set("k", "a\x01\"b")
	if q, ok, err := Quote(kv, "k"); err != nil || !ok || q != `"a\u0001\"b"` {
		t.Errorf("Quote = %s %v %v", q, ok, err)
	}
	if _, ok, _ := Quote(kv, "absent"); ok {
		t.Error("an absent key exists")
	}
}

// TestSaveHistoryKeepsUnreadableHistory: an unreadable undo history is
// never written over (it was, by the first save of a document that had
// no record yet).
func TestSaveHistoryKeepsUnreadableHistory(t *testing.T) {
	kv := &MapKV{}
	r := Repo{KV: kv}
	garbage := "{not a history"
	kv.Set(HistoryKey("doc"), garbage)
	if err := r.SaveHistory("doc", nil); !errors.Is(err, ErrUnreadable) {
		t.Errorf("SaveHistory error = %v, want ErrUnreadable", err)
	}
	if got, _, _ := kv.Get(HistoryKey("doc")); got != garbage {
		t.Errorf("the history became %q", got)
	}
}
