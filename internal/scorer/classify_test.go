package scorer

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/llamaclassify/llamaclassify-go/internal/pages"
)

func TestReasoningNamesEvidenceAndRunnerUp(t *testing.T) {
	res := classifyFile(t, "invoice.pdf", loadRules(t), pages.Selection{})
	for _, s := range []string{"Classified as invoice: it is named 'INVOICE' in the title", "'invoice number'", "'line items'", "has sums of money, a total", ". Runner-up "} {
		if !strings.Contains(res.Reasoning, s) {
			t.Errorf("reasoning %q does not say %q", res.Reasoning, s)
		}
	}
	// The reasoning gives the answer's probability as the confidence
	// does, capped the same way.
	if against := fmt.Sprintf("against %.2f)", res.Confidence); !strings.Contains(res.Reasoning, against) {
		t.Errorf("confidence %.2f, but the reasoning says %q", res.Confidence, res.Reasoning)
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
	// Two types no lexicon knows, with the same description.
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
		if !strings.Contains(res.Reasoning, "it is named 'BANK STATEMENT' in the title") {
			t.Errorf("reasoning %q does not say where the type is named", res.Reasoning)
		}
		if res.Confidence < 0.8 {
			t.Errorf("confidence %.2f for a statement that says so in its title", res.Confidence)
		}
	}
}

// The rules of one everyday set, in two styles.
var (
	terseRules = []Rule{
		{Type: "invoice", Description: "bill asking the customer to pay"},
		{Type: "receipt", Description: "proof of a purchase already paid"},
		{Type: "contract", Description: "agreement signed by two parties"},
		{Type: "meeting_minutes", Description: "notes of a meeting"},
	}
	verboseRules = []Rule{
		{Type: "invoice", Description: "A bill a seller or service provider sends to a customer to ask for payment. It has an invoice number, the date, the seller and the buyer, the goods or services charged line by line with prices, tax such as VAT, the total amount owed, and how and by when to pay (bank details, IBAN, due date). A receipt for something already paid is not an invoice."},
		{Type: "receipt", Description: "Proof that something has already been paid for: a till slip from a shop, restaurant, taxi or petrol station, or a payment confirmation, with the merchant, the date and time, what was bought, the amount paid and how (cash, card), sometimes the change given."},
		{Type: "contract", Description: "A written agreement between two or more parties that sets out what each must do: the parties, their obligations, price or fees, how long it lasts and how it ends, the governing law, and the parties' signatures."},
		{Type: "meeting_minutes", Description: "The written record of a meeting that took place: the date, who attended and who sent apologies, what was discussed under each item, what was decided, and the actions agreed with who is responsible."},
	}
)

const plainInvoice = "Harbour Print Ltd\n12 Quay Street, Bristol\n\nINVOICE\n\nInvoice no: HP-3321\nDate: 3 May 2024\nBill to: Fenwick Studio\n\nQty  Item                       Price\n500  Business cards, matt       45.00\n200  Flyers A5                  38.00\nSubtotal                        83.00\nVAT 20%                         16.60\nTotal due                       99.60\n\nPlease pay by 2 June 2024 to IBAN GB29 NWBK 6016 1331 9268 19.\n"

// A terse rule and a careful one for the same kind both take a clear
// document of it, and the careful one is not less sure.
func TestTerseAndVerboseRulesBothMatch(t *testing.T) {
	terse, verbose := Classify(plainInvoice, terseRules), Classify(plainInvoice, verboseRules)
	for name, res := range map[string]Result{"terse": terse, "verbose": verbose} {
		if typeName(res.Type) != "invoice" || res.Confidence < 0.8 {
			t.Errorf("%s rules: %s at %.2f (%s)", name, typeName(res.Type), res.Confidence, res.Reasoning)
		}
	}
	if verbose.Confidence < terse.Confidence-0.05 {
		t.Errorf("the verbose rule is less sure (%.2f) than the terse one (%.2f)", verbose.Confidence, terse.Confidence)
	}
}

// A title that names a kind wins over a body that mentions another.
func TestTitleBeatsBodyMention(t *testing.T) {
	doc := "RECEIPT\n\nCorner Café, 4 Mill Lane\n14/05/2024 12:41\n\n2 x Flat white      6.40\n1 x Croissant       2.80\nTOTAL               9.20\nCard payment        9.20\n\nNeed an invoice for your company? Ask at the counter.\n"
	for name, rules := range map[string][]Rule{"terse": terseRules, "verbose": verboseRules} {
		res := Classify(doc, rules)
		if typeName(res.Type) != "receipt" {
			t.Errorf("%s rules: %s (%s)", name, typeName(res.Type), res.Reasoning)
		}
	}
}

// A message that asks about an invoice is not an invoice, however much of
// an invoice's vocabulary it uses.
func TestAnEmailAboutAnInvoiceIsNotOne(t *testing.T) {
	doc := "From: Dana Whitfield <dana@example.com>\nTo: accounts@example.org\nDate: Tue, 14 May 2024 09:12:00 +0100\nSubject: Re: Invoice HP-3321 - payment?\n\nHi Sam,\n\nI hope you are well. I am writing about our invoice HP-3321 for 99.60, which was due on 2 June. I can't see the payment in our account yet. Could you check whether it has been approved, and let me know when the transfer will be made? If you need a new copy of the invoice with a different address, just tell me.\n\nThanks,\nDana\n"
	for name, rules := range map[string][]Rule{"terse": terseRules, "verbose": verboseRules} {
		res := Classify(doc, rules)
		if res.Type != nil {
			t.Errorf("%s rules: %s at %.2f, want none (%s)", name, *res.Type, res.Confidence, res.Reasoning)
		}
	}
	// Nor is the message an invoice comes with: "please find our invoice"
	// says what is attached, not what the message is.
	cover := "From: Dean Parry <dean@harrowgate.example>\nTo: accounts@example.org\nSubject: Invoice HOS-24-08817\nDate: Tue, 12 Mar 2024 15:40:02 +0000\n\nHello,\n\nPlease find our invoice HOS-24-08817 attached, for the office chairs delivered last week. Any questions, just reply to this email.\n\nKind regards,\nDean Parry\nHarrowgate Office Supplies\n"
	for name, rules := range map[string][]Rule{"terse": terseRules, "verbose": verboseRules} {
		if res := Classify(cover, rules); res.Type != nil {
			t.Errorf("%s rules, a covering message: %s at %.2f, want none (%s)", name, *res.Type, res.Confidence, res.Reasoning)
		}
	}
	// The same message with the invoice itself in it is one.
	withInvoice := strings.Replace(doc, "Thanks,", "Here it is again:\n\n"+plainInvoice+"\nThanks,", 1)
	if res := Classify(withInvoice, verboseRules); typeName(res.Type) != "invoice" {
		t.Errorf("a message holding the invoice: %s (%s)", typeName(res.Type), res.Reasoning)
	}
}

// A document that mentions a kind of document in passing, or is about
// one, is not one.
func TestMentioningIsNotBeing(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "contains invoice number, line items, and total amount"},
		{Type: "purchase_order", Description: "an order a buyer sends to a supplier, with a PO number, items, quantities and prices, approved by the buyer"},
		{Type: "meeting_minutes", Description: "minutes of a meeting with attendees, agenda items, decisions, and action items"},
	}
	for name, doc := range map[string]string{
		"letter":  "Dear Ms Alvarez,\n\nThank you for your letter about our invoice 4471. We have checked it again and agree that two of the items were charged twice. A corrected invoice will follow this week, and we apologise for the trouble this has caused you.\n\nKind regards,\nTom Baker\n",
		"policy":  "Purchase Order Policy\n\n1. Purpose. This policy says when a purchase order is needed and who may approve one.\n2. Every purchase over 500 EUR needs a purchase order approved by the budget holder before it is placed.\n3. Suppliers must quote the PO number on their invoice, or the invoice will be returned to them unpaid.\n",
		"recipe":  "Tomato soup\n\nSimmer the tomatoes for 20 minutes, then blend. Rest for 5 minutes before serving.\n",
		"article": "# How to read an invoice before you pay it\n\nAn invoice should show an invoice number, the line items and the total amount. Check each line item against your order, and ask the seller about anything you do not recognise before you pay.\n",
	} {
		res := Classify(doc, rules)
		if res.Type != nil {
			t.Errorf("%s: type %s, want none (%s)", name, *res.Type, res.Reasoning)
		}
		if !strings.HasPrefix(res.Reasoning, "No rule matched") {
			t.Errorf("%s: reasoning %q", name, res.Reasoning)
		}
	}
	res := Classify("Purchase Order Policy\n\n1. Purpose. This policy says when a purchase order is needed and who may approve one.\n2. Every purchase order needs a PO number, approved by the budget holder.\n", rules)
	if !strings.Contains(res.Reasoning, "the document names itself another kind ('Policy' in the title)") {
		t.Errorf("reasoning %q does not say the title names a policy", res.Reasoning)
	}
}

// A rule that says what its kind is not keeps those documents out.
func TestWhatARuleSaysItIsNot(t *testing.T) {
	rules := []Rule{
		{Type: "event_ticket", Description: "A ticket that lets its holder into a concert, match or show, with the venue, date, time, seat and a booking reference. An advert or poster for an event is not a ticket."},
		{Type: "recipe", Description: "Instructions for cooking a dish: ingredients with quantities and the steps of the method."},
	}
	poster := "POSTER\n\nTHE NIGHT OWLS — live at the Old Mill\nSaturday 14 September, doors 19:30\nTickets £12 from the venue box office\nSeated and standing, all ages\n"
	if res := Classify(poster, rules); res.Type != nil {
		t.Errorf("a poster: %s (%s)", *res.Type, res.Reasoning)
	}
	ticket := "E-TICKET\n\nTHE NIGHT OWLS — live at the Old Mill\nSaturday 14 September 2024, doors 19:30\nSeat: Row F, seat 12\nBooking reference: NO-88213\nPrice paid: £12.00\nPresent this ticket at the entrance.\n"
	if res := Classify(ticket, rules); typeName(res.Type) != "event_ticket" {
		t.Errorf("a ticket: %s (%s)", typeName(res.Type), res.Reasoning)
	}
}

// Documents that never name their kind are still recognised by what they
// hold: a hotel's folio, a Spanish till receipt.
func TestUnnamedDocuments(t *testing.T) {
	for want, doc := range map[string]string{
		"receipt": "SUPERMERCADO LA PLAZA\nC/ Mayor 12, Valladolid\nFACTURA SIMPLIFICADA 0045-118872\n12/04/2024 18:22\n\nLECHE ENTERA 1L        2 x 0,95   1,90\nPAN DE MOLDE                      1,45\nTOMATES KG            1,2 x 2,10  2,52\nTOTAL                             5,87\nTARJETA                           5,87\nIVA INCLUIDO\nGracias por su compra\n",
		"invoice": "Acme Plumbing Services\n55 Elm Road, Leeds\n\nNo. 2024/117     Date: 12 March 2024\nTo: Mrs J. Patel, 8 Rose Court, Leeds\n\nDescription                         Amount\nReplace kitchen mixer tap            120.00\nParts: mixer tap, fittings            64.50\nLabour 2 hours @ 45                   90.00\nSubtotal                             274.50\nVAT 20%                               54.90\nAmount due                           329.40\n\nPayment within 14 days by bank transfer to sort code 20-00-00, account 12345678.\n",
	} {
		for name, rules := range map[string][]Rule{"terse": terseRules, "verbose": verboseRules} {
			if res := Classify(doc, rules); typeName(res.Type) != want {
				t.Errorf("%s, %s rules: %s (%s)", want, name, typeName(res.Type), res.Reasoning)
			}
		}
	}
}

// Text recognition's slips in a kind's name do not hide it.
func TestOCRNoisedKindNames(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "invoice number, line items, subtotal and total amount"},
		{Type: "contract", Description: "legal contract between parties with terms, conditions, and signatures"},
	}
	ocr := "lNV0ICE\nlnvoice Nurnber: 1042\nQty Description Amount\n2 Widgets 20.OO\n1 Cable 5.OO\nSubtota1 25.OO\nT0TAL AM0UNT 25.OO\n"
	res := Classify(ocr, rules)
	if typeName(res.Type) != "invoice" {
		t.Fatalf("OCR invoice: %s (%s)", typeName(res.Type), res.Reasoning)
	}
	if !strings.Contains(res.Reasoning, "it is named 'lNV0ICE' in the title") {
		t.Errorf("reasoning %q does not say the noisy title names the invoice", res.Reasoning)
	}
}

// Documents in German, French or Italian match rules written in English.
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
	// A German invoice under the terse rule too, which names no German.
	doc := "Schreinerei Holz & Co.\nRechnung Nr. 7781\nDatum: 02.05.2024\n\nEinbau Küchenschrank         640,00\nMaterial                     210,00\nNetto                        850,00\nMwSt 19 %                    161,50\nGesamtbetrag                1.011,50 EUR\nZahlbar innerhalb von 14 Tagen.\n"
	if res := Classify(doc, terseRules); typeName(res.Type) != "invoice" {
		t.Errorf("German invoice, terse rules: %s (%s)", typeName(res.Type), res.Reasoning)
	}
}

// A rule of a kind the lexicon does not know still matches by its type
// and its words.
func TestUnknownKinds(t *testing.T) {
	rules := []Rule{
		{Type: "grazing_permit", Description: "permission from the parish to graze animals on the common: herd size, pasture, season and fee"},
		{Type: "invoice", Description: "bill asking the customer to pay"},
	}
	doc := "PARISH OF LOWER MEADE\nGrazing permit 2024/07\n\nHolder: T. Ashworth, Brook Farm\nPasture: North Common\nHerd size: 14 cattle\nSeason: 1 May to 30 September 2024\nFee paid: £84.00\n"
	res := Classify(doc, rules)
	if typeName(res.Type) != "grazing_permit" {
		t.Errorf("got %s (%s)", typeName(res.Type), res.Reasoning)
	}
}

func TestFillerAndStopWordsAreNotEvidence(t *testing.T) {
	rules := []Rule{{Type: "invoice", Description: "contains the invoice number and the total amount"}}
	res := Classify("This contains the and of the with it.", rules)
	if res.Type != nil || res.Confidence < 0.7 {
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
	if !strings.HasPrefix(res.Reasoning, "No rule matched: ") {
		t.Errorf("reasoning %q does not say no rule matched", res.Reasoning)
	}
	if res.Confidence < 0.5 || res.Confidence >= 1 {
		t.Errorf("confidence %.2f, want the probability that no rule applies, above one half", res.Confidence)
	}
	// The recipe holds no rule's words; the rule it is closest to is
	// not the first of testdata/rules.yaml, and the reasoning says which
	// it is and why, not that it is the first.
	if strings.Contains(res.Reasoning, "the first") {
		t.Errorf("reasoning %q calls a rule that is not the first the first", res.Reasoning)
	}
}

// A null answer's confidence is the probability that no rule applies, and
// more rules that do not fit do not make a fit likelier.
func TestNullConfidence(t *testing.T) {
	doc := "Tomato soup\n\nIngredients\n- 1 kg ripe tomatoes\n- 1 onion\n- 500 ml stock\n\nMethod\n1. Soften the onion in butter.\n2. Add the tomatoes and stock and simmer for 20 minutes.\n3. Blend and season.\n"
	few := Classify(doc, terseRules)
	many := Classify(doc, append(slices.Clone(terseRules),
		Rule{Type: "payslip", Description: "an employee's pay statement"},
		Rule{Type: "lease", Description: "agreement to rent a property"},
		Rule{Type: "lab_report", Description: "results of medical laboratory tests"},
		Rule{Type: "shipping_notice", Description: "notice that goods have been shipped"},
		Rule{Type: "cv", Description: "a person's CV"},
		Rule{Type: "warranty", Description: "warranty terms for a product"},
	))
	for name, res := range map[string]Result{"4 rules": few, "10 rules": many} {
		if res.Type != nil || res.Confidence < 0.8 {
			t.Errorf("%s: %s at %.2f, want none with at least 0.8 (%s)", name, typeName(res.Type), res.Confidence, res.Reasoning)
		}
	}
	if math.Abs(few.Confidence-many.Confidence) > 0.1 {
		t.Errorf("null confidence %.2f with 4 rules, %.2f with 10", few.Confidence, many.Confidence)
	}
}

// A null answer's confidence is the model's probability that no rule
// applies, mapped by nullCalibration: less sure than the model where the
// model is sure, since documents written apart from the scorer showed it
// overconfident there, and surer the surer the model is. A typed answer's
// confidence is the model's probability of that rule, as it was.
func TestNullConfidenceIsCalibrated(t *testing.T) {
	recipe := "Tomato soup\n\nIngredients\n- 1 kg ripe tomatoes\n- 1 onion\n- 500 ml stock\n\nMethod\n1. Soften the onion in butter.\n2. Add the tomatoes and stock and simmer for 20 minutes.\n3. Blend and season.\n"
	c := rank(recipe, terseRules)
	res := Classify(recipe, terseRules)
	if res.Type != nil || c.best >= 0 {
		t.Fatalf("a recipe got %s under rules for business papers", typeName(res.Type))
	}
	if want := round2(min(nullConfidence(c.pNull), maxConfidence)); res.Confidence != want {
		t.Errorf("null confidence %.2f, want %.2f, the calibrated probability %.4f", res.Confidence, want, c.pNull)
	}
	if c.pNull > 0.99 && res.Confidence >= round2(min(c.pNull, maxConfidence)) {
		t.Errorf("null confidence %.2f for a model this sure (%.4f): the calibration was not applied", res.Confidence, c.pNull)
	}
	invoice := "INVOICE\nInvoice number: 1042\nDate: 3 March 2025\n\nDescription      Qty   Amount\nConsulting         4   400.00\nTotal due                400.00\n"
	c = rank(invoice, terseRules)
	res = Classify(invoice, terseRules)
	if c.best < 0 || res.Type == nil || res.Confidence != round2(min(c.evs[c.best].prob, maxConfidence)) {
		t.Errorf("a typed answer: %s at %.2f, want the rule's probability %.4f", typeName(res.Type), res.Confidence, c.evs[max(c.best, 0)].prob)
	}
	for p, last := 0.01, 0.0; p < 1; p += 0.01 {
		if got := nullConfidence(p); got <= last || got <= 0 || got >= 1 {
			t.Fatalf("nullConfidence(%.2f) = %.4f after %.4f: want it rising within (0, 1)", p, got, last)
		}
		last = nullConfidence(p)
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
	clear, mixed := rank(clearText, rules), rank(mixedText, rules)
	if clear.best != 0 || mixed.best != 0 {
		t.Fatalf("best %d and %d, want the invoice both times", clear.best, mixed.best)
	}
	if pc, pm := clear.evs[0].prob, mixed.evs[0].prob; pc <= pm {
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
	for in, want := range map[string]string{"T0TAL": "total", "Subtota1": "subtotal", "CLA1M": "claim", "P0LICY": "policy", "B1ll": "bill", "a4": "a4", "covid19": "covid19", "B2B": "b2b", "2024": "2024", "REMlTTANCE": "remittance", "lNVOlCE": "invoice", "lNVOICE": "invoice", "ADVlCE": "advice", "C0UNClL": "council", "McLeod": "mcleod", "Ill": "ill", "0f": "of", "t0": "to", "1n": "in", "A4": "a4", "B1": "b1", "5G": "5g"} {
		if got := ocrFix(in); got != want {
			t.Errorf("ocrFix(%q) = %q, want %q", in, got, want)
		}
	}
	// A scanned capital I read as an l does not split the word as
	// camelCase does.
	var words []string
	for _, tok := range tokenize("REMlTTANCE ADVlCE invoiceNumber", false) {
		words = append(words, tok.word)
	}
	if got := strings.Join(words, " "); got != "remittance advice invoice number" {
		t.Errorf("tokenize: %q", got)
	}
	if got := ocrNumbers("TOTAL 2O4.l3 on O8/l7/2O24, Tool 3"); got != "TOTAL 204.13 on 08/17/2024, Tool 3" {
		t.Errorf("ocrNumbers: %q", got)
	}
	// A month's O read as a zero is a month; a zero before other letters
	// is not.
	if got := ocrNumbers("TUE 14 0CT 2025, 3 N0V, 0CTA 40"); got != "TUE 14 OCT 2025, 3 NOV, 0CTA 40" {
		t.Errorf("ocrNumbers: %q", got)
	}
}

// A word that text recognition split in two is read as one, where the
// halves are not both words and the whole is; two words stay two.
func TestSplitWords(t *testing.T) {
	for in, want := range map[string]string{
		"DEL IVERY NOTE":           "delivery note",
		"Rateab le value":          "rateable value",
		"Hospita lity and Leisure": "hospitality leisure",
		"warr anty, paym ent":      "warranty payment",
		"in voice":                 "voice",
		"a mount":                  "mount",
		"New York office":          "new york office",
		"Kings ton upon Thames":    "kings ton thames",
		"Rechnung snummer":         "rechnung snummer",
	} {
		var words []string
		for _, tok := range tokenize(in, false) {
			words = append(words, tok.word)
		}
		if got := strings.Join(words, " "); got != want {
			t.Errorf("tokenize(%q) = %q, want %q", in, got, want)
		}
	}
	lx := kindLexicon()
	d := analyze("N0RTHGATE BIKE DISTRIBUTI0N LTD          DEL IVERY NOTE\nUnits 7-9 Carrow Trade Park      No.  DN-0061532\n")
	if !slices.ContainsFunc(d.mentions, func(m mention) bool { return lx.kinds[m.kind].id == "delivery_note" && m.weight >= nameInHeading }) {
		t.Errorf("'DEL IVERY NOTE' in a title: mentions %+v, want a delivery note's name", d.mentions)
	}
}

func TestReadNumbers(t *testing.T) {
	for line, want := range map[string]lineNumbers{
		"Date: 04.03.2024, due 2024-04-03":    {numbers: 2, dates: 2},
		"Total £1,234.56 and 12,50 €":         {numbers: 2, money: 2},
		"Doors 19:30, show 8 pm, 14h30":       {numbers: 3, times: 3},
		"500 g flour, 2 tbsp sugar, 180 °C":   {numbers: 3, measures: 3},
		"Consumption 1,204 kWh":               {numbers: 1, measures: 1},
		"March 4 and 12 de mayo, June 2024":   {numbers: 3, dates: 3},
		"2019-2021 Acme Ltd, 06/2018":         {numbers: 2, dates: 2},
		"Order 55012 of 3 items, ref 7":       {numbers: 3},
		"USD 40 and 12.5 percent of 1.000,00": {numbers: 3, money: 2},
	} {
		if got := readNumbers(line); got != want {
			t.Errorf("readNumbers(%q) = %+v, want %+v", line, got, want)
		}
	}
}

func TestNamesOfKinds(t *testing.T) {
	lx := kindLexicon()
	kindOf := func(text string) []string {
		var out []string
		for _, m := range lx.matchNames(nameToks(text, false)) {
			for _, r := range m.refs {
				out = append(out, lx.kinds[r.kind].id)
			}
		}
		return out
	}
	for text, want := range map[string][]string{
		"Invoices":                             {"invoice"},
		"Gehaltsabrechnung":                    {"payslip"},
		"relevé de compte":                     {"bank_statement"},
		"bills of lading":                      {"bill_of_lading"},
		"Policies":                             {"policy"},
		"estimated delivery":                   nil, // a verb, not a quote
		"Present: Ann, Bob":                    nil, // not a presentation
		"simmer for 20 minutes":                nil, // a quantity, not minutes of a meeting
		"Terms and Conditions":                 {"terms_and_conditions"},
		"fattura":                              {"invoice"},
		"huurovereenkomst":                     {"lease"},
		"Verbale della riunione":               {"minutes"},
		"consultation summary":                 {"medical_report"},
		"compte rendu de passage aux urgences": {"medical_report"},
	} {
		if got := kindOf(text); !slices.Equal(got, want) {
			t.Errorf("%q names %v, want %v", text, got, want)
		}
	}
	// German and Dutch compounds hold a name.
	d := analyze("Stromrechnung\nKundennummer: 1\n")
	if len(d.mentions) == 0 || lx.kinds[d.mentions[0].kind].id != "utility_bill" && lx.kinds[d.mentions[0].kind].id != "invoice" {
		t.Errorf("Stromrechnung: mentions %+v", d.mentions)
	}
}

// The lexicon is what its header says: over a hundred kinds, each with an
// English name, names in the other five languages, words and cues.
func TestLexiconIsWellFormed(t *testing.T) {
	lx := kindLexicon()
	if len(lx.kinds) < 100 {
		t.Errorf("%d kinds, want at least 100", len(lx.kinds))
	}
	langs := map[string]int{}
	kind := ""
	namesOf := map[string]map[string]bool{}
	for _, line := range strings.Split(kindsText, "\n") {
		if id, ok := strings.CutPrefix(line, "kind "); ok {
			kind, namesOf[id] = id, map[string]bool{}
		} else if key, rest, ok := strings.Cut(line, ": "); ok && len(key) == 2 && key != "is" {
			for _, n := range strings.Split(rest, ", ") {
				namesOf[kind][fold(n)] = true
			}
		}
	}
	for _, line := range strings.Split(kindsText, "\n") {
		if id, ok := strings.CutPrefix(line, "kind "); ok {
			kind = id
			continue
		}
		key, _, ok := strings.Cut(line, ":")
		if !ok || strings.HasPrefix(line, "#") || kind == "" {
			continue
		}
		switch key {
		case "en", "de", "fr", "es", "it", "nl", "pt", "pl", "cy":
			langs[key]++
		case "is", "near", "flags", "cues", "words", "acts", "from":
		case "loose":
			_, rest, _ := strings.Cut(line, ": ")
			for _, n := range strings.Split(rest, ", ") {
				if !namesOf[kind][fold(n)] || strings.Contains(n, " ") {
					t.Errorf("kind %s: loose %q is not a one-word name of the kind", kind, n)
				}
			}
		case "types":
			// A type word is no name: in a document it would name the
			// kind wherever it heads another name ("booking form").
			_, rest, _ := strings.Cut(line, ": ")
			for _, n := range strings.Split(rest, ", ") {
				if strings.Contains(n, " ") || len(kindLexicon().names[fold(n)]) > 0 {
					t.Errorf("kind %s: type word %q is not one word that names no kind", kind, n)
				}
			}
		default:
			t.Errorf("kind %s: unknown line %q", kind, line)
		}
		if key == "cues" {
			for _, c := range strings.Fields(strings.TrimPrefix(line, "cues:")) {
				if !slices.Contains(cueKeys[:], strings.TrimPrefix(c, "-")) {
					t.Errorf("kind %s: unknown cue %q", kind, c)
				}
			}
		}
		if len(key) == 2 && key != "is" {
			// A name whose small words the tokenizer drops must keep what
			// sets it apart: "what's new" would be "new", "to-do list"
			// "list"; "e-invoice" may be "invoice", itself a name.
			for _, n := range strings.Split(strings.TrimSpace(line[3:]), ", ") {
				toks := nameToks(n, false)
				if len(toks) == 1 && len(strings.FieldsFunc(n, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })) > 1 &&
					!isNumber(toks[0].folded) && !namesOf[kind][toks[0].folded] {
					t.Errorf("kind %s: the name %q reads as %q alone", kind, n, toks[0].folded)
				}
			}
		}
		if key == "is" {
			for _, p := range strings.Split(strings.TrimPrefix(line, "is:"), ",") {
				if _, ok := lx.byID[strings.TrimSpace(p)]; !ok {
					t.Errorf("kind %s is a kind of %q, which is not a kind", kind, p)
				}
			}
		}
		if key == "near" {
			for _, p := range strings.Split(strings.TrimPrefix(line, "near:"), ",") {
				if _, ok := lx.byID[strings.TrimSpace(p)]; !ok || strings.TrimSpace(p) == kind {
					t.Errorf("kind %s is near %q, which is not another kind", kind, p)
				}
			}
		}
	}
	for _, l := range []string{"en", "de", "fr", "es", "it", "nl"} {
		if langs[l] < len(lx.kinds)*9/10 {
			t.Errorf("%d kinds have %s names, want nearly all %d", langs[l], l, len(lx.kinds))
		}
	}
	// Portuguese and Polish name the kinds people meet most.
	for _, l := range []string{"pt", "pl"} {
		if langs[l] < 25 {
			t.Errorf("%d kinds have %s names, want the 25 commonest at least", langs[l], l)
		}
	}
	// Welsh names the bills, statements and letters of a household in
	// Wales.
	if langs["cy"] < 10 {
		t.Errorf("%d kinds have cy names, want the 10 commonest at least", langs["cy"])
	}
	for _, k := range lx.kinds {
		if k.name == "" {
			t.Errorf("kind %s has no English name", k.id)
		}
		if len(k.words) < 4 {
			t.Errorf("kind %s has %d words, want at least 4", k.id, len(k.words))
		}
	}
}

func TestFitChoice(t *testing.T) {
	// Two rules; the right one is the one with the larger feature, unless
	// both are small, when none is.
	var cases []choiceCase
	for i := range 40 {
		a, b := float64(i%10)/10, float64((i*7)%10)/10
		c := choiceCase{rules: [][]float64{{a}, {b}}, want: -1}
		switch {
		case a >= 0.5 && a > b:
			c.want = 0
		case b >= 0.5 && b > a:
			c.want = 1
		}
		cases = append(cases, c)
	}
	w := fitChoice(cases, 0.1)
	if w[firstWeight] <= 0 {
		t.Fatalf("weights %v: want a positive weight on the feature", w)
	}
	for _, x := range []float64{0.1, 0.9} {
		got, _ := predict(w, choiceCase{rules: [][]float64{{x}, {0}}})
		want := -1
		if x > 0.5 {
			want = 0
		}
		if got != want {
			t.Errorf("feature %v: answer %d, want %d (weights %v)", x, got, want, w)
		}
	}
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
	// Classified as invoice: it is named 'INVOICE' in the title; mentions 'invoice number', 'total amount' and 'line items'; has sums of money, a total and labelled fields. Runner-up receipt (probability 0.00 against 0.99): nothing names it receipt, and it matched 'merchant'.
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

// The fit's gradient is the derivative of its likelihood.
func TestLogLikelihoodGradient(t *testing.T) {
	cases := []choiceCase{
		{rules: [][]float64{{0.9, 0.1}, {0.2, 0.5}}, kinds: [][]float64{{0.3, 0.6}}, want: 0},
		{rules: [][]float64{{0.1, 0.3}, {0.2, 0.1}, {0, 0}}, kinds: [][]float64{{0.8, 0.1}, {0.2, 0.9}}, want: -1},
		{rules: [][]float64{{0.4, 0.8}, {0.6, 0.2}}, want: 1},
	}
	w := []float64{0.3, 1.4, 0.8, 2.1, -0.7}
	_, grad := logLikelihood(w, cases, 0.5)
	for a := range w {
		const h = 1e-6
		up, down := append([]float64(nil), w...), append([]float64(nil), w...)
		up[a] += h
		down[a] -= h
		lu, _ := logLikelihood(up, cases, 0.5)
		ld, _ := logLikelihood(down, cases, 0.5)
		if num := (lu - ld) / (2 * h); math.Abs(num-grad[a]) > 1e-5 {
			t.Errorf("d/dw[%d]: gradient %v, difference quotient %v", a, grad[a], num)
		}
	}
}

// Classify is called from many goroutines at once (the emulator classifies
// jobs in parallel): it shares no state between calls. Run with -race.
func TestClassifyConcurrently(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "contains invoice number, line items, and total amount"},
		{Type: "contract", Description: "legal contract with terms, conditions, and signatures"},
	}
	docs := []string{
		"Rechnung Nr. 42\nPosition Menge Preis\nGesamtbetrag: 120,00 €\nFälligkeit: 30 Tage",
		"Facture n° 7 — Désignation, quantité, prix unitaire. Total à payer : 300,00 €",
		"Contrato de arrendamiento entre las partes; cláusulas, términos y firmas.",
	}
	want := make([]Result, len(docs))
	for i, d := range docs {
		want[i] = Classify(d, rules)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range 20 {
				i := (g + n) % len(docs)
				got := Classify(docs[i], rules)
				if !reflect.DeepEqual(got, want[i]) {
					t.Errorf("document %d classified %+v, then %+v", i, want[i], got)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// A type that sets its kind apart ("legal_fee_invoice", "shop_lease")
// asks for those words: a plumber's invoice lacks them, a solicitor's has
// them.
func TestTheWordsATypeSetsItsKindApartWith(t *testing.T) {
	rule := Rule{Type: "legal_fee_invoice", Description: "An invoice from our solicitors for their fees."}
	if got := profileOf(rule).mods; !slices.Equal(got, []string{"legal", "fee"}) {
		t.Errorf("mods of legal_fee_invoice = %v, want [legal fee]", got)
	}
	if got := profileOf(Rule{Type: "invoice", Description: "An invoice."}).mods; got != nil {
		t.Errorf("mods of invoice = %v, want none", got)
	}
	plumber := "TAX INVOICE\n\nBrook Plumbing Ltd\nInvoice no: 4471   Date: 3 May 2025\nReplace kitchen tap   1   £85.00\nLabour 2 h            £90.00\nTotal due £175.00\nPlease pay within 14 days.\n"
	solicitor := "TAX INVOICE\n\nHale & Whitmore Solicitors\nInvoice no: 2291   Date: 3 May 2025\nLegal fees: conveyancing of 8 Elm Road   £950.00\nSearch fees (disbursement)              £310.00\nTotal due £1,260.00\nPlease pay within 14 days.\n"
	unmod := func(text string) float64 {
		fs, _ := ruleFeatures(text, []Rule{rule, {Type: "will", Description: "A last will and testament."}})
		return fs[0].unmod
	}
	if u := unmod(plumber); u != 1 {
		t.Errorf("a plumber's invoice lacks %.2f of 'legal fee', want 1", u)
	}
	if u := unmod(solicitor); u != 0 {
		t.Errorf("a solicitor's invoice lacks %.2f of 'legal fee', want 0", u)
	}
	p, s := rank(plumber, []Rule{rule}).evs[0].prob, rank(solicitor, []Rule{rule}).evs[0].prob
	if p >= s {
		t.Errorf("the plumber's invoice is as likely a legal fee invoice (%.4f) as the solicitor's (%.4f)", p, s)
	}
}

// A bill named in the title is a utility bill's own name, even when its
// rule says a utility bill is not an invoice for goods.
func TestABillUnderARuleThatExcludesInvoices(t *testing.T) {
	rules := []Rule{
		{Type: "utility_bill", Description: "Bill for a household service: electricity, gas, water and sewerage, broadband. Not an invoice for goods or one-off work."},
		{Type: "bank_statement", Description: "Statement of a bank account with its transactions and balances."},
	}
	bill := "SEVERN VALE WATER          Water & Sewerage Bill\n\nCustomer ref 77/0412 9904        Bill date 02 APR 2024\nCharges for 01/04/24 - 31/03/25\n\nWater supply - measured\n  Previous read 1,204 m3   Present read 1,261 m3   Used 57 m3 @ £2.1044   £119.95\nWater standing charge   £38.00\nSewerage - measured     £101.40\nTotal charges           £259.35\nAmount due by direct debit on 15 April.\n"
	fs, _ := ruleFeatures(bill, rules)
	if fs[0].other != 0 {
		t.Errorf("'Bill' in the title counts %.2f as another kind for the utility bill rule", fs[0].other)
	}
	if res := Classify(bill, rules); typeName(res.Type) != "utility_bill" {
		t.Errorf("a water bill: %s (%s)", typeName(res.Type), res.Reasoning)
	}
}

// A description that names another document the rule's one refers to
// ("referring to the original invoice") does not make the rule one for
// that kind, while one that lists its kinds does.
func TestADescriptionsOtherDocuments(t *testing.T) {
	lx := kindLexicon()
	primary := func(r Rule) []string {
		var ids []string
		for _, k := range profileOf(r).primary {
			ids = append(ids, lx.kinds[k].id)
		}
		return ids
	}
	credit := Rule{Type: "credit_note", Description: "Credit note or credit memo from a seller that reduces or cancels an amount previously invoiced, referring to the original invoice."}
	if got := primary(credit); slices.Contains(got, "invoice") || !slices.Contains(got, "credit_note") {
		t.Errorf("credit note rule: primary kinds %v, want credit_note and not invoice", got)
	}
	confirm := Rule{Type: "order_confirmation", Description: "Order confirmation from a supplier, confirming a purchase order we sent"}
	if got := primary(confirm); slices.Contains(got, "purchase_order") || !slices.Contains(got, "order_confirmation") {
		t.Errorf("order confirmation rule: primary kinds %v, want order_confirmation and not purchase_order", got)
	}
	// A type that runs two kinds together names both.
	both := Rule{Type: "school_council_letter", Description: "A letter sent to the family by a child's school or by the local council."}
	if got := primary(both); !slices.Contains(got, "school_letter") || !slices.Contains(got, "council_letter") {
		t.Errorf("school_council_letter rule: primary kinds %v, want school_letter and council_letter", got)
	}
	court := Rule{Type: "court_document", Description: "Document issued by a court about a case: claim form, summons, notice of hearing, order or judgment."}
	if got := primary(court); len(got) < 2 {
		t.Errorf("court document rule: primary kinds %v, want the kinds it lists", got)
	}
}

// A council's letter to a business is a council letter, though it names
// an application and calls itself a letter, which a cover letter does too.
func TestCouncilLetters(t *testing.T) {
	rules := []Rule{
		{Type: "cover_letter", Description: "cover letter sent with a job application"},
		{Type: "council_letter", Description: "Letter or notice from the local council or another public authority, e.g. business rates, licensing, inspections, waste collection."},
		{Type: "receipt", Description: "receipt for a payment"},
	}
	doc := `Northbury District Council - letter
Public Protection - Licensing, Civic Centre, Northbury NB1 1AA

Our ref: LIC/2025/0418     Date: 3 March 2025

Mr T. Okafor, Okafor Tattoo Studio, 12 Mill Street, Northbury

Dear Mr Okafor,

Thank you for your application to register your premises for tattooing under the
council's byelaws. Before the registration can be granted, an environmental health
officer will visit on 17 March 2025 at 10:00. Please have your sterilisation records
and waste collection contract available.

Yours sincerely,
Licensing Team, Northbury District Council`
	expectType(t, "a council's licensing letter", doc, rules, "council_letter")
}

// A shop's answer to a complaint apologises and says what it did; it is
// not the complaint it answers.
func TestAReplyToAComplaintIsNotOne(t *testing.T) {
	rules := []Rule{
		{Type: "complaint_letter", Description: "complaint from a customer about an order, a book or the service"},
		{Type: "order_confirmation", Description: "confirmation of a customer's order"},
	}
	reply := `Dear Mrs Okoye,

Thank you for letting us know, and I am very sorry the lamp arrived with a cracked shade.
It was packed badly on a busy day, and we have changed how we pack glass from this week.

I posted a replacement this morning by tracked delivery, so it will be with you on Friday.
There is no need to send the broken one back. I have also refunded your postage to your card.

With apologies,
Tom Brandt, Owner`
	expectType(t, "a reply to a complaint", reply, rules, "")
	complaint := `Dear Sir or Madam,

I am writing to complain about order 10344. The lamp arrived with a cracked shade, packed in a plain envelope.
This is not acceptable for a £60 lamp. I would like a replacement or a full refund.

Yours faithfully,
Grace Okoye`
	expectType(t, "the complaint itself", complaint, rules, "complaint_letter")
}

// A rota plans who works which shifts; a timesheet records the hours
// someone worked.
func TestARotaIsNotATimesheet(t *testing.T) {
	rules := []Rule{
		{Type: "timesheet", Description: "timesheet: hours an employee worked, per day or week, for payroll"},
		{Type: "payslip", Description: "payslip"},
	}
	rota := "ROTA - week commencing Mon 3 March 2025 (planned - swaps via the group chat),,,,,,,\nStaff,Mon,Tue,Wed,Thu,Fri,Sat,Sun\nAmy,07:00-15:00,07:00-15:00,OFF,OFF,07:00-15:00,08:00-16:00,OFF\nBen,OFF,10:00-18:00,10:00-18:00,10:00-18:00,OFF,OFF,09:00-15:00\nCara,12:00-20:00,OFF,12:00-20:00,12:00-20:00,12:00-20:00,OFF,OFF\n"
	expectType(t, "a staff rota", rota, rules, "")
	sheet := "WEEKLY TIMESHEET\nEmployee: Amy Shaw    Week ending: 9 March 2025\nDay,Start,Finish,Break,Hours worked\nMon,07:00,15:00,0:30,7.5\nTue,07:00,15:00,0:30,7.5\nFri,07:00,15:00,0:30,7.5\nTotal hours,,,,22.5\nEmployee signature: A. Shaw    Approved by: M. Reid\n"
	expectType(t, "a timesheet", sheet, rules, "timesheet")
}

// An e-mail that only sends an invoice as an attachment is not the
// invoice; one that writes the invoice out in its body is.
func TestACoveringMessageIsNotWhatItCarries(t *testing.T) {
	rules := []Rule{
		{Type: "supplier_invoice", Description: "An invoice or bill from a supplier asking us to pay for goods or work: bill number, lines, amount due."},
		{Type: "purchase_order", Description: "purchase order we send to a supplier"},
		{Type: "payslip", Description: "payslip"},
	}
	cover := `From: Northgate Labs Accounts <noreply@northgate-labs.example>
To: office@example.example
Subject: Your invoice NL-25-1142 is attached
Date: Tue, 3 Jun 2025 09:12:00 +0100

Dear customer,

Please find attached your invoice NL-25-1142 dated 02/06/2025 (PDF).
Amount: £412.00   Due date: 02/07/2025

To see your open items, log in to the customer portal.
This mailbox is not monitored.`
	expectType(t, "an e-mail that sends an invoice", cover, rules, "")
	inBody := `From: Sam Price <sam@pricejoinery.example>
To: office@example.example
Subject: Invoice 0457 - shelving, unit 2

Hi, here is my bill for last week:

Invoice 0457          Date 3 June 2025
Oak shelving, 6 bays, fitted        £640.00
Materials (oak, fixings)            £212.50
Total due                           £852.50
Bank: 20-11-04 53318842, within 14 days please.

Thanks, Sam`
	expectType(t, "an invoice written in an e-mail", inBody, rules, "supplier_invoice")
}

// expectType checks that doc, classified under rules, gets the type want
// ("" for none), saying what the document is when it does not.
func expectType(t *testing.T, what, doc string, rules []Rule, want string) {
	t.Helper()
	if res := classifyModel(doc, rules); typeName(res.Type) != typeName(nonEmpty(want)) {
		t.Errorf("%s: %s at %.2f, want %s (%s)", what, typeName(res.Type), res.Confidence, typeName(nonEmpty(want)), res.Reasoning)
	}
}

// nonEmpty is a pointer to s, or nil for "".
func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// TestInParallelAnswersAndPanicsInTheCaller holds inParallel, which reads
// a document's acts beside the rest of it, to what a call in line does:
// the answer comes back, and a panic is raised where the answer is
// asked for, not in a goroutine no caller can recover.
func TestInParallelAnswersAndPanicsInTheCaller(t *testing.T) {
	if got := inParallel(func() int { return 42 })(); got != 42 {
		t.Fatalf("inParallel answered %d, want 42", got)
	}
	wait := inParallel(func() int { panic("unreadable") })
	defer func() {
		if r := recover(); r != "unreadable" {
			t.Fatalf("recovered %v, want the panic of f", r)
		}
	}()
	wait()
	t.Fatal("waiting for a panicking f returned")
}
