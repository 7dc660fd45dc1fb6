package ui

import (
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/classroom"
	"annotator/app/library"
	"annotator/app/store"
)

// ClassPage is the teacher's class view: pick an exercise, import the
// students' submissions (files or a .zip), see the heatmap, the agreement
// figures and, with the answer key, the grades. Submissions stay in
// memory: nothing of the students is stored.
type ClassPage struct {
	app.Compo

	repo    store.Repo
	made    []classroom.Exercise // exercises made on this device
	keys    map[string]*classroom.Key
	ex      *classroom.Exercise
	key     *classroom.Key
	imp     *classroom.Importer // the submissions read so far, each file once
	left    map[string]bool     // files the teacher left out of the view
	view    *classroom.ClassView
	refused []classroom.Refusal
	alert   string
	status  string
	ready   bool

	student     string // the student whose work is open beside the key
	studentFile string // and the file it came from (two files may claim one name)
	anon        bool   // names shown as Student 1…n (for projecting)
	keyEdited   bool   // the key was corrected in this view: it has its new version
	showAll     bool   // every student's row and note, not the first page
	parts       classParts
	builds      int         // how many times the view was computed ([data-view-builds])
	viewOf      classInputs // what c.view was computed from
}

// OnInit picks the interface language.
func (c *ClassPage) OnInit() { startLang() }

// OnMount lists the exercises made on this device.
func (c *ClassPage) OnMount(ctx app.Context) {
	c.repo = store.Repo{KV: localStorage{}}
	applyStoredTheme(c.repo.KV)
	c.keys = map[string]*classroom.Key{}
	made, problems := library.LoadMade(c.repo.KV)
	for _, m := range made {
		c.made = append(c.made, m.Exercise)
		if m.Key != nil {
			c.keys[m.Exercise.ID] = m.Key
		}
	}
	if len(problems) > 0 {
		c.alert = tr("Some exercises made on this device could not be read and are left as they are: %s", strings.Join(problems, "; "))
	}
	if len(c.made) == 1 {
		c.choose(&c.made[0])
	}
	c.ready = true
	ctx.Update()
}

// choose makes ex the exercise of the view.
func (c *ClassPage) choose(ex *classroom.Exercise) {
	c.ex, c.key, c.view, c.refused = ex, c.keys[ex.ID], nil, nil
	c.imp, c.left = classroom.NewImporter(*ex), map[string]bool{}
	c.student, c.studentFile, c.keyEdited = "", "", false
	c.recompute()
}

// classInputs is what a class view is computed from: the exercise, the
// key (a new pointer for each version or correction), how many
// submissions the importer took (it only ever adds) and the files left out.
type classInputs struct {
	ex   *classroom.Exercise
	key  *classroom.Key
	subs int
	left string
}

// recompute brings the figures up to date with the submissions read so
// far (each file was read once, when it was picked: a refused file is
// never read again), leaving out the files the teacher left out. The view
// is computed only when what it is made of changed, and a corrected key
// only rescores (ClassView.WithKey); showing, hiding, anonymising and
// printing never call it.
func (c *ClassPage) recompute() {
	if c.ex == nil {
		return
	}
	imp := c.imp.Import()
	c.refused = imp.Refused
	in := classInputs{ex: c.ex, key: c.key, subs: len(imp.Files), left: strings.Join(slices.Sorted(maps.Keys(c.left)), "\n")}
	if c.view != nil && in == c.viewOf {
		return
	}
	var v *classroom.ClassView
	var err error
	if old := c.viewOf; c.view != nil && c.key != nil && old.ex == in.ex && old.subs == in.subs && old.left == in.left {
		v, err = c.view.WithKey(c.key)
	} else {
		if len(c.left) > 0 {
			var kept classroom.Import
			for i, f := range imp.Files {
				if !c.left[f] {
					kept.Submissions, kept.Files = append(kept.Submissions, imp.Submissions[i]), append(kept.Files, f)
				}
			}
			imp.Submissions, imp.Files = kept.Submissions, kept.Files
		}
		v, err = classroom.NewClassViewOf(*c.ex, c.key, imp)
	}
	if err != nil {
		c.alert = tr("The class view could not be computed: %v", err)
		return
	}
	c.view, c.viewOf = v, in
	c.builds++
}

// onPick chooses an exercise made on this device.
func (c *ClassPage) onPick(ctx app.Context, e app.Event) {
	id := e.Get("currentTarget").Get("value").String()
	for i := range c.made {
		if c.made[i].ID == id {
			c.choose(&c.made[i])
		}
	}
}

// readAll reads the chosen files and hands them to done on the UI goroutine.
func readAll(ctx app.Context, files app.Value, done func([]classroom.NamedFile, []string)) {
	n := files.Length()
	var got []classroom.NamedFile
	var errs []string
	left := n
	for k := 0; k < n; k++ {
		f := files.Index(k)
		name := f.Get("name").String()
		if f.Get("size").Int() > 64<<20 {
			errs = append(errs, tr("%s: larger than 64 MB", name))
			left--
			continue
		}
		readBytes(f, func(data []byte, err error) {
			ctx.Dispatch(func(ctx app.Context) {
				if err != nil {
					errs = append(errs, name+": "+err.Error())
				} else {
					got = append(got, classroom.NamedFile{Name: name, Data: data})
				}
				if left--; left == 0 {
					done(got, errs)
				}
			})
		})
	}
	if left == 0 {
		done(got, errs)
	}
}

// onOpenExercise reads an exercise file (one made elsewhere).
func (c *ClassPage) onOpenExercise(ctx app.Context, e app.Event) {
	readAll(ctx, e.Get("currentTarget").Get("files"), func(files []classroom.NamedFile, errs []string) {
		for _, f := range files {
			ex, err := classroom.DecodeExercise(f.Data)
			if err != nil {
				c.alert = tr("%s is not an exercise: %v", f.Name, err)
				return
			}
			c.made = append(c.made, ex)
			c.choose(&c.made[len(c.made)-1])
		}
	})
}

// onOpenKey reads an answer key for the chosen exercise.
func (c *ClassPage) onOpenKey(ctx app.Context, e app.Event) {
	readAll(ctx, e.Get("currentTarget").Get("files"), func(files []classroom.NamedFile, errs []string) {
		for _, f := range files {
			k, err := classroom.DecodeKey(f.Data)
			switch {
			case err != nil:
				c.alert = tr("%s is not an answer key: %v", f.Name, err)
			case c.ex == nil || k.Exercise.ID != c.ex.ID || k.Exercise.TextHash != c.ex.TextHash:
				c.alert = tr("%s is the key of another exercise (“%s”).", f.Name, k.Exercise.Title)
			case c.key != nil && k.Version < c.key.Version:
				c.alert = tr("%s is version %d of the key; version %d is already loaded, so it was not taken.", f.Name, k.Version, c.key.Version)
			default:
				c.key, c.keyEdited = &k, false
				c.keys[k.Exercise.ID] = &k
				c.status = tr("Answer key version %d loaded.", k.Version)
				c.recompute()
			}
		}
	})
}

// onSubmissions reads many submission files (and .zip files) at once.
func (c *ClassPage) onSubmissions(ctx app.Context, e app.Event) {
	input := e.Get("currentTarget")
	readAll(ctx, input.Get("files"), func(files []classroom.NamedFile, errs []string) {
		if c.imp == nil {
			return
		}
		if len(errs) > 0 {
			c.alert = tr("Some files could not be read: %s", strings.Join(errs, "; "))
		}
		c.imp.Queue(files...)
		c.decodeSome(ctx, c.imp, len(files))
	})
	input.Set("value", "")
}

// decodeSlice is how long the class view decodes submissions before it
// lets the browser paint (a submission takes a few milliseconds), so that
// a class of hundreds never freezes the page: it shows how far it got and
// answers meanwhile.
const decodeSlice = 60 * time.Millisecond

// decodeSome decodes the next submissions of im, then lets the browser
// paint and carries on; the figures are computed once, at the end. files
// is how many files the teacher picked.
func (c *ClassPage) decodeSome(ctx app.Context, im *classroom.Importer, files int) {
	if im != c.imp { // another exercise was chosen meanwhile
		return
	}
	start, left := time.Now(), im.Queued()
	for left > 0 && time.Since(start) < decodeSlice {
		left = im.Step(1)
	}
	if left > 0 {
		c.status = tr("Reading the submissions: %d read, %d to go…", im.Looked(), left)
		ctx.After(time.Millisecond, func(ctx app.Context) { c.decodeSome(ctx, im, files) })
		return
	}
	c.recompute()
	c.status = trN(files, "Read %d file.", "Read %d files.")
}

// onGradeCSV downloads the grade table.
func (c *ClassPage) onGradeCSV(ctx app.Context, e app.Event) {
	b, err := c.view.GradeCSVWith(func(column string) string { return tr(column) })
	if err == nil {
		err = download("grades-"+time.Now().Format("2006-01-02")+".csv", "text/csv", b)
	}
	if err != nil {
		c.alert = tr("The grade table could not be made: %v", err)
		return
	}
	c.status = tr("Grade table downloaded.")
}
