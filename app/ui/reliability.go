package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/formats"
	"annotator/app/model"
	"annotator/app/store"
)

// storageBudget is the localStorage size browsers commonly allow an origin.
const storageBudget = 5 << 20

// retryEvery is how often a failed save is tried again.
const retryEvery = 5 * time.Second

// snapshot remembers the marks as stored, to tell this tab's changes apart.
func (r *Reader) snapshot() {
	r.saved = make([]model.Mark, len(r.doc.Marks))
	copy(r.saved, r.doc.Marks)
}

// dirty lists the sentences this tab changed since it last read or wrote.
func (r *Reader) dirty() map[int]bool {
	out := map[int]bool{}
	for i, m := range r.doc.Marks {
		if i >= len(r.saved) || !m.Equal(r.saved[i]) {
			out[i] = true
		}
	}
	return out
}

// afterSave asks the browser to keep this site's storage once there is
// work to lose, and measures how much of the budget is used.
func (r *Reader) afterSave() {
	if !r.persistAsked && r.doc.Annotated() > 0 {
		r.persistAsked = true
		if st := app.Window().Get("navigator").Get("storage"); !st.IsUndefined() && !st.Get("persist").IsUndefined() {
			st.Call("persist")
		}
	}
	r.changesSinceExport++
	if r.changesSinceExport == exportReminder {
		r.status = fmt.Sprintf("%d changes since your last export: keep a copy with Export → Backup.", exportReminder)
	}
	if time.Since(r.measured) > 30*time.Second {
		r.measureStorage()
	}
}

// exportReminder is how many changes pass before the app suggests a backup file.
const exportReminder = 50

// measureStorage adds up what this origin keeps in localStorage (UTF-16, so
// two bytes a character).
func (r *Reader) measureStorage() {
	r.measured = time.Now()
	n, err := storageUsed()
	if err == nil {
		r.usage = n
	}
}

// storageUsed returns the bytes this origin's localStorage holds.
func storageUsed() (n int, err error) {
	defer guard(&err, "measuring storage")
	ls := app.Window().Get("localStorage")
	for i := 0; i < ls.Get("length").Int(); i++ {
		// Lengths are read in JavaScript (UTF-16 units): no value is copied
		// into Go, which for a book's text would cost more than the count.
		k := ls.Call("key", i)
		n += 2 * (k.Length() + ls.Call("getItem", k).Length())
	}
	return n, nil
}

// retryLoop retries a failed save every few seconds while the tab is visible
// (hidden tabs do not write).
func (r *Reader) retryLoop(ctx app.Context) {
	ctx.After(retryEvery, func(ctx app.Context) {
		if r.unsaved && app.Window().Get("document").Get("visibilityState").String() == "visible" {
			r.save()
		}
		r.retryLoop(ctx)
	})
}

// listenLeave saves what is still waiting (a note being typed, a key's
// deferred save) when the page is hidden or left, so that closing the tab
// right after a key or in the middle of a note loses nothing.
func (r *Reader) listenLeave() func() {
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		if args[0].Get("type").String() == "visibilitychange" &&
			app.Window().Get("document").Get("visibilityState").String() != "hidden" {
			return nil
		}
		r.commitNote()
		r.flushSave()
		return nil
	})
	app.Window().Call("addEventListener", "pagehide", fn)
	app.Window().Get("document").Call("addEventListener", "visibilitychange", fn)
	return func() {
		app.Window().Call("removeEventListener", "pagehide", fn)
		app.Window().Get("document").Call("removeEventListener", "visibilitychange", fn)
		fn.Release()
	}
}

// listenStorage applies what other tabs write to this document, within the
// same second, merging by sentence.
func (r *Reader) listenStorage(ctx app.Context) func() {
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		key, val := e.Get("key"), e.Get("newValue")
		if key.IsNull() || val.IsNull() {
			return nil
		}
		k := key.String()
		ctx.Dispatch(func(ctx app.Context) { r.fromOtherTab(ctx, k) })
		return nil
	})
	app.Window().Call("addEventListener", "storage", fn)
	return func() {
		app.Window().Call("removeEventListener", "storage", fn)
		fn.Release()
	}
}

// fromOtherTab merges a record another tab wrote.
func (r *Reader) fromOtherTab(ctx app.Context, key string) {
	if r.readOnly || key != store.DocKey(r.doc.ID) {
		return
	}
	// The manifest names chunk keys the other tab wrote before it: read
	// the whole record from storage, not just the event's value.
	rec, err := r.repo.Load(r.doc.ID)
	if err != nil || rec == nil || rec.Rev <= r.rev {
		return
	}
	r.commitNote()
	keep := r.dirty()
	changed := rec.Merge(r.doc, keep)
	if len(keep) == 0 && len(rec.TagSet.Tags) > 0 && !sameTagSet(rec.TagSet, r.doc.TagSet) {
		r.doc.TagSet = rec.TagSet
		r.tagKeys = r.doc.TagSet.Keys()
		r.rerenderAll()
	}
	for _, i := range changed {
		r.touched(i)
		if i < len(r.saved) {
			r.saved[i] = r.doc.Marks[i]
		}
	}
	r.rev = rec.Rev
	r.marksRev++
	if len(changed) > 0 {
		r.status = fmt.Sprintf("Updated from another tab: %d sentences.", len(changed))
		r.showNote(ctx)
	}
}

// sameTagSet compares two tag sets.
func sameTagSet(a, b model.TagSet) bool {
	if a.Name != b.Name || len(a.Tags) != len(b.Tags) {
		return false
	}
	for i := range a.Tags {
		if a.Tags[i] != b.Tags[i] {
			return false
		}
	}
	return true
}

// renderAlert shows errors, with what the reader can do about them.
func (r *Reader) renderAlert() app.UI {
	var body []app.UI
	if r.alert != "" {
		body = append(body, app.P().Text(r.alert))
	}
	if r.unsaved {
		body = append(body, app.Button().Class("tool").DataSet("export-now", "true").OnClick(r.onExportNow).Text("Export backup now"))
	}
	if r.readOnly {
		body = append(body, app.Button().Class("tool").DataSet("download-raw", "true").OnClick(r.onDownloadRaw).Text("Download raw data"))
	}
	return app.Div().Class("alert").Attr("role", "alert").Body(body...)
}

// onExportNow downloads a backup of the open document from memory.
func (r *Reader) onExportNow(ctx app.Context, e app.Event) {
	data, err := formats.Export(formats.FormatBackup, r.doc, formats.Options{Modified: now(), Orphans: r.orphans})
	if err == nil {
		err = download(formats.FormatBackup.FileName(r.doc.Title), "application/json", data)
	}
	if err != nil {
		r.status = "The backup could not be made: " + err.Error()
		return
	}
	r.changesSinceExport = 0
	r.status = "Backup downloaded: your work is safe in that file."
}

// onDownloadRaw downloads every stored value of the open document exactly
// as stored, for a record the app cannot read.
func (r *Reader) onDownloadRaw(ctx app.Context, e app.Event) {
	var b strings.Builder
	b.WriteString("{")
	first := true
	keys, err := r.repo.DocKeys(r.doc.ID)
	if err != nil {
		r.status = "The raw data could not be read: " + err.Error()
		return
	}
	for _, k := range keys {
		v, ok, err := r.repo.KV.Get(k)
		if err != nil || !ok {
			continue
		}
		if !first {
			b.WriteString(",")
		}
		first = false
		fmt.Fprintf(&b, "\n%q: %q", k, v)
	}
	b.WriteString("\n}\n")
	if err := download("annotator-raw-"+r.doc.ID[:12]+".json", "application/json", []byte(b.String())); err != nil {
		r.status = "The raw data could not be downloaded: " + err.Error()
		return
	}
	r.status = "Raw data downloaded, exactly as stored."
}

// renderStorage is the storage meter.
func (r *Reader) renderStorage() app.UI {
	pct := 100 * r.usage / storageBudget
	cls := "hint"
	text := fmt.Sprintf("Browser storage: %s of about 5 MB used (%d %%).", sizeText(r.usage), pct)
	if pct >= 80 {
		cls = "warn"
		text += " Storage is nearly full: export a backup and delete documents you no longer need."
	}
	return app.Div().Class("storage").Body(
		app.Label().For("storage-meter").Class(cls).Text(text),
		app.Meter().ID("storage-meter").DataSet("storage-meter", r.usage).Min(0).Max(storageBudget).
			Low(storageBudget*6/10).High(storageBudget*8/10).Optimum(0).Value(r.usage),
	)
}
