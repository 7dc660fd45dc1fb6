package segment

// marker is the label of a list item at the start of a sentence: "1.",
// "2.)", "3)", "(4)", "a.", "• 9.", "⁃10." or a bare bullet "•".
type marker struct {
	bullet rune // the bullet before the label, 0 if none
	paren  bool // the label opens with "("
	kind   byte // '1' number, 'a' lower-case letter, 'A' capital, 0 bare bullet
	sep    byte // what closes the label: '.', ')' or 'p' for ".)"
	value  int  // the number, or the letter's place in the alphabet from 0
	end    int  // the byte after the marker
}

// maxMarkerDigits is the most digits a numbered list label has; "2019." is
// not a label.
const maxMarkerDigits = 3

// parseMarker reads a list marker at byte i of t: a label, a bullet and a
// label, or a bare bullet set off by a space.
func parseMarker(t string, i int) (marker, bool) {
	r, n := runeAt(t, i)
	if !isBullet(r) {
		return parseLabel(t, i)
	}
	j := i + n
	for j < len(t) && t[j] == ' ' {
		j++
	}
	m, ok := parseLabel(t, j)
	if !ok {
		m, ok = marker{end: i + n}, i+n < j
	}
	m.bullet = r
	return m, ok
}

// parseLabel reads a list label at byte i of t: a number of up to
// maxMarkerDigits digits or a single ASCII letter, closed by ".", ".)" or ")",
// or enclosed in "(" and ")". It must be followed by white space or the end
// of the text.
func parseLabel(t string, i int) (marker, bool) {
	var m marker
	j := i
	if j < len(t) && t[j] == '(' {
		m.paren = true
		j++
	}
	switch start := j; {
	case j < len(t) && '0' <= t[j] && t[j] <= '9':
		m.kind = '1'
		for j < len(t) && '0' <= t[j] && t[j] <= '9' && j-start < maxMarkerDigits {
			m.value = m.value*10 + int(t[j]-'0')
			j++
		}
	case j < len(t) && 'a' <= t[j] && t[j] <= 'z':
		m.kind, m.value = 'a', int(t[j]-'a')
		j++
	case j < len(t) && 'A' <= t[j] && t[j] <= 'Z':
		m.kind, m.value = 'A', int(t[j]-'A')
		j++
	default:
		return m, false
	}
	switch {
	case j < len(t) && t[j] == ')':
		m.sep = ')'
	case !m.paren && j+1 < len(t) && t[j] == '.' && t[j+1] == ')':
		m.sep = 'p'
		j++
	case !m.paren && j < len(t) && t[j] == '.':
		m.sep = '.'
	default:
		return m, false
	}
	m.end = j + 1
	return m, m.end == len(t) || spaceAt(t, m.end)
}

// follows reports whether m is the item after prev in the same list.
func (m marker) follows(prev marker) bool {
	step := 1
	if m.kind == 0 {
		step = 0
	}
	return m.bullet == prev.bullet && m.paren == prev.paren && m.kind == prev.kind &&
		m.sep == prev.sep && m.value == prev.value+step
}

// listState is the list, if any, whose items the current line holds.
type listState struct {
	last   marker // the marker of the latest item
	active bool
}

// accepts reports whether m, found at the start of a sentence, labels a list
// item. A lettered list must start at "a" unless it goes on with the current
// list, so that initials such as "J. K. Rowling" are not taken for labels.
func (l *listState) accepts(m marker) bool {
	if m.kind != 'a' && m.kind != 'A' || m.value == 0 {
		return true
	}
	return l.active && m.follows(l.last)
}

// continuesAt reports whether the next item of the list starts at byte i of
// t.
func (l *listState) continuesAt(t string, i int) bool {
	if !l.active {
		return false
	}
	m, ok := parseMarker(t, i)
	return ok && m.follows(l.last)
}

// opensList reports whether the first item of a list starts at byte i of t:
// a bare bullet or the label 1, a or A.
func opensList(t string, i int) bool {
	m, ok := parseMarker(t, i)
	return ok && (m.kind == 0 || m.kind == '1' && m.value == 1 || m.kind != '1' && m.value == 0)
}
