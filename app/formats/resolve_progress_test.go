package formats

import (
	"fmt"
	"strings"
	"testing"

	"annotator/app/model"
)

// TestResolveReportsProgress: placing a large valid import (20,000
// annotations, one per sentence, as a W3C file of this app gives them)
// was one step with no Progress call, so the page could not paint while
// it ran. Resolve and NewPlan now report at least once every
// progressEvery annotations, never going back, and the result is the same.
func TestResolveReportsProgress(t *testing.T) {
	const n = 20_000
	var text strings.Builder
	for i := range n {
		fmt.Fprintf(&text, "Line %d of the text. ", i)
	}
	d := model.New("Large", text.String())
	if len(d.Sentences) != n {
		t.Fatalf("the splitter gives %d sentences, want %d", len(d.Sentences), n)
	}
	x := newRuneIndex(d.Text)
	anns := make([]Annotation, n)
	for i, s := range d.Sentences {
		anns[i] = Annotation{Place: fmt.Sprintf("items[%d]", i), Quote: Quote{Exact: d.SentenceText(i)},
			Position: &Position{Start: x.cpOf(s.Start), End: x.cpOf(s.Start) + len([]rune(d.SentenceText(i)))},
			Tags:     []TagRef{{ID: "claim"}}, Note: "n"}
	}
	var l progressLog
	var p Plan
	l.run(func() { p = NewPlan(d, Resolve(d, d.TagSet, anns)) })
	if p.Added != n || len(p.Unplaced) != 0 {
		t.Fatalf("%d added, %d not placed (%v)", p.Added, len(p.Unplaced), p.Unplaced[:min(1, len(p.Unplaced))])
	}
	if want := 2 * (n/progressEvery - 1); l.calls < want {
		t.Errorf("%d progress calls for %d annotations, want at least %d (every %d, in Resolve and in NewPlan)", l.calls, n, want, progressEvery)
	}
	if l.backwards > 1 || l.wrongTotal > 0 { // NewPlan starts again from 0 after Resolve, as its own step
		t.Errorf("progress went back %d times, had another total %d times", l.backwards, l.wrongTotal)
	}
}
