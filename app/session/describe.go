package session

import (
	"annotator/app/markup"
)

// Describe is what the live region says about sentence i.
func (s *Session) Describe(i int) string {
	out := s.tr("Sentence %d of %d", i+1, s.Len())
	m := s.Doc.Marks[i]
	if len(m.Tags) > 0 {
		out += s.tr(", tagged %s", s.tagNames(m.Tags))
	}
	if len(m.Highlights) > 0 {
		out += s.trN(len(m.Highlights), ", %d highlight", ", %d highlights")
	}
	if m.Note != "" {
		out += s.tr(", has a note")
	}
	return out
}

// Title heads the current-sentence panel.
func (s *Session) Title() string { return s.tr("Sentence %d of %d", s.Cur+1, s.Len()) }

// TagLine names the current sentence's tags.
func (s *Session) TagLine() string {
	m := s.Mark()
	if len(m.Tags) == 0 {
		return s.tr("No tags yet: press a tag key or click a tag.")
	}
	return s.tr("Tags: %s", s.tagNames(m.Tags))
}

// tagNames joins the names of tag ids, with the language's comma.
func (s *Session) tagNames(ids []string) string {
	names := make([]string, len(ids))
	for k, id := range ids {
		names[k] = markup.TagName(s.Doc, id)
	}
	return s.Lang.Join(names)
}
