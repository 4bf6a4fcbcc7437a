package scorer

import (
	"strings"
	"testing"
)

// Read after round 53: of two rules for one kind, one for the user's own
// invoices and one for their suppliers', the one the document goes the
// way of wins. The user's trade, in the words of their own rule ("hire"
// of "invoices to hire customers"), named where the document says whom
// it is for, says it came in; named in its letterhead, that it went
// out.
func TestOwnInvoicesAndSuppliers(t *testing.T) {
	rules := []Rule{
		{Type: "hire_contract", Description: "Signed hire agreements for a machine going out on hire, with the customer's details and the rate."},
		{Type: "customer_invoice", Description: "Our own sales invoices to hire customers. Statements of account and payment reminders are a different thing - don't count them."},
		{Type: "supplier_invoice", Description: "Invoices we get from suppliers - fuel, parts, tyres, hoses, repairs. Not quotes or price lists."},
		{Type: "driver_timesheet", Description: "Weekly timesheets filled in by our drivers."},
	}
	// A supplier's invoice, whose customer is the hire firm.
	in := `NORTHBANK FILTERS & SPARES LTD
Unit 3, Craigleith Road, Stirling FK7 7LQ      VAT GB 401 2276 18

INVOICE 90417                          Date: 11/02/2025
Customer: Morven Plant Hire Ltd        Account: MOR004

Qty  Part                                   Unit      Net
4    Hydraulic return filter HF-2210        18.40     73.60
2    Fuel water separator FS-19             22.15     44.30
1    Air filter element (outer) AF-771      31.90     31.90
                                   Net               149.80
                                   VAT 20%            29.96
                                   Total due         179.76

Payment due within 30 days of invoice date.`
	classifyAs(t, "a parts supplier's invoice to the hire firm", in, rules, "supplier_invoice")
	res := classifyModel(in, rules)
	if !strings.Contains(res.Reasoning, "addressed to the trade the rules speak of ('hire')") {
		t.Errorf("the reasons do not say whom the invoice is addressed to: %s", res.Reasoning)
	}
	// The hire firm's own invoice, with its name in the letterhead.
	classifyAs(t, "the hire firm's own invoice", `MORVEN PLANT HIRE LTD - INVOICE
Unit 9, Kerse Road, Stirling FK7 7RR       VAT GB 512 9034 71

Invoice no: 25-0311                      Date: 28/02/2025
To: Allanwater Groundworks, 2 Mine Road, Bridge of Allan FK9 4DT
Site: Pendreich Way, Stirling

1.5t excavator, 5 days @ 95.00                      475.00
Delivery and collection                             120.00
Damage waiver 5%                                     23.75
                                   Net               618.75
                                   VAT 20%           123.75
                                   Total             742.50

Payment within 30 days please.`, rules, "customer_invoice")
	// A page whose title names the invoice has its letterhead below.
	classifyAs(t, "the hire firm's own invoice, titled above its letterhead", `Invoice MPH-25-0340
Morven Plant Hire Ltd
Unit 9, Kerse Road, Stirling FK7 7RR - VAT GB 512 9034 71
Invoice no: MPH-25-0340   Date: 07/03/2025
To: Carse Landscapes, 11 Mill Road, Cambusbarron FK7 9LA
Description                          Net
3t dumper, 1 week                    310.00
Fuel used, 40 litres red diesel       48.00
Replacement tyre valve (damage)       12.50
Delivery and collection              120.00
Net 490.50   VAT 98.10   Total 588.60
Payment within 30 days please.`, rules, "customer_invoice")
	// A supplier whose trade the user's shares: "Tiling" in the
	// letterhead of the fitter's own invoice is not a tile shop's.
	fitter := []Rule{
		{Type: "supplier_invoice", Description: "Invoices from my suppliers for materials I bought (tile shops, plumbers merchant, builders merchant, electrical wholesaler)."},
		{Type: "cust_invoice", Description: "invoice I send to customer for job done - my invoice no, job address, labour + materials, total, my bank details for paying"},
		{Type: "quote", Description: "quotes I give customers before a job"},
	}
	classifyAs(t, "the fitter's own invoice under a 'Tiling' letterhead", `PK Bathrooms & Tiling
8 Tilehurst Road, Reading RG30 2JP | 07700 900 412

INVOICE No 0418           Date: 12/03/2025
To: Mr Daniel Okoro
Job: en-suite refit, 3 Amity Road, Reading

Labour (6 days)                          1,440.00
Materials - board, adhesive, grout         380.00
                  TOTAL £1,820.00

Bank: PK Bathrooms, 20-11-44 / 70551982`, fitter, "cust_invoice")
}

// ruleDirection reads the way a rule's documents go from its type, else
// from its description's sentences that say nothing it is not.
func TestRuleDirection(t *testing.T) {
	for _, c := range []struct {
		typ, desc string
		want      int8
	}{
		{"supplier_invoice", "Invoices to me from suppliers. Not my own invoices to customers.", dirIncoming},
		{"cust_invoice", "invoice I send to customer for job done", dirOutgoing},
		{"owner_invoice", "Bills we give owners for a cat's stay.", dirOutgoing},
		{"invoice", "Invoices we issue to our customers for goods sold from the yard.", dirOutgoing},
		{"invoice", "Bills from contractors billing us for work. Not our own invoices to customers.", dirIncoming},
		{"invoice", "Invoices: invoice number, seller and buyer, total due.", dirNone},
		{"invoice", "Invoices - both what suppliers bill us and copies of ours to boat owners.", dirNone},
	} {
		if got := ruleDirection(c.typ, c.desc); got != c.want {
			t.Errorf("ruleDirection(%q, %q) = %d, want %d", c.typ, c.desc, got, c.want)
		}
	}
}

// "Statements of account and payment reminders are a different thing -
// don't count them": what comes before the verdict is what the rule is
// not, so its words do not count for it.
func TestDifferentThingDontCountThem(t *testing.T) {
	desc := "Our own sales invoices to hire customers. Statements of account and payment reminders are a different thing - don't count them."
	p := profileOf(Rule{Type: "customer_invoice", Description: desc})
	pos, neg := splitNegations(desc, p.typeStems, p.head, kindLexicon())
	if len(pos) != 1 || !strings.Contains(pos[0], "sales invoices") || len(neg) != 1 || !strings.Contains(neg[0], "payment reminders") {
		t.Errorf("split into %q and %q, want the reminders on the side of what it is not", pos, neg)
	}
	for _, stem := range []string{"remind", "statement"} {
		if _, ok := p.desc.index[stem]; ok {
			t.Errorf("%q counts for the rule", stem)
		}
	}
}

// A title that names only a generic kind ("STATEMENT") names the kind of
// it the document's words side with: a supplier's statement of account,
// under a rule for invoices that are "not monthly statements of
// account", is not an invoice, however much it lists them.
func TestGenericTitleResolved(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "Bills from suppliers and contractors asking us to pay: feed, straw, vet, haulage. Not quotes, not monthly statements of account."},
		{Type: "bank_statement", Description: "Statements for the farm's bank accounts."},
		{Type: "movement_record", Description: "Pig movement licences and records."},
		{Type: "payslip", Description: "Payslips for the farm staff."},
	}
	classifyAs(t, "a feed merchant's statement", `ANGLIAN FEEDS LTD
Mill Lane, Framlingham IP13 9BE

STATEMENT                                    Date: 31/05/2025
Account: HAW02  Hawkins Farms, Badingham

Date        Reference    Description            Amount     Balance
01/05/2025               Balance forward                   2,410.60
02/05/2025  PAY          Payment - thank you  -2,410.60        0.00
06/05/2025  AF-77120     Invoice               1,862.40    1,862.40
20/05/2025  AF-77514     Invoice (creep feed)    596.16    2,458.56
27/05/2025  CR-1180      Credit - short weight   -48.00    2,410.56

Current: 2,410.56   30+ days: 0.00   60+ days: 0.00
Amount now due: £2,410.56

Please pay within our 30-day terms.`, rules, "")
}

// An online service's acknowledgement that a return was filed names
// itself a "Submission receipt": it is neither a receipt for a payment
// nor the return, and a rule for such acknowledgements takes it.
func TestSubmissionReceipt(t *testing.T) {
	rules := []Rule{
		{Type: "filing_acknowledgement", Description: "HMRC's online acknowledgement that a client's payroll submission was received and accepted."},
		{Type: "receipt", Description: "Receipts for things the bureau paid for."},
		{Type: "hmrc_letter", Description: "Letters from HMRC about a client's PAYE scheme: penalties, amounts owed, checks."},
		{Type: "our_invoice", Description: "Our invoices to clients for running their payroll."},
	}
	ack := `HMRC Online Services - Submission Receipt

Thank you for your submission.

Form type:           Employer Payment Summary (EPS)
Employer PAYE ref:   475/RT20931
Tax year:            2025-26
Tax month:           3
Date and time:       19/06/2025 09:14:52
Correlation ID:      8C21F0A7D3B94E55A1C6E0B27F4D9A13

Your submission has been received and successfully validated.
Please keep this receipt for your records.`
	classifyAs(t, "an HMRC submission receipt", ack, rules, "filing_acknowledgement")
	// Without a rule for it, a receipt rule does not take it.
	classifyAs(t, "an HMRC submission receipt without its rule", ack, rules[1:], "")
}

// A tenant's message that something is broken, asking for it to be put
// right, is a repair request, though it names none.
func TestRepairRequest(t *testing.T) {
	rules := []Rule{
		{Type: "tenancy_agreement", Description: "Signed tenancy agreements for the rooms at both houses."},
		{Type: "gas_safety_record", Description: "Gas safety records (CP12) from the engineer."},
		{Type: "repair_request", Description: "Repair requests from tenants - e-mails, texts, the maintenance form. Not my replies."},
		{Type: "council_letter", Description: "Letters from the city council: HMO licensing, council tax, waste."},
	}
	classifyAs(t, "a tenant's e-mail about the shower", `From: Priya Nair <priya.nair@mailbox.example>
To: Landlord <lettings@example.com>
Date: Tue, 14 Jan 2025 21:03:11 +0000
Subject: Shower in top bathroom

Hi,

The shower in the top floor bathroom has been dripping cold only since
Sunday and tonight the tray didn't drain at all, the water just sits
there. We've cleared the hair from the plughole but it's still blocked.

Could you send someone to have a look this week? I'm in from 3pm most
days, or they can use the key safe.

Thanks,
Priya (room 4)`, rules, "repair_request")
	// A circular to all tenants about bins asks for nothing to be fixed.
	classifyAs(t, "a note to tenants about the bins", `To all tenants at 42 Carlton Road

Bin day is moving from Tuesday to Thursday from 1 March. Please put the
green recycling bin out on Wednesday evening and bring it back in by
Friday. Glass goes in the black box, not the green bin.

Thanks, Ravi`, rules, "")
}

// A lender's decision in principle names itself so, and says it is no
// mortgage offer; an adviser's letter recommending a policy, and why,
// is a suitability letter, though it names none.
func TestMortgageBrokersPapers(t *testing.T) {
	rules := []Rule{
		{Type: "mortgage_offer", Description: "Formal mortgage offers issued by a lender for one of my clients, including product transfer offers. Not decisions in principle, and not lender e-mails updating me on where an offer has got to."},
		{Type: "dip", Description: "Decisions / agreements in principle from lenders."},
		{Type: "client_payslip", Description: "Payslips clients send me as proof of income. Only actual payslips: P60s and employer references are not payslips."},
		{Type: "commission_statement", Description: "Statements of proc fees and commission paid to me by the network, lenders or protection insurers, including any clawback lines."},
		{Type: "suitability_letter", Description: "Final suitability / recommendation letters I have issued to clients explaining why I recommended a mortgage or protection policy. Drafts don't count, and neither do fact-finds."},
		{Type: "compliance_file_review", Description: "Case file review outcomes from the network's compliance team. Not their monthly bulletin."},
		{Type: "business_invoice", Description: "Invoices to my business: office rent, CRM and sourcing software, PI cover, network membership fees, accountant. Not quotes or renewal invitations."},
	}
	classifyAs(t, "a lender's decision in principle", `Ashgrove Building Society - Broker Services

DECISION IN PRINCIPLE

Reference:        AGB-DIP-2204917
Date:             14/05/2025         Valid for: 60 days
Applicant:        Miss Chloe Barnard
Purchase price:   £235,000
Loan requested:   £211,500 (90% LTV)
Term:             30 years, repayment

Result: ACCEPTED - maximum loan £218,000

We would in principle be prepared to lend the amount above, subject to a
full application and a satisfactory valuation. This is not a mortgage
offer.`, rules, "dip")
	classifyAs(t, "a broker's recommendation letter", `Moorside Mortgages
3 Chapel Street, Skipton BD23 1NP

Mr Tomasz Zielinski
22 Hawthorn Close, Skipton BD23 2QT

4 March 2025

Dear Tomasz,

Your family's cover - my recommendation

When we met on 24 February you told me your main worry is Ewa and the
boys being able to stay in the house if you died or fell seriously ill,
and that you send money home to your parents each month.

I recommend Northgate Life level term assurance with critical illness
cover: £180,000 life cover and £50,000 critical illness for 22 years, a
guaranteed premium of £38.40 a month, written in trust for Ewa. I chose
level rather than decreasing cover because you want a lump sum left
after the house is paid for. I compared five insurers.

Yours sincerely,
Daniel Moore
Mortgage adviser`, rules, "suitability_letter")
}

// A form filled in from a template ("(SSU template v6)") whose only
// blank is for an approver's signature, at its end, is filled in; the
// same template with its fields blank is not.
func TestTemplateFilledButForItsSignature(t *testing.T) {
	rules := []Rule{
		{Type: "risk_assessment", Description: "Event risk assessments submitted by clubs and societies for sign-off. Not the blank template."},
		{Type: "expense_claim", Description: "Expense claims from society committees."},
		{Type: "minutes", Description: "Minutes of the finance committee."},
	}
	classifyAs(t, "a filled-in risk assessment awaiting approval", `EVENT RISK ASSESSMENT (Union template v4)

Society: Hiking Club           Event: Peak District day walk
Date/time: 12/10/2025, 08:00 - 18:30   Location: Edale circuit
Expected attendance: 24        Lead: Niamh Doyle (President)
First aider: Tom Akers (cert. exp. 03/2027)

Hazard / who at risk / control / residual risk
1. Slips on wet rock - walkers - boots checked at minibus, leaders
   front and back, route avoids Jacob's Ladder in rain - MEDIUM
2. Getting lost in mist - all - two leaders with map, compass and GPS,
   headcount at every stile - LOW
3. Cold and wet - all - kit list sent, spare layers in leader packs,
   turn back time 14:00 - LOW
4. Minibus travel - all - union drivers only, breaks every 2 hours - LOW

Submitted by: N. Doyle   01/10/2025
Approved (Activities): ______________`, rules, "risk_assessment")
	classifyAs(t, "the blank template", `EVENT RISK ASSESSMENT (Union template v4)

Society: ______________        Event: ______________
Date/time: ______________      Location: ______________
Expected attendance: ______    Lead: ______________
First aider: ______________

Hazard / who at risk / control / residual risk
1. ____________________________________________
2. ____________________________________________
3. ____________________________________________

Submitted by: ______________
Approved (Activities): ______________`, rules, "")
}
