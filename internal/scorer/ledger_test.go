package scorer

import (
	"testing"

	"github.com/llamaclassify/llamaclassify-go/internal/pages"
)

// A bank's transactions exported as CSV name no kind: a header of dated
// amounts with a running balance says they are an account's statement,
// though the rows hold the words of every other rule (the clients who
// paid, "HMRC SELF ASSESSMENT", the software subscriptions), and what the
// rows name is whom money went to, not what the file is.
func TestATableWithARunningBalanceIsAStatement(t *testing.T) {
	rules := []Rule{
		{Type: "sales_invoice", Description: "Invoices I send to clients and case managers for home assessments and reports (my numbers start RT-)."},
		{Type: "supplier_invoice", Description: "Bills I have to pay for the business - clinic room hire, software subscriptions, the accountant."},
		{Type: "bank_statement", Description: "Starling business account statements."},
		{Type: "tax_letter", Description: "Letters from HMRC about self assessment and payments on account."},
		{Type: "insurance_policy", Description: "Professional indemnity insurance schedules."},
	}
	csv := `Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP)
01/03/2025,Opening Balance,,,,3120.44
03/03/2025,HOLLYBANK CASE MANAGEMENT,RT-0412,FASTER PAYMENT,960.00,4080.44
06/03/2025,NOTESPACE LTD,SUB MAR25,CARD PAYMENT,-29.00,4051.44
10/03/2025,WELLSPRING ROOMS,ROOM MAR,FASTER PAYMENT,-180.00,3871.44
14/03/2025,HMRC SELF ASSESSMENT,1234567890K,FASTER PAYMENT,-842.10,3029.34
21/03/2025,MR D ASANTE,RT-0415,FASTER PAYMENT,310.00,3339.34
28/03/2025,BRIGHT & CO ACCOUNTANTS,FEE 2425,FASTER PAYMENT,-150.00,3189.34`
	text, err := Extract("march.csv", []byte(csv), pages.Selection{})
	if err != nil {
		t.Fatal(err)
	}
	classifyAs(t, "a bank's transactions as CSV", text, rules, "bank_statement")
	for header, want := range map[string]string{
		"Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP)":     "Balance (GBP)",
		`"date","description","money out","money in","balance"`:            "balance",
		"Transaction ID,Date,Time,Type,Name,Category,Amount,Notes,Balance": "Balance",
		"Date,Hours,Rate,Amount":               "", // no balance: a timesheet's
		"Item,Qty,Price,Balance":               "", // no date
		"Date, the balance of the amount owed": "", // prose, not a header
	} {
		if got := ledgerHeader(header + "\n01/03/2025,1,2,3\n"); got != want {
			t.Errorf("ledgerHeader(%q) = %q, want %q", header, got, want)
		}
	}
}
