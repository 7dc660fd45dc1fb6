package markup

import (
	"strings"
	"testing"

	"annotator/app/model"
)

// TestBufferWritesAsBuilder: a Buffer receives the same markup as a
// strings.Builder, and once it has grown a second run of the same chunks
// allocates nothing for a plain sentence (at most once for each of the
// three annotated ones).
func TestBufferWritesAsBuilder(t *testing.T) {
	d := model.New("T", strings.Repeat("A <b> & \"c\" sentence here. Another one follows!\n\n", 300))
	d.Marks[3].Tags = []string{d.TagSet.Tags[0].ID}
	d.Marks[4].Note = "a note"
	d.Marks[5].Highlights = []model.Highlight{{Start: 2, End: 5, Tag: d.TagSet.Tags[1].ID}}
	var sb strings.Builder
	var buf Buffer
	for _, r := range Bounds(d) {
		Chunk(&sb, d, r[0], r[1], 3, Span{}, nil)
		Chunk(&buf, d, r[0], r[1], 3, Span{}, nil)
	}
	if buf.View() != sb.String() {
		t.Fatalf("Buffer and strings.Builder differ:\n%.200s\n%.200s", buf.View(), sb.String())
	}
	bounds := Bounds(d)
	allocs := testing.AllocsPerRun(10, func() {
		buf.Reset()
		for _, r := range bounds {
			Chunk(&buf, d, r[0], r[1], -1, Span{}, nil)
		}
	})
	if allocs > 3 {
		t.Errorf("a run into a grown Buffer allocated %.0f times, want at most 3", allocs)
	}
	buf.Reset()
	if buf.Len() != 0 || buf.View() != "" || buf.Cap() < sb.Len() {
		t.Errorf("after Reset: len %d, view %q, cap %d (want 0, \"\", ≥ %d)", buf.Len(), buf.View(), buf.Cap(), sb.Len())
	}
}
