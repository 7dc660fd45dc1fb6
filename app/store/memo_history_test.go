package store

import (
	"maps"
	"testing"

	"annotator/app/model"
)

// SaveHistory through a Memo (which encodes only blocks it has not
// encoded) stores exactly what it stores without one, as the history
// grows past HistoryLimit and its oldest blocks go.
func TestMemoHistoryStoresTheSame(t *testing.T) {
	memo, plain := &MapKV{}, &MapKV{}
	rm, rp := Repo{KV: memo, Memo: NewMemo()}, Repo{KV: plain}
	var changes []model.Change
	for i := 0; i < 150; i++ {
		c := model.Change{Marks: []model.MarkEdit{{Sentence: i % 7, After: model.Mark{Tags: []string{"claim"}}}}}
		if i%40 == 39 {
			c = model.Change{TagSet: &model.TagSetEdit{After: model.TagSet{Name: "s", Tags: []model.Tag{{ID: "t"}}}}}
		}
		changes = append(changes, c)
		keep := changes[len(changes)-HistoryKeep(len(changes)):]
		if err := rm.SaveHistory("d", keep); err != nil {
			t.Fatal(err)
		}
		if err := rp.SaveHistory("d", keep); err != nil {
			t.Fatal(err)
		}
		if !maps.Equal(memo.m, plain.m) {
			t.Fatalf("after %d changes the stores differ", i+1)
		}
	}
}
