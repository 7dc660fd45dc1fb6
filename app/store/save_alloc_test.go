package store

import (
	"strings"
	"testing"
	"time"

	"annotator/app/model"
)

// bookWithMarks is a 20,000-sentence document with every tenth sentence
// tagged.
func bookWithMarks(t testing.TB) (*model.Document, *model.History) {
	t.Helper()
	var sb strings.Builder
	for i := 0; i < 20000; i++ {
		sb.WriteString("This is sentence number one of many. ")
	}
	d := model.New("t", sb.String())
	h := model.NewHistory(d)
	for i := 0; i < 2000; i++ {
		h.ToggleTag(i*10, "claim")
	}
	return d, h
}

// A save through a Memo after one toggle allocates what the toggle's
// chunk and page take, not what 2,000 marks take (in the browser the
// collector pays for every byte).
func TestMemoSaveAllocatesWhatChanged(t *testing.T) {
	d, h := bookWithMarks(t)
	repo := Repo{KV: &MapKV{}, Memo: NewMemo()}
	if err := repo.Save(repo.Memo.record(d, nil, time.Unix(0, 0))); err != nil {
		t.Fatal(err)
	}
	allocs := testing.AllocsPerRun(20, func() {
		h.ToggleTag(5, "fact")
		if err := repo.Save(repo.Memo.record(d, nil, time.Unix(0, 0))); err != nil {
			t.Fatal(err)
		}
	})
	if allocs > 150 {
		t.Errorf("a memo save allocates %.0f times, want at most 150", allocs)
	}
}

// Saves through a Memo that reuses its room leave exactly the parts the
// last manifest names, and the record reads back as the document is.
func TestMemoSavesLeaveNamedPartsOnly(t *testing.T) {
	d, h := bookWithMarks(t)
	kv := &MapKV{}
	repo := Repo{KV: kv, Memo: NewMemo()}
	for k := 0; k < 40; k++ {
		h.ToggleTag(k*37%20000, "fact")
		if err := repo.Save(repo.Memo.record(d, nil, time.Unix(int64(k), 0))); err != nil {
			t.Fatal(err)
		}
	}
	rec, err := Repo{KV: kv}.Load(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for i, m := range d.Marks {
		if !m.Empty() {
			want++
			if !rec.Marks[want-1].Mark.Equal(m) || rec.Marks[want-1].Sentence != i {
				t.Fatalf("mark %d: stored %+v, document has %+v at %d", want-1, rec.Marks[want-1], m, i)
			}
		}
	}
	if len(rec.Marks) != want {
		t.Fatalf("stored %d marks, the document has %d", len(rec.Marks), want)
	}
	chunks, pages := Repo{KV: kv}.storedParts(d.ID)
	keys, _ := kv.Keys(DocKey(d.ID) + "/")
	if len(keys) != len(chunks)+len(pages) {
		t.Errorf("%d parts stored, the manifest names %d chunks and %d pages", len(keys), len(chunks), len(pages))
	}
}
