package scorer

import "testing"

// An agency's "assignment confirmation" books a supply teacher or a
// temp into a school or a shift: a booking's confirmation, not an exam's
// assignment.
func TestAnAssignmentConfirmationIsABooking(t *testing.T) {
	namedAs(t, []string{"ASSIGNMENT CONFIRMATION", "Placement confirmation - week 12"}, "booking_confirmation", "exam")
	rules := []Rule{
		{Type: "payslip", Description: "Payslip from the agency: gross pay, deductions, net pay."},
		{Type: "timesheet", Description: "Timesheet of the days I worked, signed by the school."},
		{Type: "assignment_confirmation", Description: "Booking/assignment confirmation from an agency or school: which school, when, what class, rate."},
		{Type: "lesson_plan", Description: "A lesson plan: objectives, activities, resources."},
	}
	classifyAs(t, "an agency's booking", `From: Brightstart Supply <bookings@brightstart.example>
To: j.okafor@mail.example
Subject: Booking confirmed: Hillview Primary, Mon 3 - Fri 7 March
Date: Thu, 27 Feb 2025 17:40:12 +0000

Hi Joy,

You're confirmed for the following assignment:

School:  Hillview Primary School, Station Road
Class:   Year 2 (teacher on leave)
Dates:   Monday 3 to Friday 7 March 2025, 8:15 to 15:30
Rate:    £140.00 a day

Thanks,
Sam, Bookings Team`, rules, "assignment_confirmation")
}

// A club's or a charity's application to a funder for a grant is a kind
// of its own: not a person's application to join, and not the funder's
// award.
func TestAGrantApplicationIsAKindOfItsOwn(t *testing.T) {
	namedAs(t, []string{"SMALL GRANTS APPLICATION FORM", "Förderantrag Vereinsheim 2025", "Aanvraag subsidie buurtfeest"}, "grant_application", "")
	doActs(t, []actCase{{"We are applying for a grant of £1,200 towards a new boiler.", "grant_application"}})
	noActs(t, []actCase{{"Amount requested: £2,000. Amount awarded: £1,500.", "grant_application"}})
	rules := []Rule{
		{Type: "membership_application", Description: "A membership application form filled in by someone joining the club."},
		{Type: "meeting_minutes", Description: "Minutes of committee meetings."},
		{Type: "grant_application", Description: "Our application to a funder for a grant (form, letter or draft). The funder's reply is not an application."},
		{Type: "receipt", Description: "Receipt for something the club paid for."},
	}
	classifyAs(t, "a club's grant application", `RIVERSIDE COMMUNITY FUND - SMALL GRANTS APPLICATION

1. Organisation: Ashby Bowls Club
2. Contact: Pat Lowe, Secretary
3. Project: new disabled access ramp to the green
4. Total cost: £3,100   Amount requested: £2,000   Own funds: £1,100
5. Who will benefit: our 60 members, a third of them over 75
Declaration: the information given is correct.
Signed: P. Lowe (Secretary)   Date: 12/02/2025`, rules, "grant_application")
}

// An induction card, an induction log or a training record says that a
// named person was trained and signed off: a kind of its own.
func TestATrainingRecordIsAKindOfItsOwn(t *testing.T) {
	namedAs(t, []string{"INDUCTION CARD - BANDSAW", "Training record: forklift", "Unterweisungsnachweis Kettensäge"}, "training_record", "")
	doActs(t, []actCase{{"He is now signed off for unsupervised use of the lathe.", "training_record"}})
	noActs(t, []actCase{{"The doctor signed him off for two weeks.", "training_record"}})
	rules := []Rule{
		{Type: "membership_application", Description: "A membership application form filled in by someone joining the workshop."},
		{Type: "receipt", Description: "Receipt for something we bought."},
		{Type: "induction_record", Description: "Record that a named member has been trained on and signed off to use a particular machine or tool, including induction cards and logs of inductions."},
		{Type: "risk_assessment", Description: "Risk assessment of a machine or an activity: hazards, who is at risk, controls."},
	}
	classifyAs(t, "an induction card", `ASHBY MEN'S SHED - INDUCTION CARD
Machine: pillar drill
Member: Dennis Hart      Card no: 0061
Session 1  04/03/25  guards, chuck key, clamping - supervised   PT
Session 2  11/03/25  drilled steel and oak, observed - OK        PT
Signed off for unsupervised use: YES
Trainer: P. Tate`, rules, "induction_record")
}

// "Appointment" alone names an appointment: a rule for confirmations
// that "a grooming appointment has been booked" covers the salon's "you
// are booked in" message, which does what an appointment's confirmation
// does.
func TestABookedAppointmentUnderABookingRule(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "A bill to a customer or from a supplier."},
		{Type: "receipt", Description: "Receipt for a groom paid for."},
		{Type: "booking_confirmation", Description: "Confirmation that a grooming appointment has been booked for a particular dog, with date and time and usually the service."},
		{Type: "complaint_letter", Description: "A customer complaining about a groom."},
	}
	classifyAs(t, "a salon's confirmation", `From: Wag & Wash <hello@wagwash.example>
To: r.patel@mail.example
Subject: Appointment confirmed - Pepper, Fri 9 May
Date: Mon, 5 May 2025 18:10:00 +0100

Hi Rita,

You're booked in!

Dog: Pepper (Shih Tzu)
Service: full groom and nail clip
When: Friday 9 May 2025, 11:00

Wag & Wash, 3 Mill Lane`, rules, "booking_confirmation")
}

// "Your pension increases by 1.7%" does what a pension's statement does.
func TestAPensionIncreaseDoesWhatAPensionStatementDoes(t *testing.T) {
	doActs(t, []actCase{
		{"From 7 April your pension increases by 1.7% in line with prices.", "pension_statement"},
		{"From 8 April 2024 your pension has increased by 6.7%.", "pension_statement"},
	})
	noActs(t, []actCase{{"State pensions rise by 4.1% next April, the minister said.", "pension_statement"}})
}
