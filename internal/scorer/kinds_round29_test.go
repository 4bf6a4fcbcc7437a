package scorer

import (
	"slices"
	"testing"
)

// A rule whose type ends in "booking" is about bookings ("market_booking",
// "trek_booking"), though "booking" names no kind in a document, where it
// heads other names ("Booking terms", "Booking form").
func TestATypesLastWordNamesABooking(t *testing.T) {
	lx := kindLexicon()
	bk := lx.byID["booking_confirmation"]
	for _, typ := range []string{"market_booking", "trek_booking", "booking"} {
		p := profileOf(Rule{Type: typ, Description: "confirmations we get"})
		if !slices.Contains(p.primary, bk) {
			t.Errorf("%s: primary kinds %v, want the booking confirmation among them", typ, p.primary)
		}
	}
	if refs := lx.names["booking"]; len(refs) > 0 {
		t.Errorf(`"booking" names %d kinds in a document, want none`, len(refs))
	}
	rules := []Rule{
		{Type: "market_booking", Description: "Confirmation that we have a stall at a farmers' market, fair or show on a given date - pitch number, setup time. Not a receipt for a pitch fee, and not the market's newsletter."},
		{Type: "invoice", Description: "A bill asking for payment for goods or services."},
		{Type: "receipt", Description: "Proof something has been paid: till slip, card slip."},
		{Type: "vet_report", Description: "vet visit report or treatment record for the goats"},
	}
	classifyAs(t, "a show's stand confirmation", `WESTLEIGH COUNTY SHOW
Saturday 14 June

Trade stand confirmation - Food Hall

Exhibitor:    Hollow Lane Dairy
Stand no:     FH 12 (Food Hall, east side)
Allocation:   3m shell scheme, 1 table, 1 socket

Set up Friday 13 June 2pm-8pm or Saturday before 7:30am.
Show Secretary`, rules, "market_booking")
	classifyAs(t, "a fair's booking page", `<h1>Booking confirmed</h1>
<p>Thanks, Hollow Lane Dairy! Your stall at <b>Kemble Harvest Fair</b> is booked.</p>
<ul><li>Date: Sunday 21 September</li><li>Pitch: 9 (Produce tent)</li>
<li>Arrive: 8:00-9:30</li></ul>
<p>Booking reference: KHF-0091. Show this page at the gate.</p>`, rules, "market_booking")
}

// A festival's e-mail that accepts an application and confirms a
// trader's place is a pitch booking, not the application it answers.
func TestAnAcceptedApplicationIsABooking(t *testing.T) {
	rules := []Rule{
		{Type: "pitch_booking", Description: "Confirmation from an event organiser that we have been given a trading pitch at a named event. An invitation to apply, or an application we have sent that has not been accepted yet, is not a pitch booking."},
		{Type: "invoice", Description: "invoice"},
		{Type: "receipt", Description: "receipt"},
		{Type: "gas_safety_certificate", Description: "Gas safety certificate for the trailer's LPG."},
		{Type: "insurance_policy", Description: "insurance policy"},
	}
	classifyAs(t, "place confirmed", `From: Traders <traders@harbourfest.example>
To: kim@kims-kitchen.example
Subject: Harbour Fest 2025 - you're in!

Dear Kim,

Good news - your application has been accepted and we are pleased to
confirm your trading place at Harbour Fest, 9-10 August 2025.

Pitch: B3 (Quay side)
Set-up: Friday 8 Aug 15:00-20:00
Power: 1 x 16A supply included

Please bring your gas safety record to check-in.
Harbour Fest Traders Team`, rules, "pitch_booking")
}

// An inspector's letter saying what a visit found is the inspection
// report rule's, though it says "this letter sets out", which an
// engagement letter says of its terms.
func TestAnInspectorsLetterIsAnInspection(t *testing.T) {
	doActs(t, []actCase{
		{"This must be fixed within 14 days.", "inspection_report"},
		{"This letter sets out the terms on which we will act for you.", "engagement_letter"},
	})
	rules := []Rule{
		{Type: "inspection_report", Description: "Outcome of an official inspection visit (environmental health food hygiene, trading standards): visit date, officer, findings, required actions, rating."},
		{Type: "invoice", Description: "invoice"},
		{Type: "bank_statement", Description: "bank statement"},
		{Type: "delivery_note", Description: "delivery note"},
		{Type: "vet_report", Description: "vet visit report"},
	}
	classifyAs(t, "what the officer found", `Kemble District Council - Environmental Health

Dear Mr Hale

FOOD HYGIENE INSPECTION - HOLLOW LANE DAIRY

Thank you for your help during my visit on 3 March. This letter
sets out what I found.

The cheese room was clean. However:
1. The hand wash basin had no hot water at the time of the visit.
   This must be fixed within 14 days.
2. Fridge temperature records had gaps. Please record daily.

Your food hygiene rating is 4 (Good).

Yours sincerely
R. Moss, Environmental Health Officer`, rules, "inspection_report")
}

// "Letter or notice from the student funding body": a notice there is
// another word for the letter, not a public notice the rule is about.
func TestANoticeBesideALetterSaysLittle(t *testing.T) {
	p := profileOf(Rule{Type: "student_finance_letter", Description: "Letter or notice from the student funding body about tuition fee loan and maintenance loan amounts and payment dates."})
	an := kindLexicon().byID["announcement"]
	for _, kc := range p.kinds {
		if kc.kind == an && kc.credit > descHeadKind*genericShare {
			t.Errorf("the announcement gets %.2f of the rule, want a loose word's %.2f at most", kc.credit, descHeadKind*genericShare)
		}
	}
	rules := []Rule{
		{Type: "student_finance_letter", Description: "Letter or notice from the student funding body about the student's support: tuition fee loan, maintenance loan amounts, payment dates, or the assessment of household income."},
		{Type: "payslip", Description: "payslip"},
		{Type: "bank_statement", Description: "Bank statement: transactions over a period with a balance."},
		{Type: "receipt", Description: "Proof that something was paid for."},
		{Type: "insurance_policy", Description: "insurance policy schedule"},
	}
	classifyAs(t, "an entitlement", `STUDENT FUNDING SERVICE

Customer ref: 4410 2291 0087        Date: 19 August 2025

Your student finance entitlement for academic year 2025/26

Tuition Fee Loan         £9,535.00   paid direct to your university
Maintenance Loan         £7,100.00   paid to you in three instalments:
    29 Sep 2025   £2,343.00
    05 Jan 2026   £2,343.00
    20 Apr 2026   £2,414.00

This is based on a household income of £41,200.`, rules, "student_finance_letter")
}
