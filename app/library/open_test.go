package library

import (
	"errors"
	"slices"
	"testing"

	"annotator/app/model"
	"annotator/app/store"
)

const threeText = "One is here. Two is there. Three is everywhere."

func TestOpen(t *testing.T) {
	ship, _ := ShippedDoc(DefaultID())
	cases := []struct {
		name    string
		setup   func(t *testing.T, repo store.Repo, kv *store.MapKV) string // returns the id to open
		err     error                                                       // wanted error (errors.Is), nil for none
		shipped bool
		tagged  []int // sentences with a tag after Open
		rev     int
		history int  // changes in the history Open reads
		recErr  bool // the record is unreadable
		histErr bool // the history is unreadable
	}{
		{name: "shipped, nothing stored", shipped: true,
			setup: func(*testing.T, store.Repo, *store.MapKV) string { return DefaultID() }},
		{name: "shipped with marks", shipped: true, tagged: []int{1}, rev: 1,
			setup: func(t *testing.T, repo store.Repo, _ *store.MapKV) string {
				d, _ := ShippedDoc(DefaultID())
				model.NewHistory(d).ToggleTag(1, "claim")
				if _, _, err := repo.Sync(d, 0, nil, nil, t0); err != nil {
					t.Fatal(err)
				}
				return d.ID
			}},
		{name: "stored with marks and history", tagged: []int{0, 2}, rev: 1, history: 2,
			setup: func(t *testing.T, repo store.Repo, _ *store.MapKV) string {
				return storeDoc(t, repo, "Mine", threeText, 0, 2).ID
			}},
		{name: "stored without marks",
			setup: func(t *testing.T, repo store.Repo, _ *store.MapKV) string {
				return storeDoc(t, repo, "Mine", threeText).ID
			}},
		{name: "missing", err: ErrNotFound,
			setup: func(*testing.T, store.Repo, *store.MapKV) string { return "0123abcd" }},
		{name: "unreadable text", err: store.ErrUnreadable,
			setup: func(t *testing.T, _ store.Repo, kv *store.MapKV) string {
				kv.Set(store.TextKey("bad"), "{nope")
				return "bad"
			}},
		{name: "text of a newer version", err: store.ErrNewerSchema,
			setup: func(t *testing.T, _ store.Repo, kv *store.MapKV) string {
				kv.Set(store.TextKey("new"), `{"schema":99,"id":"new"}`)
				return "new"
			}},
		{name: "unreadable record", recErr: true,
			setup: func(t *testing.T, repo store.Repo, kv *store.MapKV) string {
				d := storeDoc(t, repo, "Mine", threeText, 1)
				kv.Set(store.DocKey(d.ID), "{nope")
				return d.ID
			}},
		{name: "unreadable history", tagged: []int{1}, rev: 1, histErr: true,
			setup: func(t *testing.T, repo store.Repo, kv *store.MapKV) string {
				d := storeDoc(t, repo, "Mine", threeText, 1)
				kv.Set(store.HistoryKey(d.ID), "{nope")
				return d.ID
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			repo, kv := newRepo()
			id := c.setup(t, repo, kv)
			before := dump(t, kv)
			for _, open := range []struct {
				name    string
				fn      func(store.Repo, string) (*Loaded, error)
				history bool
			}{{"Open", Open, true}, {"Peek", Peek, false}} {
				l, err := open.fn(repo, id)
				unchanged(t, kv, before)
				if c.err != nil {
					if !errors.Is(err, c.err) || l != nil {
						t.Fatalf("%s: %v, %v; want %v", open.name, l, err, c.err)
					}
					if c.err != ErrNotFound && errors.Is(err, ErrNotFound) {
						t.Errorf("%s: an unreadable text is not a missing one: %v", open.name, err)
					}
					continue
				}
				if err != nil {
					t.Fatalf("%s: %v", open.name, err)
				}
				if l.Doc.ID != id || l.Shipped != c.shipped || (l.Text == nil) != c.shipped {
					t.Errorf("%s: doc %s shipped %v text %v", open.name, l.Doc.ID, l.Shipped, l.Text)
				}
				if c.shipped && len(l.Doc.Sentences) != len(ship.Sentences) {
					t.Errorf("%s: shipped doc has %d sentences", open.name, len(l.Doc.Sentences))
				}
				if got := tagged(l.Doc); !slices.Equal(got, c.tagged) {
					t.Errorf("%s: tagged sentences %v, want %v", open.name, got, c.tagged)
				}
				if l.Rev != c.rev || (l.Rec != nil && l.Rec.Rev != l.Rev) {
					t.Errorf("%s: rev %d, want %d", open.name, l.Rev, c.rev)
				}
				if (l.RecErr != nil) != c.recErr || l.ReadOnly() != c.recErr || (c.recErr && (l.Rec != nil || !errors.Is(l.RecErr, store.ErrUnreadable))) {
					t.Errorf("%s: rec %v, recErr %v", open.name, l.Rec, l.RecErr)
				}
				wantHist, wantHistErr := 0, false
				if open.history {
					wantHist, wantHistErr = c.history, c.histErr
				}
				if len(l.History) != wantHist || (l.HistoryErr != nil) != wantHistErr {
					t.Errorf("%s: history %d changes, err %v; want %d, err %v", open.name, len(l.History), l.HistoryErr, wantHist, wantHistErr)
				}
			}
		})
	}
}
