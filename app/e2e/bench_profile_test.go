package e2e

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

// profiling is on when BENCH_PROFILE is set (make bench PROFILE=1): the
// suite then also records V8 CPU profiles of the slow interactions and
// prints their top functions before the table. Wasm functions carry their
// Go names, so the hot spots of the app read directly.
var profiling = os.Getenv("BENCH_PROFILE") != ""

// profileSamplingMicros is the profiler's sampling interval.
const profileSamplingMicros = 200

// startProfile turns V8's sampling profiler on in the tab.
func startProfile(t testing.TB, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Call(ctx, profiler.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: profileSamplingMicros}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, profiler.Start, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
}

// stopProfile stops the profiler and summarises the profile under title.
func stopProfile(t testing.TB, ctx context.Context, title string) string {
	t.Helper()
	res, err := chromedp.Call(ctx, profiler.Stop, cdp.Empty{})
	if err != nil {
		t.Fatal(err)
	}
	chromedp.Call(ctx, profiler.Disable, cdp.Empty{})
	if res.Profile == nil {
		return title + ": no profile\n"
	}
	return summarizeProfile(title, res.Profile, 14)
}

// frameName names a profile node's function: its name (a Go symbol for
// wasm code) and, for JavaScript, the file and line.
func frameName(n *profiler.ProfileNode) string {
	f := n.CallFrame
	name := f.FunctionName
	if name == "" {
		name = "(anonymous)"
	}
	if f.URL == "" || strings.HasPrefix(f.URL, "wasm://") || strings.HasPrefix(name, "(") {
		return name
	}
	return fmt.Sprintf("%s %s:%d", name, path.Base(f.URL), f.LineNumber+1)
}

// summarizeProfile lists the top functions of a profile by self time and
// by total time (a function counted once per sample however deep it
// recurses), in ms and as a share of the busy (non-idle) time.
func summarizeProfile(title string, p *profiler.Profile, top int) string {
	byID := map[int64]*profiler.ProfileNode{}
	parent := map[int64]int64{}
	for _, n := range p.Nodes {
		byID[n.ID] = n
		for _, c := range n.Children {
			parent[c] = n.ID
		}
	}
	selfUs := map[int64]float64{}
	for k, id := range p.Samples {
		dt := 0.0
		if k+1 < len(p.TimeDeltas) {
			dt = float64(p.TimeDeltas[k+1])
		} else if k < len(p.TimeDeltas) {
			dt = float64(p.TimeDeltas[k])
		}
		selfUs[id] += dt
	}
	self := map[string]float64{}
	total := map[string]float64{}
	busy := 0.0
	for id, us := range selfUs {
		n := byID[id]
		if n == nil {
			continue
		}
		name := frameName(n)
		if name == "(idle)" {
			continue
		}
		busy += us
		self[name] += us
		seen := map[string]bool{}
		for cur, ok := id, true; ok; cur, ok = parent[cur] {
			nm := frameName(byID[cur])
			if nm == "(root)" || seen[nm] {
				continue
			}
			seen[nm] = true
			total[nm] += us
		}
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s: %.0f ms busy in a %.0f ms profile\n", title, busy/1000, (p.EndTime-p.StartTime)/1000)
	list := func(what string, m map[string]float64) {
		type entry struct {
			name string
			us   float64
		}
		var es []entry
		for k, v := range m {
			es = append(es, entry{k, v})
		}
		slices.SortFunc(es, func(a, b entry) int { return cmp.Compare(b.us, a.us) })
		fmt.Fprintf(&sb, "  top by %s time:\n", what)
		for _, e := range es[:min(top, len(es))] {
			pct := 0.0
			if busy > 0 {
				pct = 100 * e.us / busy
			}
			fmt.Fprintf(&sb, "    %8.1f ms %5.1f%%  %s\n", e.us/1000, pct, e.name)
		}
	}
	list("self", self)
	list("total", total)
	return sb.String()
}
