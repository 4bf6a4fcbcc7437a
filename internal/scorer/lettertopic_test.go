package scorer

import "testing"

// A rule whose type qualifies letters by their topic ("pension_letter")
// is about letters of that topic: a school's "Dear parents" letter does
// what a school letter does, which is no evidence for the rule, as it
// would be for a rule for any letter. With no rule for school letters it
// fits no rule.
func TestAnotherKindOfLetterDoesNothingForATopicsLetters(t *testing.T) {
	rules := []Rule{
		{Type: "council_tax_bill", Description: "Council tax bills from the borough."},
		{Type: "bank_statement", Description: "Statements for the joint current account."},
		{Type: "pension_letter", Description: "Letters from Civil Service Pensions about my pension."},
		{Type: "car_insurance", Description: "Car insurance schedules and renewals."},
		{Type: "payslip", Description: "Monthly payslips."},
	}
	const trip = `ST MARY'S C of E PRIMARY SCHOOL
Church Lane, Thornbury BS35 2AB

12 March 2025

Dear Parents and Carers,

Year 4 visit to the Roman Baths

On Thursday 27 March Year 4 will visit the Roman Baths in Bath as part
of their history topic. The coach will leave at 9.00am and return by
3.15pm. Children will need a packed lunch, a waterproof coat and
comfortable shoes.

Please give your consent on the school app by Friday 21 March. The
cost of the trip is a voluntary contribution of £12.

Thank you for your support.

Mrs H. Adeyemi
Year 4 Teacher
`
	classifyAs(t, "a school's trip letter", trip, rules, "")
}
