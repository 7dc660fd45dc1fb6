package model

import (
	"slices"
	"strings"
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
	para := -1
	for i, w := range want {
		s := d.Sentences[i]
		if d.ParaStart(i) {
			para++
		}
		if got := d.SentenceText(i); got != w.text || para != w.para {
			t.Errorf("sentence %d = %q para %d, want %q para %d", i, got, para, w.text, w.para)
		}
		cp0, cp1 := d.CodePoints(i)
		if cp := utf8.RuneCountInString(d.Text[:s.Start]); cp != cp0 {
			t.Errorf("sentence %d starts at code point %d, want %d", i, cp0, cp)
		}
		if cp := utf8.RuneCountInString(d.Text[:s.End]); cp != cp1 {
			t.Errorf("sentence %d ends at code point %d, want %d", i, cp1, cp)
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
		{"undo note", func() (bool, error) { c, ok := h.Undo(); return ok && c.Marks[0].Sentence == 2, nil }, [3]Mark{{Tags: []string{"fact"}}}},
		{"undo untag", func() (bool, error) { c, ok := h.Undo(); return ok && c.Marks[0].Sentence == 0, nil }, [3]Mark{{Tags: []string{"claim", "fact"}}}},
		{"redo untag", func() (bool, error) { c, ok := h.Redo(); return ok && c.Marks[0].Sentence == 0, nil }, [3]Mark{{Tags: []string{"fact"}}}},
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
	if _, ok := h.Undo(); d.Annotated() != 0 || ok {
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

func TestDeleteTagInUseIsOneUndoableStep(t *testing.T) {
	d := New("t", "One. Two. Three.")
	h := NewHistory(d)
	h.ToggleTag(0, "claim")
	h.ToggleTag(2, "claim")
	h.ToggleTag(2, "fact")
	if _, err := h.ToggleHighlight(1, 0, 3, "claim"); err != nil {
		t.Fatal(err)
	}
	ts := d.TagSet.Clone()
	ts.Tags = ts.Tags[1:] // drop Claim
	touched := h.SetTagSet(ts)
	if len(touched) != 3 {
		t.Errorf("touched %v, want sentences 0, 1, 2", touched)
	}
	for i, m := range d.Marks {
		if m.Uses("claim") {
			t.Errorf("sentence %d still uses the deleted tag: %+v", i, m)
		}
	}
	if _, ok := d.TagSet.Find("claim"); ok {
		t.Error("tag still in the set")
	}
	h.Undo()
	if _, ok := d.TagSet.Find("claim"); !ok || !d.Marks[0].Has("claim") || !d.Marks[2].Has("claim") || !d.Marks[1].Uses("claim") {
		t.Errorf("undo did not bring back the tag and its uses: %+v", d.Marks)
	}
	h.Redo()
	if d.Marks[2].Has("claim") || !d.Marks[2].Has("fact") {
		t.Errorf("redo: %+v", d.Marks[2])
	}
}

func TestHighlights(t *testing.T) {
	d := New("t", "Alpha beta gamma. Two.")
	h := NewHistory(d)
	cases := []struct {
		s, start, end int
		err           error
	}{
		{0, 6, 10, nil}, {0, 0, 0, ErrBadHighlight}, {0, 5, 99, ErrBadHighlight}, {0, -1, 2, ErrBadHighlight}, {5, 0, 1, ErrNoSentence},
	}
	for _, c := range cases {
		if _, err := h.ToggleHighlight(c.s, c.start, c.end, "quote"); err != c.err {
			t.Errorf("ToggleHighlight(%d, %d, %d): err = %v, want %v", c.s, c.start, c.end, err, c.err)
		}
	}
	hl := d.Marks[0].Highlights
	if len(hl) != 1 || d.SentenceText(0)[hl[0].Start:hl[0].End] != "beta" {
		t.Fatalf("highlights = %+v", hl)
	}
	h.ToggleHighlight(0, 6, 10, "quote")
	if len(d.Marks[0].Highlights) != 0 || !d.Marks[0].Empty() {
		t.Error("toggling the same highlight again must remove it")
	}
}

func TestTagKeys(t *testing.T) {
	ts := TagSet{}
	for i := 0; i < 12; i++ {
		ts.Tags = append(ts.Tags, Tag{ID: string(rune('A' + i))})
	}
	ts.Tags[10].Key = "z"
	ts.Tags[11].Key = "j" // navigation key: not allowed, gets a spare letter
	got := ts.Keys()
	want := []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "z", "b"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Keys() = %v, want %v", got, want)
			break
		}
	}
}

func TestHistoryRestore(t *testing.T) {
	d := New("t", "One. Two.")
	h := NewHistory(d)
	h.ToggleTag(0, "a")
	h.ToggleTag(1, "b")
	saved := h.Done(100)
	d2 := New("t", "One. Two.")
	d2.Marks[0] = Mark{Tags: []string{"a"}}
	d2.Marks[1] = Mark{Tags: []string{"b"}}
	h2 := NewHistory(d2)
	h2.Restore(append(saved, Change{Marks: []MarkEdit{{Sentence: 9}}}))
	h2.Undo()
	h2.Undo()
	if d2.Annotated() != 0 || h2.CanUndo() {
		t.Errorf("restored history did not undo both steps (and only those): %+v", d2.Marks)
	}
}

func TestTagUse(t *testing.T) {
	d := New("t", "One. Two. Three. Four.")
	d.TagSet = TagSet{Tags: []Tag{{ID: "a"}, {ID: "b"}, {ID: "c"}}}
	d.Marks[0] = Mark{Tags: []string{"a", "b"}}
	d.Marks[1] = Mark{Tags: []string{"a"}, Highlights: []Highlight{{Start: 0, End: 3, Tag: "a"}, {Start: 0, End: 3, Tag: "c"}}}
	d.Marks[2] = Mark{Note: "only a note", Highlights: []Highlight{{Start: 0, End: 5, Tag: "gone"}}}
	got := d.TagUse()
	if want := []int{2, 1, 1}; !slices.Equal(got, want) {
		t.Errorf("TagUse = %v, want %v (a sentence counts once per tag; unknown tags are not counted)", got, want)
	}
}

func TestDroppedInUse(t *testing.T) {
	d := New("t", "One. Two. Three. Four.")
	d.TagSet = TagSet{Tags: []Tag{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}, {ID: "c", Name: "C"}, {ID: "d", Name: "D"}}}
	d.Marks[0] = Mark{Tags: []string{"c"}}
	d.Marks[1] = Mark{Highlights: []Highlight{{Start: 0, End: 3, Tag: "a"}}}
	d.Marks[3] = Mark{Tags: []string{"a", "c"}, Note: "n"}
	keep := func(ids ...string) TagSet {
		var ts TagSet
		for _, id := range ids {
			ts.Tags = append(ts.Tags, Tag{ID: id})
		}
		return ts
	}
	for _, tt := range []struct {
		desc      string
		ts        TagSet
		tags      []string
		sentences []int
	}{
		{"all kept", keep("a", "b", "c", "d"), nil, nil},
		{"kept in another order", keep("d", "c", "b", "a"), nil, nil},
		{"unused tags dropped", keep("a", "c"), nil, nil},
		{"one used tag dropped", keep("b", "c", "d"), []string{"a"}, []int{1, 3}},
		{"all dropped, in tag-set order, sentences once", keep("x"), []string{"a", "c"}, []int{0, 1, 3}},
	} {
		tags, sentences := d.DroppedInUse(tt.ts)
		var ids []string
		for _, tag := range tags {
			ids = append(ids, tag.ID)
		}
		if !slices.Equal(ids, tt.tags) || !slices.Equal(sentences, tt.sentences) {
			t.Errorf("%s: DroppedInUse = %v, %v; want %v, %v", tt.desc, ids, sentences, tt.tags, tt.sentences)
		}
	}
	if tags, _ := d.DroppedInUse(keep()); len(tags) != 2 || tags[0].Name != "A" {
		t.Errorf("DroppedInUse must return whole tags: %+v", tags)
	}
}

func TestHighlightCheck(t *testing.T) {
	const sentence = "Très bien." // "è" is bytes 2–3
	for _, tt := range []struct {
		start, end int
		fits       bool
		err        string
	}{
		{0, 4, true, ""},
		{5, 10, true, ""},
		{0, 11, true, ""},
		{2, 4, true, ""},
		{0, 0, false, "bytes 0–0 are not a span inside the 11-byte sentence"},
		{4, 3, false, "bytes 4–3 are not a span inside the 11-byte sentence"},
		{-1, 3, false, "bytes -1–3 are not a span inside the 11-byte sentence"},
		{5, 12, false, "bytes 5–12 are not a span inside the 11-byte sentence"},
		{3, 5, true, "bytes 3–5 cut a character in two"},
		{0, 3, true, "bytes 0–3 cut a character in two"},
	} {
		h := Highlight{Start: tt.start, End: tt.end, Tag: "x"}
		if got := h.Fits(len(sentence)); got != tt.fits {
			t.Errorf("%+v.Fits(%d) = %v, want %v", h, len(sentence), got, tt.fits)
		}
		got := ""
		if err := h.Check(sentence); err != nil {
			got = err.Error()
		}
		if got != tt.err {
			t.Errorf("%+v.Check = %q, want %q (\"\" for nil)", h, got, tt.err)
		}
	}
}

// TestCodePoints: a sentence's code-point range is the code points of the
// text before its ends, across checkpoints that fall inside characters
// and bytes that are not UTF-8.
func TestCodePoints(t *testing.T) {
	texts := []string{
		strings.Repeat("Ünïcödé “quoted” text, 漢字 and 🙂 here. ", 200),
		strings.Repeat("Plain ASCII sentence here. ", 300),
		strings.Repeat("Bad \xff\xfe bytes and \xe2\x82 cut ones. Next é. ", 150),
	}
	for _, text := range texts {
		d := New("t", text)
		for i, s := range d.Sentences {
			cp0, cp1 := d.CodePoints(i)
			if w0, w1 := utf8.RuneCountInString(d.Text[:s.Start]), utf8.RuneCountInString(d.Text[:s.End]); cp0 != w0 || cp1 != w1 {
				t.Fatalf("sentence %d of %q…: code points %d–%d, want %d–%d", i, text[:20], cp0, cp1, w0, w1)
			}
		}
		for b := 0; b <= len(d.Text); b++ {
			if got, want := d.codePoint(b), utf8.RuneCountInString(d.Text[:b]); got != want {
				t.Fatalf("codePoint(%d) = %d, want %d", b, got, want)
			}
		}
	}
}
