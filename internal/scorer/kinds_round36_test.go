package scorer

import "testing"

// Read after round 36's misses: a reference code before a title's name
// ("MCB-0423  Policy wording", "Order HX-2291 - Invoice") is no count of
// it, where a count, a range or a date still is ("3 invoices", "2-5 PO",
// "12/03/2024 Invoice").
func TestACodeBeforeANameCountsNothing(t *testing.T) {
	for _, c := range []struct{ text, id string }{
		{"MCB-0423  Policy wording  (page 7 of 22)", "insurance_policy"},
		{"Group cover MOM/GRP/0092 - Policy wording (extract)", "insurance_policy"},
		{"Ref 0423 - Invoice", "invoice"},
		{"AB-12 Tenancy agreement", "lease"},
	} {
		if !namesOn(c.text, c.id, 0) {
			t.Errorf("%q does not name %s", c.text, c.id)
		}
	}
	for _, c := range []struct{ text, id string }{
		{"3 invoices to chase", "invoice"},
		{"| 2-5 | PO 9-1 |", "purchase_order"},
		{"12/03/2024 Invoice", "invoice"},
	} {
		if namesOn(c.text, c.id, 0) {
			t.Errorf("%q names %s", c.text, c.id)
		}
	}
	rules := []Rule{
		{Type: "invoice", Description: "Invoices from suppliers"},
		{Type: "insurance_policy", Description: "Insurance policy documents for the van and the stock: policy schedule, certificate of insurance, policy wording. Renewal invitations and quotes are not policies."},
		{Type: "bank_statement", Description: "bank statements"},
		{Type: "event_booking", Description: "Confirmation that we are booked to trade at an event: dates, pitch, fee."},
	}
	classifyAs(t, "a page of a policy wording under its code", `KTR-0388  Policy wording  (page 4 of 18)

SECTION 2 - GOODS IN TRANSIT

What is covered
We will pay for loss of or damage to your stock while it is carried in
the vehicle shown in the schedule, or while it is loaded or unloaded.

What is not covered
1. the excess shown in the schedule;
2. theft from an unattended vehicle unless every door is locked;
3. goods that spoil because a fridge fails.`, rules, "insurance_policy")
}

// Read after round 36's misses: feedback on a lesson or a match someone
// watched is an observation report; a band's input list and stage plot
// are its tech rider; a kitchen's temperature and delivery check sheets
// are readings logs; a temporary event notice is a licence's paper.
func TestRound36KindsAreNamed(t *testing.T) {
	namedAs(t, []string{"LESSON OBSERVATION", "Observer report (short form)", "Mentor's match report"}, "observation_report", "")
	namedAs(t, []string{"Input list & stage plot", "Sound Specification - The Glass Orchard", "TECH RIDER 2025"}, "tech_rider", "specification")
	namedAs(t, []string{"FRIDGE & FREEZER TEMPERATURES", "Delivery checks - kitchen", "Food safety records"}, "readings_log", "")
	namedAs(t, []string{"Temporary Event Notice"}, "license", "")
	rules := []Rule{
		{Type: "payslip", Description: "Pay advice for one pay period."},
		{Type: "lesson_plan", Description: "My plan for a single lesson - objective, starter/main/plenary, resources."},
		{Type: "observation_report", Description: "Feedback written after someone watched me teach"},
		{Type: "utility_bill", Description: "Bill for gas, electricity or water at the flat."},
	}
	classifyAs(t, "lesson observation", `OAKHILL JUNIOR SCHOOL - LESSON OBSERVATION

Teacher: P. Adeyemi (ECT)   Observer: K. Lowe (Deputy Head)
Class: Y4   Subject: Maths - column subtraction   Date: 14/01/2025

Strengths
+ Clear modelling with the place value counters.
+ Children explained their methods to a partner.

Areas for development
- Too long on the carpet; four children lost focus.
- Extension task was more of the same.

Target: move the group that is ready to independent work sooner.
Signed: K Lowe`, rules, "observation_report")
	band := []Rule{
		{Type: "invoice", Description: "A bill asking for payment."},
		{Type: "tech_rider", Description: "tech rider / input list / stage plot / sound spec for a show"},
		{Type: "booking_confirmation", Description: "Confirmation from a venue that I am booked to work: dates, times, fee."},
		{Type: "bank_statement", Description: "Bank statement with transactions and balances."},
	}
	classifyAs(t, "input list export", `Ch,Source,Mic/DI,Stand,Notes
1,Kick,dynamic kick mic,short boom,
2,Snare,dynamic,short boom,
3,Bass,DI,-,48V
4,Gtr,dynamic,short boom,
5,Lead vox,handheld radio mic,straight,
6,BV,dynamic,boom,
Monitor mixes: 1 vox wedge DS, 2 bass/drums IEM`, band, "tech_rider")
}

// A one-word English name that a capitalised noun follows qualifies it
// ("Waymark Guide Dogs" is a charity, not a guide); a Romance name keeps
// its adjective after it ("Factura Original"), and a German title
// its capitalised nouns ("DIENSTPLAN Assistenzärzte").
func TestANameBeforeANounQualifiesIt(t *testing.T) {
	if w := weightOf("Waymark Guide Dogs - Puppy Development Visit\n\nPuppy: Juniper", "guide"); w >= nameInTitle {
		t.Errorf("'Guide' of 'Guide Dogs' weighs %.2f, want less than a title's %.2f", w, nameInTitle)
	}
	for _, c := range []struct{ text, id string }{
		{"Factura Original\n\nNº 2024/118", "invoice"},
		{"Invoice\n\nNo. 2024/118", "invoice"},
		{"DIENSTPLAN Assistenzärzte - März 2022\n\nDatum", "staff_rota"},
	} {
		if w := weightOf(c.text, c.id); w != nameInTitle {
			t.Errorf("%q: weight %.2f as %s, want %.2f", c.text, w, c.id, nameInTitle)
		}
	}
	rules := []Rule{
		{Type: "puppy_progress_report", Description: "A report or assessment on how one of our puppies is getting on: monthly report form, the advisor's visit notes, app exports. General guidance from the handbook is not a report."},
		{Type: "council_letter", Description: "Letters from the council"},
		{Type: "vet_bill", Description: "Vet bills"},
	}
	classifyAs(t, "a puppy's assessment under a charity's name", `Northfell Guide Dogs - Training Centre East

Dear Priya and Dan,

MAPLE - early training assessment

Maple has settled into kennels well and is eating and sleeping normally.
On the harness she is steady in town, a little distracted by pigeons.
She stops at kerbs on her own after two weeks. Body handling: fine.
Confidence with traffic: good. Distraction (food, dogs): some work needed.

She moves on to the next stage of training next month. Thank you for
all the work you put into her as a puppy.

Sam Kerr, Training Supervisor`, rules, "puppy_progress_report")
}

// Minutes say who was re-elected and what was agreed on a show of hands;
// a passenger's text asking for a lift and a trip or transport request are
// booking requests.
func TestRound36ActsAndRequests(t *testing.T) {
	doActs(t, []actCase{
		{"Officers - Maggie (chair) and Derek (treasurer) re-elected unopposed.", "minutes"},
		{"Price of lunch to rise to £5, agreed on a show of hands.", "minutes"},
		{"Hello its Ron, can I have a lift to the surgery Friday and back", "booking_request"},
	})
	namedAs(t, []string{"Trip request", "Transport request - hospital appointment"}, "booking_request", "")
}

// Read after round 36's misses: a league's notice appointing a referee to
// a fixture is a match appointment, not the fixture list; a scheme of
// work is a syllabus, not a lesson plan; a fridge check sheet is a
// readings log; an online shop's "payment has been taken" is a receipt's,
// a parish council's "agreed a grant of" an award letter's, and a market
// office's pitch "reserved for you every Saturday" a booking's.
func TestRound36MoreKindsAndActs(t *testing.T) {
	namedAs(t, []string{"Fenshire League - Referee Appointments", "Aanstelling scheidsrechter"}, "match_appointment", "fixture_list")
	namedAs(t, []string{"SCHEME OF WORK - French Beginners", "Medium term plan - Year 4"}, "syllabus", "lesson_plan")
	namedAs(t, []string{"Fridge checks - week beginning 3 March"}, "readings_log", "")
	doActs(t, []actCase{
		{"Thank you for your order. Payment has been taken.", "receipt"},
		{"At its meeting on 15 July the Council agreed a grant of £500 towards your new cooker.", "award_letter"},
		{"Dear Lewis, you have been appointed as follows. Please confirm by return.", "match_appointment"},
		{"from 5 July you are a regular trader, with pitch 9 reserved for you every Saturday", "booking_confirmation"},
	})
	rules := []Rule{
		{Type: "match_appointment", Description: "Notice appointing me (as referee or assistant) to a particular fixture - date, kick-off, venue, teams, my role. A league's general list of fixtures is not an appointment."},
		{Type: "expenses_claim", Description: "Claim for match fee + mileage owed to me."},
		{Type: "assessment_report", Description: "An assessor's written report on how I refereed a match."},
		{Type: "payslip", Description: "payslip from my day job"},
	}
	classifyAs(t, "referee appointment", `Fenshire Sunday League - Referee Appointments

Dear Sam,

You have been appointed as follows. Please confirm by return.

Date        Sunday 9 March 2025
Kick-off    10:30 (officials to arrive 09:45)
Match       Oakley Rangers v Brookside Albion (Division One)
Venue       King George Field, Oakley
Referee     S. Adeyemi

Match fee £35, paid by the home club on the day.
Jo Tranter, Appointments Secretary`, rules, "match_appointment")
}
