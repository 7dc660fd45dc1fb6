package agreement

import (
	"encoding/json"
	"strings"
	"testing"
)

// FuzzAgreeCSV checks that AgreeCSV never panics and that every report it
// returns marshals to JSON (no NaN or infinity).
func FuzzAgreeCSV(f *testing.F) {
	for _, seed := range []string{
		"",
		"item,rater,label\n",
		"item,rater,label\n1,a,X\n1,b,X\n2,a,Y\n2,b,X\n",
		"item,rater,label\n1,a,X\n1,a,Y\n1,b,\n2,c,Z\n",
		"\ufeffITEM,Rater,label\r\n\"1\",\"a\",\"X,Y\"\r\n",
		"item,rater,label\n1,a,\"X\n",
		"a,b\n1,2\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, input string) {
		rep, err := AgreeCSV(strings.NewReader(input))
		if err != nil {
			return
		}
		if _, err := json.Marshal(rep); err != nil {
			t.Errorf("report %+v does not marshal: %v", rep, err)
		}
	})
}
