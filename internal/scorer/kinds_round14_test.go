package scorer

import (
	"slices"
	"strings"
	"testing"
)

// "Rent account statement" for a rent_statement names the rule's own
// type, which the lexicon does not know, not the bank statement that
// "account statement" names alone: a bank statement that shows the rent
// going out is the bank statement rule's.
func TestTheTypesOwnWordBeforeAKindsNameNamesTheType(t *testing.T) {
	rules := []Rule{
		{Type: "rent_statement", Description: "Rent account statement from the housing association: rent and service charges due, payments received and the balance."},
		{Type: "bank_statement", Description: "Bank or building society statement (current or savings)."},
		{Type: "council_tax_bill", Description: "council tax bill"},
	}
	classifyAs(t, "bank statement paying the rent", `WESTBURY BANK                               Everyday Current Account
Mr R. Achterberg                             Sort code 20-11-94  Account 51872204
4 Mill Lane, Corby Glen                      Statement 9: 01 Sep - 30 Sep 2025

Date    Description                    Paid out    Paid in     Balance
01 Sep  Balance brought forward                                1,211.40
02 Sep  DD CORBY VALE HA RENT 0087       612.00                  599.40
05 Sep  BGC STATE PENSION                            874.20    1,473.60
11 Sep  DD SOUTH KESTEVEN CTAX           131.00                1,342.60
19 Sep  CARD PAYMENT CO-OP GRANTHAM       42.18                1,300.42
30 Sep  Balance carried forward                                1,300.42`, rules, "bank_statement")
	classifyAs(t, "rent account statement", `CORBY VALE HOUSING ASSOCIATION
Rent account statement

Tenant: Mr R. Achterberg, 4 Mill Lane, Corby Glen
Tenancy ref: CV-0087           Period: 1 April - 30 September 2025

Date        Detail                     Charged    Received   Balance
01/04/2025  Rent and service charge     612.00                612.00
02/04/2025  Direct debit received                  612.00       0.00
01/09/2025  Rent and service charge     612.00                612.00
02/09/2025  Direct debit received                  612.00       0.00

Your account is clear. Thank you.`, rules, "rent_statement")
	lx := kindLexicon()
	if p := profileOf(rules[0]); slices.ContainsFunc(p.primary, func(k int) bool { return lx.kinds[k].id == "bank_statement" }) {
		t.Errorf("a rent account statement is a bank statement: %v", p.primary)
	}
}

// German "Rente" is a pension, not rent: a German pension fund's notice
// of a pension rise does not look like a rent statement because its
// stem spells "rent", and it names itself a pension's notice.
func TestAGermanPensionIsNoRent(t *testing.T) {
	rules := []Rule{
		{Type: "rent_statement", Description: "Statement of my rent account from the landlord: rent due, payments and balance."},
		{Type: "pension_statement", Description: "A statement or notice from one of my pensions showing what it pays me."},
		{Type: "bank_statement", Description: "bank statement"},
	}
	classifyAs(t, "Rentenanpassung", `Rentenversorgung Nordheide
Postfach 31 22, 21244 Buchholz

Herrn Pieter Jansen
12 Quay Street, Whitby YO21 3PR, Großbritannien

Buchholz, 18.06.2025

Rentenanpassung zum 1. Juli 2025

Sehr geehrter Herr Jansen,

Ihre Rente wird zum 01.07.2025 um 3,74 % erhöht.

  Monatliche Rente bisher      112,40 EUR
  Monatliche Rente neu         116,60 EUR
  Auszahlungsbetrag            116,60 EUR

Die Rente wird weiterhin am Monatsende auf Ihr Konto überwiesen.

Mit freundlichen Grüßen
Ihre Rentenversorgung Nordheide`, rules, "pension_statement")
}

// A Dutch pension fund's "pensioenspecificatie" (what it pays this
// month) is a pension statement by its name.
func TestAPensionPaymentAdviceIsAPensionStatement(t *testing.T) {
	rules := []Rule{
		{Type: "pension_statement", Description: "Statements and payment advices from my pensions showing what is paid to me."},
		{Type: "bank_statement", Description: "Statement of my bank account."},
		{Type: "tax_form", Description: "Tax forms and notices from the tax office."},
	}
	classifyAs(t, "Dutch pension payment specification", `Stichting Pensioenfonds Bouwmaterialen
Pensioenspecificatie maart 2025

De heer P. Jansen                         Relatienummer: 3302-118
12 Quay Street, Whitby YO21 3PR, Verenigd Koninkrijk

Soort uitkering: ouderdomspensioen
Bruto pensioen                      € 402,15
Ingehouden loonheffing              € 0,00
Uit te betalen op 24-03-2025        € 402,15`, rules, "pension_statement")
}

// "Garden share agreement" in a title names the rule for it, a contract
// the lexicon knows only as "agreement": the type's own words beside the
// contract's name count as the whole type named, where the contract's
// name alone does not.
func TestTheWholeTypeInATitleNamesAQualifiedKind(t *testing.T) {
	p := profileOf(Rule{Type: "garden_share_agreement", Description: "Agreement between the neighbours who share one gardener: how they split his days and his wages."})
	d := analyze("AGREEMENT\n\nBetween the Okonkwo and Farrant households.")
	if s, _, _ := typeOnLine(p, d); s != 0 {
		t.Errorf("\"AGREEMENT\" alone names garden_share_agreement at %.2f", s)
	}
	d = analyze("GARDEN SHARE AGREEMENT\n\nBetween the Okonkwo and Farrant households.")
	if s, k, _ := typeOnLine(p, d); s != nameWeightAt[titleLine] || k != titleLine {
		t.Errorf("the whole type in the title names it at %.2f on a line of kind %d", s, k)
	}
}

// A sender's name in a description is who sends the rule's documents
// only when the description says it sends them ("from", "by"): a
// waiver that "releases the school from liability" is no school letter,
// and a payslip's "tax and social security" deductions do not make
// benefit letters payslips.
func TestASendersNameIsTheSenderOnlyAfterFrom(t *testing.T) {
	waivers := []Rule{
		{Type: "liability_waiver", Description: "Signed form in which a pupil or parent accepts the risk of injury and releases the school from liability."},
		{Type: "invoice", Description: "A bill for term fees asking for payment."},
		{Type: "timesheet", Description: "Hours worked by a teacher, week by week."},
	}
	classifyAs(t, "letter from a school", `Greenholme Primary School
Church Road, Greenholme GH4 2TT

12 September 2025

Dear Parents and Carers,

Welcome back to the autumn term. Please note that school photographs will
be taken on Thursday 25 September, and that the Year 4 trip to the
museum is now on 9 October. Letters about after-school clubs will follow.

Yours sincerely,
Mrs H. Adeyemi, Headteacher`, waivers, "")
	payslips := []Rule{
		{Type: "payslip", Description: "Payslip for one pay period: gross pay, deductions like income tax and social security, and net pay."},
		{Type: "invoice", Description: "A bill asking for payment."},
		{Type: "tenancy_agreement", Description: "My tenancy agreement."},
	}
	classifyAs(t, "social security benefit letter", `Department for Work and Pensions
Universal Credit

Ms L. Haddad
22 Orchard Way, Leicester LE3 9PP

Your Universal Credit statement
Assessment period: 12 August to 11 September 2025

Standard allowance                       £400.14
Child element                            £339.00
Housing element                          £525.00
Deductions                                -£40.00
What you will get                      £1,224.14

We will pay this into your account on 18 September 2025.
Report a change of circumstances in your journal.`, payslips, "")
	planning := []Rule{
		{Type: "planning_consultation", Description: "Consultation from the planning authority asking the parish council for its comments on a planning application."},
		{Type: "meeting_minutes", Description: "Minutes of meetings of the council."},
		{Type: "invoice", Description: "invoice from a contractor to the council"},
	}
	classifyAs(t, "a council's thank-you letter", `Gemeente Oosterwold
                                        Oosterwold, 3 juni 2025
Aan de voorzitter van Little Brampton Parish Council

Geachte heer Reeves,

Namens de gemeenteraad dank ik u hartelijk voor de gastvrijheid tijdens ons
bezoek in mei. De bank die uw council ons schonk staat nu voor het
gemeentehuis.

Met vriendelijke groet,
J. de Wit, burgemeester`, planning, "")
}

// "The authority's decision notice is a different thing" says the rule
// is not the decision notice, as "is not" would.
func TestADifferentThingIsExcluded(t *testing.T) {
	positive, negative := splitNegations("Consultation from the planning authority asking for comments. The authority's decision notice on an application is a different thing.", []string{"plan", "consult"}, "consult", kindLexicon())
	if len(positive) != 1 || len(negative) != 1 || negative[0] != "The authority's decision notice on an application is a different thing" {
		t.Errorf("positive %q, negative %q", positive, negative)
	}
	p := profileOf(Rule{Type: "insurance_policy", Description: "The policy document or schedule for our cover. A renewal notice is something else."})
	if !excludesKind(p, "renewal_notice") {
		t.Errorf("the renewal notice is not excluded: %v", p.excluded)
	}
}

// "A blank form is not one" says the rule is for forms filled in: a
// blank one is aside from it, however much a form is laid out with
// blanks.
func TestABlankFormIsNotOne(t *testing.T) {
	rules := []Rule{
		{Type: "enrolment_form", Description: "A completed form signing a child up for swimming lessons: name, age, class chosen, parent's contact details. A blank form is not one."},
		{Type: "invoice", Description: "A bill for lesson fees asking for payment."},
		{Type: "medical_consent", Description: "A parent's signed consent to first aid or medical treatment."},
	}
	blank := `ENROLMENT FORM - Otterbrook Swim School        Term: ____________

Child's full name:   ______________________________
Date of birth:       ____/____/______   Age: ____
Class:               [ ] Ducklings  [ ] Stage 1  [ ] Stage 2  [ ] Stage 3
Parent/guardian:     ______________________________
Phone / email:       ______________________________

Signed: ____________________      Date: ____________

>> MASTER COPY - photocopy, do not fill in <<`
	classifyAs(t, "blank enrolment form", blank, rules, "")
	classifyAs(t, "filled-in enrolment form", `ENROLMENT FORM - Otterbrook Swim School        Term: Spring 2025

Child's full name:   Lily Adebayo
Date of birth:       14/09/2017   Age: 7
Class:               [ ] Ducklings  [x] Stage 1  [ ] Stage 2  [ ] Stage 3
Parent/guardian:     Grace Adebayo
Phone / email:       07700 900412 / g.adebayo@mail.example

Signed: G. Adebayo      Date: 06/01/2025`, rules, "enrolment_form")
	// Without the sentence, a blank enrolment form is still a form of
	// the rule's kind.
	rules[0].Description = "A completed form signing a child up for swimming lessons: name, age, class chosen, parent's contact details."
	if got := classifyModel(blank, rules).Type; got == nil || *got != "enrolment_form" {
		t.Errorf("without the sentence, the blank enrolment form is %v", got)
	}
}

// "... is not one" ends a sentence that excludes what it names, as "does
// not count" does: "A blank form or a class timetable is not one" says
// nothing the rule is.
func TestNotOneIsAVerdict(t *testing.T) {
	positive, negative := splitNegations("A completed form signing a pupil up for classes. A blank form or a class timetable is not one.", []string{"enrol", "form"}, "form", kindLexicon())
	if len(positive) != 1 || positive[0] != "A completed form signing a pupil up for classes" || len(negative) != 1 || negative[0] != "A blank form or a class timetable is " {
		t.Errorf("positive %q, negative %q", positive, negative)
	}
}

// "Not a foster agreement" under an adoption contract: a document titled
// a foster carer agreement names what the rule says it is not, though
// "agreement" is the rule's own kind's name.
func TestATitleWithAWordTheRuleExcludes(t *testing.T) {
	rules := []Rule{
		{Type: "adoption_contract", Description: "Adoption agreement signed when a cat changes owner (transfer of ownership, adoption fee, return clause). Not the application, and not a foster agreement, where the cat stays ours."},
		{Type: "adoption_application", Description: "Application from someone who wants to adopt one of our cats."},
		{Type: "invoice", Description: "A bill we have received asking us to pay."},
	}
	foster := `WHISKER LANE CAT RESCUE - FOSTER CARER AGREEMENT

Foster carer: Ben Oduya, 7 Mill Row, Tansley DE4 5FF
Cat: Pepper (tabby, female), microchip 941000000012345     Start: 03/02/2025

Pepper remains the property of Whisker Lane Cat Rescue at all times. The rescue pays
for food and vet treatment. The carer will not rehome or give Pepper to anyone and will
return her on request. Either side may end this with 7 days' notice.

Signed: B Oduya        For WLCR: S Patel        03/02/2025`
	classifyAs(t, "foster carer agreement", foster, rules, "")
	if r := classifyModel(foster, rules); !strings.Contains(r.Reasoning, "names itself what the rule says it is not ('AGREEMENT' with 'foster' in the title)") {
		t.Errorf("the reasoning does not say why: %s", r.Reasoning)
	}
	classifyAs(t, "adoption agreement", `WHISKER LANE CAT RESCUE - ADOPTION AGREEMENT

Adopter: Ben Oduya, 7 Mill Row, Tansley DE4 5FF
Cat: Pepper (tabby, female), microchip 941000000012345     Date: 03/05/2025

Ownership of Pepper passes to the adopter today. Adoption fee paid: £85.
If the adopter can no longer keep Pepper, she must be returned to the rescue.

Signed: B Oduya        For WLCR: S Patel        03/05/2025`, rules, "adoption_contract")
}

// "We will pay by BACS" says what the writer will do: it is not an
// invoice's "pay by", and a funder's award letter that says it is not
// an invoice. "Please pay by" still is, and "we would like to offer
// you" still offers.
func TestWhatTheWriterWillDoIsNotTheAct(t *testing.T) {
	has := hasAct
	if has("Once we have your signed form, we will pay by BACS within ten days.", "invoice") {
		t.Error(`"we will pay by BACS" is an invoice's act`)
	}
	if !has("Total due: £120. Please pay by 3 March.", "invoice") {
		t.Error(`"please pay by" is no longer an invoice's act`)
	}
	if !has("We would like to offer you the position of assistant warden.", "job_offer") {
		t.Error(`"we would like to offer you the position" is no longer a job offer's act`)
	}
	rules := []Rule{
		{Type: "grant_award_letter", Description: "Letter from a funder telling the club it has been awarded a grant, with the amount and conditions."},
		{Type: "invoice", Description: "A bill from a supplier asking us to pay."},
		{Type: "meeting_minutes", Description: "Minutes of committee meetings."},
	}
	classifyAs(t, "grant award letter", `HARROW VALE COMMUNITY TRUST
The Old School, Church Street, Harrow Vale HV2 3AB

Mr Tom Ellery, Harrow Vale Rowing Club
Boathouse Lane, Harrow Vale HV1 9QQ

14 March 2025                                 Our ref: HVCT/SG/25/012

Dear Mr Ellery,

I am pleased to tell you that our trustees have awarded the club a grant
of £2,800 towards two new sculling boats.

Conditions: spend the grant by 31 December 2025 and send us a short report
with receipts. Please return the signed acceptance form within 28 days; we
will pay by BACS within 10 days of receiving it.

Yours sincerely,
Anne Moyo, Grants Officer`, rules, "grant_award_letter")
}

// What a description says the rule is not is the excluded document, not
// what that document is on or about: "the decision notice on an
// application" excludes the notice, not applications, and "advice
// about contracts" excludes no lease from a rule for contracts.
func TestWhatAnExcludedDocumentIsAboutIsNotExcluded(t *testing.T) {
	excludes := func(r Rule, id string) bool { return excludesKind(profileOf(r), id) }
	consultation := Rule{Type: "planning_consultation", Description: "Consultation from the planning authority asking for our comments on a planning application. The authority's decision notice on an application is not a consultation."}
	if excludes(consultation, "application") {
		t.Error("the decision notice on an application excludes applications")
	}
	contract := Rule{Type: "contract", Description: "An agreement signed by the shop and another party: a lease, a supply agreement, a service contract. Advice about contracts is not a contract."}
	if excludes(contract, "lease") || excludes(contract, "employment_contract") {
		t.Error("advice about contracts excludes leases or employment contracts")
	}
	// What the excluded document is stays excluded.
	receipt := Rule{Type: "receipt", Description: "Proof that we paid. An e-mail chasing an unpaid invoice is not a receipt, and neither is the invoice."}
	if !excludes(receipt, "email") {
		t.Error("the e-mail chasing an invoice is not excluded")
	}
}

// A review of the rules above found them misreading ordinary text; each
// case fails on the code before its fix.
func TestTheReviewOfTheRound14Rules(t *testing.T) {
	lx := kindLexicon()
	t.Run("what a sender sends", func(t *testing.T) {
		// "Anything the borough council sends us" names the council as
		// the sender without "from".
		rules := []Rule{
			{Type: "council_post", Description: "Anything the borough council sends us: bin collections, parking permits, planning notices."},
			{Type: "council_tax_bill", Description: "The yearly council tax bill."},
			{Type: "school_letter", Description: "Letters from the children's school."},
		}
		classifyAs(t, "council letter", `Kestrel Borough Council
Highways Department, Civic Centre, Kestrel KE1 1AA

3 October 2025

Dear Resident,

Temporary road closure: Finch Close

Finch Close will be closed to traffic from 20 to 24 October while the
surface is relaid. Access for residents will be kept where possible.

Yours faithfully,
Highways Team`, rules, "council_post")
	})
	t.Run("a separate document", func(t *testing.T) {
		// "Each receipt is a separate document" sends no receipt away,
		// and "... are different things, but I want both here" no
		// letter or statement.
		rules := []Rule{
			{Type: "work_expenses", Description: "Receipts for things I buy for work and claim back. Each receipt is a separate document."},
			{Type: "bank_statement", Description: "My bank statements."},
			{Type: "payslip", Description: "My payslips."},
		}
		classifyAs(t, "till receipt", `OFFICE WORLD  Store 212
12/09/2025 14:32

A4 paper 5 reams          24.95
Toner cartridge           48.99
Stapler                    1.50
TOTAL                     75.44
Card payment              75.44

Thank you for your purchase. Please keep your receipt.`, rules, "work_expenses")
		p := profileOf(Rule{Type: "post", Description: "Letters and statements are different things, but I want both here."})
		if len(p.excluded) > 0 {
			t.Errorf("\"different things, but I want both\" excludes %d kinds", len(p.excluded))
		}
	})
	t.Run("a hyphenated word is no qualifier", func(t *testing.T) {
		// "Not a part-time contract" does not make "TIME" in "FULL-TIME
		// EMPLOYMENT CONTRACT" a word the rule excludes.
		rules := []Rule{
			{Type: "employment_contract", Description: "My job contract with the bakery. Not a part-time contract."},
			{Type: "job_offer", Description: "Offer letters from employers: the job title, salary and start date."},
			{Type: "payslip", Description: "My payslips."},
		}
		if p := profileOf(rules[0]); len(p.outQuals) > 0 {
			t.Errorf("qualifiers %q from a hyphenated word", p.outQuals)
		}
		classifyAs(t, "full-time contract", `FULL-TIME EMPLOYMENT CONTRACT

Between: Crumb & Co Bakery Ltd (the Employer) and Sara Lind (the Employee)
Role: Bakery assistant
Salary: £23,400 a year, paid monthly
Start date: 1 September 2025
Hours: 37.5 a week. Holidays: 28 days including bank holidays.
Notice: one month on either side after probation.

Signed for the Employer: R. Crumb      Signed by the Employee: S. Lind`, rules, "employment_contract")
	})
	t.Run("we will terminate", func(t *testing.T) {
		// "We will terminate your tenancy" gives notice: only a writer
		// who will pay asks for nothing.
		has := hasAct
		if !has("The owner has decided to sell. We will terminate your tenancy on 30 November 2025.", "eviction_notice") {
			t.Error(`"we will terminate your tenancy" is no eviction notice's act`)
		}
		if !has("We will terminate your employment with effect from 31 October.", "termination_letter") {
			t.Error(`"we will terminate your employment" is no termination letter's act`)
		}
	})
	t.Run("a benefits office's payment specification", func(t *testing.T) {
		// A Dutch "uitkeringsspecificatie" comes from the benefits office
		// as often as from a pension fund: it stays a benefit letter's.
		rules := []Rule{
			{Type: "benefit_letter", Description: "Letters and payment statements from UWV about my unemployment benefit (WW)."},
			{Type: "pension_statement", Description: "Statements from my pension funds."},
			{Type: "payslip", Description: "My payslips."},
		}
		classifyAs(t, "UWV payment specification", `UWV
Uitkeringsspecificatie oktober 2025

Mevrouw J. Bakker                        Klantnummer 884-220-11
Soort uitkering: WW-uitkering
Bruto uitkering                  € 1.642,10
Ingehouden loonheffing           €   318,40
Uit te betalen op 24-10-2025     € 1.323,70`, rules, "benefit_letter")
	})
	t.Run("not this one", func(t *testing.T) {
		// "not this one" is no verdict on what comes before it.
		positive, _ := splitNegations("Statements for my savings account, not this one.", []string{"bank", "statement"}, "statement", lx)
		if len(positive) != 1 || positive[0] != "Statements for my savings account, " {
			t.Errorf("positive %q", positive)
		}
	})
	t.Run("a reply or an invoice", func(t *testing.T) {
		// "a reply or an invoice": the invoice is not what the reply is
		// about, and is excluded.
		p := profileOf(Rule{Type: "order_confirmation", Description: "The supplier's confirmation of our order. Not the supplier's quote, a reply or an invoice."})
		if !excludesKind(p, "invoice") {
			t.Error("the invoice is not excluded")
		}
	})
}

// "Confirmation of a booked visit" describes a booking confirmation as
// "booking confirmation" would: a visit's "thank you for booking" is the
// rule's own act, not another kind's.
func TestConfirmationOfABookedVisit(t *testing.T) {
	rules := []Rule{
		{Type: "appointment_confirmation", Description: "Confirmation of a booked cleaning or servicing visit with a date and time, sent by me to a customer."},
		{Type: "invoice", Description: "My bill to a customer for work done."},
		{Type: "quote", Description: "A price I give a customer before the work."},
	}
	classifyAs(t, "booked visit", `From: Dan Price <dan@pricechimneys.example>
To: Mrs Ruth Ogundipe <r.ogundipe@mail.example>
Subject: Chimney sweep booked - Tues 11 Nov, 9:00
Date: Mon, 3 Nov 2025 18:12:40 +0000

Dear Mrs Ogundipe,

Thank you for booking. Your sweep is booked for:

  Date/time:  Tuesday 11 November 2025, 9:00 (about an hour)
  Address:    2 Mill Cottages, Upper Wendle
  Work:       sweep of the living-room flue + smoke test

Please clear the hearth the night before.

Best wishes,
Dan Price, Price Chimneys`, rules, "appointment_confirmation")
	if p := profileOf(rules[0]); !p.describesKind(kindLexicon(), kindLexicon().byID["booking_confirmation"]) {
		t.Error("\"confirmation of a booked visit\" does not describe a booking confirmation")
	}
}

// hasAct says whether text does what the kind id's acts say.
func hasAct(text, id string) bool {
	lx := kindLexicon()
	return slices.ContainsFunc(findActs(lx, text), func(h actHit) bool { return h.kind == lx.byID[id] })
}

// actCase is a text and the id of a kind whose act it may hold.
type actCase struct{ text, kind string }

// doActs fails t for each case whose text holds no act of its kind.
func doActs(t *testing.T, cases []actCase) {
	t.Helper()
	for _, c := range cases {
		if !hasAct(c.text, c.kind) {
			t.Errorf("%q does not do what a %s does", c.text, c.kind)
		}
	}
}

// noActs fails t for each case whose text holds an act of its kind.
func noActs(t *testing.T, cases []actCase) {
	t.Helper()
	for _, c := range cases {
		if hasAct(c.text, c.kind) {
			t.Errorf("%q does what a %s does", c.text, c.kind)
		}
	}
}

// excludesKind says whether a rule's profile excludes the kind id.
func excludesKind(p *profile, id string) bool {
	return slices.Contains(p.excluded, kindLexicon().byID[id])
}

// A review of the "X of Y" rule: only a verb's form after "of" ("a
// booked visit", "booking") names the kind "Y X"; a noun there only
// qualifies what follows it, so a rule for "statement of pension income
// and tax deducted" does not describe pension statements, and one for a
// "record of vaccination, worming and flea treatment" of a pet does not
// describe a child's vaccination record.
func TestOfANounIsNoKindsName(t *testing.T) {
	lx := kindLexicon()
	for _, c := range []struct {
		rule Rule
		kind string
	}{
		{Rule{Type: "tax_statement", Description: "Statement of pension income and tax deducted for the year."}, "pension_statement"},
		{Rule{Type: "pet_record", Description: "Record of vaccination, worming and flea treatment for a dog or cat."}, "vaccination_record"},
		{Rule{Type: "arrears_notice", Description: "Notice of tax arrears or unpaid rent, asking for overdue money."}, "tax_notice"},
	} {
		if profileOf(c.rule).describesKind(lx, lx.byID[c.kind]) {
			t.Errorf("%q describes %s", c.rule.Description, c.kind)
		}
	}
	classifyAs(t, "a child's vaccination record", `VACCINATION RECORD

Name: Amara Okafor          Date of birth: 02/03/2023
Vaccine               Dose   Date given   Batch      Given by
MMR                   1      04/03/2024   MX4471     Nurse J. Daniels
Hib/MenC              1      04/03/2024   HC2209     Nurse J. Daniels
Pneumococcal          2      04/03/2024   PN8830     Nurse J. Daniels

Bring this record to every appointment.`, []Rule{{Type: "pet_record", Description: "Record of vaccination, worming and flea treatment for a dog or cat."}}, "")
	if p := profileOf(Rule{Type: "appointment_confirmation", Description: "Confirmation of booking for a tuning visit."}); !p.describesKind(lx, lx.byID["booking_confirmation"]) {
		t.Error("\"confirmation of booking\" does not describe a booking confirmation")
	}
}
