package scorer

// Review 29 (d) of 3adec531: rule descriptions that name a kind and
// exclude its parent, rows of columns a figure leads, names across a
// column gap. The first four subtests fail on 3adec531: an SA302 is a
// name of the tax notice, so a description that names it now keeps every
// tax notice (a coding notice, a P800) though it excludes HMRC's letters.
// The others pass on 3adec531 and should keep passing: 3adec531 fixed
// all but two SA302 guards, which also passed on its parent.

import "testing"

func TestReview29dNamedKindsAndColumns(t *testing.T) {
	rulesHome := []Rule{
		{Type: "utility_bill", Description: "gas, electric, water, broadband, heating oil"},
		{Type: "council_tax", Description: "Council tax bills but not other council letters"},
		{Type: "council_letter", Description: "Letters from the council about bins, parking permits, planning"},
		{Type: "bank_statement", Description: "Bank and credit card statements"},
		{Type: "tradesman_invoice", Description: "Invoices from tradespeople - plumber, electrician, builder"},
		{Type: "tax_forms", Description: "tax forms including the SA302; HMRC letters don't count"},
		{Type: "hmrc_letter", Description: "Letters from HMRC"},
	}
	rulesMortgage := []Rule{
		{Type: "mortgage_docs", Description: "Documents for the mortgage application: payslips, P60s, bank statements and the SA302. Letters from the bank or HMRC don't count."},
		{Type: "hmrc_letter", Description: "Letters from HMRC"},
		{Type: "bank_letter", Description: "Letters from the bank"},
		{Type: "insurance", Description: "home and life insurance"},
		{Type: "solicitor", Description: "letters from the conveyancing solicitor"},
	}
	rulesTaxacc := []Rule{
		{Type: "tax_return", Description: "My self assessment tax returns and the SA302 calculations HMRC sends after; other letters from HMRC don't count"},
		{Type: "hmrc_letter", Description: "Any other letter or notice from HMRC"},
		{Type: "accountant_correspondence", Description: "Letters and e-mails from my accountant about the tax return and the SA302. HMRC's own letters don't count."},
		{Type: "bank_statement", Description: "bank statements"},
		{Type: "invoice", Description: "invoices from my accountant"},
	}
	rulesTrips := []Rule{
		{Type: "travel", Description: "Train tickets and boarding passes; other tickets (concerts, parking) don't count."},
		{Type: "bookings", Description: "Hotel and holiday booking confirmations"},
		{Type: "events", Description: "concert and theatre tickets"},
		{Type: "parking", Description: "parking tickets and receipts"},
		{Type: "receipts", Description: "other receipts"},
	}
	rulesUtilities := []Rule{
		{Type: "utilities", Description: "Utility bills (gas, electric, water); invoices from tradesmen don't count."},
		{Type: "trades", Description: "Invoices and quotes from tradesmen"},
		{Type: "bank", Description: "Bank statements"},
		{Type: "insurance", Description: "home insurance"},
		{Type: "council", Description: "anything from the council"},
	}
	rulesLandlord := []Rule{
		{Type: "landlord_certs", Description: "Gas safety record and EICR for each flat; other reports from contractors don't count."},
		{Type: "contractor_report", Description: "Reports from contractors after a job (damp survey, roof inspection, boiler service)"},
		{Type: "tenancy", Description: "Tenancy agreements, not other contracts"},
		{Type: "contracts", Description: "Other contracts (letting agent, insurance, utilities)"},
		{Type: "invoice", Description: "invoices"},
	}
	rulesVet2 := []Rule{
		{Type: "vet_records", Description: "Vet's reports and referral letters to specialists; the vet's other letters (reminders, appointments) don't count."},
		{Type: "vet_letter", Description: "letters from the vet"},
		{Type: "vet_bill", Description: "vet bills"},
		{Type: "insurance", Description: "pet insurance"},
	}
	for _, c := range []struct {
		name, text string
		rules      []Rule
		want       string
	}{
		{"an HMRC coding notice under \"tax forms including the SA302; HMRC letters don't count\" is still an HMRC letter", `HM Revenue and Customs
Pay As You Earn
BX9 1AS

Mr P Ellison
Low Garth, Hebden BD23 5DJ

Date 4 February 2025

Dear Mr Ellison

Your tax code for 6 April 2025 to 5 April 2026 is 1257L.

We use your tax code to tell your employer how much tax to take from
your pay. You do not need to do anything if this is right. If it is
wrong, tell us through your Personal Tax Account.

Yours sincerely
HMRC`, rulesHome, "hmrc_letter"},
		{"an HMRC P800 under the same rules is still an HMRC letter", `HM Revenue and Customs
PAYE and Self Assessment
BX9 1AS

Mr P Ellison
Low Garth, Hebden BD23 5DJ

Date 12 July 2024

Tax calculation P800

Dear Mr Ellison

We have worked out that you paid too little tax for the year 6 April
2023 to 5 April 2024. You owe £188.20. We will collect it through
your tax code from April 2025, so you do not need to do anything.

Yours sincerely
HMRC`, rulesHome, "hmrc_letter"},
		{"a P800 is no mortgage document though the SA302 is one", `HM Revenue and Customs
PAYE and Self Assessment
BX9 1AS

Miss R Stott
14 Clifton Green, York YO30 6LH

Date 12 July 2024

Tax calculation P800

Dear Miss Stott

We have worked out that you paid too much tax for the year 6 April
2023 to 5 April 2024. You are owed £214.60. We will send you a cheque
within 14 days if you do not claim online first.

Yours sincerely
HMRC`, rulesMortgage, "hmrc_letter"},
		{"a coding notice is no mortgage document though the SA302 is one", `HM Revenue and Customs
Pay As You Earn
BX9 1AS

Miss R Stott

Date 4 February 2025

Dear Miss Stott

Your tax code for 6 April 2025 to 5 April 2026 is 1257L.

We use your tax code to tell your employer how much tax to take from
your pay. If anything here is wrong, tell us online.

Yours sincerely
HMRC`, rulesMortgage, "hmrc_letter"},
		{"the SA302 the tax return rule names stays its own", `HM Revenue & Customs

SA302  Tax calculation

Tax year 6 April 2023 to 5 April 2024
UTR 22019 44812
Miss Rachel Stott

Profit from self-employment                     £31,440.00
Total income received                           £31,440.00
minus Personal Allowance                       -£12,570.00
Total income on which tax is due                £18,870.00
Basic rate 20%                                   £3,774.00
Class 4 NIC                                        £788.40
Total tax due                                    £4,562.40`, rulesTaxacc, "tax_return"},
		{"the SA302 under tax forms that exclude HMRC letters", `HM Revenue & Customs

SA302  Tax calculation

Tax year 6 April 2023 to 5 April 2024
UTR 12345 67890
Mr Peter Ellison

Pay from all employments                        £28,400.00
Profit from self-employment                      £9,120.00
Total income received                           £37,520.00
minus Personal Allowance                       -£12,570.00
Total income on which tax is due                £24,950.00

Basic rate 20% on £24,950.00                     £4,990.00
Class 4 National Insurance                         £365.00
Income Tax and NIC due                           £5,355.00
minus tax deducted from employment              -£3,166.00
Total tax due                                    £2,189.00`, rulesHome, "tax_forms"},
		{"the SA302 among mortgage documents", `HM Revenue & Customs

SA302  Tax calculation

Tax year 6 April 2023 to 5 April 2024
UTR 22019 44812
Miss Rachel Stott

Profit from self-employment                     £31,440.00
Total income on which tax is due                £18,870.00
Basic rate 20%                                   £3,774.00
Class 4 NIC                                        £788.40
Total tax due                                    £4,562.40`, rulesMortgage, "mortgage_docs"},
		{"a train ticket under \"train tickets; other tickets don't count\"", `OFF-PEAK RETURN          STD
From YORK
To   EDINBURGH
Valid 14 MAR 25 + return within 1 month
Price £74.30         Railcard 26-30
Route ANY PERMITTED
Ticket no. 70112 33841 02`, rulesTrips, "travel"},
		{"a gas bill under \"utility bills; invoices from tradesmen don't count\"", `Octopus Energy
Your gas bill

Mr P Ellison, Low Garth, Hebden
Bill date 02/03/2025   Account A-4410C21

Gas used 1 Feb - 28 Feb: 1,412 kWh @ 6.21p         £87.69
Standing charge 28 days @ 31.65p                    £8.86
VAT 5%                                              £4.83
Total this bill                                    £101.38

We'll take £95.00 by direct debit on 15 March.`, rulesUtilities, "utilities"},
		{"a gas safety record under \"gas safety record and EICR; other reports don't count\"", `LANDLORD GAS SAFETY RECORD

Engineer: T. Marsh, Gas Safe reg 554102
Address: Flat 2, 18 Clarence St, York YO31 7EW
Landlord: R. Stott
Date of check: 11/03/2025     Next check due by: 10/03/2026

Appliance    Location    Type      Flue     Safe to use
Boiler       Kitchen     Combi     RS       Yes
Hob          Kitchen     Gas hob   n/a      Yes

Defects: none found. CO alarm fitted and tested.`, rulesLandlord, "landlord_certs"},
		{"a tenancy agreement under \"tenancy agreements, not other contracts\"", `ASSURED SHORTHOLD TENANCY AGREEMENT

This agreement is made on 1 April 2025 between
Landlord: Rachel Stott, 14 Clifton Green, York
Tenant: Daniel Okafor

Property: Flat 2, 18 Clarence St, York YO31 7EW
Term: 12 months from 1 April 2025
Rent: £850 per calendar month, payable in advance on the 1st
Deposit: £980, protected with the DPS within 30 days

1. The tenant agrees to pay the rent on time.
2. The tenant agrees to keep the property clean and in good repair.`, rulesLandlord, "tenancy"},
		{"a vet's referral letter the rule names, though the vet's other letters don't count", `Abbey Veterinary Group
Referral to Orthopaedic Service, Paragon Referrals

11/03/2025

Patient: Bramble, Labrador, F, 7y, 31kg

Dear colleague,

Thank you for seeing Bramble. She has been lame on the left fore
for three weeks. Radiographs show early elbow arthritis.
We would be grateful for your assessment and CT.

Yours,
B. Sutcliffe MRCVS`, rulesVet2, "vet_records"},
		{"a plumbing and heating firm's letterhead beside \"Bill no:\" names no heating bill", `K. Ahmed Plumbing & Heating          Bill no: 31
7 Mill Row, Otley LS21 1BB            Date: 18/02/2025

To: Mrs D Carr, 12 Beech Grove, Otley

Replace radiator valve x2 (kitchen, landing)     £85.00
Power flush of system, 8 radiators              £380.00
Inhibitor                                        £22.00

Total                                           £487.00

Not VAT registered. Bank: 40-12-77 / 71021944. Thanks, Kamran`, rulesHome, "tradesman_invoice"},
		{"a heating oil delivery row is a utility's", `DALESIDE FUELS
Kerosene - Gas Oil - Lubricants
Tel 01756 770412

Customer: Mr & Mrs P Ellison, Low Garth, Hebden BD23 5DJ

09/12/24   612 litres @ 58.9p   £360.47
           VAT @ 5%             £18.02
           TOTAL                £378.49

Delivered to tank at rear. Gauge read 3/4 after fill.
Paid by card on the phone, thank you.`, rulesHome, "utility_bill"},
	} {
		t.Run(c.name, func(t *testing.T) {
			classifyAs(t, c.name, c.text, c.rules, c.want)
		})
	}
}
