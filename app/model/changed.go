package model

import "time"

// ChangedAt returns when the mark of sentence i last changed, or the zero
// time when that is not known (a document made before times were kept, or
// whose history has no Clock).
func (d *Document) ChangedAt(i int) time.Time {
	if i < 0 || i >= len(d.Changed) {
		return time.Time{}
	}
	return d.Changed[i]
}

// SetChanged records that the mark of sentence i changed at t; a zero t or
// an index outside the document is ignored.
func (d *Document) SetChanged(i int, t time.Time) {
	if t.IsZero() || i < 0 || i >= len(d.Marks) {
		return
	}
	if len(d.Changed) < len(d.Marks) {
		d.Changed = append(d.Changed, make([]time.Time, len(d.Marks)-len(d.Changed))...)
	}
	d.Changed[i] = t.UTC()
}

// stamp records, when h has a Clock, that c's sentences changed now.
func (h *History) stamp(c Change) {
	if h.Clock == nil || len(c.Marks) == 0 {
		return
	}
	now := h.Clock()
	for _, e := range c.Marks {
		h.doc.SetChanged(e.Sentence, now)
	}
}
