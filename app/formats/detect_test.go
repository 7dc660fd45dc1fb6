package formats

import (
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		in   string
		want Kind
	}{
		{`{"format": "annotator-backup", "schema": 1}`, KindBackup},
		{`{"format": "annotator-backup", broken`, KindBackup},
		{`{"@context": "http://www.w3.org/ns/anno.jsonld"}`, KindW3C},
		{`[{"type": "Annotation"}]`, KindW3C},
		{`{"type": "Annotation", "bodyValue": "annotator-backup"}`, KindW3C},
		{"\ufeffindex,start,end,text,tags,note,highlights\r\n", KindCSV},
		{"hello", KindUnknown},
		{"", KindUnknown},
	}
	for _, tt := range tests {
		if got := Detect([]byte(tt.in)); got != tt.want {
			t.Errorf("Detect(%.30q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
