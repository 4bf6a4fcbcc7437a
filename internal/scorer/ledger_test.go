package scorer

import (
	"testing"

	"github.com/llamaclassify/llamaclassify-go/internal/pages"
)

// A bank's transactions exported as CSV name no kind: a header of dated
// amounts with a running balance says they are an account's statement,
// though the rows hold the words of every other rule (the clients who
// paid, "HMRC SELF ASSESSMENT", the software subscriptions), and what the
// rows name is whom money went to, not what the file is. So does a
// header of journeys and miles say a mileage log.
func TestATablesHeaderNamesItsKind(t *testing.T) {
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
	miles := "Date,From,To,Purpose,Miles\n03/03/2025,Home,Mrs Patel (Oadby),Home visit,6.2\n04/03/2025,Home,Riverside Clinic,Clinic,4.8\n05/03/2025,Riverside Clinic,Mr Grant (Wigston),Home visit,3.1\n"
	classifyAs(t, "a mileage log as CSV", miles, []Rule{
		{Type: "treatment_record", Description: "Clinical notes of each visit: date, foot assessment, treatment given."},
		{Type: "mileage_log", Description: "My mileage for home visits, for the tax return."},
		{Type: "invoice", Description: "Invoices I send to patients."},
	}, "mileage_log")
	for header, want := range map[string]string{
		"date,from,to,purpose,miles":                                "miles",
		"trip,date,from,to,category,distance (mi),rate,claim (gbp)": "distance (mi)",
		"stage,date,start,end,distance_km,ascent_m,overnight":       "", // a route's kilometres

		"Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP)":     "Balance (GBP)",
		`"date","description","money out","money in","balance"`:            "balance",
		"Transaction ID,Date,Time,Type,Name,Category,Amount,Notes,Balance": "Balance",
		"Date,Hours,Rate,Amount":               "", // no balance: a timesheet's
		"Item,Qty,Price,Balance":               "", // no date
		"Date, the balance of the amount owed": "", // prose, not a header
	} {
		if _, got := tableKind(header + "\n01/03/2025,1,2,3\n"); got != want {
			t.Errorf("tableKind(%q) names it by %q, want %q", header, got, want)
		}
	}
}
