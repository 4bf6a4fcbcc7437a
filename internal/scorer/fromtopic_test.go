package scorer

import "testing"

// A letter headed "HM Revenue & Customs" is the hmrc_letter rule's to win
// or lose, whatever kind it reads like: a Child Benefit award from HMRC's
// Child Benefit Office is no benefit letter that no rule covers. Where the letterhead is not HMRC's (an
// accountant's reminder about the same tax), the kinds no rule covers
// still count against the rule.
func TestALetterheadNamingTheRuleLeavesItToTheRule(t *testing.T) {
	rules := []Rule{
		{Type: "nursery_invoice", Description: "Monthly invoices from Little Acorns nursery for the boys' sessions."},
		{Type: "payslip", Description: "Payslips for Megan and Tom."},
		{Type: "bank_statement", Description: "Statements for our joint current account."},
		{Type: "council_tax_bill", Description: "Council tax bills from Swindon Borough Council."},
		{Type: "hmrc_letter", Description: "Anything from HMRC: child benefit, Tax-Free Childcare account, Tom's tax code notices."},
		{Type: "medical_letter", Description: "Hospital and GP letters for any of us."},
	}
	classifyAs(t, "an HMRC child benefit award", `HM Revenue & Customs
Child Benefit Office
PO Box 1, Newcastle upon Tyne NE88 1AA

Date: 3 March 2025
Child Benefit number: CHB 01 23 45 678 A

Mr Tomasz Kowalski
27 Linnet Close
Swindon SN25 4QJ

Child Benefit - change of circumstances

Thank you for telling us that Oskar now lives with you. You are
entitled to Child Benefit for him from 10 February 2025.

You will now get:
  Oskar (eldest child)   GBP 26.05 a week
  Lena                   GBP 17.25 a week
  Total                  GBP 43.30 a week, paid every 4 weeks

You must tell us straight away if anything changes.

Child Benefit Office`, rules, "hmrc_letter")
	if p := profileOf(rules[4]); !fromTopic(p, analyze("HM Revenue & Customs\nPay As You Earn\n\nDear Mr Kowalski,")) {
		t.Errorf("a letterhead 'HM Revenue & Customs' does not name the rule hmrc_letter")
	}
	if p := profileOf(rules[4]); fromTopic(p, analyze("Holroyd & Co Accountants\nYour tax return\n\nDear Tom, HMRC wants your return by 31 January.")) {
		t.Errorf("an accountant's letterhead names the rule hmrc_letter")
	}
}

// An email's subject line that holds a folder's word ("Your car insurance
// renewal" under `car`) names the folder as a letterhead does: the
// insurer's renewal is the folder's to win or lose, not a renewal notice
// that no rule covers. Without the folder's word in the subject it stays
// a kind no rule covers.
func TestASubjectNamingAFolderLeavesItToTheFolder(t *testing.T) {
	rules := []Rule{
		{Type: "invoices", Description: "Invoices I send to clients for lash and brow treatments."},
		{Type: "stock", Description: "Receipts and invoices for lash trays, glue, pads and tools."},
		{Type: "car", Description: "Anything for the Corsa: insurance, MOT, servicing, road tax."},
		{Type: "bank", Description: "Monzo business account statements."},
		{Type: "tenancy", Description: "The flat's tenancy agreement and letters from the letting agent."},
	}
	const renewal = `From: Renewals <renewals@brightcover-motor.co.uk>
To: jade.lashes@gmail.com
Subject: Your car insurance renewal - policy BCM/4471902
Date: Tue, 04 Mar 2025 08:41:10 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dear Ms Hollis,

Your policy is due for renewal on 21/03/2025.

Vehicle:     Vauxhall Corsa SE 1.2 (KM18 XTP)
Cover:       Comprehensive, social domestic & pleasure + business use
Class:       Mobile beauty therapist, own kit carried
Kit in car:  £1,000 (overnight locked cover applies)
Excess:      £250 compulsory + £100 voluntary
No claims:   4 years

Renewal premium: £612.40 (last year £548.90)

If you pay monthly this will be 10 x £64.20 from 21/03/2025.

We will renew automatically unless you tell us otherwise. Please check
your renewal documents are correct.

Kind regards,
BrightCover Motor
`
	classifyAs(t, "a car insurance renewal by email", renewal, rules, "car")
}
