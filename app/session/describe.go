package session

import (
	"fmt"
	"strings"

	"annotator/app/markup"
)

// Describe is what the live region says about sentence i.
func (s *Session) Describe(i int) string {
	out := fmt.Sprintf("Sentence %d of %d", i+1, s.Len())
	m := s.Doc.Marks[i]
	if len(m.Tags) > 0 {
		out += ", tagged " + s.tagNames(m.Tags)
	}
	if len(m.Highlights) > 0 {
		out += ", " + Count(len(m.Highlights), "highlight", "highlights")
	}
	if m.Note != "" {
		out += ", has a note"
	}
	return out
}

// Title heads the current-sentence panel.
func (s *Session) Title() string { return fmt.Sprintf("Sentence %d of %d", s.Cur+1, s.Len()) }

// TagLine names the current sentence's tags.
func (s *Session) TagLine() string {
	m := s.Mark()
	if len(m.Tags) == 0 {
		return "No tags yet: press a tag key or click a tag."
	}
	return "Tags: " + s.tagNames(m.Tags)
}

// tagNames joins the names of tag ids.
func (s *Session) tagNames(ids []string) string {
	names := make([]string, len(ids))
	for k, id := range ids {
		names[k] = markup.TagName(s.Doc, id)
	}
	return strings.Join(names, ", ")
}
