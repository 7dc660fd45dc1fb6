package ui

import "testing"

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
		{"x", false, false, false, actNone},
	}
	for _, c := range cases {
		if got := lookup(keyName(c.key, c.ctrl, c.shift, c.alt)); got != c.want {
			t.Errorf("%q ctrl=%v shift=%v alt=%v: got %v, want %v", c.key, c.ctrl, c.shift, c.alt, got, c.want)
		}
	}
	if tagKey("1") != 0 || tagKey("9") != 8 || tagKey("0") != -1 || tagKey("a") != -1 {
		t.Error("tagKey maps 1–9 to 0–8 and nothing else")
	}
}

func TestColors(t *testing.T) {
	if textOn("#0072B2") != "#fff" || textOn("#F0E442") != "#000" || textOn("bad") != "#000" {
		t.Error("textOn picks the wrong contrast colour")
	}
	for _, bad := range []string{"red", "#12345", "#12345g", "#123456;background:url(x)", ""} {
		if safeColor(bad) != "#767676" {
			t.Errorf("safeColor(%q) let it through", bad)
		}
	}
	if safeColor("#E69F00") != "#E69F00" {
		t.Error("safeColor rejected a valid colour")
	}
}
