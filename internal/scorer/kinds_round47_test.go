package scorer

import (
	"strings"
	"testing"
)

// Read after rounds 46 and 47: a type that names no kind qualifies the
// kinds its description names, whatever they are, as it qualified only
// the generic ones ("letter or report from a doctor" for "medical"): under
// the type "insurance", "the van policy" and "certificates" name
// insurance policies and insurance certificates, not a company's policies
// or any certificate.
func TestTheTypeQualifiesTheDescriptionsKinds(t *testing.T) {
	p := profileOf(Rule{Type: "insurance", Description: "Our insurance paperwork: the van policy, tools cover, certificates and renewals."})
	if !hasKind(p, "insurance_policy") {
		t.Errorf("a rule typed insurance is about %v", kindIDs(p))
	}
	rules := []Rule{
		{Type: "invoice", Description: "invoices from suppliers for parts and materials"},
		{Type: "bank_statement", Description: "business bank statements"},
		{Type: "insurance", Description: "Our insurance paperwork: the van policy, tools cover, public liability certificates and renewals."},
		{Type: "quote", Description: "quotes we send to customers before a job"},
	}
	classifyAs(t, "a tradesman's policy schedule", `HARTWELL MUTUAL - TRADES COVER
POLICY SCHEDULE                              Policy no. HMT-5580213

Policyholder:     R. Okonkwo Joinery
Period of cover:  01/09/2025 to 31/08/2026
Business:         Joiner / shopfitter, no work above 12 m

Section                         Limit              Excess
Public liability                £2,000,000         £250
Tools (in locked vehicle)       £4,000             £100
Personal accident               £25,000            -

Annual premium £412.60 including Insurance Premium Tax.
This schedule forms part of your policy and should be read with the policy wording.`, rules, "insurance")
	// Without the rule, the schedule is no rule's.
	if r := classifyModel(`POLICY SCHEDULE   Policy no. HMT-5580213
Policyholder: R. Okonkwo Joinery
Public liability £2,000,000. Annual premium £412.60.`, rules[:2]); r.Type != nil {
		t.Errorf("a policy schedule is %s without an insurance rule: %s", *r.Type, r.Reasoning)
	}
}

// The reasoning says "an" before a vowel: "unlike an expense claim".
func TestUnlikeTakesItsArticle(t *testing.T) {
	rules := []Rule{
		{Type: "expense_claim", Description: "A staff member's claim for money spent on the company's behalf, listing the items and a total to pay back. A blank claim form is not a claim."},
		{Type: "invoice", Description: "invoices from suppliers"},
	}
	blank := `EXPENSE CLAIM FORM (template - do not send blank)

Name: ____________________   Department: ______________
Date        Description                 Amount
__/__/____  ________________________    £______
__/__/____  ________________________    £______
Total claimed: £______
Signature: ____________________`
	r := classifyModel(blank, rules)
	if r.Type != nil || !strings.Contains(r.Reasoning, "unlike an expense claim") {
		t.Errorf("a blank claim form: %v, %q", r.Type, r.Reasoning)
	}
}

// A runner-up that lost because the document does what the winner's kind
// does says so plainly: the act is the winner's, not the runner-up's.
func TestARunnerUpBeatenByAnActSaysWhose(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "a bill asking for payment, with an invoice number and a total"},
		{Type: "resume", Description: "a CV: work history, education and skills of a person"},
	}
	cv := `Priya Natarajan
12 Orchard Lane, Leeds - priya.n@example.org

Experience
2021-2025  Accounts assistant, Harrow & Lyle: invoices, payment runs, month-end.
2018-2021  Sales ledger clerk, Dunmore Foods.

Education
BA Business Studies, University of Leeds, 2018

Skills: Sage, Excel, credit control.
References available on request.`
	r := classifyModel(cv, rules)
	if r.Type == nil || *r.Type != "resume" {
		t.Fatalf("a CV: %v (%s)", r.Type, r.Reasoning)
	}
	if !strings.Contains(r.Reasoning, "Runner-up invoice") || !strings.Contains(r.Reasoning, "not what an invoice does") {
		t.Errorf("reasoning %q", r.Reasoning)
	}
}
