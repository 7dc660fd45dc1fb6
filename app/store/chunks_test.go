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
	// Only the parts the manifest names are left.
	keys, _ := kv.Keys(DocKey(d.ID) + "/m/")
	if want := 5000 / ChunkSentences; len(keys) != want {
		t.Errorf("%d chunk keys stored, want %d (one per %d sentences)", len(keys), want, ChunkSentences)
	}
	pages, _ := kv.Keys(DocKey(d.ID) + "/p/")
	if want := (5000/ChunkSentences + PageChunks - 1) / PageChunks; len(pages) != want {
		t.Errorf("%d page keys stored, want %d", len(pages), want)
	}
}

// TestChangeCostDoesNotGrowWithTheDocument toggles one tag on documents of
// 2,000 and 20,000 sentences (every fifth one tagged) and compares the
// bytes each save writes.
func TestChangeCostDoesNotGrowWithTheDocument(t *testing.T) {
	written := map[int]int{}
	for _, n := range []int{2000, 20000} {
		kv := &countingKV{}
		repo := Repo{KV: kv}
		d := bigDoc(n)
		h := model.NewHistory(d)
		for i := 0; i < n; i += 5 {
			h.ToggleTag(i, "claim")
		}
		if err := repo.Save(FromDocument(d, nil, time.Now())); err != nil {
			t.Fatal(err)
		}
		kv.written = 0
		h.ToggleTag(n/2+1, "fact")
		if err := repo.Save(FromDocument(d, nil, time.Now())); err != nil {
			t.Fatal(err)
		}
		written[n] = kv.written
	}
	t.Logf("bytes written by one toggle: %d at 2,000 sentences, %d at 20,000", written[2000], written[20000])
	if written[20000] > written[2000]*5/4 {
		t.Errorf("one toggle writes %d bytes at 20,000 sentences, %d at 2,000: it grows with the document", written[20000], written[2000])
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
	// Saving it again writes schema 3 and keeps the mark.
	if err := repo.Save(*rec); err != nil {
		t.Fatal(err)
	}
	raw, _, _ := kv.Get(DocKey(d.ID))
	if !strings.Contains(raw, `"schema":3`) || !strings.Contains(raw, `"pages"`) || strings.Contains(raw, `"chunks"`) {
		t.Errorf("migrated record: %s", raw)
	}
	if again, err := repo.Load(d.ID); err != nil || len(again.Marks) != 1 {
		t.Errorf("after migration: %+v, %v", again, err)
	}
	// A schema-2 manifest (every chunk named in it) still opens.
	chunk, _ := kv.Keys(DocKey(d.ID) + "/m/")
	v2 := `{"schema":2,"doc":"` + d.ID + `","tagSet":{"name":"x","tags":[]},"chunks":["` + strings.TrimPrefix(chunk[0], DocKey(d.ID)+"/m/") + `"],"modified":"2026-11-26T00:00:00Z"}`
	kv.Set(DocKey(d.ID), v2)
	if again, err := repo.Load(d.ID); err != nil || len(again.Marks) != 1 {
		t.Errorf("schema 2: %+v, %v", again, err)
	}
	for _, bad := range []string{`"chunks":["../../x"]`, `"pages":["../../x"]`, `"pages":["0123456789abcdef"]`} {
		kv.Set(DocKey(d.ID), `{"schema":3,"doc":"`+d.ID+`",`+bad+`}`)
		if _, err := repo.Load(d.ID); !errors.Is(err, ErrUnreadable) {
			t.Errorf("%s: err = %v", bad, err)
		}
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

// TestFirstSaveSweepsLeftovers checks that the first save through a Memo
// deletes what an interrupted save left under the record (later saves
// delete only what the previous version named).
func TestFirstSaveSweepsLeftovers(t *testing.T) {
	kv := &MapKV{}
	repo := Repo{KV: kv, Memo: NewMemo()}
	d := bigDoc(120)
	model.NewHistory(d).ToggleTag(3, "claim")
	left := []string{chunkKey(d.ID, "deadbeefdeadbeef"), pageKey(d.ID, "0123456789abcdef"), blockKey(d.ID, "00000000ffffffff")}
	for _, k := range left {
		kv.Set(k, "[]")
	}
	if err := repo.Save(FromDocument(d, nil, time.Now())); err != nil {
		t.Fatal(err)
	}
	if err := repo.SaveHistory(d.ID, nil); err != nil {
		t.Fatal(err)
	}
	for _, k := range left {
		if _, ok, _ := kv.Get(k); ok {
			t.Errorf("%s was left behind", k)
		}
	}
}
