package scorer

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/llamaclassify/llamaclassify-go/internal/pages"
	"github.com/llamaclassify/llamaclassify-go/internal/samples"
	"github.com/llamaclassify/llamaclassify-go/internal/scorer/internal/mkpdf"
)

// Regenerate testdata/docs/invoice.pdf with:
//
//	go test ./internal/scorer -run TestSamplePDFIsReproducible -update
var update = flag.Bool("update", false, "rewrite the generated sample documents")

const docsDir = "../../testdata/docs"

// invoicePDF is the text of testdata/docs/invoice.pdf, page by page.
var invoicePDF = [][]string{{
	"Northwind Lighting Supply Co.",
	"418 Harbor Street, Portland, OR 97209",
	"billing@northwind-lighting.example  |  (503) 555-0142",
	"",
	"INVOICE",
	"",
	"Invoice Number: INV-2024-0815",
	"Invoice Date: March 4, 2024",
	"Due Date: April 3, 2024 (Net 30)",
	"Purchase Order: PO-77120",
	"",
	"Bill To:",
	"Cedar Hollow Architects LLC",
	"Attn: Accounts Payable",
	"92 Alder Lane, Eugene, OR 97401",
	"",
	"Line Items",
	"Qty   Description                                   Unit Price      Amount",
	"12    LED panel fixture, 2x4 ft, 4000K               $89.50     $1,074.00",
	"30    Dimmable driver, 0-10V                          $24.75       $742.50",
	"4     Track lighting kit, 8 ft, matte black          $162.00       $648.00",
	"1     On-site installation, 6 hours at $85/hr        $510.00       $510.00",
	"",
	"Subtotal                                                        $2,974.50",
	"Shipping and handling                                              $65.00",
	"Tax (Oregon, 0%)                                                    $0.00",
	"Total Amount Due                                                $3,039.50",
	"",
	"Payment is due within 30 days. See page 2 for payment instructions.",
}, {
	"Payment Instructions",
	"",
	"Please quote invoice number INV-2024-0815 with your payment.",
	"",
	"By ACH or wire transfer:",
	"  Beneficiary: Northwind Lighting Supply Co.",
	"  Pacific Coast Bank, routing 123000848, account ending 4471",
	"",
	"By check, payable to Northwind Lighting Supply Co., mailed to:",
	"  PO Box 5520, Portland, OR 97228",
	"",
	"Balances unpaid after the due date accrue interest of 1% per month.",
	"Questions about this invoice? Write to billing@northwind-lighting.example.",
	"",
	"Thank you for your business.",
}}

// loadRules reads testdata/rules.yaml into the scorer's rules.
func loadRules(t testing.TB) []Rule {
	t.Helper()
	raw, err := samples.Rules()
	if err != nil {
		t.Fatal(err)
	}
	rules := make([]Rule, len(raw))
	for i, r := range raw {
		rules[i] = Rule{Type: r.Type, Description: r.Description}
	}
	return rules
}

// sampleTypes is the expected classification of every sample document;
// "" means no rule should match.
var sampleTypes = samples.Types

func classifyFile(t testing.TB, name string, rules []Rule, sel pages.Selection) Result {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(docsDir, name))
	if err != nil {
		t.Fatal(err)
	}
	text, err := Extract(name, data, sel)
	if err != nil {
		t.Fatalf("Extract(%s): %v", name, err)
	}
	return Classify(text, rules)
}

func typeName(p *string) string {
	if p == nil {
		return "<nil>"
	}
	return *p
}

func TestSampleDocumentsClassify(t *testing.T) {
	rules := loadRules(t)
	entries, err := os.ReadDir(docsDir)
	if err != nil {
		t.Fatal(err)
	}
	var size int64
	t.Logf("%-22s %-16s %-10s %s", "document", "type", "confidence", "reasoning")
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		size += info.Size()
		want, ok := sampleTypes[e.Name()]
		if !ok {
			t.Errorf("%s: no expected type in sampleTypes; every sample must be checked", e.Name())
			continue
		}
		res := classifyFile(t, e.Name(), rules, pages.Selection{})
		t.Logf("%-22s %-16s %-10.2f %s", e.Name(), typeName(res.Type), res.Confidence, res.Reasoning)
		if want == "" {
			if res.Type != nil {
				t.Errorf("%s: type %q, want nil (%s)", e.Name(), *res.Type, res.Reasoning)
			}
			if !strings.HasPrefix(res.Reasoning, "No rule matched") {
				t.Errorf("%s: reasoning %q does not say no rule matched", e.Name(), res.Reasoning)
			}
			continue
		}
		if res.Type == nil || *res.Type != want {
			t.Errorf("%s: type %s, want %s (%s)", e.Name(), typeName(res.Type), want, res.Reasoning)
		}
		if res.Confidence < 0.5 {
			t.Errorf("%s: confidence %.2f for a clear sample, want at least 0.5", e.Name(), res.Confidence)
		}
	}
	for name := range sampleTypes {
		if _, err := os.Stat(filepath.Join(docsDir, name)); err != nil {
			t.Errorf("sample %s is missing: %v", name, err)
		}
	}
	if size >= 200<<10 {
		t.Errorf("testdata/docs holds %d bytes; keep the samples under 200 KB", size)
	}
}

func TestSamplePDFIsReproducible(t *testing.T) {
	path := filepath.Join(docsDir, "invoice.pdf")
	want := mkpdf.Build(invoicePDF)
	if *update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s differs from what invoicePDF generates; run this test with -update", path)
	}
}
