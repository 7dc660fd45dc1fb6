package library

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"annotator/app/formats"
	"annotator/app/model"
	"annotator/app/store"
)

const (
	otherText  = "Alpha goes first. Beta comes next. Gamma ends it."
	newText    = "A new text arrives. It has its own words. Nobody has seen it."
	brokenText = "This record is broken. It must stay so."
)

// backupOf encodes a backup of the texts, each with "claim" on the given
// sentences.
func backupOf(t *testing.T, docs map[string][]int, titles map[string]string) []byte {
	t.Helper()
	var bds []formats.BackupDocument
	for _, text := range slices.Sorted(func(yield func(string) bool) {
		for k := range docs {
			if !yield(k) {
				return
			}
		}
	}) {
		d := model.New(titles[text], text)
		h := model.NewHistory(d)
		for _, i := range docs[text] {
			h.ToggleTag(i, "claim")
		}
		bds = append(bds, formats.NewBackupDocument(d, formats.Options{Modified: t0}))
	}
	data, err := formats.EncodeBackup(t0, bds...)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// importFixture stores the open document (claim on 0), another one
// (claim on 0) and one with an unreadable record, and a backup that adds
// claim 1 to the open one and to the other, holds a new document and
// the broken one.
func importFixture(t *testing.T) (repo store.Repo, kv *store.MapKV, open *model.Document, data []byte) {
	repo, kv = newRepo()
	storeDoc(t, repo, "Open", threeText, 0)
	storeDoc(t, repo, "Other", otherText, 0)
	broken := storeDoc(t, repo, "Broken", brokenText, 0)
	kv.Set(store.DocKey(broken.ID), "{nope")
	data = backupOf(t,
		map[string][]int{threeText: {0, 1}, otherText: {1}, newText: {2}, brokenText: {1}},
		map[string]string{threeText: "Open", otherText: "Other", newText: "New", brokenText: "Broken"})
	l, err := Open(repo, model.New("", threeText).ID)
	if err != nil {
		t.Fatal(err)
	}
	return repo, kv, l.Doc, data
}

func TestPlanImportBackup(t *testing.T) {
	repo, kv, open, data := importFixture(t)
	before := dump(t, kv)
	p, err := PlanImport(repo, open, "backup.json", data)
	if err != nil {
		t.Fatal(err)
	}
	unchanged(t, kv, before) // planning writes nothing
	if p.Name != "backup.json" || p.Kind != formats.KindBackup {
		t.Errorf("plan %q %v", p.Name, p.Kind)
	}
	if p.Here == nil || p.Here.Added != 1 || p.Here.Unchanged != 1 || !p.Here.Fresh(open) {
		t.Fatalf("Here = %+v", p.Here)
	}
	if len(p.Others) != 1 || p.Others[0].Doc.Title != "Other" || p.Others[0].Plan.Added != 1 || p.Others[0].Rev != 1 {
		t.Fatalf("Others = %+v", p.Others)
	}
	if len(p.Adds) != 1 || p.Adds[0].Title != "New" {
		t.Fatalf("Adds = %+v", p.Adds)
	}
	if len(p.Skipped) != 1 || p.Skipped[0].Title != "Broken" || !errors.Is(p.Skipped[0].Err, store.ErrUnreadable) {
		t.Fatalf("Skipped = %+v", p.Skipped)
	}

	// Another tab tags sentence 2 of Other after the preview: it survives.
	otherID := p.Others[0].Doc.ID
	tab, _ := Open(repo, otherID)
	model.NewHistory(tab.Doc).ToggleTag(2, "fact")
	if _, _, err := repo.Sync(tab.Doc, tab.Rev, map[int]bool{2: true}, nil, t0); err != nil {
		t.Fatal(err)
	}

	// The preview is stale: nothing is written, and the message names the
	// document and says what to do.
	before = dump(t, kv)
	var changed *ChangedError
	if done, err := p.ApplyElsewhere(repo, t0); !errors.As(err, &changed) || !slices.Equal(changed.Titles, []string{"Other"}) || len(done) != 0 ||
		!strings.Contains(err.Error(), "open the file again") {
		t.Fatalf("a stale preview: ApplyElsewhere = %q, %v", done, err)
	}
	unchanged(t, kv, before)

	// A new preview sees the other tab's work and keeps it.
	p, err = PlanImport(repo, open, "backup.json", data)
	if err != nil {
		t.Fatal(err)
	}
	summary := p.Others[0].Plan.Summary()
	done, err := p.ApplyElsewhere(repo, t0)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"“Other”: " + summary, "added “New”"}; !slices.Equal(done, want) {
		t.Errorf("done = %q, want %q", done, want)
	}
	other, _ := Open(repo, otherID)
	if got := tagged(other.Doc); !slices.Equal(got, []int{0, 1, 2}) || other.Rev != 3 {
		t.Errorf("Other after the import: tagged %v rev %d", got, other.Rev)
	}
	added, err := Open(repo, model.New("", newText).ID)
	if err != nil || added.Text.From != "backup.json" || added.Text.Title != "New" || !slices.Equal(tagged(added.Doc), []int{2}) {
		t.Errorf("New after the import: %+v, %v", added, err)
	}
	if still, _ := Open(repo, open.ID); !slices.Equal(tagged(still.Doc), []int{0}) {
		t.Error("ApplyElsewhere must leave the open document to the caller")
	}
	if v, _, _ := kv.Get(store.DocKey(model.New("", brokenText).ID)); v != "{nope" {
		t.Errorf("the unreadable record was written over: %q", v)
	}
}

func TestPlanImportIntoTheOpenDocument(t *testing.T) {
	repo, kv := newRepo()
	src := model.New("Open", threeText)
	model.NewHistory(src).ToggleTag(1, "evidence")
	w3c, err := formats.Export(formats.FormatW3C, src, formats.Options{Modified: t0})
	if err != nil {
		t.Fatal(err)
	}
	open := storeDoc(t, repo, "Open", threeText, 0)
	for _, c := range []struct {
		name string
		open *model.Document
		data []byte
		ok   bool
	}{
		{"W3C", open, w3c, true},
		{"W3C without an open document", nil, w3c, false},
		{"garbage", open, []byte("{nope"), false},
		{"damaged backup", open, []byte(`{"format":"annotator-backup","schema":1}`), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			before := dump(t, kv)
			p, err := PlanImport(repo, c.open, "in.json", c.data)
			unchanged(t, kv, before)
			if !c.ok {
				if err == nil {
					t.Fatalf("PlanImport = %+v, want an error", p)
				}
				return
			}
			if err != nil || p.Here == nil || p.Here.Added != 1 || len(p.Others)+len(p.Adds) != 0 {
				t.Fatalf("PlanImport = %+v, %v", p, err)
			}
			if done, err := p.ApplyElsewhere(repo, t0); err != nil || len(done) != 0 {
				t.Errorf("ApplyElsewhere = %v, %v", done, err)
			}
			unchanged(t, kv, before)
		})
	}
}

func TestApplyElsewhereFullQuota(t *testing.T) {
	addsOnly := func(t *testing.T) (store.Repo, *store.MapKV, *ImportPlan) {
		repo, kv := newRepo()
		p, err := PlanImport(repo, nil, "b.json", backupOf(t, map[string][]int{newText: {0}}, map[string]string{newText: "New"}))
		if err != nil || len(p.Adds) != 1 {
			t.Fatal(p, err)
		}
		return repo, kv, p
	}
	cases := []struct {
		name  string
		setup func(t *testing.T) (store.Repo, *store.MapKV, *ImportPlan)
		err   error
		msg   string // in the error
	}{
		{"merge into another document", func(t *testing.T) (store.Repo, *store.MapKV, *ImportPlan) {
			repo, kv, open, data := importFixture(t)
			p, err := PlanImport(repo, open, "b.json", data)
			if err != nil {
				t.Fatal(err)
			}
			kv.Limit = size(t, kv) + 10
			return repo, kv, p
		}, store.ErrQuota, "could not save “Other”"},
		{"add: no room for the text", func(t *testing.T) (store.Repo, *store.MapKV, *ImportPlan) {
			repo, kv, p := addsOnly(t)
			kv.Limit = 50
			return repo, kv, p
		}, store.ErrQuota, "could not add “New”"},
		{"add: room for the text only", func(t *testing.T) (store.Repo, *store.MapKV, *ImportPlan) {
			repo, kv, p := addsOnly(t)
			kv.Limit = len(store.TextKey(p.Adds[0].ID)) + len(newText) + 300
			return repo, kv, p
		}, store.ErrQuota, "could not save the annotations of “New”"},
		{"add: the document arrived since the preview", func(t *testing.T) (store.Repo, *store.MapKV, *ImportPlan) {
			repo, kv, p := addsOnly(t)
			storeDoc(t, repo, "Mine now", newText, 1)
			return repo, kv, p
		}, nil, "“New” changed in another tab since this preview"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			repo, kv, p := c.setup(t)
			before := dump(t, kv)
			done, err := p.ApplyElsewhere(repo, t0)
			if err == nil || c.err != nil && !errors.Is(err, c.err) || !strings.Contains(err.Error(), c.msg) || len(done) != 0 {
				t.Fatalf("ApplyElsewhere = %q, %v; want %v", done, err, c.err)
			}
			unchanged(t, kv, before)
		})
	}
}

// TestTooManyNewTagsAreRefused: a CSV naming 1,000 tags the document does
// not have is refused (a set holds model.MaxTags), and 4,000 names that
// all make the same tag id are refused as quickly: nothing grows with the
// square of the names.
func TestTooManyNewTagsAreRefused(t *testing.T) {
	for _, c := range []struct {
		n    int
		name func(k int) string
	}{
		{1000, func(k int) string { return fmt.Sprintf("Tag %d", k) }},
		{4000, func(k int) string { return "same" + strings.Repeat("!", k%50) + strings.Repeat(" ", k/50) }},
	} {
		repo, _ := newRepo()
		src := model.New("Many", "One sentence here. Another one there.")
		src.TagSet = model.TagSet{Name: "Many"}
		for k := range c.n {
			src.TagSet.Tags = append(src.TagSet.Tags, model.Tag{ID: fmt.Sprintf("t%d", k), Name: c.name(k), Color: "#000000"})
			src.Marks[k%2].Tags = append(src.Marks[k%2].Tags, fmt.Sprintf("t%d", k))
		}
		csv, err := formats.EncodeCSV(src)
		if err != nil {
			t.Fatal(err)
		}
		open := model.New("Many", src.Text)
		start := time.Now()
		_, err = PlanImport(repo, open, "many.csv", csv)
		if err == nil || !strings.Contains(err.Error(), "at most 28 tags") {
			t.Errorf("%d new tags: %v", c.n, err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Logf("%d new tags took %v", c.n, d) // a figure, not an assertion: the machine is shared
		}
		if len(open.TagSet.Tags) != 6 {
			t.Errorf("the open document's tag set changed: %d tags", len(open.TagSet.Tags))
		}
	}
}

// TestImportNeverRevertsAnotherTab is finding 2 of issue 19: tab B
// previews a backup holding document D; tab A then tags, notes and
// untags in D, on the sentences the backup touches too; B's Import must
// not revert A's work. It is refused, and D stays as A left it, byte for
// byte; a new preview then merges into A's version.
func TestImportNeverRevertsAnotherTab(t *testing.T) {
	repo, kv := newRepo()
	storeDoc(t, repo, "D", otherText, 0, 2)
	data := backupOf(t, map[string][]int{otherText: {0, 1}}, map[string]string{otherText: "D"})
	p, err := PlanImport(repo, nil, "backup.json", data) // tab B's preview
	if err != nil || len(p.Others) != 1 || p.Others[0].Plan.Added != 1 {
		t.Fatalf("PlanImport = %+v, %v", p, err)
	}
	// Tab A: untags claim on 0, tags 1 "fact", writes a note on 1, untags 2.
	a, _ := Open(repo, p.Others[0].Doc.ID)
	h := model.NewHistory(a.Doc)
	h.ToggleTag(0, "claim")
	h.ToggleTag(1, "fact")
	h.SetNote(1, "A's note")
	h.ToggleTag(2, "claim")
	if _, _, err := repo.Sync(a.Doc, a.Rev, map[int]bool{0: true, 1: true, 2: true}, nil, t0); err != nil {
		t.Fatal(err)
	}
	before := dump(t, kv)
	if done, err := p.ApplyElsewhere(repo, t0); err == nil || len(done) != 0 {
		t.Fatalf("the stale import was applied: %q, %v", done, err)
	}
	unchanged(t, kv, before)
	p, err = PlanImport(repo, nil, "backup.json", data)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.ApplyElsewhere(repo, t0); err != nil {
		t.Fatal(err)
	}
	d, _ := Open(repo, a.Doc.ID)
	m1 := d.Doc.Marks[1]
	if !slices.Equal(d.Doc.Marks[0].Tags, []string{"claim"}) || !slices.Equal(m1.Tags, []string{"fact", "claim"}) || m1.Note != "A's note" || !d.Doc.Marks[2].Empty() {
		t.Errorf("after the new preview's import: %+v", d.Doc.Marks)
	}
}
