package ui

import (
	"errors"
	"fmt"
	"net/url"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/model"
	"annotator/app/store"
	"annotator/app/textin"
	"annotator/seeds"
)

// maxFileBytes is the largest file the app reads; textin refuses larger
// input too, this check only avoids reading it into memory first.
const maxFileBytes = 5 << 20

// shipped returns the shipped articles as documents, built once.
var shipped = sync.OnceValue(func() []*model.Document {
	var out []*model.Document
	for _, a := range seeds.All() {
		out = append(out, model.New(a.Title, a.Text))
	}
	return out
})

// shippedDoc returns a fresh copy of the shipped article with the given id.
func shippedDoc(id string) (*model.Document, bool) {
	for _, d := range shipped() {
		if d.ID == id {
			return model.New(d.Title, d.Text), true
		}
	}
	return nil, false
}

// docURL is the reader's address for a document.
func docURL(id string) string { return "/?doc=" + url.QueryEscape(id) }

// OnNav opens the document named by ?doc= (the default article without it).
func (r *Reader) OnNav(ctx app.Context) {
	if r.repo.KV == nil {
		return // prerendering on the server: there is no storage to read
	}
	id := ctx.Page().URL().Query().Get("doc")
	if id == "" {
		id = model.New("", seeds.Default().Text).ID
	}
	if r.ready && r.doc.ID == id {
		return
	}
	r.commitNote()
	if err := r.openID(id); err != nil {
		r.alert = err.Error()
	}
	r.status, r.notice = r.notice, ""
	r.ready = true
	r.showNote(ctx)
	ctx.Update()
}

// openID loads a shipped or stored document and its annotations.
func (r *Reader) openID(id string) error {
	d, ok := shippedDoc(id)
	if !ok {
		t, err := r.repo.LoadText(id)
		switch {
		case err != nil:
			return fmt.Errorf("This document's stored text could not be read (%v); it is left untouched. Open another from the library.", err)
		case t == nil:
			return errors.New("This document is not in this browser's library. Open it again from a file, or pick another in the library.")
		}
		d = model.New(t.Title, t.Text)
		d.ID = id
	}
	r.readOnly, r.alert, r.status, r.orphans, r.sel = false, "", "", nil, span{}
	r.open(d)
	r.marksRev++
	r.load()
	r.loadWork()
	r.rerenderAll()
	r.repo.MarkOpened(id, now())
	return nil
}

// onOpenFile reads the files chosen in the file picker.
func (r *Reader) onOpenFile(ctx app.Context, e app.Event) {
	input := e.Get("currentTarget")
	r.readFiles(ctx, input.Get("files"))
	input.Set("value", "")
}

// onDragOver lets the page accept dropped files.
func (r *Reader) onDragOver(ctx app.Context, e app.Event) { e.PreventDefault() }

// onDrop opens files dropped anywhere on the page.
func (r *Reader) onDrop(ctx app.Context, e app.Event) {
	e.PreventDefault()
	if dt := e.Get("dataTransfer"); !dt.IsNull() && !dt.IsUndefined() {
		r.readFiles(ctx, dt.Get("files"))
	}
}

// readFiles reads each file and adds it as a document; the last one opens.
func (r *Reader) readFiles(ctx app.Context, files app.Value) {
	if files.IsNull() || files.IsUndefined() {
		return
	}
	for k := 0; k < files.Length(); k++ {
		f := files.Index(k)
		name := f.Get("name").String()
		if isImportFile(name) {
			r.readImport(ctx, f)
			continue
		}
		if size := f.Get("size").Int(); size > maxFileBytes {
			r.alert = fmt.Sprintf("%s is %.1f MB: the limit is %d MB of text. Split it or save a shorter part.", name, float64(size)/(1<<20), maxFileBytes>>20)
			continue
		}
		readBytes(f, func(data []byte, err error) {
			ctx.Dispatch(func(ctx app.Context) {
				if err != nil {
					r.alert = "Could not read " + name + ": " + err.Error()
					return
				}
				r.addText(ctx, name, data)
			})
		})
	}
}

// readBytes reads a File or Blob into memory and calls done.
func readBytes(f app.Value, done func([]byte, error)) {
	var ok, fail app.Func
	release := func() { ok.Release(); fail.Release() }
	ok = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer release()
		arr := app.Window().Get("Uint8Array").New(args[0])
		b := make([]byte, arr.Length())
		app.CopyBytesToGo(b, arr)
		done(b, nil)
		return nil
	})
	fail = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer release()
		done(nil, errors.New(args[0].Call("toString").String()))
		return nil
	})
	f.Call("arrayBuffer").Call("then", ok, fail)
}

// addText turns file or pasted content into a document of the library and
// opens it. The same text opens the existing document instead of a copy.
func (r *Reader) addText(ctx app.Context, name string, data []byte) {
	r.flushSave() // the library it reads must hold the last key's change
	in, err := textin.Decode(name, data)
	if err != nil {
		what := "The pasted text"
		if name != "" {
			what = name
		}
		r.alert = what + " was not opened: " + err.Error()
		return
	}
	d := model.New(in.Title, in.Text)
	if len(d.Sentences) == 0 {
		r.alert = "That text has no sentences to annotate."
		return
	}
	if _, ok := shippedDoc(d.ID); ok {
		r.notice = "That text is a shipped article: it is open."
		ctx.Navigate(docURL(d.ID))
		return
	}
	if t, _ := r.repo.LoadText(d.ID); t != nil {
		r.notice = "“" + t.Title + "” is already in your library: it is open."
		ctx.Navigate(docURL(d.ID))
		return
	}
	t := store.StoredText{ID: d.ID, Title: d.Title, Text: d.Text, Sentences: len(d.Sentences), Added: now(), From: name}
	if err := r.repo.SaveText(t); err != nil {
		r.alert = "“" + d.Title + "” could not be stored in this browser (" + err.Error() + "). Free some space (delete documents in the library) and try again."
		return
	}
	r.offerCarry(d)
	r.notice = fmt.Sprintf("Opened “%s”: %d sentences.", d.Title, len(d.Sentences))
	ctx.Navigate(docURL(d.ID))
}
