package classroom

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"annotator/app/model"
)

func TestLink(t *testing.T) {
	ex := newExercise(t)
	frag, ok := EncodeLink(ex)
	if !ok || !strings.HasPrefix(frag, "exercise=") || len(frag) > 4*MaxLinkBytes/3+20 {
		t.Fatalf("EncodeLink = %q, %v", frag, ok)
	}
	if strings.ContainsAny(frag[len("exercise="):], "+/=#?&") {
		t.Errorf("the fragment is not URL-safe: %q", frag)
	}
	for _, in := range []string{frag, "#" + frag, "https://teacher.example/annotator/#" + frag} {
		got, err := DecodeLink(in)
		if err != nil || !reflect.DeepEqual(got, ex) {
			t.Errorf("DecodeLink(%.40q…) = %v", in, err)
		}
	}

	// A text that does not compress to 2 KB gives no link.
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for b.Len() < 8000 {
		for range 3 + r.IntN(8) {
			b.WriteByte(byte('a' + r.IntN(26)))
		}
		b.WriteString(". ")
	}
	d := model.New("Noise", b.String())
	big, err := NewExercise(d, "", "", nil, true, nil)
	if err != nil {
		t.Fatal(err)
	}
	if frag, ok := EncodeLink(big); ok || frag != "" {
		t.Errorf("a large exercise must not fit a link (%d bytes)", len(frag))
	}

	for _, c := range []struct{ in, want string }{
		{"", "holds no exercise"},
		{"#doc=abc", "holds no exercise"},
		{"exercise=***", "not base64url"},
		{"exercise=AAAA", "does not unpack"},
		{"exercise=" + strings.Repeat("A", 4*MaxLinkBytes), "longer than 2 KB compressed"},
		{frag[:len(frag)-30], "does not unpack"},
	} {
		if _, err := DecodeLink(c.in); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("DecodeLink(%.30q) = %v, want %q", c.in, err, c.want)
		}
	}
}
