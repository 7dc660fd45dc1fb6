package classroom

import "testing"

// BenchmarkClassView300 builds the class view of 300 students with a key,
// as the class page does after an import or a key correction (target in
// the browser: well under 1 s for every action).
func BenchmarkClassView300(b *testing.B) {
	ex, key, files := scaleClass(b, 300)
	imp := ImportSubmissions(ex, files)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := NewClassViewOf(ex, &key, imp); err != nil {
			b.Fatal(err)
		}
	}
}
