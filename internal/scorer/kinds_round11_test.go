package scorer

import (
	"strings"
	"testing"
)

// A valuer's letter putting a figure on a ring for insurance is a
// valuation, in English and in Spanish, not a quote or an insurance
// claim.
func TestAWrittenValuationIsAKindOfItsOwn(t *testing.T) {
	rules := []Rule{
		{Type: "valuation", Description: "written valuation / appraisal: what items are worth, for insurance, probate or sale"},
		{Type: "quote", Description: "Quote / estimate for future work or goods: restoration, framing, shipping. Price offered before anything is agreed."},
		{Type: "invoice", Description: "a bill asking for payment for goods sold or work done"},
	}
	classifyAs(t, "valuer's letter", `Hartley & Finch, Jewellers, 9 Bridge Street, Wexcombe

12 March 2025

Dear Mrs Adeyemi,

Thank you for letting us examine your late mother's ring: a platinum
three-stone diamond ring, circa 1950, the centre stone about 0.60 ct,
in good condition with light wear to the shank.

In my opinion it is worth £3,400 at auction and £5,250 for insurance
purposes (retail replacement).

Yours sincerely,
Ruth Hartley FGA`, rules, "valuation")
	classifyAs(t, "tasación", `TASACIÓN

Solicitante: Sr. Manuel Ortega          Fecha: 2 de mayo de 2025
Objeto: reloj de bolsillo de plata, Suiza, hacia 1900

Estimamos su valor de mercado en 450 - 600 € y su valor a efectos
de seguro en 800 €. Esfera con una pequeña grieta.

Tasado por: R. Hartley`, rules, "valuation")
}

// A school's report on a pupil's term is a school report, whatever the
// school's name atop it says of letters from schools; without a rule for
// reports it is none of the rules, not a letter from the school. A
// grant's "mid-term report" is no school's.
func TestATermReportIsASchoolReport(t *testing.T) {
	rules := []Rule{
		{Type: "school_letter", Description: "Letter or e-mail from a school to parents about trips, term dates, clubs and attendance. His progress report is a different kind."},
		{Type: "school_report", Description: "school report (pupil progress, attainment, teacher comments)"},
		{Type: "utility_bill", Description: "gas, electricity and water bills"},
	}
	termReport := `HOLLYBANK PRIMARY SCHOOL   AUTUMN TERM REPORT - Year 3
Pupil: Leo Marsh          Attendance: 98.1%

Reading   : secure
Writing   : developing
Maths     : secure

Comment: Leo has settled well and reads with real enjoyment.
Signed  P. Okafor       18/12/24`
	classifyAs(t, "term report", termReport, rules, "school_report")
	classifyAs(t, "term report, no rule for reports", termReport, []Rule{rules[0], rules[2]}, "")
	if w := weightOf("MID-TERM REPORT\n\nGrant: Community Garden Fund, year 1 of 2\nSpend to date: £4,210 of £9,000\n", "transcript"); w > 0 {
		t.Errorf("a grant's mid-term report names a school report at weight %.2f", w)
	}
}

// A college's letter confirming a student's enrolment is a letter from
// the college about the course, when the rule for those gives enrolment
// as an example.
func TestAnEnrolmentLetterIsTheCollegesLetter(t *testing.T) {
	rules := []Rule{
		{Type: "college_letter", Description: "Letters from my college about my course: enrolment, attendance, bursary, placements."},
		{Type: "job_offer", Description: "An offer of a job telling me I have got it, with start date, hours and pay."},
		{Type: "bank_statement", Description: "bank account statement"},
	}
	classifyAs(t, "enrolment letter", `Wexcombe College, Student Services

1 September 2025

Dear Jordan,

Enrolment letter - Level 3 Diploma in Engineering (full time)

This confirms that you are enrolled on the course above from 8 September
2025 to 26 June 2026. Please keep this letter as proof of your student
status.

Student Services`, rules, "college_letter")
}

// Minutes whose numbered items name other documents ("2. Licence",
// "3. Printer's invoice") are minutes: a numbered heading names an item
// of the document, not the document. Without a rule for minutes they are
// none of the rules.
func TestNumberedItemsOfMinutesDoNotNameTheDocument(t *testing.T) {
	rules := []Rule{
		{Type: "meeting_minutes", Description: "Minutes of committee meetings and AGMs: who attended, what was discussed and decided, actions. The agenda calling a meeting is not minutes."},
		{Type: "performance_licence", Description: "Licence from the rights holder of a play allowing us to perform it at stated venues and dates."},
		{Type: "invoice", Description: "a bill asking us to pay for goods or services"},
	}
	minutes := `# Wexcombe Players - Committee Meeting

**Date:** 4 March 2025, 7.30pm, church hall
**Present:** A. Lowe (Chair), B. Kaur (Sec), C. Dunn (Treas), D. Price

## 1. Minutes of last meeting
Agreed.

## 2. Licence
Ben has applied to the publisher for the summer play.

## 3. Printer's invoice
Paid on 1 March.

## 4. AOB
Next meeting 1 April.`
	classifyAs(t, "minutes", minutes, rules, "meeting_minutes")
	classifyAs(t, "minutes, no rule for minutes", minutes, rules[1:], "")
}

// A line led by a kind's name in capitals, under a letter's address
// fields, heads the document: "OFFERTE ..." is a quote.
func TestANameInCapitalsLeadingALineHeadsTheDocument(t *testing.T) {
	rules := []Rule{
		{Type: "funeral_estimate", Description: "Quote / estimate of funeral costs before the funeral, ours or a partner firm's abroad. Not a final account, and not a price list."},
		{Type: "invoice", Description: "A bill for a funeral or for a supplier's goods or services, asking for payment."},
		{Type: "order_of_service", Description: "order of service / service sheet for a funeral (hymns, readings, running order)"},
	}
	classifyAs(t, "Dutch quote", `Uitvaartzorg Van Dam - Dorpsstraat 8, Oosterbeek (NL)
Aan: Hartley Funeral Service, Wexcombe (VK)
Datum: 3 februari 2025

OFFERTE overbrenging wijlen dhr. J. de Wit

Geachte heer Hartley,
Hierbij ons voorstel voor de overname en het vervoer naar Wexcombe:
  Overname en rouwauto               € 720,00
  Verzorging (2 dagen)               € 380,00
  Totaal incl. btw                   € 1.100,00
Geldig 30 dagen.

Met vriendelijke groet, Anouk van Dam`, rules, "funeral_estimate")
}

// The words that qualify a type's head do not name it alone: "Sessional
// GP" in a membership schedule does not name a session booking.
func TestAQualifierAloneDoesNotNameTheType(t *testing.T) {
	rules := []Rule{
		{Type: "session_booking", Description: "Confirmation of locum sessions booked with me, from a practice or an agency: dates, times, rate and cancellation terms."},
		{Type: "bank_statement", Description: "statement for one of my bank accounts"},
	}
	res := classifyModel(`Wexcombe Medical Mutual - Membership schedule

| Member | Dr R. Osei, no. WMM-88120 |
| Membership year | 01/04/2025 - 31/03/2026 |
| Grade | Sessional GP, 4-6 sessions/week |
| Annual subscription | £1,880.00 |`, rules)
	if strings.Contains(res.Reasoning, "named 'session_booking'") {
		t.Errorf("the type is said to be named by its qualifier alone: %s", res.Reasoning)
	}
	if res.Type != nil && *res.Type == "session_booking" {
		t.Errorf("a membership schedule classified as a session booking: %s", res.Reasoning)
	}
}

// A council's report of a food hygiene inspection is the inspection a
// rule describes by what a council's environmental health officers do,
// not a council letter no rule covers.
func TestACouncilsInspectionReportIsTheInspection(t *testing.T) {
	rules := []Rule{
		{Type: "hygiene_inspection", Description: "Environmental health food hygiene inspection report, or a letter giving our food hygiene rating or the officer's findings after a visit."},
		{Type: "invoice", Description: "a supplier's bill for stock, packaging or gas"},
		{Type: "takings_sheet", Description: "the record of one trading day's sales, cash and card"},
	}
	classifyAs(t, "inspection report", `WEXCOMBE DISTRICT COUNCIL
Environmental Health - Food Safety

Premises: Pastelaria Rosa, market pitch 14
Visit: 3 April 2025          Officer: J. Marsh

Hygienic food handling       Good
Cleanliness and structure    Very good
Management of food safety    Generally satisfactory

Food hygiene rating: 4
Allergen information must be displayed at the counter.`, rules, "hygiene_inspection")
}

// "Relevé" or "Extracto" alone heads a card's statement as often as a
// bank account's: the card's words decide, and a bank account's
// statement so headed stays one.
func TestABareStatementNameIsNoBanksOwn(t *testing.T) {
	rules := []Rule{
		{Type: "bank_statement", Description: "Statement for one of my bank accounts. A credit card statement is not a bank statement."},
		{Type: "credit_card_statement", Description: "credit card statement"},
		{Type: "utility_bill", Description: "gas, electricity and water bills"},
	}
	classifyAs(t, "Spanish card statement", `EXTRACTO

Titular: Ana Ruiz             Tarjeta VISA **** 4471
Periodo: 01/03/2025 - 31/03/2025

05/03  Mercadona Valencia          42,10
12/03  Renfe billetes               58,00
21/03  Farmacia Centro              12,35

Total del periodo                  112,45
Importe minimo a pagar              25,00
Fecha de cargo en cuenta: 10/04/2025`, rules, "credit_card_statement")
	classifyAs(t, "French bank statement", `Relevé

Titulaire : M. Paul Girard      Compte courant n° 30004 00012 0001234567 89
Période : du 01/03/2025 au 31/03/2025

Solde au 01/03                          1 204,50
03/03  Virement salaire                +2 310,00
08/03  Prélèvement EDF                   -84,20
15/03  Retrait DAB                       -60,00
Solde au 31/03                          3 370,30`, rules, "bank_statement")
}

// What a valuation does is put a figure on a thing for a purpose: "we
// would value your opinion" and stocks "valued at the lower of cost" are
// no valuation, nor is a council tax bill's "valuation band" its name.
func TestValuingSomethingElseIsNoValuation(t *testing.T) {
	lx := kindLexicon()
	acts := func(text string) bool {
		for _, h := range findActs(lx, text) {
			if lx.kinds[h.kind].id == "valuation" {
				return true
			}
		}
		return false
	}
	for _, text := range []string{
		"We would value your opinion of our service: the survey takes two minutes.",
		"Stocks are valued at the lower of cost and net realisable value.",
		"We value the trust you place in us.",
	} {
		if acts(text) {
			t.Errorf("%q does what a valuation does", text)
		}
	}
	if !acts("In my opinion it is worth £3,400 at auction.") {
		t.Error("a valuer's opinion of what a ring is worth is no valuation's act")
	}
	bill := "WEXCOMBE DISTRICT COUNCIL\nCouncil Tax Bill 2025/26\n\nProperty: 4 Mill Lane\nValuation band: D\nAmount due: £2,104.50\n"
	if w := weightOf(bill, "valuation"); w > 0 {
		t.Errorf("a council tax bill's valuation band names a valuation at weight %.2f", w)
	}
}

// A payslip rule that speaks of deductions and the payment date is not
// about a benefits office's letters: a Universal Credit statement under
// it is none of the rules.
func TestARuleSpeaksOfASendersKindOnlyByItsOwnWords(t *testing.T) {
	rules := []Rule{
		{Type: "payslip", Description: "payslip from my employer: pay, allowances, deductions and the payment date"},
	}
	classifyAs(t, "benefit statement", `Universal Credit statement

Assessment period: 12 March to 11 April 2025
Standard allowance                    £393.45
Housing element                       £475.00
Deductions (advance repayment)        -£42.10
Total you will get                    £826.35
Payment date: 18 April 2025

Your work coach is Sam. Check your journal for messages.`, rules, "")
}

// A name in capitals leads a heading only on a short line that is no
// sentence and starts its line: "- INVOICE attached for the March work."
// and "INVOICE attached, as promised." send an invoice.
func TestACapitalisedNameInASentenceHeadsNothing(t *testing.T) {
	for _, text := range []string{
		"Hi Sue,\n\n- INVOICE attached for the March work.\n- Timesheets to follow on Monday.\n\nThanks, Dan\n",
		"Hi Sue,\n\nThanks for the work in March, all done now.\nINVOICE attached, as promised.\n\nThanks, Dan\n",
	} {
		if w := weightOf(text, "invoice"); w > nameInBody {
			t.Errorf("%q names an invoice at weight %.2f, want at most %.2f", text, w, nameInBody)
		}
	}
}

// One numbered line may be a title ("3. Abschlagsrechnung"); only
// numbered items among others name items, and "Section 21 notice" is a
// title, not a clause.
func TestANumberedTitleAloneStillNamesTheDocument(t *testing.T) {
	interim := "Bau Kessler GmbH\n\n3. Abschlagsrechnung\n\nBauvorhaben: Mühlweg 4\nLeistungsstand: 60 %\nBetrag: 18.400,00 EUR\n"
	if w := weightOf(interim, "invoice"); w < nameInHeading {
		t.Errorf("a numbered interim invoice's title: weight %.2f, want at least %.2f", w, nameInHeading)
	}
	notice := "Harbour Lettings\n\nSection 21 Notice\n\nTo: Ms A. Lowe, 4 Quay Street\nYou are required to leave the property after 30 June 2025.\n"
	if w := weightOf(notice, "eviction_notice"); w < nameInHeading {
		t.Errorf("a Section 21 notice's title: weight %.2f, want at least %.2f", w, nameInHeading)
	}
}
