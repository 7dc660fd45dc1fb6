package formats

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"annotator/app/jsonstrict"
)

// TestDecodeW3CTenMillionItems: a 30 MB array of ten million empty items
// is refused by the annotation cap while it is read, with work bounded by
// the cap (allocations counted, not time), and the message says the cap.
func TestDecodeW3CTenMillionItems(t *testing.T) {
	for _, tt := range []struct{ head, tail, place string }{
		{"[", "]", "$"},
		{`{"@context":"` + AnnoContext + `","type":"AnnotationPage","items":[`, "]}", "$.items"},
	} {
		var b bytes.Buffer
		b.WriteString(tt.head)
		b.Write(bytes.Repeat([]byte("{},"), 10_000_000-1))
		b.WriteString("{}" + tt.tail)
		data := b.Bytes()
		if len(data) > MaxW3CSize {
			t.Fatalf("the file is %d bytes, above the size cap", len(data))
		}
		var err error
		allocs := testing.AllocsPerRun(1, func() { _, err = DecodeW3C(data) })
		if !errors.Is(err, jsonstrict.ErrTooManyItems) {
			t.Fatalf("err = %v, want the annotation cap", err)
		}
		var e *Error
		if !errors.As(err, &e) || e.Place != tt.place || !strings.Contains(e.Problem, fmt.Sprint(MaxAnnotations)) {
			t.Errorf("error %q at %q, want the cap %d at %s", e.Problem, e.Place, MaxAnnotations, tt.place)
		}
		if limit := 20.0 * MaxAnnotations; allocs > limit {
			t.Errorf("%.0f allocations for a refusal (at most %.0f): the cap is checked too late", allocs, limit)
		}
	}
}

// TestDecodeW3CInvalidUTF8: bytes that are not UTF-8 are refused with their
// offset, not turned into U+FFFD.
func TestDecodeW3CInvalidUTF8(t *testing.T) {
	d := sampleDoc(t)
	raw, err := EncodeW3C(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	at := bytes.Index(raw, []byte("disputed"))
	bad := append(append(append([]byte{}, raw[:at]...), 0xff, 0xfe), raw[at:]...)
	_, err = DecodeW3C(bad)
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("err = %v, want an *Error", err)
	}
	if want := fmt.Sprintf("byte %d is not UTF-8", at); !strings.Contains(e.Problem, want) || !strings.HasPrefix(e.Place, "line ") {
		t.Errorf("error %q at %q, want %q and a line", e.Problem, e.Place, want)
	}
	// The same bytes as a cut code point at the very end of a string.
	cut := []byte(strings.Replace(string(raw), "Zoë", "Zo\xc3", 1))
	if _, err := DecodeW3C(cut); err == nil || !strings.Contains(err.Error(), "not UTF-8") {
		t.Errorf("a cut code point: err = %v", err)
	}
	if _, err := DecodeW3C(raw); err != nil {
		t.Errorf("the valid file: %v", err)
	}
}

// TestDecodeW3CProgress: Progress is called in proportion to the file
// (about once per progressEvery annotations and per ProgressStep bytes),
// never backwards and never past the total.
func TestDecodeW3CProgress(t *testing.T) {
	const n = 20_000
	var b strings.Builder
	b.WriteString("[")
	for i := range n {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"@context":%q,"type":"Annotation","id":"a%d","bodyValue":"note %d","target":"https://example.org/"}`, AnnoContext, i, i)
	}
	b.WriteString("]")
	data := []byte(b.String())
	var calls, last int
	f, err := DecodeW3C(data, DecodeOptions{Progress: func(done, total int) {
		if total != ProgressTotal || done < last || done > total {
			t.Errorf("progress %d of %d after %d", done, total, last)
		}
		calls++
		last = done
	}})
	if err != nil || len(f.Annotations) != n {
		t.Fatalf("err %v, %d annotations", err, len(f.Annotations))
	}
	min := n/progressEvery + len(data)/jsonstrict.ProgressStep
	if calls < min || calls > 2*min+4 {
		t.Errorf("%d progress calls for %d annotations in %d bytes, want %d to %d", calls, n, len(data), min, 2*min+4)
	}
	if last < ProgressTotal*9/10 {
		t.Errorf("the last progress is %d of %d", last, ProgressTotal)
	}
	// WithProgress reaches a decoder called without options.
	scoped := 0
	WithProgress(func(int, int) { scoped++ }, func() { _, err = DecodeW3C(data) })
	if err != nil || scoped != calls {
		t.Errorf("WithProgress: %d calls (want %d), err %v", scoped, calls, err)
	}
	if _, err := DecodeW3C(data); err != nil || scoped != calls {
		t.Errorf("after WithProgress: %d calls", scoped)
	}
}

// TestDecodeW3CThousandsOfTagNames: the tag-name cap of the CSV holds for
// W3C files too.
func TestDecodeW3CThousandsOfTagNames(t *testing.T) {
	var bodies []string
	for _, name := range manyTagNames(4000) {
		bodies = append(bodies, fmt.Sprintf(`{"type":"TextualBody","purpose":"tagging","value":%q}`, name))
	}
	in := `{"@context":"` + AnnoContext + `","type":"Annotation","id":"a","target":"https://example.org/","body":[` + strings.Join(bodies, ",") + `]}`
	_, err := DecodeW3C([]byte(in))
	if err == nil || !strings.Contains(err.Error(), "$.body: the file names more than 56 different tags") {
		t.Errorf("err = %v", err)
	}
}
