package store

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"annotator/app/model"
)

// countingKV counts the bytes written.
type countingKV struct {
	MapKV
	written int
}

func (c *countingKV) Set(k, v string) error {
	c.written += len(k) + len(v)
	return c.MapKV.Set(k, v)
}

func bigDoc(n int) *model.Document {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "This is sentence number %d of the book. ", i)
	}
	return model.New("big", b.String())
}

func TestSaveWritesOnlyTheChangedChunk(t *testing.T) {
	kv := &countingKV{}
	repo := Repo{KV: kv}
	d := bigDoc(5000)
	h := model.NewHistory(d)
	for i := 0; i < 5000; i += 5 {
		h.ToggleTag(i, "claim")
	}
	if err := repo.Save(FromDocument(d, nil, time.Now())); err != nil {
		t.Fatal(err)
	}
	full := kv.written
	kv.written = 0
	h.ToggleTag(2501, "fact")
	if err := repo.Save(FromDocument(d, nil, time.Now())); err != nil {
		t.Fatal(err)
	}
	if kv.written*10 > full {
		t.Errorf("a one-sentence change wrote %d bytes; the whole record is %d", kv.written, full)
	}
	rec, err := repo.Load(d.ID)
	if err != nil || len(rec.Marks) != 1001 {
		t.Fatalf("Load: %d marks, %v", len(rec.Marks), err)
	}
	d2 := bigDoc(5000)
	if orphans := rec.ApplyTo(d2); len(orphans) != 0 || !d2.Marks[2501].Has("fact") || !d2.Marks[2500].Has("claim") {
		t.Errorf("round trip lost marks (orphans %d)", len(orphans))
	}
	// Only the chunks the manifest names are left.
	keys, _ := kv.Keys(DocKey(d.ID) + "/m/")
	if len(keys) != 50 {
		t.Errorf("%d chunk keys stored, want 50 (one per 100 sentences)", len(keys))
	}
}

func TestMissingChunkIsUnreadableAndSchemaOneStillLoads(t *testing.T) {
	kv := &MapKV{}
	repo := Repo{KV: kv}
	d := model.New("t", "One. Two. Three.")
	model.NewHistory(d).ToggleTag(1, "claim")
	if err := repo.Save(FromDocument(d, nil, time.Now())); err != nil {
		t.Fatal(err)
	}
	parts, _ := kv.Keys(DocKey(d.ID) + "/m/")
	if len(parts) != 1 {
		t.Fatalf("parts: %v", parts)
	}
	kv.Del(parts[0])
	if _, err := repo.Load(d.ID); !errors.Is(err, ErrUnreadable) {
		t.Errorf("a missing part: err = %v", err)
	}
	// A record written by the first version (schema 1, marks inline) opens.
	old := `{"schema":1,"doc":"` + d.ID + `","tagSet":{"name":"x","tags":[]},"marks":[{"i":2,"start":10,"end":16,"quote":"Three.","tags":["quote"]}],"modified":"2026-11-26T00:00:00Z"}`
	kv.Set(DocKey(d.ID), old)
	rec, err := repo.Load(d.ID)
	if err != nil || len(rec.Marks) != 1 || !rec.Marks[0].Has("quote") {
		t.Fatalf("schema 1: %+v, %v", rec, err)
	}
	// Saving it again writes schema 2 and keeps the mark.
	if err := repo.Save(*rec); err != nil {
		t.Fatal(err)
	}
	raw, _, _ := kv.Get(DocKey(d.ID))
	if !strings.Contains(raw, `"schema":2`) || !strings.Contains(raw, `"chunks"`) {
		t.Errorf("migrated record: %s", raw)
	}
	if again, err := repo.Load(d.ID); err != nil || len(again.Marks) != 1 {
		t.Errorf("after migration: %+v, %v", again, err)
	}
	kv.Set(DocKey(d.ID), `{"schema":2,"doc":"`+d.ID+`","chunks":["../../x"]}`)
	if _, err := repo.Load(d.ID); !errors.Is(err, ErrUnreadable) {
		t.Errorf("a bad part name: err = %v", err)
	}
}

// TestMemoWritesWhatAFullEncodingWrites saves a series of changes (tags,
// notes, highlights, an undo, a mark cleared, an in-place edit of a tag
// slice) through a Repo with a Memo and one without, and compares what
// each stored after every step.
func TestMemoWritesWhatAFullEncodingWrites(t *testing.T) {
	plain, memo := &MapKV{}, &MapKV{}
	rp, rm := Repo{KV: plain}, Repo{KV: memo, Memo: NewMemo()}
	d := bigDoc(450)
	h := model.NewHistory(d)
	at := time.Unix(1700000000, 0)
	steps := []func(){
		func() { h.ToggleTag(3, "claim") },
		func() { h.ToggleTag(250, "fact") },
		func() { h.SetNote(250, "a note") },
		func() { h.ToggleHighlight(3, 0, 4, "quote") },
		func() { h.Undo() },
		func() { h.ToggleTag(3, "claim") },
		func() { d.Marks[250].Tags[0] = "opinion" }, // shares no slice with the memo's copy
		func() { h.ToggleTag(449, "claim") },
	}
	for n, step := range steps {
		step()
		if err := rp.Save(FromDocument(d, nil, at)); err != nil {
			t.Fatal(err)
		}
		if err := rm.Save(FromDocument(d, nil, at)); err != nil {
			t.Fatal(err)
		}
		if len(plain.m) != len(memo.m) {
			t.Fatalf("step %d: %d keys without the memo, %d with it", n, len(plain.m), len(memo.m))
		}
		for k, v := range plain.m {
			if memo.m[k] != v {
				t.Fatalf("step %d: key %s differs with the memo", n, k)
			}
		}
	}
}
