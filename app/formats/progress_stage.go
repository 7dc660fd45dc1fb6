package formats

import "annotator/app/jsonstrict"

// InStage runs f with the Progress of WithProgress (when there is one)
// narrowed to the part [from, to) of it, in thousandths: a call of done of
// total inside f shows as from + (to-from)·done/total. Steps of one
// import (decoding, then placing the annotations of each document) each
// take their part this way, so that the progress shown only grows and
// every step's reports reach the browser, which yields in them.
func InStage(from, to int, f func()) {
	outer := jsonstrict.ScopedProgress()
	if outer == nil {
		f()
		return
	}
	jsonstrict.WithProgress(func(done, total int) {
		if total > 0 {
			outer(from+(to-from)*max(0, min(done, total))/total, ProgressTotal)
		}
	}, f)
}

// scopedStage is the whole of the Progress of WithProgress as a stage
// (its report does nothing when there is none).
func scopedStage() stage { return stage{decodeOptions(nil), 0, ProgressTotal} }
