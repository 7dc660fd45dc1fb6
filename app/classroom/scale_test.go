package classroom

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"annotator/app/model"
)

// scaleClass returns an exercise of 40 sentences with six tags and n
// submissions tagging each sentence with zero, one or two tags at random
// (the same class for the same n), as the files of an LMS zip.
func scaleClass(t testing.TB, n int) (Exercise, Key, []NamedFile) {
	t.Helper()
	text := ""
	for i := range 40 {
		text += fmt.Sprintf("Sentence number %d says something about the bus fares. ", i+1)
	}
	d := model.New("Scale", text)
	d.TagSet = model.TagSet{Name: "Six", Tags: []model.Tag{
		{ID: "claim", Name: "Claim", Color: "#E69F00"}, {ID: "evidence", Name: "Evidence", Color: "#009E73"},
		{ID: "opinion", Name: "Opinion", Color: "#CC79A7"}, {ID: "question", Name: "Question", Color: "#D55E00"},
		{ID: "fact", Name: "Fact", Color: "#0072B2"}, {ID: "quote", Name: "Quote", Color: "#56B4E9"}}}
	ex, err := NewExercise(d, "Scale", "Tag it.", nil, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	ex.ID = fixedID
	r := rand.New(rand.NewPCG(uint64(n), 7))
	tagged := func() *model.Document {
		doc := ex.Document()
		for i := range doc.Marks {
			for range r.IntN(3) {
				if id := d.TagSet.Tags[r.IntN(6)].ID; !slices.Contains(doc.Marks[i].Tags, id) {
					doc.Marks[i].Tags = append(doc.Marks[i].Tags, id)
				}
			}
		}
		return doc
	}
	key, err := KeyFrom(tagged(), ex)
	if err != nil {
		t.Fatal(err)
	}
	files := make([]NamedFile, n)
	start := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	for k := range files {
		s, err := NewSubmission(ex, fmt.Sprintf("Student %04d", k), tagged(), start, start.Add(time.Duration(k)*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		files[k] = NamedFile{Name: fmt.Sprintf("Student_%04d_assignsubmission_file_/work.json", k), Data: encoded(t, &s)}
	}
	return ex, key, files
}

// gradeAll is what `grade` does with the files: import, view, table.
func gradeAll(t testing.TB, ex Exercise, key *Key, files []NamedFile) []byte {
	imp := ImportSubmissions(ex, files)
	v, err := NewClassViewOf(ex, key, imp)
	if err != nil {
		t.Fatal(err)
	}
	b, err := v.GradeCSV()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestGradeScalesLinearly bounds the work of grading by allocations, not
// time: four times the submissions may cost at most five times the
// allocations (the pairwise Cohen's kappa matrix made it ten to sixteen).
func TestGradeScalesLinearly(t *testing.T) {
	ex, key, files := scaleClass(t, 200)
	allocs := func(n int) float64 {
		return testing.AllocsPerRun(1, func() { gradeAll(t, ex, &key, files[:n]) })
	}
	if small, large := allocs(50), allocs(200); large > 5*small {
		t.Errorf("grading 200 submissions allocates %.0f times, 50 allocate %.0f: %.1f×, want at most 5× (linear)", large, small, large/small)
	}
	// The class view of the same class: agreement and per-student figures.
	view := func(n int) float64 {
		imp := ImportSubmissions(ex, files[:n])
		return testing.AllocsPerRun(1, func() {
			if _, err := NewClassViewOf(ex, &key, imp); err != nil {
				t.Fatal(err)
			}
		})
	}
	if small, large := view(50), view(200); large > 5*small {
		t.Errorf("the class view of 200 students allocates %.0f times, of 50 %.0f: %.1f×, want at most 5×", large, small, large/small)
	}
}

// BenchmarkGrade2000 grades 2,000 submissions as `grade` does (target:
// at most 2 s).
func BenchmarkGrade2000(b *testing.B) {
	ex, key, files := scaleClass(b, 2000)
	b.ResetTimer()
	for b.Loop() {
		gradeAll(b, ex, &key, files)
	}
}
