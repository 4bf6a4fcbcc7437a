package scorer

import (
	"slices"
	"testing"
)

// A description that says its type's head confirms something was done
// ("Confirmation ... that a shift is booked") describes the kind named
// by the two ("booking confirmation"), as "confirmation of a booked
// shift" does; not across a sentence's end, and not for what the
// description only mentions before the head.
func TestWhatTheTypeSaysWasDoneDescribesTheKind(t *testing.T) {
	lx := kindLexicon()
	booking := lx.byID["booking_confirmation"]
	for _, c := range []struct {
		desc string
		want bool
	}{
		{"Confirmation from the agency that a night shift is booked for me, with the hospital and ward.", true},
		{"Confirmation from the nursing bank, sent once the shifts I asked for have been booked.", true},
		{"Confirmation from the agency of my hours. Shifts I booked myself are not in it.", false},
		{"Shifts booked by the ward; the agency's confirmation of my hours.", false},
	} {
		p := profileOf(Rule{Type: "shift_confirmation", Description: c.desc})
		if got := p.describesKind(lx, booking); got != c.want {
			t.Errorf("%q describes a booking confirmation: %v, want %v", c.desc, got, c.want)
		}
	}
	rules := []Rule{
		{Type: "shift_confirmation", Description: "Confirmation from an agency that a shift or a block of shifts is booked for me: date, times, hospital, ward. Offers of shifts I have not accepted are not confirmations."},
		{Type: "timesheet", Description: "timesheet - hours actually worked, signed off by the ward"},
		{Type: "payslip", Description: "Payslip for one pay period."},
		{Type: "job_offer", Description: "Letter or e-mail offering me a job or post."},
		{Type: "employment_contract", Description: "The contract itself: contract of employment, agency worker agreement."},
	}
	expectType(t, "an agency's booking confirmation", `From: bookings@northlight.example
Subject: Booking confirmed - Ward 4, Mon 9 June

Hi Dana, your booking is confirmed: Riverside General, Ward 4, Mon 9 June 19:30-08:00. Booking ref NL-7731. Reply CANCEL to cancel.`, rules, "shift_confirmation")
}

// A court's heading names the document a court document, though the
// order under it names nothing; a rule that names the town the court
// sits in, for the council's letters, does not take it.
func TestACourtsHeadingNamesACourtDocument(t *testing.T) {
	if !namesOn("IN THE COUNTY COURT AT MARLOWE            Claim no: M25X00417\n\nORDER\n", "court_document", 0) {
		t.Error("\"IN THE COUNTY COURT AT MARLOWE\" does not name a court document")
	}
	rules := []Rule{
		{Type: "court_order", Description: "An order made by the family court in our case, with its directions. A hearing notice or a social worker's letter is not an order."},
		{Type: "council_letter", Description: "Letters and e-mails from Marlowe Borough Council: council tax, bins, parking, children's services including the adoption team."},
		{Type: "school_letter", Description: "school letter to parents"},
		{Type: "medical_letter", Description: "Letter or report from a doctor, hospital or clinic about our health."},
		{Type: "payslip", Description: "Payslip for one pay period."},
	}
	expectType(t, "a county court's order", `IN THE COUNTY COURT AT MARLOWE     Claim no: K00MR412

Before District Judge Penrose sitting at Marlowe on 3 March 2025

UPON the claimant's application dated 10 February 2025
1. The defendant shall pay the claimant £1,240 by 31 March 2025.
2. The local authority's costs are reserved.`, rules, "court_order")
}

// What a permit says ("permission is granted"), what minutes record (who
// was present, how they voted) and what a "your payslip is ready"
// message says ("we no longer send ... by e-mail") are acts of those kinds; ordinary
// phrases near them are not.
func TestPermitsMinutesAndReadyMessagesDoWhatTheyDo(t *testing.T) {
	doActs(t, []actCase{
		{"I am pleased to confirm that permission is granted for the event on these conditions:", "license"},
		{"I'm happy for you to use my top field for parking on the day.", "license"},
		{"Present: Ann, Raj, Tom (chair). Apologies: Sue.", "minutes"},
		{"Motion to move the Thursday class: vote unanimous.", "minutes"},
		{"For your security we no longer send payslips by e-mail.", "covering_message"},
		{"Your statement is now available in the Harbour Bank app.", "covering_message"},
	})
	noActs(t, []actCase{
		{"Please ask for permission before you use the hall.", "license"},
		{"I'm happy to help on the day.", "license"},
		{"Apologies for the late reply; the present you sent arrived.", "minutes"},
		{"We don't know yet when the app will be ready.", "covering_message"},
	})
	p := profileOf(Rule{Type: "payslip", Description: "Payslip for one pay period. Not a 'your payslip is ready' notification."})
	if !excludesKind(p, "covering_message") {
		t.Error("a rule that is not a \"'your payslip is ready' notification\" does not exclude a covering message")
	}
}

// A club's year-end accounts, titled as a treasurer titles them ("Income
// and expenditure account", "Receipts and payments"), name a financial
// statement, and a rule for annual accounts that gives those names no
// longer counts a receipt among its kinds.
func TestAClubsAccountsAreFinancialStatements(t *testing.T) {
	for _, title := range []string{
		"HILLSIDE CHESS CLUB\nINCOME AND EXPENDITURE ACCOUNT FOR THE YEAR ENDED 31 MARCH 2025\n",
		"Ashby Ramblers - Receipts and payments account, year to 31 December 2024\n",
	} {
		if !namesOn(title, "financial_statement", 1) && !namesOn(title, "financial_statement", 0) {
			t.Errorf("%q does not name a financial statement", title)
		}
	}
	lx := kindLexicon()
	p := profileOf(Rule{Type: "annual_accounts", Description: "The club's year-end accounts: income and expenditure account, receipts and payments account, balance sheet."})
	if slices.ContainsFunc(p.kinds, func(kc kindCredit) bool { return lx.kinds[kc.kind].id == "receipt" }) {
		t.Error("a \"receipts and payments account\" in a rule for annual accounts makes it a rule for receipts")
	}
}

// A foreign entry form ("bulletin d'inscription", "ficha de inscrição")
// reads as a registration form, so that a rule for entries that says
// "registration" takes it.
func TestAForeignEntryFormIsARegistrationForm(t *testing.T) {
	rules := []Rule{
		{Type: "participant_entry", Description: "runner entry / registration (entry form, online entry record)"},
		{Type: "invoice", Description: "Bill from a supplier asking the run to pay (medals, T-shirts, toilets)."},
		{Type: "receipt", Description: "Proof that we have already paid for something."},
		{Type: "volunteer_rota", Description: "Rota saying which volunteer or marshal does which job, where and when."},
	}
	expectType(t, "a Portuguese entry form", `FICHA DE INSCRIÇÃO - Corrida Solidária 10 km
Nome: Marta Vieira          Data de nascimento: 14/02/1988
Clube: Corredores do Vale   Tamanho da T-shirt: M
Contacto de emergência: João Vieira, 912 000 111
Assinatura: M. Vieira       Data: 02/04/2025`, rules, "participant_entry")
}

// A kind near another (a rota near a timesheet, a delivery note near a
// shipping notice) covers it where a rule for it fits the document best
// and the document neither names the other kind nor does what it does:
// a crew's duties that read like hours worked are the roster rule's, a
// consignment's contents with a space to sign the delivery note rule's.
// A timesheet that says so, and a "your order has been dispatched"
// message, stay no rule's.
func TestAKindNearAnotherCoversItsLookalike(t *testing.T) {
	roster := []Rule{
		{Type: "roster", Description: "My duty roster from crewing: which flights or standby duties I am given, with report times."},
		{Type: "payslip", Description: "Monthly payslip."},
		{Type: "training_record", Description: "Record of simulator checks and recurrent training."},
		{Type: "expense_claim", Description: "Claims for hotel and meal expenses on trips."},
	}
	expectType(t, "a crew's duties with their hours", `Duties w/c 14 July - BRS crew
Mon 14/07  Anna  early 05:30-14:00   Ben  late 14:00-22:30
Tue 15/07  Anna  early 05:30-14:00   Chris late 14:00-22:30
Wed 16/07  Ben   early 05:30-14:00   Chris late 14:00-22:30
Hours: Anna 17, Ben 17, Chris 17`, roster, "roster")
	expectType(t, "a timesheet that says so", `TIMESHEET - week ending 20/07/2025
Name: Anna K.
Mon 05:30-14:00 (8.5 h)
Tue 05:30-14:00 (8.5 h)
Total hours: 17       Signed: ________`, roster, "")
	goods := []Rule{
		{Type: "delivery_note", Description: "Delivery note that comes with the goods: what was delivered, quantities, signed on receipt."},
		{Type: "invoice", Description: "Supplier invoice asking us to pay."},
		{Type: "purchase_order", Description: "Our purchase orders to suppliers."},
	}
	expectType(t, "a consignment's contents with a space to sign", `Carrier: Swiftline Freight     Consignment: SWL-99812773
Sender: Hartley Timber Supplies, Leeds
Consignee: Oakfield Joinery, Unit 4 Mill Yard
Dispatched: 12/05/2025    Pallets: 2    Weight: 380 kg
Item                         Qty
Oak board 25x150 2.4 m        40
Birch ply 18 mm 2440x1220      6
Received by: ____________  Date: ______`, goods, "delivery_note")
	expectType(t, "a dispatch message", `Your order PO-1187 has been dispatched.
Carrier: Swiftline  Tracking: SWL99812773
Expected: Wed 14 May between 10:00 and 14:00
Items: Oak board x40, Birch ply x6`, goods, "")
	if !hasAct("Ihre Bestellung 100-4471 wurde versandt", "shipping_notice") {
		t.Error("\"Ihre Bestellung 100-4471 wurde versandt\" does not do what a shipping notice does")
	}
}
