package library

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"annotator/app/store"
)

func TestDuplicate(t *testing.T) {
	repo, _ := newRepo()
	d := storeDoc(t, repo, "Mine", threeText, 0, 2)
	now := t0.Add(48 * 3600e9)
	cases := []struct {
		name, id, wantID, wantTitle string
		tagged                      []int
	}{
		{"stored", d.ID, d.ID + "-2", "Mine (copy)", []int{0, 2}},
		{"stored again", d.ID, d.ID + "-3", "Mine (copy)", []int{0, 2}},
		{"a copy", d.ID + "-2", d.ID + "-4", "Mine (copy) (copy)", []int{0, 2}},
		{"shipped", DefaultID(), DefaultID() + "-2", Shipped()[0].Title + " (copy)", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Duplicate(repo, c.id, now)
			if err != nil || got.ID != c.wantID || got.Title != c.wantTitle || !got.Added.Equal(now) {
				t.Fatalf("Duplicate = %+v, %v; want %s %q", got, err, c.wantID, c.wantTitle)
			}
			l, err := Open(repo, got.ID)
			if err != nil || l.Shipped || l.Text.Title != c.wantTitle || !slices.Equal(tagged(l.Doc), c.tagged) {
				t.Fatalf("the copy opens as %+v, %v", l, err)
			}
			if len(l.History) != 0 {
				t.Error("the copy has no undo history of its own")
			}
		})
	}
	if l, _ := Open(repo, d.ID); l.Text.Title != "Mine" || !slices.Equal(tagged(l.Doc), []int{0, 2}) {
		t.Errorf("the original changed: %+v", l.Text)
	}
}

func TestDuplicateRefuses(t *testing.T) {
	cases := []struct {
		name  string
		setup func(t *testing.T, repo store.Repo, kv *store.MapKV) string
		err   error
		msg   string // in the error
	}{
		{"missing", func(*testing.T, store.Repo, *store.MapKV) string { return "abc" }, ErrNotFound, ""},
		{"unreadable text", func(t *testing.T, _ store.Repo, kv *store.MapKV) string {
			kv.Set(store.TextKey("abc"), "{nope")
			return "abc"
		}, store.ErrUnreadable, ""},
		{"unreadable record", func(t *testing.T, repo store.Repo, kv *store.MapKV) string {
			d := storeDoc(t, repo, "Mine", threeText, 1)
			kv.Set(store.DocKey(d.ID), "{nope")
			return d.ID
		}, store.ErrUnreadable, "annotations cannot be read"},
		{"full quota for the text", func(t *testing.T, repo store.Repo, kv *store.MapKV) string {
			d := storeDoc(t, repo, "Mine", threeText, 1)
			kv.Limit = size(t, kv) + 10
			return d.ID
		}, store.ErrQuota, "could not duplicate: "},
		{"full quota for the annotations", func(t *testing.T, repo store.Repo, kv *store.MapKV) string {
			d := storeDoc(t, repo, "Mine", threeText, 1)
			text, _, _ := kv.Get(store.TextKey(d.ID))
			// room for the copy's text, not for its record
			kv.Limit = size(t, kv) + len(store.TextKey(d.ID+"-2")) + len(text) + len(" (copy)") + 20
			return d.ID
		}, store.ErrQuota, "the annotations"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			repo, kv := newRepo()
			id := c.setup(t, repo, kv)
			before := dump(t, kv)
			got, err := Duplicate(repo, id, t0)
			if !errors.Is(err, c.err) || got.ID != "" || !strings.Contains(fmt.Sprint(err), c.msg) {
				t.Fatalf("Duplicate = %+v, %v; want %v", got, err, c.err)
			}
			unchanged(t, kv, before) // nothing of the copy is left behind
		})
	}
}

func TestDuplicateSkipsTakenIDs(t *testing.T) {
	repo, kv := newRepo()
	d := storeDoc(t, repo, "Mine", threeText)
	kv.Set(store.TextKey(d.ID+"-2"), "{unreadable") // never written over
	kv.Set(store.DocKey(d.ID+"-3"), "{}")           // a record without its text
	got, err := Duplicate(repo, d.ID, t0)
	if err != nil || got.ID != d.ID+"-4" {
		t.Fatalf("Duplicate = %+v, %v", got, err)
	}
	if v, _, _ := kv.Get(store.TextKey(d.ID + "-2")); !strings.HasPrefix(v, "{unreadable") {
		t.Error("an unreadable text was written over")
	}
}
