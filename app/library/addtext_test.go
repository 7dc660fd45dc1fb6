package library

import (
	"errors"
	"testing"

	"annotator/app/store"
	"annotator/app/textin"
)

func TestAddText(t *testing.T) {
	ship := Shipped()[0]
	cases := []struct {
		name     string
		setup    func(t *testing.T, repo store.Repo, kv *store.MapKV)
		in       textin.Doc
		err      error
		written  bool
		existing bool
		shipped  bool
		title    string
	}{
		{name: "new", in: textin.Doc{Title: "Notes", Text: threeText}, written: true, title: "Notes"},
		{name: "already stored", in: textin.Doc{Title: "Notes", Text: threeText}, existing: true, title: "Renamed",
			setup: func(t *testing.T, repo store.Repo, _ *store.MapKV) { storeDoc(t, repo, "Renamed", threeText) }},
		{name: "shipped", in: textin.Doc{Title: "x", Text: ship.Text}, shipped: true, title: "x"},
		{name: "no sentences", in: textin.Doc{Title: "x", Text: "   "}, err: ErrNoSentences},
		{name: "unreadable stored copy", in: textin.Doc{Title: "x", Text: threeText}, err: store.ErrUnreadable,
			setup: func(t *testing.T, repo store.Repo, kv *store.MapKV) {
				kv.Set(store.TextKey(storeDoc(t, repo, "x", threeText).ID), "{nope")
			}},
		{name: "full quota", in: textin.Doc{Title: "x", Text: threeText}, err: store.ErrQuota,
			setup: func(t *testing.T, repo store.Repo, kv *store.MapKV) { kv.Limit = 20 }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			repo, kv := newRepo()
			if c.setup != nil {
				c.setup(t, repo, kv)
			}
			before := dump(t, kv)
			a, err := AddText(repo, "notes.md", c.in, t0)
			if c.err != nil {
				if !errors.Is(err, c.err) {
					t.Fatalf("AddText: %v, want %v", err, c.err)
				}
				unchanged(t, kv, before)
				return
			}
			if err != nil || a.Existing != c.existing || a.Shipped != c.shipped || a.Title != c.title {
				t.Fatalf("AddText = %+v, %v", a, err)
			}
			if !c.written {
				unchanged(t, kv, before)
				return
			}
			st, err := repo.LoadText(a.Doc.ID)
			if err != nil || st.Title != c.title || st.From != "notes.md" || !st.Added.Equal(t0) || st.Sentences != 3 {
				t.Errorf("stored %+v, %v", st, err)
			}
		})
	}
}
