package scorer

import "testing"

// "Online order or subscription confirmations" names order confirmations:
// the word before the conjunction shares the phrase's last word. A rule
// whose description says so takes a shop's paid order confirmation, which
// otherwise reads as a kind no rule covers.
func TestAWordBeforeAConjunctionAndAPhraseThatNamesNothing(t *testing.T) {
	doc := `Your order is confirmed - Fernhill Garden Supplies

Hi Priya, thanks for shopping with us.

Order number FG-448120          Placed 12 May 2025

Item                                Qty     Price
Terracotta pot 30cm                  2     £17.98
Peat-free compost 40L                1      £8.50
Delivery                                    £4.95

Total paid                                 £31.43
Paid with Visa ending 0317 on 12/05/2025.

We'll send another e-mail when your parcel is on its way.`
	rules := []Rule{
		{Type: "receipt", Description: "Proof that something is already paid for: till slips, card machine slips, online order or subscription confirmations after paying."},
		{Type: "bank_statement", Description: "Monthly statements of the joint current account"},
		{Type: "payslip", Description: "Payslips from my employer"},
	}
	if got := classifyModel(doc, rules); typeName(got.Type) != "receipt" {
		t.Errorf("a paid order confirmation got %s at %.2f (%s), want receipt", typeName(got.Type), got.Confidence, got.Reasoning)
	}
	p := buildProfile(rules[0], true)
	lx := kindLexicon()
	found := false
	for _, k := range p.kinds {
		found = found || lx.kinds[k.kind].id == "order_confirmation"
	}
	if !found {
		t.Errorf("%q names no order confirmation", rules[0].Description)
	}
}

// A name so found passes the checks a description's names pass, and the
// word before the conjunction must read as a modifier: each of these
// names no order confirmation (nor test results).
func TestAnElidedNameIsCheckedAsAnyName(t *testing.T) {
	lx := kindLexicon()
	for _, tc := range []struct{ desc, kind string }{
		{"Credit notes referring to the original order or subscription confirmation.", "order_confirmation"},
		{"Credit notes quoting the order or subscription confirmation number.", "order_confirmation"},
		{"Orders from the shop or supplier that an order confirmation follows.", "customer_order"},
		{"Pupils' tests and level results for the term.", "lab_report"},
	} {
		p := buildProfile(Rule{Type: "papers", Description: tc.desc}, true)
		for _, k := range p.kinds {
			if lx.kinds[k.kind].id == tc.kind {
				t.Errorf("%q names %s", tc.desc, tc.kind)
			}
		}
	}
}
