package session

import "slices"

// Focus says where keyboard focus goes after an effect.
type Focus int

const (
	// FocusStay leaves focus where it is.
	FocusStay Focus = iota
	// FocusNote moves focus to the note editor of the current sentence.
	FocusNote
	// FocusFilter moves focus to the annotation list's filter.
	FocusFilter
	// FocusLeave takes focus out of the note editor (Escape).
	FocusLeave
)

// Effect says what a command changed, for the view and the saver. The zero
// Effect changes nothing.
type Effect struct {
	// Repaint lists sentences whose look changed (cursor, selection, marks).
	Repaint []int
	// Moved lists sentences the cursor left or reached that changed in
	// nothing else: the view only moves the current-sentence marker on
	// them (a sentence in Repaint as well is repainted whole).
	Moved []int
	// RepaintAll repaints every sentence (the tag set changed).
	RepaintAll bool
	// Changed lists sentences whose marks changed: the saver writes them,
	// and they win over another tab's change of the same sentence.
	Changed []int
	// Save asks for the document's record to be written.
	Save bool
	// TagSet says the tag set changed: the tag bar and keys follow.
	TagSet bool
	// Status, Announce and Alert are texts for the status line, the live
	// region and the alert; empty leaves them as they are.
	Status, Announce, Alert string
	// ClearAlert removes the alert (a failed save went through).
	ClearAlert bool
	// Note says the current sentence's note must be shown afresh in the
	// editor (the cursor moved, or undo changed it).
	Note bool
	// Focus is where focus goes.
	Focus Focus
	// Open names a dialog to open ("help", "tag-editor").
	Open string
	// Request names something only the view can do ("theme").
	Request string

	scroll int // the sentence to bring into view, plus one; 0 for none
}

// ScrollTo asks for sentence i to be brought into view.
func (e *Effect) ScrollTo(i int) { e.scroll = i + 1 }

// Scroll returns the sentence to bring into view, if any.
func (e Effect) Scroll() (int, bool) { return e.scroll - 1, e.scroll > 0 }

// Quick reports whether the whole effect shows in the article, the tag
// bar's pressed states, the current-sentence panel, the status line and
// the live region, so that the view can defer a full render until keys
// pause.
func (e Effect) Quick() bool {
	return !e.TagSet && !e.RepaintAll && e.Alert == "" && !e.ClearAlert && e.Open == "" &&
		e.Request == "" && e.Focus == FocusStay
}

// Then adds o to e, o's texts and targets winning where both have one.
func (e Effect) Then(o Effect) Effect {
	e.Repaint = append(e.Repaint, o.Repaint...)
	e.Moved = append(e.Moved, o.Moved...)
	e.Changed = append(e.Changed, o.Changed...)
	e.RepaintAll = e.RepaintAll || o.RepaintAll
	e.Save = e.Save || o.Save
	e.TagSet = e.TagSet || o.TagSet
	e.Note = e.Note || o.Note
	e.ClearAlert = (e.ClearAlert || o.ClearAlert) && o.Alert == ""
	for _, p := range []struct {
		dst *string
		src string
	}{
		{&e.Status, o.Status}, {&e.Announce, o.Announce}, {&e.Alert, o.Alert}, {&e.Open, o.Open}, {&e.Request, o.Request},
	} {
		if p.src != "" {
			*p.dst = p.src
		}
	}
	if o.Focus != FocusStay {
		e.Focus = o.Focus
	}
	if o.scroll > 0 {
		e.scroll = o.scroll
	}
	return e
}

// Touches reports whether the effect repaints sentence i (or moves the
// cursor marker on it).
func (e Effect) Touches(i int) bool {
	return e.RepaintAll || slices.Contains(e.Repaint, i) || slices.Contains(e.Moved, i)
}
