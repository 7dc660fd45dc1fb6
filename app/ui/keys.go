package ui

import "strings"

// action is something the reader can do from the keyboard.
type action int

const (
	actNone action = iota
	actNext
	actPrev
	actFirst
	actLast
	actNextUntagged
	actEditNote
	actWordRight
	actWordLeft
	actFilter
	actTagEditor
	actTheme
	actUndo
	actRedo
	actHelp
	actEscape
)

// binding ties keys to an action; the help overlay lists the bindings, so
// it can never disagree with what the keys do.
type binding struct {
	keys []string
	act  action
	help string
}

// keyMap is every shortcut except the tag keys, which follow the tag set
// (1–9 by position, then spare letters).
var keyMap = []binding{
	{[]string{"j", "ArrowDown"}, actNext, "Next sentence"},
	{[]string{"k", "ArrowUp"}, actPrev, "Previous sentence"},
	{[]string{"Home"}, actFirst, "First sentence"},
	{[]string{"End"}, actLast, "Last sentence"},
	{[]string{"t"}, actNextUntagged, "Next sentence without tags"},
	{[]string{"n", "Enter"}, actEditNote, "Write a note on the current sentence (Escape leaves the editor)"},
	{[]string{"Shift+ArrowRight"}, actWordRight, "Select words in the current sentence: one more (then a tag key highlights them)"},
	{[]string{"Shift+ArrowLeft"}, actWordLeft, "Select words: one fewer"},
	{[]string{"/"}, actFilter, "Filter the annotation list"},
	{[]string{"T"}, actTagEditor, "Edit the tag set"},
	{[]string{"D"}, actTheme, "Switch between light and dark mode"},
	{[]string{"u", "Ctrl+Z"}, actUndo, "Undo"},
	{[]string{"Ctrl+Shift+Z", "Ctrl+Y"}, actRedo, "Redo"},
	{[]string{"?"}, actHelp, "Show or hide this list of shortcuts"},
	{[]string{"Escape"}, actEscape, "Close a dialog, or drop the word selection"},
}

// keyName turns a keydown event into the names used in keyMap: the key,
// with "Ctrl+" and "Shift+" in front for Ctrl/Cmd combinations and for
// named keys. Shift on a printable key is already in the key ("?", "T").
func keyName(key string, ctrl, shift, alt bool) string {
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

// lookup returns the action bound to a key name.
func lookup(name string) action {
	for _, b := range keyMap {
		for _, k := range b.keys {
			if k == name {
				return b.act
			}
		}
	}
	return actNone
}
