package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// allowDownloads makes the browser save downloads into a fresh directory
// and returns it.
func allowDownloads(t testing.TB, ctx context.Context) string {
	t.Helper()
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir,
	}); err != nil {
		t.Fatal(err)
	}
	return dir
}

// waitDownload waits for a finished download whose name ends with suffix.
func waitDownload(t testing.TB, dir, suffix string) string {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	sizes := map[string]int64{} // a file counts once two polls see the same size, not 0
	for time.Now().Before(deadline) {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), suffix) && !strings.HasSuffix(e.Name(), ".crdownload") {
				info, err := e.Info()
				if err != nil || info.Size() == 0 {
					continue // Chromium may show the file before it writes it
				}
				if sizes[e.Name()] == info.Size() {
					return filepath.Join(dir, e.Name())
				}
				sizes[e.Name()] = info.Size()
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("no download ending in %s appeared in %s", suffix, dir)
	return ""
}
