package scorer

import (
	"slices"
	"strings"
	"testing"
)

// Read after round 54: a retired accountant's rules, where one rule is for
// council tax bills ("paper or e-bill") and one for invoices for work on
// the house, and one for ISA valuations and contract notes.
var retiredAccountantRules = []Rule{
	{Type: "pension_statement", Description: "Statements and increase letters for our pensions - the old firm's scheme and the State Pension. Not adverts."},
	{Type: "investment_statement", Description: "Valuations, annual statements and contract notes for our own ISAs and share dealing account. Not newsletters or fund factsheets."},
	{Type: "bank_statement", Description: "Our bank and savings statements."},
	{Type: "council_tax_bill", Description: "Council tax bills, paper or e-bill. Other letters from the council (bins, parking) are not bills."},
	{Type: "house_work_invoice", Description: "Invoices for work done on the house - builders, plumber, electrician, windows. Quotes are not invoices."},
}

// The type's last word alone in its description ("e-bill" for a council
// tax bill) is the type's own kind again, not the invoice a bare "bill"
// names: a roofer's invoice is no council tax bill.
func TestATypesLastWordInItsDescriptionIsItsOwnKind(t *testing.T) {
	p := profileOf(retiredAccountantRules[3])
	lx := kindLexicon()
	if slices.Contains(p.primary, lx.byID["invoice"]) {
		t.Errorf("council_tax_bill's kinds include the invoice: %v", p.primary)
	}
	classifyAs(t, "a plumber's invoice for a new boiler", `TAPLOW HEATING & PLUMBING
4 Station Parade, Maidenhead SL6 1QZ        VAT no. 277 4410 93

INVOICE No. TH-3318                           Date: 3 March 2025
To: Mr and Mrs Lowe, 11 Orchard Close, Cookham SL6 9HH

Supply and fit combination boiler                       2,150.00
Magnetic filter and system flush                          320.00
Gas safety check and Benchmark certificate                 85.00
                                        Net             2,555.00
                                        VAT 20%           511.00
                                        TOTAL DUE       3,066.00

Payment within 14 days to the account below, please.`, retiredAccountantRules, "house_work_invoice")
	classifyAs(t, "a council tax bill", `Royal Borough of Windsor and Maidenhead
COUNCIL TAX BILL 2025/26

Account reference: 61029934        Band: E
Property: 11 Orchard Close, Cookham SL6 9HH

Charge for the year                                    2,611.40
Adult social care precept included
Amount payable                                         2,611.40

10 monthly instalments of £261.14 by direct debit from 1 April.`, retiredAccountantRules, "council_tax_bill")
}

// An ISA valuation or a broker's contract note is an investment
// statement: neither a contract ("contract notes") nor a bank statement.
func TestInvestmentStatementsAreAKind(t *testing.T) {
	p := profileOf(retiredAccountantRules[1])
	lx := kindLexicon()
	if !slices.Contains(p.primary, lx.byID["investment_statement"]) || slices.Contains(p.primary, lx.byID["contract"]) {
		t.Errorf("investment_statement's kinds are %v, want the investment statement and no contract", p.primary)
	}
	runClassifyCases(t, []ownCase{
		{name: "a stocks and shares ISA valuation", rules: retiredAccountantRules, want: "investment_statement", text: `Harbour Lane Investments
Stocks & Shares ISA - Portfolio valuation as at 30 June 2025

Account: HL-ISA-220931        Holder: Mrs P Lowe

Holding                               Units      Price     Value
Global Equity Index Acc              1,204.55    3.4120    4,109.94
UK Gilt Fund Inc                       880.00    1.0275      904.20
Cash                                                          212.40
Total value                                                 5,226.54

Dividends reinvested this quarter: 41.18`},
		{name: "a share dealing contract note", rules: retiredAccountantRules, want: "investment_statement", text: `CONTRACT NOTE
Marlow Share Dealing Ltd - nominee account 00419832

Trade date 12/05/2025   Settlement date 14/05/2025
We have bought on your behalf:
  250 Ordinary shares in Severn Water plc at 1,842p
Consideration                          4,605.00
Dealing charge                            11.95
Stamp duty                                23.03
Total cost                             4,639.98`},
		{name: "a savings account statement", rules: retiredAccountantRules, want: "bank_statement", text: `Thames Valley Building Society
Easy Access Saver - Statement

Account 40029911   Sort code 40-11-22
Date        Description               Paid in   Paid out   Balance
01/04/2025  Balance brought forward                      12,400.00
30/04/2025  Interest                    41.30             12,441.30
12/05/2025  Transfer to current acct             500.00   11,941.30`},
	})
}

// A wholesaler is whom an invoice is from, as a supplier is: its
// invoice does not say "wholesale", and lacking the word does not make
// it the landlord's rent invoice.
func TestAWholesalerIsWhomAnInvoiceIsFrom(t *testing.T) {
	rules := []Rule{
		{Type: "wholesaler_invoice", Description: "Invoices from the wholesalers for stock - e-liquids, disposables, pods, coils. Not order confirmations or price lists."},
		{Type: "rent_demand", Description: "Rent demands / rent invoices for the shop from the landlord's agent. Not the lease."},
		{Type: "payslip", Description: "Payslips for me and the staff."},
		{Type: "till_z_report", Description: "End of day Z reads off the till. Not X reads taken during the day."},
	}
	classifyAs(t, "a stock invoice from a vape wholesaler", `NORTHWEST VAPOUR DISTRIBUTION LTD
Unit 14 Lytham Trading Estate, FY8 3QP

SALES INVOICE  NVD-88120                 Date 04/06/2025
Customer: Promenade Vape Co

Qty   Item                                  Each     Total
20    Salt nic 10ml mixed flavours          1.45     29.00
10    Pod kit starter (black)                6.80     68.00
5     Mesh coils 0.8 ohm (5 pack)           4.20     21.00
                                    Net             118.00
                                    VAT 20%          23.60
                                    Total           141.60
Terms 14 days.`, rules, "wholesaler_invoice")
	if !partyStems()["wholesal"] {
		t.Error("the wholesaler is not among the words that say whom a document is from")
	}
}

// An expert's report for court ends in the expert's declaration and a
// statement of truth: it is an expert report, not a witness statement.
func TestExpertReportsAreAKind(t *testing.T) {
	rules := []Rule{
		{Type: "expert_report", Description: "My final signed expert reports, including supplemental reports and replies to Part 35 questions. Not drafts."},
		{Type: "fee_invoice", Description: "My invoices to instructing solicitors for expert work."},
		{Type: "bank_statement", Description: "Bank statements."},
	}
	classifyAs(t, "a surveyor's expert report", `EXPERT REPORT - BUILDING SURVEYOR
Ashdown v Fellgate Construction Ltd        Claim No. K22BS117
Property: 3 Kiln Lane, Ruthin LL15 1AB
Expert: Helen Price MRICS
Instructed by Powys Lloyd LLP for the Claimant
Date: 2 September 2025

1 SUMMARY OF CONCLUSIONS
1.1 The damp to the party wall arises from a bridged cavity tray above the lean-to roof.
1.2 Remedial work is estimated at £6,400 plus VAT.

8 DECLARATION AND STATEMENT OF TRUTH
I understand my duty to the court and have complied with it. I confirm that the opinions I have expressed represent my true and complete professional opinions.

Signed  H Price                2 September 2025`, rules, "expert_report")
}

// The "Z" of a till's Z report is kept where other lone letters are
// dropped: without it, a Z report is only a "report". A "Z" that reads
// nothing is still dropped.
func TestATillsZReportKeepsItsZ(t *testing.T) {
	stems := func(s string) []string {
		var out []string
		for _, tk := range tokenize(s, false) {
			out = append(out, tk.stem)
		}
		return out
	}
	for _, s := range []string{"Z REPORT", "Z-READ", "z reading 14", "End of day Z report"} {
		if !slices.Contains(stems(s), "z") {
			t.Errorf("%q lost its z: %v", s, stems(s))
		}
	}
	for _, s := range []string{"Plan Z", "z 1", "Unit Z, Kings Road"} {
		if slices.Contains(stems(s), "z") {
			t.Errorf("%q kept a lone z: %v", s, stems(s))
		}
	}
	rules := []Rule{
		{Type: "wholesaler_invoice", Description: "Invoices from the wholesalers for stock - e-liquids, pods, coils."},
		{Type: "till_z_report", Description: "End of day Z reads off the till. Not X reads taken during the day."},
		{Type: "payslip", Description: "Payslips for me and the staff."},
	}
	classifyAs(t, "a till's end-of-day Z read", `PROMENADE VAPE CO
Z READ  #0412          18/06/2025 18:02

Gross sales             612.40
Refunds                  -9.99
Net sales               602.41
Cash                    188.50
Card                    413.91
Transactions                41
Drawer opened               44
Z count reset`, rules, "till_z_report")
}

// A type's last word "order" names a purchase order: a parts order
// titled "PURCHASE ORDER" is the rule's, not a purchase order no rule
// covers.
func TestATypeEndingInOrderIsAPurchaseOrder(t *testing.T) {
	rules := []Rule{
		{Type: "customer_invoice", Description: "Invoices to our repair customers."},
		{Type: "parts_order", Description: "Orders we place with parts suppliers - screens, batteries, SSDs."},
		{Type: "bank_statement", Description: "Business bank statements."},
	}
	classifyAs(t, "a purchase order for repair parts", `PURCHASE ORDER  PO-2291
From: Fixit Computer Repairs, 7 Castle Street, Conwy LL32 8AY
To: Celtic Components Ltd

Qty  Part                                     Unit     Total
2    14" FHD laptop screen, 30-pin eDP        48.00    96.00
3    500GB NVMe SSD                            34.50   103.50
1    Replacement battery, 4-cell               41.00    41.00
                                         Total        240.50
Please supply by Friday. Deliver to the shop.`, rules, "parts_order")
}

// Read after round 55: an auction's invoice names the dealer who bought
// the car as its "Buyer:", whom the invoice is for, as "Sold to:" does;
// the dealer's trade there says the invoice came in.
func TestAnAuctionsBuyerIsWhomItsInvoiceIsFor(t *testing.T) {
	if !recipientLabel("Buyer") || !recipientLabel("For customer") {
		t.Error(`"Buyer:" and "For customer:" do not name whom a document is for`)
	}
	rules := []Rule{
		{Type: "stock_purchase_invoice", Description: "Invoices for cars we buy in for stock - from auctions, other traders, or members of the public selling to us."},
		{Type: "customer_sales_invoice", Description: "Our own sales invoices when we sell a car, retail or trade. Quotes don't count."},
		{Type: "bank_statement", Description: "Business current account statements."},
	}
	classifyAs(t, "an auction house's invoice to the dealer", `NORTHERN FELLS VEHICLE AUCTIONS LTD
Auction Centre, Moor Lane, Kendal LA9 6QT
VAT No: GB 311 2290 45

PURCHASE INVOICE                       Invoice no: NFVA/25/20931
Sale date: 14/03/2025   Sale: Friday Trade Sale   Lane 2
Buyer: BRIDGE STREET CAR SALES  (Buyer no. 4471)

Lot  Reg       Vehicle                         Mileage  Hammer
118  KX17 PLN  Vauxhall Corsa 1.4 SE 5dr       64,180   £3,900.00
Buyer's premium                                            £295.00
Total payable                                            £4,195.00`, rules, "stock_purchase_invoice")
}

// Read after a review of the release that added them: a type written "z_report" keeps
// its "Z" too, and "... from the till - NOT X reports" leaves the part
// before the dash what the rule is, though the part after names the
// type's own word.
func TestAZReportRuleReadsAsOne(t *testing.T) {
	p := profileOf(Rule{Type: "z_report", Description: "End of day Z report from the till with the day's takings - NOT X reports, which are just mid-day readings"})
	if !slices.Contains(p.typeStems, "z") {
		t.Errorf("z_report's stems are %v, without its z", p.typeStems)
	}
	if !slices.Contains(p.primary, kindLexicon().byID["takings_sheet"]) {
		t.Errorf("z_report's kinds are %v, not a till's cash-up", p.primary)
	}
	pos, neg := splitNegations("End of day Z report from the till with the day's takings - NOT X reports, which are just mid-day readings", p.typeStems, p.head, kindLexicon())
	if len(pos) != 1 || !strings.Contains(pos[0], "End of day Z report") || len(neg) != 1 || !strings.Contains(neg[0], "X reports") {
		t.Errorf("split into %q and %q, want the Z report what the rule is and the X reports what it is not", pos, neg)
	}
	rules := []Rule{
		{Type: "supplier_invoice", Description: "Invoices from our suppliers for stock."},
		{Type: "z_report", Description: "End of day Z report from the till with the day's takings - NOT X reports, which are just mid-day readings"},
		{Type: "payslip", Description: "Payslips for the staff."},
	}
	classifyAs(t, "a corner shop's Z report", `        CORNER STORES
      3 HIGH ST NORTON
--------------------------------
  Z REPORT   #0338
  06/12/2024        21:58
--------------------------------
GROSS SALES           1,284.62
REFUNDS                  -6.49
NET SALES             1,278.13
 CASH                   402.90
 CARD                   875.23
TRANSACTIONS              213
 Z COUNTER RESET`, rules, "z_report")
	classifyAs(t, "a corner shop's X report", `        CORNER STORES
  X REPORT   #0339   13:02
GROSS SALES             412.10
 CASH                   120.00
 CARD                   292.10
TRANSACTIONS               71
 X READ - NO RESET`, rules, "")
}
