package scorer

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/llamaclassify/llamaclassify-go/internal/pages"
	"github.com/llamaclassify/llamaclassify-go/internal/scorer/internal/mkpdf"
)

// threePages is a text document whose pages are about different things.
const threePages = "Purchase receipt\nMerchant: Corner Books, transaction 4471\nTotal 12.00, paid by card." +
	"\fLegal contract\nIt sets out the terms and conditions; signatures below." +
	"\fCurriculum vitae\nWork experience, education and skills of the candidate."

func TestExtractTextPages(t *testing.T) {
	for _, tc := range []struct {
		name      string
		sel       pages.Selection
		want      []string // substrings that must be present
		wantNot   []string // and absent
		wantPages int      // form feeds + 1 in the result
	}{
		{"all pages", pages.Selection{}, []string{"receipt", "contract", "skills"}, nil, 3},
		{"page 2 only", pages.Selection{Indexes: []int{1}}, []string{"contract"}, []string{"receipt", "skills"}, 1},
		{"first page by max_pages", pages.Selection{MaxPages: 1}, []string{"receipt"}, []string{"contract", "skills"}, 1},
		{"pages 3 and 1, read in document order", pages.Selection{Indexes: []int{2, 0}}, []string{"receipt", "skills"}, []string{"contract"}, 2},
		{"duplicates read once", pages.Selection{Indexes: []int{1, 1}}, []string{"contract"}, nil, 1},
		{"max_pages applies to the selection", pages.Selection{Indexes: []int{2, 1}, MaxPages: 1}, []string{"skills"}, []string{"contract"}, 1},
		{"pages beyond the end ignored", pages.Selection{Indexes: []int{1, 9}}, []string{"contract"}, nil, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Extract("doc.txt", []byte(threePages), tc.sel)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tc.want {
				if !strings.Contains(got, s) {
					t.Errorf("%q lacks %q", got, s)
				}
			}
			for _, s := range tc.wantNot {
				if strings.Contains(got, s) {
					t.Errorf("%q holds %q from an unselected page", got, s)
				}
			}
			if n := strings.Count(got, "\f") + 1; n != tc.wantPages {
				t.Errorf("got %d pages, want %d", n, tc.wantPages)
			}
			if strings.Contains(threePages, "\f"+got) && tc.sel.Indexes == nil && tc.sel.MaxPages == 0 && got != threePages {
				t.Errorf("the whole text was not returned unchanged")
			}
		})
	}
}

// Page selection changes the classification: the same three-page document
// is a receipt, a contract or a resume depending on the page read.
func TestPageSelectionDecidesClassification(t *testing.T) {
	rules := loadRules(t)
	for _, tc := range []struct {
		sel  pages.Selection
		want string
	}{
		{pages.Selection{MaxPages: 1}, "receipt"},
		{pages.Selection{Indexes: []int{1}}, "contract"},
		{pages.FromRanges([]pages.Range{{First: 3, Last: 3}}, 0), "resume"},
	} {
		text, err := Extract("doc.txt", []byte(threePages), tc.sel)
		if err != nil {
			t.Fatal(err)
		}
		res := Classify(text, rules)
		if typeName(res.Type) != tc.want {
			t.Errorf("selection %+v: type %s, want %s (%s)", tc.sel, typeName(res.Type), tc.want, res.Reasoning)
		}
	}
}

func TestExtractPDFPages(t *testing.T) {
	doc := mkpdf.Build([][]string{
		{"Purchase receipt", "Merchant: Corner Books", "Transaction 5531"},
		{"Legal contract", "Terms and conditions (see schedule A)", "Signatures"},
		{"Resume", "Work experience", "Education", "Skills"},
	})
	all, err := Extract("scan.PDF", doc, pages.Selection{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Corner Books", "(see schedule A)", "Work experience"} {
		if !strings.Contains(all, s) {
			t.Errorf("text of every page %q lacks %q", all, s)
		}
	}
	if n := strings.Count(all, "\f"); n != 2 {
		t.Errorf("every page: %d page breaks, want 2", n)
	}

	rules := loadRules(t)
	for _, tc := range []struct {
		sel     pages.Selection
		want    string
		present string
		absent  string
	}{
		{pages.Selection{Indexes: []int{1}}, "contract", "Signatures", "Corner Books"},
		{pages.Selection{MaxPages: 1}, "receipt", "Corner Books", "Signatures"},
		{pages.Selection{Indexes: []int{2}}, "resume", "Skills", "Signatures"},
	} {
		text, err := Extract("scan.pdf", doc, tc.sel)
		if err != nil {
			t.Fatalf("%+v: %v", tc.sel, err)
		}
		if !strings.Contains(text, tc.present) || strings.Contains(text, tc.absent) {
			t.Errorf("%+v: text %q should hold %q and not %q", tc.sel, text, tc.present, tc.absent)
		}
		if res := Classify(text, rules); typeName(res.Type) != tc.want {
			t.Errorf("%+v: type %s, want %s (%s)", tc.sel, typeName(res.Type), tc.want, res.Reasoning)
		}
	}
}

// Writers that never draw a space: lines started by moves inside one text
// object, words separated by TJ positioning. Their words must stay apart.
func TestExtractPDFLayout(t *testing.T) {
	doc := onePagePDF("BT /F1 11 Tf 72 720 Td (INVOICE) Tj 0 -15 Td [(Invoice)-333(num)10(ber:)-300(77)] TJ" +
		" 0 -15 Td (Total) Tj 60 0 Td (amount) Tj ET")
	got, err := Extract("x.pdf", doc, pages.Selection{})
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields(got)
	if want := []string{"INVOICE", "Invoice", "number:", "77", "Total", "amount"}; !slices.Equal(words, want) {
		t.Errorf("words %q, want %q (text %q)", words, want, got)
	}
	if !strings.HasPrefix(got, "INVOICE\n") {
		t.Errorf("no line break after the first line: %q", got)
	}

	// A graphics-state restore without a save stops the layout pass; the
	// page is still read, in drawing order.
	got, err = Extract("x.pdf", onePagePDF("Q BT /F1 11 Tf 72 720 Td (still readable) Tj ET"), pages.Selection{})
	if err != nil || !strings.Contains(got, "still readable") {
		t.Errorf("unbalanced Q: %q, %v", got, err)
	}
}

// onePagePDF returns a PDF of one page drawn by content, in Helvetica as F1.
func onePagePDF(content string) []byte {
	return mkpdf.FromObjects([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
		"<< /Length " + strconv.Itoa(len(content)) + " >>\nstream\n" + content + "\nendstream",
	})
}

func TestExtractHTMLDropsScriptsAndStyles(t *testing.T) {
	doc := `<html><head><title>Quarterly report</title>
<style>.invoice { color: red }</style><script>var receipt = "merchant";</script></head>
<body><p>First para</p><p>second para</p><div>in<b>line</b> words</div>
<noscript>enable scripts</noscript><template>hidden template</template></body></html>`
	got, err := Extract("page.HTM", []byte(doc), pages.Selection{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Quarterly report", "First para", "second para", "inline words"} {
		if !strings.Contains(got, s) {
			t.Errorf("%q lacks %q", got, s)
		}
	}
	for _, s := range []string{"invoice", "receipt", "merchant", "enable scripts", "hidden template"} {
		if strings.Contains(got, s) {
			t.Errorf("%q holds %q from a non-rendered element", got, s)
		}
	}
	if strings.Contains(got, "parasecond") {
		t.Errorf("block elements glued together: %q", got)
	}
}

// A table's row of two or more cells of text is one line with its cells
// apart, as a Markdown table's is, so that its cells read as fields, not
// as a title and headings, however the HTML is indented; a layout
// table's rows, whose cells hold headings and paragraphs, stay blocks.
func TestExtractHTMLTableRowsStayOnOneLine(t *testing.T) {
	rows := func(doc string) ([]string, string) {
		t.Helper()
		got, err := Extract("page.html", []byte(doc), pages.Selection{})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, l := range strings.Split(got, "\n") {
			if l = strings.TrimSpace(l); strings.Contains(l, "|") {
				out = append(out, l)
			}
		}
		return out, got
	}
	want := []string{"| Grade | Sessional GP |", "| Annual subscription | £1,880.00 |"}
	for _, doc := range []string{
		`<html><body><h1>Membership schedule</h1>
<table><tr><th>Grade</th><td>Sessional GP</td></tr>
<tr><td>Annual <b>sub</b>scription</td><td>£1,880.00</td></tr></table><p>After</p></body></html>`,
		`<html>
  <body>
    <h1>Membership schedule</h1>
    <table>
      <tr>
        <th>Grade</th>
        <td>Sessional
            GP</td>
      </tr>
      <tr>
        <td>Annual <b>sub</b>scription</td>
        <td>£1,880.00</td>
      </tr>
    </table>
    <p>After</p>
  </body>
</html>`,
	} {
		got, text := rows(doc)
		if !slices.Equal(got, want) {
			t.Errorf("rows %q, want %q, in %q", got, want, text)
		}
		for _, s := range []string{"Membership schedule", "After"} {
			if !strings.Contains(text, s) {
				t.Errorf("%q lacks %q", text, s)
			}
		}
	}
	layout := `<html><body><table width="600">
<tr><td><h1>INVOICE</h1></td></tr>
<tr><td><p>Dear Ms Lowe,</p><p>Please find our invoice for March below.</p></td></tr>
</table></body></html>`
	if got, text := rows(layout); len(got) > 0 {
		t.Errorf("a layout table's rows read as fields: %q in %q", got, text)
	}
}

func TestExtractHTMLCharset(t *testing.T) {
	doc := "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xe9 \x93menu\x94</p></body></html>"
	got, err := Extract("menu.html", []byte(doc), pages.Selection{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got, "Café “menu”") {
		t.Errorf("got %q, want the windows-1252 text decoded", got)
	}
}

func TestExtractJSON(t *testing.T) {
	doc := `{"invoiceNumber": "INV-7", "line_items": [{"qty": 2, "paid": true, "note": null}], "totalAmount": 12.50}`
	got, err := Extract("x.json", []byte(doc), pages.Selection{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"invoice Number", "INV-7", "line_items", "2", "true", "total Amount", "12.50"} {
		if !strings.Contains(got, s) {
			t.Errorf("%q lacks %q", got, s)
		}
	}
	if strings.Contains(got, "null") {
		t.Errorf("%q holds null", got)
	}

	// JSON Lines: one value a line, each read.
	got, err = Extract("x.json", []byte("{\"a\": \"first\"}\n{\"b\": \"second\"}\n"), pages.Selection{})
	if err != nil {
		t.Fatal(err)
	}
	if got != "a\nfirst\nb\nsecond\n" {
		t.Errorf("JSON Lines: got %q", got)
	}
}

func TestExtractCSVAndMarkdown(t *testing.T) {
	for name, doc := range map[string]string{
		"t.csv": "date,description,amount\n2024-01-02,Coffee beans,12.00\n",
		"t.md":  "# Heading\n\n- a *list* item with `code`\n",
	} {
		got, err := Extract(name, []byte("\xef\xbb\xbf"+doc), pages.Selection{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got != doc {
			t.Errorf("%s: got %q, want the text unchanged without its byte order mark: %q", name, got, doc)
		}
	}
}

func TestExtractUTF16(t *testing.T) {
	for name, data := range map[string][]byte{
		"le.txt": {0xff, 0xfe, 'T', 0, 'o', 0, 't', 0, 'a', 0, 'l', 0, ' ', 0, 0xe9, 0},
		"be.csv": {0xfe, 0xff, 0, 'T', 0, 'o', 0, 't', 0, 'a', 0, 'l', 0, ' ', 0, 0xe9},
	} {
		got, err := Extract(name, data, pages.Selection{})
		if err != nil || got != "Total é" {
			t.Errorf("%s: %q, %v; want \"Total é\"", name, got, err)
		}
	}
}

func TestExtractInvalidUTF8IsReplaced(t *testing.T) {
	got, err := Extract("t.txt", []byte("total \xff\xfe amount"), pages.Selection{})
	if err != nil {
		t.Fatal(err)
	}
	if got != "total \uFFFD amount" {
		t.Errorf("got %q", got)
	}
}

func TestExtractErrors(t *testing.T) {
	validPDF := mkpdf.Build([][]string{{"some text"}})
	blankPDF := mkpdf.Build([][]string{{}, {}})
	for _, tc := range []struct {
		name    string
		data    string
		sel     pages.Selection
		is      error
		message string
	}{
		{"report.xyz", "text", pages.Selection{}, ErrUnsupportedType, "unsupported file type .xyz"},
		{"dir.v2/REPORT.DOCX", "text", pages.Selection{}, ErrUnsupportedType, "unsupported file type .docx"},
		{"README", "text", pages.Selection{}, ErrUnsupportedType, `unsupported file type: "README" has no extension`},
		{".txt", "text", pages.Selection{}, ErrUnsupportedType, `unsupported file type: ".txt" has no extension`},
		{"empty.txt", "", pages.Selection{}, ErrNoText, "the document has no extractable text"},
		{"blank.md", " \n\t\r\n ", pages.Selection{}, ErrNoText, "the document has no extractable text"},
		{"rule.txt", "----- *** -----", pages.Selection{}, ErrNoText, "the document has no extractable text"},
		{"scripts.html", "<script>var x = 1</script><style>p{}</style>", pages.Selection{}, ErrNoText, "the document has no extractable text"},
		{"empty.json", `{"": null, "--": [[], {}]}`, pages.Selection{}, ErrNoText, "the document has no extractable text"},
		{"out.txt", "page one\fpage two", pages.Selection{Indexes: []int{5}}, ErrNoText, "the document has no extractable text: the selected pages are beyond its last page, 2"},
		{"blank2.txt", "page one\f \fpage three", pages.Selection{Indexes: []int{1, 7}}, ErrNoText, "the document has no extractable text on the 1 selected of its 3 pages"},
		{"blank.pdf", string(blankPDF), pages.Selection{}, ErrNoText, "the document has no extractable text"},
		{"out.pdf", string(validPDF), pages.Selection{Indexes: []int{3}}, ErrNoText, "the document has no extractable text: the selected pages are beyond its last page, 1"},
		{"bad.json", `{"a": `, pages.Selection{}, ErrUnreadable, "the document could not be read: invalid JSON: unexpected EOF"},
		{"unclosed.json", `[1, 2`, pages.Selection{}, ErrUnreadable, "the document could not be read: invalid JSON: unexpected EOF"},
		{"garbage.pdf", "not a pdf at all", pages.Selection{}, ErrUnreadable, "the document could not be read: not a PDF file: invalid header"},
		{"truncated.pdf", string(validPDF[:len(validPDF)/2]), pages.Selection{}, ErrUnreadable, "the document could not be read: "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Extract(tc.name, []byte(tc.data), tc.sel)
			if !errors.Is(err, tc.is) {
				t.Fatalf("Extract = %q, %v; want an error wrapping %v", got, err, tc.is)
			}
			if !strings.HasPrefix(err.Error(), tc.message) {
				t.Errorf("message %q, want it to start with %q", err, tc.message)
			}
		})
	}
}

// A huge document is cut to MaxTextBytes, on a character boundary.
func TestExtractCapsText(t *testing.T) {
	big := strings.Repeat("é invoice ", MaxTextBytes/5)
	got, err := Extract("big.txt", []byte(big), pages.Selection{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) > MaxTextBytes || len(got) < MaxTextBytes-4 {
		t.Errorf("len = %d, want just under %d", len(got), MaxTextBytes)
	}
	if !strings.HasPrefix(big, got) {
		t.Errorf("the capped text is not a prefix of the document")
	}
	if strings.ContainsRune(got, '\uFFFD') {
		t.Errorf("the cut split a character")
	}

	// Many form feeds: the page count stays bounded by pages.MaxPage.
	feeds := strings.Repeat("\f", 3*pages.MaxPage) + "last page"
	got, err = Extract("feeds.txt", []byte(feeds), pages.Selection{Indexes: []int{pages.MaxPage - 1}})
	if err != nil {
		t.Fatal(err)
	}
	if got != strings.Repeat("\f", 2*pages.MaxPage+1)+"last page" {
		t.Errorf("the last selectable page should hold the rest of the document; got %d bytes", len(got))
	}
}

// A Markdown file's front matter gives its title and author, as a blog
// post shows them; a file without it is read as it is.
func TestMarkdownFrontMatter(t *testing.T) {
	md := "---\ntitle: \"7 things recruiters wish your cover letter said\"\nauthor: Dana Whitfield\ndate: 2024-02-19\ntags: [careers]\n---\n\nI've read eleven thousand cover letters.\n"
	text, err := Extract("post.md", []byte(md), pages.Selection{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "# 7 things recruiters wish your cover letter said\n\nBy Dana Whitfield\n\nI've read eleven thousand cover letters.\n"; text != want {
		t.Errorf("front matter read as %q, want %q", text, want)
	}
	if !analyze(text).articleTitle {
		t.Error("the front matter's title is not read as an article's")
	}
	for _, plain := range []string{"# Minutes\n\n---\n\nItem 1\n", "---\nno closing line\n", "Invoice 12\n", "---\nInvoice: 12\nTotal: 50.00\n---\nThank you\n"} {
		if got, _ := Extract("a.md", []byte(plain), pages.Selection{}); got != plain {
			t.Errorf("%q read as %q", plain, got)
		}
	}
}

// Random bytes under a text file's name are no text: the job fails with a
// reason instead of classifying noise. Text in a legacy 8-bit encoding, or
// with a few control characters, is still read.
func TestExtractRefusesBinaryUnderATextName(t *testing.T) {
	noise := make([]byte, 4096)
	state := uint32(7)
	for i := range noise {
		state = state*1664525 + 1013904223
		noise[i] = byte(state >> 24)
	}
	for _, name := range []string{"scan.txt", "export.csv", "notes.md"} {
		_, err := Extract(name, noise, pages.Selection{})
		if !errors.Is(err, ErrUnreadable) || !strings.Contains(err.Error(), "it is not text") {
			t.Errorf("%s of random bytes: %v", name, err)
		}
	}
	latin1 := []byte("Facture n\xb0 2024-17\nCaf\xe9 de la Gare, 12 rue de l'\xc9glise\nTotal TTC : 48,60 \x80\n")
	if text, err := Extract("facture.txt", latin1, pages.Selection{}); err != nil || !strings.Contains(text, "Total TTC") {
		t.Errorf("Latin-1 text: %q, %v", text, err)
	}
	withControls := []byte("INVOICE\x1b[0m 17\x07\nTotal due: 120.00\n")
	if _, err := Extract("invoice.txt", withControls, pages.Selection{}); err != nil {
		t.Errorf("text with two control characters: %v", err)
	}
}
