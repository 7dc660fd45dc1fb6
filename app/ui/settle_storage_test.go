package ui

import "testing"

func TestIsPartKey(t *testing.T) {
	for key, want := range map[string]bool{
		"annotator/doc/abc/m/0123456789abcdef":     true,
		"annotator/doc/abc/p/0123456789abcdef":     true,
		"annotator/history/abc/b/0123456789abcdef": true,
		"annotator/doc/abc":                        false,
		"annotator/text/0123456789abcdef":          false,
		"annotator/doc/abc/m/0123456789abcdeg":     false,
		"annotator/doc/abc/x/0123456789abcdef":     false,
		"other/doc/abc/m/0123456789abcdef":         false,
		"annotator//m/0123456789abcde":             false,
	} {
		if got := isPartKey(key); got != want {
			t.Errorf("isPartKey(%q) = %v, want %v", key, got, want)
		}
	}
	c := sizeCache{sizes: map[string]sizeSeen{}}
	c.put("annotator/doc/a/m/0123456789abcdef", 10)
	c.put("annotator/doc/a", 20) // not a part: never kept
	if n, ok := c.get("annotator/doc/a/m/0123456789abcdef"); !ok || n != 10 {
		t.Errorf("part: %d %v", n, ok)
	}
	if _, ok := c.get("annotator/doc/a"); ok {
		t.Error("a manifest's size was kept")
	}
	c.prune() // seen in this count: kept
	c.prune() // not seen in that one: gone
	if _, ok := c.get("annotator/doc/a/m/0123456789abcdef"); ok {
		t.Error("a part no count saw is still kept")
	}
}
