package scorer

import "testing"

// An agreement to live in a room, a caravan or a hostel an employer or a
// college provides is a licence to occupy, a lease's kind: not the
// contract of employment it comes with, though it speaks of the worker,
// the employer and the wages the charge comes out of.
func TestAnAccommodationAgreementIsALicenceToOccupy(t *testing.T) {
	namedAs(t, []string{
		"STAFF ACCOMMODATION AGREEMENT",
		"Accommodation licence agreement - Unit 4",
		"UNTERKUNFTSVEREINBARUNG für Saisonkräfte",
		"Huisvestingsovereenkomst seizoenarbeiders",
		"Contrato de alojamiento - temporada 2025",
	}, "lease", "employment_contract")
	rules := []Rule{
		{Type: "job_offer", Description: "An offer of seasonal work from a farm: the job, dates, pay and how to accept."},
		{Type: "employment_contract", Description: "employment contract (signed terms of work)"},
		{Type: "payslip", Description: "Payslip for one pay period: gross pay, deductions, net pay."},
		{Type: "accommodation_agreement", Description: "Agreement for living in the employer's accommodation (caravan, shared house or room): charge, deposit, house rules, signed by me."},
	}
	classifyAs(t, "a farm's caravan agreement", `Accommodation agreement - Brookend Farm, Field Camp

Worker: Tomasz Nowicki (no. 5521)
Caravan 7, bed 3
From 2 May 2025 until the end of employment.

- Charge £70 per week, deducted from wages. Deposit £50, returned when you leave.
- Quiet hours 22:00 to 06:00. No smoking in the caravan.
- Leave the caravan within 5 days after your employment ends.

Signed: T. Nowicki (worker)   R. Hale (for the employer)   02/05/2025`, rules, "accommodation_agreement")
	classifyAs(t, "the contract of employment", `CONTRACT OF EMPLOYMENT - SEASONAL WORKER

Employer: Brookend Farm Ltd
Employee: Tomasz Nowicki
Job: fruit picker, from 2 May 2025 to 30 September 2025.
Hours: up to 48 a week. Pay: £12.21 an hour, paid weekly.
Holiday: 5.6 weeks a year, pro rata. Notice: one week on either side.

Signed: T. Nowicki (employee)   R. Hale (for the employer)`, rules, "employment_contract")
}

// Immigration papers name a permit to enter or stay: a decision on entry
// clearance, an eVisa, a certificate of sponsorship; "entry clearance
// ... has been granted" and "you have permission to stay in the UK"
// grant one.
func TestImmigrationPapersNameAPermitToStay(t *testing.T) {
	namedAs(t, []string{
		"Decision on your application for entry clearance",
		"Your eVisa",
		"Certificate of Sponsorship - assigned",
	}, "residence_permit", "")
	doActs(t, []actCase{
		{"Your application for entry clearance as a Seasonal Worker has been granted.", "residence_permit"},
		{"You have permission to stay in the UK until 4 December 2025.", "residence_permit"},
		{"You have permission to enter and stay in the UK until 10 October 2025.", "residence_permit"},
	})
	noActs(t, []actCase{
		{"Your application for the post of cook has been received.", "residence_permit"},
	})
	rules := []Rule{
		{Type: "job_offer", Description: "An offer of seasonal work from a farm: the job, dates, pay and how to accept."},
		{Type: "tax_form", Description: "Tax forms: P45, P60, P85 and refund forms."},
		{Type: "visa_document", Description: "Immigration papers: visa grant, entry clearance, certificate of sponsorship, eVisa status, permission to work."},
		{Type: "travel_booking", Description: "A booking confirmation for a flight, coach or train with my name, route and dates."},
	}
	classifyAs(t, "a visa decision", `Subject: Decision on your visa application
Reference: GWF000000999

Dear Mr Nowicki,

Your application for permission to enter the UK as a Seasonal Worker has been approved.
Valid from: 20/04/2025    Valid until: 19/10/2025
Conditions: work only for your sponsor; no public funds.

Your status is held as an eVisa. Sign in to your online account to view it.

UK Visas and Immigration`, rules, "visa_document")
}

// A message tells what others said to its writer ("your quote said",
// "your invoice says"): an e-mail's header makes it a message however
// it opens, so reported speech does not make it news. A story with its
// byline is still one.
func TestAnEmailTellsWhatOthersSaid(t *testing.T) {
	body := `Ken,

The gate you hung on Friday already sticks. Your quote said the posts would be set in concrete, and your invoice says £80 for concrete, but they move by hand. She said you would come back on Monday and nobody came.

Please come and put it right this week.

Ann Lowe
`
	headers := "From: Ann Lowe <ann@mail.example>\nTo: ken@gates.example\nSubject: The gate\nDate: Tue, 4 Mar 2025 09:12:00 +0000\n\n"
	plain, mail := analyze(body).cues[cueReport], analyze(headers + body).cues[cueReport]
	if plain == 0 {
		t.Fatal("the body reports nothing: the test does not test the header")
	}
	if mail >= plain {
		t.Errorf("reported speech in an e-mail weighs %.2f, as much as in a bare text (%.2f)", mail, plain)
	}
	story := headers + "By Joe Marsh\n\nThe council said on Monday that the bridge will close. A spokesperson said the works take a year. Residents said they were not told.\n"
	noHeaders := "By Joe Marsh\n\nThe council said on Monday that the bridge will close. A spokesperson said the works take a year. Residents said they were not told.\n"
	if got, want := analyze(story).cues[cueReport], analyze(noHeaders).cues[cueReport]; got < want {
		t.Errorf("a story with its byline sent by e-mail reads as news at %.2f, less than the story alone (%.2f)", got, want)
	}
	rules := []Rule{
		{Type: "invoice", Description: "A bill asking for payment for work already done."},
		{Type: "quote", Description: "quote or estimate for a job, before the work is done"},
		{Type: "complaint_letter", Description: "A customer complaining about my work or prices and asking for it to be put right."},
	}
	classifyAs(t, "a customer's complaint by e-mail", headers+body, rules, "complaint_letter")
}

// "Larkfield News - Spring 2024" is an edition of a newsletter, not a
// news story: news that come out by season, issue or month are a
// newsletter's name.
func TestANewsletterComesOutInEditions(t *testing.T) {
	namedAs(t, []string{
		"Larkfield News - Spring 2024",
		"# Brookside News – March 2025",
		"NOTICIAS DE LARKFIELD - Otoño 2024",
		"Harbour Road News, issue 12",
	}, "newsletter", "news")
	for _, title := range []string{"Local news: council approves new homes", "NEWS - bank to close Fenwick branch"} {
		if namesOn(title, "newsletter", 0) {
			t.Errorf("%q names a newsletter", title)
		}
	}
	rules := []Rule{
		{Type: "meeting_minutes", Description: "Minutes of a committee meeting or AGM."},
		{Type: "council_letter", Description: "A letter from the local council to the association."},
		{Type: "newsletter", Description: "The association's newsletter to residents: news, dates, reports from the committee."},
	}
	classifyAs(t, "a residents' newsletter", `Larkfield News - Winter 2024
From your Residents' Association

## Carol singing
Friday 13 December, 6pm by the playground. Mince pies after!

## Footpath lights
After our petition the lights on the footpath are on the repair list for January.

## Thank you
Forty residents came to the AGM. Welcome to our new treasurer, Femi.`, rules, "newsletter")
}

// A roll call, who was present and who sent apologies, does what
// minutes do however long the list between; a register's count does
// not.
func TestARollCallIsMinutes(t *testing.T) {
	doActs(t, []actCase{
		{"**Present:** R Okoro (chair), S Marchbank, P Raman, D Kyle, T Hughes, M Boateng · **Apologies:** A Fenn", "minutes"},
		{"Present: Jan Kowal, Ewa Nowak, Piotr Zielinski, Anna Wojcik, Marek Lis, Ola Mazur\nApologies: Tomasz Krol\n1. Treasurer's report", "minutes"},
		{"Anwesend: Frau Berg, Herr Klein, Frau Roth, Herr Vogt, Frau Sommer\nEntschuldigt: Herr Lang", "minutes"},
	})
	noActs(t, []actCase{
		{"Class 4B register, Monday\nPresent: 24\nAbsent: 2", "minutes"},
		{"Apologies: we are closed on Monday.\nPresent this voucher at the till:", "minutes"},
	})
}

// A long title that a name leads, qualified by what follows in lower
// case, names the document as a heading does: "Minutes of the meeting of
// ... held on ..."; a sentence led by a name does not.
func TestALongTitleLedByItsName(t *testing.T) {
	weight := func(text string) float64 { return nameWeight(text, "minutes", 0) }
	title := "Minutes of the meeting of Brookfield Parish Council held on Tuesday 3 June 2025 at the Village Hall\n\nPresent: Cllr Ward (chair), Cllr Shah\n"
	if w := weight(title); w < nameInHeading {
		t.Errorf("a long title led by \"Minutes of\" names minutes at %.2f, want a heading's %.2f", w, nameInHeading)
	}
	sentence := "Minutes of the meeting of Brookfield Parish Council held on Tuesday 3 June were read and signed by the chair.\n\nPresent: Cllr Ward (chair), Cllr Shah\n"
	if w := weight(sentence); w > nameInBody {
		t.Errorf("a sentence led by \"Minutes of\" names minutes at %.2f, want running text's %.2f", w, nameInBody)
	}
}

// A certificate of employers' and public liability insurance, the two
// covers in one, is an insurance policy's certificate.
func TestACertificateOfTwoCoversIsAPolicy(t *testing.T) {
	if title := "CERTIFICATE OF EMPLOYERS' AND PUBLIC LIABILITY INSURANCE"; !namesOn(title, "insurance_policy", 0) {
		t.Errorf("%q does not name an insurance policy", title)
	}
}

// nameWeight is the weight at which text names the kind id on line ln,
// 0 if it does not.
func nameWeight(text, id string, ln int32) float64 {
	lx := kindLexicon()
	w := 0.0
	for _, m := range mentionsOf(text) {
		if lx.kinds[m.kind].id == id && m.line == ln {
			w = max(w, m.weight)
		}
	}
	return w
}

// namedAs fails t for each title that does not name the kind id on its
// first line, or that names the kind not ("" for none) there.
func namedAs(t *testing.T, titles []string, id, not string) {
	t.Helper()
	for _, title := range titles {
		if !namesOn(title, id, 0) {
			t.Errorf("%q does not name %s", title, id)
		}
		if not != "" && namesOn(title, not, 0) {
			t.Errorf("%q names %s", title, not)
		}
	}
}
