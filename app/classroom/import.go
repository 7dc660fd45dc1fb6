package classroom

import (
	"bytes"
	"errors"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"annotator/app/jsonstrict"
)

// Refusal names a file the importer did not take, and why.
type Refusal struct {
	// File is the file name ("class.zip: anna/work.json" for a zip entry).
	File string
	// Reason says why, in words a teacher can act on.
	Reason string
}

// String returns "file: reason".
func (r Refusal) String() string { return r.File + ": " + r.Reason }

// Import is what ImportSubmissions made of a set of files.
type Import struct {
	// Submissions are the accepted submissions, sorted by student name
	// (then by file). Two different submissions that claim one student
	// (names compared without regard to case) are both here: ClassView
	// flags them (StudentStats.Claims), and nothing is replaced.
	Submissions []Submission
	// Files are the files the submissions came from, in the same order.
	Files []string
	// Refused are the files not taken, in the order they were found.
	Refused []Refusal
}

// ImportSubmissions reads many submission files for ex at once; a .zip
// (by name or content) is unpacked with ReadZip and its entries read in
// turn (a zip inside a zip is refused). Each file that DecodeSubmission
// refuses (another exercise, a different text, a damaged file…) is listed
// with the reason; an identical copy of a submission already taken is
// refused as such. Two different submissions claiming one student are
// both kept (a forged file never replaces a real one).
func ImportSubmissions(ex Exercise, files []NamedFile) Import {
	im := NewImporter(ex)
	im.Add(files...)
	return im.Import()
}

// Importer reads submission files for one exercise a few at a time, as a
// teacher picks them, and keeps what it made of each: a file (a zip bomb,
// a damaged file) is read and refused once, never again when the view is
// computed anew.
type Importer struct {
	ex      Exercise
	subs    []Submission
	files   []string
	refused []Refusal
	seen    map[string]string // checksum → the file it was taken from
	queue   []queued          // files listed and not yet decoded
	looked  int               // files and zip entries decoded or refused
}

// Looked returns how many files and zip entries Add (or Step) has read
// or refused so far: each once, whatever Import is asked afterwards.
func (im *Importer) Looked() int { return im.looked }

// NewImporter returns an importer of submissions for ex.
func NewImporter(ex Exercise) *Importer {
	return &Importer{ex: ex, seen: map[string]string{}}
}

// Add reads files (see ImportSubmissions) into the importer.
func (im *Importer) Add(files ...NamedFile) {
	im.Queue(files...)
	im.Step(len(im.queue))
}

// Queue lists files to read (a zip's entries are unpacked now, within the
// limits of ReadZip; its other entries refused from its directory) and
// leaves their decoding to Step, so that a page can decode a large class
// a few files at a time and stay responsive.
func (im *Importer) Queue(files ...NamedFile) {
	for _, f := range files {
		if !isZip(f) {
			im.queue = append(im.queue, queued{f, ""})
			continue
		}
		entries, err := readSubmissionZip(f.Data)
		if err != nil {
			im.queue = append(im.queue, queued{NamedFile{Name: f.Name}, err.Error()})
			continue
		}
		for _, e := range entries {
			reason := e.refused
			if reason == "" && isZip(e.NamedFile) {
				reason = "a zip inside a zip is not opened; unpack it and import its files"
			}
			im.queue = append(im.queue, queued{NamedFile{Name: f.Name + ": " + e.Name, Data: e.Data}, reason})
		}
	}
}

// Queued returns how many listed files Step has yet to decode.
func (im *Importer) Queued() int { return len(im.queue) }

// Step decodes up to n of the listed files, in order, and returns how
// many are left.
func (im *Importer) Step(n int) int {
	n = min(n, len(im.queue))
	batch := im.queue[:n]
	im.looked += n
	decoded := im.decodeAll(batch)
	for i, q := range batch {
		switch d := decoded[i]; {
		case q.refused != "":
			im.refuse(q.Name, q.refused)
		case d.err != nil:
			im.refuse(q.Name, d.err.Error())
		default:
			im.keep(q.Name, d.s)
		}
	}
	clear(batch) // the bytes are no longer needed
	im.queue = im.queue[n:]
	return len(im.queue)
}

// queued is a listed file, or why it is refused unread.
type queued struct {
	NamedFile
	refused string
}

// decoded is one file's submission, or why it is refused.
type decoded struct {
	s   Submission
	err error
}

// decodeAll decodes the files of batch not refused already, on every
// processor there is (each file on its own; the order of the results is
// the order of batch, whatever the order of the work).
func (im *Importer) decodeAll(batch []queued) []decoded {
	out := make([]decoded, len(batch))
	one := func(i int) {
		if batch[i].refused != "" {
			return
		}
		if reason := notJSON(batch[i].Data); reason != "" {
			out[i].err = errors.New(reason)
			return
		}
		out[i].s, out[i].err = DecodeSubmission(im.ex, batch[i].Data)
	}
	workers := min(runtime.GOMAXPROCS(0), len(batch))
	if workers <= 1 {
		for i := range batch {
			one(i)
		}
		return out
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(batch); i = int(next.Add(1) - 1) {
				one(i)
			}
		})
	}
	wg.Wait()
	return out
}

// refuse lists a file not taken.
func (im *Importer) refuse(name, reason string) {
	im.refused = append(im.refused, Refusal{name, reason})
}

// keep takes a decoded submission, unless it is a copy of one taken.
func (im *Importer) keep(name string, s Submission) {
	if first, dup := im.seen[s.Checksum]; dup {
		im.refuse(name, "the same submission as "+first)
		return
	}
	im.seen[s.Checksum] = name
	im.subs = append(im.subs, s)
	im.files = append(im.files, name)
}

// Import returns what the importer took and refused so far, the
// submissions sorted by student name, then by file.
func (im *Importer) Import() Import {
	order := make([]int, len(im.subs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if c := compareNames(im.subs[a].Student, im.subs[b].Student); c != 0 {
			return c
		}
		return strings.Compare(im.files[a], im.files[b])
	})
	imp := Import{Submissions: make([]Submission, len(order)), Files: make([]string, len(order)), Refused: slices.Clone(im.refused)}
	for k, i := range order {
		imp.Submissions[k], imp.Files[k] = im.subs[i], im.files[i]
	}
	return imp
}

// isZip reports whether a file is a zip archive, by name or content.
func isZip(f NamedFile) bool {
	return strings.HasSuffix(strings.ToLower(f.Name), ".zip") ||
		bytes.HasPrefix(f.Data, []byte("PK\x03\x04")) || bytes.HasPrefix(f.Data, []byte("PK\x05\x06"))
}

// notJSON says why data is not a submission when it is not even JSON
// text, and returns "" otherwise.
func notJSON(data []byte) string {
	t := bytes.TrimSpace(jsonstrict.StripBOM(data))
	switch {
	case len(t) == 0:
		return "the file is empty"
	case t[0] != '{':
		return "not an annotator submission (a submission is a JSON file that starts with \"{\")"
	}
	return ""
}

// compareNames orders student names without regard to case, then exactly.
func compareNames(a, b string) int {
	if c := strings.Compare(strings.ToLower(a), strings.ToLower(b)); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}
