package ui

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/classroom"
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
	H host
	W *library.Work

	feedback []classroom.SentenceFeedback
	forW     *library.Work // the work the feedback is for
}

// Render draws the banner.
func (b *workBanner) Render() app.UI {
	w := b.W
	if w == nil {
		return app.Div()
	}
	if b.forW != w {
		b.feedback, b.forW = nil, w
	}
	ex := w.Exercise
	due := ""
	if ex.Due != nil {
		due = " Due " + ex.Due.Local().Format("Mon 2 Jan 2006, 15:04") + "."
	}
	body := []app.UI{
		app.H2().ID("work-title").Text("Exercise: " + ex.Title),
		app.P().Class("hint").Text(fmt.Sprintf("You are %s.%s Your work is kept in this browser; Submit downloads the file to hand in.", w.Student, due)),
	}
	if strings.TrimSpace(ex.Instructions) != "" {
		body = append(body, app.P().Class("instructions").DataSet("instructions", "true").Text(ex.Instructions))
	}
	body = append(body, app.Div().Class("editor-actions").Body(
		app.Button().Class("primary").DataSet("submit", "true").OnClick(b.onSubmit).Text("Submit: download my work"),
		app.Label().Class("tool", "file-btn").Body(
			app.Text("Open the released answer key…"),
			app.Input().Type("file").Class("sr-only").DataSet("open-key", "true").Accept(".json,application/json").OnChange(b.onOpenKey),
		),
	))
	if b.feedback != nil {
		body = append(body, b.renderFeedback())
	}
	return app.Section().Class("offer", "work").Aria("labelledby", "work-title").DataSet("exercise-mode", "true").Body(body...)
}

// submission packs the student's work as it is now.
func (b *workBanner) submission(ctx app.Context) (classroom.Submission, error) {
	s := b.H.session()
	b.H.apply(ctx, s.CommitNote())
	return classroom.NewSubmission(b.W.Exercise, b.W.Student, s.Doc, b.W.Started, now())
}

// onSubmit downloads the student's submission file.
func (b *workBanner) onSubmit(ctx app.Context, e app.Event) {
	sub, err := b.submission(ctx)
	if err != nil {
		b.H.apply(ctx, session.Effect{Alert: "Your work could not be packed for submission: " + err.Error()})
		return
	}
	data, err := sub.Encode()
	if err == nil {
		err = download(sub.FileName(b.W.Exercise), "application/json", data)
	}
	if err != nil {
		b.H.apply(ctx, session.Effect{Alert: "The submission could not be downloaded: " + err.Error()})
		return
	}
	b.H.apply(ctx, statusEffect("Submission downloaded: hand in "+sub.FileName(b.W.Exercise)+" through your class's usual channel."))
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
				b.H.apply(ctx, session.Effect{Alert: name + " gave no feedback: " + err.Error()})
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
		return fmt.Errorf("it is the key of “%s”, not of this exercise", k.Exercise.Title)
	}
	sub, err := b.submission(ctx)
	if err != nil {
		return err
	}
	b.feedback = classroom.Feedback(k, sub)
	right := 0
	for _, f := range b.feedback {
		if f.Correct {
			right++
		}
	}
	b.H.apply(ctx, statusEffect(fmt.Sprintf("Feedback: %d of %d sentences match the key.", right, len(b.feedback))))
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
		return strings.Join(out, ", ")
	}
	items := []app.UI{}
	for _, f := range b.feedback {
		if f.Correct && len(f.Key.Tags) == 0 && f.Key.Note == "" {
			continue // untagged by both: nothing to say
		}
		parts := []string{"✗ differs from the key"}
		cls := "fb-no"
		if f.Correct {
			parts, cls = []string{"✓ matches the key"}, "fb-ok"
		}
		if len(f.Matched) > 0 {
			parts = append(parts, "both: "+names(f.Matched))
		}
		if len(f.Missed) > 0 {
			parts = append(parts, "missed: "+names(f.Missed))
		}
		if len(f.Extra) > 0 {
			parts = append(parts, "not in the key: "+names(f.Extra))
		}
		if f.Key.Note != "" {
			parts = append(parts, "teacher: "+f.Key.Note)
		}
		items = append(items, app.Li().Class(cls).DataSet("feedback", f.Sentence).DataSet("correct", fmt.Sprint(f.Correct)).Body(
			app.Button().Class("li").DataSet("jump", f.Sentence).OnClick(b.onJump).Body(
				app.Span().Class("li-head").Text(fmt.Sprintf("Sentence %d", f.Sentence+1)),
				app.Span().Class("li-text").Text(strings.Join(parts, " · ")),
			)))
	}
	return app.Div().Body(
		app.H3().Text("Feedback"),
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
