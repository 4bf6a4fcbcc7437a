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
	if res := Classify(toDeli, bakery); !strings.Contains(res.Reasoning, "it is addressed to a customer the rules speak of ('delis')") {
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
	if res := Classify(toSchool, taxis); !strings.Contains(res.Reasoning, "it is addressed to a customer the rules speak of ('schools')") {
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
