package scorer

import "testing"

// "Ihre Bewerbung" and "your application" are the reader's application:
// a letter that names it so answers one, and is no cover letter.
func TestAReplyToAnApplicationIsNoCoverLetter(t *testing.T) {
	rules := []Rule{
		{Type: "cover_letter", Description: "A letter I send to an employer with my CV, saying why I want the job."},
		{Type: "job_offer", Description: "An employer telling me I have got the job, with the start date or pay."},
		{Type: "payslip", Description: "payslips"},
	}
	classifyAs(t, "German offer", `Hotel Seeblick GmbH · Personalabteilung
Uferweg 12 · 88000 Seedorf

Herrn Jonas Webb
4 Mill Lane, Harford HF2 7QP

Seedorf, 2. Mai 2025

Ihre Bewerbung als Servicekraft - Zusage

Sehr geehrter Herr Webb,

wir freuen uns sehr, Ihnen eine Stelle im Restaurant für die Sommersaison
vom 1. Juni bis 30. September anbieten zu können.
Vergütung: 14,00 € brutto pro Stunde, 38 Stunden pro Woche.

Den Arbeitsvertrag erhalten Sie in den nächsten Tagen per Post.

Mit freundlichen Grüßen
Petra Lindner, Personalleitung`, rules, "job_offer")
	classifyAs(t, "Italian acknowledgement", `Ristorante Il Faro - Ufficio Personale

Caro Jonas,

grazie per averci inviato la tua candidatura per la stagione 2025.
Abbiamo ricevuto il tuo CV e la tua lettera di presentazione: se il tuo
profilo è in linea con le nostre esigenze ti contatteremo entro aprile.

Cordiali saluti,
Ufficio Personale`, rules, "")
}

// The readers' possessive takes a name down to a mention only for the
// kinds a reader sends: "Your invoice" still names an invoice.
func TestTheReadersPossessiveAnswersOnlyWhatAReaderSends(t *testing.T) {
	if !readersBefore("Subject: Ihre ") || !readersBefore("Re: your ") || !readersBefore("grazie per la tua ") {
		t.Error("the reader's possessive before a name was not found")
	}
	if readersBefore("My ") || readersBefore("Your application\n") || readersBefore("") {
		t.Error("a possessive was found where there is none before the name")
	}
	w := weightOf("Your invoice INV-2207\n\nAmount due: £120.00 by 1 June.\n", "invoice")
	if w < nameInSubject {
		t.Errorf("\"Your invoice\" as a title names the invoice at %.2f, want at least a subject line's %.2f", w, nameInSubject)
	}
	if w := weightOf("Bewerbung als Koch\n\nSehr geehrte Frau Lindner,\n", "cover_letter"); w < nameInSubject {
		t.Errorf("\"Bewerbung\" as a title names a cover letter at %.2f, want at least a subject line's %.2f", w, nameInSubject)
	}
	if w := weightOf("Ihre Bewerbung als Koch\n\nSehr geehrter Herr Webb,\n", "cover_letter"); w > nameInBody {
		t.Errorf("\"Ihre Bewerbung\" as a title names a cover letter at %.2f, want at most a mention's %.2f", w, nameInBody)
	}
	if w := weightOf("Ihre „Bewerbung“ als Koch\n\nSehr geehrter Herr Webb,\n", "cover_letter"); w > nameInBody {
		t.Errorf("a quoted \"Bewerbung\" after \"Ihre\" names a cover letter at %.2f, want at most a mention's %.2f", w, nameInBody)
	}
	// On a form, "Your complaint:" labels what its filler writes.
	if w := weightOf("Contact us\n\nYour complaint: the parcel came open and two cups were broken.\n", "complaint"); w <= nameInBody {
		t.Errorf("\"Your complaint:\" as a form's label names a complaint at %.2f, want more than a mention's %.2f", w, nameInBody)
	}
}

// A message saying that a statement, a payslip or a bill is ready to see
// elsewhere is not that document.
func TestANoticeThatADocumentIsReadyIsNotTheDocument(t *testing.T) {
	work := []Rule{
		{Type: "payslip", Description: "payslip showing pay and deductions for a week or a month"},
		{Type: "cover_letter", Description: "A covering letter I write to an employer with a job application"},
		{Type: "timesheet", Description: "record of the hours I worked"},
	}
	classifyAs(t, "payslip alert", `StaffApp  30/04/2025 07:02
Your April payslip is now available. Tap to view it in My Pay.`, work, "")
	money := []Rule{
		{Type: "bank_statement", Description: "statement of my current or savings account"},
		{Type: "credit_card_statement", Description: "monthly credit card statement"},
		{Type: "utility_bill", Description: "gas, electricity, water and phone bills"},
	}
	classifyAs(t, "statement alert", `Dear Mr Abara,

Your latest Visa credit card statement (card ending 4410) is now available
in online banking. Please log in to see your balance and minimum payment.

This is an automated message - please do not reply.`, money, "")
}

// A reminder that a policy renews, and a bank's notice that an account's
// terms change, are neither the policy nor a statement.
func TestRenewalRemindersAndChangesOfTermsAreNotThePolicyOrTheStatement(t *testing.T) {
	rules := []Rule{
		{Type: "insurance_policy", Description: "insurance policies, certificates and schedules (van, tools, public liability)"},
		{Type: "bank_statement", Description: "business bank account statements"},
		{Type: "invoice", Description: "bills from suppliers"},
	}
	classifyAs(t, "renewal reminder", `Hi Dev,

Your van insurance (policy VN-448120) renews soon, on 14 July 2025.
Your renewal price: £412.60 (last year £389.10).

Nothing changed? Renew now in your account and we'll email your new
documents straight away.

Northway Insurance Services`, rules, "")
	classifyAs(t, "change of terms", `Important changes to your Business Savings Account

Dear Mr Abara,

We inform you of the following changes to your account conditions from
1 September 2025:
- interest rate: 1.10% -> 0.95%
- paper statements: £2.00 each

If you do not want to accept the changes you can close or switch your
account free of charge before 1 September.

Business Banking Team`, rules, "")
}

// A funder's letter awarding a grant, in English or in French, is a
// grant letter; a rota of shifts to come is no timesheet; a site
// inspection record is inspection paperwork a rule can list.
func TestGrantsRotasAndInspectionRecordsAreWhatTheyAre(t *testing.T) {
	festival := []Rule{
		{Type: "grant_letter", Description: "A letter from a funder (foundation, council, arts body) telling us the decision on a grant, with its conditions."},
		{Type: "invoice", Description: "A bill from a supplier asking to be paid"},
		{Type: "meeting_minutes", Description: "Minutes of committee meetings"},
		{Type: "sponsorship_agreement", Description: "Agreement with a business that gives money in return for publicity"},
	}
	classifyAs(t, "grant award", `Brookfield Community Trust
12 Church Row, Brookfield

Dear Sam,

I am delighted to tell you that our trustees have awarded you £2,500
towards the children's workshops at this year's festival. The grant will
be paid once we receive your signed acceptance form.

Helen Marsh, Grants Officer`, festival, "grant_letter")
	classifyAs(t, "French grant", `MAIRIE DE SAINT-AUBIN - Comité de jumelage

Saint-Aubin, le 3 avril 2025
Objet : attribution d'une subvention

Madame la Présidente,

J'ai le plaisir de vous informer que le conseil municipal a décidé de vous
attribuer une subvention de 600 € pour la venue de la chorale au festival.

Le Maire, Alain Roux`, festival, "grant_letter")
	shop := []Rule{
		{Type: "timesheet", Description: "Record of the hours I actually worked, like a clock-in printout."},
		{Type: "shift_rota", Description: "Rota of upcoming shifts so staff know who works when."},
		{Type: "payslip", Description: "payslip"},
	}
	classifyAs(t, "my shifts", `StaffPortal - My upcoming shifts
Ella Brooks (4471), published 10/05/2025

Mon 12/05   09:00-15:00   Tills
Wed 14/05   12:00-20:00   Stockroom
Sat 17/05   08:00-16:00   Tills

Planned hours this week: 22.0`, shop, "shift_rota")
	build := []Rule{
		{Type: "building_control", Description: "Building regulations paperwork: plans approval, site inspection records, test results, completion certificate."},
		{Type: "invoice", Description: "bills from trades and suppliers"},
		{Type: "delivery_note", Description: "delivery notes that came with materials"},
	}
	classifyAs(t, "inspection record", `Vale District Building Control - Site inspection record
Ref: BC/25/00311/FP   Site: Plot 2, Orchard Lane
Stage: Drainage

Observations: foul drain laid to falls, air test passed.
Result: [X] Satisfactory  [ ] Unsatisfactory
Surveyor: P. Hale     Date: 12/05/2025`, build, "building_control")
}

// Options none of which is ticked are a form's blanks; ticked ones are
// filled in, and a list of tasks with one box a line is no form.
func TestUntickedOptionsAreBlanksToFillIn(t *testing.T) {
	blank := `Volunteer form - Riverside Fair 2025

Full name: ______________________
Email / phone: ______________________
18 or over?  [ ] Yes  [ ] No
Teams:  [ ] Car parks  [ ] Bar  [ ] Welfare
Days:   [ ] Sat  [ ] Sun`
	filled := `Volunteer form - Riverside Fair 2025

Full name: Ann Ode
Email / phone: ann@mail.example
18 or over?  [x] Yes  [ ] No
Teams:  [ ] Car parks  [x] Bar  [ ] Welfare
Days:   [x] Sat  [ ] Sun`
	tasks := `Shop jobs this week

- [ ] Pay the wholesaler's invoice
- [x] Chase the care home's paper bill
- [ ] Ring the energy firm about the meter
- [ ] Send the hours to the accountant`
	if b := analyze(blank).cues[cueBlank]; b < 0.9 {
		t.Errorf("a form of unticked options is a blank at %.2f, want at least 0.9", b)
	}
	if b := analyze(filled).cues[cueBlank]; b > 0 {
		t.Errorf("a filled-in form is a blank at %.2f, want 0", b)
	}
	if b := analyze(tasks).cues[cueBlank]; b > 0 {
		t.Errorf("a list of tasks is a blank at %.2f, want 0", b)
	}
	short := "Booking form\n\nAre you over 18?\n[ ] Yes  [ ] No\nWhich day?\n[ ] Sat  [ ] Sun\nParking?\n[ ] Yes  [ ] No\nMeals?\n[ ] Yes  [ ] No\nSigned:\nDate:"
	if b := analyze(short).cues[cueBlank]; b < 0.9 {
		t.Errorf("options of short words, none ticked, are a blank at %.2f, want at least 0.9", b)
	}
	marked := "Booking form\n\nAre you over 18?\n✓ Yes  [ ] No  [ ] Rather not say\nWhich day?\n[ ] Sat  ✓ Sun  [ ] Both\nParking?\n[ ] Yes  ✓ No  [ ] Not sure\nMeals?\n✓ Yes  [ ] No  [ ] Not sure\nSigned:\nDate:"
	if b := analyze(marked).cues[cueBlank]; b > 0 {
		t.Errorf("options marked with a tick are a blank at %.2f, want 0", b)
	}
	rules := []Rule{
		{Type: "volunteer_application", Description: "A completed application from someone offering to volunteer. An unfilled blank form is not an application."},
		{Type: "invoice", Description: "a supplier's bill"},
		{Type: "meeting_minutes", Description: "minutes of committee meetings"},
	}
	classifyAs(t, "blank form", blank, rules, "")
}
