package textin

import "strings"

// Line-level recognisers for the Markdown block parser.

// stripQuote drops the blockquote markers (">" with one optional space,
// after up to three spaces) at the start of line.
func stripQuote(line string) string {
	for {
		indent, rest := indentation(line)
		if indent > 3 || !strings.HasPrefix(rest, ">") {
			return line
		}
		line = rest[1:]
		if strings.HasPrefix(line, " ") {
			line = line[1:]
		}
	}
}

// indentation returns the width of the leading white space of line (a tab
// goes to the next multiple of 4) and the line without it.
func indentation(line string) (int, string) {
	w := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case ' ':
			w++
		case '\t':
			w += 4 - w%4
		default:
			return w, line[i:]
		}
	}
	return w, ""
}

// dedent removes up to n columns of leading white space from line.
func dedent(line string, n int) string {
	w := 0
	for i := 0; i < len(line); i++ {
		if w >= n {
			return line[i:]
		}
		switch line[i] {
		case ' ':
			w++
		case '\t':
			w += 4 - w%4
		default:
			return line[i:]
		}
	}
	return ""
}

// fenceOf returns the code fence ("```" or "~~~", three or more) that rest
// starts with, or "". A backtick fence's info string has no backtick.
func fenceOf(rest string) string {
	if len(rest) < 3 || rest[0] != '`' && rest[0] != '~' {
		return ""
	}
	n := 0
	for n < len(rest) && rest[n] == rest[0] {
		n++
	}
	if n < 3 || rest[0] == '`' && strings.IndexByte(rest[n:], '`') >= 0 {
		return ""
	}
	return rest[:n]
}

// atxHeading reads "## Heading ##": its level and text.
func atxHeading(rest string) (level int, text string, ok bool) {
	for level < len(rest) && rest[level] == '#' {
		level++
	}
	if level == 0 || level > 6 || level < len(rest) && rest[level] != ' ' && rest[level] != '\t' {
		return 0, "", false
	}
	text = strings.TrimSpace(rest[level:])
	if t := strings.TrimRight(text, "#"); t == "" || strings.HasSuffix(t, " ") || strings.HasSuffix(t, "\t") {
		text = strings.TrimSpace(t)
	}
	return level, text, true
}

// setextLevel returns 1 for a line of "=", 2 for a line of "-", else 0.
func setextLevel(rest string) int {
	t := strings.TrimRight(rest, " \t")
	switch {
	case t == "":
		return 0
	case strings.Trim(t, "=") == "":
		return 1
	case strings.Trim(t, "-") == "":
		return 2
	}
	return 0
}

// isRule reports whether rest is a thematic break: three or more of the
// same "-", "*" or "_", with optional spaces.
func isRule(rest string) bool {
	if rest == "" || rest[0] != '-' && rest[0] != '*' && rest[0] != '_' {
		return false
	}
	n := 0
	for i := 0; i < len(rest); i++ {
		switch rest[i] {
		case rest[0]:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// isDelimiterRow reports whether rest is a table's delimiter row, such as
// "|---|:---:|" or "--- | ---".
func isDelimiterRow(rest string) bool {
	t := strings.Trim(strings.TrimSpace(rest), "|")
	if t == "" || !strings.Contains(rest, "-") {
		return false
	}
	for _, cell := range strings.Split(t, "|") {
		c := strings.Trim(strings.TrimSpace(cell), ":")
		if c == "" || strings.Trim(c, "-") != "" {
			return false
		}
	}
	return true
}

// rawBlockEnd returns the end tag of a <script> or <style> block that rest
// starts, or "".
func rawBlockEnd(rest string) string {
	l := strings.ToLower(rest[:min(len(rest), 8)])
	for _, name := range []string{"script", "style"} {
		if strings.HasPrefix(l, "<"+name) && (len(l) == len(name)+1 || l[len(name)+1] == '>' || isTagSpace(l[len(name)+1])) {
			return "</" + name + ">"
		}
	}
	return ""
}

// mdItem is a list item's marker and content.
type mdItem struct {
	number  string // the number of an ordered item, "" for a bullet
	delim   string // "." or ")" after the number
	content string
}

// listMarker reads a list item marker ("- ", "* ", "+ ", "1. ", "2) ")
// followed by a space, a tab or the end of the line.
func listMarker(rest string) (mdItem, bool) {
	var m mdItem
	i := 0
	switch {
	case rest[0] == '-' || rest[0] == '*' || rest[0] == '+':
		i = 1
	case '0' <= rest[0] && rest[0] <= '9':
		for i < len(rest) && i < 10 && '0' <= rest[i] && rest[i] <= '9' {
			i++
		}
		if i > 9 || i == len(rest) || rest[i] != '.' && rest[i] != ')' {
			return m, false
		}
		m.number, m.delim = rest[:i], rest[i:i+1]
		i++
	default:
		return m, false
	}
	if i < len(rest) && rest[i] != ' ' && rest[i] != '\t' {
		return m, false
	}
	m.content = strings.TrimSpace(rest[i:])
	for _, box := range []string{"[ ] ", "[x] ", "[X] "} {
		if c, ok := strings.CutPrefix(m.content, box); ok {
			m.content = c
		}
	}
	return m, true
}

// normLabel is a reference label as matched: lower case, white space
// collapsed.
func normLabel(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// tableRow converts a table row: the cells' markup is converted and the
// cells are joined with tabs.
func tableRow(row string, refs map[string]bool) string {
	row = strings.TrimSpace(row)
	row = strings.TrimPrefix(row, "|")
	if strings.HasSuffix(row, "|") && !strings.HasSuffix(row, `\|`) {
		row = row[:len(row)-1]
	}
	var cells []string
	start := 0
	for i := 0; i < len(row); i++ {
		switch row[i] {
		case '\\':
			i++
		case '|':
			cells = append(cells, row[start:i])
			start = i + 1
		}
	}
	cells = append(cells, row[start:])
	for i, c := range cells {
		cells[i] = strings.TrimSpace(inline(strings.ReplaceAll(c, `\|`, "|"), refs))
	}
	return strings.Join(cells, "\t")
}
