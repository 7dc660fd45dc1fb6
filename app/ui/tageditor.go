package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/markup"
	"annotator/app/model"
)

// maxTags is the most tags a set may have: 1–9 plus every spare letter, so
// that no tag is ever out of the keyboard's reach.
const maxTags = 9 + len(model.SpareKeys)

// palette gives new tags distinct colour-blind-safe colours (Okabe–Ito, then greys).
var palette = []string{"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000", "#999999"}

// tagEditor is the state of the open tag-set dialog: a draft that only
// replaces the document's tag set, as one undoable step, on Save.
type tagEditor struct {
	draft   model.TagSet
	confirm []string // names of tags in use that Save would delete; set once asked
	err     string
}

// openEditor opens the tag-set dialog on a copy of the current set.
func (r *Reader) openEditor(ctx app.Context) {
	if r.refuseReadOnly() {
		return
	}
	if r.work != nil && !r.ex().AllowNewTags {
		r.status = "The tag set of this exercise is fixed by your teacher."
		return
	}
	r.editor = &tagEditor{draft: r.doc.TagSet.Clone()}
	rememberOpener()
	r.syncEditor(ctx)
	ctx.Defer(func(app.Context) { focus(`[data-tag-editor] input`) })
}

// closeEditor closes the dialog and returns focus to where it was (its
// button when that is gone).
func (r *Reader) closeEditor(ctx app.Context) {
	r.editor = nil
	returnFocus(ctx, `[data-open-tag-editor]`)
}

// syncEditor writes the draft into the dialog's inputs after rows moved:
// rows are diffed by position and go-app leaves an input's old value when
// the new one is empty.
func (r *Reader) syncEditor(ctx app.Context) {
	ctx.Defer(func(app.Context) {
		if r.editor == nil {
			return
		}
		inputs := app.Window().Get("document").Call("querySelectorAll", "[data-tag-editor] [data-field]")
		for k := 0; k < inputs.Length(); k++ {
			in := inputs.Index(k)
			i, ok := dataInt(in, "data-index")
			if !ok || i >= len(r.editor.draft.Tags) {
				continue
			}
			t := r.editor.draft.Tags[i]
			v := map[string]string{"name": t.Name, "color": markup.SafeColor(t.Color), "description": t.Description, "key": t.Key}[in.Call("getAttribute", "data-field").String()]
			if in.Get("value").String() != v {
				in.Set("value", v)
			}
		}
	})
}

// onEditorField copies an edited input into the draft.
func (r *Reader) onEditorField(ctx app.Context, e app.Event) {
	el := e.Get("currentTarget")
	i, ok := dataInt(el, "data-index")
	if r.editor == nil || !ok || i >= len(r.editor.draft.Tags) {
		return
	}
	v := el.Get("value").String()
	t := &r.editor.draft.Tags[i]
	switch el.Call("getAttribute", "data-field").String() {
	case "name":
		t.Name = v
	case "color":
		t.Color = markup.SafeColor(v)
	case "description":
		t.Description = v
	case "key":
		t.Key = strings.ToLower(strings.TrimSpace(v))
	}
	r.editor.confirm = nil
}

// onEditorMove moves a tag up or down (which changes its number key).
func (r *Reader) onEditorMove(ctx app.Context, e app.Event) {
	el := e.Get("currentTarget")
	i, ok1 := dataInt(el, "data-index")
	dir, ok2 := dataInt(el, "data-dir")
	if r.editor == nil || !ok1 || !ok2 {
		return
	}
	tags := r.editor.draft.Tags
	j := i + dir
	if i < 0 || j < 0 || i >= len(tags) || j >= len(tags) {
		return
	}
	tags[i], tags[j] = tags[j], tags[i]
	r.syncEditor(ctx)
	ctx.Defer(func(app.Context) {
		focus(fmt.Sprintf(`[data-tag-editor] [data-index="%d"][data-dir="%d"]`, j, dir))
	})
}

// onEditorDelete removes a tag from the draft.
func (r *Reader) onEditorDelete(ctx app.Context, e app.Event) {
	i, ok := dataInt(e.Get("currentTarget"), "data-index")
	if r.editor == nil || !ok || i >= len(r.editor.draft.Tags) {
		return
	}
	tags := r.editor.draft.Tags
	r.editor.draft.Tags = append(tags[:i:i], tags[i+1:]...)
	r.editor.confirm = nil
	r.syncEditor(ctx)
}

// onEditorAdd appends a new tag.
func (r *Reader) onEditorAdd(ctx app.Context, e app.Event) {
	if r.editor == nil {
		return
	}
	d := &r.editor.draft
	if len(d.Tags) >= maxTags {
		r.editor.err = fmt.Sprintf("A tag set can have at most %d tags, so that every tag has a key.", maxTags)
		return
	}
	d.Tags = append(d.Tags, model.Tag{Name: fmt.Sprintf("Tag %d", len(d.Tags)+1), Color: palette[len(d.Tags)%len(palette)]})
	r.syncEditor(ctx)
	n := len(d.Tags) - 1
	ctx.Defer(func(app.Context) { focus(fmt.Sprintf(`[data-tag-editor] [data-field="name"][data-index="%d"]`, n)) })
}

// onEditorPreset replaces the draft with a preset tag set.
func (r *Reader) onEditorPreset(ctx app.Context, e app.Event) {
	i, err := strconv.Atoi(e.Get("currentTarget").Get("value").String())
	presets := model.Presets()
	if r.editor == nil || err != nil || i < 0 || i >= len(presets) {
		return
	}
	r.editor.draft = presets[i]
	r.editor.confirm = nil
	r.syncEditor(ctx)
}

// onEditorSave validates the draft, asks before deleting tags in use, and
// applies it as one undoable change.
func (r *Reader) onEditorSave(ctx app.Context, e app.Event) {
	ed := r.editor
	if ed == nil {
		return
	}
	ts, err := finishTagSet(ed.draft)
	if err != nil {
		ed.err = err.Error()
		return
	}
	if inUse := r.deletedInUse(ts); len(inUse) > 0 && ed.confirm == nil {
		ed.confirm = inUse
		ed.err = ""
		return
	}
	touched := r.hist.SetTagSet(ts)
	r.applied(model.Change{TagSet: &model.TagSetEdit{}})
	r.save()
	r.status = "Tag set saved."
	if len(touched) > 0 {
		r.status = fmt.Sprintf("Tag set saved; tags removed from %d sentences. Press u to undo.", len(touched))
	}
	r.closeEditor(ctx)
}

// onEditorCancel closes the dialog without changes.
func (r *Reader) onEditorCancel(ctx app.Context, e app.Event) { r.closeEditor(ctx) }

// onOpenEditor opens the dialog from its button.
func (r *Reader) onOpenEditor(ctx app.Context, e app.Event) { r.openEditor(ctx) }

// deletedInUse lists the names of current tags that ts drops but some sentence uses.
func (r *Reader) deletedInUse(ts model.TagSet) []string {
	var out []string
	for _, t := range r.doc.TagSet.Tags {
		if _, kept := ts.Find(t.ID); kept {
			continue
		}
		for _, m := range r.doc.Marks {
			if m.Uses(t.ID) {
				out = append(out, t.Name)
				break
			}
		}
	}
	return out
}

// finishTagSet checks a draft and gives new tags ids made from their names.
func finishTagSet(ts model.TagSet) (model.TagSet, error) {
	ts = ts.Clone()
	if len(ts.Tags) == 0 {
		return ts, fmt.Errorf("Keep at least one tag.")
	}
	if len(ts.Tags) > maxTags {
		return ts, fmt.Errorf("A tag set can have at most %d tags.", maxTags)
	}
	names, ids := map[string]bool{}, map[string]bool{}
	for i := range ts.Tags {
		t := &ts.Tags[i]
		t.Name = strings.TrimSpace(t.Name)
		switch {
		case t.Name == "":
			return ts, fmt.Errorf("Tag %d has no name: give it one.", i+1)
		case len([]rune(t.Name)) > 40:
			return ts, fmt.Errorf("The name of tag %d is longer than 40 characters.", i+1)
		case names[strings.ToLower(t.Name)]:
			return ts, fmt.Errorf("Two tags are called %q: names must differ.", t.Name)
		}
		names[strings.ToLower(t.Name)] = true
		if t.ID != "" {
			ids[t.ID] = true
		}
	}
	for i := range ts.Tags {
		t := &ts.Tags[i]
		if t.ID != "" {
			continue
		}
		base := slug(t.Name)
		id := base
		for n := 2; ids[id]; n++ {
			id = fmt.Sprintf("%s-%d", base, n)
		}
		t.ID = id
		ids[id] = true
	}
	if strings.TrimSpace(ts.Name) == "" {
		ts.Name = "Custom"
	}
	return ts, nil
}

// slug turns a name into an id: lower-case letters, digits and dashes.
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(name) {
		if (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') {
			b.WriteRune(c)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	s := strings.TrimSuffix(b.String(), "-")
	if s == "" {
		s = "tag"
	}
	return s
}
