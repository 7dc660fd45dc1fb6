package session

import (
	"strings"

	"annotator/app/i18n"
)

// Command is one thing the reader can do from the keyboard (and from a
// button): its keys, its line in the help overlay, and what it does.
// Tag keys are not commands of their own: they follow the tag set (see
// Session.TagIndex and Session.ToggleTag).
type Command struct {
	// Name identifies the command.
	Name string
	// Keys are the key names that run it, as KeyName writes them.
	Keys []string
	// Help is its line in the help overlay, in English (the catalogue's
	// key: Session.Help translates it).
	Help string
	// Run carries it out.
	Run func(s *Session) Effect
}

// commands is every shortcut; the help overlay lists them, so it can never
// disagree with what the keys do.
var commands = []Command{
	{"next", []string{"j", "ArrowDown"}, i18n.Mark("Next sentence"), func(s *Session) Effect { return s.MoveTo(s.Cur + 1) }},
	{"prev", []string{"k", "ArrowUp"}, i18n.Mark("Previous sentence"), func(s *Session) Effect { return s.MoveTo(s.Cur - 1) }},
	{"first", []string{"Home"}, i18n.Mark("First sentence"), func(s *Session) Effect { return s.MoveTo(0) }},
	{"last", []string{"End"}, i18n.Mark("Last sentence"), func(s *Session) Effect { return s.MoveTo(s.Len() - 1) }},
	{"next-untagged", []string{"t"}, i18n.Mark("Next sentence without tags"), (*Session).NextUntagged},
	{"note", []string{"n", "Enter"}, i18n.Mark("Write a note on the current sentence (Escape leaves the editor)"),
		func(*Session) Effect { return Effect{Focus: FocusNote} }},
	{"select-more", []string{"Shift+ArrowRight"}, i18n.Mark("Select words in the current sentence: one more (then a tag key highlights them)"),
		func(s *Session) Effect { return s.SelectWords(1) }},
	{"select-less", []string{"Shift+ArrowLeft"}, i18n.Mark("Select words: one fewer"), func(s *Session) Effect { return s.SelectWords(-1) }},
	{"filter", []string{"/"}, i18n.Mark("Filter the annotation list"), func(*Session) Effect { return Effect{Focus: FocusFilter} }},
	{"tag-editor", []string{"T"}, i18n.Mark("Edit the tag set"), (*Session).EditTags},
	{"theme", []string{"D"}, i18n.Mark("Switch between light and dark mode"), func(*Session) Effect { return Effect{Request: "theme"} }},
	{"undo", []string{"u", "Ctrl+Z"}, i18n.Mark("Undo"), (*Session).Undo},
	{"redo", []string{"Ctrl+Shift+Z", "Ctrl+Y"}, i18n.Mark("Redo"), (*Session).Redo},
	{"help", []string{"?"}, i18n.Mark("Show or hide this list of shortcuts"), func(*Session) Effect { return Effect{Open: "help"} }},
	{"escape", []string{"Escape"}, i18n.Mark("Close a dialog, or drop the word selection"), (*Session).Escape},
}

// Commands returns the command table.
func Commands() []Command { return commands }

// Lookup returns the command bound to a key name, or nil.
func Lookup(name string) *Command {
	for k := range commands {
		for _, key := range commands[k].Keys {
			if key == name {
				return &commands[k]
			}
		}
	}
	return nil
}

// Find returns the command with the given name, or nil.
func Find(name string) *Command {
	for k := range commands {
		if commands[k].Name == name {
			return &commands[k]
		}
	}
	return nil
}

// KeyName turns a keydown event into the names the table uses: the key,
// with "Ctrl+" and "Shift+" in front for Ctrl/Cmd combinations and for
// named keys. Shift on a printable key is already in the key ("?", "T").
// Alt combinations have no name (they type characters on many layouts).
func KeyName(key string, ctrl, shift, alt bool) string {
	if alt {
		return ""
	}
	if ctrl {
		name := "Ctrl+"
		if shift {
			name += "Shift+"
		}
		return name + strings.ToUpper(key)
	}
	if shift && len(key) > 1 {
		return "Shift+" + key
	}
	return key
}

// EditTags opens the tag-set editor, unless changes are off or the tag set
// is fixed.
func (s *Session) EditTags() Effect {
	var e Effect
	switch {
	case s.refuse(&e):
	case s.TagsFixed != "":
		e.Status = s.tr(s.TagsFixed)
	default:
		e = s.CommitNote()
		e.Open = "tag-editor"
	}
	return e
}

// HelpRow is one line of the help overlay.
type HelpRow struct{ Keys, What string }

// Help lists every shortcut: the commands, then the tag keys of the
// current tag set.
func (s *Session) Help() []HelpRow {
	rows := make([]HelpRow, 0, len(commands)+len(s.Doc.TagSet.Tags))
	for _, c := range commands {
		rows = append(rows, HelpRow{strings.Join(c.Keys, " / "), s.tr(c.Help)})
	}
	for n, t := range s.Doc.TagSet.Tags {
		what := s.tr("Toggle tag %s (on the selected words if any)", t.Name)
		if t.Description != "" {
			what = s.tr("Toggle tag %s (on the selected words if any): %s", t.Name, t.Description)
		}
		if n < len(s.keys) && s.keys[n] != "" {
			rows = append(rows, HelpRow{s.keys[n], what})
		}
	}
	return rows
}
