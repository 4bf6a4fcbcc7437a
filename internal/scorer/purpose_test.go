package scorer

import (
	"slices"
	"strings"
	"testing"

	"github.com/kljensen/snowball/english"
)

// Rules about work and law, in the words a user might give them.
var workRules = []Rule{
	{Type: "employment_contract", Description: "A contract between an employer and an employee setting out the job, pay, hours, holidays and notice."},
	{Type: "resume", Description: "A CV or résumé: a person's work history, education and skills."},
	{Type: "reference_letter", Description: "A letter in which a former employer, manager or teacher vouches for someone and recommends them to a new employer."},
	{Type: "resignation_letter", Description: "A letter or e-mail from an employee telling the employer that they are leaving their job."},
	{Type: "nda", Description: "Non-disclosure agreement: the parties promise to keep information confidential."},
	{Type: "power_of_attorney", Description: "A document giving another person authority to act on someone's behalf."},
}

// The letters and forms of the world of work that these rules do not
// cover, and the ones they do: what separates them is what the document
// does, not the words it shares with the rule.
func TestPurposeSeparatesNeighbours(t *testing.T) {
	cases := []struct {
		name, want, text string
	}{
		{"resignation", "resignation_letter", `Tom Becker
14 Mill Lane, Leeds LS6 2QT

12 May 2025

Ms Alison Hart
Head of Operations, Northgate Logistics Ltd

Dear Alison,

I am writing to let you know that I have decided to resign from my position as
Warehouse Supervisor. As my contract requires one month's notice, my last working
day will be 13 June 2025.

Thank you for the support and the opportunities I have had over the past five
years. I will make sure the handover to my successor goes smoothly.

Yours sincerely,
Tom Becker`},
		{"dismissal", "", `Northgate Logistics Ltd
Human Resources Department
Unit 4, Ring Road, Leeds LS12 6AB

12 May 2025

Private and confidential

Mr Tom Becker
14 Mill Lane, Leeds LS6 2QT

Dear Mr Becker,

Following the disciplinary hearing held on 8 May 2025, we write to confirm that the
company has decided to terminate your employment on the grounds of gross misconduct.
Your employment will end with effect from today, 12 May 2025. You will be paid up to
this date, together with any holiday accrued but not taken.

Please return your security pass, keys and laptop to reception by 16 May 2025.
You have the right to appeal against this decision within 5 working days by writing to
the Operations Director.

Yours sincerely,
Alison Hart
HR Manager`},
		{"reference", "reference_letter", `Westfield Primary School
Oak Road, Bristol BS7 9QX

To whom it may concern

I have known Ms Jana Novak for four years, during which she worked at our school as a
teaching assistant in Year 2. She was reliable, punctual and always well prepared, and
the children and parents trusted her.

Jana led our reading club, supported pupils with special needs and stepped in to teach
whole lessons when a teacher was absent. She is warm, patient and a good colleague.

I recommend her without reservation for any post working with young children.

Yours faithfully,
David Okafor
Headteacher`},
		{"asking a referee", "", `From: Jana Novak <jana.novak@example.com>
To: David Okafor <head@westfield.example.sch.uk>
Subject: A favour - reference for a nursery job

Hi David,

I hope the new term has started well. I have applied for a room leader post at
Little Acorns Nursery and they ask for two referees. Would you be willing to act as
one of my referees? They would contact you by e-mail in the next two weeks and the
form takes about ten minutes.

I completely understand if you are too busy - just let me know.

Many thanks,
Jana`},
		{"job advert", "", `Warehouse Supervisor - Leeds (Full time, permanent)

Northgate Logistics is growing and we are looking for an experienced Warehouse
Supervisor to lead our night shift team of 15.

What you'll do
- Plan shifts and allocate work
- Make sure orders leave on time and safely
- Train and coach new starters

About you
- 2+ years supervising in a warehouse
- Forklift licence (counterbalance)
- Calm under pressure

What we offer
- Salary £31,000 - £34,000
- 28 days holiday, pension, free parking

How to apply: send your CV and a short cover note to jobs@northgate.example by 30 June.`},
		{"blank power of attorney", "", `GENERAL POWER OF ATTORNEY

I, ______________________________ (full name of principal)
of ______________________________________________ (address)
hereby appoint ______________________________ (full name of attorney)
of ______________________________________________ (address)
to be my attorney in accordance with the Powers of Attorney Act.

This power of attorney takes effect on: ____ / ____ / ________

Limits on the attorney's authority (if any):
_____________________________________________________________
_____________________________________________________________

Signed by the principal: ____________________   Date: ____________
Witnessed by: ____________________   Date: ____________`},
		{"power of attorney", "power_of_attorney", `POWER OF ATTORNEY

I, Margaret Ellis, of 3 Church Street, Harrogate HG1 1AB, hereby appoint my son
Peter Ellis, of 27 Station Road, York YO1 6HT, to be my attorney.

My attorney may act on my behalf in all matters concerning my bank accounts with
Yorkshire Building Society, including paying bills, making withdrawals and closing
accounts, while I am abroad from 1 July 2025 to 31 December 2025.

This power ends on 31 December 2025 unless I revoke it earlier in writing.

Signed: M. Ellis        Date: 20 June 2025
Witness: R. Singh, 5 Church Street, Harrogate`},
		{"tenancy agreement", "", `ASSURED SHORTHOLD TENANCY AGREEMENT

This agreement is made on 1 March 2025 between:
Landlord: Mr Paul Graham, 8 Park View, Sheffield S10 2TT
Tenant: Ms Rosa Diaz

Property: 22b Crookes Road, Sheffield S10 1UB
Term: 12 months from 1 March 2025
Rent: £850 per calendar month, payable in advance on the 1st of each month
Deposit: £980, held in the Deposit Protection Service

The tenant agrees:
1. To pay the rent on time.
2. To keep the property clean and in good repair.
3. Not to sublet the property or keep pets without consent.

The landlord agrees:
1. To keep the structure and the heating in repair.
2. To give 24 hours' notice before visiting.

Either party may end the tenancy after the first 6 months by giving two months' notice.

Signed: P. Graham (Landlord)     R. Diaz (Tenant)`},
		{"redundancy", "", `Dear Maria,

Further to our meeting on Monday, I am sorry to confirm that, following the
restructuring of the marketing team, your role as Marketing Assistant will be made
redundant.

Your four-week notice period starts today, so your last working day will be
Friday 27 June 2025. You will receive statutory redundancy pay of £3,240 together
with your final salary and payment for 6 days of untaken holiday.

I would like to thank you for your hard work over the last three years and wish you
every success for the future. Please speak to me if you have any questions.

Kind regards,

Helen Wood
Head of People, Brightline Media Ltd`},
		{"resignation accepted", "", `Dear Mr Okafor,

Thank you for your letter of 12 May. I am sorry to see you go, but I accept your
resignation and confirm that your last working day will be Friday 13 June.

Please arrange to return your keys and laptop to the office on that day. Your final
salary, including any untaken holiday, will be paid on 25 June.

On behalf of everyone at Westfield, thank you for your hard work and good luck in your
new role.

Yours sincerely,
Anne Price
Chair of Governors`},
		{"contract with a termination clause", "employment_contract", signedContract},
		{"short resignation e-mail", "resignation_letter", `Hi Karen,

After a lot of thought I've decided to move on - I've accepted a job closer to home. Please
take this as my formal resignation. My contract says two weeks' notice, so my final day
will be Friday 20 June.

I've really enjoyed working with you all and I'll make sure my cases are handed over.

Best,
Ravi`},
		{"employer asking a referee", "", `Little Acorns Nursery
12 Elm Grove, Bristol BS6 5AA

Mr D. Okafor
Headteacher, Westfield Primary School

3 June 2025

Dear Mr Okafor,

Reference for: Ms Jana Novak - Room Leader

Ms Novak has applied for the post of Room Leader at our nursery and has given your name
as a referee. We would be grateful if you could complete the enclosed reference form
and return it to us by 17 June. In particular we would welcome your view of her
reliability, her work with children under five and her attendance record.

Any information you give will be treated in confidence.

Yours sincerely,
Claire Dunn
Nursery Manager`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := classifyModel(c.text, workRules)
			got := ""
			if r.Type != nil {
				got = *r.Type
			}
			if got != c.want {
				t.Errorf("got %q (%.2f), want %q: %s", got, r.Confidence, c.want, r.Reasoning)
			}
		})
	}
}

// A form left blank is not the document it would become, however much of
// its words it holds; a signed document's lines to sign are not blanks.
func TestBlankForms(t *testing.T) {
	form := `APPLICATION FOR EMPLOYMENT

Position applied for:
Surname:
First name(s):
Address:
Postcode:
Telephone:
Email:
National Insurance number:

EMPLOYMENT HISTORY (most recent first)
Employer:
Job title:
Dates from / to:
Reason for leaving:

EDUCATION AND QUALIFICATIONS
School / college:
Qualifications:

REFERENCES
Please give the names of two referees, one of whom should be your current employer.

DECLARATION
I confirm that the information given on this form is true and complete.

Signature:                      Date:`
	if got := classifyModel(form, workRules); got.Type != nil {
		t.Errorf("a blank application form: typed %s (%s)", *got.Type, got.Reasoning)
	}
	if b := analyze(form).cues[cueBlank]; b < 0.5 {
		t.Errorf("a blank application form: blank cue %.2f, want at least 0.5", b)
	}
	if b := analyze(signedContract).cues[cueBlank]; b != 0 {
		t.Errorf("a signed contract: blank cue %.2f, want 0", b)
	}
	// A title that calls it a template, and a table's empty rows.
	order := "RIVERSIDE CAFE - PURCHASE ORDER (template v2, save a copy first)\n\nPO number: PO-RC-\nSupplier: Bakewell Flour Co\n\nLine | Code | Item description | Qty | Unit | Line total\n-----|------|------------------|-----|------|-----------\n  1  |      |                  |     |      |\n  2  |      |                  |     |      |\n  3  |      |                  |     |      |\n\nDeliver to: the rear kitchen door, before 10am\nNotes for staff: email the PDF to the supplier\nKeep a copy in the Orders 2025 folder\nNext free number is on the whiteboard\n"
	officeRules := []Rule{{Type: "purchase_order", Description: "purchase order sent to a supplier"}, {Type: "invoice", Description: "invoice"}}
	if got := classifyModel(order, officeRules); got.Type != nil {
		t.Errorf("a purchase order template: typed %s (%s)", *got.Type, got.Reasoning)
	}
	if b := analyze(strings.Replace(order, "(template v2, save a copy first)", "", 1)).cues[cueBlank]; b < 0.3 {
		t.Errorf("a purchase order with empty table rows: blank cue %.2f, want at least 0.3", b)
	}
	letter := "Dear Sam,\n\nThanks for the invoice template you sent; I have used it for March.\n\nBest,\nAna\n"
	if b := analyze(letter).cues[cueBlank]; b != 0 {
		t.Errorf("a letter that mentions a template: blank cue %.2f, want 0", b)
	}
	menu := "Starters\nSoup of the day ........ 6.50\nPrawn cocktail ......... 8.00\nMains\nFish and chips ......... 15.50\n"
	if b := analyze(menu).cues[cueBlank]; b != 0 {
		t.Errorf("a menu's dot leaders: blank cue %.2f, want 0", b)
	}
}

// What a document does is found in so many words, in any of six
// languages, across line breaks, and whoever does it: "I resign" is an
// employee's act, "your employment is terminated" an employer's.
func TestFindActs(t *testing.T) {
	lx := kindLexicon()
	cases := []struct {
		text, kind string
	}{
		{"Please accept this letter as formal\nnotice of my resignation.", "resignation_letter"},
		{"I would like to formally resign from my post.", "resignation_letter"},
		{"Hiermit kündige ich mein Arbeitsverhältnis fristgerecht.", "resignation_letter"},
		{"Je vous présente ma démission du poste de comptable.", "resignation_letter"},
		{"We regret that your employment with us will be terminated on 30 June.", "termination_letter"},
		{"Would you be willing to act as a referee for me?", "reference_request"},
		{"I have no hesitation in recommending her for the post.", "reference_letter"},
		{"We are pleased to offer you the position of analyst.", "job_offer"},
		{"Received from Ann Lee the sum of £40 with thanks.", "receipt"},
		// A short form matches a phrase written in full, and the other way.
		{"I’m writing to complain about the repair.", "complaint"},
		{"If you'd like to go ahead, just reply with the quantities.", "quote"},
		{"I am resigning from the team with effect from Friday.", "resignation_letter"},
		// A complaint that never says "complain" asks for a remedy and
		// says what comes next.
		{"The boiler is still not fixed. We would like you to send an engineer this week.", "complaint"},
		{"If we don't hear back by Friday we will go to the council.", "complaint"},
		{"I paid for two nights and I want the second night back.", "complaint"},
		// An order in a plain e-mail, and a quote in one.
		{"Morning Jo, can you put the following on Friday's van please:", "purchase_order"},
		{"So £1,900 all in, plus VAT. I'd hold that for a month.", "quote"},
		{"Here's what I'd charge to strip out the old shelving.", "quote"},
		{"Price holds till end of February as steel is going up.", "quote"},
		{"I'd like either a replacement keg on Monday or a credit against invoice 1187.", "complaint"},
		{"Nous accusons bonne réception de votre commande et vous en remercions.", "order_confirmation"},
		{"As discussed, here's what I've laid out on the trailer; photos of the receipts attached.", "expense_report"},
		{"Recd with thanks £95.00 cash from Mrs S. Marchbank.", "receipt"},
		{"Good news - your order is in. Nothing to pay now: we'll invoice on dispatch.", "order_confirmation"},
		{"Sono un po' delusa perché nessuno ha risposto alla mia prima email.", "complaint"},
		{"What we talked about: the launch date and the budget.", "minutes"},
		{"Please I want that you repair the coat free. I am not happy.", "complaint"},
		// A cleaner's note of cash received, and a house's complaint
		// about a clean.
		{"Recd from 14B Calder Row (Sam) - £57.00 cash, clean of Mon 13/05/24. Thank you!", "receipt"},
		{"Yesterday's clean wasn't up to the usual standard, so we'd rather not pay the full £57.", "complaint"},
		{"The bins smell again. This is the fourth time this year. I wait for your answer.", "complaint"},
		{"For 20 kg every week we can make you 2,85 GBP per kg. This price we keep until end of June.", "quote"},
		// A French payslip's net pay before income tax is not an
		// invoice's "à payer avant" a date.
		{"SALAIRE BRUT 2 318,98\nNET A PAYER AVANT IMPOT SUR LE REVENU 1 718,27", "payslip"},
	}
	for _, c := range cases {
		hits := findActs(lx, c.text)
		found := false
		for _, h := range hits {
			if lx.kinds[h.kind].id == c.kind {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: acts %v, want one of %s", c.text, hits, c.kind)
		}
	}
	for _, h := range findActs(lx, "NET A PAYER AVANT IMPOT SUR LE REVENU 1 718,27") {
		if lx.kinds[h.kind].id == "invoice" {
			t.Errorf("a payslip's net pay before tax read as an invoice's act: %v", h)
		}
	}
	// What a document says it does not do is not its act.
	for _, h := range findActs(lx, "This credit will be taken off your next statement. No payment is due on this document.") {
		if lx.kinds[h.kind].id == "invoice" {
			t.Errorf("'No payment is due' read as an invoice's act: %v", h)
		}
	}
	// The employer accepting a resignation does not resign.
	for _, h := range findActs(lx, "Dear Sam, we accept your resignation and wish you well.") {
		if lx.kinds[h.kind].id == "resignation_letter" {
			t.Errorf("an employer's acceptance of a resignation read as one: %v", h)
		}
	}
	if hits := findActs(lx, strings.Repeat("nothing to see here ", 50)); len(hits) != 0 {
		t.Errorf("acts in plain text: %v", hits)
	}
}

// A reply does what its writer writes, not what the message it quotes
// does: a referee answering "has given your name as a referee" writes a
// reference.
func TestAReplyIsNotTheMessageItQuotes(t *testing.T) {
	lx := kindLexicon()
	reply := "Hi Richard,\n\nHappy to help. She has been our bookkeeper since 2020 and I would re-employ her tomorrow.\n\nTom\n\n" +
		"-----Original Message-----\nFrom: Richard Hale\nSubject: Hannah Okafor\n\nHannah Okafor has given your name as a referee. Could you answer the questions below?\n"
	quoted := "Hi Richard,\n\nHappy to help. She has been our bookkeeper since 2020 and I would re-employ her tomorrow.\n\nTom\n\n" +
		"> Hannah Okafor has given your name as a referee. Could you answer the questions below?\n"
	for name, text := range map[string]string{"original message": reply, "quoted lines": quoted} {
		var kinds []string
		for _, h := range analyze(text).acts {
			kinds = append(kinds, lx.kinds[h.kind].id)
		}
		if slices.Contains(kinds, "reference_request") {
			t.Errorf("%s: the quoted request counts as the reply's act: %v", name, kinds)
		}
		if !slices.Contains(kinds, "reference_letter") {
			t.Errorf("%s: the referee's own words are not a reference's act: %v", name, kinds)
		}
	}
	// A message that is all quotation keeps its text.
	if got := ownWords("> Could you act as a referee for Jana?\n"); !strings.Contains(got, "referee") {
		t.Errorf("ownWords of an all-quoted message = %q", got)
	}
	// "On ... wrote:" starts the quotation in six languages; a line that
	// only ends in "wrote:" does not.
	for line, want := range map[string]bool{
		"On 17 Nov 2025, Helen Goode wrote:":           true,
		"Am 3. Juni 2025 schrieb Anna Weber:":          true,
		"Le 3 juin 2025, Marie Dubois a écrit :":       true,
		"-----Ursprüngliche Nachricht-----":            true,
		"This is what the inspector wrote:":            false,
		"> On 17 Nov 2025, Helen Goode wrote:":         false,
		"-----Original Message-----":                   true,
		"Original message follows below, as promised.": false,
	} {
		if got := quoteHeader(line); got != want {
			t.Errorf("quoteHeader(%q) = %v, want %v", line, got, want)
		}
	}
}

// A kind's name is a name wherever it stands, not an act: "Orden del día"
// heads the agenda part of a letter to parents as well as an agenda.
func TestNoActIsAName(t *testing.T) {
	lx := kindLexicon()
	for _, p := range lx.actPatterns {
		if lx.namesKind(strings.Join(p.words, " "), p.kind) {
			t.Errorf("%s: act %q is one of its names", lx.kinds[p.kind].id, strings.Join(p.words, " "))
		}
	}
	for _, h := range findActs(lx, "Estimadas familias: les convocamos a la reunión. Orden del día: 1. Presentación.") {
		if lx.kinds[h.kind].id == "agenda" && h.first == "orden del dia" {
			t.Errorf("a name found as an act: %+v", h)
		}
	}
}

// weightOf is how strongly text names the kind with id kind: the most
// of its mentions' weights.
func weightOf(text, kind string) float64 {
	lx := kindLexicon()
	w := 0.0
	for _, m := range analyze(text).mentions {
		if lx.kinds[m.kind].id == kind {
			w = max(w, m.weight)
		}
	}
	return w
}

// A title can be followed on its line by its reference, and a heading
// inside a letter names a part of the letter.
func TestWhereANameStands(t *testing.T) {
	policy := "COMPAGNIA ASSICURATRICE ALBA S.p.A.\nPolizza di assicurazione R.C. Auto - Contratto n. 7731/2025/009812\n\nContraente: Bianchi Luca\n"
	if w := weightOf(policy, "insurance_policy"); w != nameInTitle {
		t.Errorf("a title followed by its number: weight %.2f, want %.2f", w, nameInTitle)
	}
	long := "COMPAGNIA ASSICURATRICE ALBA S.p.A.\nLa presente polizza di assicurazione copre i danni causati a terzi dal veicolo indicato\n"
	if w := weightOf(long, "insurance_policy"); w != nameInBody {
		t.Errorf("a name in a sentence: weight %.2f, want %.2f", w, nameInBody)
	}
	letter := "COLEGIO PÚBLICO SAN ISIDRO\n\nEstimadas familias del alumnado de 3º de Primaria:\n\nLes convocamos a la reunión general de inicio de curso.\n\nAGENDA\n  1. Presentación del equipo docente.\n  2. Ruegos y preguntas.\n\nAtentamente,\nLucía Fernández\n"
	if w := weightOf(letter, "agenda"); w != nameInBody {
		t.Errorf("a heading after the salutation: weight %.2f, want %.2f", w, nameInBody)
	}
	agenda := "COLEGIO PÚBLICO SAN ISIDRO\n\nReunión general de inicio de curso\n\nAGENDA\n  1. Presentación del equipo docente.\n  2. Ruegos y preguntas.\n"
	if w := weightOf(agenda, "agenda"); w < nameInHeading {
		t.Errorf("a heading of an agenda: weight %.2f, want at least %.2f", w, nameInHeading)
	}
	// A note that opens with a name and a dash is a sentence, not a
	// title followed by its reference.
	note := "Tamsin - the cleaners' invoice for March is in Ruth's tray, needs her OK before Friday's payment run.\nPriya\n"
	if w := weightOf(note, "invoice"); w != nameInBody {
		t.Errorf("a name in a note's first sentence: weight %.2f, want %.2f", w, nameInBody)
	}
	// The first item of a list near the top is not a title.
	booking := "Thank you for choosing Aeroalba.\n\nBOOKING REFERENCE: QZ7K4P\nBooked on 09 Jan 2024\n\nPASSENGERS\n  1. MR MARCO FIORINI          e-ticket 771-2409331045\n  2. MRS ANNA FIORINI          e-ticket 771-2409331046\n"
	if w := weightOf(booking, "ticket"); w >= nameInHeading {
		t.Errorf("a list item's 'e-ticket': weight %.2f, want below %.2f", w, nameInHeading)
	}
	// Capitals with an abbreviation's small letter are still a heading,
	// below a supplier's header that reads as running text.
	faktura := "AUTODILY VRBA s.r.o.\nPrumyslova 1184/7, 615 00 Brno\nZapsano v OR vedenem KS v Brne, oddil C, vlozka 44712, od roku 1998 bez prestavky\n\nFAKTURA - DANOVY DOKLAD c. 2024010388\n\nDatum vystaveni: 16.01.2024\n"
	if w := weightOf(faktura, "invoice"); w < nameInHeading {
		t.Errorf("a capitalised heading with 'c.': weight %.2f, want at least %.2f", w, nameInHeading)
	}
	// A field set beside a title, past a wide gap, is a field: it does not
	// make the title's name its modifier, nor name a kind of its own.
	ab := "HOLZWERK NORD GMBH\nAm Hafen 3, 28217 Bremen\n\nAUFTRAGSBESTÄTIGUNG                 Auftrag-Nr.:  AB-25-0031\n                                    Datum:        12.03.2025\n"
	if w := weightOf(ab, "order_confirmation"); w < nameInHeading {
		t.Errorf("a title with a field beside it: weight %.2f, want at least %.2f", w, nameInHeading)
	}
	if w := weightOf(ab, "purchase_order"); w > nameAsField {
		t.Errorf("the field 'Auftrag-Nr.' beside a title: weight %.2f as a purchase order, want at most %.2f", w, nameAsField)
	}
	// A label that refers to another document names that one.
	credit := "NORTHSEA LANDINGS LTD\n\nCREDIT NOTE\n\nCredit note no:  CN-24-0133              Date: 14/03/2024\nAccount:         QUI004\nAgainst invoice: NSL-24-08817 dated 12/03/2024\n"
	if w := weightOf(credit, "invoice"); w != nameInBody {
		t.Errorf("'Against invoice:' on a credit note: weight %.2f as an invoice, want %.2f", w, nameInBody)
	}
	// A label of whom a bill goes to, on an order, names no bill.
	order := "Order FH-2291\n\nDeliver to: Fellside Hotel, Low Road\nInvoice to: Fellside Hotel Ltd\nRechnung an : Buchhaltung\n"
	if w := weightOf(order, "invoice"); w != nameInBody {
		t.Errorf("'Invoice to:' on an order: weight %.2f as an invoice, want %.2f", w, nameInBody)
	}
	if w := weightOf("Invoice: 4471\nDate: 3 May 2025\n", "invoice"); w <= nameInBody {
		t.Errorf("'Invoice: 4471': weight %.2f as an invoice, want more than %.2f", w, nameInBody)
	}
	// A name in brackets after other words of a subject line is an
	// aside; alone in a subject, it names the document.
	if w := weightOf("Subject: What we agreed on Tuesday (winter rota etc.)\n\nHi all,\n", "staff_rota"); w != nameInBody {
		t.Errorf("a rota in brackets in a subject: weight %.2f, want %.2f", w, nameInBody)
	}
	if w := weightOf("Subject: Winter rota (from 28 Oct)\n\nHi all,\n", "staff_rota"); w != nameInSubject {
		t.Errorf("'Winter rota' in a subject: weight %.2f, want %.2f", w, nameInSubject)
	}
	// A name inside a reference code is part of the code; a German
	// compound with a hyphen is still a name.
	ack := "Subject: Order acknowledgement SO-55190 (your PO BV-PO-24-077)\n\nDear Priya,\nThank you for your order.\n"
	if w := weightOf(ack, "purchase_order"); w != 0 {
		t.Errorf("the 'PO' of the code BV-PO-24-077: weight %.2f as a purchase order, want none", w)
	}
	if w := weightOf(ack, "order_confirmation"); w != nameInSubject {
		t.Errorf("'Order acknowledgement' in a subject beside a code: weight %.2f, want %.2f", w, nameInSubject)
	}
	if w := weightOf("KLEINGARTEN-PACHTVERTRAG\n\nzwischen dem Verein und Herrn Jan Nowak\n", "lease"); w < nameInHeading {
		t.Errorf("'KLEINGARTEN-PACHTVERTRAG': weight %.2f as a lease, want at least %.2f", w, nameInHeading)
	}
}

// Portuguese and Polish titles name the common kinds, the longest name
// first: a "recibo de vencimento" is a payslip, not a receipt.
func TestPortugueseAndPolishNames(t *testing.T) {
	for title, want := range map[string]string{
		"RECIBO DE VENCIMENTO":                                 "payslip",
		"RECIBO INDIVIDUAL JUSTIFICATIVO DEL PAGO DE SALARIOS": "payslip",
		"Recibo":                                 "receipt",
		"Faktura VAT nr 12/2024":                 "invoice",
		"Umowa najmu lokalu":                     "lease",
		"Wyciąg z rachunku":                      "bank_statement",
		"Extrato bancário":                       "bank_statement",
		"Declaração periódica de IVA":            "vat_return",
		"FOLHA DE REGISTO DE TEMPOS DE TRABALHO": "timesheet",
		"Boletim de análises clínicas":           "lab_report",
		"Wyniki badań laboratoryjnych":           "lab_report",
		"Comunicado de imprensa":                 "press_release",
		"Harmonogram spłat kredytu":              "loan_statement",
		"Rachunek hotelowy":                      "hotel_folio",
	} {
		best, _ := strongestName(title + "\n\nNº 12\n")
		if best != want {
			t.Errorf("%q names %q, want %q", title, best, want)
		}
	}
}

// A German or Dutch name inside a compound word names its kind, but not
// when the word goes on for only a suffix: "Rezeption" and "réception"
// are a hotel's front desk, not the "Rezept" or "recept" of a
// prescription.
func TestACompoundNeedsMoreThanASuffix(t *testing.T) {
	lx := kindLexicon()
	kindsIn := func(text string) []string {
		var out []string
		for _, m := range analyze(text + "\n\nDatum: 3.4.2025\n").mentions {
			out = append(out, lx.kinds[m.kind].id)
		}
		return out
	}
	for _, text := range []string{"Rezeption", "Accusé de réception de votre commande"} {
		if slices.Contains(kindsIn(text), "prescription") {
			t.Errorf("%q names a prescription", text)
		}
	}
	for text, want := range map[string]string{"Rechnungsnummer 4471": "invoice", "Privatrezeptgebühr": "prescription"} {
		if !slices.Contains(kindsIn(text), want) {
			t.Errorf("%q names %v, want %s among them", text, kindsIn(text), want)
		}
	}
}

// strongestName is the kind a document's strongest mention names, and
// that mention's weight.
func strongestName(text string) (string, float64) {
	lx := kindLexicon()
	best, bestW := "", 0.0
	for _, m := range analyze(text).mentions {
		if m.weight > bestW {
			best, bestW = lx.kinds[m.kind].id, m.weight
		}
	}
	return best, bestW
}

// A number names no kind, though a name such as "W-2" reads as one.
func TestANumberNamesNothing(t *testing.T) {
	lx := kindLexicon()
	for key, refs := range lx.names {
		if isNumber(strings.ReplaceAll(key, " ", "")) {
			t.Errorf("%q names %s", key, lx.kinds[refs[0].kind].id)
		}
	}
	for _, m := range analyze("STATEMENT OF RICHARD HALLAM 2\n\nClaim No. 2   Exhibit 9\n\n2 Results\n").mentions {
		if id := lx.kinds[m.kind].id; id == "tax_certificate" || id == "tax_form" {
			t.Errorf("a number read as a %s: %q", id, m.text)
		}
	}
}

// Words that are also names in everyday use name nothing: a card paid by
// VISA is not a visa, cash tendered is not a tender.
func TestEverydayWordsAreNotNames(t *testing.T) {
	lx := kindLexicon()
	receipt := "VISA CONTACTLESS\n\nGREENLEAF GROCERS\nBananas 1.20\nTOTAL 1.20\nCash tendered 5.00\nClasse di merito CU: 1\nCONGÉ\n"
	for _, m := range analyze(receipt).mentions {
		switch id := lx.kinds[m.kind].id; id {
		case "residence_permit", "request_for_proposal", "tax_certificate", "eviction_notice":
			t.Errorf("%q read as a %s", m.text, id)
		}
	}
	// A cover letter's addressee "Hiring team" is no job advertisement.
	for _, m := range analyze("Marta Oliveira\nLisbon, 2 April 2024\n\nHiring team - Analytics\nNorthway Logistics\n\nDear hiring team,\n").mentions {
		if id := lx.kinds[m.kind].id; id == "job_posting" {
			t.Errorf("%q read as a %s", m.text, id)
		}
	}
	// A court's "Claim No." and a policy's "Claims: none" are no
	// insurance claims.
	for _, text := range []string{"IN THE COUNTY COURT AT LEEDS\nClaim No. K3TW0417\n", "BOILER COVER RENEWAL\nPolicy number: HC-1182\nClaims: none in the last year\n"} {
		for _, m := range analyze(text).mentions {
			if lx.kinds[m.kind].id == "insurance_claim" {
				t.Errorf("%q read as an insurance claim in %q", m.text, text)
			}
		}
	}
}

// Everyday phrases that many kinds of document use are no kind's acts: a
// CV's consent line authorises no one, "I refer to your letter" refers
// no patient, and "the parties agreed to" records no meeting.
func TestEverydayPhrasesAreNotActs(t *testing.T) {
	lx := kindLexicon()
	for text, allowed := range map[string]string{
		"I authorise the processing of my personal data according to the GDPR.":  "resume",
		"I refer to your letter of 3 May and enclose the documents.":             "",
		"The parties agreed to extend the term by one year.":                     "",
		"Access has been granted to the shared drive.":                           "",
		"I leave it to you to decide. I give my thanks to the team.":             "",
		"Tax and national insurance will be deducted from your salary.":          "",
		"We are delighted to tell you that you have been selected for the role.": "",
		"Thank you for choosing Brook Plumbing. Payment is due in 14 days.":      "invoice credit_card_statement tax_notice",
		"PACKING SLIP - this is not an invoice. Goods supplied on account.":      "",
		"Please find our invoice 4471 attached.":                                 "",
		// A Spanish return's result box, not a tax office's demand.
		"[05] Cuota íntegra 67,11\n[06] Cuota a ingresar 67,11": "",
	} {
		for _, h := range findActs(lx, text) {
			// What every bill asks is each bill's.
			if id := lx.kinds[h.kind].id; !slices.Contains(strings.Fields(allowed), id) {
				t.Errorf("%q: an act of %s (%q)", text, id, h.first)
			}
		}
	}
}

// signedContract is an employment contract whose notice clause says how
// employment may be terminated, signed by both parties.
const signedContract = `STATEMENT OF MAIN TERMS OF EMPLOYMENT

Employer: Brightline Media Ltd, 20 Park Row, Leeds LS1 5JL
Employee: Ms Olivia Grant
Job title: Content Editor
Start date: 1 March 2025

1. Pay. Your salary is £29,500 a year, paid monthly in arrears on the last working day of
   the month.
2. Hours. Your normal hours are 37.5 a week, Monday to Friday, 9am to 5.30pm.
3. Holidays. You are entitled to 25 days' paid holiday a year plus bank holidays.
4. Probation. The first six months are a probationary period, during which either party
   may end your employment by giving one week's notice.
5. Notice. After probation, your notice period is one month. The company may terminate
   your employment without notice in the case of gross misconduct.
6. Sickness. You must tell your manager by 9.30am on the first day of absence.

Signed for the employer: H. Wood          Signed by the employee: O. Grant
Date: 20 February 2025`

// Letters with no separable accent fold to their bases, in a document and
// in the lexicon alike: a Polish "WYDANIE MATERIAŁÓW NA ZEWNĄTRZ" names a
// delivery note, and the common German "außerdem" stays common.
func TestFoldSpellsUnmarkedLetters(t *testing.T) {
	for in, want := range map[string]string{"MATERIAŁÓW": "materialow", "Straße": "strasse", "Søknad": "soknad", "Œuvre": "oeuvre"} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
	lx := kindLexicon()
	named := ""
	for _, m := range analyze("WZ - WYDANIE MATERIAŁÓW NA ZEWNĄTRZ   Nr WZ/0412/05/2024\n\nOdbiorca: Zakład Instalacyjny\n").mentions {
		named = lx.kinds[m.kind].id
	}
	if named != "delivery_note" {
		t.Errorf("a Polish delivery note's title names %q, want delivery_note", named)
	}
	if z := zipf(english.Stem(fold("außerdem"), true)); z < rareZipf {
		t.Errorf("'außerdem' has Zipf %.1f, want it common (at least %.1f)", z, rareZipf)
	}
}

// A generic name in the description takes the type's word before it: a
// rule "medical" for "letters or reports from a doctor" is about medical
// letters and reports, so a discharge summary (a kind of medical report)
// is its own, not another kind's.
func TestTypeQualifiesAGenericName(t *testing.T) {
	lx := kindLexicon()
	p := profileOf(Rule{Type: "medical", Description: "Letter, report or prescription from a doctor, hospital, clinic or pharmacy about a patient's care."})
	var ids []string
	for _, k := range p.primary {
		ids = append(ids, lx.kinds[k].id)
	}
	if !slices.Contains(ids, "medical_report") || !slices.Contains(ids, "prescription") {
		t.Errorf("the rule is about %v, want medical_report and prescription among them", ids)
	}
	discharge := "DISCHARGE SUMMARY\n\nPatient: Anna Kowal   DOB 03/04/1961\nAdmitted: 2 May 2025   Discharged: 6 May 2025\nWard 7, St Luke's Hospital\n\nDiagnosis: community-acquired pneumonia.\nTreatment: IV antibiotics, then oral amoxicillin for 5 days.\nFollow-up: GP review in two weeks; chest X-ray in six weeks.\n\nDr P. Nair, Consultant Physician\n"
	rules := []Rule{
		{Type: "medical", Description: "Letter, report or prescription from a doctor, hospital, clinic or pharmacy about a patient's care."},
		{Type: "payslip", Description: "payslip / pay advice"},
		{Type: "utility_bill", Description: "Bill for electricity, gas, water, phone or broadband."},
	}
	if res := classifyModel(discharge, rules); res.Type == nil || *res.Type != "medical" {
		t.Errorf("a discharge summary under a 'medical' rule: got %v, want medical (%s)", res.Type, res.Reasoning)
	}
}

// A rule's type word that the lexicon does not know as a name counts, in
// a field's label, as a field about it ("Medical: any allergies" on a
// school trip's consent form), not as the document naming itself.
func TestTypeWordInALabelNamesAField(t *testing.T) {
	p := profileOf(Rule{Type: "medical", Description: "Letter, report or prescription from a doctor about a patient's care."})
	d := analyze("Year 5 trip to the Roman fort\n\nDate: Thursday 7 November\nCost: £14.50\nMedical: please tell us of any allergies\n")
	if s, at, _ := typeOnLine(p, d); at != fieldLine || s != nameAsField {
		t.Errorf("'Medical:' as a label: weight %.2f at line kind %d, want %.2f in a field", s, at, nameAsField)
	}
}

// A designed title's letter spacing, as PDF text of tracked capitals
// comes out, still names the kind; running text is left as written.
// A line of figures that starts with a few words and a dash is not a
// title: "Payments received - thank you   -£198.35" names no receipt.
func TestARowOfFiguresIsNotATitle(t *testing.T) {
	if got := classifyLine("Payments received - thank you          -£198.35", true, false); got == titleLine {
		t.Errorf("a statement's row of figures is read as a title")
	}
	if got := classifyLine("Polizza di assicurazione R.C. Auto - Contratto n. 7731/2025", true, false); got != titleLine {
		t.Errorf("a title with its reference after a dash is read as %v, want a title", got)
	}
}

func TestLetterSpacedTitles(t *testing.T) {
	for in, want := range map[string]string{
		"I N V O I C E\nNo. 17":                  "INVOICE\nNo. 17",
		"T A X   I N V O I C E":                  "TAX INVOICE",
		"r e c e i p t":                          "receipt",
		"Ref. R E C E I P T 2 0 2 4 below":       "Ref. RECEIPT2024 below",
		"Plan A B C":                             "Plan A B C",
		"C R E D I T    N 0 T E   No. C 0 0 2 1": "CREDIT N0TE   No. C 0 0 2 1",
		"Qty 1 2 3 4 5":                          "Qty 1 2 3 4 5",
		"J. R. R. Tolkien":                       "J. R. R. Tolkien",
		"Mieszkam w domu i z kotem a nie z psem": "Mieszkam w domu i z kotem a nie z psem",
		"ł ó d ź":                                "łódź",
		"":                                       "",
	} {
		if got := closeLetterSpacing(in); got != want {
			t.Errorf("closeLetterSpacing(%q) = %q, want %q", in, got, want)
		}
	}
	lx := kindLexicon()
	doc := "ACME SUPPLIES LTD\n\nR E C E I P T\n\nPaid in full: 45.00 EUR, 3 March 2025\n"
	found := false
	for _, m := range analyze(doc).mentions {
		found = found || (lx.kinds[m.kind].id == "receipt" && m.weight >= nameInHeading)
	}
	if !found {
		t.Errorf("a letter-spaced heading 'R E C E I P T' does not name a receipt")
	}
}

// A water bill asks for payment as an invoice does: under a rule for
// invoices beside one for utility bills, that act counts for both rules,
// not for the invoice rule alone.
func TestAParentKindsActsAreTheChildsToo(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "Invoice or bill from a supplier asking for payment: invoice number, date, line items, total due and payment details."},
		{Type: "utility_bill", Description: "energy, water, phone or internet bill"},
		{Type: "receipt", Description: "till receipt for something already paid"},
	}
	bill := `BROOKMERE WATER - business customers
Account: BW-5521 0093              Invoice date: 02/09/2025
Premises: Unit 4, Tanner's Yard, Brookmere

Charges for period 01/06/2025 - 31/08/2025
  Water supply     metered  142 m3 x £1.8710      £265.68
  Waste water      95% return 134.9 m3 x £2.1530  £290.44
  Standing charge  92 days                         £21.16
                                  Total this bill  £577.28
                                  AMOUNT DUE       £577.28
Pay by 30/09/2025. Meter serial 22X 118402.`
	c := rank(bill, rules)
	inv, util, rcpt := c.evs[0].f.purpose, c.evs[1].f.purpose, c.evs[2].f.purpose
	if inv <= 0 || util != inv {
		t.Errorf("purpose: invoice rule %.2f, utility bill rule %.2f; want the same, above zero", inv, util)
	}
	if rcpt >= 0 {
		t.Errorf("purpose: receipt rule %.2f, want below zero (asking for payment is not what a receipt does)", rcpt)
	}
}

// Complaints and quotes that do what they are for in words of their own,
// none of them the rule's: a chasing e-mail and a tradesman's price. The
// acts that find them were written from general knowledge of such
// documents, apart from the corpus.
func TestComplaintsAndQuotesInTheirOwnWords(t *testing.T) {
	rules := []Rule{
		{Type: "complaint_letter", Description: "a letter or e-mail complaining about a product or service"},
		{Type: "quote", Description: "quote / estimate"},
		{Type: "invoice", Description: "invoice or bill asking for payment"},
		{Type: "council_letter", Description: "letters from the local council"},
	}
	for _, c := range []struct{ want, doc string }{
		{"complaint_letter", `Subject: Boiler repair, job ref 44871

Hello,

Your engineer came on 3 March and said a part would be ordered. Nobody has called me back since.
I have phoned you several times and each time I am told someone will ring me. We have been
without hot water for eleven days with a baby in the house.

Please give me a date this week.

Marta Kowalczyk
14 Orchard Rise`},
		{"quote", `Hi Sam,

Following our site visit on Friday: stripping the old paper, making good and two coats on the
walls and ceiling of the back bedroom, £640, all materials and labour. We have not allowed for
replastering. I am booked up until the 14th, after that I am free.

Should you wish to proceed, a deposit is required to book.

Dave Pryor, Pryor Decorating`},
	} {
		got := "null"
		if r := classifyModel(c.doc, rules); r.Type != nil {
			got = *r.Type
		}
		if got != c.want {
			t.Errorf("got %s, want %s for:\n%s", got, c.want, c.doc)
		}
	}
}

// A card statement and a tax office's notice ask for payment by a date
// as an invoice does: "Pay by 7 March" is theirs too, not a sign that
// they are invoices, or receipts of what was bought with the card.
func TestStatementsAndNoticesAskForPaymentToo(t *testing.T) {
	rules := []Rule{
		{Type: "receipt", Description: "Receipt for something already paid: till receipt, card slip. Shows the merchant, date, what was bought and that it was paid."},
		{Type: "credit_card_statement", Description: "credit card statement"},
		{Type: "bank_statement", Description: "Statement of a bank account. A credit card statement is not a bank statement."},
		{Type: "utility_bill", Description: "Bill for energy, water or broadband, with the amount to pay"},
		{Type: "tax_document", Description: "tax return, tax form, or notice from the tax office"},
	}
	for _, c := range []struct{ want, text string }{
		{"credit_card_statement", `  HALDEN CARD SERVICES         Statement date 12 Feb 2024
  Halden Cashback Mastercard   5412 **** **** 0918
  MISS M QUELL

  Previous balance ............ £398.10
  Payments ................... -£398.10
  Purchases .................... £612.48
  NEW BALANCE ................. £612.48
  Minimum payment £25.00   Pay by 07 Mar 2024

  12 Jan  PORTMERE COLLEGE CAFE            £4.20
  19 Jan  WORDBANK PRO (annual)           £189.00
  27 Jan  NORDHEM HOME STORE            £233.50
  08 Feb  CINEMA ORCHARD x2               £25.78
  Credit limit £3,000`},
		{"tax_document", `Revenue Office                          Taxpayer reference 214 558 30117
                                        Issued 14 August 2025
Mr Jonas Weber
3 Anger Road, Lindenau LN4 7QE

Tax calculation for the year to 5 April 2025

Income tax due                          £4,812.00
less tax deducted by your employer     -£4,390.00
Amount you owe                            £422.00

Pay by 31 January 2026. Please pay the amount you owe by that date.`},
	} {
		res := classifyModel(c.text, rules)
		if res.Type == nil || *res.Type != c.want {
			t.Errorf("got %v, want %s (%s)", res.Type, c.want, res.Reasoning)
		}
		// What it does counts for its rule, not against it.
		fs, _ := ruleFeatures(c.text, rules)
		for i, r := range rules {
			if r.Type == c.want && fs[i].purpose < 0 {
				t.Errorf("%s: purpose %.2f, want it not against the rule", c.want, fs[i].purpose)
			}
		}
	}
}
