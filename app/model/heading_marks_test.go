package model

import (
	"slices"
	"strings"
	"testing"
)

func TestMarkHeadings(t *testing.T) {
	const text = "Chapter 1\n\nIt was dark. It rained.\n\nChapter 2. The Morning. Light\n\nIt was light."
	two := strings.Index(text, "Chapter 2")
	cases := []struct {
		name    string
		offsets []int
		want    []bool // nil: Heading stays unknown
	}{
		{"no offsets: unknown", nil, nil},
		{"offsets outside the text: unknown", []int{-1, len(text)}, nil},
		{"a heading line", []int{0}, []bool{true, false, false, false, false, false, false}},
		{"every sentence that starts in the line", []int{0, two}, []bool{true, false, false, true, true, true, false}},
		{"unsorted and twice", []int{two, 0, two}, []bool{true, false, false, true, true, true, false}},
		{"an offset inside a line covers the rest of it", []int{two + 11}, []bool{false, false, false, false, true, true, false}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := New("", text)
			if len(d.Sentences) != 7 {
				t.Fatalf("the splitter gives %d sentences, the test expects 7", len(d.Sentences))
			}
			d.MarkHeadings(c.offsets)
			if !slices.Equal(d.Heading, c.want) || (d.Heading == nil) != (c.want == nil) {
				t.Fatalf("Heading = %v, want %v", d.Heading, c.want)
			}
			for i := range d.Sentences {
				if c.want != nil && d.IsHeading(i) != c.want[i] {
					t.Errorf("IsHeading(%d) = %v, want %v", i, d.IsHeading(i), c.want[i])
				}
			}
		})
	}
}

func TestIsHeadingAnswersFromHeading(t *testing.T) {
	// By shape "The Storm" is a heading and "It was dark." is not; marked
	// headings say otherwise and win.
	d := New("", "The Storm\n\nIt was dark.")
	if !d.IsHeading(0) || d.IsHeading(1) {
		t.Fatal("the heuristic changed; pick another text")
	}
	d.MarkHeadings([]int{strings.Index(d.Text, "It")})
	if d.IsHeading(0) || !d.IsHeading(1) || d.IsHeading(2) || d.IsHeading(-1) {
		t.Errorf("IsHeading does not answer from Heading: %v", d.Heading)
	}
	d.Heading = d.Heading[:1] // shorter than the sentences: the rest are not headings
	if d.IsHeading(1) {
		t.Error("a sentence past the end of Heading is a heading")
	}
}

func TestHeadingOffsets(t *testing.T) {
	const text = "Chapter 1\n\nIt was dark.\n\n  Chapter 2. The Morning.\n\nText."
	d := New("", text)
	if got := d.HeadingOffsets(); got != nil {
		t.Errorf("offsets %v of a document without known headings", got)
	}
	two := strings.Index(text, "  Chapter 2")
	d.MarkHeadings([]int{0, two})
	if got := d.HeadingOffsets(); !slices.Equal(got, []int{0, two}) {
		t.Errorf("HeadingOffsets = %v, want [0 %d]", got, two)
	}
	again := New("", text)
	again.MarkHeadings(d.HeadingOffsets())
	if !slices.Equal(again.Heading, d.Heading) {
		t.Errorf("round trip: %v, want %v", again.Heading, d.Heading)
	}
}
