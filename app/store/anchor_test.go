package store

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"annotator/app/model"
)

// annotate returns a document of text with marks set by set, and its
// record.
func annotate(t *testing.T, text string, set func(h *model.History, d *model.Document)) (*model.Document, Record) {
	t.Helper()
	d := model.New("t", text)
	set(model.NewHistory(d), d)
	return d, FromDocument(d, nil, time.Unix(0, 0))
}

// highlight adds a highlight of tag over the first occurrence of word in
// sentence i.
func highlight(t *testing.T, h *model.History, d *model.Document, i int, word, tag string) {
	t.Helper()
	k := strings.Index(d.SentenceText(i), word)
	if k < 0 {
		t.Fatalf("%q is not in sentence %d", word, i)
	}
	if _, err := h.ToggleHighlight(i, k, k+len(word), tag); err != nil {
		t.Fatal(err)
	}
}

// inventory lists every tag, note and highlight text of the marks on d
// and of the orphans, to check that nothing was lost.
func inventory(d *model.Document, orphans []StoredMark) []string {
	var out []string
	add := func(text string, m model.Mark) {
		for _, tag := range m.Tags {
			out = append(out, "tag "+tag)
		}
		if m.Note != "" {
			out = append(out, "note "+m.Note)
		}
		for _, h := range m.Highlights {
			out = append(out, "highlight "+h.Tag+" "+text[h.Start:h.End])
		}
	}
	for i, m := range d.Marks {
		add(d.SentenceText(i), m)
	}
	for _, o := range orphans {
		add(o.Quote, o.Mark)
	}
	slices.Sort(out)
	return out
}

func TestPlaceEditedText(t *testing.T) {
	old, rec := annotate(t, "The council met on Monday. It approved the budget after a long debate. "+
		"Critics called the plan reckless. The mayor disagreed.\n\nA vote follows in May.",
		func(h *model.History, d *model.Document) {
			h.ToggleTag(0, "fact")
			h.ToggleTag(1, "claim")
			h.SetNote(1, "which budget?")
			highlight(t, h, d, 1, "budget", "entity")
			highlight(t, h, d, 1, "long debate", "event")
			h.ToggleTag(2, "opinion")
			h.ToggleTag(3, "quote")
			h.ToggleTag(4, "fact")
		})
	edited := model.New("t", "Breaking: the session ran late. The council met on Monday. "+
		"It approved the revised budget after a short debate. "+
		"Critics called the plan reckless. The mayor disagreed.\n\nA vote follows in May.")
	pl := rec.Place(edited)

	// Tags follow their sentences past the inserted one.
	for i, tag := range map[int]string{1: "fact", 3: "opinion", 4: "quote", 5: "fact"} {
		if !edited.Marks[i].Has(tag) {
			t.Errorf("sentence %d (%q) lacks %q: %+v", i, edited.SentenceText(i), tag, edited.Marks[i])
		}
	}
	// The reworded sentence is re-attached, with its tag, note and the
	// highlight whose text is still there.
	m := edited.Marks[2]
	if !m.Has("claim") || m.Note != "which budget?" {
		t.Errorf("reworded sentence mark = %+v", m)
	}
	if pl.Exact != 4 || pl.Fuzzy != 1 || !slices.Equal(pl.FuzzyAt, []int{2}) || pl.Moved != 5 {
		t.Errorf("placement: exact %d, fuzzy %d at %v, moved %d", pl.Exact, pl.Fuzzy, pl.FuzzyAt, pl.Moved)
	}
	if len(m.Highlights) != 1 || edited.SentenceText(2)[m.Highlights[0].Start:m.Highlights[0].End] != "budget" {
		t.Errorf("highlights = %+v in %q", m.Highlights, edited.SentenceText(2))
	}
	// The highlight of "long debate" (now "short debate") is an orphan copy
	// of the mark with only that highlight.
	if len(pl.Orphans) != 1 {
		t.Fatalf("orphans = %+v", pl.Orphans)
	}
	o := pl.Orphans[0]
	if o.Quote != old.SentenceText(1) || len(o.Tags) != 0 || o.Note != "" || len(o.Highlights) != 1 || o.Highlights[0].Tag != "event" {
		t.Errorf("orphan = %+v", o)
	}
	// Nothing is lost.
	if got, want := inventory(edited, pl.Orphans), inventory(old, nil); !slices.Equal(got, want) {
		t.Errorf("after placing:\n%v\nbefore:\n%v", got, want)
	}
	// ApplyTo gives the same orphans.
	again := model.New("t", edited.Text)
	if orphans := rec.ApplyTo(again); len(orphans) != 1 || !again.Marks[2].Equal(edited.Marks[2]) {
		t.Errorf("ApplyTo: %+v, %+v", orphans, again.Marks[2])
	}
}

func TestPlaceRewrittenSentenceIsOrphan(t *testing.T) {
	old, rec := annotate(t, "Keep me here. Rewrite this sentence entirely please. Keep me too.",
		func(h *model.History, d *model.Document) {
			h.ToggleTag(0, "a")
			h.ToggleTag(1, "b")
			highlight(t, h, d, 1, "entirely", "c")
			h.ToggleTag(2, "d")
		})
	edited := model.New("t", "Keep me here. Something else stands now. Keep me too.")
	pl := rec.Place(edited)
	if pl.Exact != 2 || pl.Fuzzy != 0 || pl.Moved != 0 || len(pl.Orphans) != 1 || pl.Orphans[0].Quote != old.SentenceText(1) {
		t.Errorf("placement = %+v", pl)
	}
	if !edited.Marks[1].Empty() {
		t.Errorf("the new sentence got a mark: %+v", edited.Marks[1])
	}
	if got, want := inventory(edited, pl.Orphans), inventory(old, nil); !slices.Equal(got, want) {
		t.Errorf("after placing:\n%v\nbefore:\n%v", got, want)
	}
}

func TestPlaceDuplicateSentences(t *testing.T) {
	text := "Is it true? Yes. Is it fair? Yes. Is it legal? Yes."
	_, rec := annotate(t, text, func(h *model.History, d *model.Document) {
		h.ToggleTag(3, "fair")
		h.ToggleTag(5, "legal")
	})
	edited := model.New("t", "Is it new? Yes. "+text)
	rec.Place(edited)
	if !edited.Marks[5].Has("fair") || !edited.Marks[7].Has("legal") || edited.Annotated() != 2 {
		t.Errorf("marks = %+v", edited.Marks)
	}
	// Records written before prefix and suffix existed place equal
	// sentences by index, shifted like their neighbours.
	for i := range rec.Marks {
		rec.Marks[i].Prefix, rec.Marks[i].Suffix = "", ""
	}
	_, withAnchor := annotate(t, text, func(h *model.History, d *model.Document) { h.ToggleTag(0, "q") })
	rec.Marks = append(withAnchor.Marks, rec.Marks...)
	edited = model.New("t", "Is it new? Yes. "+text)
	rec.Place(edited)
	if !edited.Marks[2].Has("q") || !edited.Marks[5].Has("fair") || !edited.Marks[7].Has("legal") {
		t.Errorf("marks without context = %+v", edited.Marks)
	}
}

func TestFromDocumentContext(t *testing.T) {
	long := strings.Repeat("É", 40)
	d := model.New("t", "First one. "+long+" ends here.\n\nLast “one”.")
	for i := range d.Marks {
		model.NewHistory(d).ToggleTag(i, "x")
	}
	rec := FromDocument(d, nil, time.Unix(0, 0))
	if len(rec.Marks) != 3 {
		t.Fatalf("marks = %+v", rec.Marks)
	}
	want := []struct{ prefix, suffix string }{
		{"", " " + long[:2*31]},
		{"First one. ", "\n\nLast “one”."},
		{strings.Repeat("É", 19) + " ends here.\n\n", ""},
	}
	for i, w := range want {
		if got := rec.Marks[i]; got.Prefix != w.prefix || got.Suffix != w.suffix {
			t.Errorf("mark %d: prefix %q suffix %q, want %q %q", i, got.Prefix, got.Suffix, w.prefix, w.suffix)
		}
	}
	// They survive a save and load; empty ones are not written.
	repo := Repo{KV: &MapKV{}}
	if err := repo.Save(rec); err != nil {
		t.Fatal(err)
	}
	back, err := repo.Load(d.ID)
	if err != nil || !slices.EqualFunc(back.Marks, rec.Marks, func(a, b StoredMark) bool {
		return a.Prefix == b.Prefix && a.Suffix == b.Suffix && a.Quote == b.Quote
	}) {
		t.Errorf("loaded %+v, %v", back, err)
	}
	raw, _ := json.Marshal(rec.Marks[0])
	if strings.Contains(string(raw), `"prefix"`) || !strings.Contains(string(raw), `"suffix"`) {
		t.Errorf("JSON of the first mark: %s", raw)
	}
}

func TestMoveHighlights(t *testing.T) {
	quote := "The cat sat on the mat near the cat."
	h := func(word string, nth int, tag string) model.Highlight {
		k := -1
		for ; nth >= 0; nth-- {
			k += 1 + strings.Index(quote[k+1:], word)
		}
		return model.Highlight{Start: k, End: k + len(word), Tag: tag}
	}
	cases := []struct {
		name       string
		now        string
		hs         []model.Highlight
		kept, lost []model.Highlight
	}{
		{"shifted", "Today the cat sat on the mat near the cat.",
			[]model.Highlight{h("mat", 0, "a")}, []model.Highlight{{Start: 25, End: 28, Tag: "a"}}, nil},
		{"nearest occurrence", "A cat sat on the mat near the cat.",
			[]model.Highlight{h("cat", 1, "a"), h("cat", 0, "b")},
			[]model.Highlight{{Start: 2, End: 5, Tag: "b"}, {Start: 30, End: 33, Tag: "a"}}, nil},
		{"gone", "The dog sat on the rug.",
			[]model.Highlight{h("sat", 0, "a"), h("mat", 0, "b")},
			[]model.Highlight{{Start: 8, End: 11, Tag: "a"}}, []model.Highlight{h("mat", 0, "b")}},
		{"offsets outside the quote", quote,
			[]model.Highlight{{Start: 30, End: 90, Tag: "a"}, {Start: 5, End: 5, Tag: "b"}},
			nil, []model.Highlight{{Start: 30, End: 90, Tag: "a"}, {Start: 5, End: 5, Tag: "b"}}},
	}
	for _, c := range cases {
		kept, lost := moveHighlights(quote, c.now, c.hs)
		if !slices.Equal(kept, c.kept) || !slices.Equal(lost, c.lost) {
			t.Errorf("%s: kept %+v lost %+v, want %+v and %+v", c.name, kept, lost, c.kept, c.lost)
		}
	}
}

func TestPlaceHighlightOnlyMarkStaysWhole(t *testing.T) {
	old, rec := annotate(t, "Alpha beta gamma delta epsilon. Next one here.", func(h *model.History, d *model.Document) {
		highlight(t, h, d, 0, "gamma", "x")
	})
	edited := model.New("t", "Alpha beta gamme delta epsilon. Next one here.")
	pl := rec.Place(edited)
	if pl.Fuzzy != 0 || pl.Moved != 0 || len(pl.Orphans) != 1 || !pl.Orphans[0].Mark.Equal(rec.Marks[0].Mark) || edited.Annotated() != 0 {
		t.Errorf("placement = %+v, marks %+v", pl, edited.Marks)
	}
	if got, want := inventory(edited, pl.Orphans), inventory(old, nil); !slices.Equal(got, want) {
		t.Errorf("after placing:\n%v\nbefore:\n%v", got, want)
	}
}
