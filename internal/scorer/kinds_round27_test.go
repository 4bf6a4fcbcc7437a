package scorer

import (
	"slices"
	"testing"
)

// Kinds, names and acts added after reading round 27's misses: a list of
// medicines, a market's pitch allocation.
func TestRound27KindsAreNamed(t *testing.T) {
	for _, c := range []struct {
		id     string
		titles []string
	}{
		{"medication_list", []string{"MEDICATION ADMINISTRATION RECORD", "Blister pack list", "Medikationsplan"}},
		{"booking_confirmation", []string{"Trade stand confirmation", "Pitch allocation - summer season"}},
	} {
		namedAs(t, c.titles, c.id, "")
	}
	doActs(t, []actCase{
		{"Your pitch is now reserved; please pay the secretary by 1 June.", "booking_confirmation"},
		{"Amount to pay: £58.20", "invoice"},
	})
}

// A carer's folder: a care home's chart of medicines and a pharmacy's
// list go to the rule for medication lists, not to none, while a GP's
// letter that lists medicines stays a medical letter.
func TestAMedicationListIsAKindOfItsOwn(t *testing.T) {
	rules := []Rule{
		{Type: "medical_letter", Description: "letters from the GP or hospital about Mum's health"},
		{Type: "medication_list", Description: "List of her current medicines and doses (MAR chart, pharmacy list)."},
		{Type: "invoice", Description: "bills to pay"},
		{Type: "care_home_contract", Description: "the care home's residence agreement"},
	}
	classifyAs(t, "a MAR chart", `MEDICATION ADMINISTRATION RECORD     Beech Lodge
Resident: M. Hargreaves   Room 6   Month: March 2025
Allergies: none known

Medicine / dose / time          1    2    3    4
Ramipril 2.5mg  1 mane  08:00   SK   SK   AB   AB
Sertraline 50mg 1 mane  08:00   SK   SK   AB   AB
Simvastatin 20mg 1 nocte 21:00  LT   LT   LT   R

Codes: R = refused  H = hospital`, rules, "medication_list")
	classifyAs(t, "a pharmacy's list", `Station Road Pharmacy - blister pack list
Patient: Mrs M Hargreaves
Week starting 10/03/2025

Morning:  Ramipril 2.5mg x1, Sertraline 50mg x1
Teatime:  -
Bedtime:  Simvastatin 20mg x1

Not in pack: Gaviscon 10ml after meals when required`, rules, "medication_list")
	classifyAs(t, "a GP's letter", `Hillside Surgery
12 High Street, Oakby OB1 2ZZ

14 March 2025

Dear Mrs Hargreaves,

Thank you for coming in for your blood pressure review. Your readings
were a little high, so I have increased your ramipril from 2.5mg to 5mg
once a day. Please book a blood test in two weeks to check your kidneys.

Yours sincerely,
Dr P. Nair`, rules, "medical_letter")
}

// A trader's folder: a market's and a show's confirmations of a pitch go
// to the pitch booking rule, not to a timesheet's nor an invoice's.
func TestAPitchConfirmationIsABooking(t *testing.T) {
	rules := []Rule{
		{Type: "pitch_booking", Description: "Confirmation that we have a trading pitch booked at a market, fair or show (date, place, pitch, fee). An application where nothing is confirmed yet does not count."},
		{Type: "invoice", Description: "Invoice we must pay"},
		{Type: "receipt", Description: "receipts for things we bought"},
		{Type: "timesheet", Description: "hours worked by our staff, week by week"},
	}
	classifyAs(t, "a show's confirmation", `LOWMOOR COUNTY SHOW
Trade Stand Confirmation

Exhibitor: Bramble Crepes (T. Oduya)
Stand no: C4 - Food Court      Size: 3m x 3m
Show date: Saturday 9 August 2025

Stand fee         £140.00
Electric hook-up   £35.00
Total             £175.00  - invoice to follow

Stands open 09:00 to 17:00. Wristbands will be posted in July.`, rules, "pitch_booking")
	classifyAs(t, "a committee's offer", `<p>Dear Ms Oduya,</p>
<p><b>Harvest Fair - 20 September 2025</b></p>
<p>The committee is happy to offer you space on the village green for
your crepe van (frontage 6m).</p>
<p>Your pitch is now reserved; the fee of &pound;45 is payable on the day.</p>
<p>Kind regards,<br>Anne Cole, Fair Secretary</p>`, rules, "pitch_booking")
}

// A gas bill titled "Statement of account / bill" that asks for the
// "amount to pay" is the utility bill rule's, though that rule says an
// e-mail "saying a bill is ready" is not a bill.
func TestAGasBillCalledAStatementIsABill(t *testing.T) {
	rules := []Rule{
		{Type: "utility_bill", Description: "Bill for gas, electricity or water with amount to pay. An email just saying a bill is ready online is not a bill."},
		{Type: "payslip", Description: "payslips"},
		{Type: "tenancy_agreement", Description: "our tenancy agreement"},
		{Type: "school_letter", Description: "letters from the children's school"},
	}
	classifyAs(t, "a gas bill", `NORTHGAS - GAS
Statement of account / bill      Account 5512 0093
Mr K Adeyemi, 3 Fern Way ZZ1 4AB       Bill date 02/04/2025

Period 01/03/2025 - 31/03/2025
Gas 980 kWh @ 6.10p              £59.78
Standing charge 31 days @ 30.9p   £9.58
VAT @ 5%                          £3.47
Amount to pay                    £72.83

We will collect £72.83 by Direct Debit on or after 16/04/2025.`, rules, "utility_bill")
}

// A rule for minutes "of a general meeting/AGM" that says the notice
// sent out before a meeting is not minutes does not take the notice of
// an AGM with its agenda.
func TestANoticeOfAnAGMIsNotItsMinutes(t *testing.T) {
	rules := []Rule{
		{Type: "meeting_minutes", Description: "Minutes of a committee meeting or general meeting/AGM - who was present, what was decided. The agenda or notice sent out before a meeting is not minutes."},
		{Type: "invoice", Description: "invoice / bill to pay"},
		{Type: "membership_application", Description: "Completed application to join the club"},
		{Type: "receipt", Description: "Proof of a payment already made"},
	}
	classifyAs(t, "an AGM's notice", `OAKBY CAMERA CLUB

NOTICE OF ANNUAL GENERAL MEETING
Thursday 6 March 2025 at 7.30pm, Oakby Library

AGENDA
1. Apologies
2. Minutes of the 2024 AGM
3. Treasurer's report
4. Election of officers
5. Any other business

Nominations to the Secretary by 20 February.`, rules, "")
}

// "A renewal reminder or a quotation is not a policy document" excludes
// the reminder and the quote: a policy schedule stays the rule's.
func TestANounBeforeIsNotIsWhatIsExcluded(t *testing.T) {
	rules := []Rule{
		{Type: "indemnity_insurance", Description: "Professional indemnity insurance documents: policy schedule, certificate, policy wording. A renewal reminder or a quotation is not a policy document."},
		{Type: "invoice", Description: "invoices from suppliers"},
		{Type: "cpd_certificate", Description: "certificates of courses attended"},
		{Type: "bank_statement", Description: "bank statements"},
	}
	classifyAs(t, "a policy schedule", `HALLMARK MUTUAL
Professional Indemnity - Policy Schedule

Policy number:     HM/PI/2025/0917
Insured:           Rosa Lindqvist, dental hygienist
Period of cover:   01/04/2025 to 31/03/2026
Limit of indemnity: £5,000,000 any one claim
Premium:           £212.00 (paid)`, rules, "indemnity_insurance")
	p := buildProfile(rules[0], false)
	lx := kindLexicon()
	for _, k := range p.excluded {
		if lx.kinds[k].id == "insurance_policy" {
			t.Errorf("the rule excludes the insurance policy it is about: %v", p.excluded)
		}
	}
}

// "Guten Tag" greets: its "Tag" is not the ear tag of a kill sheet, nor
// is a "Good morning" a shift; a one-word greeting's addressee ("Dear
// colleague") still counts, and so does the word in the body.
func TestAGreetingIsNoWordOfARule(t *testing.T) {
	count := func(text, word string) int {
		return len(analyze(text).at[tokenize(word, false)[0].stem])
	}
	if n := count("Guten Tag Frau Vogt,\n\nwir möchten bestellen: 2 kg Hackfleisch.\nAbholung am Tag der Messe.\n", "tag"); n != 1 {
		t.Errorf("\"tag\" found %d times, want once (the body's, not the greeting's)", n)
	}
	if n := count("Good morning all,\n\nThe late shift starts at two.\n", "morning"); n != 0 {
		t.Errorf("\"morning\" found %d times in a greeting, want none", n)
	}
	if n := count("Dear colleague,\n\nThank you for seeing this patient.\n", "colleague"); n != 1 {
		t.Errorf("\"colleague\" found %d times, want once", n)
	}
}

// "Oakby Village Voice - June issue" names a newsletter by its masthead,
// so a village newsletter that reports a council's road closure is no
// council letter; an issue's number alone ("Issue 3") is a revision.
func TestAnIssueOfTheMonthIsANewsletter(t *testing.T) {
	names := func(title string) bool {
		return slices.ContainsFunc(analyze(title+"\n\nSome text follows here.\n").mentions, func(m mention) bool { return kindID(m.kind) == "newsletter" })
	}
	for _, title := range []string{"# Oakby Village Voice - June issue", "The Combe Post, Winter edition", "Dorfblatt Ausgabe Herbst 2025"} {
		if !names(title) {
			t.Errorf("%q does not name a newsletter", title)
		}
	}
	for _, title := range []string{"Risk assessment - Issue 3", "Issue date: 4 June 2025"} {
		if names(title) {
			t.Errorf("%q names a newsletter", title)
		}
	}
	rules := []Rule{
		{Type: "council_letter", Description: "Letter or e-mail from the parish, district or county council (road closure, licence, grant)"},
		{Type: "invoice", Description: "bill to the committee"},
		{Type: "volunteer_rota", Description: "Rota of volunteers"},
		{Type: "meeting_minutes", Description: "Minutes of a committee meeting"},
	}
	classifyAs(t, "a village newsletter", `# Oakby Village Voice - June issue

**Road closure.** The County Council will close Mill Lane from 2 to 6 June
for resurfacing; buses divert via Church Street.

**Book club** meets at the Plough on the last Tuesday; this month's read
is on the library shelf by the door.

**Lost:** a black cat near the school, answers to Soot.

*Written by volunteers. Copy date for July: 20 June.*`, rules, "")
}
