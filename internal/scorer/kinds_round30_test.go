package scorer

import (
	"slices"
	"testing"
)

// Names and acts added after reading round 30's misses: a match's score
// card, an annuity's payment advice and a state pension's uprating
// letter, a council tax reduction, a production meeting's notes, an
// inspector's revisit and a neighbour's complaint about smoke.
func TestRound30KindsAreNamed(t *testing.T) {
	for _, c := range []struct {
		id, not string
		titles  []string
	}{
		{"competition_results", "", []string{"TENNIS LEAGUE - MATCH CARD", "Match result: Firsts v Seconds"}},
		{"pension_statement", "payslip", []string{"Annuity payment advice - April", "DECYZJA o waloryzacji emerytury"}},
		{"benefit_letter", "local_tax_bill", []string{"Council Tax Reduction - change to your award"}},
		{"minutes", "", []string{"Prod mtg 7/1 - Declan's kitchen", "Production meeting 12 March"}},
		{"inspection_report", "", []string{"Revisit report (requested re-rating)"}},
	} {
		namedAs(t, c.titles, c.id, c.not)
	}
	doActs(t, []actCase{
		{"Your State Pension is going up from 7 April.", "pension_statement"},
		{"Your annuity increases by 3% each April.", "pension_statement"},
		{"Please have ready at the trade counter.", "purchase_order"},
		{"For Friday 22nd please: grey oyster 3kg, shiitake 1kg.", "purchase_order"},
		{"If this carries on I will have to contact the council.", "complaint"},
	})
}

// A rule whose type ends in "result" is about a contest's results
// ("match_result", "trial_results"), unless the words before it name
// another kind's results ("milk_test_result" is a lab's).
func TestATypesResultIsAContests(t *testing.T) {
	lx := kindLexicon()
	for typ, want := range map[string]string{"match_result": "competition_results", "trial_results": "competition_results", "milk_test_result": "lab_report"} {
		p := profileOf(Rule{Type: typ, Description: "what we keep"})
		if !slices.Contains(p.primary, lx.byID[want]) {
			t.Errorf("%s: primary kinds %v, want %s among them", typ, p.primary, want)
		}
	}
	rules := []Rule{
		{Type: "match_result", Description: "Match result / score card: players or teams, set scores, winner."},
		{Type: "meeting_minutes", Description: "Minutes of committee meetings"},
		{Type: "invoice", Description: "invoice"},
		{Type: "membership_application", Description: "membership application form"},
		{Type: "council_letter", Description: "letter from the council"},
	}
	classifyAs(t, "finals day", `Club Championships Finals Day - Sun 6 July - RESULTS

Men's Singles Final
  R. Dale bt P. Ames  6-2 4-6 6-4
Ladies' Singles Final
  S. Okoro bt H. Lund  6-1 6-3
Mixed Doubles Final
  Okoro/Hale bt Lund/Dale  7-5 6-7 10-8

Trophies presented by the Chair.`, rules, "match_result")
}

// A lifeguard's report of a sting at a sea swim tells what happened in
// reported speech ("told", "went home"), as incident reports do: it is
// no news story about an incident.
func TestAnIncidentReportIsReported(t *testing.T) {
	rules := []Rule{
		{Type: "incident_report", Description: "Report of an accident, injury, illness or near miss during a swim or event: what happened, to whom, first aid and follow-up."},
		{Type: "invoice", Description: "invoice"},
		{Type: "receipt", Description: "receipt"},
		{Type: "meeting_minutes", Description: "minutes"},
		{Type: "risk_assessment", Description: "risk assessment for a swim or event"},
	}
	classifyAs(t, "a jellyfish sting", `INCIDENT REPORT - Harbour Mile, 14/9/2025
Completed by: T. Rowe, lead lifeguard
Time: 10:12   Place: near the turn buoy

Casualty: swimmer no. 41, female, 29
What happened: stings to the arm from a jellyfish. She raised her
arm and was taken onto the RIB.
Treatment: rinsed with seawater, cold pack. Watched for 30 min.
Outcome: withdrew. Went home with a friend; told to see a GP if the
rash spreads.

Safety officer told at 10:30.`, rules, "incident_report")
}
