package model

import (
	"testing"
	"unicode/utf8"
)

func TestNewOffsetsAndParagraphs(t *testing.T) {
	text := "Héllo there. Second one?\r\nNew “para” here.\n\nThird para"
	d := New("t", text)
	want := []struct {
		text string
		para int
	}{
		{"Héllo there.", 0}, {"Second one?", 0}, {"New “para” here.", 1}, {"Third para", 2},
	}
	if len(d.Sentences) != len(want) {
		t.Fatalf("got %d sentences, want %d", len(d.Sentences), len(want))
	}
	for i, w := range want {
		s := d.Sentences[i]
		if got := d.SentenceText(i); got != w.text || s.Para != w.para {
			t.Errorf("sentence %d = %q para %d, want %q para %d", i, got, s.Para, w.text, w.para)
		}
		if cp := utf8.RuneCountInString(d.Text[:s.Start]); cp != s.CPStart {
			t.Errorf("sentence %d CPStart = %d, want %d", i, s.CPStart, cp)
		}
		if cp := utf8.RuneCountInString(d.Text[:s.End]); cp != s.CPEnd {
			t.Errorf("sentence %d CPEnd = %d, want %d", i, s.CPEnd, cp)
		}
	}
	if New("x", "a\r\nb").ID != New("y", "a\nb").ID {
		t.Error("CRLF and LF versions of a text must have the same id")
	}
	if len(New("e", "  \n ").Sentences) != 0 {
		t.Error("white space has no sentences")
	}
}

func TestHistory(t *testing.T) {
	d := New("t", "One. Two. Three.")
	h := NewHistory(d)
	steps := []struct {
		name string
		do   func() (bool, error)
		want [3]Mark
	}{
		{"tag", func() (bool, error) { return h.ToggleTag(0, "claim") }, [3]Mark{{Tags: []string{"claim"}}}},
		{"second tag", func() (bool, error) { return h.ToggleTag(0, "fact") }, [3]Mark{{Tags: []string{"claim", "fact"}}}},
		{"untag", func() (bool, error) { return h.ToggleTag(0, "claim") }, [3]Mark{{Tags: []string{"fact"}}}},
		{"note", func() (bool, error) { return h.SetNote(2, "hm") }, [3]Mark{{Tags: []string{"fact"}}, {}, {Note: "hm"}}},
		{"undo note", func() (bool, error) { return h.Undo() == 2, nil }, [3]Mark{{Tags: []string{"fact"}}}},
		{"undo untag", func() (bool, error) { return h.Undo() == 0, nil }, [3]Mark{{Tags: []string{"claim", "fact"}}}},
		{"redo untag", func() (bool, error) { return h.Redo() == 0, nil }, [3]Mark{{Tags: []string{"fact"}}}},
		{"same note twice is no step", func() (bool, error) {
			h.SetNote(1, "x")
			ok, err := h.SetNote(1, "x")
			return !ok, err
		}, [3]Mark{{Tags: []string{"fact"}}, {Note: "x"}}},
	}
	for _, s := range steps {
		ok, err := s.do()
		if err != nil || !ok {
			t.Fatalf("%s: ok=%v err=%v", s.name, ok, err)
		}
		for i, m := range d.Marks {
			if !m.Equal(s.want[i]) {
				t.Errorf("%s: sentence %d = %+v, want %+v", s.name, i, m, s.want[i])
			}
		}
	}
	if h.CanRedo() {
		t.Error("a new edit must clear the redo stack")
	}
	if _, err := h.ToggleTag(3, "claim"); err != ErrNoSentence {
		t.Errorf("out-of-range edit: err = %v", err)
	}
	for h.CanUndo() {
		h.Undo()
	}
	if d.Annotated() != 0 || h.Undo() != -1 {
		t.Error("undoing everything must leave no annotations")
	}
}

func TestTagSetFind(t *testing.T) {
	s := NewsAnalysis()
	if tag, ok := s.Find("quote"); !ok || tag.Name != "Quote" {
		t.Errorf("Find(quote) = %+v, %v", tag, ok)
	}
	if _, ok := s.Find("nope"); ok {
		t.Error("Find of an unknown id must fail")
	}
	seen := map[string]bool{}
	for _, tag := range s.Tags {
		if seen[tag.Color] {
			t.Errorf("colour %s used twice", tag.Color)
		}
		seen[tag.Color] = true
	}
}
