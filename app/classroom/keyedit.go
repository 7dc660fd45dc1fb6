package classroom

import (
	"fmt"
	"slices"
	"time"

	"annotator/app/agreement"
	"annotator/app/jsonstrict"
	"annotator/app/model"
	"annotator/app/store"
)

// NextKey makes the next version of an answer key from the teacher's
// annotations of d (as KeyFrom does) for ex, which may be a revised
// version of prev's exercise (same id and text). Its Version is prev's + 1
// (1 when prev is nil). prev's alternatives are kept where they still fit:
// their sentence is in the text, their tags are in the tag set (a tag prev
// added is carried over when ex allows new tags), and they are not now
// the key's own answer.
func NextKey(d *model.Document, ex Exercise, prev *Key) (Key, error) {
	if prev != nil && (prev.Exercise.ID != ex.ID || prev.Exercise.TextHash != ex.TextHash) {
		return Key{}, fmt.Errorf("the previous key is for another exercise (%q)", jsonstrict.Clip(prev.Exercise.Title, 60))
	}
	k, err := KeyFrom(d, ex)
	if err != nil || prev == nil {
		return k, err
	}
	k.Version = prev.VersionNumber() + 1
	kd, _ := k.Document()
	texts := sentenceIndex(kd)
	for _, a := range prev.Alternatives {
		i := findSentence(texts, a.Quote, a.Sentence)
		if i < 0 {
			continue
		}
		newTags, refused := k.withTags(a.Tags, prev.NewTags)
		if refused == "" && k.addAlternative(texts, i, kd.SentenceText(i), agreement.NewSet(kd.Marks[i].Tags...), a.Tags) {
			k.NewTags = newTags
		}
	}
	if err := k.check(); err != nil {
		return Key{}, err
	}
	if _, err := k.Encode(); err != nil {
		return Key{}, err
	}
	return k, nil
}

// withTags returns the key's new tags with those of tags it lacks added
// (their definitions taken from defs, else named by their id), or the
// first tag outside the exercise's closed tag set.
func (k *Key) withTags(tags []string, defs []model.Tag) ([]model.Tag, string) {
	known := map[string]bool{}
	for _, t := range k.Exercise.TagSet.Tags {
		known[t.ID] = true
	}
	for _, t := range k.NewTags {
		known[t.ID] = true
	}
	out := k.NewTags
	for _, id := range tags {
		if known[id] {
			continue
		}
		if !k.Exercise.AllowNewTags {
			return nil, id
		}
		t := model.Tag{ID: id, Name: id}
		if i := slices.IndexFunc(defs, func(d model.Tag) bool { return d.ID == id }); i >= 0 {
			t = defs[i]
		}
		out = append(slices.Clip(out), t)
		known[id] = true
	}
	return out, ""
}

// addAlternative adds tags as an alternative for sentence i (text quote)
// of the text whose sentenceIndex is texts, unless it is keySet or
// already accepted; it reports whether it added it.
func (k *Key) addAlternative(texts map[string][]int, i int, quote string, keySet agreement.Set, tags []string) bool {
	set := agreement.NewSet(tags...)
	if slices.Equal(set, keySet) || slices.ContainsFunc(k.Alternatives, isAlternative(texts, i, set)) {
		return false
	}
	k.Alternatives = append(k.Alternatives, Alternative{Sentence: i, Quote: quote, Tags: append([]string{}, cleanTags(tags)...)})
	return true
}

// isAlternative returns a test of whether an alternative is set for
// sentence i of the text whose sentenceIndex is texts (placed as
// placeAlternatives does).
func isAlternative(texts map[string][]int, i int, set agreement.Set) func(Alternative) bool {
	return func(a Alternative) bool {
		return findSentence(texts, a.Quote, a.Sentence) == i && slices.Equal(agreement.NewSet(a.Tags...), set)
	}
}

// cleanTags returns tags without empty ids and repeats, in order.
func cleanTags(tags []string) []string {
	var out []string
	for _, t := range tags {
		if t != "" && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// edit runs change on a copy of k, given the placed key document; when
// the copy is valid it is sealed and replaces k, else k is unchanged.
func (k *Key) edit(i int, change func(nk *Key, kd *model.Document) error) error {
	kd, _ := k.Document()
	if i < 0 || i >= len(kd.Sentences) {
		return fmt.Errorf("there is no sentence %d: the text has %s", i+1, countNoun(len(kd.Sentences), "sentence"))
	}
	nk := *k
	nk.Marks = slices.Clone(k.Marks)
	nk.NewTags = slices.Clone(k.NewTags)
	nk.Alternatives = slices.Clone(k.Alternatives)
	if err := change(&nk, kd); err != nil {
		return err
	}
	if err := nk.check(); err != nil {
		return err
	}
	if _, err := nk.Encode(); err != nil {
		return err
	}
	*k = nk
	return nil
}

// SetTags corrects the key's tag set of sentence i (an index of the
// exercise text's sentences) to tags, keeping the sentence's note and
// highlights; with no tags, no note and no highlight the mark goes. A tag
// outside the tag set is an error unless the exercise allows new tags
// (it is then added, named by its id). Alternatives of the sentence that
// equal the new set are dropped. The version stays: call Bump to release
// the corrected key. k is unchanged on error.
func (k *Key) SetTags(i int, tags []string) error {
	return k.edit(i, func(nk *Key, kd *model.Document) error {
		tags := cleanTags(tags)
		newTags, refused := nk.withTags(tags, nil)
		if refused != "" {
			return closedTagError(refused)
		}
		nk.NewTags = newTags
		cpStart, cpEnd := kd.CodePoints(i)
		pos, found := slices.BinarySearchFunc(nk.Marks, cpStart, func(m store.StoredMark, cp int) int { return m.Start - cp })
		switch {
		case found && nk.Marks[pos].End == cpEnd:
			m := nk.Marks[pos]
			m.Tags = slices.Clone(tags)
			if len(tags) == 0 {
				m.Tags = nil
			}
			nk.Marks[pos] = m
			if m.Empty() {
				nk.Marks = slices.Delete(nk.Marks, pos, pos+1)
			}
		case found, pos > 0 && nk.Marks[pos-1].End > cpStart, pos < len(nk.Marks) && nk.Marks[pos].Start < cpEnd:
			return fmt.Errorf("the key's mark near sentence %d was made on a text split differently; open the key, correct it and save it as a new key", i+1)
		case len(tags) > 0:
			one := model.New(kd.Title, kd.Text)
			one.Marks[i] = model.Mark{Tags: slices.Clone(tags)}
			nk.Marks = slices.Insert(nk.Marks, pos, store.FromDocument(one, nil, time.Time{}).Marks[0])
		}
		nk.Alternatives = slices.DeleteFunc(nk.Alternatives, isAlternative(sentenceIndex(kd), i, agreement.NewSet(tags...)))
		return nil
	})
}

// Accept adds tags as an alternative answer for sentence i: a student who
// gave exactly this set is right too. Accepting the key's own set or one
// already accepted changes nothing. A tag outside the tag set is an error
// unless the exercise allows new tags (it is then added, named by its
// id). The version stays: call Bump to release the key. k is unchanged on
// error.
func (k *Key) Accept(i int, tags []string) error {
	return k.edit(i, func(nk *Key, kd *model.Document) error {
		newTags, refused := nk.withTags(cleanTags(tags), nil)
		if refused != "" {
			return closedTagError(refused)
		}
		if nk.addAlternative(sentenceIndex(kd), i, kd.SentenceText(i), agreement.NewSet(kd.Marks[i].Tags...), tags) {
			nk.NewTags = newTags
		}
		return nil
	})
}

// Unaccept withdraws the alternative tags of sentence i, if accepted.
func (k *Key) Unaccept(i int, tags []string) error {
	set := agreement.NewSet(tags...)
	return k.edit(i, func(nk *Key, kd *model.Document) error {
		nk.Alternatives = slices.DeleteFunc(nk.Alternatives, isAlternative(sentenceIndex(kd), i, set))
		return nil
	})
}

// Accepted reports whether tags (as a set) is an accepted alternative of
// sentence i.
func (k *Key) Accepted(i int, tags []string) bool {
	d := k.Exercise.Document()
	if i < 0 || i >= len(d.Sentences) {
		return false
	}
	return slices.ContainsFunc(k.Alternatives, isAlternative(sentenceIndex(d), i, agreement.NewSet(tags...)))
}

// closedTagError says that tag id is outside a closed tag set.
func closedTagError(id string) error {
	return fmt.Errorf("the tag %q is not in the exercise's tag set, which is closed", jsonstrict.Clip(id, 40))
}

// Bump makes the key its next version (Version + 1) and seals it again
// (sets the checksum): after SetTags and Accept, before handing the key
// out again.
func (k *Key) Bump() {
	k.Version = k.VersionNumber() + 1
	k.Encode()
}
