package segment

import "testing"

func TestParseMarker(t *testing.T) {
	cases := []struct {
		in   string
		ok   bool
		want marker
	}{
		{"1. Go", true, marker{kind: '1', sep: '.', value: 1, end: 2}},
		{"12.) Go", true, marker{kind: '1', sep: 'p', value: 12, end: 4}},
		{"3) Go", true, marker{kind: '1', sep: ')', value: 3, end: 2}},
		{"(4) Go", true, marker{paren: true, kind: '1', sep: ')', value: 4, end: 3}},
		{"b. Go", true, marker{kind: 'a', sep: '.', value: 1, end: 2}},
		{"C)", true, marker{kind: 'A', sep: ')', value: 2, end: 2}},
		{"• 9. Go", true, marker{bullet: '•', kind: '1', sep: '.', value: 9, end: 6}},
		{"⁃10. Go", true, marker{bullet: '⁃', kind: '1', sep: '.', value: 10, end: 6}},
		{"• Go", true, marker{bullet: '•', end: 3}},
		{"•Go", false, marker{}},
		{"2019. Go", false, marker{}},
		{"3.5 Go", false, marker{}},
		{"(4. Go", false, marker{}},
		{"ab. Go", false, marker{}},
		{"U.S. Go", false, marker{}},
		{"1.", true, marker{kind: '1', sep: '.', value: 1, end: 2}},
		{"x", false, marker{}},
	}
	for _, c := range cases {
		got, ok := parseMarker(c.in, 0)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("parseMarker(%q) = %+v, %v; want %+v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
