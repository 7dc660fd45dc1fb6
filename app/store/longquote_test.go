package store

import (
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"annotator/app/model"
	"annotator/app/segment"
)

// longText is a 5 MB text without a sentence end (finding 9 of issue 19).
var longText = strings.Repeat("lorem ipsum dolor sit amet, consectetur adipiscing ", 5<<20/51)

// TestLongTextRecordIsBounded: on a 5 MB text without a sentence end, the
// record of one tagged sentence stays small (the sentence is capped), and
// it saves and loads back.
func TestLongTextRecordIsBounded(t *testing.T) {
	d := model.New("long", longText)
	if len(d.Sentences) < len(longText)/(4*segment.MaxSentenceRunes) {
		t.Fatalf("%d sentences", len(d.Sentences))
	}
	h := model.NewHistory(d)
	h.ToggleTag(1, "claim")
	h.SetNote(1, "long")
	kv := &MapKV{}
	repo := Repo{KV: kv}
	if err := repo.Save(FromDocument(d, nil, time.Unix(0, 0))); err != nil {
		t.Fatal(err)
	}
	total := 0
	keys, _ := kv.Keys("")
	for _, k := range keys {
		v, _, _ := kv.Get(k)
		total += len(v)
	}
	if limit := 4*segment.MaxSentenceRunes + 4096; total > limit {
		t.Errorf("the record takes %d bytes, more than %d", total, limit)
	}
	rec, err := repo.Load(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	d2 := model.New("long", longText)
	if orphans := rec.ApplyTo(d2); len(orphans) != 0 || !d2.Marks[1].Has("claim") {
		t.Errorf("orphans %d, mark %+v", len(orphans), d2.Marks[1])
	}
}

// TestOldLongQuoteBecomesAnOrphanQuickly: a record written before the cap,
// whose quote is the whole 5 MB sentence, opens on the capped sentences:
// the mark is kept as an orphan, and no edit-distance work grows with the
// quote (bytes allocated counted, not time).
func TestOldLongQuoteBecomesAnOrphanQuickly(t *testing.T) {
	text := strings.TrimSpace(longText)
	doc := model.New("long", longText)
	rec := Record{Schema: RecordSchema, Doc: doc.ID, Marks: []StoredMark{{Sentence: 0, Start: 0, End: utf8.RuneCountInString(text), Quote: text,
		Mark: model.Mark{Tags: []string{"claim"}}}}}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	pl := rec.Place(doc)
	runtime.ReadMemStats(&after)
	if len(pl.Orphans) != 1 || pl.Orphans[0].Quote != text {
		t.Errorf("%d orphans", len(pl.Orphans))
	}
	// The quote is 5 MB: work that reads it as runes allocates four times that.
	if n := after.TotalAlloc - before.TotalAlloc; n > uint64(len(text)) {
		t.Errorf("placing one mark allocated %d bytes (the quote is %d)", n, len(text))
	}
}
