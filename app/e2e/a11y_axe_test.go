package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// axePath is where `make axe` installs axe-core (relative to this package).
var axePath = filepath.Join("..", "..", ".cache", "axe", "node_modules", "axe-core", "axe.min.js")

// axeSource reads the axe-core script once: AXE_JS names it, else axePath.
var axeSource = sync.OnceValues(func() (string, error) {
	p := os.Getenv("AXE_JS")
	if p == "" {
		p = axePath
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return "", fmt.Errorf("axe-core is missing (%v): run `make axe`, which installs the npm package axe-core into .cache/axe, or set AXE_JS to an axe.min.js", err)
	}
	return string(b), nil
})

// axeNode is one element that fails a rule.
type axeNode struct {
	Target  []string `json:"target"`
	HTML    string   `json:"html"`
	Summary string   `json:"summary"`
}

// axeViolation is one failed axe rule with the elements that fail it.
type axeViolation struct {
	ID      string    `json:"id"`
	Impact  string    `json:"impact"`
	Help    string    `json:"help"`
	HelpURL string    `json:"helpUrl"`
	Nodes   []axeNode `json:"nodes"`
}

// String prints the rule, its impact and help, and the first elements.
func (v axeViolation) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): %s [%d elements] %s", v.ID, v.Impact, v.Help, len(v.Nodes), v.HelpURL)
	for i, n := range v.Nodes {
		if i == 5 {
			fmt.Fprintf(&b, "\n      … and %d more", len(v.Nodes)-i)
			break
		}
		fmt.Fprintf(&b, "\n      %s  %s", strings.Join(n.Target, " "), n.HTML)
		if n.Summary != "" {
			fmt.Fprintf(&b, "\n        %s", strings.ReplaceAll(n.Summary, "\n", "\n        "))
		}
	}
	return b.String()
}

// runAxeJS runs axe on the whole document and returns its violations in a
// compact form.
const runAxeJS = `axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations.map(v => ({
	id: v.id, impact: v.impact || "", help: v.help, helpUrl: v.helpUrl,
	nodes: v.nodes.map(n => ({target: n.target.map(String), html: n.html.slice(0, 160),
		summary: (n.failureSummary || "").slice(0, 400)}))})))`

// axeViolations injects axe-core into the page (once per page load) and
// returns every violation it finds.
func axeViolations(t testing.TB, ctx context.Context) []axeViolation {
	t.Helper()
	src, err := axeSource()
	if err != nil {
		t.Fatal(err)
	}
	tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if !eval[bool](t, ctx, `typeof window.axe === "object"`) {
		if err := chromedp.Do(tctx, chromedp.Evaluate[chromedp.Void](src)); err != nil {
			t.Fatalf("injecting axe-core: %v", err)
		}
	}
	vs, err := chromedp.Run(tctx, chromedp.Evaluate[[]axeViolation](runAxeJS, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("running axe-core: %v", err)
	}
	return vs
}

// checkAxe fails the test for every serious or critical violation on the
// page, printing each; milder ones are only logged.
func checkAxe(t *testing.T, ctx context.Context, view string) {
	t.Helper()
	for _, v := range axeViolations(t, ctx) {
		if v.Impact == "serious" || v.Impact == "critical" {
			t.Errorf("%s: %s", view, v)
		} else {
			t.Logf("%s (not failing): %s", view, v)
		}
	}
}
