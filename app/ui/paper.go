package ui

import (
	"slices"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/markup"
	"annotator/app/model"
	"annotator/app/session"
)

// paper keeps the article's sentences in the DOM itself, outside go-app's
// virtual DOM: go-app renders an empty <article id="article"> (so its diff
// never touches what is inside), and paper fills it with markup's HTML,
// one chunk per innerHTML, and repaints a changed sentence with one
// outerHTML. A key's repaint therefore happens inside the key's own event
// handler, without waiting for go-app's frame timer, and a book's DOM is
// parsed by the browser instead of built one syscall/js call per node.
type paper struct {
	doc    *model.Document
	bounds [][2]int
	el     app.Value    // the article element filled so far (undefined before the first paint)
	built  int          // chunks in the DOM, in order
	want   int          // chunks that must be built at the next paint
	dirty  []int        // sentences to repaint
	all    bool         // rebuild every built chunk (tag set changed)
	cur    int          // the current sentence as last painted
	sel    session.Span // its pending selection
	scroll int          // a sentence to bring into view at the next paint, or -1
	// ungraded, when not nil, names the sentences an exercise does not grade.
	ungraded markup.Ungraded
	timer    bool          // a timer is adding the remaining chunks
	buf      markup.Buffer // html's buffer, used again for each run of chunks
	done     bool          // another document replaced this one
}

// Building a long document: firstChunks go into the DOM at once (a few
// screens), then growChunks per task until the document is complete.
const (
	firstChunks = 3
	growChunks  = 25
)

// newPaper prepares the article of d; nothing is in the DOM until paint.
func newPaper(d *model.Document) *paper {
	b := markup.Bounds(d)
	return &paper{doc: d, bounds: b, el: app.Undefined(), want: min(len(b), firstChunks), scroll: -1}
}

// stop ends the growth of a document another one replaced.
func (p *paper) stop() { p.done = true }

// chunkOf returns the chunk that holds sentence i.
func (p *paper) chunkOf(i int) int {
	return sort.Search(len(p.bounds), func(k int) bool { return p.bounds[k][1] > i })
}

// touch marks sentence i for repainting (once, however often it is touched).
func (p *paper) touch(i int) {
	if !slices.Contains(p.dirty, i) {
		p.dirty = append(p.dirty, i)
	}
}

// touchAll marks every sentence for repainting.
func (p *paper) touchAll() { p.all = true }

// reveal makes sure that the chunk holding sentence i is in the DOM after
// the next paint.
func (p *paper) reveal(i int) { p.want = max(p.want, min(p.chunkOf(i)+1, len(p.bounds))) }

// scrollTo brings sentence i into view at the next paint.
func (p *paper) scrollTo(i int) {
	p.reveal(i)
	p.scroll = i
}

// complete reports whether every sentence is in the DOM.
func (p *paper) complete() bool { return p.built == len(p.bounds) }

// paint brings the article inside root (the Reader's element) up to date
// with the document, cur being the current sentence and sel its selection.
func (p *paper) paint(root app.Value, cur int, sel session.Span) {
	if p.done || root.IsUndefined() || root.IsNull() {
		return
	}
	p.cur, p.sel = cur, sel
	if !p.el.IsUndefined() {
		if n := dom().Call("chunks", p.el).Int(); n < 0 {
			p.el = app.Undefined() // go-app rebuilt the page: find the new article
		} else if n != p.built {
			p.built, p.all = 0, false // someone else changed it: start again
			p.el.Set("innerHTML", "")
		}
	}
	if p.el.IsUndefined() {
		el := root.Call("querySelector", "#article")
		if el.IsNull() || el.IsUndefined() {
			return
		}
		// A new article element (first paint, or go-app rebuilt the page).
		p.el, p.built, p.all = el, 0, false
		el.Set("innerHTML", "")
	}
	if p.all {
		p.all, p.dirty = false, p.dirty[:0]
		p.el.Set("innerHTML", "")
		p.insert(0, p.built)
	}
	if p.want > p.built {
		p.add(p.want)
	}
	for _, i := range p.dirty {
		p.repaint(i)
	}
	p.dirty = p.dirty[:0]
	if !p.complete() && !p.timer {
		p.timer = true
		later(p.grow)
	}
}

// scrollNow brings the sentence scrollTo named into view. Scrolling lays
// the page out at once: the Reader calls it after its other changes to
// the page, so that one layout takes them all and the frame has little
// left to lay out.
func (p *paper) scrollNow() {
	if i := p.scroll; i >= 0 && !p.done && !p.el.IsUndefined() {
		p.scroll = -1
		if k, ok := p.builtChunk(i); ok {
			dom().Call("scroll", p.el, k, i)
		}
	}
}

// grow adds the next chunks, one task at a time, until the document is
// complete.
func (p *paper) grow() {
	p.timer = false
	if p.done || p.complete() || p.el.IsUndefined() || !p.el.Get("isConnected").Bool() {
		return
	}
	p.add(min(len(p.bounds), p.built+growChunks))
	if !p.complete() {
		p.timer = true
		later(p.grow)
	}
}

// add appends chunks until n are in the DOM.
func (p *paper) add(n int) {
	if n <= p.built {
		return
	}
	p.insert(p.built, n)
	p.built = n
	p.want = max(p.want, n)
}

// pieceBytes is about the most markup the article's buffer holds: a run
// of chunks goes to the browser in pieces of about this size, so that
// the buffer stays small (a run of 25 chunks of a book was 0.5 MB, which
// grew the page's WebAssembly memory, which never shrinks, for good).
const pieceBytes = 64 << 10

// insert appends the markup of chunks [from, to) to the article, a piece
// of whole chunks at a time.
func (p *paper) insert(from, to int) {
	for from < to {
		end, size := from+1, p.chunkSize(from)
		for end < to && size+p.chunkSize(end) <= pieceBytes {
			size += p.chunkSize(end)
			end++
		}
		p.el.Call("insertAdjacentHTML", "beforeend", p.html(from, end))
		from = end
	}
}

// chunkSize is htmlSize of chunk k.
func (p *paper) chunkSize(k int) int { return htmlSize(p.doc, p.bounds[k][0], p.bounds[k][1], 1) }

// html returns the markup of chunks [from, to).
// The string shares p.buf: hand it to the browser at once (a book's runs
// then reuse one buffer instead of each leaving its markup as garbage).
func (p *paper) html(from, to int) string {
	p.buf.Reset()
	if from < to {
		p.buf.Grow(htmlSize(p.doc, p.bounds[from][0], p.bounds[to-1][1], to-from))
	}
	for _, r := range p.bounds[from:to] {
		markup.Chunk(&p.buf, p.doc, r[0], r[1], p.cur, markupSpan(p.sel), p.ungraded)
	}
	s := p.buf.View()
	if p.buf.Cap() > 2*pieceBytes || to == len(p.bounds) {
		p.buf = markup.Buffer{} // a chunk larger than a piece, or the last run: keep no copy
	}
	return s
}

// htmlSize estimates, from above for most documents, the bytes of the
// markup of sentences [from, to) in chunks chunks: the builder then
// allocates once instead of growing through a dozen copies (several
// times the result, kept for good as WebAssembly memory).
func htmlSize(d *model.Document, from, to, chunks int) int {
	if from >= to {
		return 0
	}
	n := d.Sentences[to-1].End - d.Sentences[from].Start + 96*(to-from) + 32*chunks
	for _, m := range d.Marks[from:to] {
		if len(m.Tags) > 0 || m.Note != "" || len(m.Highlights) > 0 {
			n += 160 + 192*len(m.Tags) + 2*len(m.Note) + 128*len(m.Highlights)
		}
	}
	return n
}

// builtChunk returns the chunk that holds sentence i, and whether it is
// in the DOM.
func (p *paper) builtChunk(i int) (int, bool) {
	k := p.chunkOf(i)
	return k, k < p.built && !p.el.IsUndefined()
}

// repaint replaces sentence i's wrapper with its current markup.
func (p *paper) repaint(i int) {
	if i < 0 || i >= len(p.doc.Sentences) {
		return
	}
	k, ok := p.builtChunk(i)
	if !ok {
		return
	}
	sel := markup.Span{}
	if i == p.cur {
		sel = markupSpan(p.sel)
	}
	var b strings.Builder
	markup.Sentence(&b, p.doc, i, i == p.cur, sel, p.ungraded)
	dom().Call("repaint", p.el, k, i, b.String())
}

// markupSpan is a selection as markup writes it.
func markupSpan(s session.Span) markup.Span { return markup.Span{Start: s.Start, End: s.End} }

// later runs f once in a task of its own, after the browser has had the
// chance to paint and handle input.
func later(f func()) {
	var fn app.Func
	fn = app.FuncOf(func(app.Value, []app.Value) any {
		fn.Release()
		f()
		return nil
	})
	app.Window().Call("setTimeout", fn, 0)
}
