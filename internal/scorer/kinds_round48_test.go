package scorer

import (
	"slices"
	"strings"
	"testing"
)

// Read after round 48: a type that names no kind qualifies a word of its
// description that names no kind on its own either ("travel" and
// "bookings" make travel bookings, though "bookings" alone is nothing),
// and a word after punctuation is qualified as well as any other ("...:
// bookings, e-tickets").
func TestABareTypeQualifiesABareWord(t *testing.T) {
	p := profileOf(Rule{Type: "travel", Description: "flights and trains: bookings, e-tickets, boarding passes"})
	for _, k := range []string{"booking_confirmation", "travel_ticket", "boarding_pass"} {
		if !slices.Contains(p.primary, kindLexicon().byID[k]) {
			t.Errorf("a rule typed travel is not mainly about %s: %v", k, kindIDs(p))
		}
	}
	rules := []Rule{
		{Type: "payslip", Description: "monthly payslips from work"},
		{Type: "bank", Description: "bank statements"},
		{Type: "travel", Description: "flights and trains: bookings, e-tickets, boarding passes"},
		{Type: "bills", Description: "phone, broadband and energy bills"},
	}
	classifyAs(t, "an airline's booking e-mail", `From: Skylark Air <noreply@skylark.example>
To: t.marsh@example.org
Subject: Booking confirmed - ref QW7P2L

Thank you for booking with Skylark Air.
Booking reference: QW7P2L      Passenger: Mr Tom Marsh

Departing  SA 412  Thu 6 Mar 2025  Bristol 07:10 -> Faro 10:45
Returning  SA 413  Thu 13 Mar 2025 Faro 11:30 -> Bristol 13:10

Fares and taxes             £96.40
1 checked bag (20 kg)       £32.00
Total charged               £128.40

Online check-in opens 24 hours before each flight.`, rules, "travel")
	// The head of a type of several words qualifies nothing: "order" and
	// "of business" are no agenda for wholesale_order.
	p = profileOf(Rule{Type: "wholesale_order", Description: "An order placed with us by a business or a school for trees, saying what they want and when."})
	if hasKind(p, "agenda") {
		t.Errorf("wholesale_order is about an agenda: %v", kindIDs(p))
	}
}

// A bare "pension" as a type names pension statements, letters of the
// yearly increase among them.
func TestABarePensionTypeNamesPensionStatements(t *testing.T) {
	p := profileOf(Rule{Type: "pension", Description: "Anything about Mum's pensions: State Pension letters from the DWP, the annuity and the old works pension."})
	if !slices.Contains(p.primary, kindLexicon().byID["pension_statement"]) {
		t.Errorf("a rule typed pension is not mainly about pension statements: %v", kindIDs(p))
	}
	rules := []Rule{
		{Type: "pension", Description: "Anything about Mum's pensions: State Pension letters from the DWP, the annuity and the old works pension."},
		{Type: "medical", Description: "hospital and GP letters, appointments, test results"},
		{Type: "utility", Description: "gas, electricity, water bills"},
		{Type: "tax", Description: "HMRC tax code notices, P800 calculations and P60s"},
	}
	classifyAs(t, "a yearly State Pension increase letter", `Department for Work and Pensions
The Pension Service

Mrs E. Whitlock
4 Bramble Close, Taunton TA1 3PQ              National Insurance number: QQ 12 34 56 C

Your new State Pension amount

From 7 April 2025 your State Pension will go up.
Your new weekly amount is £230.25. You used to get £221.20.
We will pay £921.00 every 4 weeks into your account ending 4471.

You do not need to do anything. Keep this letter for your records.`, rules, "pension")
}

// Whom a bill is for is no evidence of which rule it is: a shop's receipt
// made out to the user's company ("Customer: Fenwick Data Ltd") is not
// one of the invoices the rule says Fenwick Data Ltd issues, though the
// rule and the receipt both name it.
func TestTheCustomersNameIsNoEvidence(t *testing.T) {
	rules := []Rule{
		{Type: "sales_invoice", Description: "Invoices Fenwick Data Ltd issues to its clients for consulting days. Sales invoices only; bills from suppliers go under receipt."},
		{Type: "receipt", Description: "Receipts and paid supplier invoices for company expenses: laptops, software, train tickets, the accountant's fees."},
		{Type: "bank_statement", Description: "company bank statements"},
		{Type: "contract", Description: "client contracts and statements of work"},
	}
	doc := `OFFICEPOINT SUPERSTORE
Temple Quay, Bristol BS1 6DZ      VAT No. GB 118 4420 07

TAX INVOICE      #OP-5521-0087         09/05/2025
Customer: FENWICK DATA LTD

Dell 27" monitor P2725H        1 x 229.00        229.00
HDMI cable 2m                  1 x  12.99         12.99

SUBTOTAL (ex VAT)                                201.66
VAT @ 20%                                         40.33
TOTAL                                            241.99
PAID  VISA DEBIT ****2291                        241.99`
	classifyAs(t, "a superstore's receipt made out to the company", doc, rules, "receipt")
	// Its own invoice to a client names the company as who issues it.
	classifyAs(t, "the company's invoice to a client", `FENWICK DATA LTD
12 Redcliffe Way, Bristol BS1 6NL        VAT No. GB 301 5520 14

INVOICE  FD-2025-031                      Date: 30/05/2025
Customer: Harbour Logistics plc

Data engineering, May 2025        12 days @ £550.00     £6,600.00
VAT 20%                                                 £1,320.00
Total due                                               £7,920.00

Payment within 30 days to Fenwick Data Ltd, sort code 04-00-04, account 11223344.`, rules, "sales_invoice")
}

// A rule whose type names no kind and whose description starts by
// calling its documents letters is written as letters: a surgery's
// letter, all running text, is its own, not "more like a cover letter".
func TestARuleOfLettersExpectsALetter(t *testing.T) {
	rules := []Rule{
		{Type: "medical", Description: "GP and NHS letters - registration, test results, referrals."},
		{Type: "bank", Description: "bank statements (Monzo, Barclays)"},
		{Type: "job_offer", Description: "offer letters and the employment contract"},
		{Type: "tenancy", Description: "the tenancy agreement, deposit certificate and letters from the letting agent about the rent"},
	}
	classifyAs(t, "a surgery's welcome letter", `Hollybank Surgery
14 Station Parade, Leeds LS6 2AB    Tel 0113 555 0199

Mr Tomasz Lis
Flat 2, 7 Cardigan Road
Leeds LS6 3AE                                   3 March 2025

Dear Mr Lis

Thank you for registering with Hollybank Surgery. Your registration
is now complete and your NHS number is 943 476 5919.

Your usual GP will be Dr R. Mensah. We would like you to come in for a
new patient check with the practice nurse; please ring reception to book.

Please bring any repeat medicines with you.

Yours sincerely
Patient services`, rules, "medical")
}

// "Leaflets, calendars and newsletters no": a terse list ending in "no" is
// what the rule is not, not words it is about; "invoice no." stays a
// number.
func TestATrailingNoListsWhatARuleIsNot(t *testing.T) {
	p := profileOf(Rule{Type: "minutes", Description: "minutes of committee meetings. Agendas no."})
	if !slices.Contains(p.excluded, kindLexicon().byID["agenda"]) {
		t.Errorf("minutes that are 'agendas no' exclude %v", p.excluded)
	}
	for _, term := range p.desc.terms {
		if term.stem == "agenda" {
			t.Errorf("'agendas no' left 'agenda' among the rule's words")
		}
	}
	p = profileOf(Rule{Type: "invoice", Description: "Supplier bills. Fields: invoice no. and total"})
	if len(p.excluded) > 0 {
		t.Errorf("'invoice no.' excludes %v", p.excluded)
	}
	// A generic kind the rule says it is not, named in a title, counts
	// against it as another kind would.
	rules := []Rule{
		{Type: "ad_booking", Description: "Advert bookings for the village magazine: the order form or e-mail with the size, the months and the price."},
		{Type: "invoice", Description: "invoices from the printer"},
		{Type: "minutes", Description: "minutes of committee meetings. Agendas no."},
	}
	r := classifyModel("AGENDA\nParish magazine committee - Tuesday 4 March, 7.30pm, the Reading Room\n\n1. Apologies\n2. Minutes of the last meeting\n3. Advertising rates for 2025\n4. Printer quote\n", rules)
	if r.Type != nil || strings.Contains(r.Reasoning, "'Agendas'") {
		t.Errorf("an agenda: %v, %s", r.Type, r.Reasoning)
	}
}

// A bank's e-mail that a statement can be seen online is not the
// statement: "log in at ... to view it", "now available in ... online
// banking".
func TestAStatementReadyNoticeIsNone(t *testing.T) {
	rules := []Rule{
		{Type: "bank_stmt", Description: "club bank statements (Fernlea Bank)"},
		{Type: "minutes", Description: "minutes of committee meetings"},
		{Type: "receipt", Description: "receipts for what the club paid for"},
	}
	classifyAs(t, "a statement-ready e-mail", `From: Fernlea Bank <noreply@fernleabank.example>
To: treasurer@allotmentclub.example
Subject: Your new statement is available
Date: Wed, 2 Apr 2025 06:10:44 +0100

Dear Customer,

A new statement for your account ending 4410 is now available in
Fernlea Online Banking.

Log in at www.fernleabank.example to view it. We will never ask for
your full password by email.

Fernlea Bank plc`, rules, "")
}
