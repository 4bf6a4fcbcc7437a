package scorer

import (
	"slices"
	"testing"
)

// Read after round 31's misses: a sermon is a kind; "by Priya N.,
// review after the party" under a risk assessment's title is no byline;
// "Other council letters do not count" keeps a council's inspection
// letter; a building society's e-mail that offers a statement "to view or
// print" covers a statement it does not hold.
func TestRound31KindsAreNamed(t *testing.T) {
	namedAs(t, []string{"Sermon - Easter 3", "Predigt zum Ostersonntag", "Homily for Advent Sunday"}, "sermon", "")
	doActs(t, []actCase{
		{"In today's gospel two friends walk home to Emmaus.", "sermon"},
		{"Sign in to Online Services and choose Documents to view or print it.", "covering_message"},
	})
	for _, c := range []struct {
		line string
		want bool
	}{
		{"By Alex Moreno", true},
		{"By Jo Hale, Political Editor", true},
		{"by Priya N., review after the party", false},
		{"by DH", false},
	} {
		if got := bylineLine(c.line); got != c.want {
			t.Errorf("bylineLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// A risk assessment whose second line says who wrote it and when it is
// reviewed is the risk assessment rule's: that line is no news story's
// byline, which would make its title what the document is about.
func TestARiskAssessmentByItsAuthor(t *testing.T) {
	rules := []Rule{
		{Type: "meeting_minutes", Description: "Minutes or written-up notes of a committee meeting or AGM."},
		{Type: "risk_assessment", Description: "risk assessment: hazards, who might be harmed, control measures, risk level, review date"},
		{Type: "invoice", Description: "invoice"},
		{Type: "accident_report", Description: "accident report"},
		{Type: "volunteer_rota", Description: "Rota of who is on which shift"},
	}
	classifyAs(t, "a party's risk assessment", `Risk assessment  -  Summer picnic 12/07/25 (Mill Field)
by Sam K., review after the picnic

1. Wasps near food - stings, allergies
   -> food covered, first aid kit with antihistamine. MED
2. Pond at the field's edge - children may fall in
   -> rope line, one adult watching the pond at all times. HIGH
3. Hot drinks - scalds
   -> urns on the back table only, lids on cups. LOW`, rules, "risk_assessment")
}

// "Other council letters (business rates, planning, bins) do not count"
// under a rule for the council's food hygiene inspections: the rule's
// own letters come from the council, so a council's letterhead does not
// count against it.
func TestOtherCouncilLettersKeepTheCouncils(t *testing.T) {
	r := Rule{Type: "food_hygiene_inspection", Description: "Report or letter from the council's environmental health officers after inspecting the tea room, giving their findings or a food hygiene rating. Other council letters (business rates, planning, bins) do not count."}
	if cl := kindLexicon().byID["council_letter"]; slices.Contains(profileOf(r).excluded, cl) {
		t.Errorf("the council's letters are excluded from %s", r.Type)
	}
	// "Other tickets" under train tickets still excludes the tickets above
	// the rule's kind (see TestReview28*).
	rules := []Rule{
		r,
		{Type: "invoice", Description: "invoice"},
		{Type: "receipt", Description: "receipt"},
		{Type: "group_booking", Description: "A confirmed booking for a group visit."},
		{Type: "payslip", Description: "payslip"},
	}
	classifyAs(t, "the officer's letter", `Wynford District Council - Environmental Health (Food Safety)
Civic Offices, Market Street, Wynford ZZ4 1AA

Mrs R Penn
Hilltop Tea Room

Dear Mrs Penn

Food Hygiene Rating Scheme - visit of 3 May 2025

Thank you for your help during my visit. I found the kitchen clean and
well managed, and your allergen information clear.

Your food hygiene rating is 5 (very good). A new window sticker is
enclosed.

Yours sincerely
K. Osei, Environmental Health Officer`, rules, "food_hygiene_inspection")
}
