package library

import (
	"fmt"
	"strings"
	"testing"

	"annotator/app/formats"
	"annotator/app/model"
)

// TestPlanImportProgressGrows: a backup of eight documents of 2,000
// sentences, one of them open here, reports its progress in thousandths,
// never going back (each step and each document has its part), at least
// once per document, and ends at the whole.
func TestPlanImportProgressGrows(t *testing.T) {
	repo, _ := newRepo()
	var bds []formats.BackupDocument
	var open *model.Document
	for k := range 8 {
		var text strings.Builder
		for i := range 2_000 {
			fmt.Fprintf(&text, "Text %d, line %d here. ", k, i)
		}
		d := model.New(fmt.Sprintf("Text %d", k), text.String())
		for i := 0; i < len(d.Marks); i += 2 {
			d.Marks[i].Tags = []string{"claim"}
		}
		bds = append(bds, formats.NewBackupDocument(d, formats.Options{Modified: t0}))
		if k == 3 {
			open = model.New(d.Title, d.Text)
		}
	}
	raw, err := formats.EncodeBackup(t0, bds...)
	if err != nil {
		t.Fatal(err)
	}
	var calls, backwards, last int
	var p *ImportPlan
	formats.WithProgress(func(done, total int) {
		calls++
		if done < last || total != formats.ProgressTotal {
			backwards++
		}
		last = done
	}, func() { p, err = PlanImport(repo, open, "big.json", raw) })
	if err != nil {
		t.Fatal(err)
	}
	if p.Here == nil || p.Here.Added != 1_000 || len(p.Adds) != 7 {
		t.Fatalf("plan: here %+v, %d adds", p.Here != nil, len(p.Adds))
	}
	if calls < 8 || backwards > 0 || last != formats.ProgressTotal {
		t.Errorf("%d progress calls, %d going back or in other units, last %d (want at least 8, none, %d)", calls, backwards, last, formats.ProgressTotal)
	}
}
