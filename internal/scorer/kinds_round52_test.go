package scorer

import (
	"strings"
	"testing"
)

// Read after round 52: a rule that names a body by its initials
// ("letters from HMRC", "from the DWP") finds them spelled out in a
// letterhead ("HM Revenue & Customs", "Department for Work and
// Pensions"); and a line of the sender's address between its name and
// its postcode ("Self Assessment" over "BX9 1AS") is the office that
// sends the letter, not a title naming a tax return.
func TestInitialsAndTheSendersOffice(t *testing.T) {
	rules := []Rule{
		{Type: "client_invoice", Description: "Invoices I've sent to clients for my consultancy work."},
		{Type: "expense_receipt", Description: "Receipts for things I paid for on a job: train tickets, hotels, fuel."},
		{Type: "hmrc_letter", Description: "Letters and statements from HMRC about my tax or NI."},
		{Type: "insurance_document", Description: "Insurance schedules and certificates, not renewal reminders."},
	}
	classifyAs(t, "a notice to file from HMRC's Self Assessment office", `HM Revenue & Customs
Self Assessment
BX9 1AS

Ms Rhian Pugh
14 Heol y Felin
Carmarthen SA31 1QT

Date:  3 May 2024
UTR:   33019 48821

Notice to complete a tax return for the year 6 April 2023 to
5 April 2024

Dear Ms Pugh

This notice tells you that you need to send us a Self Assessment
tax return for the tax year ended 5 April 2024.

Paper return:   31 October 2024
Online return:  31 January 2025

If your return is late you will have to pay a £100 penalty, even if
you have no tax to pay.

Yours sincerely
HM Revenue and Customs`, rules, "hmrc_letter")
	household := []Rule{
		{Type: "benefit_letter", Description: "Letters from the DWP about my ESA or PIP: awards, reviews, payment changes."},
		{Type: "council_letter", Description: "Letters from the borough council: council tax, bins, parking permits."},
		{Type: "payslip", Description: "My wife's payslips from the school."},
		{Type: "bank_statement", Description: "Bank statements for our joint account."},
	}
	classifyAs(t, "a letter from the Department for Work and Pensions", `Department for Work and Pensions
Post Handling Site B
Wolverhampton WV99 1AH

Mr Gareth Lloyd
7 Maes y Dre
Llanidloes SY18 6AA

Date: 9 September 2024

Dear Mr Lloyd

We have looked again at your Personal Independence Payment. From
16 September 2024 you will get the enhanced rate of the daily living
component, £108.55 a week, paid every 4 weeks into your account.

If you think this is wrong you can ask us to look at it again within
one month of the date of this letter.

Yours sincerely
Decision Maker`, household, "benefit_letter")
	// The reasons name the initials the rule wrote, found spelled out.
	for _, c := range []struct {
		text, initials string
		rule           Rule
	}{
		{"HM Revenue & Customs\nSelf Assessment\nBX9 1AS\n\nDear Ms Pugh\n\nYour tax return for the year is late, and we have charged you a penalty of £100.\n\nYours sincerely", "'HMRC'", rules[2]},
		{"Department for Work and Pensions\nPost Handling Site B\nWolverhampton WV99 1AH\n\nDear Mr Lloyd\n\nYour Personal Independence Payment award has changed.\n\nYours sincerely", "'DWP'", household[0]},
	} {
		res := classifyModel(c.text, []Rule{c.rule})
		if !strings.Contains(res.Reasoning, c.initials) {
			t.Errorf("reasons for %.30q do not name %s: %s", c.text, c.initials, res.Reasoning)
		}
	}
	// The user's own numbers, written by their initials ("PHM-0412"),
	// are not a body's initials: an invoice to the firm spelling out its
	// name is not the firm's own.
	firm := []Rule{
		{Type: "sales_invoice", Description: "Fee invoices WE send to our clients (our letterhead, our numbers PHM-xxxx). Not reminders."},
		{Type: "supplier_invoice", Description: "Invoices suppliers send us for software, stationery and rent."},
		{Type: "engagement_letter", Description: "Signed engagement letters with clients."},
	}
	toFirm := `Ledgerline Software Ltd, 9 Canal Wharf, Leeds LS11 5PS

Pell Harrow & Mistry
3 Market Row
Stamford PE9 2QX

INVOICE LL-88213                     Date: 03/03/2025

Ledgerline Practice licence, 6 users, 12 months     1,440.00
VAT 20%                                               288.00
Total due                                           1,728.00

Payment within 30 days to sort code 20-44-91, account 30998127.`
	classifyAs(t, "a supplier's invoice to Pell Harrow & Mistry", toFirm, firm, "supplier_invoice")
	if res := classifyModel(toFirm, firm[:1]); strings.Contains(res.Reasoning, "'PHM'") {
		t.Errorf("the firm's name counts as its numbers' prefix: %s", res.Reasoning)
	}
}

// Read after round 52: a form's table of rows of dots to write on is
// blank, as a row of empty cells is: the blank claim form is no claim,
// and the filled one still is.
func TestRowsOfDotsAreBlanks(t *testing.T) {
	rules := []Rule{
		{Type: "expense_claim", Description: "Expense claims staff and volunteers have filled in and sent me (mileage, train fares, small purchases). A blank claim form isn't a claim."},
		{Type: "payslip", Description: "My payslips."},
		{Type: "meeting_minutes", Description: "Minutes of the trustees' meetings."},
	}
	classifyAs(t, "a blank mileage claim form", `HOLLINS YOUTH PROJECT - TRAVEL AND EXPENSES CLAIM
(staff and volunteers - claim monthly, within 3 months)

Name: ................................   Month: .................

MILEAGE (own car, 45p a mile)
Date      From / to                      Purpose               Miles
........  .............................  ....................  .....
........  .............................  ....................  .....
........  .............................  ....................  .....
                                         Total miles           .....

OTHER EXPENSES (attach receipts)
Date      Item                                                  £
........  ....................................................  .....
........  ....................................................  .....

Signed ..........................   Approved ......................`, rules, "")
	classifyAs(t, "the same form filled in", `HOLLINS YOUTH PROJECT - TRAVEL AND EXPENSES CLAIM
(staff and volunteers - claim monthly, within 3 months)

Name: Dana Whitlow      Month: March 2025

MILEAGE (own car, 45p a mile)
Date      From / to                      Purpose               Miles
04/03     Office - Hollins school        Detached session       12
11/03     Office - Brindle library       Partners' meeting       8
19/03     Office - Hollins school        Detached session       12
                                         Total miles            32  = £14.40

OTHER EXPENSES (attach receipts)
Date      Item                                                  £
14/03     Hot chocolate for session                             6.20

Total claimed: £20.60
Signed D. Whitlow   Approved K. Marsh`, rules, "expense_claim")
}

// Read after round 52: a template says so in a note anywhere ("Template -
// copy before use"): the blank invoice is no invoice where the rule
// turns blank templates away, and the filled one still is.
func TestATemplatesNote(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "Invoices I send clients for deliveries and the ones suppliers send me. A blank template is not an invoice."},
		{Type: "receipt", Description: "Receipts for things I paid for."},
		{Type: "insurance", Description: "Insurance schedules and certificates."},
	}
	classifyAs(t, "a blank invoice template", `# INVOICE No. KW-____

**From:** Kestrel Wheels Couriers, 3 Mill Yard, Harbridge HB1 4QT
**To:** [client name / address]
**Date:** [dd/mm/yyyy]

| Date | Job | Qty | Rate | Amount |
|---|---|---|---|---|
| | | | | |

**Total due:** £

_Template - copy it before use, don't edit this one._`, rules, "")
	classifyAs(t, "the invoice filled in", `# INVOICE No. KW-0412

**From:** Kestrel Wheels Couriers, 3 Mill Yard, Harbridge HB1 4QT
**To:** Orchard Print Ltd, 9 Bridge Street, Harbridge HB2 7LA
**Date:** 14/03/2025

| Date | Job | Qty | Rate | Amount |
|---|---|---|---|---|
| 11/03 | Same-day proofs to Kilnworth | 3 | 12.00 | 36.00 |

**Total due:** £36.00, within 14 days please.`, rules, "invoice")
}

// Read after round 52: a contractor's monthly statement under the
// Construction Industry Scheme is a kind of its own, not the
// subcontractor's invoice though it lists what was paid; a rule for
// these statements takes it.
func TestACISStatementIsNoInvoice(t *testing.T) {
	statement := `CONSTRUCTION INDUSTRY SCHEME - PAYMENT AND DEDUCTION STATEMENT

Contractor:      Ashgrove Developments Ltd
Employer's reference: 123/AB45678
Subcontractor:   Lewis Pryce (Pryce Tiling)
Verification number: V1234567890

Tax month ending:                 5 October 2024
Gross amount paid (excl VAT)      £3,120.00
Less cost of materials            £  420.00
Amount liable to deduction        £2,700.00
Amount deducted (20%)             £  540.00
Net amount paid                   £2,580.00

Keep this statement: you will need it for your tax return.`
	trade := []Rule{
		{Type: "invoice", Description: "Invoices I send to customers and main contractors for tiling, and suppliers' invoices to me. Not quotes, not receipts."},
		{Type: "quote", Description: "Quotes for tiling jobs."},
		{Type: "receipt", Description: "Receipts for tools and materials."},
	}
	classifyAs(t, "a CIS statement among a tiler's invoices", statement, trade, "")
	classifyAs(t, "a CIS statement under a rule for them", statement, append(trade, Rule{Type: "cis_statement", Description: "Monthly CIS statements from contractors showing tax deducted."}), "cis_statement")
}

// Read after round 52: a title naming a kind the rule turns away
// ("Newsletter", "Bulletin", where newsletters sent to every family are
// not school letters) outweighs the greeting the two share: "Dear
// Parents and Carers" in a school's bulletin does not make it a letter
// about one child.
func TestANewsletterGreetingParentsIsNoSchoolLetter(t *testing.T) {
	rules := []Rule{
		{Type: "school_letter", Description: "Letters or e-mails from the school about our own child: attendance, behaviour, trips, reports. Newsletters and bulletins sent to every family are not school letters."},
		{Type: "payslip", Description: "My payslips."},
		{Type: "bank_statement", Description: "Bank statements."},
		{Type: "medical_letter", Description: "Letters from the GP or the hospital."},
	}
	classifyAs(t, "a school's weekly bulletin", `Harrowgate Academy - Friday Bulletin

Dear Parents and Carers,

- Year 9 options evening: Thursday 21 March, 6pm in the main hall.
- Attendance this week: 95.8%. Well done 8K, top form again!
- The Year 10 exchange to Lyon leaves on 14 April; final payments due Monday.
- Reminder: the school closes at 1.30pm on Friday 28 March.

Mrs J. Okafor, Headteacher`, rules, "")
	classifyAs(t, "a letter about one pupil's attendance", `Harrowgate Academy
Attendance Office

Dear Mr Novak,

I am writing about Tomas's attendance this half term, which is 88%.
He has missed six days, two of them without a reason given. Please
contact me to arrange a meeting so that we can agree how to support him.

Yours sincerely
Mrs P. Hale, Attendance Officer`, rules, "school_letter")
}
