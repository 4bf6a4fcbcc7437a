package scorer

import "testing"

// "A report, letter or certificate written by a vet": the bare
// "certificate" of a description is the vet's, as loose as its "report"
// and "letter", not a diploma; so a vet's visit report is the rule's,
// and the rule does not read like a course certificate.
func TestALooseCertificateInADescriptionIsTheRulesOwn(t *testing.T) {
	rules := []Rule{
		{Type: "vet_report", Description: "A report, letter or certificate written by a vet about an animal's examination or treatment: visit reports, lameness work-ups, clinical letters. A vet's bill is not a vet report."},
		{Type: "invoice", Description: "A bill for livery, feed, farrier or vet work, asking for payment."},
		{Type: "livery_agreement", Description: "The livery contract between the yard and a horse owner: services, fees, notice."},
	}
	classifyAs(t, "vet's visit report", `HILLSIDE EQUINE PRACTICE
Dr Anna Colvin MRCVS

VISIT REPORT - 14/05/2025
Horse: Bramble (bay mare, 12)     Owner: Mr D. Okafor
Yard: Westfield Livery, box 3

History: stiff behind after turnout, reluctant to canter.
Exam: mild lameness 1/10 right hind on the lunge, flexion positive.
Treatment: anti-inflammatories for 5 days, walk in hand only.
Follow-up: recheck in ten days.

A. Colvin MRCVS`, rules, "vet_report")
}

// "Insurance policy schedule or certificate" means a certificate of
// insurance: a course's certificate of attendance is not the rule's for
// being a certificate.
func TestACertificateOfAnotherSortIsNotAnInsuranceCertificate(t *testing.T) {
	rules := []Rule{
		{Type: "insurance_policy", Description: "Insurance policy schedule or certificate for the salon or the van. Renewal invitations are not policies."},
		{Type: "invoice", Description: "A bill from a supplier asking for payment."},
		{Type: "appointment_booking", Description: "A client's booking of an appointment: date, time, service."},
	}
	classifyAs(t, "certificate of attendance", `ACCADEMIA DI ACCONCIATURA - Torino

ATTESTATO DI PARTECIPAZIONE

Si attesta che GIULIA ROSSI ha partecipato al corso
"Colore e tecniche di schiaritura" (12 ore, 3-4 marzo 2025).

Torino, 04/03/2025                     Il Direttore
                                       Paolo Neri`, rules, "")
	classifyAs(t, "certificate of insurance", `CERTIFICATE OF INSURANCE

Insured: Jo Maple Hair (mobile hairdresser)
Policy number: SAL-55120        Period of insurance: 01/04/2025 - 31/03/2026
Public liability: £2,000,000    Treatment risk: £1,000,000
Premium paid: £142.00

This certificate is evidence of the insurance described above.`, rules, "insurance_policy")
}

// A water company's "water and wastewater bill" is a utility bill, not
// an invoice, however much it reads like one.
func TestAWastewaterBillIsAUtilityBill(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "A bill asking for payment for work or materials already supplied, by the workshop to a customer or by a supplier to the workshop. It shows an amount due and payment terms. A receipt is not an invoice."},
		{Type: "utility_bill", Description: "utility bill: electricity, water, mains gas, phone or broadband for the workshop"},
		{Type: "receipt", Description: "Proof of a payment already made."},
	}
	classifyAs(t, "wastewater bill", `Northvale Water
Business water and wastewater bill

Customer:        Ellsby Joinery Ltd
Supply address:  Unit 4, Brook Row, Ellsby EB2 4QT
Account:         61 2240 918          Bill date: 3 March 2025
Period:          1 Sep 2024 - 28 Feb 2025 (180 days)

Water supply      18.40 m3 x £1.9010          £34.98
Wastewater        17.48 m3 x £2.0840          £36.43
Standing charges                              £36.90
                                  Total due  £108.31

Please pay by 24 March 2025. Quote your account number.`, rules, "utility_bill")
}

// A GP's letter about test results is written as a letter, with a
// salutation and running text: a rule for medical letters expects that,
// not a clinic report's labelled fields and headings, and it is no
// resignation letter for being a letter.
func TestAMedicalLetterIsWrittenAsALetter(t *testing.T) {
	rules := []Rule{
		{Type: "medical_letter", Description: "Letter from a doctor, clinic, physiotherapist or occupational health service about my own health or my fitness for work."},
		{Type: "payslip", Description: "Monthly payslip from the hospital trust."},
		{Type: "tenancy_agreement", Description: "The tenancy agreement for the room I rent."},
		{Type: "bank_statement", Description: "Statement of my current account."},
	}
	classifyAs(t, "GP's letter", `BRIDGE STREET SURGERY
4 Bridge Street, Ellsby EB1 2AA

Mr Tomasz Nowak
12 Mill Court
Ellsby EB3 7QP

10 April 2025

Dear Mr Nowak,

Your recent blood test

Thank you for coming in for your blood test last week. Your cholesterol
is a little raised at 6.1 mmol/L, and your blood sugar and kidney tests
were normal.

I suggest we try changes to your diet first. Please book a follow-up
appointment with the practice nurse in three months so we can check it
again. If you have chest pain or breathlessness in the meantime, please
contact us straight away.

Yours sincerely,

Dr Helen Marsh
General Practitioner`, rules, "medical_letter")
}

// The same of letters of kinds the lexicon does not know: a college's
// letter about attendance and a pension scheme's letter to a widow are
// the rules', not nothing for lacking a form's fields.
func TestALetterOfAnUnknownKindIsWrittenAsALetter(t *testing.T) {
	others := []Rule{
		{Type: "job_offer", Description: "A job offer from an employer, with the role, salary and start date."},
		{Type: "payslip", Description: "My monthly payslip."},
		{Type: "bank_statement", Description: "Statement of my current account."},
	}
	college := append([]Rule{{Type: "college_letter", Description: "Letters and e-mails from my college about my course: timetable changes, attendance, fees, exams."}}, others...)
	classifyAs(t, "college's letter", `ELLSBY COLLEGE
Student Services, Bridge Road, Ellsby EB1 9CC

3 March 2025

Dear Jordan,

We have noticed that you have missed six sessions of your Level 3 Business
course since half term. Please come and see your tutor, Mrs Patel, this
week so that we can talk about any support you need to keep going.

If you are unwell or something has happened at home, let us know.

Best wishes,

S. Green
Attendance Officer`, college, "college_letter")
	pension := append([]Rule{{Type: "pension_letter", Description: "Letters from my pension scheme or the pension service about my pension."}}, others...)
	classifyAs(t, "pension scheme's letter", `Northvale Pension Scheme
PO Box 220, Ellsby EB9 1PP

Mrs Joan Ellis
4 Rowan Way, Ellsby

2 April 2025

Dear Mrs Ellis,

Thank you for telling us about the death of your husband, Mr Peter Ellis.
Please accept our sympathy. As his wife you may be entitled to a
survivor's payment from the scheme. We will need a copy of the death
certificate and your marriage certificate.

Yours sincerely,

Member Services`, pension, "pension_letter")
}

// "Signed for on receipt" in a rule for delivery notes is the moment
// goods arrive, not a receipt: a shop's till receipt is not that rule's.
func TestOnReceiptIsAMomentNotAReceipt(t *testing.T) {
	rules := []Rule{
		{Type: "delivery_note", Description: "Delivery note / goods-received paperwork that comes with a delivery, listing what was delivered and normally signed for on receipt."},
		{Type: "invoice", Description: "A supplier's bill asking for payment for goods or work."},
		{Type: "timesheet", Description: "Weekly timesheet of hours worked by staff."},
	}
	classifyAs(t, "till receipt", `BUILDBASE TRADE COUNTER
Unit 3, Riverside Estate, Ellsby

12/05/2025  10:42   Till 2   Op 117

2 x Silicone sealant clear        @ 6.49    12.98
1 x Glazing packers (100)                    8.75
1 x Stanley knife blades (10)                4.20

TOTAL                                       25.93
VISA CONTACTLESS                            25.93

Thank you for shopping with us
Please keep your receipt for returns`, rules, "")
}

// A flatshare's "room available" advert is a listing, not the tenancy
// it offers.
func TestARoomAdvertIsNoTenancyAgreement(t *testing.T) {
	rules := []Rule{
		{Type: "tenancy_agreement", Description: "The tenancy agreement for the flat: landlord, tenants, rent, deposit, term, signatures."},
		{Type: "utility_bill", Description: "Energy, water and broadband bills for the flat."},
		{Type: "payslip", Description: "Payslips from my job."},
	}
	classifyAs(t, "room advert", `ROOM AVAILABLE - Mill Lane, Ellsby EB2

Double room in a friendly 3-bed house, 10 min walk to the station.

£540 pcm incl. bills (energy, water, broadband). Council tax split three
ways. Deposit: 5 weeks' rent, protected in a deposit scheme. Available
from 1 October 2025, minimum tenancy 6 months.

- Room: double bed, wardrobe, desk
- Shared: kitchen, bathroom, small garden
- Housemates: two professionals in their late 20s
- No smokers, no pets (the landlord's rule, sorry)

You would sign a joint tenancy with us. Message Sam on 07700 900123.`, rules, "")
}

// Cases a review of the rules above found, each on text of its own:
// "... is not covered" is what a rule is about, not a verdict on it;
// "information on payslips" holds payslips; a "_letter" type that is
// "anything from the bank, including statements" or only "written
// warnings" is not held to a letter's layout; and a bare "certificate"
// of a rule whose type names no kind ("children") is the rule's own
// document.
func TestTheReviewOfTheDescriptionRules(t *testing.T) {
	insurance := []Rule{
		{Type: "insurance_policy", Description: "Policy schedules and certificates of insurance for the house and car."},
		{Type: "invoice", Description: "A bill from a tradesman asking for payment."},
		{Type: "bank_statement", Description: "Monthly bank statements."},
	}
	claimLetter := `Harbour Home Insurance
Claims Department
PO Box 118, Ellsby EB1 4XX

Mr and Mrs K. Patel
14 Alder Close
Ellsby EB2 7RT

12 March 2025

Claim number: HH-2025-44871

Dear Mr and Mrs Patel,

Thank you for your claim for the damage to your kitchen ceiling. Our loss adjuster
has now inspected the property. The leak was caused by a gradual failure of the
shower seal over several months, and gradual leaks are excluded under section 4 of
your policy wording. I am sorry to tell you that we are unable to accept your claim
and will not be making a payment.

If you disagree with our decision you may ask us to review it, or refer the matter
to the Financial Ombudsman Service within six months.

Yours sincerely,

Rachel Dunn
Claims Handler`
	classifyAs(t, "claim refused", claimLetter, append([]Rule{{Type: "claim_decision", Description: "Letter from the insurer saying a claim is not covered."}}, insurance...), "claim_decision")

	payslip := `NORTHWAY LOGISTICS LTD                   PAYSLIP
Employee: Sarah Khan        Employee no: 0457      Tax code: 1257L
Pay date: 28/02/2025        Period: Month 11

Payments                         Deductions
Basic salary      £2,450.00      Income tax        £298.40
Overtime 6h         £128.70      National Ins.      £98.16
                                 Pension 5%        £128.94
Gross pay         £2,578.70      Total deductions  £525.50
                                 NET PAY         £2,053.20`
	others := []Rule{
		{Type: "invoice", Description: "Bills from suppliers asking for payment."},
		{Type: "bank_statement", Description: "Monthly bank statements."},
	}
	classifyAs(t, "payslip", payslip, append([]Rule{{Type: "hr", Description: "Information on payslips, P60s and contracts from my employer."}}, others...), "hr")

	statement := `ELLSBY BUILDING SOCIETY
FlexAccount statement    Sort code 07-04-36   Account 12345678
Statement period: 01/02/2025 - 28/02/2025
Date    Description                 Paid out   Paid in   Balance
01 Feb  Balance brought forward                          1,204.55
03 Feb  CORNER STORES 2231           54.20               1,150.35
05 Feb  NORTHWAY SALARY                        2,053.20  3,203.55
10 Feb  DD ELLSBY ENERGY             88.00               3,115.55
28 Feb  Balance carried forward                          3,115.55`
	classifyAs(t, "bank statement", statement, []Rule{
		{Type: "bank_letter", Description: "Anything from the bank, including statements."},
		{Type: "payslip", Description: "Monthly payslips."},
		{Type: "invoice", Description: "Invoices."},
	}, "bank_letter")

	birth := `CERTIFIED COPY OF AN ENTRY OF BIRTH
Registration district: Ellsby      Sub-district: Ellsby North
1. Date and place of birth: Fourth May 2019, St Anne's Hospital, Ellsby
2. Name and surname: Amara Okoro      3. Sex: Female
4. Father: Daniel Okoro               5. Mother: Grace Okoro
Signature of registrar: P. Cole       Date registered: 20 May 2019`
	classifyAs(t, "birth certificate", birth, []Rule{
		{Type: "children", Description: "School reports, letters or certificates about the children."},
		{Type: "payslip", Description: "Payslips."},
		{Type: "invoice", Description: "Invoices."},
	}, "children")
	warning := `FORMAL WRITTEN WARNING - RECORD
Employee: Jake Turner        Role: Kitchen porter
Date of hearing: 03/03/2025  Chaired by: M. Costa (Manager)
Issue: Late for shift on 5 occasions in February 2025
Outcome: First written warning, to remain on file for 6 months
Improvement required: arrive on time for every shift
Right of appeal: in writing to the owner within 5 working days
Employee signature: __________   Manager signature: __________`
	classifyAs(t, "warning record", warning, []Rule{
		{Type: "warning_letter", Description: "Written warnings given to staff."},
		{Type: "rota", Description: "The staff rota."},
		{Type: "invoice", Description: "Bills."},
	}, "warning_letter")
}
