package scorer

import (
	"slices"
	"strings"
	"testing"
)

// Read after round 48: a web shop's notice of a new order, and its
// order export, are what a rule for the orders customers place says,
// not a confirmation sent to a buyer: "X placed an order", "you have a
// new order", and an export's "fulfillment_status".
func TestAWebShopsNewOrderNoticeIsACustomersOrder(t *testing.T) {
	rules := []Rule{
		{Type: "shop_order", Description: "orders people place in my online shop (notifications and exports)"},
		{Type: "supplier_invoice", Description: "invoices from my suppliers for wool, dyes and packaging"},
		{Type: "receipt", Description: "receipts for things I bought"},
		{Type: "fair_booking", Description: "stall bookings at craft fairs"},
	}
	classifyAs(t, "a shop platform's new order e-mail", `From: Storefront <notify@storefront.example>
To: jo@skeinandspindle.example
Subject: [Skein & Spindle] Order #3312 placed by Priya Nair

Priya Nair placed an order on 4 April 2025 at 19:12.

1 x Merino DK, colour Heather        £12.50
2 x Sock yarn 100g, colour Moss      £22.00

Subtotal   £34.50
Shipping   £3.20
Total      £37.70

Ship to: Priya Nair, 22 Orchard Way, Leeds LS6 2QT
Payment: Paid`, rules, "shop_order")
	classifyAs(t, "an order export", `{
  "order_number": 3318,
  "created_at": "2025-04-06T08:02:11+01:00",
  "customer": {"first_name": "Tom", "last_name": "Hale"},
  "line_items": [{"title": "Chunky Alpaca 50g", "quantity": 4, "price": "7.25"}],
  "total_price": "32.20",
  "financial_status": "paid",
  "fulfillment_status": "unfulfilled",
  "shipping_address": {"city": "Derby", "zip": "DE22 1AB"}
}`, rules, "shop_order")
}

// A description written over several lines (a YAML block keeps its line
// breaks) is quoted in the reasoning on one line: the reasoning is one
// line, whatever the rule's layout.
func TestAReasoningQuotesAMultiLineDescriptionOnOneLine(t *testing.T) {
	rules := []Rule{
		{Type: "medical", Description: "Letters from the hospital (maternity\n    unit, paediatrics) and the GP."},
		{Type: "payslip", Description: "monthly payslips"},
	}
	res := classifyModel(`Maternity Unit, St Anne's Hospital

Dear Ms Bennett,
Your postnatal check with the maternity unit is on 3 June at 10:40.
Yours sincerely, Midwifery team`, rules)
	if !strings.Contains(res.Reasoning, "'maternity unit'") {
		t.Errorf("reasoning does not quote the phrase on one line: %q", res.Reasoning)
	}
	if strings.ContainsAny(res.Reasoning, "\n\r\t") {
		t.Errorf("reasoning has a line break or tab: %q", res.Reasoning)
	}
}

// A word of a type that says whom the document is from (supplier,
// vendor, purchase, incoming) is not one a document of the kind holds: a
// supplier's invoice calls itself an invoice, and saying nothing of
// suppliers is no evidence against the rule for them (round 49: a
// quarter of its misses were suppliers' invoices taken for the user's
// own).
func TestAnInvoiceNeedNotSaySupplier(t *testing.T) {
	rules := []Rule{
		{Type: "inv", Description: "invoices I send my grooming clients (my GR- numbers, payment due in 7 days)"},
		{Type: "supplier_invoice", Description: "Invoices billed to me by the wholesalers I buy shampoo, clippers and towels from, and by anyone else who bills me for a service (my accountant, the van garage). Not order confirmations, not statements of account."},
		{Type: "receipt", Description: "till receipts for things paid on the spot"},
		{Type: "insurance", Description: "public liability and van insurance schedules"},
	}
	classifyAs(t, "a wholesaler's invoice to the user", `PETSUPPLY DIRECT LTD
Unit 4, Canal Park, Derby DE1 3QT        VAT GB 284 1177 09

To: Mel Garvey t/a Muddy Paws Grooming         Invoice PSD-55120
Account: MPG01                                 Date 14 Feb 2025

Oatmeal shampoo 5L               2 @ 18.50      37.00
Microfibre towels (10)           1 @ 24.00      24.00
Clipper blade #10                3 @ 21.00      63.00
                                   Net         124.00
                                   VAT          24.80
                                   Total       148.80`, rules, "supplier_invoice")
	p := profileOf(rules[1])
	if !slices.Contains(p.mods, "supplier") {
		t.Fatalf("supplier_invoice's mods are %v, want supplier among them", p.mods)
	}
	// The feature itself: nothing is missing for the supplier's rule,
	// while a word that says what the document holds still is ("legal
	// fee" of a plumber's invoice).
	doc := "INVOICE 7731\nTo: Mel Garvey\nBoiler service 80.00\nVAT 16.00\nTotal 96.00"
	c := rank(doc, []Rule{rules[0], rules[1], {Type: "legal_fee_invoice", Description: "invoices from my solicitor"}})
	if u := c.evs[1].f.unmod; u != 0 {
		t.Errorf("supplier_invoice misses %.2f of its type's words in an invoice that does not say supplier, want 0", u)
	}
	if u := c.evs[2].f.unmod; u == 0 {
		t.Errorf("legal_fee_invoice misses none of its type's words in a plumber's invoice")
	}
}

// "To:" in a document's body names whom it is for, as "Bill to:" does,
// and its value ends where a wide gap starts another column: in "To: Dean
// Royle t/a Royle Electrical      Invoice 24-1183" the electrician is the
// addressee, the invoice number is not.
func TestAToFieldNamesTheAddresseeUpToAGap(t *testing.T) {
	d := analyze("PENROSE & LYLE, ACCOUNTANTS\n\nTo: Dean Royle t/a Royle Electrical            Invoice 24-1183\nFees 480.00\nTotal 576.00\n")
	seen := map[string]bool{}
	for _, tk := range d.toks {
		switch {
		case tk.stem == stemOf("electrical"):
			seen["electrical"] = true
			if !tk.addressee {
				t.Errorf("'Electrical' in the To: field is not the addressee's")
			}
		case tk.stem == stemOf("invoice") && tk.line == 2:
			seen["invoice"] = true
			if tk.addressee {
				t.Errorf("'Invoice' after the gap is taken for the addressee's")
			}
		}
	}
	if !seen["electrical"] || !seen["invoice"] {
		t.Fatalf("tokens not found: %v", seen)
	}
}

// A supplier's statement of account lists a trade account's invoices
// and payments: it is no bank statement, though both are called a
// statement of account (round 49: three such statements, null under
// their rules, were taken for bank statements).
func TestASuppliersStatementOfAccountIsNoBankStatement(t *testing.T) {
	rules := []Rule{
		{Type: "bank_stmt", Description: "bank statements for the business current account"},
		{Type: "supplier_invoice", Description: "invoices from the timber merchants and hardware suppliers. Not statements of account."},
		{Type: "quote", Description: "quotes I give customers"},
	}
	classifyAs(t, "a timber merchant's statement of account", `OAKLEY TIMBER & BUILDERS MERCHANTS
STATEMENT OF ACCOUNT                      as at 30/04/2025
Account: HAL22   Hale Joinery            Credit limit: £5,000

Date     Ref         Type         Debit      Credit     Balance
01/04    b/f                                             640.20
09/04    BACS        Payment                 640.20       0.00
15/04    OT-55120    Invoice      318.75                 318.75
22/04    OT-55391    Invoice       96.40                 415.15
29/04    OT-CN0871   Credit note               22.00     393.15

Current 393.15    30 days 0.00    60 days 0.00    90+ days 0.00
Please pay the current balance by 31/05/2025.`, rules, "")
}

// A note that says thank you is no complaint, though both are letters
// in the first person to the organisation (round 49: parents' and
// customers' thanks were taken for complaints).
func TestAThankYouNoteIsNoComplaint(t *testing.T) {
	rules := []Rule{
		{Type: "complaint", Description: "complaints from parents or members of the public, by letter or e-mail"},
		{Type: "invoice", Description: "invoices we receive"},
		{Type: "minutes", Description: "minutes of committee meetings"},
	}
	classifyAs(t, "a parent's thank-you note", `Dear Sam and everyone at the club,

Just a quick note to say thank you for the camping weekend. Ben came
back muddy, tired and full of stories, and he has already signed up for
the next one. Please pass on our thanks to the leaders - you do an
amazing job.

Best wishes,
Helen and Joe Farrow`, rules, "")
	// The thanks are what the note does, in words a thank-you note's
	// acts hold, whatever the rules.
	for _, text := range []string{
		"Just a little note to say THANK YOU for the summer residential.",
		"Please pass our thanks on to the volunteers.",
		"Please pass on our thanks to Laszlo - you do an amazing job.",
	} {
		d := analyze(text)
		if !slices.ContainsFunc(d.acts, func(h actHit) bool { return h.kind == kindLexicon().byID["thank_you_note"] }) {
			t.Errorf("%q does not do what a thank-you note does", text)
		}
	}
}

// A complaint written for the second time complains though it names no
// complaint: "I am writing again about", "I have asked before", "what you
// intend to do".
func TestASecondLetterAboutTheSameNuisanceComplains(t *testing.T) {
	rules := []Rule{
		{Type: "complaint", Description: "complaints from neighbours or customers about something we did"},
		{Type: "invoice", Description: "invoices from suppliers"},
		{Type: "hire_agreement", Description: "hall hire agreements"},
	}
	classifyAs(t, "a neighbour's second letter", `4 Mill Row
Eastwick EW2 9PL
3 March 2025

To the manager, Eastwick Sports Club

I am writing again about the floodlights on your top pitch. They were
left on until after eleven on Tuesday and Thursday, straight into our
bedroom windows.

I have asked before that they are switched off by ten. I would
appreciate a reply telling me what you intend to do.

Yours faithfully,
Margaret Hale`, rules, "complaint")
}

// "Bank + credit card statements" names bank statements as well as
// credit card statements: the word before the conjunction shares the
// name's last word (round 49: a joint account's statement listing energy
// and broadband debits was taken for a utility bill).
func TestAWordBeforeAConjunctionSharesTheNamesLastWord(t *testing.T) {
	for _, desc := range []string{
		"bank + credit card statements (joint current acct, my saver, the Visa)",
		"bank and credit card statements",
		"bank/credit card statements",
	} {
		p := profileOf(Rule{Type: "stmt", Description: desc})
		if !slices.Contains(p.primary, kindLexicon().byID["bank_statement"]) {
			t.Errorf("%q: not about bank statements: %v", desc, kindIDs(p))
		}
	}
	// A word that names nothing with the last word is left alone.
	p := profileOf(Rule{Type: "stmt", Description: "monthly and credit card statements"})
	if slices.Contains(p.primary, kindLexicon().byID["bank_statement"]) {
		t.Errorf("'monthly and credit card statements' is about bank statements: %v", kindIDs(p))
	}
	rules := []Rule{
		{Type: "stmt", Description: "bank + credit card statements (joint current acct, the Visa)"},
		{Type: "utility_bill", Description: "bills for gas & electricity (Northpower) and broadband (Linkfast)"},
		{Type: "payslip", Description: "payslips"},
	}
	classifyAs(t, "a joint account's statement with utility debits", `Harbour Bank  |  Joint Current Account statement  |  May 2025
J OKAFOR & T LINDQVIST   20-11-83  55012934

 2 May  DD  NORTHPOWER ENERGY           -88.00
 2 May  SO  RENT                     -1,050.00
 9 May  DD  LINKFAST BROADBAND          -29.99
27 May  BAC ACME LTD SALARY           2,310.40
Balance carried forward              3,102.66`, rules, "stmt")
}
