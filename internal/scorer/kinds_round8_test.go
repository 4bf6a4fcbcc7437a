package scorer

import "testing"

// A benefits agency's statement is a letter about benefits, not a
// payslip, though it has a period, amounts and a total.
func TestABenefitStatementIsNotAPayslip(t *testing.T) {
	rules := []Rule{
		{Type: "payslip", Description: "my payslips from the café"},
		{Type: "benefit_letter", Description: "letters and statements about the benefits I get"},
		{Type: "bank_statement", Description: "bank statements"},
	}
	classifyAs(t, "statement", `Universal Credit statement
Assessment period: 14 March to 13 April 2025

Standard allowance                      £393.45
Child element (2 children)              £626.67
Housing element                         £650.00
Less earnings                          -£212.40
Total you will be paid                £1,457.72

Your payment will be made on 20 April 2025.
How we worked this out: see your journal.`, rules, "benefit_letter")
}

// A childminder's accident and incident record, a removals customer's
// damage claim and a parent's signed consent form are kinds that rules
// for them name as their own.
func TestRecordsClaimsAndConsentFormsHaveKinds(t *testing.T) {
	childcare := []Rule{
		{Type: "accident_incident_record", Description: "what happened when a minded child was hurt or unwell, signed by the parent"},
		{Type: "invoice", Description: "invoices I send to parents"},
		{Type: "childcare_contract", Description: "signed contracts with parents"},
	}
	classifyAs(t, "accident record", `Accident record

Child: Mia T.     Date: 4 March 2025     Time: 10:40
Where: garden, by the slide
What happened: tripped on the step and grazed her left knee.
Injury: small graze. First aid given: cleaned with water, plaster applied.
Witness: J. Pemberton
Parent informed at collection, 17:30.
Parent signature: ............   Childminder signature: J. Pemberton`, childcare, "accident_incident_record")
	removals := []Rule{
		{Type: "quote", Description: "our price for a move before the customer accepts it"},
		{Type: "invoice", Description: "our bills to customers"},
		{Type: "damage_claim", Description: "a customer asking us to pay for things broken or lost in a move"},
	}
	classifyAs(t, "damage claim", `Damage claim

Move of 14 March from 3 Elm Road to 22 Station Street.
Items damaged: glass table top (cracked), lamp (base broken).
Value claimed: £240 (receipts attached).
Please let me know how you will settle this.
Sam Oduya`, removals, "damage_claim")
	coaching := []Rule{
		{Type: "invoice", Description: "my invoices for coaching"},
		{Type: "timesheet", Description: "hours I coached at the club"},
		{Type: "consent_form", Description: "a parent's signed consent and medical form for a junior"},
	}
	classifyAs(t, "German consent form", `EINVERSTÄNDNISERKLÄRUNG DER ERZIEHUNGSBERECHTIGTEN
Tenniscamp 4.–8. August 2025

Name des Kindes: Lena Brandt     Geburtsdatum: 02.05.2014
Notfalltelefon: 0170 0000000
Allergien: keine

[x] Mein Kind darf am Camp teilnehmen.
[x] Im Notfall darf Erste Hilfe geleistet werden.

Unterschrift: K. Brandt`, coaching, "consent_form")
}

// A small business's written terms that say when fees are payable are
// the terms, not an invoice.
func TestTermsThatSayWhenFeesArePayableAreNotAnInvoice(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "invoices I send for lessons"},
		{Type: "receipt", Description: "receipts for fees paid"},
		{Type: "lesson_agreement", Description: "the agreement on lessons signed with a pupil or their parents"},
	}
	classifyAs(t, "terms", `Lesson agreement – Hartley Guitar Lessons

Pupil: Owen Bell    45 min, Thursdays 16:30
Fee £30 per lesson, invoiced each half term, payable within 7 days.
Lessons missed without 24 hours' notice are charged.
Either of us may end lessons with four weeks' notice.

Signed: R. Bell (parent)     D. Hartley     2/9/2025`, rules, "lesson_agreement")
}

// An exam board's entry confirmation and its result, and a recital's
// printed programme, are kinds of their own.
func TestExamEntriesResultsAndProgrammes(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "invoices for lessons"},
		{Type: "exam_entry", Description: "confirmation that a pupil is entered for a graded exam"},
		{Type: "exam_result", Description: "a pupil's graded exam result"},
		{Type: "recital_programme", Description: "printed programme of a pupils' recital"},
	}
	classifyAs(t, "entry", `Graded Music Examinations – entry confirmation

Candidate: Ruby Shah      Piano Grade 3
Your entry has been accepted.
Date: Tuesday 11 March 2025, 14:20    Venue: St Anne's Hall, Marlow
Please arrive 15 minutes before your exam and bring this confirmation.`, rules, "exam_entry")
	classifyAs(t, "result", `Exam result

Candidate: Ruby Shah      Piano Grade 3      11 March 2025
Pieces 26/30, 25/30, 27/30; scales 18/21; sight-reading 17/21; aural 15/18
Total: 128 / 150      Result: Merit`, rules, "exam_result")
	classifyAs(t, "programme", `Spring Recital – Sunday 6 April, 3pm, St Anne's Hall

Programme
Minuet in G (Petzold) ............................. Ruby Shah
Prelude in E minor, Op. 28 No. 4 (Chopin) ........ Tom Fielding
The Entertainer (Joplin, arr.) ................... Aisha Khan

Interval – tea and cake
Please switch off your phones. Thank you for coming!`, rules, "recital_programme")
}

// A journal editor's letter with the outcome of a submission is an
// editorial decision, not an article, though "editorial" names one.
func TestAnEditorialDecisionIsNotAnArticle(t *testing.T) {
	rules := []Rule{
		{Type: "editorial_decision", Description: "a journal editor's decision on my submitted paper"},
		{Type: "expense_claim", Description: "my claims for conference travel costs"},
		{Type: "cv", Description: "my academic CV"},
	}
	classifyAs(t, "decision", `Dear Dr Osei,

Manuscript JEB-2025-0112, "Soil carbon under hedgerows"

The reviewers have now commented on your manuscript. Their comments are
below. Your manuscript requires major revision before it can be
considered further, and I invite you to submit a revised version within
60 days, with a response to each reviewer's points.

Yours sincerely,
Prof. L. Moreau, Handling Editor`, rules, "editorial_decision")
}

// A regulator's report on a childcare setting, scanned, is an inspection
// report by its judgements, though its title is hard to read.
func TestAChildcareInspectionReportIsAnInspectionReport(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "invoices I send to parents"},
		{Type: "inspection_report", Description: "inspection reports on my setting, with the judgement"},
		{Type: "training_certificate", Description: "certificates of courses I have done"},
	}
	classifyAs(t, "scanned report", `Chi1dminder rep0rt

lnspection date: 12 February 2025
lnspected by: R. Nolan

0verall effectiveness                         Good
Qua1ity of education                          Good
Behaviour and attitudes                       0utstanding
Leadership and management                     Requires improvement

What the setting does we11
- Chi1dren sett1e quick1y and form strong bonds with the chi1dminder.
What the setting needs to do to improve
- keep the rec0rd of training up to date.`, rules, "inspection_report")
}

// A rule whose type is a generic kind and nothing else ("letter",
// "email", "correspondence") takes the layout of that kind: an e-mail
// with its headers is an e-mail, a letter with its salutation and
// closing a letter, where before neither rule found anything to go on.
func TestARuleForLettersOrEmailsKnowsTheirLayout(t *testing.T) {
	email := `From: Laura Chen <laura@brightside.example>
To: accounts@acmeplumbing.example
Subject: Re: Invoice INV-2024-0193
Date: Mon, 18 Mar 2024 09:12:00 +0000

Hi,

Thanks for sending the invoice over last week. I've passed it to our
finance team and they should pay it by the end of the month. Could you
confirm the bank details are the same as last time?

Best wishes,
Laura`
	letter := `Hartley District Council
Environmental Services, Civic Centre, Hartley HT1 1AA

14 March 2025

Dear Mr Evans,

Thank you for your enquiry about the hedge on the boundary of 12 Mill
Lane. An officer will visit on 2 April to look at it, and we will write
to you again after the visit.

Yours sincerely,

J. Patel
Environmental Services`
	mail := []Rule{
		{Type: "letter", Description: "a letter from an organisation to a resident"},
		{Type: "email", Description: "an e-mail message"},
	}
	classifyAs(t, "e-mail, letter and email rules", email, mail, "email")
	classifyAs(t, "letter, letter and email rules", letter, mail, "letter")
	both := []Rule{
		{Type: "invoice", Description: "a bill asking for payment"},
		{Type: "correspondence", Description: "a letter or e-mail written to a person or organisation"},
	}
	classifyAs(t, "e-mail, correspondence rule", email, both, "correspondence")
	classifyAs(t, "letter, correspondence rule", letter, both, "correspondence")
}
