package i18n_test

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"annotator/app/classroom"
	"annotator/app/formats"
	"annotator/app/i18n"
	"annotator/app/model"
)

// sources are the packages whose texts go through the catalogue.
var sources = []string{"../ui", "../session"}

// translated are the interface languages with a catalogue.
var translated = []i18n.Lang{i18n.French, i18n.German, i18n.Spanish, i18n.Arabic}

// keys are the catalogue keys the sources use: messages (T, tr, Mark)
// and counted messages (N, trN), each with where it is used.
type keys struct {
	msgs    map[string]string
	plurals map[string]string // the English plural → where
	ones    map[string]string // the English plural → its singular
}

// literal is the value of a constant string expression ("a" + "b"), if e is one.
func literal(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		v := constant.MakeFromLiteral(e.Value, e.Kind, 0)
		return constant.StringVal(v), true
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		a, ok1 := literal(e.X)
		b, ok2 := literal(e.Y)
		return a + b, ok1 && ok2
	case *ast.ParenExpr:
		return literal(e.X)
	}
	return "", false
}

// callName is the name of the function a call calls (its selector's
// name for a method or a qualified function).
func callName(c *ast.CallExpr) string {
	switch f := c.Fun.(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		return f.Sel.Name
	}
	return ""
}

// parseSources parses the non-test files of the sources.
func parseSources(t *testing.T) (*token.FileSet, []*ast.File) {
	t.Helper()
	fset := token.NewFileSet()
	var files []*ast.File
	for _, dir := range sources {
		names, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(names) == 0 {
			t.Fatalf("no Go files in %s: %v", dir, err)
		}
		for _, name := range names {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, f)
		}
	}
	return fset, files
}

// usedKeys collects the keys of every T, tr, Mark, N and trN call of the
// sources whose texts are constant.
func usedKeys(t *testing.T) keys {
	t.Helper()
	k := keys{msgs: map[string]string{}, plurals: map[string]string{}, ones: map[string]string{}}
	fset, files := parseSources(t)
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			var lits []string
			for _, a := range c.Args {
				if s, ok := literal(a); ok {
					lits = append(lits, s)
				}
			}
			where := fset.Position(c.Pos()).String()
			switch callName(c) {
			case "T", "tr", "Mark":
				if len(lits) > 0 {
					k.msgs[lits[0]] = where
				}
			case "N", "trN":
				if len(lits) == 0 {
					return true // a wrapper, such as tr itself
				}
				if len(lits) < 2 {
					t.Errorf("%s: a counted message needs its singular and plural as constants", where)
					return true
				}
				k.plurals[lits[1]] = where
				k.ones[lits[1]] = lits[0]
			}
			return true
		})
	}
	// Texts that other packages make in English and the interface
	// translates: the export formats, the import kinds, the merge rule, the
	// preset tag sets and the grade table's columns.
	for _, f := range formats.Formats() {
		k.msgs[f.Label()] = "formats.Format.Label"
	}
	for _, kind := range []formats.Kind{formats.KindBackup, formats.KindW3C, formats.KindCSV, formats.KindHypothesis} {
		k.msgs[kind.String()] = "formats.Kind.String"
	}
	k.msgs[formats.MergeRule] = "formats.MergeRule"
	for _, p := range model.Presets() {
		k.msgs[p.Name] = "model.Presets"
		for _, tag := range p.Tags {
			k.msgs[tag.Name] = "model.Presets"
			if tag.Description != "" {
				k.msgs[tag.Description] = "model.Presets"
			}
		}
	}
	for _, c := range classroom.GradeColumns {
		k.msgs[c] = "classroom.GradeColumns"
	}
	return k
}

// TestEveryKeyIsTranslated checks that every text the interface shows has
// a translation in every language, and that no catalogue keeps a key the
// interface no longer uses.
func TestEveryKeyIsTranslated(t *testing.T) {
	k := usedKeys(t)
	if len(k.msgs) < 100 {
		t.Fatalf("found only %d messages in the sources: the scan is broken", len(k.msgs))
	}
	for _, l := range translated {
		for _, msg := range sorted(k.msgs) {
			if !i18n.Has(l, msg) {
				t.Errorf("%s: no translation of %q (%s)", l, msg, k.msgs[msg])
			}
		}
		for _, other := range sorted(k.plurals) {
			if !i18n.HasPlural(l, other) {
				t.Errorf("%s: no plural forms of %q (%s)", l, other, k.plurals[other])
			}
		}
		for _, msg := range i18n.Keys(l) {
			if _, ok := k.msgs[msg]; !ok {
				t.Errorf("%s: the catalogue translates %q, which the interface no longer uses", l, msg)
			}
		}
		for _, other := range i18n.PluralKeys(l) {
			if _, ok := k.plurals[other]; !ok {
				t.Errorf("%s: the catalogue has plural forms of %q, which the interface no longer uses", l, other)
			}
		}
	}
}

// verbRE matches a fmt verb, with an explicit argument index if any.
var verbRE = regexp.MustCompile(`%(\[(\d+)\])?[-+# 0]*[0-9]*(\.[0-9]+)?([a-zA-Z%])`)

// verbs lists the verb letters of a format string by argument (1-based),
// counting as fmt does.
func verbs(format string) map[int]byte {
	out := map[int]byte{}
	next := 1
	for _, m := range verbRE.FindAllStringSubmatch(format, -1) {
		if m[4] == "%" {
			continue
		}
		n := next
		if m[2] != "" {
			fmt.Sscan(m[2], &n)
		}
		out[n] = m[4][0]
		next = n + 1
	}
	return out
}

// kind groups verbs that take the same arguments.
func kind(v byte) byte {
	switch v {
	case 's', 'q', 'v':
		return 's'
	}
	return v
}

// sampleArgs are arguments for every verb of the English format.
func sampleArgs(format string) []any {
	vs := verbs(format)
	args := make([]any, len(vs))
	for n, v := range vs {
		if n < 1 || n > len(args) {
			continue
		}
		switch v {
		case 'd':
			args[n-1] = 7
		case 'f':
			args[n-1] = 2.5
		default:
			args[n-1] = "x"
		}
	}
	return args
}

// checkFormat reports a translation whose verbs do not fit the English
// arguments: another type at the same place, an argument that is not
// there, or a formatting error.
func checkFormat(t *testing.T, l i18n.Lang, english, translation string) {
	t.Helper()
	want := verbs(english)
	for n, v := range verbs(translation) {
		if w, ok := want[n]; !ok || kind(w) != kind(v) {
			t.Errorf("%s: %q: argument %d is %%%c in the translation %q, %%%c in English", l, english, n, v, translation, w)
		}
	}
	if len(want) > 0 && strings.Contains(translation, "%") {
		if out := fmt.Sprintf(translation, sampleArgs(english)...); strings.Contains(out, "%!") {
			t.Errorf("%s: %q: the translation %q formats as %q", l, english, translation, out)
		}
	}
}

// TestTranslationsTakeTheSameArguments checks every translation's verbs
// against its English text.
func TestTranslationsTakeTheSameArguments(t *testing.T) {
	for _, l := range translated {
		for _, msg := range i18n.Keys(l) {
			checkFormat(t, l, msg, i18n.T(l, msg))
		}
		for _, other := range i18n.PluralKeys(l) {
			for _, f := range i18n.PluralForms(l, other) {
				checkFormat(t, l, other, f)
			}
		}
	}
}

// TestArabicHasEveryPluralForm checks that Arabic counted messages give
// all six forms, and the others their one and other forms.
func TestArabicHasEveryPluralForm(t *testing.T) {
	for _, l := range translated {
		for _, other := range i18n.PluralKeys(l) {
			fs := i18n.Plurals(l, other)
			need := map[string]string{"one": fs.One, "other": fs.Other}
			if l == i18n.Arabic {
				need["zero"], need["two"], need["few"], need["many"] = fs.Zero, fs.Two, fs.Few, fs.Many
			}
			for form, s := range need {
				if s == "" {
					t.Errorf("%s: %q has no %s form", l, other, form)
				}
			}
		}
	}
}

// TestInterfaceTextsGoThroughTheCatalogue finds texts written into the
// page in English in app/ui: a constant with letters given to Text,
// Title, Placeholder, an aria-label, or a dialog's title.
func TestInterfaceTextsGoThroughTheCatalogue(t *testing.T) {
	fset, files := parseSources(t)
	for _, f := range files {
		if !strings.Contains(fset.Position(f.Pos()).Filename, "/ui/") {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			var arg ast.Expr
			switch name := callName(c); {
			case (name == "Text" || name == "Title" || name == "Placeholder") && len(c.Args) > 0:
				arg = c.Args[0]
			case name == "Aria" && len(c.Args) == 2:
				if s, _ := literal(c.Args[0]); s == "label" {
					arg = c.Args[1]
				}
			case name == "dialogBox" && len(c.Args) > 1:
				arg = c.Args[1]
			}
			if s, ok := literal(arg); ok && strings.IndexFunc(s, unicode.IsLetter) >= 0 {
				t.Errorf("%s: %q is shown without the catalogue (wrap it in tr)", fset.Position(c.Pos()), s)
			}
			return true
		})
	}
}

// sorted returns the keys of m in order.
func sorted(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
