package session

import (
	"slices"
	"strings"
	"testing"

	"annotator/app/model"
)

// text has four sentences.
const text = "The cat sat. The dog ran away. A bird sang loudly. Then it rained."

func newSession(t *testing.T) *Session {
	t.Helper()
	s := New(model.New("Test", text))
	if s.Len() != 4 {
		t.Fatalf("want 4 sentences, got %d", s.Len())
	}
	return s
}

// run runs the command bound to key on s.
func run(t *testing.T, s *Session, key string) Effect {
	t.Helper()
	if n := s.TagIndex(key); n >= 0 {
		return s.ToggleTag(n)
	}
	c := Lookup(key)
	if c == nil {
		t.Fatalf("no command for %q", key)
	}
	return c.Run(s)
}

func TestCursorClampsAtBothEnds(t *testing.T) {
	cases := []struct {
		keys []string
		want int
	}{
		{[]string{"k"}, 0},
		{[]string{"j", "j", "j", "j", "j", "j"}, 3},
		{[]string{"End", "j"}, 3},
		{[]string{"End", "Home"}, 0},
		{[]string{"ArrowDown", "ArrowDown", "ArrowUp"}, 1},
	}
	for _, c := range cases {
		s := newSession(t)
		for _, k := range c.keys {
			run(t, s, k)
		}
		if s.Cur != c.want {
			t.Errorf("%v: cursor at %d, want %d", c.keys, s.Cur, c.want)
		}
	}
}

func TestMoveRepaintsBothSentencesAndScrolls(t *testing.T) {
	s := newSession(t)
	e := run(t, s, "j")
	if !slices.Equal(e.Moved, []int{0, 1}) || len(e.Repaint) != 0 {
		t.Errorf("moved %v, repaint %v: want the marker moved on [0 1], nothing repainted whole", e.Moved, e.Repaint)
	}
	if i, ok := e.Scroll(); !ok || i != 1 {
		t.Errorf("scroll %d %v, want 1", i, ok)
	}
	if e.Save || !e.Note || !e.Quick() {
		t.Errorf("a move saves nothing, shows the note and is quick: %+v", e)
	}
}

func TestMoveAtTheEndDoesNothing(t *testing.T) {
	s := newSession(t)
	run(t, s, "End")
	e := run(t, s, "j")
	if len(e.Repaint) != 0 || len(e.Moved) != 0 || e.Announce != "" {
		t.Errorf("moving past the end: %+v", e)
	}
}

func TestNextUntaggedWrapsAround(t *testing.T) {
	s := newSession(t)
	s.Doc.Marks[1].Tags = []string{"claim"}
	s.Doc.Marks[2].Tags = []string{"claim"}
	s.Doc.Marks[3].Tags = []string{"claim"}
	s.Cur = 1
	run(t, s, "t")
	if s.Cur != 0 {
		t.Errorf("t from 1 went to %d, want 0 (wrapping)", s.Cur)
	}
}

func TestNextUntaggedWhenEverythingIsTagged(t *testing.T) {
	s := newSession(t)
	for i := range s.Doc.Marks {
		s.Doc.Marks[i].Tags = []string{"fact"}
	}
	e := run(t, s, "t")
	if s.Cur != 0 || e.Status != "Every sentence has a tag." {
		t.Errorf("cur %d, status %q", s.Cur, e.Status)
	}
}

func TestTagKeyTogglesAndSaves(t *testing.T) {
	s := newSession(t)
	e := run(t, s, "1")
	if !s.Doc.Marks[0].Has("claim") {
		t.Fatal("1 did not add Claim")
	}
	if !e.Save || !slices.Equal(e.Changed, []int{0}) || !e.Quick() {
		t.Errorf("toggle effect: %+v", e)
	}
	if e.Status != "Claim added to sentence 1." {
		t.Errorf("status %q", e.Status)
	}
	if e.Announce != "Sentence 1 of 4, tagged Claim" {
		t.Errorf("announce %q", e.Announce)
	}
	e = run(t, s, "1")
	if s.Doc.Marks[0].Has("claim") || e.Status != "Claim removed from sentence 1." {
		t.Errorf("second 1: %v, %q", s.Doc.Marks[0].Tags, e.Status)
	}
}

func TestTagKeyOutOfRangeDoesNothing(t *testing.T) {
	s := newSession(t)
	if e := s.ToggleTag(99); e.Save || e.Status != "" {
		t.Errorf("tag 99: %+v", e)
	}
}

func TestRevCountsChanges(t *testing.T) {
	s := newSession(t)
	run(t, s, "j")
	if s.Rev != 0 {
		t.Errorf("a move changed Rev to %d", s.Rev)
	}
	run(t, s, "2")
	if s.Rev != 1 {
		t.Errorf("a toggle left Rev at %d", s.Rev)
	}
}

func TestWordSelectionGrowsShrinksAndHighlights(t *testing.T) {
	s := newSession(t)
	run(t, s, "j") // "The dog ran away."
	run(t, s, "Shift+ArrowRight")
	run(t, s, "Shift+ArrowRight")
	if got := s.Doc.SentenceText(1)[s.Sel.Start:s.Sel.End]; got != "The dog" {
		t.Fatalf("selection %q, want %q", got, "The dog")
	}
	run(t, s, "Shift+ArrowLeft")
	if got := s.Doc.SentenceText(1)[s.Sel.Start:s.Sel.End]; got != "The" {
		t.Fatalf("after shrinking: %q", got)
	}
	run(t, s, "Shift+ArrowRight")
	e := run(t, s, "3")
	hs := s.Doc.Marks[1].Highlights
	if len(hs) != 1 || hs[0] != (model.Highlight{Start: 0, End: 7, Tag: "quote"}) {
		t.Errorf("highlights %+v", hs)
	}
	if !s.Sel.Empty() || len(s.Doc.Marks[1].Tags) != 0 || !e.Save {
		t.Errorf("the selection stays or the sentence got a tag: %+v %+v", s.Sel, s.Doc.Marks[1])
	}
}

func TestWordSelectionStopsAtTheLastWord(t *testing.T) {
	s := newSession(t)
	for range 10 {
		run(t, s, "Shift+ArrowRight")
	}
	if got := s.Doc.SentenceText(0)[s.Sel.Start:s.Sel.End]; got != "The cat sat." {
		t.Errorf("selection %q", got)
	}
	for range 10 {
		run(t, s, "Shift+ArrowLeft")
	}
	if !s.Sel.Empty() {
		t.Errorf("selection not dropped: %+v", s.Sel)
	}
}

func TestMouseSelectionOnlyInTheCurrentSentence(t *testing.T) {
	s := newSession(t)
	if e := s.Select(2, 0, 3); !e.Save && len(e.Repaint) != 0 {
		t.Errorf("selection in another sentence: %+v", e)
	}
	if e := s.Select(0, 4, 7); s.Sel != (Span{4, 7}) || !strings.Contains(e.Status, "“cat”") {
		t.Errorf("sel %+v status %q", s.Sel, e.Status)
	}
	if s.Select(0, 5, 99); s.Sel != (Span{4, 7}) {
		t.Errorf("a span beyond the sentence was taken: %+v", s.Sel)
	}
}

func TestMovingDropsTheSelection(t *testing.T) {
	s := newSession(t)
	run(t, s, "Shift+ArrowRight")
	run(t, s, "j")
	if !s.Sel.Empty() {
		t.Errorf("selection kept across a move: %+v", s.Sel)
	}
}

func TestEscapeCascade(t *testing.T) {
	s := newSession(t)
	run(t, s, "Shift+ArrowRight")
	e := run(t, s, "Escape")
	if !s.Sel.Empty() || e.Status != "Selection dropped." || e.Focus != FocusStay {
		t.Fatalf("first Escape: sel %+v, %+v", s.Sel, e)
	}
	s.TypeNote("kept")
	e = run(t, s, "Escape")
	if s.Doc.Marks[0].Note != "kept" || e.Focus != FocusLeave || !e.Save {
		t.Errorf("second Escape: note %q, %+v", s.Doc.Marks[0].Note, e)
	}
}

func TestNoteIsCommittedOnMove(t *testing.T) {
	s := newSession(t)
	s.TypeNote("first thought")
	e := run(t, s, "j")
	if s.Doc.Marks[0].Note != "first thought" {
		t.Fatalf("note not kept: %q", s.Doc.Marks[0].Note)
	}
	if !e.Save || !slices.Contains(e.Changed, 0) {
		t.Errorf("moving after a note must save sentence 0: %+v", e)
	}
	if s.Draft() != "" {
		t.Errorf("draft of sentence 2 is %q", s.Draft())
	}
	run(t, s, "k")
	if s.Draft() != "first thought" {
		t.Errorf("back on sentence 1 the draft is %q", s.Draft())
	}
}

func TestUnchangedNoteSavesNothing(t *testing.T) {
	s := newSession(t)
	s.TypeNote("")
	if e := s.CommitNote(); e.Save {
		t.Errorf("an unchanged note saved: %+v", e)
	}
}

func TestUndoMovesTheCursorBack(t *testing.T) {
	s := newSession(t)
	run(t, s, "j")
	run(t, s, "j")
	run(t, s, "2") // Evidence on sentence 3
	run(t, s, "Home")
	e := run(t, s, "u")
	if s.Cur != 2 || s.Doc.Marks[2].Has("evidence") {
		t.Fatalf("undo: cur %d, marks %+v", s.Cur, s.Doc.Marks[2])
	}
	if e.Status != "Undone: sentence 3." || !e.Save || !e.Note {
		t.Errorf("undo effect %+v", e)
	}
	if i, ok := e.Scroll(); !ok || i != 2 {
		t.Errorf("undo scrolls to %d %v", i, ok)
	}
	e = run(t, s, "Ctrl+Y")
	if !s.Doc.Marks[2].Has("evidence") || e.Status != "Redone: sentence 3." {
		t.Errorf("redo: %+v %q", s.Doc.Marks[2], e.Status)
	}
}

func TestUndoWithNothingToUndo(t *testing.T) {
	s := newSession(t)
	if e := run(t, s, "Ctrl+Z"); e.Status != "Nothing to undo." || e.Save {
		t.Errorf("%+v", e)
	}
	if e := run(t, s, "Ctrl+Shift+Z"); e.Status != "Nothing to redo." {
		t.Errorf("%+v", e)
	}
}

func TestUndoOfANoteShowsTheOldNote(t *testing.T) {
	s := newSession(t)
	s.TypeNote("draft one")
	s.CommitNote()
	run(t, s, "u")
	if s.Draft() != "" || s.Doc.Marks[0].Note != "" {
		t.Errorf("draft %q note %q", s.Draft(), s.Doc.Marks[0].Note)
	}
}

func TestReadOnlyRefusesEveryChange(t *testing.T) {
	for _, key := range []string{"1", "u", "Ctrl+Y", "T"} {
		s := newSession(t)
		s.ReadOnly = true
		e := run(t, s, key)
		if e.Save || e.Open != "" || !strings.Contains(e.Status, "read-only") {
			t.Errorf("%s on a read-only document: %+v", key, e)
		}
	}
	s := newSession(t)
	s.ReadOnly = true
	if e := s.SetTagSet(model.ArgumentStructure()); e.Save || s.Doc.TagSet.Name == "Argument structure" {
		t.Errorf("tag set replaced on a read-only document")
	}
	s.TypeNote("x")
	if e := s.CommitNote(); e.Save || s.Doc.Marks[0].Note != "" {
		t.Errorf("note written on a read-only document")
	}
	if e := run(t, s, "j"); s.Cur != 1 || e.Save {
		t.Errorf("moving must still work read-only")
	}
}

func TestTagEditorRefusedWhenTheSetIsFixed(t *testing.T) {
	s := newSession(t)
	s.TagsFixed = "The tag set of this exercise is fixed by your teacher."
	if e := run(t, s, "T"); e.Open != "" || e.Status != s.TagsFixed {
		t.Errorf("%+v", e)
	}
	s.TagsFixed = ""
	if e := run(t, s, "T"); e.Open != "tag-editor" || e.Quick() {
		t.Errorf("%+v", e)
	}
}

func TestViewCommandsAskTheView(t *testing.T) {
	s := newSession(t)
	cases := map[string]Effect{
		"?": {Open: "help"}, "D": {Request: "theme"}, "n": {Focus: FocusNote}, "Enter": {Focus: FocusNote}, "/": {Focus: FocusFilter},
	}
	for key, want := range cases {
		e := run(t, s, key)
		if e.Open != want.Open || e.Request != want.Request || e.Focus != want.Focus || e.Quick() {
			t.Errorf("%s: %+v", key, e)
		}
	}
}

func TestSetTagSetRemovesDroppedTagsInOneStep(t *testing.T) {
	s := newSession(t)
	run(t, s, "1")
	ts := s.Doc.TagSet.Clone()
	ts.Tags = ts.Tags[1:]
	e := s.SetTagSet(ts)
	if s.Doc.Marks[0].Has("claim") || !e.TagSet || !e.RepaintAll || e.Status != "Tag set saved; tags removed from 1 sentence. Press u to undo." {
		t.Fatalf("%+v %q", s.Doc.Marks[0], e.Status)
	}
	if s.TagIndex("1") != 0 || s.Doc.TagSet.Tags[0].ID != "evidence" {
		t.Errorf("keys not recomputed")
	}
	run(t, s, "u")
	if !s.Doc.Marks[0].Has("claim") || len(s.Doc.TagSet.Tags) != 6 {
		t.Errorf("undo did not bring the tag back")
	}
}

func TestApplyAnImportIsOneUndoStep(t *testing.T) {
	s := newSession(t)
	c := model.Change{Marks: []model.MarkEdit{
		{Sentence: 1, After: model.Mark{Tags: []string{"fact"}}},
		{Sentence: 3, After: model.Mark{Note: "imported"}},
	}}
	e := s.Apply(c)
	if !slices.Equal(e.Changed, []int{1, 3}) || !e.Save {
		t.Fatalf("%+v", e)
	}
	run(t, s, "u")
	if !s.Doc.Marks[1].Empty() || !s.Doc.Marks[3].Empty() {
		t.Errorf("one undo must revert the whole import")
	}
}

func TestDescribeAndPanelTexts(t *testing.T) {
	s := newSession(t)
	s.Doc.Marks[0] = model.Mark{Tags: []string{"claim", "quote"}, Note: "n", Highlights: []model.Highlight{{Start: 0, End: 3, Tag: "fact"}}}
	if got, want := s.Describe(0), "Sentence 1 of 4, tagged Claim, Quote, 1 highlight, has a note"; got != want {
		t.Errorf("Describe = %q, want %q", got, want)
	}
	if s.Title() != "Sentence 1 of 4" || s.TagLine() != "Tags: Claim, Quote" {
		t.Errorf("%q %q", s.Title(), s.TagLine())
	}
	run(t, s, "j")
	if s.TagLine() != "No tags yet: press a tag key or click a tag." {
		t.Errorf("%q", s.TagLine())
	}
}

func TestKeyNamesAndCommandTable(t *testing.T) {
	cases := []struct {
		key              string
		ctrl, shift, alt bool
		want             string
	}{
		{"j", false, false, false, "next"}, {"ArrowDown", false, false, false, "next"}, {"k", false, false, false, "prev"},
		{"Home", false, false, false, "first"}, {"End", false, false, false, "last"}, {"Enter", false, false, false, "note"},
		{"z", true, false, false, "undo"}, {"Z", true, true, false, "redo"}, {"y", true, false, false, "redo"},
		{"u", false, false, false, "undo"}, {"?", false, true, false, "help"}, {"j", false, false, true, ""},
		{"t", false, false, false, "next-untagged"}, {"T", false, true, false, "tag-editor"},
		{"ArrowRight", false, true, false, "select-more"}, {"ArrowLeft", false, true, false, "select-less"},
		{"Escape", false, false, false, "escape"}, {"/", false, false, false, "filter"}, {"x", false, false, false, ""},
	}
	for _, c := range cases {
		got := ""
		if cmd := Lookup(KeyName(c.key, c.ctrl, c.shift, c.alt)); cmd != nil {
			got = cmd.Name
		}
		if got != c.want {
			t.Errorf("%q ctrl=%v shift=%v alt=%v: %q, want %q", c.key, c.ctrl, c.shift, c.alt, got, c.want)
		}
	}
	seen := map[string]bool{}
	for _, c := range Commands() {
		if Find(c.Name) == nil || seen[c.Name] {
			t.Errorf("command %q not found by name, or twice", c.Name)
		}
		seen[c.Name] = true
		for _, k := range c.Keys {
			if len(k) == 1 && (strings.Contains(model.SpareKeys, k) || (k >= "1" && k <= "9")) {
				t.Errorf("command key %q is also a tag key", k)
			}
		}
	}
}

func TestHelpListsCommandsAndTagKeys(t *testing.T) {
	s := newSession(t)
	rows := s.Help()
	if len(rows) != len(Commands())+len(s.Doc.TagSet.Tags) {
		t.Fatalf("%d rows", len(rows))
	}
	if rows[0] != (HelpRow{"j / ArrowDown", "Next sentence"}) {
		t.Errorf("first row %+v", rows[0])
	}
	last := rows[len(rows)-1]
	if last.Keys != "6" || !strings.HasPrefix(last.What, "Toggle tag Question") {
		t.Errorf("last row %+v", last)
	}
}

func TestEffectThen(t *testing.T) {
	var a Effect
	a.ScrollTo(2)
	a.Status, a.Alert = "a", "alert"
	b := Effect{Status: "b", Changed: []int{1}, Save: true, ClearAlert: true}
	c := a.Then(b)
	if c.Status != "b" || c.Alert != "alert" || !c.Save || !c.ClearAlert || !slices.Equal(c.Changed, []int{1}) {
		t.Errorf("%+v", c)
	}
	if i, ok := c.Scroll(); !ok || i != 2 {
		t.Errorf("scroll lost: %d %v", i, ok)
	}
	if (Effect{}).Quick() != true || (Effect{Alert: "x"}).Quick() {
		t.Errorf("Quick")
	}
}

func TestOffsetsAndWords(t *testing.T) {
	s := "Héllo 😀 wörld"
	for _, c := range []struct{ u, want int }{{0, 0}, {1, 1}, {2, 3}, {6, 7}, {7, -1}, {8, 11}, {14, 18}, {15, -1}} {
		if got := UTF16ToByte(s, c.u); got != c.want {
			t.Errorf("UTF16ToByte(%d) = %d, want %d", c.u, got, c.want)
		}
	}
	if UTF16Units(s) != 14 {
		t.Errorf("UTF16Units = %d", UTF16Units(s))
	}
	if sp := WordSpan("  The two  diplomats", 0, 1); sp != (Span{2, 9}) {
		t.Errorf("WordSpan = %+v", sp)
	}
	if sp := WordSpan("one", 0, 1); !sp.Empty() {
		t.Errorf("out-of-range WordSpan = %+v", sp)
	}
}
