// Review of 8dec5ec5 and 61dc8e4c (kinds.txt: care_log, takings_sheet and
// treatment_record kinds; grazing and mowing licences as leases; kit
// checks, check logs and drone/roof/building/tree/... surveys as
// inspection reports; progress, apprentice and probation reviews as
// appraisals; "cttee mtg"; "member form"; customer feedback and
// testimonials as reviews; flight permissions and letters of permission
// as licences; "renewals" as a loose renewal notice; a rota's days of the
// week and "swaps"; "delivered to every home"; "nothing further owed";
// "thank you for agreeing to see"). Each "regression:" case was right on
// a7a2e4d9 and is wrong on 61dc8e4c; each "fixed:" case the change got
// right and should stay right.
//
// Narrowest fixes in kinds.txt, tried together on 61dc8e4c (the six
// regressions they touch right again, the eleven fixed cases still right,
// the package's other non-corpus tests still pass, bar the source digest):
//   - care_log en: drop "communication book" (a school's home-school book).
//   - care_log words: drop "carer", "carers", "visit" and "refused" (a
//     relative's diary speaks of the carers' visits).
//   - inspection_report en: drop "tree survey" (a council asks residents
//     where to plant trees in a "street tree survey").
//   - license en: drop "letter of permission" and "permission letter" (a
//     parent's consent to travel, a school trip slip).
//   - newsletter acts: drop "delivered to every home" and "delivered to
//     every household" (a leaflet says it; "in this issue" and "your free
//     magazine" still carry the council magazine).
//   - performance_review en: "progress review" becomes "apprentice
//     progress review" (a project's progress review is a status report).
//   - renewal_notice "renewals": no narrow fix in kinds.txt. Dropping it
//     loses three of the four renewal cases below and review28b's
//     insurance-renewal-no-paper; treating a loose kind's bare word as loose
//     whatever the type (classify.go) fixes it but fails four other cases.
//     So the one regression it causes stays (a van insurance renewal under
//     a rule for "domain name registrations and renewals" is taken for the
//     domains' rule, where it was no rule's) and is no case here.
package scorer

import "testing"

var review35aCareAndSchool = []Rule{
	{Type: "carers_notes", Description: "Notes left by Mum's carers after each visit"},
	{Type: "school_letter", Description: "Letters and notes from Ollie's school"},
	{Type: "medical", Description: "Letters from doctors and hospitals"},
	{Type: "bill", Description: "Bills"},
}

var review35aConsultancy = []Rule{
	{Type: "status_report", Description: "Project status and progress reports we send clients"},
	{Type: "appraisal", Description: "Staff appraisals"},
	{Type: "proposal", Description: "Proposals and statements of work"},
	{Type: "invoice", Description: "Invoices"},
}

var review35aDrone = []Rule{
	{Type: "flight_permission", Description: "Written permission to fly from landowners or authorities"},
	{Type: "invoice", Description: "Invoices"},
	{Type: "insurance", Description: "Drone insurance"},
	{Type: "survey_report", Description: "Survey reports for clients"},
	{Type: "quote", Description: "Quotes"},
}

var review35aGym = []Rule{
	{Type: "class_timetable", Description: "Class timetables for members"},
	{Type: "staff_rota", Description: "Staff rota for instructors and reception"},
	{Type: "membership", Description: "membership forms and renewals"},
	{Type: "invoice", Description: "invoices"},
	{Type: "change_of_details", Description: "Forms from existing members changing their details (address, bank, freeze)"},
}

var review35aHomeCare = []Rule{
	{Type: "carers_notes", Description: "Notes the carers write at each visit to Mum (what they did, meds, food)"},
	{Type: "timesheet", Description: "Agency timesheets showing carers' hours that we sign off"},
	{Type: "medication", Description: "Medication lists and MAR charts from the pharmacy / GP"},
	{Type: "care_plan", Description: "Mum's care plan and assessments from the council or the agency"},
	{Type: "invoice", Description: "Invoices from the care agency"},
	{Type: "incident", Description: "Incident / accident reports (falls etc.)"},
}

var review35aHomeCareDiary = []Rule{
	{Type: "diary", Description: "My own diary entries and notes to myself"},
	{Type: "care_visits", Description: "Home care visit logs written by the carers"},
	{Type: "letter", Description: "Letters from the council, GP or hospital about Dad"},
	{Type: "bill", Description: "Bills"},
}

var review35aHomeCareExcl = []Rule{
	{Type: "carers_notes", Description: "The carers' notes from each visit (the log in the blue folder). Weekly care summaries that the office manager e-mails are not carers' notes."},
	{Type: "timesheet", Description: "Agency timesheets"},
	{Type: "medication", Description: "Medication lists and MAR charts. A 'your prescription is ready' text is not one."},
	{Type: "invoice", Description: "Invoices from the care agency"},
}

var review35aHousehold = []Rule{
	{Type: "insurance", Description: "Car and home insurance: policy documents, schedules, renewals"},
	{Type: "bank_statement", Description: "Bank statements"},
	{Type: "utility_bill", Description: "Gas, electricity and water bills"},
	{Type: "library", Description: "Library notices (loans due, overdue, reservations)"},
	{Type: "passport", Description: "Passport applications and renewals"},
}

var review35aHousehold2 = []Rule{
	{Type: "insurance", Description: "Home insurance policy documents and schedules"},
	{Type: "passport", Description: "Passport applications and renewals"},
	{Type: "bank_statement", Description: "Bank statements"},
	{Type: "utility_bill", Description: "Gas, electricity and water bills"},
}

var review35aResident = []Rule{
	{Type: "consultation", Description: "Council consultations and surveys asking residents' views"},
	{Type: "council_tax", Description: "Council tax bills"},
	{Type: "planning", Description: "Planning applications and notices near us"},
	{Type: "newsletter", Description: "Council and parish newsletters/magazines"},
	{Type: "flyer", Description: "Junk mail, leaflets and flyers through the door"},
}

var review35aShifts = []Rule{
	{Type: "rota", Description: "Weekly rota"},
	{Type: "timesheet", Description: "Timesheets - hours actually worked each day, signed by the manager"},
	{Type: "holiday_request", Description: "Holiday requests"},
	{Type: "payslip", Description: "Payslips"},
}

var review35aSklep = []Rule{
	{Type: "raport", Description: "Raporty kasowe / dzienne rozliczenie kasy"},
	{Type: "faktura", Description: "Faktury od dostawców"},
	{Type: "paragon", Description: "Paragony"},
	{Type: "grafik", Description: "Grafik pracy"},
}

var review35aSports = []Rule{
	{Type: "membership", Description: "Membership forms and renewals"},
	{Type: "newsletter", Description: "newsletters"},
	{Type: "invoice", Description: "invoices"},
	{Type: "event", Description: "Event and match notices"},
}

var review35aSurveyorExcl = []Rule{
	{Type: "survey_report", Description: "The finished report a client gets after a survey (building, condition, roof). Not the quote for the survey, and not customer satisfaction surveys."},
	{Type: "quote", Description: "Fee quotes"},
	{Type: "invoice", Description: "Invoices"},
	{Type: "client_email", Description: "Emails from clients"},
}

var review35aTravel = []Rule{
	{Type: "consent_letter", Description: "Consent letters for the kids to travel abroad without both parents"},
	{Type: "passport", Description: "passports and passport applications"},
	{Type: "booking", Description: "flight and holiday bookings"},
	{Type: "licence", Description: "driving licences and permits"},
}

func TestReview35a(t *testing.T) {
	cases := []struct {
		name  string
		rules []Rule
		want  string
		text  string
	}{
		{"regression: a daughter's diary that mentions the care notes and what the carer wrote (was diary, now care_visits)", review35aHomeCareDiary, "diary", `Sunday 9th

Went round to Dad's this morning. Read back through the care notes in the
folder - Tuesday's carer wrote he refused his supper again and didn't want
to be washed. He seemed brighter with me, we did the crossword.

Must ring the GP about the new tablets tomorrow. Feeling tired, and guilty
that I can't be there more. Rob says we should look at more visits.
Bought him new slippers.`},
		{"regression: a council's STREET TREE SURVEY questionnaire (was consultation, now none: 'tree survey' names a surveyor's report)", review35aResident, "consultation", `STREET TREE SURVEY 2025

Hartley Borough Council is planting 500 new street trees this winter and we
want your views on where they should go.

Q1. Would you like a tree outside your home?  Yes / No / Don't mind
Q2. Which would you prefer?  [ ] flowering  [ ] native  [ ] fruit  [ ] no preference
Q3. Are there any streets near you that need more trees?
Q4. Any concerns (leaves, parking, pavements)?

Complete the survey online at hartley.gov.uk/trees or return this form in the
freepost envelope by 31 March.`},
		{"regression: a mother's LETTER OF PERMISSION for her son to fly abroad (was consent_letter, now licence)", review35aTravel, "consent_letter", `LETTER OF PERMISSION

I, Sarah Jane Collins, of 8 Ash Grove, Hartley, mother of Ethan Collins (born
14/02/2013, passport no. 561234987), give permission for my son to fly to Malaga
on 12 April 2025 and to stay in Spain until 19 April 2025 with his father,
Mark Collins.

I can be contacted on 07700 900333 at any time.

Signed: S. J. Collins       Date: 10 March 2025
Witnessed by: A. Patel`},
		{"regression: an estate agent's leaflet 'delivered to every home in Oak Road' (was flyer, now newsletter)", review35aResident, "flyer", `Hartley Homes Estate Agents

DO YOU LIVE IN OAK ROAD?

This leaflet is being delivered to every home in Oak Road and the surrounding
streets. We have three buyers looking for a 3-bedroom semi in this area, all
mortgage agreed and ready to move.

For a FREE, no-obligation valuation call Emma on 01632 960770.
Fees from just 0.9% + VAT. No sale, no fee.`},
		{"regression: a school's home-school 'Communication book' note (was school_letter, now carers_notes)", review35aCareAndSchool, "school_letter", `Communication book - Tues 11 March

Ollie had a good day today. He ate all his lunch and had his medicine at 12.
He was changed after swimming and his wet things are in the bag. He worked really
hard in phonics and got a sticker. A bit tired in the afternoon so we had some
quiet time in the sensory room.

Please can you send in a named water bottle?   Mrs Ahmed (TA)`},
		{"regression: a consultancy's PROJECT PROGRESS REVIEW (was status_report, now appraisal)", review35aConsultancy, "status_report", `PROJECT PROGRESS REVIEW - Month 3
Client: Norbury Housing Association      Project: Tenant portal rebuild
Date: 10 March 2025       Prepared by: R. Osei (project manager)

Overall status: AMBER
Milestones
- Discovery and user research: complete
- Design system: complete
- Repairs reporting module: 2 weeks late (third-party API access)
- Rent payments module: on track for 30 April

Budget: £84,200 of £210,000 spent (40%), forecast on budget.
Risks: API access; UAT testers availability over Easter.
Decisions needed from client: sign-off of the accessibility statement.`},
		{"fixed: carers' visit notes without a title (was none)", review35aHomeCare, "carers_notes", `Tues 4 March
08.05-08.40  Jo
Mrs P up and washed, dressed. Breakfast - porridge + tea, ate it all.
Meds prompted and taken. Emptied commode. Skin fine, cream applied to heels.
In good spirits, talking about the grandchildren.

12.30-12.50  Jo
Made cheese sandwich + yoghurt, ate half. Drink left by chair. Lunchtime meds taken.

17.00-17.30  Priya
Supper - soup and bread. Teatime meds taken. Commode emptied.
Helped into nightie, settled in chair with TV, call pendant on.`},
		{"fixed: a Polish shop's RAPORT KASOWY (was paragon)", review35aSklep, "raport", `RAPORT KASOWY - rozliczenie kasy
Sklep spożywczy "Pod Lipą"     Data: 07.03.2025     Kasa nr 2

Stan początkowy (pogotowie kasowe)     200,00 zł
Sprzedaż gotówkowa                   1 412,30 zł
Sprzedaż kartą                       2 036,70 zł
Utarg dzienny razem                  3 449,00 zł

Gotówka policzona                    1 608,90 zł
Różnica                                 -3,40 zł
Odprowadzono do banku                1 400,00 zł
Kasjer: A. Nowak         Sprawdził: K. Wójcik`},
		{"fixed: a drone stockpile volume survey (was none)", review35aDrone, "survey_report", `MEADOW FARM - STOCKPILE VOLUME SURVEY
Client: Kersey Aggregates Ltd      Flight date: 6 March 2025

Method: DJI Mavic 3E, 412 images, 8 ground control points, RTK.
Accuracy: +/- 3 cm horizontal, 5 cm vertical.

Pile A (MOT Type 1)     2,140 m3
Pile B (20mm gravel)      860 m3
Pile C (topsoil)        3,315 m3

Orthomosaic and 3D model supplied via the client portal.
Surveyor: J. Marsh, Marsh Aerial`},
		{"fixed: a plain-text rota with the days of the week and 'swaps' (was timesheet)", review35aShifts, "rota", `w/c 10 March

Mon  Sam 7-3, Jo 3-11
Tue  Sam 7-3, Kasia 3-11
Wed  Jo 7-3, Kasia 3-11
Thu  Sam 7-3, Jo 3-11
Fri  Kasia 7-3, Sam 3-11
Sat  Jo 8-4, Kasia 4-12
Sun  OFF - closed

any swaps let me know by Weds. Tom`},
		{"fixed: a gym's MEMBER FORM for joining (was change_of_details)", review35aGym, "membership", `MEMBER FORM

Title: Mr     Name: Daniel Okoye     DOB: 03/11/1992
Address: 22 Kings Road, Hartley HT2 8QA
Email: dan.okoye@example.com     Mobile: 07700 900155

Membership type: [x] Peak (£34.99 pm)  [ ] Off-peak  [ ] Student
Start date: 15/03/2025
Health: I have read the PAR-Q and I am fit to exercise.
Direct debit mandate completed: yes

Signed: D. Okoye`},
		{"fixed: a car insurance renewal under 'policy documents, schedules, renewals' (was none)", review35aHousehold, "insurance", `Harbourline
Your car insurance renewal

Dear Mr Hughes,

Your policy PC-88412761 for your Skoda Octavia (HT19 KLM) is due for renewal on
2 April 2025.

Your renewal price is £486.20 (last year £441.80). If you pay by monthly
instalments, the total is £527.16. We'll renew automatically unless you tell us
not to. Please check your details are still correct.

Harbourline Insurance`},
		{"fixed: a running club's membership renewal under 'membership forms and renewals' (was none)", review35aSports, "membership", `Hartley Harriers - membership renewal

Hi Sam,

Your club membership runs out on 31 March. Renewal is £38 (includes England
Athletics affiliation) and you can pay online at hartleyharriers.org/renew.

If you don't renew by 30 April you'll lose your club place in the cross-country
league.

Thanks, Julie (membership sec)`},
		{"fixed: a council magazine 'delivered to every home' (was council_tax)", review35aResident, "newsletter", `HARTLEY LIFE - Spring 2025
Your council magazine, delivered to every home in the borough

In this issue:
- New bin collections from April - what changes
- 500 street trees to be planted this winter
- Leisure centre reopens after the refit
- Council tax: where your money goes
- What's on: Easter events in the parks

Leader's welcome: "It has been a busy winter..."`},
		{"fixed: a home insurance renewal beside a rule for 'passport applications and renewals' (was none)", review35aHousehold2, "insurance", `Fenwick Mutual - Your home insurance renewal

Dear Mr Hughes,

Policy number: HH-2290341

Your home insurance is due for renewal on 15 April 2025. Your new premium is
£312.40 a year (buildings and contents). Nothing has changed in your cover.
If you're happy, you don't need to do anything: we'll renew your policy and
collect the first payment by Direct Debit.

Fenwick Mutual Insurance Limited`},
		{"fixed: a WEEKLY CARE LOG under a rule that turns away weekly care summaries (was none)", review35aHomeCareExcl, "carers_notes", `WEEKLY CARE LOG - Mrs M. Pearce - w/c 3 March

Mon 08:05-08:40 Jo: washed, dressed, breakfast eaten, meds prompted + taken. Commode emptied.
Mon 17:00-17:30 Priya: supper (soup), meds taken, settled in chair.
Tue 08:00-08:35 Jo: shower today. Cream to heels. Good mood.
Tue 17:05-17:30 Priya: supper - ate half. Refused evening meds, office told.
Wed 08:10-08:45 Jo: washed and dressed, breakfast, meds taken.`},
		{"fixed: a CONDITION SURVEY under a rule that turns away customer satisfaction surveys (was none)", review35aSurveyorExcl, "survey_report", `CONDITION SURVEY
Unit 4, Kersey Business Park      Client: Norbury Property Ltd
Date of inspection: 5 March 2025

Roof: profiled metal sheets, fixings corroded, two rooflights cracked. Repair within 12 months.
External walls: cladding sound; graffiti to rear elevation.
Windows and doors: roller shutter damaged (vehicle impact).
Services: not tested.

Estimated repair costs over five years: £38,500 (schedule attached).`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			classifyAs(t, c.name, c.text, c.rules, c.want)
		})
	}
}
