package formats

import (
	"testing"

	"annotator/app/model"
)

// TestExtendTagSetIsBounded is the tag-merging part of finding 8 of issue
// 19: 4,000 unknown names sharing one id made ExtendTagSet cubic. Its work
// now stops past model.MaxTags, whatever the number of names (allocations
// counted, not time).
func TestExtendTagSetIsBounded(t *testing.T) {
	var unknown []UnknownTag
	for _, name := range manyTagNames(4000) {
		unknown = append(unknown, UnknownTag{Name: name, Uses: 1})
	}
	var ts model.TagSet
	allocs := testing.AllocsPerRun(3, func() { ts = ExtendTagSet(model.NewsAnalysis(), unknown) })
	if len(ts.Tags) != model.MaxTags+1 {
		t.Errorf("%d tags, want the work to stop at %d", len(ts.Tags), model.MaxTags+1)
	}
	few := testing.AllocsPerRun(3, func() { ExtendTagSet(model.NewsAnalysis(), unknown[:40]) })
	if allocs > few*1.5 {
		t.Errorf("%.0f allocations for 4,000 names, %.0f for 40: the work grows with the names", allocs, few)
	}
}
