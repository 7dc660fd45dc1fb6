package formats

import (
	"unicode/utf8"

	"annotator/app/jsonstrict"
)

// DecodeOptions are what a decoder takes besides the file.
type DecodeOptions struct {
	// Progress, when set, is called every few thousand items (or every
	// few hundred kB) with how far the decoder is: done of total, where
	// total is the same for every call of one decode (ProgressTotal). The
	// browser shows it and yields to the event loop in it, so that a large
	// file never blocks the page for long.
	Progress func(done, total int)
}

// ProgressTotal is the total every Progress call reports against: done is
// in thousandths of the work.
const ProgressTotal = 1000

// progressEvery is how many items decoders read between Progress calls.
const progressEvery = 500

// WithProgress runs f with p as the Progress of every decoder that f calls
// (through library.PlanImport, ReadAnnotations or directly) without
// DecodeOptions of its own, and of every jsonstrict.Scan (a backup's, a
// Hypothesis file's): see jsonstrict.WithProgress. It is meant for the
// browser's one UI goroutine, where an import runs from start to end
// inside f.
func WithProgress(p func(done, total int), f func()) { jsonstrict.WithProgress(p, f) }

// decodeOptions returns the first of opts, with the scoped Progress when it
// has none.
func decodeOptions(opts []DecodeOptions) DecodeOptions {
	var o DecodeOptions
	if len(opts) > 0 {
		o = opts[0]
	}
	if o.Progress == nil {
		o.Progress = jsonstrict.ScopedProgress()
	}
	return o
}

// stage reports progress over one part [from, to) (in thousandths) of a
// decode: report(k, n) says that k of that part's n units are done.
type stage struct {
	o        DecodeOptions
	from, to int
}

// report calls Progress, when set, for k of n units of the stage.
func (s stage) report(k, n int) {
	if s.o.Progress == nil || n <= 0 {
		return
	}
	s.o.Progress(s.from+(s.to-s.from)*min(k, n)/n, ProgressTotal)
}

// utf8Chunk is how many bytes checkUTF8 checks between Progress calls.
const utf8Chunk = 1 << 20

// checkUTF8 refuses data that is not valid UTF-8, naming the first bad
// byte by its offset and its line and column: encoding/json and
// encoding/csv would silently turn it into U+FFFD, changing the text.
func checkUTF8(data []byte, what string, s stage) error {
	for off := 0; off < len(data); {
		end := min(off+utf8Chunk, len(data))
		for back := 0; back < utf8.UTFMax-1 && end < len(data) && !utf8.RuneStart(data[end]); back++ {
			end-- // do not cut a code point in two
		}
		if !utf8.Valid(data[off:end]) {
			bad := off
			for bad < end {
				r, size := utf8.DecodeRune(data[bad:end])
				if r == utf8.RuneError && size <= 1 {
					break
				}
				bad += size
			}
			return jsonstrict.Errorf(jsonstrict.LineCol(data, int64(bad)),
				"byte %d is not UTF-8 text: %s must be saved as UTF-8 (Unicode); save it again as UTF-8 and import it again", bad, what)
		}
		off = end
		s.report(off, len(data))
	}
	return nil
}
