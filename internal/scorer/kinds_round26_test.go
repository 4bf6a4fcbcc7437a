package scorer

import (
	"slices"
	"testing"
)

// Kinds and names added after reading round 26's misses: a regulator's
// letter about a professional's registration, a money transfer's receipt,
// a competition's results, a benefit's reconsideration notice.
func TestRound26KindsAreNamed(t *testing.T) {
	for _, c := range []struct {
		id     string
		titles []string
	}{
		{"professional_registration", []string{"Certificate of registration", "Practising certificate 2025", "Iscrizione all'albo"}},
		{"money_transfer", []string{"Transfer receipt", "Money transfer receipt", "Comprovativo de transferência", "Przekaz pieniężny"}},
		{"competition_results", []string{"Gala results - Saturday", "Prize winners", "Ergebnisliste"}},
		{"benefit_letter", []string{"MANDATORY RECONSIDERATION NOTICE"}},
		{"quote", []string{"Fee proposal - loft conversion, 9 Elm Road"}},
	} {
		namedAs(t, c.titles, c.id, "")
	}
	doActs(t, []actCase{
		{"I'm pleased to confirm that you are now registered with us as a Registered Nurse.", "professional_registration"},
		{"Your money is on its way to Rosa.", "money_transfer"},
		{"Receipts stapled behind, cash is fine.", "expense_report"},
		{"Fee: £7,400 + VAT. This proposal is valid for 30 days.", "proposal"},
	})
}

// A nurse's papers: the regulator's letters are the registration rule's,
// and a transfer service's receipt is the transfer rule's, not a bank
// statement nor a shipping notice ("is on its way").
func TestANursesRegistrationAndTransfers(t *testing.T) {
	rules := []Rule{
		{Type: "payslip", Description: "Monthly payslips from the hospital"},
		{Type: "bank_statement", Description: "Bank statements"},
		{Type: "professional_registration", Description: "Letters from the nursing regulator about my registration: application outcome, PIN, revalidation, annual fee."},
		{Type: "money_transfer_receipt", Description: "Receipt from a money transfer app for money I send home: amount, fee, rate, recipient."},
		{Type: "tenancy_agreement", Description: "My tenancy agreement"},
	}
	classifyAs(t, "a regulator's welcome", `Nursing Council

Dear Mr Santos

Welcome to the register

I'm pleased to confirm that you are now registered with us as a
Registered Nurse (Adult) from 3 March 2025.

Your PIN is: 25A1234E. Please give it to your employer. Your first
annual fee will be due in 12 months' time.

Registrations Team`, rules, "professional_registration")
	classifyAs(t, "a transfer's receipt", `<html><body>
<p>Hi Paulo,</p>
<p><b>Your money is on its way to Rosa Santos.</b></p>
<table>
<tr><td>Amount sent</td><td>£250.00</td></tr>
<tr><td>Our fee</td><td>£2.49</td></tr>
<tr><td>Rate</td><td>1 GBP = 57.10 PHP</td></tr>
<tr><td>Rosa receives</td><td>₱14,275.00</td></tr>
</table>
<p>Thanks for using SendHome.</p>
</body></html>`, rules, "money_transfer_receipt")
}

// A gala's results are not its entries, and a surveyor's initials after
// "by" are no byline: a site survey is no article.
func TestResultsAndInitials(t *testing.T) {
	club := []Rule{
		{Type: "invoice", Description: "Bills to the club"},
		{Type: "meeting_minutes", Description: "Minutes of committee meetings: attendees, apologies, decisions"},
		{Type: "gala_entry", Description: "An entry for a swimming gala - which swimmers swim which events, with entry times and fees. Results and programmes are not entries."},
		{Type: "bank_statement", Description: "Club bank statements"},
	}
	classifyAs(t, "a meet's results", `COUNTY SPRING MEET - 12/04/2025 - GALA RESULTS
Event 3  Boys 12-13 100 Breast
 Pl  Name             Age Club               Time
  1  Tom Reed          13 Ashby Otters      1:21.40
  2  Ravi Patel        12 Hartley ASC       1:24.02
  3  Luke Barnes       13 Northmoor SC      1:25.77
 DQ  Sam Cole          12 Ashby Otters      (kick)`, club, "")
	classifyAs(t, "terse minutes with apols", `Committee (Zoom) 3 Feb 2025
Present: AB, CD, EF. Apols: GH.
- Pool closed 10-20 Feb: squads to move to Northmoor, cost approx £300, agreed.
- EF to email parents tonight.
Closed 8.40pm.`, club, "meeting_minutes")
	if hits := findActs(kindLexicon(), "Present: AB, CD, EF. Apols: GH."); !slices.ContainsFunc(hits, func(h actHit) bool { return kindID(h.kind) == "minutes" }) {
		t.Errorf("a roll call with \"Apols:\" is no minutes' act: %+v", hits)
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"By Alex Moreno", true},
		{"by Jane Okafor, Health Correspondent", true},
		{"by DH", false},
		{"by J.K.", false},
	} {
		if got := bylineLine(c.line); got != c.want {
			t.Errorf("bylineLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	fitter := []Rule{
		{Type: "invoice", Description: "Bills to customers"},
		{Type: "quote", Description: "Quotes for new windows and doors"},
		{Type: "survey_sheet", Description: "Site survey / measure-up sheet for a job: opening sizes, frame style, glass, site notes."},
		{Type: "complaint_letter", Description: "Customers complaining"},
	}
	classifyAs(t, "a site survey by initials", `SITE SURVEY - 4 Wren Close (Mrs Abara)     12/5
by KT

W1 lounge  1200w x 1250h, existing upvc, cill cracked
W2 kitchen  910 x 1040  top opener
D1 back door  920 x 2080  step at cill
Glass 28mm A-rated. Colour white both sides.
Notes: parking on drive ok.`, fitter, "survey_sheet")
}
