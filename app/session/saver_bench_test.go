package session

import (
	"strings"
	"testing"
	"time"

	"annotator/app/model"
	"annotator/app/store"
)

// BenchmarkSaverToggle20k is what the browser does after a tag toggle on a
// 20,000-sentence book with 2,000 annotated sentences and a full undo
// history: Saver.Save (the existence check, the sync of the record through
// a Memo, the undo history). -benchmem shows what it allocates, which the
// collector pays for in the browser.
func BenchmarkSaverToggle20k(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 20000; i++ {
		sb.WriteString("This is sentence number one of many. ")
	}
	s := New(model.New("t", sb.String()))
	kv := &store.MapKV{}
	v := NewSaver(store.Repo{KV: kv, Memo: store.NewMemo()})
	v.Exists = func(string) bool { return true }
	for i := 0; i < 2000; i++ {
		s.MoveTo(i * 10)
		v.Note(s.ToggleTag(1))
	}
	if e := v.Save(s, time.Now()); e.Alert != "" {
		b.Fatal(e.Alert)
	}
	s.MoveTo(5)
	for b.Loop() {
		v.Note(s.ToggleTag(1))
		if e := v.Save(s, time.Now()); e.Alert != "" {
			b.Fatal(e.Alert)
		}
	}
}
