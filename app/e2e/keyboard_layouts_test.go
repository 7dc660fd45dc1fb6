package e2e

import (
	"context"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// pressPhysical presses the key at a physical position (code) that types
// key on the user's layout, as a French or Czech keyboard sends it.
func pressPhysical(t testing.TB, ctx context.Context, code, key string) {
	t.Helper()
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		for _, typ := range []input.DispatchKeyEventType{input.DispatchKeyEventTypeKeyDown, input.DispatchKeyEventTypeKeyUp} {
			p := input.DispatchKeyEventParams{Type: typ, Key: key, Code: code}
			if typ == input.DispatchKeyEventTypeKeyDown {
				p.Text = key
			}
			if _, err := cdp.Call(ctx, tg, input.DispatchKeyEvent, p); err != nil {
				return err
			}
		}
		return nil
	}))
}

// TestTagKeysOnAnyKeyboard presses the digit row as an AZERTY keyboard
// does without Shift (Digit1 types "&", Digit2 "é") and as a Czech one
// (Digit3 types "š"): the first, second and third tags toggle. Letter
// keys keep their typed letter (j still moves on).
func TestTagKeysOnAnyKeyboard(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	tags := `document.querySelector('[data-sentence="0"]').getAttribute("data-tags") || ""`
	pressPhysical(t, ctx, "Digit1", "&")
	waitEq(t, ctx, tags, "claim")
	pressPhysical(t, ctx, "Digit2", "é")
	waitEq(t, ctx, tags, "claim evidence")
	pressPhysical(t, ctx, "Digit3", "š")
	waitEq(t, ctx, tags, "claim evidence quote")
	pressPhysical(t, ctx, "Digit1", "&")
	waitEq(t, ctx, tags, "evidence quote")
	pressPhysical(t, ctx, "KeyJ", "j")
	waitEq(t, ctx, `document.querySelector('[aria-current="true"]').dataset.sentence`, "1")
}
