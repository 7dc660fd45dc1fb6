package library

import (
	"testing"

	"annotator/seeds"
)

func TestShipped(t *testing.T) {
	docs := Shipped()
	if len(docs) != len(seeds.All()) || len(docs) == 0 {
		t.Fatalf("Shipped() has %d documents, seeds %d", len(docs), len(seeds.All()))
	}
	if !IsShipped(DefaultID()) {
		t.Errorf("DefaultID %q is not a shipped article", DefaultID())
	}
	d, ok := ShippedDoc(DefaultID())
	if !ok || d.ID != DefaultID() || len(d.Sentences) == 0 {
		t.Fatalf("ShippedDoc(DefaultID()) = %v, %v", d, ok)
	}
	d.Marks[0].Tags = []string{"claim"}
	d.Title = "changed"
	if again, _ := ShippedDoc(DefaultID()); len(again.Marks[0].Tags) != 0 || again.Title == "changed" {
		t.Error("ShippedDoc must return a fresh copy each time")
	}
	if _, ok := ShippedDoc("nope"); ok || IsShipped("nope") {
		t.Error("an unknown id is not shipped")
	}
	entries := ShippedEntries()
	if len(entries) != len(docs) {
		t.Fatalf("ShippedEntries() = %d entries", len(entries))
	}
	for i, e := range entries {
		if e.ID != docs[i].ID || e.Title != docs[i].Title || e.Sentences != len(docs[i].Sentences) {
			t.Errorf("entry %d = %+v", i, e)
		}
	}
}
