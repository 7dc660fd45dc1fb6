package e2e

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

func TestNoRequestToAnotherOrigin(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	var mu sync.Mutex
	var urls []string
	lctx, cancel := context.WithCancel(ctx)
	defer cancel()
	events := chromedp.Events(lctx, network.RequestWillBeSent)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ev, err := range events {
			if err != nil {
				return
			}
			mu.Lock()
			urls = append(urls, ev.Request.URL)
			mu.Unlock()
		}
	}()
	open(t, ctx, srv.URL+"/")
	press(t, ctx, "j", "1", "?")
	waitFor(t, ctx, `!!document.querySelector("[data-help]")`)
	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
	cancel()
	<-done
	mu.Lock()
	defer mu.Unlock()
	if len(urls) < 3 {
		t.Fatalf("saw only %d requests: the network log is not working", len(urls))
	}
	for _, u := range urls {
		if !strings.HasPrefix(u, srv.URL+"/") && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
			t.Errorf("request to another origin: %s", u)
		}
	}
}
