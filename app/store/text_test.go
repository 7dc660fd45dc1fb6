package store

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestStoredTextKeepsHeadingsLangAuthor(t *testing.T) {
	const id = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
	cases := []struct {
		name string
		in   StoredText
		raw  string // what a text stored by an older version holds; "" to save in
		want StoredText
	}{
		{"headings, language and author", StoredText{ID: id, Title: "T", Text: "Chapter 1\n\nText.", Sentences: 2,
			Added: time.Unix(100, 0).UTC(), Headings: []int{0}, Lang: "en", Author: "Jane Austen"}, "",
			StoredText{Schema: Schema, ID: id, Title: "T", Text: "Chapter 1\n\nText.", Sentences: 2,
				Added: time.Unix(100, 0).UTC(), Headings: []int{0}, Lang: "en", Author: "Jane Austen"}},
		{"none of them", StoredText{ID: id, Title: "T", Text: "Text.", Sentences: 1, Added: time.Unix(100, 0).UTC()}, "",
			StoredText{Schema: Schema, ID: id, Title: "T", Text: "Text.", Sentences: 1, Added: time.Unix(100, 0).UTC()}},
		{"a text stored before the fields", StoredText{},
			`{"schema":1,"id":"` + id + `","title":"Old","text":"Text.","sentences":1,"added":"1970-01-01T00:01:40Z"}`,
			StoredText{Schema: 1, ID: id, Title: "Old", Text: "Text.", Sentences: 1, Added: time.Unix(100, 0).UTC()}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			kv := &MapKV{}
			repo := Repo{KV: kv}
			if c.raw != "" {
				kv.Set(TextKey(id), c.raw)
			} else if err := repo.SaveText(c.in); err != nil {
				t.Fatal(err)
			}
			raw, _, _ := kv.Get(TextKey(id))
			if c.in.Headings == nil && strings.Contains(raw, "headings") {
				t.Errorf("stored %s: empty fields are written", raw)
			}
			got, err := repo.LoadText(id)
			if err != nil || got == nil {
				t.Fatalf("LoadText: %v, %v", got, err)
			}
			if !reflect.DeepEqual(*got, c.want) {
				t.Errorf("LoadText = %+v\nwant %+v", *got, c.want)
			}
		})
	}
}
