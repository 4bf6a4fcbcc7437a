package scorer

import (
	"reflect"
	"strings"
	"testing"
)

// A rule for the user's own invoices often lists whom they go to ("to
// pubs, bottle shops and restaurants", "to our account customers
// (schools, hotels, solicitors)") rather than the user's trade. Those
// words, where the document says whom it is for, say it went out: they
// are the customer's, not the user's.
func TestInvoicesToTheCustomersARuleLists(t *testing.T) {
	bakery := []Rule{
		{Type: "sales_invoice", Description: "Invoices we send out to cafés, delis and farm shops for the bread and cakes we deliver."},
		{Type: "supplier_invoice", Description: "Invoices from our suppliers - flour, yeast, butter, eggs, packaging. Not price lists."},
		{Type: "payslip", Description: "Payslips for the bakers and the van driver."},
		{Type: "bank_statement", Description: "The bakery's business bank statements."},
	}
	// The bakery's own invoice to a deli: a deli is one of its
	// customers, not its trade.
	toDeli := `INVOICE 2211                          Date: 07/03/2025
Account: HAR02
Invoice to: Harbour Street Deli, 4 Harbour Street, Whitby YO21 3PU

Qty  Item                              Unit     Total
40   Sourdough bloomer                 2.10     84.00
60   Seeded rolls                      0.45     27.00
24   Lemon drizzle slices              1.20     28.80
                                       Total   139.80

Payment within 14 days please, to sort code 20-44-91 account 60012233.`
	classifyAs(t, "the bakery's invoice to a deli", toDeli, bakery, "sales_invoice")
	if res := classifyModel(toDeli, bakery); !strings.Contains(res.Reasoning, "it is addressed to a customer the rules speak of ('delis')") {
		t.Errorf("the reasons do not say the invoice is addressed to a customer: %s", res.Reasoning)
	}
	// A miller's invoice to the bakery, whose name holds none of the
	// customers' words, is still the suppliers' rule's.
	classifyAs(t, "a miller's invoice to the bakery", `INVOICE 88120                         Date: 03/03/2025
Customer: Cobble Lane Bakery, 9 Cobble Lane, Whitby YO21 1AB

Qty  Item                              Unit     Total
10   Strong white flour 16kg          14.20    142.00
4    Rye flour 16kg                    17.80     71.20
                                       Net     213.20
                                       VAT       0.00
                                       Total   213.20

Payment within 30 days of invoice date.`, bakery, "supplier_invoice")

	taxis := []Rule{
		{Type: "account_invoice", Description: "Invoices we send to our account customers (schools, hotels, the care home, solicitors) for journeys on account."},
		{Type: "supplier_invoice", Description: "Invoices from garages, tyre places and parts suppliers for work on our cars. Not quotes."},
		{Type: "driver_timesheet", Description: "Weekly timesheets from our drivers."},
	}
	toSchool := `INVOICE 3318                           31 January 2025
To: St Anne's Primary School (account SA)
    Mill Road, Kettlebury KB3 1DD

January account journeys:
08/01  Pupil transport - home to school and return      £24.00
15/01  Pupil transport - home to school and return      £24.00
22/01  Staff - school to county hall                    £14.50
                                          TOTAL         £62.50

Payable by 28 February 2025.`
	classifyAs(t, "the taxi firm's invoice to a school", toSchool, taxis, "account_invoice")
	if res := classifyModel(toSchool, taxis); !strings.Contains(res.Reasoning, "it is addressed to a customer the rules speak of ('schools')") {
		t.Errorf("the reasons do not say the invoice is addressed to a customer: %s", res.Reasoning)
	}
}

// customerWords takes only what lists the customers: all of a list in
// place of them, a list in brackets after the word for them, and nothing
// of the user's own name in brackets or of what follows a colon.
func TestCustomerWords(t *testing.T) {
	for _, c := range []struct {
		desc string
		want []string
	}{
		{"Invoices WE send out to pubs, bottle shops and festivals for beer we've supplied.", []string{"pubs", "bottle", "shops", "festivals"}},
		{"Invoices we send to our account customers (schools, hotels, solicitors) for journeys.", []string{"schools", "hotels", "solicitors"}},
		{"Our own sales invoices to hire customers.", nil},
		{"invoices WE send out to customers (Threadline invoice no. TW-....)", nil},
		{"Our invoice to a customer: a bill from us (Dunmore Build) asking a client to pay.", nil},
		{"Invoices to members and renters - kiln hire, shelf space.", []string{"members", "renters"}},
		{"Not invoices we send to pubs.", nil},
	} {
		var got []string
		for _, w := range customerWords(c.desc) {
			got = append(got, w)
		}
		if !sameWords(got, c.want) {
			t.Errorf("customerWords(%q) = %q, want %q", c.desc, got, c.want)
		}
	}
}

// sameWords says whether a and b hold the same words, in any order.
func sameWords(a, b []string) bool {
	count := func(ws []string) map[string]int {
		m := map[string]int{}
		for _, w := range ws {
			m[w]++
		}
		return m
	}
	return reflect.DeepEqual(count(a), count(b))
}

// Where nothing says which way an invoice goes (its customer is named
// by no word of the rules), "sales invoice", a name of an invoice, gives
// the rule for the user's own no more than "supplier invoice" gives the
// rule for what suppliers send: what was bought decides.
func TestAnInvoiceOfUnknownWayIsNotTheSalesRulesByItsName(t *testing.T) {
	rules := []Rule{
		{Type: "supplier_invoice", Description: "Invoices from our food and drink suppliers for stock - cheese, charcuterie, coffee beans, bread, oils, wine. Paid or unpaid, both go here."},
		{Type: "sales_invoice", Description: "Invoices we raise for catering platters, office lunches and corporate hampers. Quotes we send out aren't invoices - leave them out."},
		{Type: "expense_receipt", Description: "Receipts for small bits bought on the card or out of petty cash."},
		{Type: "bank_statement", Description: "Business account statements from the bank"},
		{Type: "energy_bill", Description: "Gas and electricity bills for the shop."},
	}
	classifyAs(t, "a cheesemonger's invoice", `MARCHES CHEESE COMPANY LTD
Unit 4, Bromfield Road, Ludlow SY8 1DW
VAT Reg No: 318 2290 41      accounts@marchescheese.co.uk

INVOICE: MCC-11842           Date: 28/02/2025
Customer: Hillside Larder (acct HIL03)
          6 Broad Street, Ludlow SY8 1NG

Date   Product                                  Qty(kg)  £/kg    Amount
04/02  Shropshire Blue (quarter)                  2.40   23.10    55.44
04/02  Wensleydale with cranberry                 3.00   18.60    55.80
11/02  Hereford Hop                               2.20   24.90    54.78
18/02  Double Gloucester                          4.10   17.80    72.98
25/02  Oatcakes, case of 12                       1 cs   27.60    27.60

                                        Total (zero-rated)    £266.60

Terms: payment by the 20th of the month following invoice.
Lloyds 30-94-12 / 22817730. Thank you!
`, rules, "supplier_invoice")
	classifyAs(t, "the shop's own catering invoice", `INVOICE: HL-0231           Date: 14/03/2025
Customer: Teme Valley Surveyors, 2 Corve Street, Ludlow SY8 1DA

Office lunch - sandwich and catering platters for 14    £168.00
Corporate hampers - 6 x Marches hamper                  £270.00
Delivery                                                  £8.00

                                        Total            £446.00

Terms: 14 days. Lloyds 30-94-12 / 22817730. Thank you!
`, rules, "sales_invoice")
}
