package ui

import (
	"errors"
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/classroom"
	"annotator/app/i18n"
	"annotator/app/library"
	"annotator/app/markup"
	"annotator/app/session"
)

// workBanner shows the exercise a student is doing on the open document:
// the instructions, Submit and, once the teacher released the key, the
// feedback.
type workBanner struct {
	app.Compo
	// H is the reader; W the exercise work (nil when there is none).
	H    host
	Lang i18n.Lang // the interface language, so that a switch renders the banner again
	W    *library.Work

	feedback []classroom.SentenceFeedback
	forW     *library.Work // the work the feedback is for
}

// Render draws the banner: one line of who and when, the instructions
// (collapsible), the actions; compact, so that the text starts on the
// first screen of a phone.
func (b *workBanner) Render() app.UI {
	w := b.W
	if w == nil {
		return app.Div()
	}
	if b.forW != w {
		b.feedback, b.forW = nil, w
	}
	ex := w.Exercise
	who := []app.UI{app.Text(tr("You are %s.", w.Student))}
	if ex.Due != nil {
		who = append(who, app.Text(tr(" Due %s.", uiLang.Date(ex.Due.Local(), i18n.WeekdayDateTime))))
		if now().After(*ex.Due) {
			who = append(who, app.Text(" "), app.Strong().Class("overdue").DataSet("overdue", "true").Text(tr("Overdue: hand it in now.")))
		}
	}
	body := []app.UI{
		app.Div().Class("work-head").Body(
			app.H2().ID("work-title").Text(tr("Exercise: %s", ex.Title)),
			app.P().Class("hint").Body(who...),
		),
	}
	if text := strings.TrimSpace(ex.Instructions); text != "" {
		box := app.Details().Class("work-instructions").Body(
			app.Summary().Text(tr("Instructions")),
			app.P().Class("instructions").Dir("auto").DataSet("instructions", "true").Text(text),
		)
		// Open when short, on a screen wide enough for the text to start on
		// the first screen anyway; a tap opens it on a phone.
		if len([]rune(text)) <= 240 && app.Window().Get("innerWidth").Int() > 800 {
			box = box.Open(true)
		}
		body = append(body, box)
	}
	actions := []app.UI{
		app.Button().Class("primary").DataSet("submit", "true").OnClick(b.onSubmit).Text(tr("Submit my work")),
		app.Label().Class("tool", "file-btn").Body(
			app.Text(tr("Open the released answer key…")),
			app.Input().Type("file").Class("sr-only").DataSet("open-key", "true").Accept(".json,application/json").OnChange(b.onOpenKey),
		),
	}
	if w.Submitted != nil {
		actions = append(actions, app.Button().Class("tool").DataSet("remove-work", "true").OnClick(b.onRemove).Text(tr("Remove my work from this device")))
	}
	body = append(body, app.Div().Class("editor-actions").Body(actions...))
	if w.Submitted != nil {
		body = append(body, app.P().Class("hint").DataSet("privacy", "true").Text(
			tr("Your work stays in this browser until you remove it: anyone using this browser can open it by typing your name on the exercise page. Your teacher sees only the file you hand in.")))
	}
	if b.feedback != nil {
		body = append(body, b.renderFeedback())
	}
	return app.Section().Class("offer", "work").Aria("labelledby", "work-title").DataSet("exercise-mode", "true").Body(body...)
}

// keep stores the work record after a change of it.
func (b *workBanner) keep(ctx app.Context) {
	if err := library.SaveWork(b.H.repo().KV, b.H.session().Doc.ID, *b.W); err != nil {
		b.H.apply(ctx, statusEffect(tr("This browser could not note it (%v); your work itself is saved.", err)))
	}
}

// onRemove deletes the student's work from this device (a shared
// computer), then goes back to the exercise page.
func (b *workBanner) onRemove(ctx app.Context, e app.Event) {
	s := b.H.session()
	if _, err := b.H.repo().Delete(s.Doc.ID); err != nil {
		b.H.apply(ctx, session.Effect{Alert: tr("Your work could not be removed: %v", err)})
		return
	}
	b.H.removed(ctx, tr("Your work on “%s” was removed from this device.", b.W.Exercise.Title))
}

// submission packs the student's work as it is now.
func (b *workBanner) submission(ctx app.Context) (classroom.Submission, error) {
	s := b.H.session()
	b.H.apply(ctx, s.CommitNote())
	var opts []classroom.SubmissionOption
	if b.W.KeyOpened != nil {
		opts = append(opts, classroom.WithKeyOpened(*b.W.KeyOpened))
	}
	return classroom.NewSubmission(b.W.Exercise, b.W.Student, s.Doc, b.W.Started, now(), opts...)
}

// onSubmit downloads the student's submission file.
func (b *workBanner) onSubmit(ctx app.Context, e app.Event) {
	sub, err := b.submission(ctx)
	if err != nil {
		b.H.apply(ctx, session.Effect{Alert: tr("Your work could not be packed for submission: %v", err)})
		return
	}
	data, err := sub.Encode()
	name := sub.FileName(b.W.Exercise)
	shared := false
	if err == nil {
		shared, err = shareOrDownload(name, "application/json", data)
	}
	if err != nil {
		b.H.apply(ctx, session.Effect{Alert: tr("The submission could not be handed over: %v", err)})
		return
	}
	at := now()
	b.W.Submitted = &at
	b.keep(ctx)
	msg := tr("Submission downloaded: hand in %s through your class's usual channel.", name)
	if shared {
		msg = tr("Submission %s passed to the share sheet: send it through your class's usual channel.", name)
	}
	b.H.apply(ctx, statusEffect(msg))
}

// onOpenKey reads a released answer key and shows the feedback.
func (b *workBanner) onOpenKey(ctx app.Context, e app.Event) {
	input := e.Get("currentTarget")
	files := input.Get("files")
	if files.Length() == 0 {
		return
	}
	f := files.Index(0)
	name := f.Get("name").String()
	input.Set("value", "")
	readBytes(f, func(data []byte, err error) {
		ctx.Dispatch(func(ctx app.Context) {
			if err == nil {
				err = b.showFeedback(ctx, data)
			}
			if err != nil {
				b.H.apply(ctx, session.Effect{Alert: tr("%s gave no feedback: %v", name, err)})
			}
		})
	})
}

// showFeedback compares the student's work with a key.
func (b *workBanner) showFeedback(ctx app.Context, data []byte) error {
	k, err := classroom.DecodeKey(data)
	if err != nil {
		return err
	}
	if k.Exercise.ID != b.W.Exercise.ID {
		return errors.New(tr("it is the key of “%s”, not of this exercise", k.Exercise.Title))
	}
	sub, err := b.submission(ctx)
	if err != nil {
		return err
	}
	if b.W.KeyOpened == nil {
		at := now()
		b.W.KeyOpened = &at
		b.keep(ctx)
	}
	b.feedback = classroom.Feedback(k, sub)
	right := 0
	for _, f := range b.feedback {
		if f.Correct {
			right++
		}
	}
	b.H.apply(ctx, statusEffect(trN(right, "Feedback: %d of %d sentences matches the key.", "Feedback: %d of %d sentences match the key.", right, len(b.feedback))))
	return nil
}

// renderFeedback lists, sentence by sentence, where the student's tags
// match the key, with the teacher's notes.
func (b *workBanner) renderFeedback() app.UI {
	doc := b.H.session().Doc
	names := func(ids []string) string {
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = markup.TagName(doc, id)
		}
		return uiLang.Join(out)
	}
	items := []app.UI{}
	for _, f := range b.feedback {
		if f.Correct && len(f.Key.Tags) == 0 && f.Key.Note == "" {
			continue // untagged by both: nothing to say
		}
		parts := []string{tr("✗ differs from the key")}
		cls := "fb-no"
		if f.Correct {
			parts, cls = []string{tr("✓ matches the key")}, "fb-ok"
		}
		if len(f.Matched) > 0 {
			parts = append(parts, tr("both: %s", names(f.Matched)))
		}
		if len(f.Missed) > 0 {
			parts = append(parts, tr("missed: %s", names(f.Missed)))
		}
		if len(f.Extra) > 0 {
			parts = append(parts, tr("not in the key: %s", names(f.Extra)))
		}
		if f.Key.Note != "" {
			parts = append(parts, tr("teacher: %s", f.Key.Note))
		}
		items = append(items, app.Li().Class(cls).DataSet("feedback", f.Sentence).DataSet("correct", fmt.Sprint(f.Correct)).Body(
			app.Button().Class("li").DataSet("jump", f.Sentence).OnClick(b.onJump).Body(
				app.Span().Class("li-head").Text(tr("Sentence %d", f.Sentence+1)),
				app.Span().Class("li-text").Text(strings.Join(parts, " · ")),
			)))
	}
	return app.Div().Body(
		app.H3().Text(tr("Feedback")),
		app.Ul().Class("annos").DataSet("feedback-list", "true").Body(items...),
	)
}

// onJump makes the feedback entry's sentence current.
func (b *workBanner) onJump(ctx app.Context, e app.Event) { jumpFrom(ctx, e, b.H) }

// jumpFrom makes the sentence a list entry names (data-jump) current.
func jumpFrom(ctx app.Context, e app.Event, h host) {
	if i, ok := dataInt(e.Get("currentTarget"), "data-jump"); ok {
		h.apply(ctx, h.session().Jump(i))
	}
}
