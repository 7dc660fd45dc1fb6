package ui

import (
	"strings"
	"testing"

	"annotator/app/model"
)

func TestKeyNameAndLookup(t *testing.T) {
	cases := []struct {
		key              string
		ctrl, shift, alt bool
		want             action
	}{
		{"j", false, false, false, actNext},
		{"ArrowDown", false, false, false, actNext},
		{"k", false, false, false, actPrev},
		{"Home", false, false, false, actFirst},
		{"End", false, false, false, actLast},
		{"Enter", false, false, false, actEditNote},
		{"z", true, false, false, actUndo},
		{"Z", true, true, false, actRedo},
		{"y", true, false, false, actRedo},
		{"u", false, false, false, actUndo},
		{"?", false, true, false, actHelp},
		{"j", false, false, true, actNone},
		{"t", false, false, false, actNextUntagged},
		{"T", false, true, false, actTagEditor},
		{"ArrowRight", false, true, false, actWordRight},
		{"ArrowLeft", false, true, false, actWordLeft},
		{"Escape", false, false, false, actEscape},
		{"/", false, false, false, actFilter},
		{"x", false, false, false, actNone},
	}
	for _, c := range cases {
		if got := lookup(keyName(c.key, c.ctrl, c.shift, c.alt)); got != c.want {
			t.Errorf("%q ctrl=%v shift=%v alt=%v: got %v, want %v", c.key, c.ctrl, c.shift, c.alt, got, c.want)
		}
	}
	// No command key may collide with a key a tag can get.
	for _, b := range keyMap {
		for _, k := range b.keys {
			if len(k) == 1 && (strings.Contains(model.SpareKeys, k) || (k >= "1" && k <= "9")) {
				t.Errorf("command key %q is also a tag key", k)
			}
		}
	}
}

func TestOffsetsAndWords(t *testing.T) {
	s := "Héllo 😀 wörld"
	cases := []struct{ u, want int }{{0, 0}, {1, 1}, {2, 3}, {6, 7}, {7, -1}, {8, 11}, {14, 18}, {15, -1}}
	for _, c := range cases {
		if got := utf16ToByte(s, c.u); got != c.want {
			t.Errorf("utf16ToByte(%d) = %d, want %d", c.u, got, c.want)
		}
	}
	if utf16Units(s) != 14 {
		t.Errorf("utf16Units = %d, want 14", utf16Units(s))
	}
	if sp := wordSpan("  The two  diplomats", 0, 1); sp != (span{2, 9}) {
		t.Errorf("wordSpan = %+v", sp)
	}
	if sp := wordSpan("one", 0, 1); !sp.empty() {
		t.Errorf("out-of-range wordSpan = %+v", sp)
	}
}
