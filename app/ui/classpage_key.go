package ui

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/agreement"
	"annotator/app/classroom"
	"annotator/app/library"
)

// keyToggle corrects the answer key: tag is added to or removed from the
// key's tag set of sentence i (ok: i was read), and the grades follow.
// The first correction makes a new version of the key; it is kept on this
// device with the exercise, and can be downloaded to hand out.
func (c *ClassPage) keyToggle(i int, ok bool, tag string) {
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

// accept accepts the open student's answer for sentence i (ok: i was
// read) as also correct.
func (c *ClassPage) accept(i int, ok bool) {
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
