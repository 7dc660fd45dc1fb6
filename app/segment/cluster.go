package segment

// cluster is a run of terminal marks with the closing quotes and brackets
// after it: "?!", "....", ". . . .", `."`, "…)", "。」".
type cluster struct {
	end     int  // the byte after the cluster
	marks   int  // terminal marks in the unbroken run that starts the cluster
	dots    int  // periods in the cluster, an ellipsis character counting as three
	spaced  int  // periods set off by single spaces after the run (". . .")
	strong  bool // the run holds a question or exclamation mark
	bang    bool // the run is a single "!"
	query   bool // the run holds "?"
	stop    bool // the run holds a mark that always ends a sentence (markStop)
	soft    bool // the run is only ":" or ";" of markSoft
	colon   bool // the run is only ":" of markColon
	dash    bool // the run is only "-" of markDash
	glued   bool // the run holds a mark that needs no space after it
	wide    bool // the run holds an ideographic or full-width mark
	closers bool // closing quotes or brackets follow the run
}

// scanCluster reads the cluster that starts with the terminal mark at byte i
// of s.text.
func (s *splitter) scanCluster(i int) cluster {
	t := s.text
	c := cluster{soft: true, colon: true, dash: true}
	j := i
	for j < len(t) {
		r, n := runeAt(t, j)
		k, glued := s.r.markOf(r)
		switch k {
		case markNone:
			n = 0
		case markPeriod:
			c.dots++
		case markEllipsis:
			c.dots += 3
		case markStrong:
			c.strong = true
			c.query = c.query || r == '?' || r == '？' || r == '؟'
		case markStop:
			c.stop = true
		}
		if c.marks > 0 && (k == markColon) != c.colon {
			// A dateline colon stands alone: "Inc.:" is no full stop.
			n = 0
		}
		if n == 0 {
			break
		}
		c.soft = c.soft && k == markSoft
		c.colon = c.colon && k == markColon
		c.dash = c.dash && k == markDash
		c.glued = c.glued || glued
		c.wide = c.wide || wideMark(r)
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
		c.closers = true
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

// absorb returns where the sentence that may end at byte end goes on to: past
// tokens, after white space, that belong to it although they stand apart —
// closing quotes ("droom. ” De", "pièce. » Les") and citation markers
// ("Dulwich. [17] Placed").
func (s *splitter) absorb(end int) int {
	t := s.text
	for {
		p, ok := skipSpace(t, end)
		if !ok || p == end {
			return end
		}
		q := p
		for q < len(t) {
			r, n := runeAt(t, q)
			if !closesOnly(r) || r == '"' && !s.quoteOpen(p) {
				break
			}
			q += n
		}
		if q == p {
			q, _ = citationAt(t, p)
		}
		if q == p || q < len(t) && !spaceAt(t, q) {
			return end
		}
		end = q
	}
}

// decide reports whether the sentence ends at cluster c, which starts at byte
// i and is followed by white space or the end of the text, and if so where.
func (s *splitter) decide(i int, c cluster) (int, bool) {
	t, r := s.text, s.r
	end := s.absorb(c.end)
	nx := peek(t, end)
	emoticon := nx.emoticon
	if emoticon {
		end = nx.end
		nx = peek(t, end)
	}
	if nx.class == classNone {
		return end, true
	}
	if c.closers && nx.class == classOther && len(r.speech) > 0 && s.speechFollows(end) {
		return end, false
	}
	if c.stop || c.glued {
		return end, true
	}
	switch {
	case c.soft:
		// "; «Álcool faz bem»; «Vinho …»" lists titles.
		return end, nx.class == classUpper && (t[i] == ':' || !isQuote(nx.opener))
	case c.colon:
		return end, s.words <= maxDatelineWords && s.dashes > 0 ||
			r.colonGuillemet && nx.opener == '«' && nx.class == classUpper
	case c.dash:
		return end, s.word == i && c.marks == 1 && nx.class != classDigit
	}
	if nx.dash != 0 {
		if ends, ok := s.dialogueEnds(i, c, nx); ok {
			return end, ends
		}
		nx.class = dashClass(nx.dash)
	}
	prev := trimOpeners(t[s.word:i])
	switch nx.class {
	case classCont:
		return end, false
	case classLower:
		switch {
		case c.strong:
			return end, r.questionLower && c.query && !c.closers
		case c.dots == 1 && r.lowerEnds && !c.closers && !emoticon:
			return end, s.endsBeforeLower(prev)
		}
		return end, false
	}
	switch {
	case c.strong:
		if c.bang {
			if _, ok := lookupLower(exclaimNames, prev); ok {
				return end, nx.startsSentence(r)
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
	if r.weakPeriod {
		return end, false
	}
	return end, s.periodEnds(prev, nx)
}

// dialogueEnds reports whether the sentence ends at cluster c, at byte i,
// before token nx, which opens with a dash, and false in its second result
// if the dash is no line of dialogue, so that it goes on with the sentence
// as a dash does in English. In a language with dialogue dashes a dash after
// "?", "!" or an ellipsis opens the next sentence unless a lower-case word
// follows it ("– Dlaczego? – powtórzyła." goes on, "…! – Marta" ends); after
// a period it always does, unless the period closes an initial, an ordinal
// or a label ("R. -- A ideia", "21. 3. - 20. 4.").
func (s *splitter) dialogueEnds(i int, c cluster, nx next) (bool, bool) {
	if !s.r.dialogue || s.r.weakPeriod {
		return false, false
	}
	if c.strong || c.dots > 1 {
		return nx.class != classLower, true
	}
	k := s.kindBefore(trimOpeners(s.text[s.word:i]))
	if nx.class != classDigit && (k == kindOrdinary || k == kindPostpositive && nx.class == classUpper) {
		return true, true
	}
	return false, false
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
	r := s.r
	switch s.kindBefore(prev) {
	case kindInitial, kindAcronym, kindAmbiguous:
		return nx.startsSentence(r)
	case kindPrepositive:
		return false
	case kindPostpositive:
		// "Inc. (CPS)", "GmbH & Co. KG" go on.
		// "z. B." is one abbreviation.
		return nx.class == classUpper && !nx.paren && !nx.initial && !(nx.capitals() && len(nx.word) <= 3)
	case kindTime:
		if _, ok := lookupLower(r.afterTime, nx.word); ok {
			return false
		}
		return nx.class == classUpper && s.words > 3 && !nx.capitals()
	}
	if s.words == 1 && isNumber(prev, 4) && nx.class == classUpper {
		// A numbered heading: "1012. Usurpazioni durante l'usufrutto".
		return false
	}
	// An unknown short abbreviation before a number: "Rs. 16720".
	return nx.class != classDigit || !shortCapitalised(prev)
}

// kindBefore tells how word prev, the current token up to a period, behaves:
// as an abbreviation written with a space together with the token before it
// ("z. B.", "т. е."), or on its own.
func (s *splitter) kindBefore(prev string) abbrevKind {
	if s.prevStart >= s.start && s.prevEnd-s.prevStart <= 8 && s.text[s.prevEnd-1] == '.' {
		if k, ok := lookupLower2(s.r.abbrev, s.text[s.prevStart:s.prevEnd], prev); ok {
			return k
		}
	}
	return s.r.kindOf(prev)
}

// endsBeforeLower reports whether a period after word prev ends the sentence
// although a lower-case word follows: prev must be an ordinary word of
// letters only, long enough not to be an unlisted abbreviation.
func (s *splitter) endsBeforeLower(prev string) bool {
	return isWord(prev, minLowerWord) && s.kindBefore(prev) == kindOrdinary
}

// speechFollows reports whether the text after byte p, which follows a
// quotation, is a short clause ending with a verb of saying and a full stop
// ("…?" वकील म्हणाला.): the quotation and the clause are one sentence.
func (s *splitter) speechFollows(p int) bool {
	t := s.text
	const maxWords = 6
	for w := 0; w < maxWords; w++ {
		q, ok := skipSpace(t, p)
		if !ok {
			return false
		}
		e := q
		for e < len(t) {
			r, n := runeAt(t, e)
			if isSpace(r) {
				break
			}
			if k, _ := s.r.markOf(r); k != markNone {
				if k == markStrong || k == markEllipsis {
					return false
				}
				_, ok := lookupLower(s.r.speech, t[q:e])
				return ok
			}
			if isOpener(r) || isCloser(r) {
				return false
			}
			e += n
		}
		p = e
	}
	return false
}
