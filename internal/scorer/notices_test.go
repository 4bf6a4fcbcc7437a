package scorer

import (
	"slices"
	"testing"
)

// A description's filler words stay in the names it gives: "property
// listing" names the kind the rule is about, though "listing" alone is
// filler ("listing the items"), so the listing is the rule's and not "a
// property listing, which no rule covers".
func TestADescriptionNamesItsKindWithAFillerWord(t *testing.T) {
	lx := kindLexicon()
	rule := Rule{Type: "particulars", Description: "sales or lettings particulars / property listing describing a property for marketing"}
	if p := profileOf(rule); !slices.Contains(p.primary, lx.byID["property_listing"]) {
		t.Fatalf("the rule's kinds %v do not hold the property listing", p.primary)
	}
	listing := `TO LET - 2 bedroom first-floor flat, Harbour Road, Kelsey

£950 pcm | Available from 1 June | Unfurnished

A bright two-bedroom flat a short walk from the station, with a newly
fitted kitchen, a bathroom with shower over the bath and a private
balcony. Gas central heating, double glazing, allocated parking.

Deposit: five weeks' rent. Minimum term: 12 months.
Council tax band: B

To book a viewing call the lettings team on 01632 960 441.`
	rules := []Rule{
		rule,
		{Type: "tenancy_agreement", Description: "a signed tenancy agreement between landlord and tenant"},
		{Type: "invoice", Description: "a bill for work done or goods supplied"},
	}
	if res := Classify(listing, rules); typeName(res.Type) != "particulars" {
		t.Errorf("got %s at %.2f (%s), want particulars", typeName(res.Type), res.Confidence, res.Reasoning)
	}
}

// A landlord's gas safety record is an inspection of its own, not a
// certificate of achievement nor a medical one; an electrical report is
// another, which a rule for gas safety records can exclude.
func TestAGasSafetyRecordIsAnInspection(t *testing.T) {
	rules := []Rule{
		{Type: "gas_safety_certificate", Description: "Landlord gas safety record (CP12). Not an electrical report."},
		{Type: "inventory_report", Description: "check-in or check-out inventory of a let property, room by room, with its condition"},
		{Type: "tenancy_agreement", Description: "a signed tenancy agreement between landlord and tenant"},
	}
	gas := `LANDLORD GAS SAFETY RECORD

Property: 14 Mill Lane, Kelsey          Landlord: R. Osei
Engineer: P. Grant, Gas Safe registration number 554120
Date of inspection: 3 March 2025        Next inspection due: 2 March 2026

Appliance     Location   Flue check   Safety device operation   Safe to use
Boiler        Kitchen    Pass         Pass                      Yes
Gas hob       Kitchen    n/a          Pass                      Yes

Gas tightness test: Pass
Signed: P. Grant`
	if res := Classify(gas, rules); typeName(res.Type) != "gas_safety_certificate" {
		t.Errorf("gas safety record: got %s at %.2f (%s)", typeName(res.Type), res.Confidence, res.Reasoning)
	}
	eicr := `ELECTRICAL INSTALLATION CONDITION REPORT

Address: 14 Mill Lane, Kelsey           Client: R. Osei
Date of inspection: 3 March 2025

Overall condition of the installation: SATISFACTORY
Observations: C3 - no RCD protection on the lighting circuits.
Schedule of test results attached. Next inspection: March 2030.

Inspector: D. Ward, NICEIC registered`
	if res := Classify(eicr, rules); res.Type != nil && *res.Type == "gas_safety_certificate" {
		t.Errorf("electrical report: got %s at %.2f (%s), want no gas safety certificate", typeName(res.Type), res.Confidence, res.Reasoning)
	}
}

// A statement of royalties is a statement of its own kind, which a rule for
// royalty statements takes rather than leaving it to a bank statement no
// rule covers.
func TestARoyaltyStatementIsItsOwnKind(t *testing.T) {
	rules := []Rule{
		{Type: "royalty_statement", Description: "statements of royalties from the collecting society, publisher or distributor"},
		{Type: "invoice", Description: "a bill for a gig fee or for goods"},
		{Type: "receipt", Description: "proof of a payment made"},
	}
	doc := `Statement period,Q1 2025
Work,Plays,Territory,Net
Black Water Reel,1400,UK,21.05
Long Road Home,300,IE,4.90
Total,,,25.95`
	if res := Classify(doc, rules); typeName(res.Type) != "royalty_statement" {
		t.Errorf("got %s at %.2f (%s), want royalty_statement", typeName(res.Type), res.Confidence, res.Reasoning)
	}
}

// An e-mail that says a statement is ready to view online, or that a
// policy is due for renewal, is about that document, not it, and the
// scorer is sure of it; the documents themselves keep their types.
func TestANoticeAboutADocumentIsNotIt(t *testing.T) {
	rules := []Rule{
		{Type: "bank_statement", Description: "statement of a bank account with transactions and balances"},
		{Type: "credit_card_statement", Description: "monthly credit card statement"},
		{Type: "insurance_policy", Description: "insurance policy documents: schedule, certificate or policy wording"},
	}
	for _, tc := range []struct{ name, doc, want string }{
		{"statement ready", `From: Kelsey Card Services <alerts@kelsey.example>
Subject: Your March statement

Hello,

Your credit card statement is ready to view. Sign in to view your
statement and see your minimum payment and due date.

Kelsey Card Services`, ""},
		{"renewal reminder", `From: Harbour Insurance <renewals@harbour.example>
Subject: Time to renew your van insurance

Dear Mr Osei,

Your van insurance policy VN-2208 is due for renewal on 14 May 2025.
Your cover ends on 13 May. Renewal premium: £612.40 (last year
£588.00). If you want to renew, call us or renew online.

Harbour Insurance`, ""},
		{"the statement itself", `KELSEY BUILDING SOCIETY
Easy Saver account 40-11-02 12904471        Statement 1 Jan 2025 to 31 Mar 2025

Date        Description              Paid in     Paid out    Balance
01 Jan      Opening balance                                  1,204.10
15 Jan      Transfer from current    200.00                  1,404.10
31 Mar      Interest                 10.55                   1,414.65
            Closing balance                                  1,414.65`, "bank_statement"},
		{"the policy itself", `HARBOUR INSURANCE - VAN INSURANCE POLICY SCHEDULE

Policyholder: Mr K. Osei                Policy number: VN-2208
Period of insurance: 14 May 2025 to 13 May 2026
Cover: comprehensive, business use      Excess: £250
Annual premium: £612.40

This schedule forms part of your policy. Please read it with the policy wording.`, "insurance_policy"},
	} {
		res := Classify(tc.doc, rules)
		if typeName(res.Type) != typeName(ptrOrNil(tc.want)) {
			t.Errorf("%s: got %s at %.2f (%s), want %q", tc.name, typeName(res.Type), res.Confidence, res.Reasoning, tc.want)
		}
		// A null answer's confidence is calibrated on documents written
		// apart from the scorer (see nullCalibration): what the model
		// gives 0.999 it gives about 0.88.
		if want := round2(nullConfidence(0.999)); tc.want == "" && res.Confidence < want {
			t.Errorf("%s: no type, but only at %.2f (%s): want at least %.2f", tc.name, res.Confidence, res.Reasoning, want)
		}
	}
}

func ptrOrNil(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
