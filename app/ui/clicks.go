package ui

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/session"
)

// noteDelay is how long typing must pause before a note is saved.
const noteDelay = 400 * time.Millisecond

// onArticleClick makes the clicked sentence current. One handler serves the
// whole article: it reads data-sentence from the target, so no closure per
// sentence can go stale.
func (r *Reader) onArticleClick(ctx app.Context, e app.Event) {
	el := e.Get("target").Call("closest", "[data-sentence]")
	if el.IsNull() || el.IsUndefined() {
		return
	}
	i, err := strconv.Atoi(el.Call("getAttribute", "data-sentence").String())
	if err != nil {
		return
	}
	r.apply(ctx, r.s.MoveTo(i).Then(r.pickSelection(el, i)))
	r.paint()
}

// pickSelection turns a mouse selection inside sentence i into the pending
// word selection that the next tag key highlights.
func (r *Reader) pickSelection(el app.Value, i int) session.Effect {
	sel := app.Window().Call("getSelection")
	if sel.IsNull() || sel.Get("isCollapsed").Bool() || sel.Get("rangeCount").Int() == 0 {
		return r.s.Unselect()
	}
	rng := sel.Call("getRangeAt", 0)
	if !el.Call("contains", rng.Get("startContainer")).Bool() || !el.Call("contains", rng.Get("endContainer")).Bool() {
		return statusEffect(tr("A highlight must stay inside one sentence."))
	}
	pre := app.Window().Get("document").Call("createRange")
	pre.Call("selectNodeContents", el)
	pre.Call("setEnd", rng.Get("startContainer"), rng.Get("startOffset"))
	startU := session.UTF16Units(pre.Call("toString").String())
	endU := startU + session.UTF16Units(rng.Call("toString").String())
	text := r.s.Doc.SentenceText(i)
	e := r.s.Select(i, session.UTF16ToByte(text, startU), session.UTF16ToByte(text, endU))
	sel.Call("removeAllRanges")
	return e
}

// onTagClick toggles the tag whose button was clicked.
func (r *Reader) onTagClick(ctx app.Context, e app.Event) {
	if n, ok := dataInt(e.Get("currentTarget"), "data-index"); ok {
		r.apply(ctx, r.s.ToggleTag(n))
		r.paint()
	}
}

// onNoteInput keeps the draft and saves it once typing pauses.
func (r *Reader) onNoteInput(ctx app.Context, e app.Event) {
	r.s.TypeNote(ctx.JSSrc().Get("value").String())
	r.keys.noteSeq++
	seq := r.keys.noteSeq
	ctx.After(noteDelay, func(ctx app.Context) {
		if seq == r.keys.noteSeq {
			r.apply(ctx, r.s.CommitNote())
		}
	})
}

// onNoteBlur saves the note when the editor loses focus.
func (r *Reader) onNoteBlur(ctx app.Context, e app.Event) { r.apply(ctx, r.s.CommitNote()) }
