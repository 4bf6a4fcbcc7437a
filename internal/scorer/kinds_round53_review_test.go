package scorer

// Reviews of round 53's changes: two reviewers wrote documents of their own,
// read nothing of the corpus or the scorer, and ran them through the
// release before those changes and the one with them. The regressions were right before and
// wrong on the build they were given, and are right now; the fixes were
// wrong before and are right now.

import "testing"

var (
	round53AGroomer = []Rule{
		{Type: "my_invoices", Description: "Invoices I send to my own customers for grooming (Pawfect Paws / me at the top, the dog owner or kennel as the customer)."},
		{Type: "supplier_invoices", Description: "Invoices from suppliers for stuff I buy - shampoo, blades, towels, equipment, van bits. Not statements or payment reminders."},
		{Type: "bank_statements", Description: "Business bank account statements."},
		{Type: "tax", Description: "HMRC and self assessment - returns, tax bills, HMRC statements and the online filing receipts."},
		{Type: "insurance", Description: "Insurance policies, certificates and renewals."},
		{Type: "bookings", Description: "Appointment requests and booking messages from customers."},
	}
	round53APrint = []Rule{
		{Type: "customer_invoices", Description: "Invoices Inkwell Print Ltd issues to its customers."},
		{Type: "supplier_invoices", Description: "Invoices we receive from suppliers, UK or abroad, in any language. Supplier credit notes go here too."},
		{Type: "payroll_filings", Description: "Payroll filings with HMRC - FPS/EPS submission receipts, P11D filing confirmations."},
		{Type: "vat", Description: "VAT returns, VAT submission receipts and VAT letters from HMRC."},
		{Type: "job_sheets", Description: "Print orders, job sheets and artwork approval forms from customers."},
		{Type: "hr", Description: "staff contracts, holiday requests, disciplinary letters"},
	}
	round53BMoney = []Rule{
		{Type: "decision_in_principle", Description: "A lender's decision/agreement in principle (DIP, AIP, mortgage promise) saying roughly how much they'd lend. Only the lender's own document - not the broker's emails telling us about it, and not the full offer."},
		{Type: "mortgage_offer", Description: "The formal mortgage offer from the lender. Not illustrations, ESIS or KFI documents."},
		{Type: "advice_letter", Description: "Recommendation / suitability letters from our broker or financial adviser explaining what they recommend and why."},
		{Type: "fact_find", Description: "fact-find questionnaires about our income, spending, debts and plans"},
		{Type: "annual_review", Description: "The adviser's annual review of our plans - the review letter or notes of the review meeting. Not reminders inviting us to book one."},
		{Type: "provider_statement", Description: "Yearly statements from pension, ISA or investment providers showing what the pot is worth. Not mortgage statements."},
		{Type: "payslip", Description: "payslips from work"},
	}
	round53BHousing = []Rule{
		{Type: "repair_request", Description: "A tenant or member telling us something in their flat or in the building is broken, leaking, damp or not working and needs fixing. Could be an email, a text or the website repairs form. NOT complaints about how we handled a repair, and NOT our own replies or contractors' appointment confirmations."},
		{Type: "complaint", Description: "Formal complaints about the co-op, the committee or our contractors (delays, rudeness, poor service)."},
		{Type: "neighbour_issue", Description: "Noise, antisocial behaviour, parking rows and other disputes between neighbours."},
		{Type: "rent_statement", Description: "Rent account statements."},
		{Type: "gas_safety", Description: "Gas safety certificates (CP12) and boiler service records."},
		{Type: "meeting_minutes", Description: "minutes of general meetings and committee meetings"},
		{Type: "insurance", Description: "Buildings insurance: schedules, renewals, claims."},
	}
)

func TestRound53Reviews(t *testing.T) {
	runClassifyCases(t, []ownCase{
		{name: "regression: a grooming supplies wholesaler \"GroomPro\" in its own letterhead", rules: round53AGroomer, want: "supplier_invoices", text: `GroomPro Supplies Ltd
Unit 7, Calder Trading Estate, Brighouse HD6 1RT
VAT Reg No GB 318 2290 41

TAX INVOICE

Invoice No: GP-55120
Invoice Date: 21 May 2024
Account No: OKAF001

Invoice to:
Samantha Okafor
14 Mill Lane
Hebden Bridge
HX7 8AQ

Qty  Code      Description                         Unit     Total
2    SH-OAT5   Oatmeal shampoo 5L                 £22.50   £45.00
1    CB-10W    Ceramic clipper blade #10 wide     £31.00   £31.00
3    TW-MF     Microfibre drying towel (pk 5)     £12.00   £36.00

                                    Net          £112.00
                                    VAT 20%       £22.40
                                    TOTAL        £134.40

Terms: 30 days. Payment due by 20 June 2024.
Pay to: GroomPro Supplies Ltd, 20-45-77 13098842`},
		{name: "regression: \"uk\" of a supplier rule's \"UK or abroad\" in the address a VAT filing went to", rules: round53APrint, want: "vat", text: `From: Bridgeworks VAT <noreply@bridgeworksvat.co.uk>
To: accounts@inkwellprint.co.uk
Date: Tue, 06 Aug 2024 15:12:40 +0100
Subject: Submitted: VAT return for period ending 30/06/2024

Your VAT return has been submitted to HMRC through Making Tax Digital.

Business:             Inkwell Print Ltd
VAT registration:     229 4018 63
Period:               01/04/2024 - 30/06/2024
Box 1 VAT due on sales:        £18,412.60
Box 4 VAT reclaimed:            £6,930.17
Box 5 Net VAT to pay:          £11,482.43
HMRC receipt ID:               2847193350
Processing date:               2024-08-06T15:12:38Z

Payment is due to HMRC by 7 August 2024.`},
		{name: "fix: a Dutch supplier's invoice to the print shop, under \"Aan:\"", rules: round53APrint, want: "supplier_invoices", text: `Drukinkt Van Leeuwen B.V.
Havenweg 21, 3542 AD Utrecht, Nederland
KvK 30198824 | BTW NL812266140B01

FACTUUR

Factuurnummer: VL-24-3317
Factuurdatum: 15-07-2024
Vervaldatum: 14-08-2024

Aan:
Inkwell Print Ltd
t.a.v. crediteurenadministratie
Unit 3, Feeder Road Works, Bristol BS2 0TQ, Verenigd Koninkrijk

Omschrijving                                  Aantal   Prijs     Bedrag
Offsetinkt proces cyaan, 2,5 kg blik           6       € 38,50   € 231,00
Offsetinkt proces magenta, 2,5 kg blik         6       € 38,50   € 231,00
Pantone 185 C, 1 kg                            2       € 52,00   € 104,00
Verzendkosten                                  1       € 65,00    € 65,00

Subtotaal                                                        € 631,00
BTW 0% (export buiten EU)                                          € 0,00
Totaal te betalen                                                € 631,00

Gelieve te betalen binnen 30 dagen op IBAN NL91 ABNA 0417 1643 00.`},
		{name: "fix: a wholesaler's invoice \"**Bill to:** Pawfect Paws\" in markdown", rules: round53AGroomer, want: "supplier_invoices", text: `# Towel & Co Wholesale

**Invoice** #TC-2024-0771
**Date:** 28 June 2024
**Bill to:** Pawfect Paws, 14 Mill Lane, Hebden Bridge HX7 8AQ

| Item | Qty | Unit price | Line total |
|------|-----|-----------|-----------|
| Bamboo dog towel, grey (large) | 10 | £6.20 | £62.00 |
| Grooming apron, waterproof | 2 | £14.50 | £29.00 |
| Delivery | 1 | £5.99 | £5.99 |
| **Subtotal** | | | **£96.99** |
| VAT @ 20% | | | £19.40 |
| **Total due** | | | **£116.39** |

Payment due within 14 days of invoice date.
Towel & Co Wholesale Ltd · 41 Mercer St, Leicester LE1 3HB · VAT GB 221 7750 12`},
		{name: "fix: a German supplier's e-mailed invoice under \"Kunde:\"", rules: round53APrint, want: "supplier_invoices", text: `From: Grafotech Maschinenservice <buchhaltung@grafotech-service.de>
To: accounts@inkwellprint.co.uk
Date: Wed, 21 Aug 2024 13:27:19 +0200
Subject: Ihre Rechnung Nr. GT-24-1129

Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung für den Serviceeinsatz an Ihrer
Heidelberg SM52 vom 19.-20.08.2024.

Rechnung Nr.:   GT-24-1129
Datum:          21.08.2024
Kunde:          Inkwell Print Ltd, Bristol

Techniker-Einsatz 2 Tage à 880,00 €       1.760,00 €
Reisekosten (Flug, Hotel)                   620,00 €
Ersatzteil Greiferwelle                     410,00 €
Netto                                     2.790,00 €
USt. 0 % (Reverse Charge)                     0,00 €
Gesamtbetrag                              2.790,00 €

Zahlbar innerhalb 14 Tagen ohne Abzug.

Mit freundlichen Grüßen
Grafotech Maschinenservice GmbH, Kassel`},
		{name: "regression: a broker's e-mail telling the clients of their agreement in principle, which the rule turns away", rules: round53BMoney, want: "", text: `From: Danielle Frost <danielle@keystonemortgages.example>
To: Owen Pryor <owen.pryor@mailbox.example>, Leah Castellano <leahc@webmail.example>
Date: Thu, 11 Jan 2024 15:48:22 +0000
Subject: Good news - your AIP is through!

Hi Owen and Leah,

Great news - Halcyon have come back with an agreement in principle of £285,000, which is
a bit more than we'd hoped. I've attached their certificate for you to show estate agents
when you make offers.

It's valid for 90 days, so once you've had an offer accepted just let me know and we'll
move to the full application. We'll need 3 months' payslips and bank statements for both
of you at that point.

Happy house hunting!
Danielle
Keystone Mortgage Solutions`},
		{name: "fix: a member's e-mail that the boiler is broken", rules: round53BHousing, want: "repair_request", text: `From: Priya Naidoo <priya.naidoo77@mailbox.example>
To: repairs@elmcourtcoop.example
Date: Mon, 4 Mar 2024 07:52:11 +0000
Subject: No heating or hot water - Flat 12

Hi,

Our boiler stopped working some time overnight. The display is showing error code F28
and there is no heating and no hot water at all. I've tried resetting it twice as the
manual says but it just clicks and goes back to the error.

We have a 6 month old baby so would really appreciate someone coming as soon as possible.
I'm home all day today and tomorrow.

Thanks,
Priya Naidoo
Flat 12, Elm Court
07700 900412`},
		{name: "fix: an adviser's mortgage recommendation", rules: round53BMoney, want: "advice_letter", text: `KEYSTONE MORTGAGE SOLUTIONS
Mortgage Recommendation Report

Prepared for: Owen Pryor & Leah Castellano           Date: 09/02/2024
Adviser: Danielle Frost (CeMAP)

Your needs: to buy your first home together at around £320,000 with a deposit of
£48,500, keeping monthly payments below £1,450 and having certainty for at least 5 years
as you plan to start a family.

Our recommendation: Halcyon Building Society 5 year fixed rate at 4.39%, £274,000 over
32 years, capital and interest. Product fee £999 added to the loan.

Why: it was the lowest overall cost over 5 years of the 14 products we compared that
fit your income and deposit. A 2 year fix was cheaper initially but you told us payment
certainty was your top priority. We recommended 32 years rather than 35 to reduce total
interest while staying within your budget. Adding the fee to the loan will cost you
about £1,170 extra in interest, which you agreed is acceptable.`},
		{name: "fix: a broker's terms of business, no advice letter", rules: round53BMoney, want: "", text: `KEYSTONE MORTGAGE SOLUTIONS - TERMS OF BUSINESS & FEE AGREEMENT

1. Who we are: Keystone Mortgage Solutions Ltd is an appointed representative of
   Meridian Network Ltd, authorised and regulated by the Financial Conduct Authority.
2. Our service: we offer mortgages from a comprehensive range of lenders. We will
   advise and make a recommendation after we have assessed your needs.
3. Our fee: £495, payable on mortgage offer. We will also receive commission from the
   lender, typically 0.35% of the loan, which we will tell you about before you apply.
4. Complaints: contact our compliance team, or the Financial Ombudsman Service.
5. Cancellation: you may cancel within 14 days without charge.

Signed (client): O Pryor  L Castellano              Date: 05/01/2024`},
	})
}
