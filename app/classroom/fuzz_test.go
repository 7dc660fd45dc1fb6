package classroom

import (
	"bytes"
	"testing"
)

// reencodes checks that a decoded file encodes the same way after another
// round trip: decode(encode(v)) must succeed and encode to the same bytes.
func reencodes[T any](t *testing.T, v *T, decode func([]byte) (T, error)) {
	enc, ok := any(v).(interface{ Encode() ([]byte, error) })
	if !ok {
		t.Fatalf("%T has no Encode", v)
	}
	first, err := enc.Encode()
	if err != nil {
		t.Fatalf("a decoded file does not encode: %v", err)
	}
	again, err := decode(first)
	if err != nil {
		t.Fatalf("an encoded file does not decode: %v\n%s", err, first)
	}
	second, err := any(&again).(interface{ Encode() ([]byte, error) }).Encode()
	if err != nil || !bytes.Equal(first, second) {
		t.Fatalf("encoding is not stable: %v\n%s\n%s", err, first, second)
	}
}

// seeds adds the worked example's files and a few broken ones.
func seeds(f *testing.F) (Exercise, Key, []Submission) {
	ex, key, subs := workedClass(f)
	for _, v := range []interface{ Encode() ([]byte, error) }{&ex, &key, &subs[0], &subs[1], &subs[2]} {
		b := encoded(f, v)
		f.Add(b)
		f.Add(b[:len(b)/3])
	}
	sx, sk, ss := scopedClass(f)
	if err := sk.Accept(3, []string{"claim"}); err != nil {
		f.Fatal(err)
	}
	for _, v := range []interface{ Encode() ([]byte, error) }{&sx, &sk, &ss[0]} {
		f.Add(encoded(f, v))
	}
	f.Add([]byte(`{"format":"annotator-submission","schema":1,"marks":[{"i":0,"start":0,"end":3,"quote":"The","tags":["claim"]}]}`))
	f.Add([]byte(`{"a":1,"A":2}`))
	f.Add([]byte("\ufeff{}"))
	return ex, key, subs
}

func FuzzDecodeSubmission(f *testing.F) {
	ex, key, _ := seeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := DecodeSubmission(ex, data)
		if err != nil {
			return
		}
		reencodes(t, &s, func(b []byte) (Submission, error) { return DecodeSubmission(ex, b) })
		v, err := NewClassView(ex, &key, []Submission{s})
		if err != nil {
			t.Fatalf("a decoded submission is refused by the class view: %v", err)
		}
		if _, err := v.GradeCSV(); err != nil {
			t.Fatal(err)
		}
		if fb := Feedback(key, s); len(fb) != len(v.Sentences) {
			t.Fatalf("feedback has %d entries for %d sentences", len(fb), len(v.Sentences))
		}
	})
}

func FuzzDecodeExercise(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		ex, err := DecodeExercise(data)
		if err != nil {
			return
		}
		reencodes(t, &ex, DecodeExercise)
		d := ex.Document()
		if d.Hash != ex.TextHash {
			t.Fatalf("document hash %s, exercise %s", d.Hash, ex.TextHash)
		}
		if frag, ok := EncodeLink(ex); ok {
			back, err := DecodeLink(frag)
			if err != nil || back.ID != ex.ID || back.Text != ex.Text {
				t.Fatalf("link round trip: %v", err)
			}
		}
		if _, err := NewClassView(ex, nil, nil); err != nil {
			t.Fatalf("an empty class of a decoded exercise: %v", err)
		}
	})
}

func FuzzDecodeKey(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		k, err := DecodeKey(data)
		if err != nil {
			return
		}
		reencodes(t, &k, DecodeKey)
		if _, err := NewClassView(k.Exercise, &k, nil); err != nil {
			t.Fatalf("a decoded key is refused by the class view: %v", err)
		}
	})
}

func FuzzReadZip(f *testing.F) {
	_, _, subs := workedClass(f)
	f.Add(zipOf(f, "a/b.json", string(encoded(f, &subs[0])), "__MACOSX/x", "y", "c/", ""))
	f.Add(zipOf(f))
	f.Add(zipOf(f, "x.txt", "hello", "y.txt", "hello"))
	f.Add([]byte("PK\x05\x06" + string(make([]byte, 18))))
	f.Fuzz(func(t *testing.T, data []byte) {
		files, err := ReadZip(data)
		if err != nil {
			return
		}
		total := 0
		for _, nf := range files {
			total += len(nf.Data)
			if clutter(nf.Name) {
				t.Fatalf("clutter %q was not skipped", nf.Name)
			}
		}
		if total > MaxZipTotal || len(files) > MaxZipEntries {
			t.Fatalf("%d files of %d bytes pass the caps", len(files), total)
		}
	})
}
