package formats

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"annotator/app/model"
)

// checkError fails unless err is nil or an *Error with a problem to show.
func checkError(t *testing.T, err error) {
	var fe *Error
	if err != nil && (!errors.As(err, &fe) || fe.Problem == "") {
		t.Fatalf("error %T %q is not a *formats.Error with a problem", err, err)
	}
}

// importInto resolves anns on a fresh copy of d and applies the plan.
func importInto(t *testing.T, d *model.Document, anns []Annotation) {
	c := fresh(d)
	p := NewPlan(c, Resolve(c, c.TagSet, anns))
	model.NewHistory(c).Apply(p.Change())
	for _, m := range c.Marks {
		for _, h := range m.Highlights {
			if h.Start < 0 || h.End > len(c.Text) || h.Start >= h.End {
				t.Fatalf("import made a bad highlight %+v", h)
			}
		}
	}
}

func FuzzDecodeBackup(f *testing.F) {
	good := encodeSample(f)
	f.Add(good)
	f.Add(resign(f, good, func(b, _ map[string]any) { b["schema"] = 2 }))
	f.Add(resign(f, good, func(_, doc map[string]any) { markAt(doc, 1)["i"] = 99 }))
	f.Add(resign(f, good, func(_, doc map[string]any) {
		markAt(doc, 1)["highlights"] = []any{map[string]any{"start": 1, "end": 6, "tag": "fact"}}
	}))
	f.Add([]byte(strings.Replace(string(good), `"text": `, `"Text": "x", "text": `, 1)))
	f.Add([]byte(`{"format":"annotator-backup","schema":1,"created":"2026-01-01T00:00:00Z","documents":[],"checksum":"sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945"}`))
	f.Add([]byte(`{"documents": [[[[]]]]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := DecodeBackup(data)
		checkError(t, err)
		if err != nil {
			return
		}
		for _, bd := range b.Documents {
			if d, _ := bd.Document(); d.ID != bd.ID {
				t.Fatalf("document id %s, backup id %s", d.ID, bd.ID)
			}
			importInto(t, model.New(bd.Title, bd.Text), bd.Annotations())
		}
		again, err := EncodeBackup(b.Created, b.Documents...)
		if err != nil {
			t.Fatal(err)
		}
		b2, err := DecodeBackup(again)
		if err != nil {
			t.Fatalf("a decoded backup does not decode once written again: %v", err)
		}
		if b2.Annotations() != b.Annotations() {
			t.Fatalf("annotations %d, then %d", b.Annotations(), b2.Annotations())
		}
	})
}

func FuzzDecodeW3C(f *testing.F) {
	d := sampleDoc(f)
	raw, err := EncodeW3C(d, Options{Creator: "A", Created: created, Modified: modified})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw)
	f.Add([]byte(hypothesis))
	f.Add([]byte(`[{"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation","id":"x","bodyValue":"n","target":{"selector":{"type":"TextQuoteSelector","exact":"café"}}}]`))
	f.Add([]byte(`{"@context":["http://www.w3.org/ns/anno.jsonld"],"type":"AnnotationPage","items":[{"type":"Annotation","id":"y","body":"http://b/","target":["t",{"source":"s","selector":[{"type":"TextPositionSelector","start":0,"end":4}]}]}]}`))
	f.Add([]byte(`{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationCollection","total":1,"first":"p"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := DecodeW3C(data)
		checkError(t, err)
		if err != nil {
			return
		}
		for _, a := range file.Annotations {
			if a.Place == "" || a.ID == "" {
				t.Fatalf("annotation without place or id: %+v", a)
			}
			if p := a.Position; p != nil && (p.Start < 0 || p.End < p.Start) {
				t.Fatalf("bad position %+v", p)
			}
		}
		importInto(t, d, file.Annotations)
	})
}

func FuzzDecodeCSV(f *testing.F) {
	d := sampleDoc(f)
	raw, err := EncodeCSV(d)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw)
	f.Add([]byte("index,start,end,text,tags,note,highlights\n0,0,4,Hi.!,Claim ; Fact,,Quote@1-3\n"))
	f.Add([]byte("index,start,end,text,tags,note,highlights\r\n0,0,4,\"Hi\r\n!\",a\\;b,\"x,y\",\r\n"))
	f.Add([]byte("index,start,end,text,tags,note,highlights\r\n0,0,9,Café.,,,\r\n"))
	f.Add([]byte("\ufeffindex,start,end\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := DecodeCSV(data)
		checkError(t, err)
		if err != nil {
			return
		}
		for i, r := range rows {
			if r.Index != i || r.End-r.Start != utf8.RuneCountInString(r.Text) {
				t.Fatalf("row %d: %+v", i, r)
			}
			for _, h := range r.Highlights {
				if h.Start < r.Start || h.End > r.End || h.Start >= h.End {
					t.Fatalf("row %d: highlight %+v", i, h)
				}
			}
		}
		importInto(t, d, CSVAnnotations(rows))
	})
}
