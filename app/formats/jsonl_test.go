package formats

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestEncodeJSONL(t *testing.T) {
	got, err := EncodeJSONL(sampleDoc(t))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`{"text":"Café au lait costs 3 €, said Zoë.","label":[[0,33,"Claim"],[0,33,"Quote"]]}`,
		`{"text":"😀 Emoji make life fun!","label":[[2,7,"Evidence"]]}`,
		`{"text":"東京は大きい都市です、 He wrote \"yes, no\" and left.","label":[[0,2,"Fact"]]}`,
		`{"text":"A second paragraph starts here.","label":[]}`,
		`{"text":"The café is open.","label":[[0,17,"Opinion"]]}`,
	}
	if string(got) != strings.Join(want, "\n")+"\n" {
		t.Errorf("got\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
	// Offsets count code points of the sentence: [2,7] is "Emoji" after the emoji and a space.
	var line struct {
		Text  string  `json:"text"`
		Label [][]any `json:"label"`
	}
	if err := json.Unmarshal([]byte(strings.Split(string(got), "\n")[1]), &line); err != nil {
		t.Fatal(err)
	}
	if r := []rune(line.Text); string(r[2:7]) != "Emoji" {
		t.Errorf("code points 2–7 are %q", string(r[2:7]))
	}
}
