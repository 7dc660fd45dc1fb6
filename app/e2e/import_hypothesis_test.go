package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHypothesisExportsImport: Hypothesis's API search answer and its
// client's "Export annotations" file import into the article: tags by
// name, the comment as the note.
func TestHypothesisExportsImport(t *testing.T) {
	srv := newServer(t)
	probe := newBrowser(t)
	open(t, probe, srv.URL+"/")
	sentence := eval[string](t, probe, `document.querySelector('[data-sentence="2"]').textContent.trim()`)
	const uri = "https://example.org/article.html"
	row := map[string]any{
		"id": "h1", "created": "2026-03-01T09:00:00.000000+00:00", "updated": "2026-03-02T10:30:00.000000+00:00",
		"user": "acct:teacher@hypothes.is", "uri": uri, "text": "Where is the source?", "tags": []string{"Evidence", "Needs source"},
		"group": "__world__", "permissions": map[string]any{"read": []string{"group:__world__"}},
		"target": []any{map[string]any{"source": uri, "selector": []any{
			map[string]any{"type": "RangeSelector", "startContainer": "/p[3]", "startOffset": 0, "endContainer": "/p[3]", "endOffset": 10},
			map[string]any{"type": "TextPositionSelector", "start": 5000, "end": 5000 + len([]rune(sentence))},
			map[string]any{"type": "TextQuoteSelector", "exact": sentence, "prefix": "", "suffix": ""},
		}}},
		"document": map[string]any{"title": []string{"Article"}}, "links": map[string]any{"html": "https://hypothes.is/a/h1"},
		"flagged": false, "hidden": false, "user_info": map[string]any{"display_name": "A Teacher"},
	}
	files := map[string]any{}
	files["hypothesis-export.json"] = map[string]any{"export_date": "2026-03-03T08:00:00.000Z", "export_userid": "acct:teacher@hypothes.is",
		"client_version": "1.1467.0", "annotations": []any{row}}
	files["search.json"] = map[string]any{"total": 1, "rows": []any{row}}
	dir := t.TempDir()
	for name, v := range files {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Run(name, func(t *testing.T) {
			b := newBrowser(t)
			open(t, b, srv.URL+"/")
			summary := importFile(t, b, path)
			if !strings.Contains(summary, "Hypothesis") || !strings.Contains(summary, "Needs source") {
				t.Errorf("the preview does not say what the file is and which tag is new: %q", summary)
			}
			waitFor(t, b, tagsOf("2")+` === "evidence needs-source"`)
			waitFor(t, b, `document.querySelector('[data-sentence="2"]').hasAttribute("data-has-note")`)
		})
	}
}
