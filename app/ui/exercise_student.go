package ui

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/classroom"
	"annotator/app/markup"
	"annotator/app/store"
)

// workKey stores a student's exercise for a document.
func workKey(docID string) string { return store.Prefix + "work/" + docID }

// studentWork is an exercise a student is doing on the open document.
type studentWork struct {
	Exercise json.RawMessage `json:"exercise"`
	Student  string          `json:"student"`
	Started  time.Time       `json:"started"`

	ex       classroom.Exercise
	feedback []classroom.SentenceFeedback
}

// loadWork reads the exercise of the open document, if it is one.
func (r *Reader) loadWork() {
	r.work = nil
	raw, ok, err := r.repo.KV.Get(workKey(r.doc.ID))
	if err != nil || !ok {
		return
	}
	var w studentWork
	if err := json.Unmarshal([]byte(raw), &w); err != nil {
		r.status = "This document's exercise data could not be read; it is left as it is."
		return
	}
	ex, err := classroom.DecodeExercise(w.Exercise)
	if err != nil {
		r.status = "This document's exercise could not be read (" + err.Error() + "); it is left as it is."
		return
	}
	w.ex = ex
	r.work = &w
	if len(r.doc.TagSet.Tags) == 0 || !r.ex().AllowNewTags {
		r.doc.TagSet = ex.TagSet.Clone()
		r.tagKeys = r.doc.TagSet.Keys()
	}
}

// ex is the open exercise.
func (r *Reader) ex() *classroom.Exercise { return &r.work.ex }

// renderWork shows the exercise's instructions, Submit and the feedback.
func (r *Reader) renderWork() app.UI {
	w := r.work
	if w == nil {
		return nil
	}
	due := ""
	if w.ex.Due != nil {
		due = " Due " + w.ex.Due.Local().Format("Mon 2 Jan 2006, 15:04") + "."
	}
	body := []app.UI{
		app.H2().ID("work-title").Text("Exercise: " + w.ex.Title),
		app.P().Class("hint").Text(fmt.Sprintf("You are %s.%s Your work is kept in this browser; Submit downloads the file to hand in.", w.Student, due)),
	}
	if strings.TrimSpace(w.ex.Instructions) != "" {
		body = append(body, app.P().Class("instructions").DataSet("instructions", "true").Text(w.ex.Instructions))
	}
	body = append(body, app.Div().Class("editor-actions").Body(
		app.Button().Class("primary").DataSet("submit", "true").OnClick(r.onSubmit).Text("Submit: download my work"),
		app.Label().Class("tool", "file-btn").Body(
			app.Text("Open the released answer key…"),
			app.Input().Type("file").Class("sr-only").DataSet("open-key", "true").Accept(".json,application/json").OnChange(r.onOpenKey),
		),
	))
	if w.feedback != nil {
		body = append(body, r.renderFeedback())
	}
	return app.Section().Class("offer", "work").Aria("labelledby", "work-title").DataSet("exercise-mode", "true").Body(body...)
}

// onSubmit downloads the student's submission file.
func (r *Reader) onSubmit(ctx app.Context, e app.Event) {
	r.commitNote()
	w := r.work
	sub, err := classroom.NewSubmission(w.ex, w.Student, r.doc, w.Started, now())
	if err != nil {
		r.alert = "Your work could not be packed for submission: " + err.Error()
		return
	}
	b, err := sub.Encode()
	if err == nil {
		err = download(sub.FileName(w.ex), "application/json", b)
	}
	if err != nil {
		r.alert = "The submission could not be downloaded: " + err.Error()
		return
	}
	r.status = "Submission downloaded: hand in " + sub.FileName(w.ex) + " through your class's usual channel."
}

// onOpenKey reads a released answer key and shows the feedback.
func (r *Reader) onOpenKey(ctx app.Context, e app.Event) {
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
				err = r.showFeedback(data)
			}
			if err != nil {
				r.alert = name + " gave no feedback: " + err.Error()
			}
		})
	})
}

// showFeedback compares the student's work with a key.
func (r *Reader) showFeedback(data []byte) error {
	k, err := classroom.DecodeKey(data)
	if err != nil {
		return err
	}
	w := r.work
	if k.Exercise.ID != w.ex.ID {
		return fmt.Errorf("it is the key of “%s”, not of this exercise", k.Exercise.Title)
	}
	sub, err := classroom.NewSubmission(w.ex, w.Student, r.doc, w.Started, now())
	if err != nil {
		return err
	}
	w.feedback = classroom.Feedback(k, sub)
	right := 0
	for _, f := range w.feedback {
		if f.Correct {
			right++
		}
	}
	r.status = fmt.Sprintf("Feedback: %d of %d sentences match the key.", right, len(w.feedback))
	return nil
}

// renderFeedback lists, sentence by sentence, where the student's tags
// match the key, with the teacher's notes.
func (r *Reader) renderFeedback() app.UI {
	items := []app.UI{}
	for _, f := range r.work.feedback {
		if f.Correct && len(f.Key.Tags) == 0 && f.Key.Note == "" {
			continue // untagged by both: nothing to say
		}
		var parts []string
		if f.Correct {
			parts = append(parts, "✓ matches the key")
		} else {
			parts = append(parts, "✗ differs from the key")
		}
		names := func(ids []string) string {
			out := make([]string, len(ids))
			for i, id := range ids {
				out[i] = markup.TagName(r.doc, id)
			}
			return strings.Join(out, ", ")
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
		cls := "fb-ok"
		if !f.Correct {
			cls = "fb-no"
		}
		items = append(items, app.Li().Class(cls).DataSet("feedback", f.Sentence).DataSet("correct", fmt.Sprint(f.Correct)).Body(
			app.Button().Class("li").DataSet("jump", f.Sentence).OnClick(r.onJump).Body(
				app.Span().Class("li-head").Text(fmt.Sprintf("Sentence %d", f.Sentence+1)),
				app.Span().Class("li-text").Text(strings.Join(parts, " · ")),
			)))
	}
	return app.Div().Body(
		app.H3().Text("Feedback"),
		app.Ul().Class("annos").DataSet("feedback-list", "true").Body(items...),
	)
}
