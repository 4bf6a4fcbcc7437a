package mkpdf

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"testing"
)

// Readers find objects through the cross-reference table, so every offset
// in it must point at the start of its object.
func TestXrefOffsetsPointAtObjects(t *testing.T) {
	doc := Build([][]string{{"first page", "second line"}, {"page (two) \\ done"}, {}})
	m := regexp.MustCompile(`xref\n0 (\d+)\n`).FindSubmatchIndex(doc)
	if m == nil {
		t.Fatalf("no xref table in\n%s", doc)
	}
	n, _ := strconv.Atoi(string(doc[m[2]:m[3]]))
	if want := 3 + 2*3 + 1; n != want {
		t.Fatalf("xref has %d entries, want %d", n, want)
	}
	entries := doc[m[1]:]
	for i := 1; i < n; i++ {
		entry := entries[20*i : 20*i+20]
		off, err := strconv.Atoi(string(entry[:10]))
		if err != nil {
			t.Fatalf("entry %d: %q: %v", i, entry, err)
		}
		if want := fmt.Sprintf("%d 0 obj\n", i); !bytes.HasPrefix(doc[off:], []byte(want)) {
			t.Errorf("entry %d points at %q, want %q", i, doc[off:off+len(want)], want)
		}
	}
	start := bytes.LastIndex(doc, []byte("startxref\n"))
	off, _ := strconv.Atoi(string(bytes.Fields(doc[start+len("startxref\n"):])[0]))
	if !bytes.HasPrefix(doc[off:], []byte("xref\n")) {
		t.Errorf("startxref %d does not point at the xref table", off)
	}
	if !bytes.HasSuffix(doc, []byte("%%EOF\n")) {
		t.Error("missing the end-of-file marker")
	}
}

func TestEscape(t *testing.T) {
	for in, want := range map[string]string{
		"plain":       "plain",
		"a (b) c":     `a \(b\) c`,
		`back\slash`:  `back\\slash`,
		"caf\u00e9\t": "caf??",
	} {
		if got := escape(in); got != want {
			t.Errorf("escape(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	pages := [][]string{{"a line"}, {"another"}}
	if !bytes.Equal(Build(pages), Build(pages)) {
		t.Fatal("two builds of the same pages differ")
	}
}
