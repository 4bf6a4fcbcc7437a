package scorer

import "testing"

// Read before round 51, from the earlier blind rounds' misses: a title
// that names a kind the rule says it is not ("STATEMENT OF ACCOUNT",
// under a rule for invoices that are "not statements of account") says
// what the document is, though it lists invoices and asks for payment
// as an invoice does. No rule here covers statements, so nothing else
// takes it; the answer is none.
func TestATitleNamingAKindTheRuleExcludesTurnsTheRuleAway(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "A supplier's bill asking us to pay for goods: invoice number, items, amounts, total and payment terms. Not a quotation, not a statement of account listing several invoices, and not a till receipt."},
		{Type: "delivery_note", Description: "delivery note / packing slip that comes with the goods"},
		{Type: "payslip", Description: "staff payslips"},
	}
	statement := `GREENHOW MILLS LTD
STATEMENT OF ACCOUNT as at 30/04/2025
Customer: The Oat Barn      A/c OAT07

Date    Ref       Details     Debit     Credit    Balance
01/04   b/f                                        204.10
04/04   INV 7712  Flour       188.40               392.50
11/04   BACS      Payment               204.10     188.40
18/04   INV 7790  Oats        152.95               341.35

Current 341.35    30 days 0.00    60 days+ 0.00
Overdue now: £188.40 (INV 7712) - please pay at your convenience.`
	classifyAs(t, "a supplier's statement of account", statement, rules, "")
	// The same rule still takes the supplier's invoice.
	classifyAs(t, "a supplier's invoice", `GREENHOW MILLS LTD
INVOICE INV 7790                 Date: 18/04/2025
Customer: The Oat Barn      A/c OAT07

Qty   Item                    Unit     Total
10    Rolled oats 25kg        15.295   152.95

Total due: 152.95    Terms: 30 days from invoice date`, rules, "invoice")
}
