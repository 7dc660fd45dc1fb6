package store

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"annotator/app/model"
)

// readCountingKV counts the bytes written and the reads of a record's
// parts (chunk and page keys).
type readCountingKV struct {
	MapKV
	written, sets, partReads int
}

func (c *readCountingKV) Set(k, v string) error {
	c.written += len(k) + len(v)
	c.sets++
	return c.MapKV.Set(k, v)
}

func (c *readCountingKV) Get(k string) (string, bool, error) {
	if strings.Contains(k, "/m/") || strings.Contains(k, "/p/") {
		c.partReads++
	}
	return c.MapKV.Get(k)
}

func (c *readCountingKV) zero() { c.written, c.sets, c.partReads = 0, 0, 0 }

// taggedBook returns a document of n sentences, every fifth one tagged.
func taggedBook(n int) *model.Document {
	d := bigDoc(n)
	for i := 0; i < n; i += 5 {
		d.Marks[i].Tags = []string{"claim"}
	}
	return d
}

// openedTab opens the record of a document as a tab does (Load through a
// Repo with a Memo, marks placed on a fresh document).
func openedTab(t *testing.T, kv KV, n int) (Repo, *model.Document, int) {
	t.Helper()
	repo := Repo{KV: kv, Memo: NewMemo()}
	d := bigDoc(n)
	rec, err := repo.Load(d.ID)
	if err != nil || rec == nil {
		t.Fatalf("Load: %v", err)
	}
	if orphans := rec.ApplyTo(d); len(orphans) != 0 {
		t.Fatalf("%d orphans", len(orphans))
	}
	return repo, d, rec.Rev
}

// TestFirstSaveAfterOpeningWritesOneChunk is issue #20's first toggle
// after opening a 20,000-sentence book: the save re-read and re-encoded
// the whole record. It writes one chunk, one page and the manifest, reads
// no part back but the ones it writes, and encodes one chunk, like every
// later save, whether the record was written by this version (chunks and
// pages) or inline by an older one.
func TestFirstSaveAfterOpeningWritesOneChunk(t *testing.T) {
	const n = 20000
	for _, inline := range []bool{false, true} {
		kv := &readCountingKV{}
		src := taggedBook(n)
		if inline {
			// An older version's record: every mark in the manifest, no
			// revision.
			b, _ := json.Marshal(FromDocument(src, nil, time.Now()))
			kv.MapKV.Set(DocKey(src.ID), string(b))
		} else if _, _, err := (Repo{KV: kv}).Sync(src, 0, nil, nil, time.Now()); err != nil {
			t.Fatal(err)
		}
		repo, d, rev := openedTab(t, kv, n)
		if inline {
			// What the reader does in idle time after the open.
			for steps := 0; ; steps++ {
				done, err := repo.Prepare(d.ID, 4)
				if err != nil {
					t.Fatal(err)
				}
				if done {
					break
				}
				if steps > n {
					t.Fatal("Prepare never finishes")
				}
			}
		}
		kv.zero()
		repo.Memo.encoded = 0
		h := model.NewHistory(d)
		h.ToggleTag(10001, "fact")
		rev, _, err := repo.Sync(d, rev, map[int]bool{10001: true}, nil, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		man, _, _ := kv.MapKV.Get(DocKey(d.ID))
		if kv.sets != 3 || kv.written > 6000+len(man) {
			t.Errorf("inline %v: the first save wrote %d keys, %d bytes; want 3 keys (chunk, page, manifest of %d bytes)", inline, kv.sets, kv.written, len(man))
		}
		if kv.partReads > 2 { // the chunk and page written, read back
			t.Errorf("inline %v: the first save read %d parts", inline, kv.partReads)
		}
		if repo.Memo.encoded != 1 {
			t.Errorf("inline %v: the first save encoded %d chunks, want 1", inline, repo.Memo.encoded)
		}
		// Nothing lost: another tab reads every mark.
		got, err := (Repo{KV: kv}).Load(d.ID)
		if err != nil || got.Rev != rev || len(got.Marks) != n/5+1 {
			t.Fatalf("inline %v: Load: rev %d (want %d), %d marks, %v", inline, got.Rev, rev, len(got.Marks), err)
		}
	}
}

// TestSyncDecodesNothingWhenNothingChanged: when the stored manifest is
// the one this tab last read or wrote, Sync reads no chunk or page.
func TestSyncDecodesNothingWhenNothingChanged(t *testing.T) {
	const n = 5000
	kv := &readCountingKV{}
	if _, _, err := (Repo{KV: kv}).Sync(taggedBook(n), 0, nil, nil, time.Now()); err != nil {
		t.Fatal(err)
	}
	repo, d, rev := openedTab(t, kv, n)
	h := model.NewHistory(d)
	for i := range 3 {
		kv.zero()
		h.ToggleTag(7+i*1000, "fact")
		var err error
		rev, _, err = repo.Sync(d, rev, map[int]bool{7 + i*1000: true}, nil, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if kv.partReads > 2 {
			t.Errorf("save %d read %d parts; want only the 2 it wrote", i, kv.partReads)
		}
	}
	// Another tab writes: the next save reads and merges it.
	other := Repo{KV: kv}
	od, _ := bigDoc(n), 0
	rec, _ := other.Load(od.ID)
	rec.ApplyTo(od)
	model.NewHistory(od).ToggleTag(4001, "other")
	if _, _, err := other.Sync(od, rec.Rev, map[int]bool{4001: true}, nil, time.Now()); err != nil {
		t.Fatal(err)
	}
	h.ToggleTag(9, "fact")
	if _, taken, err := repo.Sync(d, rev, map[int]bool{9: true}, nil, time.Now()); err != nil || len(taken) != 1 || !d.Marks[4001].Has("other") {
		t.Errorf("after another tab's write: taken %v, %v", taken, err)
	}
}

// inlineBook stores an older version's record of a tagged book (marks in
// the manifest) and opens it in a tab.
func inlineBook(t *testing.T, kv KV, n int) (Repo, *model.Document, int) {
	t.Helper()
	b, _ := json.Marshal(FromDocument(taggedBook(n), nil, time.Now()))
	kv.Set(DocKey(bigDoc(n).ID), string(b))
	return openedTab(t, kv, n)
}

// TestPrepareStopsWhenTheRecordMoves: a save between two steps of Prepare
// (a toggle in this tab, or another tab's write) makes it stop without
// writing its manifest, and nothing of the save is lost.
func TestPrepareStopsWhenTheRecordMoves(t *testing.T) {
	const n = 2000
	kv := &MapKV{}
	repo, d, rev := inlineBook(t, kv, n)
	if done, err := repo.Prepare(d.ID, 2); done || err != nil {
		t.Fatalf("first step: done %v, %v", done, err)
	}
	model.NewHistory(d).ToggleTag(1001, "fact")
	if _, _, err := repo.Sync(d, rev, map[int]bool{1001: true}, nil, time.Now()); err != nil {
		t.Fatal(err)
	}
	saved, _, _ := kv.Get(DocKey(d.ID))
	if done, err := repo.Prepare(d.ID, 2); !done || err != nil {
		t.Fatalf("after a save: done %v, %v", done, err)
	}
	if now, _, _ := kv.Get(DocKey(d.ID)); now != saved {
		t.Error("Prepare wrote its manifest over a later save")
	}
	got, err := (Repo{KV: kv}).Load(d.ID)
	if err != nil || len(got.Marks) != n/5+1 {
		t.Fatalf("Load: %v, %v", got, err)
	}
}

// TestPrepareAtAFullQuotaKeepsTheRecord: when the quota runs out in the
// middle, the stored record is untouched and the parts Prepare wrote are
// removed.
func TestPrepareAtAFullQuotaKeepsTheRecord(t *testing.T) {
	const n = 2000
	kv := &MapKV{}
	repo, d, _ := inlineBook(t, kv, n)
	before, _, _ := kv.Get(DocKey(d.ID))
	kv.Limit = len(before) + 20000 // the text is not stored here: room for a few chunks
	var err error
	for done := false; !done; {
		done, err = repo.Prepare(d.ID, 3)
	}
	if err == nil {
		t.Fatal("Prepare reported no error at a full quota")
	}
	if after, _, _ := kv.Get(DocKey(d.ID)); after != before {
		t.Error("the stored record changed")
	}
	if keys, _ := kv.Keys(DocKey(d.ID) + "/"); len(keys) != 0 {
		t.Errorf("%d parts left behind", len(keys))
	}
}

// TestSaveInTheMiddleOfPrepareReusesItsChunks: a toggle before Prepare is
// done writes only the chunks Prepare has not written yet.
func TestSaveInTheMiddleOfPrepareReusesItsChunks(t *testing.T) {
	const n = 2000
	kv := &readCountingKV{}
	repo, d, rev := inlineBook(t, kv, n)
	for range 10 {
		if done, err := repo.Prepare(d.ID, 2); done || err != nil {
			t.Fatalf("done %v, %v", done, err)
		}
	}
	kv.zero()
	repo.Memo.encoded = 0
	model.NewHistory(d).ToggleTag(1001, "fact")
	if _, _, err := repo.Sync(d, rev, map[int]bool{1001: true}, nil, time.Now()); err != nil {
		t.Fatal(err)
	}
	chunks := n / ChunkSentences
	if want := chunks - 20 + 1; repo.Memo.encoded > want {
		t.Errorf("the save encoded %d chunks, want at most %d", repo.Memo.encoded, want)
	}
	pages := (chunks + PageChunks - 1) / PageChunks
	if want := chunks - 20 + 1 + pages + 1; kv.sets > want {
		t.Errorf("the save wrote %d keys, want at most %d", kv.sets, want)
	}
	got, err := (Repo{KV: kv}).Load(d.ID)
	if err != nil || len(got.Marks) != n/5+1 {
		t.Fatalf("Load: %v", err)
	}
}

// TestPrepareStopsWhenAnotherTabWrites: another tab's write between two
// steps of Prepare is never overwritten by Prepare's manifest.
func TestPrepareStopsWhenAnotherTabWrites(t *testing.T) {
	const n = 2000
	kv := &MapKV{}
	repo, d, _ := inlineBook(t, kv, n)
	if done, err := repo.Prepare(d.ID, 2); done || err != nil {
		t.Fatalf("first step: done %v, %v", done, err)
	}
	other, od := Repo{KV: kv}, bigDoc(n)
	rec, _ := other.Load(od.ID)
	rec.ApplyTo(od)
	model.NewHistory(od).ToggleTag(1001, "other")
	if _, _, err := other.Sync(od, rec.Rev, map[int]bool{1001: true}, nil, time.Now()); err != nil {
		t.Fatal(err)
	}
	saved, _, _ := kv.Get(DocKey(d.ID))
	for done := false; !done; {
		var err error
		if done, err = repo.Prepare(d.ID, 2); err != nil {
			t.Fatal(err)
		}
	}
	if now, _, _ := kv.Get(DocKey(d.ID)); now != saved {
		t.Error("Prepare wrote its manifest over another tab's save")
	}
}

// listingKV counts the calls of Keys.
type listingKV struct {
	MapKV
	lists int
}

func (l *listingKV) Keys(prefix string) ([]string, error) {
	l.lists++
	return l.MapKV.Keys(prefix)
}

// TestPrepareSweepsSoTheFirstSaveListsNoKeys: the walk over every key of
// the record that removes an interrupted save's leftovers happens in
// Prepare (idle time), not in the first save after the open.
func TestPrepareSweepsSoTheFirstSaveListsNoKeys(t *testing.T) {
	const n = 2000
	for _, inline := range []bool{false, true} {
		kv := &listingKV{}
		src := taggedBook(n)
		if inline {
			b, _ := json.Marshal(FromDocument(src, nil, time.Now()))
			kv.Set(DocKey(src.ID), string(b))
		} else if _, _, err := (Repo{KV: kv}).Sync(src, 0, nil, nil, time.Now()); err != nil {
			t.Fatal(err)
		}
		leftover := chunkKey(src.ID, "0123456789abcdef")
		kv.Set(leftover, "[]") // an interrupted save's
		(Repo{KV: kv}).SaveHistory(src.ID, []model.Change{{Marks: []model.MarkEdit{{Sentence: 1}}}})
		block := blockKey(src.ID, "0123456789abcdef")
		kv.Set(block, "[]") // and its history's
		repo, d, rev := openedTab(t, kv, n)
		for done := false; !done; {
			var err error
			if done, err = repo.Prepare(d.ID, 8); err != nil {
				t.Fatal(err)
			}
		}
		if _, ok, _ := kv.Get(leftover); ok {
			t.Errorf("inline %v: Prepare left an unnamed part", inline)
		}
		if _, ok, _ := kv.Get(block); ok {
			t.Errorf("inline %v: Prepare left an unnamed history block", inline)
		}
		if h, err := repo.LoadHistory(d.ID); err != nil || len(h) != 1 {
			t.Errorf("inline %v: history after Prepare: %v, %v", inline, h, err)
		}
		kv.lists = 0
		model.NewHistory(d).ToggleTag(3, "fact")
		if _, _, err := repo.Sync(d, rev, map[int]bool{3: true}, nil, time.Now()); err != nil {
			t.Fatal(err)
		}
		if err := repo.SaveHistory(d.ID, []model.Change{{Marks: []model.MarkEdit{{Sentence: 1}}}, {Marks: []model.MarkEdit{{Sentence: 3}}}}); err != nil {
			t.Fatal(err)
		}
		if kv.lists != 0 {
			t.Errorf("inline %v: the first save listed keys %d times", inline, kv.lists)
		}
	}
}
