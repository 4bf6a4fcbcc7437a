package scorer

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/llamaclassify/llamaclassify-go/internal/pages"
	"github.com/llamaclassify/llamaclassify-go/internal/scorer/internal/mkpdf"
)

// hostilePDFs are well-formed files with structures meant to trap a reader.
func hostilePDFs() map[string][]byte {
	const font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
	page := func(content int) string {
		return "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents " +
			strconv.Itoa(content) + " 0 R >>"
	}
	stream := func(s string) string {
		return "<< /Length " + strconv.Itoa(len(s)) + " >>\nstream\n" + s + "\nendstream"
	}
	return map[string][]byte{
		// The page tree's kids lead back to the tree itself.
		"cycle": mkpdf.FromObjects([]string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [2 0 R 4 0 R 2 0 R] /Count 3 >>",
			font,
			page(5),
			stream("BT /F1 11 Tf (looping invoice) Tj ET"),
		}),
		// A page count far beyond the pages that exist.
		"huge count": mkpdf.FromObjects([]string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [4 0 R] /Count 9223372036854775807 >>",
			font,
			page(5),
			stream("BT /F1 11 Tf (one page) Tj ET"),
		}),
		// Operators with the wrong number of operands, which the PDF
		// module answers with a panic.
		"bad operators": mkpdf.FromObjects([]string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
			font,
			page(5),
			stream("BT /F1 Tf Tj TJ ' \" ET ] >> ) Tj"),
		}),
		// A tree that fans out to the same page again and again: 8^3 paths.
		"fan out": mkpdf.FromObjects([]string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [" + strings.Repeat("6 0 R ", 8) + "] /Count 1000000 >>",
			font,
			page(5),
			stream("BT /F1 11 Tf (fan) Tj ET"),
			"<< /Type /Pages /Kids [" + strings.Repeat("7 0 R ", 8) + "] /Count 64 >>",
			"<< /Type /Pages /Kids [" + strings.Repeat("4 0 R ", 8) + "] /Count 8 >>",
		}),
		// References to objects that do not exist, and a catalog without
		// pages.
		"dangling": mkpdf.FromObjects([]string{
			"<< /Type /Catalog /Pages 9 0 R >>",
		}),
		"not a dictionary": mkpdf.FromObjects([]string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"[1 2 3]",
		}),
	}
}

func TestHostilePDFs(t *testing.T) {
	for name, doc := range hostilePDFs() {
		t.Run(name, func(t *testing.T) {
			text, err := Extract("x.pdf", doc, pages.Selection{})
			if err != nil && !errors.Is(err, ErrUnreadable) && !errors.Is(err, ErrNoText) {
				t.Fatalf("error %v wraps neither ErrUnreadable nor ErrNoText", err)
			}
			if n := strings.Count(text, "\f") + 1; n > 8 {
				t.Errorf("%d pages read from a file of %d objects", n, strings.Count(string(doc), " obj\n"))
			}
		})
	}
	// The cycle is walked a bounded number of times, and the real page in
	// it is found.
	text, err := Extract("x.pdf", hostilePDFs()["cycle"], pages.Selection{MaxPages: 1})
	if err != nil || !strings.Contains(text, "looping invoice") {
		t.Errorf("cycle: %q, %v; want the text of its page", text, err)
	}
}

// FuzzExtract feeds arbitrary bytes to every format: Extract must return
// text or one of its errors, and never panic or hang.
func FuzzExtract(f *testing.F) {
	entries, err := os.ReadDir(docsDir)
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(docsDir, e.Name()))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, filepath.Ext(e.Name()), uint8(0))
		f.Add(data[:len(data)/2], filepath.Ext(e.Name()), uint8(1))
	}
	for _, doc := range hostilePDFs() {
		f.Add(doc, ".pdf", uint8(0))
	}
	pdf := mkpdf.Build([][]string{{"one"}, {"two"}})
	f.Add(pdf, ".pdf", uint8(2))
	f.Add([]byte("%PDF-1.4\n"), ".pdf", uint8(0))
	f.Add([]byte("a\fb\fc"), ".txt", uint8(3))
	f.Add([]byte(strings.Repeat("<div>", 5000)+"deep"), ".html", uint8(0))
	f.Add([]byte(`{"a": [1, {"b": "c"`), ".json", uint8(0))
	f.Add([]byte("\xff\xfe\x00t"), ".md", uint8(0))
	f.Add([]byte("text"), ".exe", uint8(0))
	f.Add([]byte("Subject: x\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Transfer-Encoding: base64\n\naGk=\n--b--\n"), ".eml", uint8(0))

	f.Fuzz(func(t *testing.T, data []byte, ext string, page uint8) {
		var sel pages.Selection
		if page > 0 {
			sel = pages.Selection{Indexes: []int{int(page) - 1, 0}, MaxPages: int(page % 3)}
		}
		text, err := Extract("doc"+ext, data, sel)
		if err != nil {
			if !errors.Is(err, ErrUnsupportedType) && !errors.Is(err, ErrNoText) && !errors.Is(err, ErrUnreadable) {
				t.Fatalf("error %v wraps none of the package's errors", err)
			}
			return
		}
		if len(text) > MaxTextBytes {
			t.Fatalf("%d bytes of text, over MaxTextBytes", len(text))
		}
		if !utf8.ValidString(text) || !hasWord(text) {
			t.Fatalf("text %q is not valid UTF-8 holding a word", text)
		}
	})
}

// FuzzClassify checks the result's invariants for any text and rule.
func FuzzClassify(f *testing.F) {
	f.Add("Invoice number 7, line items, total amount", "invoice", "contains invoice number, line items, and total amount")
	f.Add("Bank statement: opening balance", "bank_statement", "bank statement showing opening balance")
	f.Add("", "x", "")
	f.Add("ǅ ß İ ﬃ 123 ٣", "ß-İ", "ﬃ, ٣ and ǅ")
	f.Add(strings.Repeat("a", 200)+" "+strings.Repeat("word ", 50), "a_b-c d", "the of and, - _ '")
	f.Add("\xff\xfe broken", "\xff", "\xfe\xfe")

	f.Fuzz(func(t *testing.T, text, typ, desc string) {
		rules := []Rule{
			{Type: typ, Description: desc},
			{Type: "receipt", Description: "purchase receipt with transaction info and merchant details"},
		}
		res := Classify(text, rules)
		if math.IsNaN(res.Confidence) || res.Confidence < 0 || res.Confidence > 1 {
			t.Fatalf("confidence %v", res.Confidence)
		}
		if res.Type != nil && *res.Type != typ && *res.Type != "receipt" {
			t.Fatalf("type %q is no rule's", *res.Type)
		}
		if res.Reasoning == "" || !strings.HasSuffix(res.Reasoning, ".") {
			t.Fatalf("reasoning %q", res.Reasoning)
		}
		if again := Classify(text, slices.Clone(rules)); again.Confidence != res.Confidence || again.Reasoning != res.Reasoning {
			t.Fatalf("not deterministic: %+v then %+v", res, again)
		}
	})
}
