package classroom

import (
	"slices"
	"strconv"
	"strings"

	"annotator/app/agreement"
)

// Conflict is a student name that more than one different submission
// claims: a student who handed in twice, or a file forged in someone
// else's name. The view keeps every one of them.
type Conflict struct {
	// Student is the name as the first of the files gives it.
	Student string
	// Files are the files claiming it, in the order of ClassView.Students.
	Files []string
}

// String words the conflict for a teacher: "two files claim alice:
// class.zip: Alice_1/work.json, class.zip: Mallory_2/work.json".
func (c Conflict) String() string {
	n := strconv.Itoa(len(c.Files))
	if len(c.Files) == 2 {
		n = "two"
	}
	return n + " files claim " + c.Student + ": " + strings.Join(c.Files, ", ")
}

// flagClaims fills Claims of the students whose name more than one
// submission claims (Students is sorted by name, so they are adjacent).
func (v *ClassView) flagClaims() {
	for i := 0; i < len(v.Students); {
		j := i + 1
		for j < len(v.Students) && strings.EqualFold(v.Students[j].Student, v.Students[i].Student) {
			j++
		}
		if j-i > 1 {
			files := make([]string, 0, j-i)
			for k := i; k < j; k++ {
				files = append(files, fileOr(v.Students[k].File, k))
			}
			for k := i; k < j; k++ {
				v.Students[k].Claims = files
			}
		}
		i = j
	}
}

// fileOr is the file name, or "submission n" (1-based) without one.
func fileOr(file string, k int) string {
	if file == "" {
		return "submission " + strconv.Itoa(k+1)
	}
	return file
}

// Conflicts lists the names more than one submission claims, in the
// order of Students.
func (v *ClassView) Conflicts() []Conflict {
	var out []Conflict
	for i := 0; i < len(v.Students); i++ {
		s := v.Students[i]
		if len(s.Claims) == 0 {
			continue
		}
		out = append(out, Conflict{Student: s.Student, Files: slices.Clone(s.Claims)})
		i += len(s.Claims) - 1
	}
	return out
}

// Conflict words the conflict of this student's name ("" when no other
// submission claims it): "two files claim alice: …".
func (s StudentStats) Conflict() string {
	if len(s.Claims) == 0 {
		return ""
	}
	return Conflict{Student: s.Student, Files: s.Claims}.String()
}

// CohenKappa returns Cohen's kappa between Students[i] and Students[j]
// over the graded sentences (undefined for a student with themselves).
// It is computed on demand, in time linear in the graded sentences, so
// that a view of many students never holds every pair.
func (v *ClassView) CohenKappa(i, j int) Figure {
	switch {
	case i < 0 || j < 0 || i >= len(v.per) || j >= len(v.per):
		return Figure{Why: "no such student"}
	case i == j:
		return Figure{Why: "a student with themselves"}
	}
	pair, err := agreement.NewDataset(slices.Concat(v.per[i], v.per[j]))
	if err != nil {
		return Figure{Why: why(err)}
	}
	return coefficient(agreement.CohenKappa(pair))
}
