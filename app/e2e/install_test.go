package e2e

import (
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

func TestInstallOffer(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	// Chromium offers installing (beforeinstallprompt): the app shows a button.
	waitFor(t, ctx, `!!document.querySelector("[data-install]")`)

	// Safari on iOS has no prompt: the app says how, and warns about separate storage.
	ios := newBrowser(t)
	if _, err := chromedp.Call(ios, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{
		UserAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
	}); err != nil {
		t.Fatal(err)
	}
	open(t, ios, srv.URL+"/")
	waitFor(t, ios, `(document.querySelector("[data-install-ios]") || {textContent: ""}).textContent.includes("Add to Home Screen") && document.querySelector("[data-install-ios]").textContent.includes("separate storage")`)
	if n := eval[int](t, ios, `document.querySelectorAll("[data-install]").length`); n != 0 {
		t.Error("an install button is shown where the browser cannot prompt")
	}
}
