package scorer

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/llamaclassify/llamaclassify-go/internal/pages"
)

func TestReasoningNamesEvidence(t *testing.T) {
	res := classifyFile(t, "invoice.pdf", loadRules(t), pages.Selection{})
	for _, s := range []string{"'invoice number'", "'line items'", "'total amount'", "the next best rule, "} {
		if !strings.Contains(res.Reasoning, s) {
			t.Errorf("reasoning %q does not name %s", res.Reasoning, s)
		}
	}
	// A word is not quoted again when a phrase holding it is.
	if strings.Contains(res.Reasoning, "'total'") && strings.Index(res.Reasoning, "'total'") < strings.Index(res.Reasoning, ";") {
		t.Errorf("reasoning %q quotes 'total' beside 'total amount'", res.Reasoning)
	}
	if !strings.HasSuffix(res.Reasoning, ".") || strings.Count(res.Reasoning, ".") != 1 {
		t.Errorf("reasoning %q is not one sentence", res.Reasoning)
	}
}

func TestReasoningQuotesTheDescription(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "Contains the INVOICE Number, Line-Items and totals"},
		{Type: "receipt", Description: "purchase receipt with transaction info and merchant details"},
	}
	res := Classify("invoice number 17; line items: 3; totals: 12.00; merchant: Bob's", rules)
	want := "Mentions 'INVOICE Number', 'Line-Items' and 'totals'; the next best rule, receipt, matched only 'merchant'."
	if res.Reasoning != want {
		t.Errorf("reasoning\n %q\nwant\n %q", res.Reasoning, want)
	}
}

func TestClassifyIsDeterministic(t *testing.T) {
	rules := loadRules(t)
	for name := range sampleTypes {
		first := classifyFile(t, name, rules, pages.Selection{})
		for range 3 {
			if again := classifyFile(t, name, rules, pages.Selection{}); !reflect.DeepEqual(again, first) {
				t.Fatalf("%s: %+v, then %+v", name, first, again)
			}
		}
		reordered := [][]Rule{slices.Clone(rules), append(slices.Clone(rules[3:]), rules[:3]...)}
		slices.Reverse(reordered[0])
		for _, rs := range reordered {
			got := classifyFile(t, name, rs, pages.Selection{})
			if typeName(got.Type) != typeName(first.Type) {
				t.Errorf("%s: type %s with rules reordered, %s before", name, typeName(got.Type), typeName(first.Type))
			}
			if got.Confidence != first.Confidence {
				t.Errorf("%s: confidence %.2f with rules reordered, %.2f before", name, got.Confidence, first.Confidence)
			}
		}
	}
}

func TestTiesGoToTheEarlierRule(t *testing.T) {
	a := Rule{Type: "alpha", Description: "contains invoice number and total amount"}
	b := Rule{Type: "beta", Description: "contains invoice number and total amount"}
	text := "Invoice number 9, total amount 40.00"
	for _, rules := range [][]Rule{{a, b}, {b, a}} {
		res := Classify(text, rules)
		if typeName(res.Type) != rules[0].Type {
			t.Errorf("rules %s, %s: type %s, want the first", rules[0].Type, rules[1].Type, typeName(res.Type))
		}
		if want := rules[1].Type + " matched as well"; !strings.Contains(res.Reasoning, want) {
			t.Errorf("reasoning %q does not say %q", res.Reasoning, want)
		}
		if res.Confidence > 0.5 {
			t.Errorf("confidence %.2f for a tie, want at most 0.5", res.Confidence)
		}
	}
}

func TestTypeIsStrongEvidence(t *testing.T) {
	for _, typ := range []string{"bank_statement", "bank-statement", "Bank Statement"} {
		rules := []Rule{
			{Type: typ, Description: "monthly record of money moving through an account"},
			{Type: "receipt", Description: "purchase receipt with transaction info and merchant details"},
		}
		res := Classify("Your bank statement for June. Merchant: none.", rules)
		if typeName(res.Type) != typ {
			t.Errorf("type %s, want %s (%s)", typeName(res.Type), typ, res.Reasoning)
		}
		if !strings.HasPrefix(strings.ToLower(res.Reasoning), "mentions 'bank statement'") {
			t.Errorf("reasoning %q does not quote the type's words", res.Reasoning)
		}
	}
	// One word of a split type is ordinary evidence, not the type: a
	// recipe's cooking minutes do not make it meeting minutes.
	rules := []Rule{{Type: "meeting_minutes", Description: "attendees, agenda items, decisions, and action items"}}
	if res := Classify("Bake for 25 minutes, then rest 10 minutes.", rules); res.Type != nil {
		t.Errorf("type %s from one word of the type (%s)", *res.Type, res.Reasoning)
	}
}

func TestPhrasesNeedAdjacentWords(t *testing.T) {
	rules := []Rule{{Type: "invoice", Description: "contains invoice number, line items, and total amount"}}
	together := Classify("Invoice number 12. Line items. Total amount: 5.", rules)
	apart := Classify("Number 12 of the line. Amount: 5. Total of items. Invoice.", rules)
	if !strings.Contains(together.Reasoning, "'invoice number'") {
		t.Errorf("adjacent words: reasoning %q lacks the phrase", together.Reasoning)
	}
	if strings.Contains(apart.Reasoning, "'invoice number'") {
		t.Errorf("scattered words: reasoning %q claims the phrase", apart.Reasoning)
	}
	if apart.Confidence >= together.Confidence {
		t.Errorf("confidence %.2f with the words scattered, %.2f with the phrases; phrases should count more", apart.Confidence, together.Confidence)
	}
}

func TestStemmingAndCase(t *testing.T) {
	rules := []Rule{{Type: "contract", Description: "legal contract with terms, conditions, and signatures"}}
	res := Classify("CONTRACTS signed: see the SIGNATURE blocks and the termination condition.", rules)
	if typeName(res.Type) != "contract" {
		t.Fatalf("type %s (%s)", typeName(res.Type), res.Reasoning)
	}
	for _, s := range []string{"'contract'", "'signatures'", "'conditions'"} {
		if !strings.Contains(res.Reasoning, s) {
			t.Errorf("reasoning %q lacks %s", res.Reasoning, s)
		}
	}
}

func TestFillerAndStopWordsAreNotEvidence(t *testing.T) {
	rules := []Rule{{Type: "invoice", Description: "contains the invoice number and the total amount"}}
	res := Classify("This contains the and of the with it.", rules)
	if res.Type != nil || res.Confidence != 1 {
		t.Errorf("got %s at %.2f, want nil at 1 (%s)", typeName(res.Type), res.Confidence, res.Reasoning)
	}
	if want := "No rule matched: the document mentions nothing the rules describe, so the closest rule is simply the first, invoice."; res.Reasoning != want {
		t.Errorf("reasoning %q, want %q", res.Reasoning, want)
	}
}

func TestNoMatchNamesTheClosestRule(t *testing.T) {
	res := classifyFile(t, "recipe.txt", loadRules(t), pages.Selection{})
	if res.Type != nil {
		t.Fatalf("type %s", *res.Type)
	}
	if !strings.HasPrefix(res.Reasoning, "No rule matched well enough: the closest, ") || !strings.Contains(res.Reasoning, "matched only '") {
		t.Errorf("reasoning %q does not name the closest rule and its evidence", res.Reasoning)
	}
	if res.Confidence <= 0 || res.Confidence >= 1 {
		t.Errorf("confidence %.2f, want between 0 and 1 for a near miss", res.Confidence)
	}
}

func TestNoRules(t *testing.T) {
	res := Classify("invoice number", nil)
	if res.Type != nil || !strings.Contains(res.Reasoning, "no rules") {
		t.Errorf("got %+v", res)
	}
}

// Confidence grows with the winner's lead: a document that is also half a
// receipt is a less certain invoice than one that is only an invoice.
func TestConfidenceReflectsTheLead(t *testing.T) {
	rules := loadRules(t)
	clear := Classify("Invoice number 4. Line items: 2. Total amount: 10.", rules)
	mixed := Classify("Invoice number 4. Line items: 2. Total amount: 10. Purchase receipt. Merchant details. Transaction info.", rules)
	if typeName(clear.Type) != "invoice" {
		t.Fatalf("clear: %s (%s)", typeName(clear.Type), clear.Reasoning)
	}
	if clear.Confidence <= mixed.Confidence {
		t.Errorf("confidence %.2f for a clear invoice, %.2f for one that is also a receipt", clear.Confidence, mixed.Confidence)
	}
	for _, c := range []float64{clear.Confidence, mixed.Confidence} {
		if c < 0 || c > 1 {
			t.Errorf("confidence %v out of [0, 1]", c)
		}
	}
}

// Words every rule mentions weigh less than words only one rule mentions.
func TestSharedWordsWeighLess(t *testing.T) {
	evs := []*ruleEvidence{
		evidenceOf(Rule{Type: "one", Description: "total, alpha"}),
		evidenceOf(Rule{Type: "two", Description: "total, beta"}),
		evidenceOf(Rule{Type: "three", Description: "total, gamma"}),
	}
	weigh(evs)
	w := map[string]float64{}
	for _, u := range evs[0].units {
		w[u.key] = u.weight
	}
	if !(w["total"] < w["alpha"]) || !(w["alpha"] < w["one"]) {
		t.Errorf("weights %v: want total (every rule) < alpha (one rule) < the type", w)
	}
}

// Classify reads only the first MaxTextBytes of its text.
func TestClassifyIsBounded(t *testing.T) {
	rules := loadRules(t)
	text := strings.Repeat("lorem ", MaxTextBytes/6+1) + "invoice number, line items, total amount"
	if res := Classify(text, rules); res.Type != nil {
		t.Errorf("evidence past MaxTextBytes counted: %s", res.Reasoning)
	}
}

func TestQuoteList(t *testing.T) {
	mk := func(words ...string) []*unit {
		var us []*unit
		for _, w := range words {
			us = append(us, &unit{stems: strings.Fields(w), key: w, display: w})
		}
		return us
	}
	for _, tc := range []struct {
		in   []*unit
		want string
	}{
		{mk("a"), "'a'"},
		{mk("a", "b"), "'a' and 'b'"},
		{mk("a", "b", "c"), "'a', 'b' and 'c'"},
		{mk("a", "b", "c", "d", "e", "f", "g"), "'a', 'b', 'c', 'd', 'e' and 2 more"},
		{mk("total", "total amount", "amount"), "'total amount'"},
	} {
		if got := quoteList(tc.in); got != tc.want {
			t.Errorf("quoteList(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func ExampleClassify() {
	rules := []Rule{
		{Type: "invoice", Description: "contains invoice number, line items, and total amount"},
		{Type: "receipt", Description: "purchase receipt with transaction info and merchant details"},
	}
	res := Classify("INVOICE\nInvoice number: 1042\nLine items: 3 x widgets\nTotal amount: $42.00\nMerchant: ACME", rules)
	fmt.Println(*res.Type, res.Confidence)
	fmt.Println(res.Reasoning)
	// Output:
	// invoice 0.96
	// Mentions 'invoice number', 'line items' and 'total amount'; the next best rule, receipt, matched only 'merchant'.
}
