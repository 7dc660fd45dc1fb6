package textin

import "unicode"

// delim is a run of emphasis characters that can open emphasis; left counts
// the characters not yet matched, from the run's start.
type delim struct {
	pos, left int
}

// emphasis finds the runs of *, _ and ~~ used as emphasis markup outside
// code spans and link destinations, and records edits that drop them.
//
// A run opens emphasis when it is left-flanking (CommonMark's rule) and
// not preceded by a letter or digit; it closes when it is right-flanking
// and not followed by one. So snake_case, 2*3 and a lone "*" stay. A
// closer matches the nearest opener of the same character; runs of
// different lengths match as far as they go ("***a* b**"). Strikethrough
// is "~~" only.
func (p *inlineParser) emphasis() {
	s := p.s
	var stacks [3][]delim
	skip := skipper{spans: p.opaque}
	for i := 0; i < len(s); {
		if j := skip.past(i); j > i {
			i = j
			continue
		}
		c := s[i]
		kind := delimKind(c)
		if kind < 0 {
			if c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]) {
				i++
			}
			i++
			continue
		}
		j := i + 1
		for j < len(s) && s[j] == c {
			j++
		}
		n := j - i
		if c == '~' && n != 2 {
			i = j
			continue
		}
		before, after := runeBefore(s, i), runeAt(s, j)
		spaceBefore, spaceAfter := isSpaceRune(before), isSpaceRune(after)
		left := !spaceAfter && (!isPunct(after) || spaceBefore || isPunct(before))
		right := !spaceBefore && (!isPunct(before) || spaceAfter || isPunct(after))
		canOpen := left && !isWordRune(before)
		canClose := right && !isWordRune(after)
		done := 0 // characters of this run matched as a closer
		if canClose {
			st := &stacks[kind]
			for done < n && len(*st) > 0 {
				o := &(*st)[len(*st)-1]
				k := min(o.left, n-done)
				o.left -= k
				p.edits = append(p.edits, dropEdit(o.pos+o.left, o.pos+o.left+k), dropEdit(i+done, i+done+k))
				done += k
				if o.left == 0 {
					*st = (*st)[:len(*st)-1]
				}
			}
		}
		if canOpen && done < n {
			stacks[kind] = append(stacks[kind], delim{pos: i + done, left: n - done})
		}
		i = j
	}
}

// delimKind returns the stack index of an emphasis character, or -1.
func delimKind(c byte) int {
	switch c {
	case '*':
		return 0
	case '_':
		return 1
	case '~':
		return 2
	}
	return -1
}

// isSpaceRune reports whether r is white space (the ends of a paragraph
// count as white space).
func isSpaceRune(r rune) bool { return unicode.IsSpace(r) }
