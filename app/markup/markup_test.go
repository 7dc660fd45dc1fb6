package markup

import (
	"regexp"
	"strings"
	"testing"

	"annotator/app/model"
)

// sentenceHTML renders sentence i of d.
func sentenceHTML(d *model.Document, i int, cur bool, sel Span) string {
	var b strings.Builder
	Sentence(&b, d, i, cur, sel, nil)
	return b.String()
}

func TestSentence(t *testing.T) {
	d := model.New("t", "Plain one. Second <b>bold</b> & \"quoted\" 'it'.\n\nThird.")
	d.TagSet = model.TagSet{Tags: []model.Tag{
		{ID: "claim", Name: "Claim <x>", Color: "#0072B2"},
		{ID: "bad", Name: "Bad", Color: "red;background:url(http://evil/)"},
	}}
	d.Marks[1] = model.Mark{Tags: []string{"claim", "gone"}, Note: `a "note" <script>`}
	d.Marks[2] = model.Mark{Tags: []string{"bad"}}
	cases := []struct {
		name string
		i    int
		cur  bool
		want string
	}{
		{"plain", 0, false, `<span class="sw"><span class="s" data-sentence="0">Plain one.</span></span>`},
		{"current", 0, true, `<span class="sw"><span class="s cur" aria-current="true" data-sentence="0">Plain one.</span></span>`},
		{"tags, unknown tag, note, escaping", 1, false, `<span class="sw"><span class="s tagged" data-sentence="1" data-tags="claim gone" style="--tag:#0072B2" data-has-note="true">` +
			`Second &lt;b&gt;bold&lt;/b&gt; &amp; &#34;quoted&#34; &#39;it&#39;.</span><span class="marks">` +
			`<span class="mark" style="background:#0072B2;color:#fff" title="Claim &lt;x&gt;">Claim &lt;x&gt;</span>` +
			`<span class="mark" style="background:#767676;color:#000" title="gone">gone</span>` +
			`<span class="mark note-mark" title="Note: a &#34;note&#34; &lt;script&gt;"><span aria-hidden="true">✎</span><span class="sr-only">has a note</span></span></span></span>`},
		{"unsafe colour becomes grey", 2, false, `<span class="sw"><span class="s tagged" data-sentence="2" data-tags="bad" style="--tag:#767676">Third.</span>` +
			`<span class="marks"><span class="mark" style="background:#767676;color:#000" title="Bad">Bad</span></span></span>`},
	}
	for _, c := range cases {
		if got := sentenceHTML(d, c.i, c.cur, Span{}); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

func TestHighlightsAndSelection(t *testing.T) {
	d := model.New("t", "One two three four.")
	d.TagSet = model.TagSet{Tags: []model.Tag{{ID: "a", Name: "A", Color: "#E69F00"}, {ID: "b", Name: "B", Color: "#009E73"}}}
	d.Marks[0].Highlights = []model.Highlight{{Start: 0, End: 7, Tag: "a"}, {Start: 4, End: 13, Tag: "b"}, {Start: 3, End: 99, Tag: "a"}}
	got := sentenceHTML(d, 0, true, Span{Start: 14, End: 18})
	want := `<span class="sw"><span class="s cur" aria-current="true" data-sentence="0">` +
		`<mark class="hl" data-highlight="a" title="Highlighted: A" style="--tag:#E69F00">One </mark>` +
		`<mark class="hl" data-highlight="a b" title="Highlighted: A, B" style="--tag:#E69F00">two</mark>` +
		`<mark class="hl" data-highlight="b" title="Highlighted: B" style="--tag:#009E73"> three</mark> ` +
		`<mark class="hl sel" data-selection="true">four</mark>.</span>` +
		`</span>`
	if got != want {
		t.Errorf("\n got %s\nwant %s", got, want)
	}
	// The selection only shows on the current sentence.
	if s := sentenceHTML(d, 0, false, Span{Start: 14, End: 18}); strings.Contains(s, "data-selection") {
		t.Errorf("selection on a sentence that is not current: %s", s)
	}
}

func TestTextIsEveryCharacterOfTheSentence(t *testing.T) {
	// Removing the tags and decoding the references gives back the text.
	texts := []string{"a & b < c > d \" e ' f.", "Ünïcödé 😀 &amp; stays literal.", "tab\there.", "nul\x00here."}
	tag := regexp.MustCompile(`<[^>]*>`)
	dec := strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&#34;", `"`, "&#39;", "'")
	for _, s := range texts {
		d := model.New("t", s)
		got := sentenceHTML(d, 0, false, Span{})
		want := strings.ReplaceAll(d.SentenceText(0), "\x00", "\uFFFD")
		if plain := dec.Replace(tag.ReplaceAllString(got, "")); plain != want {
			t.Errorf("text of %q: got %q", s, plain)
		}
		if strings.ContainsAny(tag.ReplaceAllString(got, ""), "<>\"'\x00") {
			t.Errorf("unescaped character in %s", got)
		}
	}
}

func TestChunkParagraphs(t *testing.T) {
	d := model.New("t", "A one. A two.\n\nB one.")
	var b strings.Builder
	Chunk(&b, d, 0, 3, -1, Span{}, nil)
	got := regexp.MustCompile(`<span class="sw">.*?</span></span>`).ReplaceAllString(b.String(), "S")
	if want := `<div class="chunk"><p class="para">S S </p><p class="para">S </p></div>`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	// A chunk that starts inside a paragraph continues it.
	b.Reset()
	Chunk(&b, d, 1, 2, -1, Span{}, nil)
	if !strings.HasPrefix(b.String(), `<div class="chunk"><p class="para cont">`) {
		t.Errorf("continued paragraph: %s", b.String())
	}
}

func TestBounds(t *testing.T) {
	var text strings.Builder
	for p := 0; p < 30; p++ {
		for s := 0; s < 17; s++ {
			text.WriteString("Word word word. ")
		}
		text.WriteString("\n\n")
	}
	d := model.New("t", text.String())
	b := Bounds(d)
	next := 0
	for _, r := range b {
		if r[0] != next || r[1] <= r[0] || r[1]-r[0] > 2*ChunkSize {
			t.Fatalf("bad chunk %v after %d", r, next)
		}
		if r[1] < len(d.Sentences) && !d.ParaStart(r[1]) {
			t.Errorf("chunk %v ends inside a paragraph", r)
		}
		next = r[1]
	}
	if next != len(d.Sentences) {
		t.Errorf("chunks cover %d of %d sentences", next, len(d.Sentences))
	}
	if len(Bounds(model.New("t", ""))) != 0 {
		t.Error("an empty document has chunks")
	}
}

func TestColors(t *testing.T) {
	if TextOn("#0072B2") != "#fff" || TextOn("#F0E442") != "#000" || TextOn("bad") != "#000" {
		t.Error("TextOn picks the wrong contrast colour")
	}
	for _, bad := range []string{"red", "#12345", "#12345g", "#123456;background:url(x)", ""} {
		if SafeColor(bad) != "#767676" {
			t.Errorf("SafeColor(%q) let it through", bad)
		}
	}
	if SafeColor("#E69F00") != "#E69F00" {
		t.Error("SafeColor rejected a valid colour")
	}
}

func BenchmarkChunks20k(b *testing.B) {
	var text strings.Builder
	for p := 0; p < 2000; p++ {
		for s := 0; s < 10; s++ {
			text.WriteString("The quick brown fox jumps over the lazy dog again. ")
		}
		text.WriteString("\n\n")
	}
	d := model.New("t", text.String())
	for i := 0; i < len(d.Marks); i += 10 {
		d.Marks[i].Tags = []string{d.TagSet.Tags[0].ID}
	}
	bounds := Bounds(d)
	b.ResetTimer()
	for b.Loop() {
		var sb strings.Builder
		for _, r := range bounds {
			Chunk(&sb, d, r[0], r[1], 0, Span{}, nil)
		}
		b.SetBytes(int64(sb.Len()))
	}
}

func TestUngradedSentencesAreMarked(t *testing.T) {
	d := model.New("t", "Title\n\nOne sentence. Another one.")
	var b strings.Builder
	Chunk(&b, d, 0, len(d.Sentences), -1, Span{}, func(i int) bool { return i == 0 })
	html := b.String()
	if n := strings.Count(html, `data-graded="false"`); n != 1 {
		t.Fatalf("%d ungraded marks in %s", n, html)
	}
	if !strings.Contains(html, `data-sentence="0" data-graded="false"`) {
		t.Errorf("the title is not the ungraded one: %s", html)
	}
}

func TestHeadingsAreShownAsHeadings(t *testing.T) {
	d := model.New("t", "Chapter 1\n\nIt was a dark night. The rain fell.\n\nChapter 2\n\nMorning came.")
	var b strings.Builder
	Chunk(&b, d, 0, len(d.Sentences), -1, Span{}, nil)
	html := b.String()
	if n := strings.Count(html, `<p class="para heading" role="heading" aria-level="2">`); n != 2 {
		t.Errorf("%d heading paragraphs in %s", n, html)
	}
}
