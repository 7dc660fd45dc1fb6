package e2e

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"annotator/app/model"
	"annotator/app/store"
	"annotator/seeds"
)

// benchDoc is a document the benchmarks open: its model, and what the
// browser's localStorage must hold for the app to open it at /?doc=<id>.
type benchDoc struct {
	name  string // "seed", "200", "2,000", "20,000"
	doc   *model.Document
	first string // text of sentence 0
	// stored maps localStorage keys to values: the text (for a generated
	// document) and an annotation record with every tenth sentence tagged.
	stored map[string]string
}

// annotatedEvery is the spacing of the sentences a generated document has
// tagged before the benchmark starts (10 %: 2,000 of 20,000 sentences).
const annotatedEvery = 10

// preTag is the tag those sentences carry: not the one key 1 toggles, so
// that the toggles always add or remove a tag the sentence did not have.
const preTag = "evidence"

// seedDoc is the shipped default article, which opens at /.
func seedDoc() benchDoc {
	a := seeds.Default()
	d := model.New(a.Title, a.Text)
	return benchDoc{name: "seed", doc: d, first: d.SentenceText(0), stored: map[string]string{}}
}

// generatedDoc returns a stored document of exactly n sentences in
// paragraphs of six, every tenth sentence tagged.
func generatedDoc(t testing.TB, n int) benchDoc {
	t.Helper()
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	bodies := []string{"river", "budget", "housing", "transport", "schools", "health", "energy", "water"}
	var sb strings.Builder
	fmt.Fprintf(&sb, "Bench document of %d sentences begins here.", n)
	for i := 1; i < n; i++ {
		if i%6 == 0 {
			sb.WriteString("\n\n")
		} else {
			sb.WriteString(" ")
		}
		fmt.Fprintf(&sb, "Sentence %d says the %s committee met again on a quiet %s.", i, bodies[i%len(bodies)], days[i%len(days)])
	}
	sb.WriteString("\n")
	title := fmt.Sprintf("Bench %d", n)
	d := model.New(title, sb.String())
	if len(d.Sentences) != n {
		t.Fatalf("generated text has %d sentences, want %d", len(d.Sentences), n)
	}
	text, err := json.Marshal(store.StoredText{Schema: store.Schema, ID: d.ID, Title: title, Text: d.Text,
		Sentences: n, Added: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	for i := annotatedEvery / 2; i < n; i += annotatedEvery {
		d.Marks[i].Tags = []string{preTag}
	}
	rec, err := json.Marshal(store.FromDocument(d, nil, time.Now()))
	if err != nil {
		t.Fatal(err)
	}
	stored := map[string]string{store.TextKey(d.ID): string(text), store.DocKey(d.ID): string(rec)}
	return benchDoc{name: fmtCount(n), doc: d, first: d.SentenceText(0), stored: stored}
}

// url is the app's address of the document, relative to the server.
func (bd benchDoc) url() string {
	if bd.name == "seed" {
		return "/"
	}
	return "/?doc=" + bd.doc.ID
}

// label names the document in the table: "seed (31)" or "20,000".
func (bd benchDoc) label() string {
	if bd.name == "seed" {
		return "seed article (" + fmtCount(len(bd.doc.Sentences)) + ")"
	}
	return bd.name
}

// storeJS is a JavaScript statement that puts the document into localStorage.
func (bd benchDoc) storeJS() string {
	var sb strings.Builder
	for k, v := range bd.stored {
		fmt.Fprintf(&sb, "localStorage.setItem(%s, %s);\n", jsString(k), jsString(v))
	}
	return sb.String()
}
