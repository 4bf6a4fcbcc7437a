package scorer

import "testing"

// Kinds that rules of clubs, churches, tutors, publishers and tenants
// name, added from general knowledge: each named in its languages, and a
// rule for it takes a document of it that does not name itself.
func TestRound24KindsAreNamed(t *testing.T) {
	for _, c := range []struct {
		id     string
		titles []string
	}{
		{"fixture_list", []string{"FIXTURES - Division One - March", "Spielplan Saison 2025", "Terminarz rozgrywek"}},
		{"match_report", []string{"MATCH REPORT: Rovers 2 Athletic 1", "Spielbericht", "Relacja z meczu"}},
		{"lesson_plan", []string{"Lesson plan - Week 3", "Plan de cours", "Konspekt lekcji"}},
		{"attendance_register", []string{"CLASS REGISTER - Spanish 1", "Presentielijst", "Feuille de présence"}},
		{"gift_aid_declaration", []string{"GIFT AID DECLARATION"}},
		{"baptism_request", []string{"Baptism request form", "Taufanmeldung"}},
		{"booking_request", []string{"Booking request", "Buchungsanfrage", "Demande de réservation"}},
		{"manuscript_submission", []string{"Query letter", "Manuscript submission"}},
		{"deposit_certificate", []string{"DEPOSIT PROTECTION CERTIFICATE", "Prescribed information"}},
		{"electrical_report", []string{"PAT TEST CERTIFICATE", "PAT record"}},
		{"staff_rota", []string{"Volunteer rota", "Readers rota - Easter"}},
	} {
		namedAs(t, c.titles, c.id, "")
	}
	doActs(t, []actCase{
		{"We would like to ask for our son to be baptised in June.", "baptism_request"},
		{"Could we book a midday walk for Bella on Mondays and Wednesdays?", "booking_request"},
		{"I want to Gift Aid my donation and any donations I make in the future.", "gift_aid_declaration"},
		{"Please find attached my manuscript, a novel of 80,000 words.", "manuscript_submission"},
		{"Your deposit has been protected with the scheme.", "deposit_certificate"},
	})
}

func TestRound24KindsTakeTheirDocuments(t *testing.T) {
	league := []Rule{
		{Type: "meeting_minutes", Description: "Minutes of committee meetings."},
		{Type: "fixture_list", Description: "The league's fixtures: who plays whom, where and when."},
		{Type: "match_report", Description: "write-up of one of our games (score, scorers, how it went)"},
		{Type: "invoice", Description: "Invoices to the club (pitch hire, referees, kit)."},
	}
	classifyAs(t, "a league's fixtures", `ASHFORD SUNDAY LEAGUE
Division One - April 2025. KO 10:30, home team first.

Sun 6 Apr
  Kings Head v Ashford Town        Victoria Park 1
  Railway Rovers v Red Star        Station Road
Sun 13 Apr
  Ashford Town v Railway Rovers    Victoria Park 2
  Red Star v Kings Head            Abbey Fields

Home clubs confirm with the referee by Thursday.`, league, "fixture_list")
	classifyAs(t, "a game's write-up", `TOWN EDGE IT IN THE RAIN
Ashford Town 2  Railway Rovers 1

A scrappy first half ended goalless. Rovers went ahead on 55 minutes from a
corner, but Sam Jones equalised with a header and sub Leo Grant won it on 85.

Man of the match: Sam Jones. Match fees to Dave please.`, league, "match_report")

	tutor := []Rule{
		{Type: "timesheet", Description: "Hours I taught, claimed from the college."},
		{Type: "lesson_plan", Description: "My plans for a lesson: aims, activities, materials."},
		{Type: "attendance_register", Description: "Class registers: who came each week."},
		{Type: "cv", Description: "A CV: education, work history, languages, under headings."},
	}
	classifyAs(t, "a class register", `HILLSIDE ADULT LEARNING - CLASS REGISTER
Course: IT1 Italian Beginners   Tutor: M. Rossi   Term: Spring 2025
/ = present  O = absent  A = apologies

Learner          14/1  21/1  28/1  4/2
Adams, Jo         /     /     O     /
Baker, Sam        /     A     /     /
Chen, Li          /     /     /     /`, tutor, "attendance_register")
	classifyAs(t, "a course's page with its code", `Evening languages at Hillside
Italian Beginners (CV-IT1-E): Tuesdays 7-9pm, 10 weeks, £140.
Your tutor, Maria Rossi, has taught adults for twelve years.
Enrol online or call 0300 000 4410.`, tutor, "")

	tenant := []Rule{
		{Type: "tenancy_agreement", Description: "My tenancy agreement with the landlord."},
		{Type: "deposit_certificate", Description: "Certificate or prescribed information from a deposit protection scheme. The agent's receipt is not one."},
		{Type: "utility_bill", Description: "Gas, electricity, water or broadband bill."},
		{Type: "payslip", Description: "My payslip."},
	}
	classifyAs(t, "a deposit scheme's certificate", `KEYSAFE DEPOSITS - DEPOSIT PROTECTION CERTIFICATE

Deposit ID: KS-2025-118204     Protected on: 03/02/2025
Deposit held: £950.00
Property: Flat 2, 14 Mill Street, Ashford ZZ1 2AB
Tenancy: 01/02/2025 - 31/01/2026
Landlord: P. Grant    Tenant: A. Novak

At the end of the tenancy the deposit will be repaid as agreed. If you cannot
agree, either party may use the scheme's free dispute service.`, tenant, "deposit_certificate")

	sitter := []Rule{
		{Type: "invoice", Description: "Invoices I send to clients."},
		{Type: "booking_request", Description: "A client asking me to book walks or visits for particular dates."},
		{Type: "incident_report", Description: "My notes of an incident on a walk or visit."},
		{Type: "receipt", Description: "Receipts for things I bought for the business."},
	}
	classifyAs(t, "a client's request to book", `From: Tom Hale <tom.hale@example.net>
To: walks@happypaws.example
Subject: Walks for Bella from 3 March?

Hi Jess,

I'm back in the office from 3 March, so could we book a midday walk for
Bella on Mondays and Wednesdays? Anything between 12 and 2 is fine.

Thanks,
Tom`, sitter, "booking_request")
}
