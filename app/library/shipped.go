package library

import (
	"sync"

	"annotator/app/model"
	"annotator/app/store"
	"annotator/seeds"
)

// shipped holds the shipped articles as documents, built once.
var shipped = sync.OnceValue(func() []*model.Document {
	var out []*model.Document
	for _, a := range seeds.All() {
		out = append(out, model.NewLang(a.Title, a.Text, "en")) // the shipped articles are English
	}
	return out
})

// defaultID is the id of the article opened at "/", computed once.
var defaultID = sync.OnceValue(func() string { return model.New("", seeds.Default().Text).ID })

// Shipped returns the articles that come with the app (seeds.All()) as
// documents without marks, built once. They are shared: read them, and
// take a copy with ShippedDoc to annotate one.
func Shipped() []*model.Document { return shipped() }

// ShippedDoc returns a fresh copy of the shipped article with the given
// id, and whether there is one.
func ShippedDoc(id string) (*model.Document, bool) {
	for _, d := range shipped() {
		if d.ID == id {
			return model.NewLang(d.Title, d.Text, d.Lang), true
		}
	}
	return nil, false
}

// IsShipped reports whether id is a shipped article's, without copying it.
func IsShipped(id string) bool {
	for _, d := range shipped() {
		if d.ID == id {
			return true
		}
	}
	return false
}

// DefaultID is the id of the article the reader opens without ?doc=
// (seeds.Default()).
func DefaultID() string { return defaultID() }

// ShippedEntries lists the shipped articles for store.Repo.Library: ID,
// Title and Sentences.
func ShippedEntries() []store.Entry {
	var out []store.Entry
	for _, d := range shipped() {
		out = append(out, store.Entry{ID: d.ID, Title: d.Title, Sentences: len(d.Sentences)})
	}
	return out
}
