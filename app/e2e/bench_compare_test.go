package e2e

import (
	"context"
	"fmt"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"
)

// comparison is the pages the app's keystrokes are measured against: the
// floor page, and the Recogito peer page when the pinned package is
// installed (pctx nil otherwise); each in a browser of its own, each
// served from an origin of its own.
type comparison struct {
	fsrv, psrv *httptest.Server
	fctx, pctx context.Context
	peerDOM    []float64 // per key line, when the peer's DOM changed (median, ms)
}

// peerNote says, under the table, what the Recogito columns measure.
var peerNote = "Recogito: @recogito/text-annotator " + recogitoVersion + " from npm (its self-contained UMD bundle: " +
	"the package's ES module imports nine packages by bare name, one of them CommonJS, so it needs a bundler), " +
	"on the floor page's article as plain text (the same chunks, paragraphs and stylesheet, so content-visibility: auto " +
	"per chunk of ~100 sentences), default SPANS renderer " +
	"(highlights drawn as spans in a layer over the text); each tag of a sentence is one annotation with a " +
	"tagging body, coloured by tag; the current sentence is one more annotation, \"cursor\", underlined. " +
	"Key 1: addAnnotation or removeAnnotation of the first tag on the current sentence; " +
	"j/k: updateAnnotation moves the cursor annotation's target to the next sentence, which is scrolled into " +
	"view as on the floor page. Recogito has no current sentence and no tag labels after a sentence (the " +
	"floor's marks): its figure is the time until its highlight layer shows the change, painted."

// newComparison starts the floor page's browser and server, and the
// peer's when Recogito is installed (the table says why when it is not).
func newComparison(b *testing.B, s *summary, docs []benchDoc) *comparison {
	c := &comparison{fsrv: newFloorServer(b, docs), fctx: newBrowser(b)}
	dist, err := recogitoDist()
	if err != nil {
		s.footnote("Recogito columns not measured: " + err.Error())
		return c
	}
	c.psrv = newPeerServer(b, docs, dist)
	c.pctx = newBrowser(b)
	s.footnote(peerNote)
	return c
}

// keysOn measures the tag toggle and the cursor move on bd, open in the
// app's tab, on the floor page of bd and on its peer page, which it opens
// in their browsers; after each run it checks that Recogito's
// annotations say what the keys did.
func keysOn(b *testing.B, s *summary, ctx context.Context, c *comparison, bd benchDoc) {
	open(b, c.fctx, floorURL(c.fsrv, bd))
	if c.pctx != nil {
		open(b, c.pctx, peerURL(c.psrv, bd))
	}
	time.Sleep(time.Second) // fresh pages: let start-up work end first
	n := len(bd.doc.Sentences)
	pages := []*keyPage{newKeyPage(b, ctx, n), newKeyPage(b, c.fctx, n)}
	var peer *keyPage
	if c.pctx != nil {
		peer = newPeerPage(b, c.pctx, bd)
		pages = append(pages, peer)
	}
	name := strings.ReplaceAll(bd.name, ",", "")
	for _, act := range []string{"toggle", "move"} {
		var before []string
		if peer != nil {
			before = readPeer(b, c.pctx, peer.cur).Tags
		}
		runs := measure(b, act, keyCount, pages...)
		key := "keys/" + act + "/" + bd.name
		runs[0].record(s, key, colApp)
		runs[1].record(s, key, colFloor)
		b.ReportMetric(p95(runs[0].paint), fmt.Sprintf("%s-%s-p95-ms", act, name))
		b.ReportMetric(p95(runs[1].paint), fmt.Sprintf("floor-%s-%s-p95-ms", act, name))
		if peer != nil {
			checkPeer(b, c.pctx, peer, bd, act, keyWarmup+keyCount, before)
			runs[2].record(s, key, colPeer)
			c.peerDOM = append(c.peerDOM, median(runs[2].dom))
			b.ReportMetric(p95(runs[2].paint), fmt.Sprintf("recogito-%s-%s-p95-ms", act, name))
		}
	}
	settleOn(b, s, ctx, bd)
}

// finish records the other pages' JS heaps on the largest document (the
// one open last) and when the peer's DOM changed.
func (c *comparison) finish(b *testing.B, s *summary, big benchDoc) {
	s.setFloor("mem/heap/"+big.name, measureMemory(b, c.fctx).heap, nan)
	if c.pctx == nil {
		return
	}
	s.setPeer("mem/heap/"+big.name, measureMemory(b, c.pctx).heap, nan)
	if len(c.peerDOM) > 0 {
		s.footnote(fmt.Sprintf("Recogito redraws its highlight layer in the animation frame after a 10 ms debounce "+
			"(its base renderer), so its DOM changed %s–%s after the key (medians per line); the floor page changes it in the key's own handler.", fmtMs(slices.Min(c.peerDOM)), fmtMs(slices.Max(c.peerDOM))))
	}
}
