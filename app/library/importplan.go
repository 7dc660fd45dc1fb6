package library

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"annotator/app/formats"
	"annotator/app/jsonstrict"
	"annotator/app/model"
	"annotator/app/store"
)

// ImportPlan is an import checked and waiting for the reader's go-ahead:
// PlanImport writes nothing.
type ImportPlan struct {
	// Name is the name of the imported file.
	Name string
	// Kind is what the file is.
	Kind formats.Kind
	// Here is the merge into the open document, nil when the file holds
	// nothing for it. The caller applies it as one undoable change
	// (Here.Change(), while Here.Fresh(open)).
	Here *formats.Plan
	// Others are merges into other documents of this device.
	Others []OtherMerge
	// Adds are documents new to this device.
	Adds []formats.BackupDocument
	// Skipped are documents of the file whose stored copy on this device
	// cannot be read: they are left as they are, neither merged nor added.
	Skipped []Skipped
	// Records are the stored values a backup carries (exercises, answer
	// keys, students' work, preferences): RestoreRecords writes those not
	// stored here. Unreadable counts its documents kept only as raw data,
	// which an import leaves out.
	Records    []formats.StoredValue
	Unreadable int
}

// OtherMerge is a merge into a stored document that is not open.
type OtherMerge struct {
	// Doc is the document with its stored marks; ApplyElsewhere puts the
	// plan's results on it.
	Doc *model.Document
	// Plan is what the import changes in Doc.
	Plan formats.Plan
	// Orphans and Rev are the stored record's, kept for the write.
	Orphans []store.StoredMark
	Rev     int
	// Stored is what the document's record key held at the preview
	// (HasRecord false when it held nothing), and HasText whether its text
	// was stored: Changed compares them with what is stored at apply.
	Stored             string
	HasRecord, HasText bool
}

// ChangedError refuses an import whose documents changed on this device
// (in another tab) since the preview: nothing is written, so that the
// other tab's work is never reverted by a stale preview.
type ChangedError struct {
	// Titles name the documents that changed.
	Titles []string
}

// Error says which documents changed and what to do.
func (e *ChangedError) Error() string {
	return fmt.Sprintf("%s changed in another tab since this preview, so nothing was imported: open the file again to see the new preview",
		strings.Join(quoted(e.Titles), ", "))
}

// TooManyTagsError refuses a file whose new tags would give a document
// more than model.MaxTags tags.
type TooManyTagsError struct {
	// New counts the file's tags the document lacks; Title names the
	// document; Has counts its tags.
	New   int
	Title string
	Has   int
}

// Error says so in English, with the right plurals (the browser says it
// in the interface language).
func (e *TooManyTagsError) Error() string {
	tags := "tags"
	if e.New == 1 {
		tags = "tag"
	}
	return fmt.Sprintf("it names %d %s that “%s” does not have, and a tag set holds at most %d tags (it has %d): remove tags from the file, or import it into a document with fewer tags",
		e.New, tags, e.Title, model.MaxTags, e.Has)
}

// ImportError is a file PlanImport could not read: Kind is what it was
// read as, Err (often a *formats.Error, with the place in the file) why.
type ImportError struct {
	Kind formats.Kind
	Err  error
}

// Error is Err's text.
func (e *ImportError) Error() string { return e.Err.Error() }

// Unwrap returns Err.
func (e *ImportError) Unwrap() error { return e.Err }

// quoted puts each title in quotation marks.
func quoted(titles []string) []string {
	out := make([]string, len(titles))
	for i, t := range titles {
		out[i] = "“" + t + "”"
	}
	return out
}

// Skipped is a document of an import left alone because its stored copy
// cannot be read.
type Skipped struct {
	// ID and Title name the document as the file does.
	ID, Title string
	// Err says what cannot be read.
	Err error
}

// PlanFor resolves annotations on d, adding to d's tag set (in the plan)
// the tags it lacks.
//
// The error refuses a file whose new tags would give the document more
// than model.MaxTags tags (a set holds that many, so that every tag has a
// key): nothing is imported rather than some tags silently.
func PlanFor(d *model.Document, anns []formats.Annotation) (formats.Plan, error) {
	// Each step takes its part of the progress (formats.InStage), so that a
	// browser yields while a hundred thousand annotations are placed.
	var res formats.Resolution
	formats.InStage(0, 500, func() { res = formats.Resolve(d, d.TagSet, anns) })
	if len(res.UnknownTags) > 0 {
		unknown := res.UnknownTags
		ts := formats.ExtendTagSet(d.TagSet, unknown)
		if len(ts.Tags) > model.MaxTags {
			return formats.Plan{}, &TooManyTagsError{New: len(unknown), Title: d.Title, Has: len(d.TagSet.Tags)}
		}
		formats.InStage(500, 900, func() { res = formats.Resolve(d, ts, anns) })
		res.UnknownTags = unknown
	}
	var plan formats.Plan
	formats.InStage(900, formats.ProgressTotal, func() { plan = formats.NewPlan(d, res) })
	return plan, nil
}

// PlanImport decodes an import file and works out what it would change:
// in open (the open document, with its current marks; nil when none is
// open), in the other documents of this device, and which documents it
// would add. A W3C or CSV file goes into open; a backup's documents go
// each into the document of the same id (open, another one, or a new
// one). The error says why the file cannot be imported: an *ImportError
// when it cannot be read, a *TooManyTagsError when its tags do not fit.
func PlanImport(repo store.Repo, open *model.Document, name string, data []byte) (*ImportPlan, error) {
	p := &ImportPlan{Name: name, Kind: formats.Detect(data)}
	if p.Kind != formats.KindBackup {
		if open == nil {
			return nil, errors.New("open the document to import these annotations into first")
		}
		var anns []formats.Annotation
		var err error
		formats.InStage(0, 600, func() { _, anns, err = formats.ReadAnnotations(data, open.ID) })
		if err != nil {
			return nil, &ImportError{Kind: p.Kind, Err: err}
		}
		var plan formats.Plan
		formats.InStage(600, formats.ProgressTotal, func() { plan, err = PlanFor(open, anns) })
		if err != nil {
			return nil, err
		}
		p.Here = &plan
		return p, nil
	}
	var b *formats.Backup
	var err error
	formats.InStage(0, 500, func() { b, err = formats.DecodeBackup(data) })
	if err != nil {
		return nil, &ImportError{Kind: p.Kind, Err: err}
	}
	p.Records, p.Unreadable = b.Records, len(b.Unreadable)
	// The documents are planned one by one, each in its part of the
	// progress, so that a browser yields between them and within each.
	n := len(b.Documents)
	for i, bd := range b.Documents {
		formats.InStage(500+500*i/n, 500+500*(i+1)/n, func() { err = p.planDocument(repo, open, bd) })
		if err != nil {
			return nil, err
		}
		if report := jsonstrict.ScopedProgress(); report != nil {
			report(500+500*(i+1)/n, formats.ProgressTotal)
		}
	}
	return p, nil
}

// planDocument adds to p what the backup document bd would change: a
// merge into open or into the stored document of its id, an addition, or
// a skip when the stored copy cannot be read.
func (p *ImportPlan) planDocument(repo store.Repo, open *model.Document, bd formats.BackupDocument) error {
	if open != nil && bd.ID == open.ID {
		plan, err := PlanFor(open, bd.Annotations())
		if err != nil {
			return err
		}
		p.Here = &plan
		return nil
	}
	l, err := Peek(repo, bd.ID)
	switch {
	case errors.Is(err, ErrNotFound):
		p.Adds = append(p.Adds, bd)
	case err != nil:
		p.Skipped = append(p.Skipped, Skipped{ID: bd.ID, Title: bd.Title, Err: err})
	case l.RecErr != nil:
		p.Skipped = append(p.Skipped, Skipped{ID: bd.ID, Title: bd.Title, Err: l.RecErr})
	default:
		plan, err := PlanFor(l.Doc, bd.Annotations())
		if err != nil {
			return err
		}
		raw, ok, err := repo.KV.Get(store.DocKey(bd.ID))
		if err != nil {
			return err
		}
		p.Others = append(p.Others, OtherMerge{Doc: l.Doc, Plan: plan, Orphans: l.Orphans, Rev: l.Rev,
			Stored: raw, HasRecord: ok, HasText: l.Text != nil})
	}
	return nil
}

// Changed returns the titles of the documents this plan would write that
// changed on this device since the preview (another tab annotated,
// deleted or added one): a plan that names any must not be applied.
func (p *ImportPlan) Changed(repo store.Repo) ([]string, error) {
	var titles []string
	for _, m := range p.Others {
		raw, ok, err := repo.KV.Get(store.DocKey(m.Doc.ID))
		if err != nil {
			return nil, err
		}
		_, hasText, err := repo.KV.Get(store.TextKey(m.Doc.ID))
		if err != nil {
			return nil, err
		}
		if ok != m.HasRecord || raw != m.Stored || hasText != m.HasText {
			titles = append(titles, m.Doc.Title)
		}
	}
	for _, bd := range p.Adds {
		for _, k := range []string{store.TextKey(bd.ID), store.DocKey(bd.ID)} {
			if k == store.TextKey(bd.ID) && IsShipped(bd.ID) {
				continue // a shipped article's text is the app's
			}
			if _, ok, err := repo.KV.Get(k); err != nil {
				return nil, err
			} else if ok {
				titles = append(titles, bd.Title)
				break
			}
		}
	}
	return titles, nil
}

// ApplyElsewhere writes the plan's Others and Adds (Here is the caller's,
// into the open document's history), dated now, and returns one line per
// document for the status: "“<title>”: <plan summary>" and
// "added “<title>”". When a document changed since the preview (Changed)
// it writes nothing and returns a *ChangedError. Each merge is made with
// what is stored at this moment (read again, never the preview's copy)
// and written with store.Repo.Sync. It stops at the first failure (a
// full quota, say) and returns the lines of what was written before it; a
// document whose annotations could not be written is not left half added.
func (p *ImportPlan) ApplyElsewhere(repo store.Repo, now time.Time) (done []string, err error) {
	changed, err := p.Changed(repo)
	if err != nil {
		return nil, err
	}
	if len(changed) > 0 {
		return nil, &ChangedError{Titles: changed}
	}
	for _, m := range p.Others {
		if err := mergeStored(repo, m, now); err != nil {
			return done, fmt.Errorf("could not save “%s”: %w", m.Doc.Title, err)
		}
		done = append(done, fmt.Sprintf("“%s”: %s", m.Doc.Title, m.Plan.Summary()))
	}
	for _, bd := range p.Adds {
		if err := addBackupDocument(repo, p.Name, bd, now); err != nil {
			return done, err
		}
		done = append(done, fmt.Sprintf("added “%s”", bd.Title))
	}
	return p.restoreRecords(repo, done)
}

// mergeStored reads m's document as it is stored now and writes it with
// the plan's imported marks merged in (formats.Merge) and the plan's new
// tags added to its tag set.
func mergeStored(repo store.Repo, m OtherMerge, now time.Time) error {
	l, err := Peek(repo, m.Doc.ID)
	if err != nil {
		return err
	}
	if l.RecErr != nil {
		return l.RecErr
	}
	d := l.Doc
	for _, t := range m.Plan.TagSetAfter.Tags {
		if _, ok := d.TagSet.Find(t.ID); !ok {
			d.TagSet.Tags = append(d.TagSet.Tags, t)
		}
	}
	dirty := map[int]bool{}
	for _, e := range m.Plan.Entries {
		if e.Status == formats.Unchanged || e.Sentence >= len(d.Marks) {
			continue
		}
		if after := formats.Merge(d.Marks[e.Sentence], e.Imported); !after.Equal(d.Marks[e.Sentence]) {
			d.Marks[e.Sentence] = after
			dirty[e.Sentence] = true
		}
	}
	_, _, err = repo.Sync(d, l.Rev, dirty, l.Orphans, now)
	return err
}

// addBackupDocument stores a document of a backup that is new to this
// device: its text (unless shipped) and its record.
func addBackupDocument(repo store.Repo, from string, bd formats.BackupDocument, now time.Time) error {
	shipped := IsShipped(bd.ID)
	if !shipped {
		d, _ := bd.Document()
		t := store.StoredText{ID: bd.ID, Title: bd.Title, Text: bd.Text, Sentences: len(d.Sentences), Added: now, From: from,
			Headings: bd.Headings, Lang: bd.Lang}
		if err := repo.SaveText(t); err != nil {
			return fmt.Errorf("could not add “%s”: %w", bd.Title, err)
		}
	}
	if err := repo.Save(bd.Record()); err != nil {
		if !shipped {
			repo.Delete(bd.ID) // nothing was stored for it before
		}
		return fmt.Errorf("could not save the annotations of “%s”: %w", bd.Title, err)
	}
	return nil
}
