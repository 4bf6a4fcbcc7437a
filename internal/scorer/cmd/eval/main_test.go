package main

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMeasure(t *testing.T) {
	outs := []outcome{
		{row: row{want: "a"}, got: "a"},
		{row: row{want: "a"}, got: ""},  // a typed document missed
		{row: row{want: "b"}, got: "a"}, // given another type
		{row: row{want: ""}, got: ""},
		{row: row{want: ""}, got: "b"}, // a null document typed
	}
	m := measure(outs, []string{"a", "b"})
	if m.right != 2 || m.accuracy != 0.4 {
		t.Errorf("right %d, accuracy %v; want 2, 0.4", m.right, m.accuracy)
	}
	if m.typed != 3 || m.typedRight != 1 || m.typedWrongType != 1 {
		t.Errorf("typed %d, right %d, wrong type %d; want 3, 1, 1", m.typed, m.typedRight, m.typedWrongType)
	}
	if m.nulls != 2 || m.nullAnswers != 2 || m.nullRight != 1 {
		t.Errorf("nulls %d, null answers %d, right %d; want 2, 2, 1", m.nulls, m.nullAnswers, m.nullRight)
	}
	// F1: a = 2·1/(2+1+1) = 0.5, b = 0 (no true positive), null = 2·1/(2+1+1) = 0.5.
	if want := (0.5 + 0 + 0.5) / 3; math.Abs(m.macroF1-want) > 1e-9 {
		t.Errorf("macro-F1 %v, want %v", m.macroF1, want)
	}
}

// run reads a corpus through internal/corpus and reports each split, a
// document it cannot read counting as wrong.
func TestRunReportsEachSplit(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("rules-tiny.yaml", "- type: invoice\n  description: contains invoice number, line items, and total amount\n- type: receipt\n  description: purchase receipt with transaction info and merchant details\n")
	write("docs/inv.txt", "INVOICE\nInvoice number: 7\nLine items: 2 x widget 5.00\nTotal amount: 10.00\n")
	write("docs/soup.txt", "Tomato soup\n\nSimmer the tomatoes, blend and serve.\n")
	write("docs/bad.xyz", "unreadable")
	write("labels-tiny.tsv", "file\texpected\tsplit\ninv.txt\tinvoice\tdev\nsoup.txt\t\tdev\nbad.xyz\treceipt\ttest\n")

	var b strings.Builder
	if err := run(&b, dir, "", true); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, s := range []string{
		"== rule set tiny, split dev: 2 documents, 2 rules",
		"accuracy            100.0%  (2/2)",
		"== rule set tiny, split test: 1 documents, 2 rules",
		"accuracy              0.0%  (0/1)",
		"[0.8, 1] (all)",
	} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
	if strings.Contains(out, "== all ") {
		t.Errorf("a corpus of one rule set has no summary over all sets:\n%s", out)
	}
	if strings.Contains(out, "MISS bad.xyz") {
		t.Errorf("a test document was listed among the misses:\n%s", out)
	}
}

// With two rule sets, each split is summed up over both.
func TestRunSumsUpAllSets(t *testing.T) {
	files := map[string]string{
		"rules-a.yaml":  "- type: invoice\n  description: contains invoice number, line items, and total amount\n",
		"rules-b.yaml":  "- type: recipe\n  description: ingredients and the steps of cooking a dish\n",
		"docs/inv.txt":  "INVOICE\nInvoice number: 7\nLine items: 2 x widget 5.00\nTotal amount: 10.00\n",
		"docs/soup.txt": "Tomato soup\n\nIngredients\n- 1 kg tomatoes\n- 1 onion\n\nMethod\n1. Simmer the tomatoes and onion for 20 minutes.\n2. Blend and season.\n",
		"labels-a.tsv":  "file\texpected\tsplit\ninv.txt\tinvoice\tdev\nsoup.txt\t\ttest\n",
		"labels-b.tsv":  "file\texpected\tsplit\nsoup.txt\trecipe\ttest\ninv.txt\t\tdev\n",
	}
	dir := writeCorpus(t, files)
	var b strings.Builder
	if err := run(&b, dir, "", false); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, s := range []string{
		"== all 2 rule sets, split dev: 2 documents",
		"== all 2 rule sets, split test: 2 documents",
	} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
	if i := strings.Index(out, "== all 2 rule sets, split dev"); i >= 0 && !strings.Contains(out[i:], "accuracy            100.0%  (2/2)") {
		t.Errorf("the dev summary is not both documents right:\n%s", out[i:])
	}
}

// The blind rule sets whose every rule is of a kind the scorer knows are
// summed up apart; a set with a rule of a kind it does not know is not
// among them, nor is a set's dev split. So are the blind documents the
// association table was fitted on (named before "ot", as "gig.txt" is)
// and those it was not ("qinv.txt"): only the second say how it does on
// documents it has not seen, and only they count among the known kinds'.
func TestRunSumsUpTheBlindSetsOfKnownKinds(t *testing.T) {
	files := map[string]string{
		"rules-known.yaml":  "- type: invoice\n  description: contains invoice number, line items, and total amount\n- type: receipt\n  description: purchase receipt with transaction info and merchant details\n",
		"rules-trade.yaml":  "- type: invoice\n  description: contains invoice number, line items, and total amount\n- type: gig_booking\n  description: Confirmed gig bookings - the email where the organiser confirms date, time and fee\n",
		"rules-tuning.yaml": "- type: invoice\n  description: contains invoice number, line items, and total amount\n",
		"docs/qinv.txt":     "INVOICE\nInvoice number: 7\nLine items: 2 x widget 5.00\nTotal amount: 10.00\n",
		"docs/qsoup.txt":    "Tomato soup\n\nSimmer the tomatoes, blend and serve.\n",
		"docs/gig.txt":      "Hi Sue,\nConfirming the Ukes will play the Red Lion on Sat 5 July, 8pm to 10pm, fee 150.\nCheers, Dave\n",
		"docs/inv2.txt":     "INVOICE\nInvoice number: 8\nLine items: 1 x gadget 3.00\nTotal amount: 3.00\n",
		"labels-known.tsv":  "file\texpected\tsplit\nqinv.txt\tinvoice\tblind\nqsoup.txt\t\tblind\n",
		"labels-trade.tsv":  "file\texpected\tsplit\ngig.txt\tgig_booking\tblind\n",
		"labels-tuning.tsv": "file\texpected\tsplit\ninv2.txt\tinvoice\tdev\n",
	}
	dir := writeCorpus(t, files)
	var b strings.Builder
	if err := run(&b, dir, "", false); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, s := range []string{
		"== the blind documents the association table was fitted on (the rounds before the sixty-seventh): 1 documents",
		"== the blind documents it was not fitted on (the sixty-seventh round and later): 2 documents",
	} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
	head := "== the 1 blind rule sets the association table was not fitted on whose every rule is of a kind the scorer knows: 2 documents"
	i := strings.Index(out, head)
	if i < 0 {
		t.Fatalf("output lacks %q:\n%s", head, out)
	}
	if !strings.Contains(out[i:], "accuracy            100.0%  (2/2)") {
		t.Errorf("the summary of the known kinds' sets is not both documents right:\n%s", out[i:])
	}
	if !strings.Contains(out, "== all 3 rule sets, split blind: 3 documents") {
		t.Errorf("the blind split over all sets should still count the trade set's document:\n%s", out)
	}
}

// writeCorpus lays out a corpus in a temporary directory: files maps a
// path relative to it to its content.
func writeCorpus(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
