// Review 29c of d92210b1 (greetings of several words, a title's "July
// issue", "X is not a Y" excluding X, "saying a bill is ready", excluded
// kinds no longer examples by a word pair). Every "regression/" case was
// right on bb191034 and is wrong on d92210b1; every "fixed/" case was
// wrong on bb191034, is right on d92210b1 and should stay right.
//
// The regressions and the narrowest fixes found for them:
//   - splitNegations: "An invoice is not a statement", "A delivery note is
//     not an invoice", "A bill is not a receipt", "Receipts ..., which are
//     not invoices" now exclude their subject, which is the rule's own
//     document when the rule's type names no kind. Firing the new branch
//     only when what follows the negation names a kind the description's
//     sentences without a negation name, and what precedes names none of
//     them, fixes all four and keeps "A renewal reminder or a quotation
//     is not a policy document" (TestANounBeforeIsNotIsWhatIsExcluded).
//   - analyze: a masthead's "Winter edition" above rows of figures (a
//     timetable) is not a newsletter's: adding the issue mention only when
//     the document has fewer than fullTable/2 table rows fixes it; a
//     magazine's "Summer issue" beside a magazine rule: the mention's
//     weight nameInLabel instead of nameInHeading fixes it and keeps the
//     "fixed/" cases.
package scorer

import "testing"

var (
	review29cAP = []Rule{
		{Type: "accounts_payable", Description: "Supplier invoices we still need to pay. An invoice is not a statement."},
		{Type: "bank", Description: "Bank statements"},
		{Type: "receipts", Description: "Receipts for card payments"},
		{Type: "quotes", Description: "Quotes from suppliers"},
	}
	review29cExpenses = []Rule{
		{Type: "expenses", Description: "Receipts for things staff paid for themselves, which are not invoices."},
		{Type: "invoices", Description: "Invoices from suppliers"},
		{Type: "mileage", Description: "Mileage logs"},
		{Type: "payslips", Description: "Payslips"},
	}
	review29cSupplierDocs = []Rule{
		{Type: "supplier_docs", Description: "Delivery notes from suppliers. A delivery note is not an invoice."},
		{Type: "invoices", Description: "Invoices"},
		{Type: "orders", Description: "Orders from customers"},
		{Type: "receipts", Description: "Receipts"},
	}
	review29cToPay = []Rule{
		{Type: "to_pay", Description: "Bills we still have to pay: gas, electricity, phone, water. A bill is not a receipt."},
		{Type: "paid", Description: "Proof of payment"},
		{Type: "bank", Description: "Bank statements"},
		{Type: "letters", Description: "Other letters"},
	}
	review29cTravel = []Rule{
		{Type: "timetable", Description: "Bus and train timetables"},
		{Type: "ticket", Description: "Tickets"},
		{Type: "newsletter", Description: "Newsletters"},
		{Type: "notice", Description: "Service change notices"},
	}
	review29cMagazines = []Rule{
		{Type: "magazine", Description: "Magazines I subscribe to"},
		{Type: "newsletter", Description: "Newsletters from clubs and charities"},
		{Type: "invoice", Description: "Invoices and subscription bills"},
		{Type: "catalogue", Description: "Catalogues"},
	}
	review29cClubMinutes = []Rule{
		{Type: "minutes", Description: "Minutes of our committee meetings and the general meeting/AGM. The notice of the AGM and the agenda are not minutes."},
		{Type: "treasurer", Description: "Treasurer's reports and accounts"},
		{Type: "membership", Description: "Membership renewals and application forms"},
		{Type: "invoice", Description: "Invoices to the club"},
	}
	review29cVillage = []Rule{
		{Type: "newsletter", Description: "Newsletters and parish magazines"},
		{Type: "flyer", Description: "Event flyers and posters"},
		{Type: "council_letter", Description: "Letters from the parish or district council"},
		{Type: "minutes", Description: "Minutes of parish council meetings"},
	}
	review29cSpanishBarrio = []Rule{
		{Type: "boletin", Description: "Boletines y revistas de la asociación de vecinos"},
		{Type: "factura", Description: "Facturas"},
		{Type: "ayuntamiento", Description: "Cartas del ayuntamiento"},
		{Type: "acta", Description: "Actas de reuniones"},
	}
)

func TestReview29c(t *testing.T) {
	cases := []struct {
		name  string
		rules []Rule
		want  string
		text  string
	}{
		// 'An invoice is not a statement' under a rule for supplier invoices: old accounts_payable, new none (the rule excludes the invoice)
		{"regression/invoice-is-not-a-statement-under-accounts-payable", review29cAP, "accounts_payable", `Northern Packaging Supplies
INVOICE 55102

Date: 02/06/2025
Customer: Hilltop Honey Ltd

500 x 340g hex jars         £185.00
500 x gold lids              £42.50
Delivery                     £12.00
Net                         £239.50
VAT                          £47.90
Amount due                  £287.40

Please pay by 02/07/2025. Bank: Lloyds 30-90-12 01928374.`},
		// 'Receipts ..., which are not invoices' under an expenses rule: old expenses, new none (the receipt is excluded)
		{"regression/receipts-which-are-not-invoices-under-expenses", review29cExpenses, "expenses", `The Old Bell
12 Market Place, Hexham

Table 7    Covers 3
2 x Fish and chips         £29.00
1 x Veggie burger          £13.50
3 x Soft drink              £8.40
Total                      £50.90
Paid Mastercard            £50.90

12/06/2025 13:42
Thank you for your custom`},
		// 'A delivery note is not an invoice' under supplier_docs: old supplier_docs, new none
		{"regression/delivery-note-is-not-an-invoice-under-supplier-docs", review29cSupplierDocs, "supplier_docs", `Fenwick Timber Merchants
DELIVERY NOTE  DN 30418

Deliver to: Oak & Ash Joinery, Unit 2 Mill Yard
Date: 11/06/2025   Your order: PO 1187

Qty   Description
20    Oak boards 25 x 150 x 2400
10    Pine batten 38 x 50 x 4800
4     Birch ply 18mm 2440 x 1220

Received in good condition: ______  Print name: ______`},
		// 'A bill is not a receipt' under bills to pay: old to_pay, new none
		{"regression/bill-is-not-a-receipt-under-to-pay", review29cToPay, "to_pay", `British Gas
Your energy bill

Account number: 8502 1199 4410
Bill date: 3 June 2025
Period: 3 May to 2 June 2025

Electricity 212 kWh          £52.10
Gas 480 kWh                  £31.20
Standing charges             £17.40
VAT 5%                        £5.04
Total to pay                £105.74

Please pay by 20 June 2025.`},
		// a bus timetable headed 'Winter edition, from ...': old timetable, new none (closest newsletter)
		{"regression/bus-timetable-winter-edition", review29cTravel, "timetable", `Service 42  Ashford - Tenterden - Rye
Winter edition, from 2 November 2025

Monday to Friday
Ashford Bus Station   0710  0840  1040  1240  1440  1640
Tenterden Town Hall   0745  0915  1115  1315  1515  1715
Rye Station           0815  0945  1145  1345  1545  1745`},
		// a subscription magazine's 'Summer issue' beside a magazine rule: old magazine, new newsletter
		{"regression/magazine-summer-issue", review29cMagazines, "magazine", `Gardeners' Quarterly - Summer issue

Inside this issue:
- Ten roses for a north-facing wall
- How to grow sweet peas for cutting
- Visit: the walled garden at Hexley Hall
- Readers' questions answered by our experts

Subscribe for £24 a year: four issues delivered to your door.`},
		// a notice of an AGM under a minutes rule that says the notice is not minutes: old minutes, new none
		{"fixed/agm-notice-not-minutes", review29cClubMinutes, "", `HARTLEY ALLOTMENT SOCIETY

NOTICE OF ANNUAL GENERAL MEETING

The AGM will be held on Wednesday 12 March 2025 at 7.30pm in the Scout Hut, Mill Lane.

Agenda
1. Apologies
2. Minutes of the 2024 AGM
3. Chair's report
4. Treasurer's report and accounts
5. Election of committee
6. Any other business

Nominations for the committee to the Secretary by 26 February.`},
		// 'The Combley Chronicle - July issue': old council_letter, new newsletter
		{"fixed/village-newsletter-july-issue", review29cVillage, "newsletter", `The Combley Chronicle - July issue

Church fete: Saturday 19 July, 2pm on the Rectory lawn. Cakes and bottles for the tombola to Margaret at No. 4.

Footpath news: the stile by Long Meadow has been replaced, thanks to the parish council.

Bin collections move to Thursdays from 7 July.

Next copy deadline: 20 July. Contributions to chronicle@combley.org.uk`},
		// 'La Voz de San Isidro - Edición primavera': old ayuntamiento, new boletin
		{"fixed/spanish-revista-edicion-primavera", review29cSpanishBarrio, "boletin", `La Voz de San Isidro - Edición primavera

Fiestas del barrio: del 12 al 15 de mayo, con verbena el sábado en la plaza.

El ayuntamiento arreglará las aceras de la calle Olivo en junio.

Cursos de la asociación: yoga los martes, informática los jueves. Inscripciones en el local.`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			classifyAs(t, c.name, c.text, c.rules, c.want)
		})
	}
}
