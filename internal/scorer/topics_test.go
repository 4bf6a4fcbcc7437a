package scorer

import (
	"slices"
	"testing"
)

// A rule whose type names a topic rather than a kind ("council_tax",
// "training"), and whose description names no kind either ("Council tax
// from the district council"), is a folder for that topic: it holds the
// documents whose kinds' names start with it (a council tax bill, a
// training record), which are not kinds no rule covers.
func TestTopicRules(t *testing.T) {
	rules := []Rule{
		{Type: "pension", Description: "Pension. The works pension payslips and P60, and the yearly letters saying what my state pension will be from April."},
		{Type: "bank", Description: "Bank statements. Halifax current account and the Nationwide savings."},
		{Type: "bills", Description: "Gas, electric, water and the phone. The actual bills only, not the letters about prices going up."},
		{Type: "council_tax", Description: "Council tax from Wyre Forest"},
		{Type: "doctors", Description: "Letters about my health - hospital appointments, results from the surgery, the dentist."},
		{Type: "home_insurance", Description: "House insurance - buildings and contents, the renewal each March, any claims."},
	}
	classifyAs(t, "a council's Direct Debit letter for council tax", `Wyre Forest District Council
Town Hall, Vicar Street, Kidderminster DY10 1DB

Mrs J Hollis
7 Larch Close
Kidderminster DY10 2PL                        2 April 2025

Council tax account: 61055204

Direct Debit arrangement

Dear Mrs Hollis,

Thank you for paying your council tax by Direct Debit.

  First payment:  15 April 2025    £141.60
  Then:           15 May 2025 to 15 January 2026 - £141.55 a month

Your 2025/26 bill was sent on 10 March 2025. Your single person
discount of 25% continues.

Please tell us if you change your bank account.

Revenues Section`, rules, "council_tax")

	lx := kindLexicon()
	kindsOf := func(typ string) []string {
		var names []string
		for _, k := range topicKinds(lx, typ) {
			names = append(names, lx.kinds[k].name)
		}
		return names
	}
	for typ, want := range map[string]string{"council_tax": "council tax bill", "insurance": "insurance policy", "training": "training record"} {
		if !slices.Contains(kindsOf(typ), want) {
			t.Errorf("topicKinds(%q) = %q, want it to hold %q", typ, kindsOf(typ), want)
		}
	}
	// Only English names start a topic: "mot" starts French names too
	// ("mot de remerciement").
	if got := kindsOf("mot"); slices.Contains(got, "thank you note") {
		t.Errorf("topicKinds(%q) = %q, holds a kind named so only in French", "mot", got)
	}
	// A type that is a whole name starts no longer one by itself.
	if got := kindsOf(""); got != nil {
		t.Errorf("topicKinds of an empty type = %q, want none", got)
	}
}
