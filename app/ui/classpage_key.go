package ui

import (
	"slices"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/agreement"
	"annotator/app/classroom"
	"annotator/app/library"
)

// onKeyToggle corrects the answer key: the clicked tag is added to or
// removed from the key's tag set of one sentence, and the grades follow.
// The first correction makes a new version of the key; it is kept on this
// device with the exercise, and can be downloaded to hand out.
func (c *ClassPage) onKeyToggle(ctx app.Context, e app.Event) {
	i, ok := dataInt(e.Get("currentTarget"), "data-key-toggle")
	tag := attr(e, "data-tag")
	if !ok || c.key == nil || c.view == nil || i < 0 || i >= len(c.view.Sentences) {
		return
	}
	tags := slices.Clone(c.view.Sentences[i].Key.Tags)
	if k := slices.Index(tags, tag); k >= 0 {
		tags = slices.Delete(tags, k, k+1)
	} else {
		tags = append(tags, tag)
	}
	c.editKey(tr("Key corrected for sentence %d.", i+1), func(k *classroom.Key) error { return k.SetTags(i, tags) })
}

// onAccept accepts a student's answer for a sentence as also correct.
func (c *ClassPage) onAccept(ctx app.Context, e app.Event) {
	i, ok := dataInt(e.Get("currentTarget"), "data-accept")
	st := c.shownStudent()
	if !ok || c.key == nil || st == nil || i < 0 || i >= len(st.Marks) {
		return
	}
	tags := agreement.NewSet(st.Marks[i].Tags...)
	c.editKey(tr("Accepted %s for sentence %d as also correct.", tagList(c.view, tags), i+1),
		func(k *classroom.Key) error { return k.Accept(i, tags) })
}

// editKey changes the key (on a copy, so that a refused change leaves it
// as it was), keeps it on this device and grades again.
func (c *ClassPage) editKey(done string, change func(*classroom.Key) error) {
	k := *c.key
	k.Marks = slices.Clone(k.Marks)
	k.Alternatives = slices.Clone(k.Alternatives)
	if err := change(&k); err != nil {
		c.alert = tr("The key was not changed: %v", err)
		return
	}
	if !c.keyEdited {
		k.Bump() // one new version for a sitting's corrections
		c.keyEdited = true
	} else if _, err := k.Encode(); err != nil {
		c.alert = tr("The key was not changed: %v", err)
		return
	}
	c.key = &k
	c.keys[k.Exercise.ID] = &k
	c.status = done
	if err := library.SaveMade(c.repo.KV, *c.ex, &k); err != nil {
		c.status = tr("%s It could not be kept in this browser (%v): download the corrected key.", done, err)
	}
	c.recompute()
}

// onDownloadKey downloads the key as it is now (with its corrections).
func (c *ClassPage) onDownloadKey(ctx app.Context, e app.Event) {
	if c.key == nil {
		return
	}
	if err := downloadFile(c.key); err != nil {
		c.alert = tr("The key could not be downloaded: %v", err)
	}
}

// keyToggles are the buttons that correct the key of sentence s: one per
// tag, pressed when the key gives it.
func (c *ClassPage) keyToggles(s classroom.SentenceStats) app.UI {
	btns := []app.UI{app.Span().Class("hint").Text(tr("Key:"))}
	for _, t := range c.view.Tags {
		on := slices.Contains(s.Key.Tags, t.ID)
		btns = append(btns, app.Button().Class("key-tag").DataSet("key-toggle", s.Index).DataSet("tag", t.ID).
			Aria("pressed", strconv.FormatBool(on)).Aria("label", tr("%s in the key of sentence %d", t.Name, s.Index+1)).
			OnClick(c.onKeyToggle).Text(t.Name))
	}
	return app.Span().Class("key-toggles").Body(btns...)
}

// tagList names tag ids with the view's tag names ("no tag" for none).
func tagList(v *classroom.ClassView, ids []string) string {
	if len(ids) == 0 {
		return tr("no tag")
	}
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = tagName(v, id)
	}
	return uiLang.Join(names)
}

// tagName is the name of tag id in the view.
func tagName(v *classroom.ClassView, id string) string {
	for _, t := range v.Tags {
		if t.ID == id {
			return t.Name
		}
	}
	if id == "" {
		return tr("no tag")
	}
	return id
}
