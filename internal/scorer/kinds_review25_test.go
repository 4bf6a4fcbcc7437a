package scorer

import "testing"

// A review of 04bb2bf (round 22's agency assignment confirmations, grant
// applications, training records, "appointment" alone and a pension's
// increase) wrote these; each was read right before it and wrong by it.

// Minutes that agree to apply for a grant, a funder's guidance on who
// can apply for one, its refusal inviting the club to apply again and a
// start-up's update seeking funding from investors do not apply for a
// grant. Under round 22's own rules for a club, the minutes stay minutes
// and the refusal is none of them.
func TestReview25ApplyingForAGrantIsNotOnlyAnApplications(t *testing.T) {
	noActs(t, []actCase{
		{"It was agreed that the treasurer would apply for a grant from the lottery.", "grant_application"},
		{"Groups can apply for a grant of up to £5,000.", "grant_application"},
		{"You are welcome to apply for a grant again after six months.", "grant_application"},
		{"We are seeking funding from investors to expand the business.", "grant_application"},
		{"We are seeking funding for a new roof and would welcome donations.", "grant_application"},
	})
	rules := []Rule{
		{Type: "membership_application", Description: "A membership application form filled in by someone joining the club."},
		{Type: "meeting_minutes", Description: "Minutes of committee meetings."},
		{Type: "grant_application", Description: "Our application to a funder for a grant (form, letter or draft). The funder's reply is not an application."},
		{Type: "receipt", Description: "Receipt for something the club paid for."},
	}
	classifyAs(t, "a committee's minutes", `Ashby Bowls Club – committee meeting, 4 March 2025
Present: P. Lowe (Sec), D. Hart (Treas), M. Cole (Chair)

1. Minutes of the last meeting agreed.
2. Ramp: quotes of £3,100 and £3,600 received. Agreed to apply for a grant of £2,000 from the Riverside Community Fund; Pat to fill in the form by 31 March.
3. Next meeting: 1 April.`, rules, "meeting_minutes")
	classifyAs(t, "a funder's refusal", `Riverside Community Fund

Re: Application for a grant – Ashby Bowls Club

Dear Ms Lowe,

Thank you for applying to the Small Grants Programme. I am sorry to tell you that the panel could not support your application this time, as the programme was heavily oversubscribed. You are welcome to apply for a grant again after six months.

Yours sincerely,
Ruth Kay, Grants Officer`, rules, "")
}

// In French, Spanish, Italian and Portuguese a request for "financement",
// "financiación" or "finanziamento" is as often a loan's or a car's
// finance application as a grant's, and a "subsídio" is a benefit: a
// bank's "Demande de financement" for a home loan and a dealer's
// "Solicitud de financiación" for a car are the loan's papers.
func TestReview25AFinanceApplicationIsALoans(t *testing.T) {
	for _, title := range []string{"DEMANDE DE FINANCEMENT", "SOLICITUD DE FINANCIACIÓN", "RICHIESTA DI FINANZIAMENTO", "PEDIDO DE SUBSÍDIO DE DESEMPREGO"} {
		if namesOn(title, "grant_application", 0) {
			t.Errorf("%q names a grant application", title)
		}
	}
	classifyAs(t, "a home loan's application", `DEMANDE DE FINANCEMENT
Crédit Agricole – Agence de Lyon Part-Dieu

Emprunteurs : M. et Mme Martin
Objet : achat d'une résidence principale, 12 rue des Lilas, Lyon
Prix du bien : 320 000 €
Apport personnel : 40 000 €
Montant demandé : 280 000 € sur 25 ans
Revenus mensuels nets du foyer : 5 200 €

Fait à Lyon, le 3 mars 2025
Signature des emprunteurs`, []Rule{
		{Type: "pret_immobilier", Description: "Documents de notre prêt immobilier : demande, offre de prêt, tableau d'amortissement."},
		{Type: "releve_bancaire", Description: "Relevés bancaires."},
		{Type: "assurance", Description: "Contrats d'assurance."},
	}, "pret_immobilier")
	classifyAs(t, "a car loan's application", `SOLICITUD DE FINANCIACIÓN
Santander Consumer Finance – Concesionario Auto Ruiz, Sevilla

Solicitante: Lucía Ruiz García, DNI 12345678Z
Vehículo: Seat Ibiza 1.0 TSI
Precio: 17.500 €   Entrada: 2.500 €
Importe solicitado: 15.000 € a 72 meses
Ingresos netos mensuales: 1.900 €

Firma del solicitante ______   Fecha: 03/03/2025`, []Rule{
		{Type: "prestamo_coche", Description: "Papeles del préstamo del coche: solicitud, contrato, cuadro de amortización."},
		{Type: "factura", Description: "Facturas."},
		{Type: "seguro", Description: "Pólizas de seguro."},
	}, "prestamo_coche")
}

// Being competent to use a machine, trained in the use of it or signed
// off to use it is what a risk assessment requires, a hire agreement
// asks the hirer to confirm, a person specification asks for, a CV
// claims and a course's certificate certifies: none of them is a
// training record. Under round 22's rules for a men's shed, its risk
// assessment and a new member's application stay theirs; a CV and a
// site induction's certificate stay the CV's and the certificate's.
func TestReview25TrainingSpokenOfIsNoTrainingRecord(t *testing.T) {
	noActs(t, []actCase{
		{"Only members who have been signed off to use the bandsaw may operate it.", "training_record"},
		{"Must be competent to use Microsoft Office and Xero.", "training_record"},
		{"The hirer confirms that they are competent to use the equipment.", "training_record"},
		{"All staff are trained in the use of fire extinguishers.", "training_record"},
		{"This is to certify that Jane Smith has completed the induction course.", "training_record"},
		{"I was trained on Sage and Excel.", "training_record"},
		{"I took him through the accounts.", "training_record"},
	})
	shed := []Rule{
		{Type: "membership_application", Description: "A membership application form filled in by someone joining the workshop."},
		{Type: "receipt", Description: "Receipt for something we bought."},
		{Type: "induction_record", Description: "Record that a named member has been trained on and signed off to use a particular machine or tool, including induction cards and logs of inductions."},
		{Type: "risk_assessment", Description: "Risk assessment of a machine or an activity: hazards, who is at risk, controls."},
	}
	classifyAs(t, "a lathe's risk assessment", `Risk assessment: wood lathe

Hazards: entanglement of loose clothing or hair; work thrown from the lathe; dust; noise.
Who might be harmed: the operator and anyone standing nearby.
Controls: members must be trained in the use of the lathe and signed off for unsupervised use before using it alone; no loose clothing, long hair tied back; face shield worn; tool rest set close; speed set for the size of the work.
Assessed by P. Tate, 10/03/2025. Review in one year.`, shed, "risk_assessment")
	classifyAs(t, "a new member's application", `ASHBY MEN'S SHED – MEMBERSHIP APPLICATION

Name: Dennis Hart
Address: 14 Canal Row, Ashby
Phone: 07700 900456
Emergency contact: June Hart (wife), 07700 900457
Skills: joinery, some metalwork
Machines you are already competent to use: pillar drill, bandsaw
Membership fee: £30 a year (paid)

I agree to follow the shed's safety rules and not to use any machine until I have been signed off to use it.
Signed: D Hart   Date: 01/03/2025`, shed, "membership_application")
	jobs := []Rule{
		{Type: "job_description", Description: "Job descriptions and person specifications."},
		{Type: "cv", Description: "CVs sent by candidates."},
		{Type: "contract", Description: "Employment contracts."},
		{Type: "policy", Description: "HR policies."},
	}
	classifyAs(t, "a candidate's CV", `MARIA LOPEZ
7 Park Row, Leeds LS1 5AB | 07700 900123 | maria@mail.example

Profile
Organised office administrator with five years' experience.

Experience
2020 – now   Office Administrator, Fenwick Data Ltd
- ran purchase ledger, trained on Sage 50; trained in the use of Xero
- induction of new starters: I took new staff through the fire procedure and IT set-up

Training
First aid at work (2023); Fire marshal (2022); CPD log kept

Education
BA (Hons) Business, Leeds Beckett University, 2019`, jobs, "cv")
	classifyAs(t, "a site induction's certificate", `Certificate

Site Safety Induction
This is to certify that John Ince has completed the induction for Harbour Quay construction site on 10 March 2025 and has been trained in the use of the site's PPE and emergency procedures.

Signed: site manager`, []Rule{
		{Type: "course_certificate", Description: "Certificates of courses I have done (first aid, food hygiene, forklift)."},
		{Type: "payslip", Description: "Payslips."},
		{Type: "cv", Description: "My CV."},
	}, "course_certificate")
}

// An employer's "Shift confirmation" lists a worker's shifts for the
// week: a rota, not a booking.
func TestReview25AShiftConfirmationIsARota(t *testing.T) {
	if title := "SHIFT CONFIRMATION"; namesOn(title, "booking_confirmation", 0) {
		t.Errorf("%q names a booking confirmation", title)
	}
	classifyAs(t, "a care home's shifts", `SHIFT CONFIRMATION
Staff: Lisa Moss (Senior Care Assistant)
Week commencing: 10/03/2025

Mon 10/03  07:30-15:30  Elm
Wed 12/03  07:30-15:30  Elm
Thu 13/03  14:00-22:00  Oak
Sat 15/03  07:30-20:00  Oak
Total hours: 36.5`, []Rule{
		{Type: "rota", Description: "My shift rota from the care home."},
		{Type: "payslip", Description: "Payslips."},
		{Type: "booking", Description: "Hotel and travel bookings."},
		{Type: "letter", Description: "Letters from the care home manager."},
	}, "rota")
}

// An employer's confirmation of an employee's assignment abroad (host
// company, allowances, tax) is their employment's paper, not a travel
// booking; nor is a creditor's "confirmation of assignment" of a debt
// or a lease.
func TestReview25AnAssignmentAbroadIsNoBooking(t *testing.T) {
	for _, title := range []string{"CONFIRMATION OF ASSIGNMENT", "Confirmation of Assignment of Lease"} {
		if namesOn(title, "booking_confirmation", 0) {
			t.Errorf("%q names a booking confirmation", title)
		}
	}
	classifyAs(t, "an international assignment", `CONFIRMATION OF ASSIGNMENT

Employee: Sara Lind   Employee no: 40871
Home company: Nordvik AB, Stockholm
Host company: Nordvik Ltd, London
Assignment: Project Manager, 24 months from 1 May 2025
Base salary: SEK 720,000 a year, paid in Sweden
Allowances: housing £2,200 a month; cost-of-living 8%; one home trip a year
Tax: tax equalised; Deloitte will prepare your UK and Swedish returns

Please sign and return to Global Mobility.`, []Rule{
		{Type: "employment", Description: "Employment contract and assignment letter from my employer."},
		{Type: "booking", Description: "Flight and hotel bookings."},
		{Type: "visa", Description: "Visa and residence permit papers."},
		{Type: "tax", Description: "Tax returns and tax letters."},
	}, "employment")
}

// A newspaper's story that the state pension goes up, told to its
// readers ("your pension will go up by £470 a year, the government
// said"), is a press cutting, not a statement of anyone's pension.
func TestReview25NewsOfAPensionRiseIsNoStatement(t *testing.T) {
	noActs(t, []actCase{
		{"If you get the full new State Pension, your pension will go up by £470 a year.", "pension_statement"},
		{"Pensioners: your pension will increase by 4.1% from April.", "pension_statement"},
		{"If you receive the full new state pension, your pension increases by £470 a year.", "pension_statement"},
	})
	rules := []Rule{
		{Type: "pension", Description: "Statements and letters from my pension providers."},
		{Type: "press_cutting", Description: "Newspaper articles I have cut out or saved."},
		{Type: "bank", Description: "Bank statements."},
	}
	for _, rise := range []string{"your pension will go up by", "your pension increases by"} {
		classifyAs(t, "a news story ("+rise+")", `Pensioners to get £470 more a year

By Sarah Cole, personal finance reporter
Published 4 March 2025

Millions of pensioners will get a boost next month. If you receive the full new state pension, `+rise+` £470 a year to £11,973, the government said on Tuesday.

The rise follows the triple lock, which raises the state pension each year by the highest of inflation, earnings growth or 2.5%. Critics say the policy is too expensive.`, rules, "press_cutting")
	}
}

// "Appointment" names a booked visit, not a person put into a post: a
// company's "Appointment of a director", an AGM's "Appointment of
// trustees", a job's "Letter of appointment" or "Terms of appointment",
// a club's "Confirmation of your appointment as Treasurer", a
// shareholder's "Appointment of proxy". A club's letter confirming its
// new treasurer is its rule's for volunteers' roles. (A news story or a
// newsletter that heads a paragraph "Appointment" still names one.)
func TestReview25AnAppointmentToAPostIsNoAppointment(t *testing.T) {
	for _, title := range []string{
		"Appointment of a director",
		"APPOINTMENT OF TRUSTEES",
		"Letter of Appointment",
		"Terms of Appointment",
		"Confirmation of your appointment as Treasurer",
		"Appointment of proxy",
	} {
		if namesOn(title, "appointment", 0) {
			t.Errorf("%q names an appointment", title)
		}
	}
	classifyAs(t, "a club's new treasurer", `Confirmation of your appointment as Treasurer

Dear Helen,

Thank you for agreeing to take on the role of club treasurer from 1 April 2025. This letter confirms the appointment, which runs until the AGM in 2027.

Your duties: keeping the accounts, banking the subs, paying invoices approved by the committee, and presenting the accounts at the AGM.

Best wishes,
Gary Stone, Chair, Fernhill Cricket Club`, []Rule{
		{Type: "volunteer_role", Description: "Letters confirming a volunteer in a role: treasurer, coach, welfare officer."},
		{Type: "minutes", Description: "Committee minutes."},
		{Type: "membership_form", Description: "Membership forms."},
		{Type: "invoice", Description: "Invoices from suppliers."},
	}, "volunteer_role")
}

// A rule that speaks of appointments to posts ("letters of appointment")
// is not a rule for a clinic's appointment letters: with no rule for
// those, a hospital's letter and a dentist's reminder are none of them.
// (A rule for "invoices ... for their therapy appointments" still takes
// a therapist's reminder.)
func TestReview25AppointmentsARuleSpeaksOfAreNotItsKind(t *testing.T) {
	hr := []Rule{
		{Type: "employment_contract", Description: "Employment contracts, offer letters and letters of appointment for staff."},
		{Type: "payslip", Description: "Payslips."},
		{Type: "p45_p60", Description: "P45 and P60 forms."},
		{Type: "bank", Description: "Bank statements."},
	}
	classifyAs(t, "a hospital's appointment letter", `Royal Infirmary
Outpatients

Dear Mr Grant,

Your appointment with the Cardiology Clinic is on Monday 12 May 2025 at 09:40, Clinic B, Level 2.

Please bring your medication and arrive 10 minutes early.
If you cannot attend, call 0131 000 0000 so we can offer the slot to someone else.

Appointments Centre`, hr, "")
	classifyAs(t, "a dentist's reminder", `Smile Dental Care
Reminder: your appointment with Dr Lowe is on Wednesday 21 May at 3:15pm. Please reply YES to confirm or call 01234 567890 to rearrange.`, hr, "")
}
