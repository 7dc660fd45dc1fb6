package e2e

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"

	"annotator/app/model"
	"annotator/app/textin"
)

// bookDir holds the same public-domain book in each format (see its README).
const bookDir = "../textin/testdata/pride"

// dropBytes drops a file with the given bytes on the page, as a user's drag
// and drop does.
func dropBytes(t *testing.T, ctx context.Context, name string, data []byte) {
	t.Helper()
	eval[bool](t, ctx, `(() => { const b = Uint8Array.from(atob(`+jsString(base64.StdEncoding.EncodeToString(data))+`), c => c.charCodeAt(0));
		const dt = new DataTransfer();
		dt.items.add(new File([b], `+jsString(name)+`));
		document.querySelector(".app").dispatchEvent(new DragEvent("drop", {bubbles: true, cancelable: true, dataTransfer: dt}));
		return true; })()`)
}

// expectedSentences is what `split` prints for the file: the same import
// as the browser's Open file, natively.
func expectedSentences(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	in, err := textin.Decode(filepath.Base(path), data)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	d := model.New(in.Title, in.Text)
	out := make([]string, len(d.Sentences))
	for i := range d.Sentences {
		out[i] = d.SentenceText(i)
	}
	return out
}

// TestBooksOpenAsTheCommandLineSplitsThem opens the book as .docx, .epub and
// .pdf, once through the Open file picker and once by drag and drop, and
// checks that the page shows exactly the sentences `split` gives.
func TestBooksOpenAsTheCommandLineSplitsThem(t *testing.T) {
	srv := newServer(t)
	for _, name := range []string{"pride.docx", "pride.epub", "pride.pdf"} {
		for _, how := range []string{"picker", "drop"} {
			t.Run(name+" by "+how, func(t *testing.T) {
				ctx := newBrowser(t)
				path, err := filepath.Abs(filepath.Join(bookDir, name)) // the file picker needs an absolute path
				if err != nil {
					t.Fatal(err)
				}
				want := expectedSentences(t, path)
				open(t, ctx, srv.URL+"/")
				if how == "picker" {
					do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-open-document]`), []string{path}))
				} else {
					data, err := os.ReadFile(path)
					if err != nil {
						t.Fatal(err)
					}
					dropBytes(t, ctx, name, data)
				}
				waitFor(t, ctx, `location.search.includes("doc=") && !!document.querySelector("[data-app-ready]") && document.querySelectorAll("[data-sentence]").length === `+strconv.Itoa(len(want)))
				got := eval[string](t, ctx, `JSON.stringify([...document.querySelectorAll("[data-sentence]")].map(e => e.textContent.trim()))`)
				var sentences []string
				if err := json.Unmarshal([]byte(got), &sentences); err != nil {
					t.Fatal(err)
				}
				for i := range want {
					if sentences[i] != want[i] {
						t.Fatalf("sentence %d in the page: %q; split gives %q", i, sentences[i], want[i])
					}
				}
				if a := eval[string](t, ctx, `document.querySelector('[role="alert"]').textContent`); a != "" {
					t.Errorf("alert: %s", a)
				}
			})
		}
	}
}
