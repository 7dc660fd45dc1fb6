package e2e

import (
	"embed"
	"encoding/json"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"testing"

	"annotator/app/markup"
	"annotator/app/model"
)

// floorFiles is the floor page: floor/floor.html and floor/floor.js.
//
//go:embed floor
var floorFiles embed.FS

// floorDoc is what floor.js builds its DOM from.
type floorDoc struct {
	Title     string     `json:"title"`
	Sentences []string   `json:"sentences"`
	Paras     []int      `json:"paras"`
	Chunks    [][2]int   `json:"chunks"`
	Tags      []floorTag `json:"tags"`
	Marks     [][]string `json:"marks"`
}

// floorTag is one tag of the document's tag set, with the text colour its
// marks use.
type floorTag struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Color string `json:"color"`
	FG    string `json:"fg"`
}

// newFloorDoc describes d for floor.js.
func newFloorDoc(d *model.Document) floorDoc {
	f := floorDoc{Title: d.Title, Chunks: markup.Bounds(d)}
	para := -1
	for i := range d.Sentences {
		if d.ParaStart(i) {
			para++
		}
		f.Sentences = append(f.Sentences, d.SentenceText(i))
		f.Paras = append(f.Paras, para)
		f.Marks = append(f.Marks, d.Marks[i].Tags)
	}
	for _, t := range d.TagSet.Tags {
		f.Tags = append(f.Tags, floorTag{ID: t.ID, Name: t.Name, Color: t.Color, FG: markup.TextOn(t.Color)})
	}
	return f
}

// newFloorServer serves the floor page on its own origin (no service
// worker, no storage shared with the app): /floor.html?doc=NAME, its
// script, the app's own /app.css, and /doc.json?doc=NAME for each of docs.
func newFloorServer(t testing.TB, docs []benchDoc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(benchPageMux(t, floorFiles, "floor", docs))
	t.Cleanup(srv.Close)
	return srv
}

// benchPageMux serves the files of folder dir of files at /, the app's
// own /app.css, and /doc.json?doc=NAME (a floorDoc) for each of docs: what
// the floor and peer pages load.
func benchPageMux(t testing.TB, files fs.FS, dir string, docs []benchDoc) *http.ServeMux {
	t.Helper()
	sub, err := fs.Sub(files, dir)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string][]byte{}
	for _, bd := range docs {
		b, err := json.Marshal(newFloorDoc(bd.doc))
		if err != nil {
			t.Fatal(err)
		}
		byName[bd.name] = b
	}
	mux := http.NewServeMux()
	mux.Handle("/", http.FileServerFS(sub))
	mux.HandleFunc("/app.css", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, filepath.Join(webDir, "app.css"))
	})
	mux.HandleFunc("/doc.json", func(w http.ResponseWriter, r *http.Request) {
		b, ok := byName[r.URL.Query().Get("doc")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(b)
	})
	return mux
}

// floorURL is the floor page of a document.
func floorURL(srv *httptest.Server, bd benchDoc) string {
	return srv.URL + "/floor.html?doc=" + url.QueryEscape(bd.name)
}
