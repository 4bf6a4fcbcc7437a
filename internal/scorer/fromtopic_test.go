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
