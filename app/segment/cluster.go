package segment

// cluster is a run of terminal marks with the closing quotes and brackets
// after it: "?!", "....", ". . . .", `."`, "…)".
type cluster struct {
	end    int  // the byte after the cluster
	marks  int  // terminal marks in the unbroken run that starts the cluster
	dots   int  // periods in the cluster, an ellipsis character counting as three
	spaced int  // periods set off by single spaces after the run (". . .")
	strong bool // the run holds a question or exclamation mark
	bang   bool // the run is a single "!"
}

// scanCluster reads the cluster that starts with the terminal mark at byte i
// of t.
func scanCluster(t string, i int) cluster {
	c := cluster{}
	j := i
	for j < len(t) {
		r, n := runeAt(t, j)
		switch r {
		case '.':
			c.dots++
		case '…':
			c.dots += 3
		case '?', '!', '‽', '‼', '⁇', '⁈', '⁉':
			c.strong = true
		default:
			n = 0
		}
		if n == 0 {
			break
		}
		c.marks++
		j += n
	}
	c.bang = c.marks == 1 && t[i] == '!'
	for j+1 < len(t) && t[j] == ' ' && t[j+1] == '.' && (j+2 == len(t) || endsSpacedDot(t, j+2)) {
		c.spaced++
		c.dots++
		j += 2
	}
	for j < len(t) {
		r, n := runeAt(t, j)
		if !isCloser(r) {
			break
		}
		j += n
	}
	c.end = j
	return c
}

// endsSpacedDot reports whether byte i of t, just after a spaced period, is
// white space or a closer, so that the period belongs to ". . .".
func endsSpacedDot(t string, i int) bool {
	r, _ := runeAt(t, i)
	return isSpace(r) || isCloser(r)
}

// decide reports whether the sentence ends at cluster c, which starts at byte
// i and is followed by white space or the end of the text, and if so where.
func (s *splitter) decide(i int, c cluster) (int, bool) {
	t := s.text
	end := c.end
	nx := peek(t, end)
	if nx.emoticon {
		end = nx.end
		nx = peek(t, end)
	}
	switch nx.class {
	case classNone:
		return end, true
	case classLower, classCont:
		return end, false
	}
	prev := trimOpeners(t[s.word:i])
	switch {
	case c.strong:
		if c.bang {
			if _, ok := lookupLower(exclaimNames, prev); ok {
				return end, nx.startsSentence()
			}
		}
		return end, true
	case c.dots > 1:
		if s.word < i && c.marks == 1 && c.spaced >= 3 {
			// "compounds. . . . The practice": the period ends the
			// sentence, the ellipsis opens the next one.
			return i + 1, nx.class == classUpper
		}
		return end, s.ellipsisEnds(i, c, nx)
	}
	return end, s.periodEnds(prev, nx)
}

// ellipsisEnds reports whether an ellipsis at byte i, followed by token nx,
// ends the sentence. Four periods are an ellipsis plus a full stop and end
// it; an ellipsis in brackets ("[...]") or set off by spaces (" . . . ") marks
// an omission inside the sentence; a plain "..." or "…" ends it before a
// capitalised word.
func (s *splitter) ellipsisEnds(i int, c cluster, nx next) bool {
	if i > 0 && (s.text[i-1] == '[' || s.text[i-1] == '(') {
		return false
	}
	if c.dots >= 4 {
		return true
	}
	if s.word == i && c.spaced > 0 {
		return false
	}
	return nx.class == classUpper
}

// periodEnds reports whether a single period after word prev, followed by
// token nx (a capital, a digit or another mark), ends the sentence.
func (s *splitter) periodEnds(prev string, nx next) bool {
	switch kindOf(prev) {
	case kindInitial, kindAcronym, kindAmbiguous:
		return nx.startsSentence()
	case kindPrepositive:
		return false
	case kindPostpositive:
		return nx.class == classUpper
	case kindTime:
		return nx.class == classUpper && s.words > 3 && !nx.capitals()
	}
	return true
}
