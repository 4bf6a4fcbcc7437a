package scorer

import "testing"

// A supplier's nudge about an invoice still open, and a notice that a
// roster has been published elsewhere, are not the invoice or the roster.
func TestChasersAndPublishedNoticesAreNotTheDocument(t *testing.T) {
	studio := []Rule{
		{Type: "invoice", Description: "A bill asking for payment for goods or work already supplied. Not a receipt, and not an e-mail chasing an overdue bill."},
		{Type: "receipt", Description: "proof of a payment already made"},
		{Type: "complaint_letter", Description: "a customer complaining about their tattoo or our service"},
	}
	classifyAs(t, "chaser", `Hello Sam,

Just a nudge - our invoice GH-5521 (aftercare balm, £96.40, dated 2 May)
was due on 1 June and still shows as open on our side.

If it's already paid, please send the remittance so we can match it.

Thanks,
Pia, accounts`, studio, "")
	crew := []Rule{
		{Type: "roster", Description: "my published monthly roster of duties (flights, standby, days off)"},
		{Type: "payslip", Description: "monthly payslip"},
		{Type: "medical_certificate", Description: "my class 1 medical certificate"},
	}
	classifyAs(t, "roster published", `Dear crew member 55120,

Your roster for the period 01-08-2025 to 31-08-2025 has been published in CrewPortal.
Please log in and acknowledge it before 25-07-2025.

Crew Planning`, crew, "")
}

// "Claim for reimbursement" heads expense claims as often as insurance
// claims: it names neither.
func TestAClaimForReimbursementIsNoInsuranceClaimByItsName(t *testing.T) {
	rules := []Rule{
		{Type: "expense_claim", Description: "my claims to the airline for hotel, taxis and meals on trips"},
		{Type: "payslip", Description: "monthly payslip"},
		{Type: "bank_statement", Description: "bank statements"},
	}
	classifyAs(t, "expenses", `# Claim for reimbursement - trip 14-16 March

| Date | Item | Amount |
|---|---|---|
| 14/03 | Taxi hotel to airport | EUR 38.00 |
| 15/03 | Meals (2 days) | EUR 61.50 |
| 16/03 | Hotel, 2 nights (receipt attached) | EUR 212.00 |

Total to be reimbursed: EUR 311.50`, rules, "expense_claim")
}
