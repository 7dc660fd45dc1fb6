package formats

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"annotator/app/model"
)

// NoteSeparator separates the kept notes when both sides of a merge have
// a different note.
const NoteSeparator = "\n---\n"

// MergeRule describes Merge for the import preview.
const MergeRule = "Import only adds; it never deletes. Tags and highlights from both sides are kept. " +
	"A note on one side only is kept. When both notes differ, both are kept: the current note first, " +
	"then a line “---”, then the imported note (a note already there is not added again)."

// Merge combines the current mark of a sentence with an imported one:
// tags are the union (current order, then new ones), highlights the union
// (sorted by start when one is added), and notes follow mergeNotes.
func Merge(current, imported model.Mark) model.Mark {
	out := cloneMark(current)
	for _, t := range imported.Tags {
		if !slices.Contains(out.Tags, t) {
			out.Tags = append(out.Tags, t)
		}
	}
	added := false
	for _, h := range imported.Highlights {
		if !slices.Contains(out.Highlights, h) {
			out.Highlights = append(out.Highlights, h)
			added = true
		}
	}
	if added {
		slices.SortStableFunc(out.Highlights, func(a, b model.Highlight) int { return a.Start - b.Start })
	}
	out.Note = mergeNotes(current.Note, imported.Note)
	return out
}

// mergeNotes keeps cur and appends each "---"-separated part of imp that
// cur does not already have.
func mergeNotes(cur, imp string) string {
	switch {
	case imp == "" || imp == cur:
		return cur
	case cur == "":
		return imp
	}
	parts := strings.Split(cur, NoteSeparator)
	for _, p := range strings.Split(imp, NoteSeparator) {
		if strings.TrimSpace(p) != "" && !slices.Contains(parts, p) {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, NoteSeparator)
}

// Status is what an import does to one sentence.
type Status int

// The statuses of a plan entry.
const (
	// Added: the sentence had nothing; it gets the imported mark.
	Added Status = iota
	// Updated: the import adds to what the sentence has, without conflict.
	Updated
	// Conflict: both sides have different tags or different notes; both
	// are kept by MergeRule.
	Conflict
	// Unchanged: the sentence already has everything imported.
	Unchanged
)

// String names the status for people.
func (s Status) String() string {
	switch s {
	case Added:
		return "added"
	case Updated:
		return "updated"
	case Conflict:
		return "conflict"
	case Unchanged:
		return "unchanged"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

// PlanEntry is what an import does to one sentence.
type PlanEntry struct {
	Sentence int
	Status   Status
	// Current is the sentence's mark now, Imported what the file brings,
	// Result what the sentence will have (Merge(Current, Imported)).
	Current, Imported, Result model.Mark
	// Modified is when the imported annotations were last changed (may be zero).
	Modified time.Time
}

// Plan is the preview of an import into one document.
type Plan struct {
	// Rule is MergeRule, for the preview to show.
	Rule string
	// Entries has one entry per sentence the file touches, in text order.
	Entries []PlanEntry
	// Added, Updated, Conflicts and Unchanged count the entries by status.
	Added, Updated, Conflicts, Unchanged int
	// Unplaced and UnknownTags are carried from the Resolution.
	Unplaced    []Unplaced
	UnknownTags []UnknownTag
	// OtherSources is carried from the Resolution.
	OtherSources []string
	// TagSetBefore and TagSetAfter are the document's tag set and the one
	// the import matched against; they differ when ExtendTagSet added tags.
	TagSetBefore, TagSetAfter model.TagSet
}

// NewPlan compares the resolved import with d's current marks, reporting
// progress (WithProgress) every progressEvery marks.
func NewPlan(d *model.Document, r Resolution) Plan {
	p := Plan{Rule: MergeRule, Unplaced: r.Unplaced, UnknownTags: r.UnknownTags, OtherSources: r.OtherSources,
		TagSetBefore: d.TagSet.Clone(), TagSetAfter: r.TagSet.Clone()}
	if len(r.TagSet.Tags) == 0 {
		p.TagSetAfter = d.TagSet.Clone()
	}
	progress := scopedStage()
	for k, pm := range r.Marks {
		if k > 0 && k%progressEvery == 0 {
			progress.report(k, len(r.Marks))
		}
		if pm.Sentence < 0 || pm.Sentence >= len(d.Marks) {
			continue
		}
		cur := d.Marks[pm.Sentence]
		e := PlanEntry{Sentence: pm.Sentence, Current: cloneMark(cur), Imported: cloneMark(pm.Mark), Result: Merge(cur, pm.Mark), Modified: pm.Modified}
		switch {
		case e.Result.Equal(cur):
			e.Status = Unchanged
			p.Unchanged++
		case cur.Empty():
			e.Status = Added
			p.Added++
		case conflicts(cur, pm.Mark):
			e.Status = Conflict
			p.Conflicts++
		default:
			e.Status = Updated
			p.Updated++
		}
		p.Entries = append(p.Entries, e)
	}
	return p
}

// conflicts reports whether both marks have tags and they differ, or both
// have notes and the imported one is not already in the current one.
func conflicts(cur, imp model.Mark) bool {
	if len(cur.Tags) > 0 && len(imp.Tags) > 0 && !sameSet(cur.Tags, imp.Tags) {
		return true
	}
	return cur.Note != "" && imp.Note != "" && mergeNotes(cur.Note, imp.Note) != cur.Note
}

// sameSet reports whether a and b hold the same strings.
func sameSet(a, b []string) bool {
	return len(a) == len(b) && !slices.ContainsFunc(a, func(s string) bool { return !slices.Contains(b, s) })
}

// Edits returns the mark edits that apply the plan: one per sentence that
// changes, Before being its current mark.
func (p Plan) Edits() []model.MarkEdit {
	var out []model.MarkEdit
	for _, e := range p.Entries {
		if e.Status != Unchanged {
			out = append(out, model.MarkEdit{Sentence: e.Sentence, Before: cloneMark(e.Current), After: cloneMark(e.Result)})
		}
	}
	return out
}

// Change is the whole import as one undoable step for History.Apply: the
// mark edits, and the tag-set edit when the import adds tags.
func (p Plan) Change() model.Change {
	c := model.Change{Marks: p.Edits()}
	if p.TagSetBefore.Name != p.TagSetAfter.Name || !slices.Equal(p.TagSetBefore.Tags, p.TagSetAfter.Tags) {
		c.TagSet = &model.TagSetEdit{Before: p.TagSetBefore.Clone(), After: p.TagSetAfter.Clone()}
	}
	return c
}

// Fresh reports whether d still has the marks and tag set the plan was
// made from; apply a plan only while it is fresh, else plan again.
func (p Plan) Fresh(d *model.Document) bool {
	if d.TagSet.Name != p.TagSetBefore.Name || !slices.Equal(d.TagSet.Tags, p.TagSetBefore.Tags) {
		return false
	}
	for _, e := range p.Entries {
		if e.Sentence >= len(d.Marks) || !d.Marks[e.Sentence].Equal(e.Current) {
			return false
		}
	}
	return true
}

// Summary is a one-line account of the plan, e.g. "3 added, 1 updated,
// 1 conflict (both kept), 2 unchanged; 1 not placed; 1 unknown tag".
func (p Plan) Summary() string {
	parts := []string{
		fmt.Sprintf("%d added", p.Added),
		fmt.Sprintf("%d updated", p.Updated),
		plural(p.Conflicts, "conflict", "conflicts") + " (both kept)",
		fmt.Sprintf("%d unchanged", p.Unchanged),
	}
	s := strings.Join(parts, ", ")
	if len(p.Unplaced) > 0 {
		s += "; " + fmt.Sprintf("%d not placed", len(p.Unplaced))
	}
	if len(p.UnknownTags) > 0 {
		s += "; " + plural(len(p.UnknownTags), "unknown tag", "unknown tags")
	}
	return s
}

// plural writes "1 thing" or "n things".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
