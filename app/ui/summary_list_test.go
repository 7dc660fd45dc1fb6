package ui

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"annotator/app/model"
)

// tagsIn lists the element names (start and end tags) that html holds.
var tagsIn = regexp.MustCompile(`<(/?[a-zA-Z][a-zA-Z0-9-]*)`)

// TestListEntryHTMLEscapes writes the list entry of a sentence whose text,
// tag name, highlight and note are markup: the entry holds only its own
// li, button and span elements, and the hostile text shows as text.
func TestListEntryHTMLEscapes(t *testing.T) {
	d := model.New("Hostile", `The <b>bold</b> & "quoted" claim. Second sentence.`)
	d.TagSet = model.TagSet{Name: "H", Tags: []model.Tag{
		{ID: "x", Name: `<img src=x onerror="alert(1)">`, Color: "#E69F00"},
		{ID: "y", Name: `Fact' onmouseover='alert(2)`, Color: "#0072B2"},
	}}
	text := d.SentenceText(0)
	start := strings.Index(text, "<b>")
	d.Marks[0] = model.Mark{
		Tags:       []string{"x", "y"},
		Note:       "</li><script>alert(3)</script>\x00",
		Highlights: []model.Highlight{{Start: start, End: start + len("<b>bold</b>"), Tag: "x"}},
	}
	var w htmlw
	listEntryHTML(&w, d, 0, d.Marks[0])
	got := w.String()
	var names []string
	for _, m := range tagsIn.FindAllStringSubmatch(got, -1) {
		names = append(names, m[1])
	}
	slices.Sort(names)
	names = slices.Compact(names)
	if want := []string{"/button", "/li", "/span", "button", "li", "span"}; !slices.Equal(names, want) {
		t.Errorf("entry holds elements %q, want only %q:\n%s", names, want, got)
	}
	for _, want := range []string{
		`data-jump="0"`,
		`&lt;img src=x onerror=&#34;alert(1)&#34;&gt;`,
		`Fact&#39; onmouseover=&#39;alert(2)`,
		`“&lt;b&gt;bold&lt;/b&gt;” &lt;img`,
		`&lt;/li&gt;&lt;script&gt;alert(3)&lt;/script&gt;` + "\uFFFD",
		`The &lt;b&gt;bold&lt;/b&gt; &amp; &#34;quoted&#34; claim.`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("entry lacks %s:\n%s", want, got)
		}
	}
	if strings.ContainsRune(got, 0) {
		t.Error("entry holds a NUL")
	}
}

// TestListEntryHTMLBadHighlight: a highlight outside its sentence (stored
// data is not trusted) writes an empty quote instead of failing.
func TestListEntryHTMLBadHighlight(t *testing.T) {
	d := model.New("Short", "Tiny.")
	m := model.Mark{Highlights: []model.Highlight{{Start: 3, End: 99, Tag: "claim"}}}
	var w htmlw
	listEntryHTML(&w, d, 0, m)
	if !strings.Contains(w.String(), "“”") {
		t.Errorf("entry: %s", w.String())
	}
}

// entries makes list entries of the given sentences, each HTML naming its
// sentence and a version (v).
func entries(v string, is ...int) []listEntry {
	out := make([]listEntry, len(is))
	for k, i := range is {
		out[k] = listEntry{i: i, html: fmt.Sprintf("<li>%d%s</li>", i, v)}
	}
	return out
}

// entryRE finds one entry of entries' HTML.
var entryRE = regexp.MustCompile(`<li>.*?</li>`)

// simulate runs a plan on a list of children given as their HTML.
func simulate(kids []string, ops []listOp) []string {
	kids = slices.Clone(kids)
	for _, op := range ops {
		switch op.kind {
		case opReset:
			kids = entryRE.FindAllString(op.html, -1)
		case opInsert:
			kids = slices.Insert(kids, op.pos, entryRE.FindAllString(op.html, -1)...)
		case opReplace:
			kids[op.pos] = op.html
		case opRemove:
			kids = slices.Delete(kids, op.pos, op.pos+1)
		}
	}
	return kids
}

// TestPlanList: a toggle, a note, an undo or the list cap change one or two
// entries, and the plan touches only those; a filter that changes most of
// the list rewrites it in one step. Every plan leaves the list showing
// exactly the new entries.
func TestPlanList(t *testing.T) {
	many := make([]int, 200)
	for k := range many {
		many[k] = 10*k + 5
	}
	capped := append([]int{0}, many[:199]...) // a new first entry pushes the last one out
	for _, c := range []struct {
		name      string
		old, next []listEntry
		steps     int
		kinds     []listOpKind
	}{
		{"first fill", nil, entries("", 1, 2, 3), 1, []listOpKind{opInsert}},
		{"unchanged", entries("", many...), entries("", many...), 0, nil},
		{"tag added in the middle", entries("", 1, 5, 9), entries("", 1, 4, 5, 9), 1, []listOpKind{opInsert}},
		{"tag removed", entries("", 1, 4, 5, 9), entries("", 1, 5, 9), 1, []listOpKind{opRemove}},
		{"note changed", entries("", many...), append(entries("", many[:100]...), append(entries("b", many[100]), entries("", many[101:]...)...)...), 1, []listOpKind{opReplace}},
		{"added at the end", entries("", 1, 2), entries("", 1, 2, 3, 4), 1, []listOpKind{opInsert}},
		{"cap pushes the last out", entries("", many...), entries("", capped...), 2, []listOpKind{opInsert, opRemove}},
		{"filter narrows to one", entries("", many...), entries("", many[7]), 1, []listOpKind{opReset}},
		{"filter cleared", entries("", many[7]), entries("", many...), 1, []listOpKind{opReset}},
		{"language switch", entries("", many...), entries("x", many...), 1, []listOpKind{opReset}},
		{"to empty", entries("", 1, 2), nil, 2, []listOpKind{opRemove, opRemove}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ops := planList(c.old, c.next)
			var kinds []listOpKind
			for _, op := range ops {
				kinds = append(kinds, op.kind)
			}
			if len(ops) != c.steps || !slices.Equal(kinds, c.kinds) {
				t.Errorf("plan has %d steps %v, want %d %v", len(ops), kinds, c.steps, c.kinds)
			}
			var want []string
			for _, e := range c.next {
				want = append(want, e.html)
			}
			var old []string
			for _, e := range c.old {
				old = append(old, e.html)
			}
			if got := simulate(old, ops); !slices.Equal(got, want) {
				t.Errorf("after the plan the list shows %d entries %.200q, want %d", len(got), got, len(want))
			}
		})
	}
}
