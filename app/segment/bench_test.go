package segment

import (
	"strings"
	"testing"
)

// benchmarkSplit splits about size bytes of SampleText, reporting MB/s and
// sentences/s.
func benchmarkSplit(b *testing.B, size int) {
	text := SampleText(size)
	n := len(Split(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Split(text)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func BenchmarkSplit1MB(b *testing.B) { benchmarkSplit(b, 1<<20) }

func BenchmarkSplit4MB(b *testing.B) { benchmarkSplit(b, 4<<20) }

func TestSampleText(t *testing.T) {
	for _, n := range []int{0, 1, 1000, 1 << 16} {
		text := SampleText(n)
		if len(text) < n {
			t.Errorf("SampleText(%d) has %d bytes", n, len(text))
		}
		if text != SampleText(n) {
			t.Errorf("SampleText(%d) differs between calls", n)
		}
		if n > 0 && !strings.HasSuffix(text, samples[(strings.Count(text, "\n"))%len(samples)]) {
			t.Errorf("SampleText(%d) does not end with a whole paragraph", n)
		}
		checkInvariants(t, text, Split(text))
	}
}
