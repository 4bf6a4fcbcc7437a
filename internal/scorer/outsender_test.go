package scorer

import (
	"strings"
	"testing"
)

// A letterhead that holds a word of what the description says the rule
// is not says whom the document is from, and the rule turns that sender
// away: a broker's renewal terms are not a policy, under a rule that
// says so, while the insurer's own renewal schedule stays the rule's.
func TestALetterheadTheRuleTurnsAwayIsNotTheRules(t *testing.T) {
	rules := []Rule{
		{Type: "insurance_policy", Description: "Our insurance: buildings, contents and car policy schedules and certificates. Renewal letters from the broker don't go here."},
		{Type: "bank_statement", Description: "Statements for the joint account"},
		{Type: "council_tax", Description: "Council tax bills"},
		{Type: "medical_letter", Description: "Hospital and GP letters"},
	}
	broker := `ASHDOWN & KERR INSURANCE BROKERS LTD
2 Castle Street, Hertford SG14 1HH

Client:        Mr and Mrs Lindqvist
Insurer:       Chiltern Mutual
Cover:         Buildings and contents
Renewal date:  1 January 2026
Premium:       £612.40 a year

We will renew this for you unless you tell us otherwise by 12 December.
`
	classifyAs(t, "a broker's renewal terms", broker, rules, "")
	if res := classifyModel(broker, rules); !strings.Contains(res.Reasoning, "ASHDOWN & KERR INSURANCE BROKERS LTD', with 'broker'") {
		t.Errorf("the reasoning does not say whom the document is from: %s", res.Reasoning)
	}
	classifyAs(t, "the insurer's renewal schedule", `CHILTERN MUTUAL INSURANCE SOCIETY
2 Castle Street, Hertford SG14 1HH

Client:        Mr and Mrs Lindqvist
Policy number: HC-4471902
Cover:         Buildings and contents
Renewal date:  1 January 2026
Premium:       £612.40 a year

Your policy renews automatically unless you tell us otherwise by 12 December.
`, rules, "insurance_policy")
}

// A table's header row is no letterhead: "Shift date" atop the hours
// clocked is not the rota that the rule for timesheets turns away.
func TestAHeaderRowIsNoLetterhead(t *testing.T) {
	rules := []Rule{
		{Type: "timesheet", Description: "Record of hours actually worked by staff: name, date, start/finish, breaks, total hours. A rota planning future shifts is not a timesheet."},
		{Type: "invoice", Description: "A bill asking for payment, from a supplier to us or from us to a client. A receipt or a quote is not an invoice."},
		{Type: "receipt", Description: "Proof of a payment already made: till slip, card receipt, fuel receipt."},
		{Type: "pitch_booking", Description: "Confirmation from an event organiser that we have a trading pitch at an event."},
		{Type: "insurance_policy", Description: "Insurance schedule or certificate. Renewal reminders and quotes are not policies."},
		{Type: "bank_statement", Description: "bank statement"},
	}
	classifyAs(t, "an export of clocked hours", `Employee,Shift date,Clock in,Clock out,Unpaid break,Worked,Site
Ruth Ansah,03/11/2025,10:02,16:31,00:30,05:59,Market Square
Ruth Ansah,04/11/2025,10:00,16:05,00:30,05:35,Market Square
Tomasz Bednarek,03/11/2025,11:30,20:12,00:30,08:12,Market Square
Tomasz Bednarek,05/11/2025,11:27,20:00,00:30,08:03,Castle Fair
Chloe Marr,06/11/2025,17:00,22:40,00:00,05:40,Castle Fair
`, rules, "timesheet")
	classifyAs(t, "the same export with semicolons", `Employee;Shift date;Clock in;Clock out;Unpaid break;Worked;Site
Ruth Ansah;03/11/2025;10:02;16:31;00:30;05:59;Market Square
Ruth Ansah;04/11/2025;10:00;16:05;00:30;05:35;Market Square
Tomasz Bednarek;03/11/2025;11:30;20:12;00:30;08:12;Market Square
Tomasz Bednarek;05/11/2025;11:27;20:00;00:30;08:03;Castle Fair
Chloe Marr;06/11/2025;17:00;22:40;00:00;05:40;Castle Fair
`, rules, "timesheet")
}

// A negation that follows a description with a quotation ("not the
// 'your bill is ready' e-mails") turns away those e-mails, not the bills
// the description lists before it; so a water bill, from a water
// company, is the rule's.
func TestAQuotedSubjectAfterANegationLeavesWhatCameBefore(t *testing.T) {
	rules := []Rule{
		{Type: "utility_bill", Description: "Gas, electric, water and broadband bills - the actual bill with the amounts, not the 'your bill is ready' emails."},
		{Type: "payslip", Description: "Payslips from my job at the distribution centre"},
		{Type: "job_application", Description: "Applications I've sent for jobs"},
		{Type: "bank_statement", Description: "Current account and savings account statements."},
		{Type: "benefit_letter", Description: "Letters and statements from DWP about Universal Credit."},
		{Type: "cv", Description: "My CV (all versions)."},
	}
	classifyAs(t, "a water bill", `MERE VALLEY WATER
PO Box 771, Kendal LA9 4XX

Miss J Adeyemi
Flat 2, 19 Stricklandgate, Kendal LA9 4QT

Account number: 6620 1183 904          Bill date: 12 November 2025

YOUR WATER AND SEWERAGE BILL
1 April 2025 to 31 March 2026 (unmetered)

Water supply charge                    £214.60
Sewerage charge                        £251.18
Total for the year                     £465.78

We will collect 10 payments of £46.58 by Direct Debit from 1 December.
`, rules, "utility_bill")
}
