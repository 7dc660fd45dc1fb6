package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"annotator/app/formats"
	"annotator/app/model"
)

// TestLargeBackupImportShowsProgress is the open part of issue #19's
// "decoding a large import never blocks the main thread and shows
// progress" for a valid backup: ten documents of 5,000 sentences (1,250
// of them tagged) were decoded by whole-file json passes with no chance
// for the page to paint. The page now shows at least two progress texts
// while it reads the file, the preview names each document with its
// annotated sentences, and after Cancel the keys work. The longest
// main-thread task is logged, not asserted (the machine is shared).
func TestLargeBackupImportShowsProgress(t *testing.T) {
	const docs, sentences, marked = 10, 5_000, 1_250
	var bds []formats.BackupDocument
	for k := range docs {
		var text strings.Builder
		for i := range sentences {
			fmt.Fprintf(&text, "Book %d, line %d is here. ", k, i)
		}
		d := model.New(fmt.Sprintf("Large book %d", k), text.String())
		if len(d.Sentences) != sentences {
			t.Fatalf("the splitter gives %d sentences, want %d", len(d.Sentences), sentences)
		}
		for i := 0; i < sentences; i += sentences / marked {
			d.Marks[i].Tags = []string{"claim"}
			d.Marks[i].Note = fmt.Sprintf("note %d", i)
		}
		bds = append(bds, formats.NewBackupDocument(d, formats.Options{Modified: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}))
	}
	raw, err := formats.EncodeBackup(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), bds...)
	if err != nil {
		t.Fatal(err)
	}
	const name = "large-library.annotator-backup.json"
	path := writeFile(t, name, raw)
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	eval[bool](t, ctx, watchImportProgressJS)
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-import]`), []string{path}))
	waitLong(t, ctx, `!!document.querySelector('[data-dialog="import"] [data-import-apply]')`, 4*time.Minute)
	seen := eval[[]string](t, ctx, `window.__progress`)
	if len(seen) < 2 {
		t.Fatalf("progress shown %d times (%q): the decoding never let the page paint", len(seen), seen)
	}
	t.Logf("%d MB backup: %d progress texts, from %q to %q; longest main-thread task %.0f ms (a figure, not an assertion)",
		len(raw)>>20, len(seen), seen[0], seen[len(seen)-1], eval[float64](t, ctx, `window.__longest`))
	for _, s := range seen {
		if !strings.HasPrefix(s, "Reading "+name+"… ") || !strings.HasSuffix(s, " %") {
			t.Errorf("progress line %q", s)
		}
	}
	preview := eval[string](t, ctx, `document.querySelector('[data-dialog="import"]').textContent`)
	for k := range docs {
		want := fmt.Sprintf("Add “Large book %d” to the library, with %d annotated sentences.", k, marked)
		if !strings.Contains(preview, want) {
			t.Errorf("the preview lacks %q: %q", want, preview[:min(len(preview), 600)])
		}
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("[data-import-progress]").length`); n != 0 {
		t.Errorf("%d progress lines left on the page", n)
	}
	eval[bool](t, ctx, `(document.querySelector('[data-dialog="import"] [data-import-cancel]').click(), true)`)
	waitFor(t, ctx, `!document.querySelector('[data-dialog="import"]')`)
	answersKeys(t, ctx)
}
