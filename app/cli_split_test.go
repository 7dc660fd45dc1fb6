//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"annotator/app/model"
	"annotator/app/textin"
)

// prideExcerpt is the Project Gutenberg test book (see its README.md).
const prideExcerpt = "textin/testdata/pride/pg1342-excerpt.txt"

// splitLines runs split and decodes its JSON Lines.
func splitLines(t *testing.T, args []string, stdin []byte) ([]string, error) {
	t.Helper()
	var out bytes.Buffer
	err := split(args, bytes.NewReader(stdin), &out)
	var lines []string
	for _, l := range strings.Split(strings.TrimRight(out.String(), "\n"), "\n") {
		if l == "" {
			continue
		}
		var s string
		if err := json.Unmarshal([]byte(l), &s); err != nil {
			t.Fatalf("line %q is not a JSON string: %v", l, err)
		}
		lines = append(lines, s)
	}
	return lines, err
}

func TestSplitImportsAsTheBrowserDoes(t *testing.T) {
	data, err := os.ReadFile(prideExcerpt)
	if err != nil {
		t.Fatal(err)
	}
	in, err := textin.Decode("pg1342-excerpt.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	d := model.New(in.Title, in.Text)
	want := make([]string, len(d.Sentences))
	for i := range d.Sentences {
		want[i] = d.SentenceText(i)
	}
	for name, run := range map[string]func() ([]string, error){
		"file":  func() ([]string, error) { return splitLines(t, []string{prideExcerpt}, nil) },
		"stdin": func() ([]string, error) { return splitLines(t, nil, data) },
	} {
		got, err := run()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: split printed %d sentences, textin.Decode and model.New give %d", name, len(got), len(want))
		}
		for _, s := range got {
			if strings.Contains(s, "Gutenberg") {
				t.Errorf("%s: a sentence holds the licence: %q", name, s)
				break
			}
		}
	}
	md, err := splitLines(t, nil, []byte("# Title\n\nSome *text* here."))
	if err != nil || strings.Join(md, "|") != "# Title|Some *text* here." {
		t.Errorf("stdin is sniffed, not taken for Markdown by its content: %q, %v", md, err)
	}
	dir := t.TempDir()
	mdFile := filepath.Join(dir, "notes.md")
	os.WriteFile(mdFile, []byte("# Title\n\nSome *text* here."), 0o644)
	if md, err := splitLines(t, []string{mdFile}, nil); err != nil || strings.Join(md, "|") != "Title|Some text here." {
		t.Errorf("a .md file is converted as Markdown: %q, %v", md, err)
	}
}

// refusedFiles are files that are not text, with a name each.
var refusedFiles = map[string][]byte{
	"picture.png": append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...),
	"archive.zip": append([]byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"), make([]byte, 64)...),
}

func TestSplitRefusesBinaryFiles(t *testing.T) {
	dir := t.TempDir()
	for name, data := range refusedFiles {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		_, browserErr := textin.Decode(name, data)
		if browserErr == nil {
			t.Fatalf("textin.Decode opened %s", name)
		}
		lines, err := splitLines(t, []string{path}, nil)
		switch {
		case err == nil || len(lines) > 0:
			t.Errorf("%s: split printed %q, %v; want an error and nothing", name, lines, err)
		case !errors.Is(err, textin.ErrBinary):
			t.Errorf("%s: error %v does not wrap textin.ErrBinary", name, err)
		case err.Error() != name+" was not opened: "+browserErr.Error():
			t.Errorf("%s: error %q, want the browser's %q", name, err, name+" was not opened: "+browserErr.Error())
		}
		if _, err := splitLines(t, nil, data); err == nil || !strings.HasPrefix(err.Error(), "The standard input was not opened: ") {
			t.Errorf("%s on stdin: %v", name, err)
		}
	}
}

// TestSplitExitStatus runs the command: a refused file exits with status
// 1 and says why on stderr.
func TestSplitExitStatus(t *testing.T) {
	if os.Getenv("ANNOTATOR_TEST_MAIN") != "" {
		os.Args = append([]string{"app"}, strings.Split(os.Getenv("ANNOTATOR_TEST_MAIN"), "\n")...)
		main()
		os.Exit(0)
	}
	dir := t.TempDir()
	png := filepath.Join(dir, "picture.png")
	os.WriteFile(png, refusedFiles["picture.png"], 0o644)
	for _, c := range []struct {
		args   []string
		status int
		stderr string
	}{
		{[]string{"split", png}, 1, "app: picture.png was not opened: "},
		{[]string{"split", prideExcerpt}, 0, ""},
	} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestSplitExitStatus$")
		cmd.Env = append(os.Environ(), "ANNOTATOR_TEST_MAIN="+strings.Join(c.args, "\n"))
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		status := 0
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			status = exit.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if status != c.status || !strings.HasPrefix(stderr.String(), c.stderr) {
			t.Errorf("app %v: status %d, stderr %q; want %d and %q", c.args, status, stderr.String(), c.status, c.stderr)
		}
	}
}

func TestSplitLang(t *testing.T) {
	short := "Der Vertrag wurde am 5. September unterzeichnet. Er gilt ab 1. Mai."
	// Long enough for -lang auto (the default) to tell that it is German.
	long := short + " Die Mieter und die Vermieter haben sich nach langen Gesprächen auf die neuen Regeln geeinigt, " +
		"die für alle Wohnungen in dem Haus gelten. Das ist für die Familien eine gute Nachricht, weil sie nun wissen, was sie erwartet."
	for _, c := range []struct {
		args []string
		text string
		want int
	}{{[]string{"-lang", "de"}, short, 2}, {nil, long, 4}, {[]string{"-lang", "en"}, short, 4}} {
		var out bytes.Buffer
		if err := split(c.args, strings.NewReader(c.text), &out); err != nil {
			t.Fatal(err)
		}
		if got := strings.Count(out.String(), "\n"); got != c.want {
			t.Errorf("split %v: %d sentences, want %d:\n%s", c.args, got, c.want, out.String())
		}
	}
	if err := split([]string{"-lang", "xx"}, strings.NewReader(short), &bytes.Buffer{}); err == nil {
		t.Error("an unknown language was taken")
	}
}
