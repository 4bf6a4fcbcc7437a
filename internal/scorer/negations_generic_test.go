package scorer

import (
	"slices"
	"testing"
)

// "Renewal reminders and price-change e-mails are not receipts" under a
// rule for "receipts and invoices for software": the sentence says what
// the reminders are not, and leaves the rule's receipts its own, though
// the rule's first sentence also speaks of e-mail ("email marketing")
// and e-mails are a kind. An "e-mail" is a kind of every sort of
// message, so it does not make the sentence's subject one of the rule's
// own kinds, as "An invoice is not a statement" does under a rule for
// invoices.
func TestGenericSubjectOfANegationKeepsTheRulesKind(t *testing.T) {
	rules := []Rule{
		{Type: "client_invoice", Description: "Invoices I send to my coaching clients."},
		{Type: "software_subscription", Description: "Receipts and invoices for software I pay for to run the business (video calls, scheduling, website, email marketing). Renewal reminders and price-change e-mails are not receipts and don't belong here."},
		{Type: "bank_statement", Description: "Monthly statements for the business current account."},
		{Type: "coaching_agreement", Description: "Signed coaching agreements with clients."},
	}
	lx := kindLexicon()
	p := profileOf(rules[1])
	if slices.ContainsFunc(p.excluded, func(k int) bool { return lx.kinds[k].id == "receipt" }) {
		t.Errorf("the rule excludes receipts")
	}
	if !slices.ContainsFunc(p.kinds, func(kc kindCredit) bool { return lx.kinds[kc.kind].id == "receipt" }) {
		t.Errorf("the rule's kinds hold no receipt")
	}
	classifyAs(t, "a scheduling app's receipt", `RECEIPT

Slotwise Ltd
Receipt number: 2291-4410
Date paid: 3 February 2025

Billed to: Fairbairn Coaching, 12 Elm Row, Edinburgh

Description                               Amount
Slotwise Pro - monthly (Feb 2025)         £12.00
VAT (20%)                                  £2.40
Total paid                                £14.40

Paid by Visa ending 4410. Thank you for your payment.`, rules, "software_subscription")
}
