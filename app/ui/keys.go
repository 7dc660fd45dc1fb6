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
	actEditNote
	actUndo
	actRedo
	actHelp
	actCloseHelp
)

// binding ties keys to an action; the help overlay lists the bindings, so
// it can never disagree with what the keys do.
type binding struct {
	keys []string
	act  action
	help string
}

// keyMap is every shortcut except the tag keys 1–9, which follow the tag set.
var keyMap = []binding{
	{[]string{"j", "ArrowDown"}, actNext, "Next sentence"},
	{[]string{"k", "ArrowUp"}, actPrev, "Previous sentence"},
	{[]string{"Home"}, actFirst, "First sentence"},
	{[]string{"End"}, actLast, "Last sentence"},
	{[]string{"n", "Enter"}, actEditNote, "Write a note on the current sentence (Escape leaves the editor)"},
	{[]string{"u", "Ctrl+Z"}, actUndo, "Undo"},
	{[]string{"Ctrl+Shift+Z", "Ctrl+Y"}, actRedo, "Redo"},
	{[]string{"?"}, actHelp, "Show or hide this list of shortcuts"},
	{[]string{"Escape"}, actCloseHelp, "Close this list"},
}

// keyName turns a keydown event into the names used in keyMap: the key,
// with "Ctrl+" and "Shift+" in front for Ctrl/Cmd combinations. Shift on a
// printable key is already in the key itself ("?", "Z").
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

// tagKey returns the 0-based tag index for keys "1"–"9", or -1.
func tagKey(name string) int {
	if len(name) == 1 && name[0] >= '1' && name[0] <= '9' {
		return int(name[0] - '1')
	}
	return -1
}
