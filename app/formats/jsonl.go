package formats

import (
	"bytes"
	"encoding/json"
	"unicode/utf8"

	"annotator/app/model"
)

// JSONLLine is one line of the doccano export: a sentence and its labels.
type JSONLLine struct {
	// Text is the sentence text.
	Text string `json:"text"`
	// Label holds [start, end, tag name] triples in code points relative
	// to the sentence: whole-sentence tags first as [0, length, name], then
	// the highlights in text order.
	Label [][3]any `json:"label"`
}

// JSONL builds the doccano lines of d, one per sentence, annotated or not.
// Notes have no place in doccano's sequence-labelling format and are left
// out.
func JSONL(d *model.Document) []JSONLLine {
	lines := make([]JSONLLine, len(d.Sentences))
	for i := range d.Sentences {
		text := d.SentenceText(i)
		m := d.Marks[i]
		l := JSONLLine{Text: text, Label: [][3]any{}}
		n := utf8.RuneCountInString(text)
		for _, t := range m.Tags {
			l.Label = append(l.Label, [3]any{0, n, tagName(d.TagSet, t)})
		}
		for _, h := range m.Highlights {
			if h.Start < 0 || h.End > len(text) || h.Start >= h.End {
				continue
			}
			cp0 := utf8.RuneCountInString(text[:h.Start])
			cp1 := cp0 + utf8.RuneCountInString(text[h.Start:h.End])
			l.Label = append(l.Label, [3]any{cp0, cp1, tagName(d.TagSet, h.Tag)})
		}
		lines[i] = l
	}
	return lines
}

// EncodeJSONL writes JSONL(d) as JSON Lines (UTF-8, "\n" after each line).
func EncodeJSONL(d *model.Document) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, l := range JSONL(d) {
		if err := enc.Encode(l); err != nil {
			return nil, err
		}
	}
	return buf.Bytes(), nil
}
