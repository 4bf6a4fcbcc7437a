package scorer

import (
	"slices"
	"testing"
)

// Read after round 34's misses: a grazing or mowing licence lets land as
// a lease does; a kit check is an inspection's record, an apprentice's
// progress review an appraisal, "cttee mtg" a meeting's notes, a junior
// member form a membership form, customer feedback a review; home
// carers' visit notes and a day's cash-up are kinds of their own; a
// vet's "thank you for agreeing to see" refers, and a council magazine
// "delivered to every home" is a newsletter.
func TestRound34KindsAreNamed(t *testing.T) {
	namedAs(t, []string{"GRAZING LICENCE", "Mowing licence - Long Meadow"}, "lease", "license")
	namedAs(t, []string{"KIT CHECK - canoes", "Equipment inspection log"}, "inspection_report", "")
	namedAs(t, []string{"Apprentice progress review", "Probation review"}, "performance_review", "")
	namedAs(t, []string{"cttee mtg 4 March"}, "minutes", "")
	namedAs(t, []string{"JUNIOR MEMBER FORM"}, "membership_application", "")
	namedAs(t, []string{"Customer feedback"}, "review", "")
	namedAs(t, []string{"CARE NOTES - Mr Hale", "Care visit log"}, "care_log", "")
	namedAs(t, []string{"DAILY CASH-UP", "Bar cash-up sheet", "Till reconciliation"}, "takings_sheet", "")
	doActs(t, []actCase{
		{"Thank you for agreeing to see Rufus next week.", "referral_letter"},
		{"I would be grateful if you could start a course of hydrotherapy.", "referral_letter"},
		{"Your free magazine from the district council, delivered to every home.", "newsletter"},
	})
}

// "pitch_hire_agreement" is a hire agreement for a football pitch, not a
// sales pitch; "notice_of_sale" is a notice all the same.
func TestALooseWordBeforeATypesNameIsAModifier(t *testing.T) {
	p := profileOf(Rule{Type: "pitch_hire_agreement", Description: "Agreement letting the club use a pitch: dates, times, fee, conditions."})
	if hasKind(p, "proposal") {
		t.Errorf("a pitch hire agreement is about proposals: %v", kindIDs(p))
	}
	if !hasKind(p, "lease") {
		t.Errorf("a pitch hire agreement is not a hire agreement: %v", kindIDs(p))
	}
	q := profileOf(Rule{Type: "notice_of_sale", Description: "Letter to a pawner saying their pledge will be sold."})
	if len(q.kinds) == 0 || !q.typeKnown {
		t.Errorf("a notice of sale names no kind: %v", kindIDs(q))
	}
}

// "An invite or reminder to a review is not the review" under a rule for
// progress reviews speaks of the rule's own review, not of a product
// review, which stays a kind the rule may meet.
func TestATypesOwnWordInANegationIsTheRulesKind(t *testing.T) {
	p := profileOf(Rule{Type: "progress_review", Description: "Apprenticeship progress review from the college: notes of the review meeting, ratings, targets. An invite or reminder to a review is not the review."})
	if excludesKind(p, "review") {
		t.Errorf("the rule excludes reviews: %v", p.excluded)
	}
	if !excludesKind(p, "invitation") {
		t.Errorf("the rule no longer excludes invitations: %v", p.excluded)
	}
}

func hasKind(p *profile, id string) bool {
	k := kindLexicon().byID[id]
	return slices.ContainsFunc(p.kinds, func(kc kindCredit) bool { return kc.kind == k })
}

func kindIDs(p *profile) []string {
	var ids []string
	for _, kc := range p.kinds {
		ids = append(ids, kindLexicon().kinds[kc.kind].id)
	}
	return ids
}

// A hill farmer's papers: a licence to graze her fields, an invoice for
// heating oil the utility rule turns away, the council's magazine the
// council rule turns away.
func TestRound34FarmPapers(t *testing.T) {
	rules := []Rule{
		{Type: "bank_statement", Description: "Bank statement: money in and out of an account over a period, with balances."},
		{Type: "utility_bill", Description: "A bill for mains electricity, water, phone or broadband. Heating oil, bottled gas and coal deliveries are not utility bills here."},
		{Type: "grazing_agreement", Description: "Grazing or mowing agreement letting my land to a neighbour: fields, acres, rent, dates, signatures."},
		{Type: "council_letter", Description: "Letter from the district council to me personally (council tax, bins, planning). Not newsletters sent to every household."},
		{Type: "insurance_policy", Description: "insurance schedule / certificate / renewal"},
	}
	classifyAs(t, "grazing licence", `GRAZING LICENCE

Licensor: Mrs Ann Brook, Fell Side Farm
Licensee: Mr Tom Ridley, Beck House

1. Land: Top Field (9 acres) and Long Ing (12 acres).
2. Term: 1 April to 31 October. This is a seasonal licence only.
3. Fee: £1,200 payable on 1 April.
4. Cattle and sheep only; the licensee keeps gates and walls in repair.

Signed  A. Brook        Signed  T. Ridley`, rules, "grazing_agreement")
	// The utility rule turns heating oil away: an oil merchant's invoice
	// says so in its title, which counts against the rule as a name the
	// rule says it is not, where a supplier of electricity's does not.
	body := `
Invoice 55120      Date 2/12/2024

Deliver to: Mrs Brook, Fell Side Farm
Kerosene   1,000 litres @ 67.5p     675.00
VAT 5%                               33.75
TOTAL                               708.75

Payment due within 30 days.`
	oil := rank("NORTHERN FUELS - heating oil"+body, rules).evs[1]
	power := rank("NORTHERN POWER - electricity"+body, rules).evs[1]
	if oil.f.other == 0 || oil.outQual != "heating oil" {
		t.Errorf("heating oil in the title is not against the utility rule: other %.2f (%q)", oil.f.other, oil.outQual)
	}
	if power.f.other != 0 || oil.prob >= power.prob {
		t.Errorf("the utility rule fits oil (%.2f) as well as electricity (%.2f, other %.2f)", oil.prob, power.prob, power.f.other)
	}
	classifyAs(t, "council magazine", `<html><body>
<h1>Dale News - Spring 2025</h1>
<p>Your free magazine from Dalesend District Council, delivered to every home.</p>
<h3>Garden waste</h3>
<p>Brown bin collections restart in March.</p>
<h3>Council tax</h3>
<p>Finding it hard to pay? Talk to us early.</p>
</body></html>`, rules, "")
}

// A family caring for a grandmother: the carers' notes of their visits,
// and the pharmacy's "ready to collect" e-mail the prescription rule
// turns away.
func TestRound34CarePapers(t *testing.T) {
	rules := []Rule{
		{Type: "medical_letter", Description: "Letter from the GP, hospital or clinic about Nan's health: appointments, results, discharge summaries."},
		{Type: "prescription", Description: "A prescription or repeat-prescription request listing medicines. A 'your prescription is ready' text or email is not a prescription."},
		{Type: "care_visit_log", Description: "care visit log - carers' record of home visits: date, time in/out, carer, tasks done, notes"},
		{Type: "council_letter", Description: "Letters from the council (council tax, bins, adult social care)."},
		{Type: "utility_bill", Description: "gas, electricity, water or phone bills"},
	}
	classifyAs(t, "carers' notes", `CARE NOTES - Mrs Olive Hale - please leave in the kitchen

Tue 5/3  8.00-8.35  Maria
 Washed and dressed. Porridge and tea. Meds prompted and taken.
 Walked to the lounge with her frame.
Tue 5/3  19.15-19.45  Dev
 Supper (soup and bread). Commode emptied. In bed by 8.
Wed 6/3  8.05-8.40  Maria
 Shower with seat. A bit wobbly, sat for 5 min, then fine.`, rules, "care_visit_log")
	// The pharmacy's e-mail says in its subject what the rule quotes as
	// not a prescription, which counts against the rule.
	ready := rank(pharmacyEmail, rules).evs[1]
	if ready.f.other == 0 || ready.outQual != "your prescription is ready" {
		t.Errorf("the quoted notice in the subject is not against the prescription rule: other %.2f (%q)", ready.f.other, ready.outQual)
	}
	classifyAs(t, "pharmacy e-mail", pharmacyEmail, rules, "")
}

const pharmacyEmail = `From: Riverside Pharmacy <noreply@riversidepharmacy.example>
To: sam.hale@homemail.example
Subject: Prescription ready for collection
Date: Thu, 7 Mar 2024 10:02:11 +0000

Hello,

The prescription for O. HALE is ready to collect from Riverside
Pharmacy. We keep items for 14 days. Please bring this email.`

// A canoe club's and a market stall's sheets, and an apprentice's
// review: a kit check, a committee's notes, a volunteer rota, a day's
// cash-up, a progress review headed with its own name twice.
func TestRound34ClubAndStallSheets(t *testing.T) {
	club := []Rule{
		{Type: "membership_form", Description: "membership application or renewal form"},
		{Type: "meeting_minutes", Description: "minutes of committee meetings"},
		{Type: "invoice", Description: "Invoice - to or from the club."},
		{Type: "trip_plan", Description: "Plan for a specific paddle: date, launch and landing, route, tides, leaders."},
		{Type: "kit_inspection", Description: "Equipment inspection record / check log for boats, buoyancy aids, paddles."},
		{Type: "takings_sheet", Description: "Cash-up sheet: the day's takings counted - bar till, card and cash totals, over/under."},
	}
	classifyAs(t, "kit check", `KIT CHECK - OPEN CANOES     date 12/04/25   checked by: Sam / Priya

boat        hull     seats    painters  buoyancy  OK?
C1 Prospector  ok    ok       ok        ok        Y
C2 Prospector  scuff ok       frayed    ok        Y - rope replaced
C3 Tripper     crack ok       ok        ok        N - out of use
C4 Tripper     ok    loose    ok        ok        Y - seat bolted`, club, "kit_inspection")
	classifyAs(t, "committee notes", `cttee mtg - village hall - 9/2/25  (JB, KL, MP, RS)

- Treasurer stepping down at AGM. thanks recorded.
- Pool sessions: price up £1 from April, agreed.
- New buoyancy aids x6, max £300, KL to order
ACTIONS: MP pool booking, RS notice to members`, club, "meeting_minutes")
	shop := []Rule{
		{Type: "invoice", Description: "supplier invoices"},
		{Type: "receipt", Description: "receipts for things paid"},
		{Type: "volunteer_rota", Description: "the volunteers rota"},
		{Type: "cash_up_sheet", Description: "end of day cash-up for the shop till: cash counted, card takings, float, over or short"},
		{Type: "meeting_minutes", Description: "minutes of committee meetings"},
		{Type: "grant_letter", Description: "letters from funders about our grant applications"},
	}
	classifyAs(t, "rota", `# Easter week - who's on

| Day       | 9-12  | 12-3   | 3-5    |
|-----------|-------|--------|--------|
| Mon 1 Apr | Jenny | Pam    | Alan   |
| Tue 2 Apr | Bill  | Pam    | Sue    |
| Wed 3 Apr | Ola   | Deepak | Ola    |
| Thu 4 Apr | Jenny | Ola    | Bill   |
| Sat 6 Apr | Alan  | Ruth   | closed |

Swaps: sort it between you and tell Ruth.`, shop, "volunteer_rota")
	classifyAs(t, "rota export", `Shop w/c 8 April,Mon,Tue,Wed,Thu,Fri,Sat
9-12,Jenny,Bill,Ola,Jenny,Ruth,Alan
12-3,Pam,Pam,Deepak,Ola,Kathy,Ruth
3-5,Alan,Sue,Ola,Bill,Deepak,closed
Post office 9-1,Colin,Kathy,Colin,Kathy,Colin,Bill`, shop, "volunteer_rota")
	classifyAs(t, "cash-up", `BAR CASH-UP   Sat 8 June 2024   Counted: K. Lowe  Checked: R. Shah

Till total                  £412.60
  of which card             £298.10
  expected cash             £114.50
Cash counted                £113.90
Over / (under)              (£0.60)
Float £100 back in the safe.  Bank bag no. 22: £113.90`, club, "takings_sheet")

	apprentice := []Rule{
		{Type: "payslip", Description: "monthly payslip"},
		{Type: "timesheet", Description: "weekly timesheet of hours on site, signed by the supervisor"},
		{Type: "progress_review", Description: "Apprenticeship progress review from the college: notes of the review meeting with ratings, off-the-job hours, targets. An invite or reminder to a review is not the review."},
		{Type: "course_certificate", Description: "certificate for a course or unit passed"},
	}
	classifyAs(t, "review notes", `NORTHGATE COLLEGE - APPRENTICE REVIEW (review 2)
Learner J. Moss     Date 02/02/25     Coach R. Patel     Employer rep L. Dean

RAG:  Knowledge G   Skills A   Behaviours G
OTJ:  180 / 190 hrs

Discussion: unit 204 passed. Portfolio still missing inspection evidence.
Agreed actions
- inspection and testing evidence by April
- log OTJ hours weekly

Next review: June 2025`, apprentice, "progress_review")
}
