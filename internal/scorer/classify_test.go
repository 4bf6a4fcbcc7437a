package scorer

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/llamaclassify/llamaclassify-go/internal/pages"
)

func TestReasoningNamesEvidenceAndRunnerUp(t *testing.T) {
	res := classifyFile(t, "invoice.pdf", loadRules(t), pages.Selection{})
	for _, s := range []string{"Classified as invoice: it is named 'invoice' in the title", "'invoice number'", "'line items'", "'total amount'", "has sums of money", ". Runner-up "} {
		if !strings.Contains(res.Reasoning, s) {
			t.Errorf("reasoning %q does not say %q", res.Reasoning, s)
		}
	}
	// A word is not quoted again beside a phrase holding it.
	if strings.Contains(res.Reasoning[:strings.Index(res.Reasoning, "Runner-up")], "'total'") {
		t.Errorf("reasoning %q quotes 'total' beside 'total amount'", res.Reasoning)
	}
}

func TestReasoningQuotesTheDescription(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "Contains the INVOICE Number, Line-Items and totals"},
		{Type: "receipt", Description: "purchase receipt with transaction info and merchant details"},
	}
	res := Classify("INVOICE\ninvoice number 17; line items: 3; totals: 12.00; merchant: Bob's", rules)
	for _, s := range []string{"'INVOICE Number'", "'Line-Items'", "'totals'", "Runner-up receipt", "'merchant'"} {
		if !strings.Contains(res.Reasoning, s) {
			t.Errorf("reasoning %q lacks %s", res.Reasoning, s)
		}
	}
}

func TestClassifyIsDeterministic(t *testing.T) {
	rules := loadRules(t)
	for name := range sampleTypes {
		first := classifyFile(t, name, rules, pages.Selection{})
		for range 3 {
			if again := classifyFile(t, name, rules, pages.Selection{}); !reflect.DeepEqual(again, first) {
				t.Fatalf("%s: %+v, then %+v", name, first, again)
			}
		}
		reordered := [][]Rule{slices.Clone(rules), append(slices.Clone(rules[3:]), rules[:3]...)}
		slices.Reverse(reordered[0])
		for _, rs := range reordered {
			got := classifyFile(t, name, rs, pages.Selection{})
			if typeName(got.Type) != typeName(first.Type) || got.Confidence != first.Confidence {
				t.Errorf("%s: %s at %.2f with rules reordered, %s at %.2f before", name, typeName(got.Type), got.Confidence, typeName(first.Type), first.Confidence)
			}
		}
	}
}

func TestTiesGoToTheEarlierRule(t *testing.T) {
	// Two types of equally rare words, with the same description.
	a := Rule{Type: "zorblax", Description: "contains invoice number and total amount"}
	b := Rule{Type: "quindle", Description: "contains invoice number and total amount"}
	text := "Invoice number 9, total amount 40.00"
	for _, rules := range [][]Rule{{a, b}, {b, a}} {
		res := Classify(text, rules)
		if res.Type != nil && *res.Type != rules[0].Type {
			t.Errorf("rules %s, %s: type %s, want the first or none", rules[0].Type, rules[1].Type, typeName(res.Type))
		}
		if res.Type != nil && !strings.Contains(res.Reasoning, "ties and loses by coming later") {
			t.Errorf("reasoning %q does not explain the tie", res.Reasoning)
		}
		if res.Type != nil && res.Confidence > 0.5 {
			t.Errorf("confidence %.2f for a tie, want at most 0.5", res.Confidence)
		}
	}
}

var twoRules = func(typ string) []Rule {
	return []Rule{
		{Type: typ, Description: "monthly record of money moving through an account, with opening and closing balance"},
		{Type: "receipt", Description: "purchase receipt with transaction info and merchant details"},
	}
}

// However the type is written, a title that names it is strong evidence.
func TestTypeInTheTitle(t *testing.T) {
	doc := "First Lakes Bank\nBANK STATEMENT\nAccount 1234-88, June 2024\nOpening balance 1,200.00\n02 Jun  Salary  2,300.00\nClosing balance 3,500.00\n"
	for _, typ := range []string{"bank_statement", "bank-statement", "BankStatement", "Bank Statement"} {
		res := Classify(doc, twoRules(typ))
		if typeName(res.Type) != typ {
			t.Errorf("type %s, want %s (%s)", typeName(res.Type), typ, res.Reasoning)
			continue
		}
		if !strings.Contains(strings.ToLower(res.Reasoning), "it is named 'bank statement' in the title") {
			t.Errorf("reasoning %q does not say where the type is named", res.Reasoning)
		}
		if res.Confidence < 0.8 {
			t.Errorf("confidence %.2f for a statement that says so in its title", res.Confidence)
		}
	}
}

// A document that mentions a kind of document in passing is not one: a
// letter about an invoice, a policy about purchase orders, a recipe's
// cooking minutes.
func TestMentioningIsNotBeing(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "contains invoice number, line items, and total amount"},
		{Type: "purchase_order", Description: "an order a buyer sends to a supplier, with a PO number, items, quantities and prices, approved by the buyer"},
		{Type: "meeting_minutes", Description: "minutes of a meeting with attendees, agenda items, decisions, and action items"},
	}
	for name, doc := range map[string]string{
		"letter":  "Dear Ms Alvarez,\n\nThank you for your letter about our invoice 4471. We have checked it again and agree that two of the items were charged twice. A corrected invoice will follow this week.\n\nKind regards,\nTom Baker\n",
		"policy":  "Purchase Order Policy\n\n1. Purpose. This policy says when a purchase order is needed.\n2. Every purchase over 500 EUR needs a purchase order approved by the budget holder.\n3. Suppliers must quote the PO number on their invoice.\n",
		"recipe":  "Tomato soup\n\nSimmer the tomatoes for 20 minutes, then blend. Rest for 5 minutes before serving.\n",
		"article": "# How to read an invoice before you pay it\n\nAn invoice should show an invoice number, the line items and the total amount. Check each line item against your order.\n",
	} {
		res := Classify(doc, rules)
		if res.Type != nil {
			t.Errorf("%s: type %s, want none (%s)", name, *res.Type, res.Reasoning)
		}
		if !strings.HasPrefix(res.Reasoning, "No rule matched") {
			t.Errorf("%s: reasoning %q", name, res.Reasoning)
		}
	}
	res := Classify("Purchase Order Policy\n\nEvery purchase order needs a PO number.\n", rules)
	if !strings.Contains(res.Reasoning, "its title names another kind of document ('policy')") {
		t.Errorf("reasoning %q does not say the title names a policy", res.Reasoning)
	}
}

// A long description with synonyms and alternatives does not make a rule
// lose the documents a short one takes.
func TestLongDescriptionsDoNotDilute(t *testing.T) {
	doc := "INVOICE\nInvoice number: 2231\nDate: 4 March 2024\nBill to: Cedar Hollow LLC\n\nQty  Description        Amount\n2    Widget             20.00\n1    Installation       50.00\nSubtotal                70.00\nVAT 20%                 14.00\nTotal due               84.00\n"
	receipt := Rule{Type: "receipt", Description: "proof of payment from a shop: merchant, date and time, items bought, amount paid, cash or card"}
	for _, desc := range []string{
		"invoice with total",
		"A bill a seller or service provider sends to a customer to ask for payment. It usually has an invoice or bill number, the date, who is selling and who is buying, the goods or services charged line by line with prices, tax such as VAT or GST, the total amount owed, discounts, and how and by when to pay (bank details, IBAN, due date, payment terms).",
	} {
		res := Classify(doc, []Rule{{Type: "invoice", Description: desc}, receipt})
		if typeName(res.Type) != "invoice" || res.Confidence < 0.8 {
			t.Errorf("description of %d characters: %s at %.2f (%s)", len(desc), typeName(res.Type), res.Confidence, res.Reasoning)
		}
	}
}

// Words weigh by how rare they are in ordinary language, not by how many
// rules use them.
func TestRareWordsWeighMore(t *testing.T) {
	for _, pair := range [][2]string{{"invoice", "number"}, {"invoice", "account"}, {"subtotal", "total"}, {"consignee", "address"}} {
		rare, common := rarity(stemOf(pair[0])), rarity(stemOf(pair[1]))
		if rare <= common {
			t.Errorf("rarity(%s) = %.2f, not above rarity(%s) = %.2f", pair[0], rare, pair[1], common)
		}
	}
	if w := rarity(stemOf("people")); w > 0.2 {
		t.Errorf("rarity(people) = %.2f, want the floor of an everyday word", w)
	}
}

func TestNearMatches(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "invoice number, line items, subtotal and total amount"},
		{Type: "contract", Description: "legal contract between parties with terms, conditions, and signatures"},
	}
	ocr := "lNVOICE\nInvoice Nurnber: 1042\nQty Description Amount\n2 Widgets 20.OO\n1 Cable 5.OO\nSubtota1 25.OO\nT0TAL AM0UNT 25.OO\n"
	if res := Classify(ocr, rules); typeName(res.Type) != "invoice" {
		t.Errorf("OCR invoice: %s (%s)", typeName(res.Type), res.Reasoning)
	}
	signed := "AGREEMENT\n\nThis agreement is made between Alpha Ltd and Beta GmbH (the parties).\n1. Scope. Beta shall supply software.\n2. Term. One year from signing.\n\nSigned for Alpha: ________  Date:\nSigned for Beta: ________  Date:\n"
	res := Classify(signed, rules)
	if typeName(res.Type) != "contract" {
		t.Fatalf("a signed agreement: %s (%s)", typeName(res.Type), res.Reasoning)
	}
	if !strings.Contains(res.Reasoning, "it is named 'agreement' in the title") || !strings.Contains(res.Reasoning, "'signatures'") {
		t.Errorf("reasoning %q does not name the agreement and the signatures", res.Reasoning)
	}

	d := analyze("The bike rack by the station; a starry night.")
	for _, stem := range []string{"track", "start"} {
		if near, c := d.nearest(stem); c > 0 {
			t.Errorf("%q found as %q (credit %.2f): a different word one letter away", stem, near, c)
		}
	}
}

func TestForeignDocuments(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "a bill asking for payment, with invoice number, line items, tax and total amount"},
		{Type: "bank_statement", Description: "a bank statement for an account over a period, with opening balance, transactions and closing balance"},
		{Type: "meeting_minutes", Description: "the record of a meeting: attendees, agenda, decisions and actions"},
	}
	for want, doc := range map[string]string{
		"invoice":         "Müller Bürobedarf GmbH\nRECHNUNG\nRechnungsnummer: 2024-0815\nRechnungsdatum: 04.03.2024\n\nPos  Artikel          Menge  Preis\n1    Druckerpapier    10     45,00\n2    Toner            2      120,00\nZwischensumme              165,00\nMwSt 19%                   31,35\nGesamtbetrag               196,35 EUR\n",
		"bank_statement":  "Banque du Léman\nRelevé de compte n° 12\nCompte: 0012 3345 8890\nPériode du 01/05/2024 au 31/05/2024\nSolde initial            1 200,00\n03/05  Virement salaire        2 300,00\n07/05  Loyer                  -900,00\nNouveau solde            2 600,00\n",
		"meeting_minutes": "Verbale di riunione del comitato\nData: 12 marzo 2024\nPresenti: Rossi, Bianchi, Verdi\nOrdine del giorno:\n1. Bilancio\n2. Eventi\nDecisione: il bilancio è approvato.\n",
	} {
		if res := Classify(doc, rules); typeName(res.Type) != want {
			t.Errorf("%s: got %s (%s)", want, typeName(res.Type), res.Reasoning)
		}
	}
}

func TestFillerAndStopWordsAreNotEvidence(t *testing.T) {
	rules := []Rule{{Type: "invoice", Description: "contains the invoice number and the total amount"}}
	res := Classify("This contains the and of the with it.", rules)
	if res.Type != nil || res.Confidence < 0.8 {
		t.Errorf("got %s at %.2f, want none, confidently (%s)", typeName(res.Type), res.Confidence, res.Reasoning)
	}
	if want := "No rule matched: the document mentions nothing the rules describe, so the closest rule is simply the first, invoice."; res.Reasoning != want {
		t.Errorf("reasoning %q, want %q", res.Reasoning, want)
	}
}

func TestNoMatchNamesTheClosestRule(t *testing.T) {
	res := classifyFile(t, "recipe.txt", loadRules(t), pages.Selection{})
	if res.Type != nil {
		t.Fatalf("type %s", *res.Type)
	}
	if !strings.HasPrefix(res.Reasoning, "No rule matched: the closest is ") {
		t.Errorf("reasoning %q does not name the closest rule", res.Reasoning)
	}
	if res.Confidence <= 0 || res.Confidence >= 1 {
		t.Errorf("confidence %.2f, want between 0 and 1 for a near miss", res.Confidence)
	}
}

func TestNoRules(t *testing.T) {
	res := Classify("invoice number", nil)
	if res.Type != nil || !strings.Contains(res.Reasoning, "no rules") {
		t.Errorf("got %+v", res)
	}
}

// Confidence grows with the winner's lead: an invoice that is also half a
// receipt is a less certain invoice than one that is only an invoice.
func TestConfidenceReflectsTheLead(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "contains invoice number, line items, and total amount"},
		{Type: "receipt", Description: "purchase receipt with line items, total amount, transaction info and merchant details"},
	}
	const clearText = "INVOICE\nInvoice number 4. Line items: 2. Total amount: 10.00"
	const mixedText = clearText + "\nPurchase receipt. Transaction info. Merchant details."
	clear, mixed := Classify(clearText, rules), Classify(mixedText, rules)
	if typeName(clear.Type) != "invoice" {
		t.Fatalf("clear: %s (%s)", typeName(clear.Type), clear.Reasoning)
	}
	if typeName(mixed.Type) != "invoice" {
		t.Fatalf("mixed: %s (%s)", typeName(mixed.Type), mixed.Reasoning)
	}
	// The rounded confidences can both be at the cap: compare the
	// probabilities themselves.
	p := func(text string) float64 { _, f := decide(text, rules); return probability(calRight, f) }
	if pc, pm := p(clearText), p(mixedText); pc <= pm {
		t.Errorf("probability %v for a clear invoice, %v for one that is also a receipt", pc, pm)
	}
}

// Classify reads only the first MaxTextBytes of its text.
func TestClassifyIsBounded(t *testing.T) {
	rules := loadRules(t)
	text := strings.Repeat("lorem ", MaxTextBytes/6+1) + "INVOICE\ninvoice number, line items, total amount"
	if res := Classify(text, rules); res.Type != nil {
		t.Errorf("evidence past MaxTextBytes counted: %s", res.Reasoning)
	}
}

func TestSplitType(t *testing.T) {
	for in, want := range map[string]string{"BankStatement": "Bank Statement", "bank_statement": "bank_statement", "PO": "PO", "W2Form": "W2Form", "invoiceV2": "invoice V2"} {
		if got := splitType(in); got != want {
			t.Errorf("splitType(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOCRFix(t *testing.T) {
	for in, want := range map[string]string{"T0TAL": "total", "Subtota1": "subtotal", "CLA1M": "claim", "P0LICY": "policy", "a4": "a4", "covid19": "covid19", "B2B": "b2b", "2024": "2024"} {
		if got := ocrFix(in); got != want {
			t.Errorf("ocrFix(%q) = %q, want %q", in, got, want)
		}
	}
	if got := ocrNumbers("TOTAL 2O4.l3 on O8/l7/2O24, Tool 3"); got != "TOTAL 204.13 on 08/17/2024, Tool 3" {
		t.Errorf("ocrNumbers: %q", got)
	}
}

func TestTitleKind(t *testing.T) {
	for want, titles := range map[string][]string{
		"polici":    {"Purchase Order Policy"},
		"guid":      {"Guide to insurance claims"},
		"invoic":    {"Northwind Ltd", "TAX INVOICE"},
		"minut":     {"Minutes of the board meeting"},
		"":          {"Northwind Ltd", "418 Harbor Street"},
		"recip":     {"Recipe: tomato soup for a total of 4"},
		"agreement": {"Lease agreement"},
	} {
		if got := titleKind(titles); got != want {
			t.Errorf("titleKind(%q) = %q, want %q", titles, got, want)
		}
	}
}

func TestFitLogistic(t *testing.T) {
	// y is 1 exactly when x > 0.5: the fitted boundary is near 0.5.
	var xs [][]float64
	var ys []float64
	for i := range 40 {
		x := float64(i) / 39
		xs = append(xs, []float64{x})
		if x > 0.5 {
			ys = append(ys, 1)
		} else {
			ys = append(ys, 0)
		}
	}
	w := fitLogistic(xs, ys, 0.1)
	if w[1] <= 0 {
		t.Fatalf("coefficients %v: want a positive slope", w)
	}
	if boundary := -w[0] / w[1]; math.Abs(boundary-0.5) > 0.1 {
		t.Errorf("boundary %.2f, want near 0.5 (coefficients %v)", boundary, w)
	}
}

// The committed calibration is the fit on the dev split of the corpus.
func TestCalibrationIsTheDevFit(t *testing.T) {
	var xs [][]float64
	var right, null []float64
	for _, ex := range devExamples(t) {
		best, f := decide(ex.text, ex.rules)
		xs = append(xs, f.vector())
		right = append(right, b2f(ex.want != "" && ex.rules[best].Type == ex.want))
		null = append(null, b2f(ex.want == ""))
	}
	for name, fit := range map[string][2][]float64{
		"calRight": {calRight, fitLogistic(xs, right, calRidge)},
		"calNull":  {calNull, fitLogistic(xs, null, calRidge)},
	} {
		for i := range fit[0] {
			if math.Abs(fit[0][i]-fit[1][i]) > 0.011 {
				t.Errorf("%s = %v, but the dev split fits %v: run TestCalibrate -calibrate and paste its output", name, fit[0], fit[1])
				break
			}
		}
	}
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func ExampleClassify() {
	rules := []Rule{
		{Type: "invoice", Description: "contains invoice number, line items, and total amount"},
		{Type: "receipt", Description: "purchase receipt with transaction info and merchant details"},
	}
	res := Classify("INVOICE\nInvoice number: 1042\nLine items: 3 x widgets\nTotal amount: $42.00\nMerchant: ACME", rules)
	fmt.Println(*res.Type, res.Confidence)
	fmt.Println(res.Reasoning)
	// Output:
	// invoice 0.99
	// Classified as invoice: it is named 'invoice' in the title; mentions 'invoice number', 'total amount' and 'line items'; has sums of money. Runner-up receipt (score -0.14 against 0.82): nothing names it receipt, and it matched 'merchant'.
}

func TestQuestionTitle(t *testing.T) {
	for line, want := range map[string]bool{
		"# How to write a CV that gets you hired":         true,
		"What do your cholesterol numbers actually mean?": true,
		"Why is my parcel late?":                          true,
		"When: Tuesday 12 November, 6 pm":                 false,
		"INVOICE":                                         false,
		"How much":                                        false,
		"Monthly statement — savings account":             false,
	} {
		if got := questionTitle(line); got != want {
			t.Errorf("questionTitle(%q) = %v, want %v", line, got, want)
		}
	}
}
