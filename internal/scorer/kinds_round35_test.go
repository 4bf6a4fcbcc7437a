package scorer

import "testing"

// Read after round 35's misses: a drone, roof or building survey is a
// surveyor's report, not a questionnaire; a landowner's permission to fly
// and a permit to operate are permissions; a therapist's treatment notes
// are a kind; "nothing further owed" is said by a receipt.
func TestRound35KindsAreNamed(t *testing.T) {
	namedAs(t, []string{"ROOF & TOWER DRONE SURVEY", "Stockpile volume survey", "Building survey - 4 Mill Lane"}, "inspection_report", "survey")
	namedAs(t, []string{"PERMIT TO OPERATE A SMALL UNMANNED AIRCRAFT", "Landowner permission"}, "license", "")
	namedAs(t, []string{"Treatment notes - 3 May", "SOAP notes"}, "treatment_record", "")
	doActs(t, []actCase{
		{"For: repointing the garden wall - paid in full, nothing further owed.", "receipt"},
	})
	if namesOn("Session notes", "treatment_record", 0) {
		t.Error(`"Session notes" names a therapist's treatment record`)
	}
}

// "E-mails that only mention the agreement do not count" speaks of the
// rule's own agreement: a room hire agreement stays the rule's, where a
// rule that says "a blank contract is not an agreement" still turns
// contracts away.
func TestTheRulesOwnWordInANegationWithTheArticle(t *testing.T) {
	own := profileOf(Rule{Type: "room_rental_agreement", Description: "The signed agreement (licence or hire agreement) under which I rent a treatment room: parties, room, fee, dates, notice. E-mails or letters that only mention the agreement do not count."})
	if excludesKind(own, "lease") || excludesKind(own, "contract") {
		t.Errorf("the rule excludes its own agreements: %v", own.excluded)
	}
	blank := profileOf(Rule{Type: "rental_agreement", Description: "A signed agreement to rent the flat. A blank model contract is not an agreement."})
	if !excludesKind(blank, "contract") {
		t.Errorf("the rule no longer excludes contracts: %v", blank.excluded)
	}
	rules := []Rule{
		{Type: "invoice", Description: "invoices I send and get"},
		{Type: "room_rental_agreement", Description: "The signed agreement (licence or hire agreement) under which I rent a treatment room: parties, room, fee, dates, notice. E-mails or letters that only mention the agreement do not count."},
		{Type: "treatment_notes", Description: "Session notes about a treatment given (areas worked, findings, aftercare)."},
		{Type: "insurance_policy", Description: "insurance schedule or certificate"},
	}
	classifyAs(t, "room hire agreement", `# Room Hire Agreement - Westgate Leisure Centre

**Hirer:** Priya Shah (Shah Sports Therapy)
**Room:** Treatment Room 2, ground floor
**Booking:** Thursdays 18:00-21:00, 9 January to 27 March 2025

| Item | Charge |
|---|---|
| Room hire | £12.00 per hour |
| Total for term | £432.00, payable monthly in advance |

## Conditions
1. The hirer holds public liability insurance.
2. Cancellation by the hirer: 14 days' notice, or the session is charged.

Signed for the Centre: M. Oakes      Signed by the hirer: P. Shah`, rules, "room_rental_agreement")
	classifyAs(t, "treatment notes", `home visit - Mr R. Dunn, 3/5, 45 min
- post hip replacement (L, 10 wks), walks with one stick
- glutes + ITB L very tight, scar settled, no swelling
- effleurage and gentle kneading both legs, lower back
- light pressure only (3/10)
- advised keep up the physio exercises, short walks daily
- next: 2 wks`, rules, "treatment_notes")
}

// A drone surveyor's folder: the finished roof survey goes to the survey
// report rule, not to a questionnaire no rule covers, and a harbour's
// permit to fly to the permission rule.
func TestRound35SurveyorsPapers(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "A bill asking for payment for work or goods. Quotes are not invoices."},
		{Type: "receipt", Description: "Receipt / till slip / proof of payment"},
		{Type: "insurance_policy", Description: "drone insurance - policy schedule or certificate"},
		{Type: "survey_report", Description: "The finished report a client gets after a survey: roof condition, measurements, volumes, recommendations. Not the quote for the survey."},
		{Type: "flight_permission", Description: "Written permission to fly at a particular place, given by the landowner or an authority."},
	}
	classifyAs(t, "roof survey", `ALL SAINTS CHURCH, EAST MARTON - ROOF & TOWER DRONE SURVEY
Prepared for the churchwardens
Flight date: 3 June 2025     Report date: 6 June 2025

Nave roof (slate): 6 slipped slates on the north slope, one ridge tile loose.
Tower: open joints in the parapet coping, SE corner.
Gutters: north gutter blocked at the second hopper.

Priority: 1) slates, 2) coping, 3) gutters.
52 photos supplied.`, rules, "survey_report")
	classifyAs(t, "harbour permit", `EASTPORT HARBOUR BOARD

PERMIT TO OPERATE A SMALL UNMANNED AIRCRAFT
Permit No. EHB-UAS-2025-014

Holder:   J. Marsh, Marsh Aerial
Area:     Warehouse 4 and the quay within 50 m of it
Valid:    12 August 2025, 06:00-09:00 only
Conditions: report to the harbour office before flying.

Issued by: K. Lee, Harbour Master   8/08/2025`, rules, "flight_permission")
}
