package e2e

import (
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The peer of the keystroke benchmarks: @recogito/text-annotator, pinned
// (the Makefile's RECOGITO_VERSION installs exactly this version into
// .cache/recogito with npm). Only the benchmark's own server reads it;
// the app never loads it.
const recogitoVersion = "4.1.1"

// recogitoPackage is where `make recogito` installs the package, relative
// to this folder; RECOGITO_DIR names another package folder.
var recogitoPackage = filepath.Join("..", "..", ".cache", "recogito", "node_modules", "@recogito", "text-annotator")

// peerFiles is the peer page: peer/peer.html and peer/peer.js.
//
//go:embed peer
var peerFiles embed.FS

// recogitoDist returns the dist folder of the installed package, or why
// it cannot be used: missing, or not the pinned version.
func recogitoDist() (string, error) {
	dir := os.Getenv("RECOGITO_DIR")
	if dir == "" {
		dir = recogitoPackage
	}
	b, err := os.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil {
		return "", fmt.Errorf("@recogito/text-annotator is not installed (%v): run `make recogito`, which installs it with npm into .cache/recogito, or set RECOGITO_DIR to its package folder", err)
	}
	var pkg struct {
		Name    string `json:"name"`
		Version string `json:"version"`
	}
	if err := json.Unmarshal(b, &pkg); err != nil {
		return "", fmt.Errorf("%s: %v", filepath.Join(dir, "package.json"), err)
	}
	if pkg.Name != "@recogito/text-annotator" || pkg.Version != recogitoVersion {
		return "", fmt.Errorf("%s is %s %s, the bench is pinned to @recogito/text-annotator %s: run `make recogito`", dir, pkg.Name, pkg.Version, recogitoVersion)
	}
	dist := filepath.Join(dir, "dist")
	for _, f := range []string{"text-annotator.umd.js", "text-annotator.css"} {
		if _, err := os.Stat(filepath.Join(dist, f)); err != nil {
			return "", fmt.Errorf("@recogito/text-annotator %s has no dist/%s: %v", recogitoVersion, f, err)
		}
	}
	return dist, nil
}

// newPeerServer serves the peer page on its own origin, as
// newFloorServer serves the floor: /peer.html?doc=NAME, its script, the
// package's bundle and stylesheet under /recogito/, /app.css and
// /doc.json?doc=NAME (the floor page's description of each document).
func newPeerServer(t testing.TB, docs []benchDoc, dist string) *httptest.Server {
	t.Helper()
	mux := benchPageMux(t, peerFiles, "peer", docs)
	mux.Handle("/recogito/", http.StripPrefix("/recogito/", http.FileServer(http.Dir(dist))))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// peerURL is the peer page of a document.
func peerURL(srv *httptest.Server, bd benchDoc) string {
	return srv.URL + "/peer.html?doc=" + url.QueryEscape(bd.name)
}

// peerFrameJS marks, on the peer page, the microtasks that follow a
// requestAnimationFrame callback (window.__benchInFrame), so that the key
// probe times the paint of a change made inside a frame (Recogito draws
// its highlights in one) as the setTimeout(0) after that same frame,
// rather than one frame later. The app and the floor change the DOM in
// the key's own task, where nothing changes.
const peerFrameJS = `(() => {
	if (window.__benchFrames) return true;
	window.__benchFrames = true;
	const raf = window.requestAnimationFrame.bind(window);
	window.requestAnimationFrame = (cb) => raf((t) => {
		window.__benchInFrame = true;
		try { cb(t); } finally { queueMicrotask(() => { window.__benchInFrame = false; }); }
	});
	return true;
})()`

// peerState is what window.__peer.state(i) reports: the sentence under
// the cursor annotation and whether a highlight of it is drawn over that
// sentence, the tag names Recogito holds for sentence i, the annotations
// in its store and the highlight spans drawn.
type peerState struct {
	Cursor      int      `json:"cursor"`
	CursorDrawn bool     `json:"cursorDrawn"`
	Tags        []string `json:"tags"`
	Annotations int      `json:"annotations"`
	Drawn       int      `json:"drawn"`
}

// readPeer reads the peer page's state for sentence i.
func readPeer(b *testing.B, ctx context.Context, i int) peerState {
	b.Helper()
	return eval[peerState](b, ctx, fmt.Sprintf(`window.__peer.state(%d)`, i))
}

// newPeerPage installs the frame marker and the key probe on the peer
// page open in ctx, and checks that Recogito holds every mark of bd as an
// annotation, plus the cursor on sentence 0, and draws some of them.
func newPeerPage(b *testing.B, ctx context.Context, bd benchDoc) *keyPage {
	b.Helper()
	eval[bool](b, ctx, peerFrameJS)
	p := newKeyPage(b, ctx, len(bd.doc.Sentences))
	marks := 0
	for _, m := range bd.doc.Marks {
		marks += len(m.Tags)
	}
	st := readPeer(b, ctx, 0)
	if st.Annotations != marks+1 || st.Cursor != 0 || !st.CursorDrawn || p.cur != 0 {
		b.Fatalf("Recogito peer page, %s: %+v, want %d annotations (the %d marks and the cursor), the cursor on sentence 0 and drawn there", bd.label(), st, marks+1, marks)
	}
	return p
}

// checkPeer checks, after presses presses of act on the peer page, that
// Recogito's annotations say what those keys did: the cursor annotation
// on the page's cursor and drawn over that sentence, and for toggles, the
// first tag on that sentence
// as often toggled as pressed (before: its tags beforehand; unused for
// moves).
func checkPeer(b *testing.B, ctx context.Context, p *keyPage, bd benchDoc, act string, presses int, before []string) {
	b.Helper()
	st := readPeer(b, ctx, p.cur)
	want := slices.Clone(before)
	if act == "toggle" && presses%2 == 1 {
		first := bd.doc.TagSet.Tags[0].Name
		if k := slices.Index(want, first); k >= 0 {
			want = slices.Delete(want, k, k+1)
		} else {
			want = append(want, first)
		}
	}
	slices.Sort(want)
	if st.Cursor != p.cur || !st.CursorDrawn || act == "toggle" && strings.Join(st.Tags, "|") != strings.Join(want, "|") {
		b.Fatalf("Recogito peer page, %s, after %d presses of %s: cursor on %d (drawn there: %v) with tags %q, want %d, drawn, with %q",
			bd.label(), presses, act, st.Cursor, st.CursorDrawn, st.Tags, p.cur, want)
	}
}
