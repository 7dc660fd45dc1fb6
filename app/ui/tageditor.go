package ui

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/markup"
	"annotator/app/model"
)

// maxTags is the most tags a set may have (model.MaxTags).
const maxTags = model.MaxTags

// palette gives new tags distinct colour-blind-safe colours (Okabe–Ito, then greys).
var palette = []string{"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000", "#999999"}

// tagEditor is the tag-set dialog: a draft that replaces the document's
// tag set, as one undoable step, only on Save.
type tagEditor struct {
	app.Compo
	h       host
	draft   model.TagSet
	confirm []string // names of tags in use that Save would delete; set once asked
	err     string
}

// newTagEditor opens the editor on a copy of the current set.
func newTagEditor(h host) *tagEditor {
	return &tagEditor{h: h, draft: h.session().Doc.TagSet.Clone()}
}

// sync writes the draft into the dialog's inputs after rows moved: rows
// are diffed by position and go-app leaves an input's old value when the
// new one is empty.
func (ed *tagEditor) sync(ctx app.Context) {
	ctx.Defer(func(app.Context) {
		inputs := app.Window().Get("document").Call("querySelectorAll", "[data-tag-editor] [data-field]")
		for k := 0; k < inputs.Length(); k++ {
			in := inputs.Index(k)
			i, ok := dataInt(in, "data-index")
			if !ok || i >= len(ed.draft.Tags) {
				continue
			}
			t := ed.draft.Tags[i]
			v := map[string]string{"name": t.Name, "color": markup.SafeColor(t.Color), "description": t.Description, "key": t.Key}[in.Call("getAttribute", "data-field").String()]
			if in.Get("value").String() != v {
				in.Set("value", v)
			}
		}
	})
}

// onField copies an edited input into the draft.
func (ed *tagEditor) onField(ctx app.Context, e app.Event) {
	el := e.Get("currentTarget")
	i, ok := dataInt(el, "data-index")
	if !ok || i >= len(ed.draft.Tags) {
		return
	}
	v := el.Get("value").String()
	t := &ed.draft.Tags[i]
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
	ed.confirm = nil
}

// onMove moves a tag up or down (which changes its number key).
func (ed *tagEditor) onMove(ctx app.Context, e app.Event) {
	el := e.Get("currentTarget")
	i, ok1 := dataInt(el, "data-index")
	dir, ok2 := dataInt(el, "data-dir")
	tags := ed.draft.Tags
	j := i + dir
	if !ok1 || !ok2 || i < 0 || j < 0 || i >= len(tags) || j >= len(tags) {
		return
	}
	tags[i], tags[j] = tags[j], tags[i]
	ed.sync(ctx)
	ctx.Defer(func(app.Context) {
		focus(fmt.Sprintf(`[data-tag-editor] [data-index="%d"][data-dir="%d"]`, j, dir))
	})
}

// onDelete removes a tag from the draft.
func (ed *tagEditor) onDelete(ctx app.Context, e app.Event) {
	i, ok := dataInt(e.Get("currentTarget"), "data-index")
	if !ok || i >= len(ed.draft.Tags) {
		return
	}
	tags := ed.draft.Tags
	ed.draft.Tags = append(tags[:i:i], tags[i+1:]...)
	ed.confirm = nil
	ed.sync(ctx)
}

// onAdd appends a new tag.
func (ed *tagEditor) onAdd(ctx app.Context, e app.Event) {
	d := &ed.draft
	if len(d.Tags) >= maxTags {
		ed.err = tr("A tag set can have at most %d tags, so that every tag has a key.", maxTags)
		return
	}
	d.Tags = append(d.Tags, model.Tag{Name: tr("Tag %d", len(d.Tags)+1), Color: newColor(d.Tags)})
	ed.sync(ctx)
	n := len(d.Tags) - 1
	ctx.Defer(func(app.Context) { focus(fmt.Sprintf(`[data-tag-editor] [data-field="name"][data-index="%d"]`, n)) })
}

// newColor picks the first palette colour no tag has yet.
func newColor(tags []model.Tag) string {
	for _, c := range palette {
		used := false
		for _, t := range tags {
			used = used || strings.EqualFold(t.Color, c)
		}
		if !used {
			return c
		}
	}
	return palette[len(tags)%len(palette)]
}

// onPreset replaces the draft with a preset tag set.
func (ed *tagEditor) onPreset(ctx app.Context, e app.Event) {
	i, err := strconv.Atoi(e.Get("currentTarget").Get("value").String())
	presets := presetsIn(uiLang)
	if err != nil || i < 0 || i >= len(presets) {
		return
	}
	ed.draft = presets[i]
	ed.confirm = nil
	ed.sync(ctx)
}

// onSave validates the draft, asks before deleting tags in use, and
// applies it as one undoable change.
func (ed *tagEditor) onSave(ctx app.Context, e app.Event) {
	ts, err := finishTagSet(ed.draft)
	if err != nil {
		ed.err = err.Error()
		return
	}
	if dropped, _ := ed.h.session().Doc.DroppedInUse(ts); len(dropped) > 0 && ed.confirm == nil {
		for _, t := range dropped {
			ed.confirm = append(ed.confirm, t.Name)
		}
		ed.err = ""
		return
	}
	ed.h.closeDialog(ctx)
	ed.h.apply(ctx, ed.h.session().SetTagSet(ts))
}

// onCancel closes the dialog without changes.
func (ed *tagEditor) onCancel(ctx app.Context, e app.Event) { ed.h.closeDialog(ctx) }

// finishTagSet checks a draft and gives new tags ids made from their names.
func finishTagSet(ts model.TagSet) (model.TagSet, error) {
	ts = ts.Clone()
	if len(ts.Tags) == 0 {
		return ts, errors.New(tr("Keep at least one tag."))
	}
	if len(ts.Tags) > maxTags {
		return ts, errors.New(tr("A tag set can have at most %d tags.", maxTags))
	}
	names := map[string]bool{}
	for i := range ts.Tags {
		t := &ts.Tags[i]
		t.Name = strings.TrimSpace(t.Name)
		switch {
		case t.Name == "":
			return ts, errors.New(tr("Tag %d has no name: give it one.", i+1))
		case len([]rune(t.Name)) > 40:
			return ts, errors.New(tr("The name of tag %d is longer than 40 characters.", i+1))
		case names[strings.ToLower(t.Name)]:
			return ts, errors.New(tr("Two tags are called %q: names must differ.", t.Name))
		}
		names[strings.ToLower(t.Name)] = true
	}
	if strings.TrimSpace(ts.Name) == "" {
		ts.Name = tr("Custom")
	}
	return ts.WithIDs(), nil
}
