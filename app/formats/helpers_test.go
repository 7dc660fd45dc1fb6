package formats

import (
	"strings"
	"testing"
	"time"

	"annotator/app/model"
)

// sampleText has accents, an emoji, CJK, quotes, a comma and two paragraphs.
const sampleText = "Café au lait costs 3 €, said Zoë. 😀 Emoji make life fun! 東京は大きい都市です、 He wrote \"yes, no\" and left.\n" +
	"A second paragraph starts here. The café is open."

var (
	created  = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	modified = time.Date(2026, 3, 2, 10, 30, 0, 0, time.UTC)
)

// sampleDoc is sampleText with tags, notes and highlights on four of its
// five sentences (sentence 3 is left bare).
func sampleDoc(t testing.TB) *model.Document {
	t.Helper()
	d := model.New("Unicode sample", sampleText)
	if len(d.Sentences) != 5 {
		t.Fatalf("the splitter gives %d sentences, the tests expect 5", len(d.Sentences))
	}
	h := model.NewHistory(d)
	s1 := d.SentenceText(1)
	k := strings.Index(s1, "Emoji")
	steps := []func() (bool, error){
		func() (bool, error) { return h.ToggleTag(0, "claim") },
		func() (bool, error) { return h.ToggleTag(0, "quote") },
		func() (bool, error) { return h.SetNote(0, "Price, \"disputed\"\nsecond line") },
		func() (bool, error) { return h.ToggleHighlight(1, k, k+len("Emoji"), "evidence") },
		func() (bool, error) { return h.ToggleHighlight(2, 0, len("東京"), "fact") },
		func() (bool, error) { return h.SetNote(2, "CJK 東京 note") },
		func() (bool, error) { return h.ToggleTag(4, "opinion") },
	}
	for i, step := range steps {
		if ok, err := step(); !ok || err != nil {
			t.Fatalf("step %d: %v %v", i, ok, err)
		}
	}
	return d
}

// fresh returns the same text with no marks.
func fresh(d *model.Document) *model.Document { return model.New(d.Title, d.Text) }

// applyImport resolves anns on d, plans and applies the plan through a
// History, returning the plan.
func applyImport(t testing.TB, d *model.Document, anns []Annotation) Plan {
	t.Helper()
	p := NewPlan(d, Resolve(d, d.TagSet, anns))
	model.NewHistory(d).Apply(p.Change())
	return p
}

// sameMarks fails the test when two documents' marks differ.
func sameMarks(t testing.TB, got, want *model.Document) {
	t.Helper()
	if len(got.Marks) != len(want.Marks) {
		t.Fatalf("got %d marks, want %d", len(got.Marks), len(want.Marks))
	}
	for i := range want.Marks {
		if !got.Marks[i].Equal(want.Marks[i]) {
			t.Errorf("sentence %d: got %+v, want %+v", i, got.Marks[i], want.Marks[i])
		}
	}
}

// wantError fails the test unless err is an *Error whose text contains want.
func wantError(t testing.TB, err error, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want one containing %q", want)
	}
	if _, ok := err.(*Error); !ok {
		t.Errorf("error %T is not *formats.Error: %v", err, err)
	}
	if !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not contain %q", err.Error(), want)
	}
}
