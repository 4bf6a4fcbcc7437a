package scorer

import "testing"

// A letter's layout (a salutation, running prose, a closing) is every
// letter's: under rules for letters from the council, a hospital or a
// school it names none of them where the letter is about something else,
// and it still counts where the letter is about what the rule says.
func TestALettersLayoutIsNoRulesByItself(t *testing.T) {
	rules := []Rule{
		{Type: "council_letter", Description: "Letters from the council"},
		{Type: "medical_letter", Description: "Letters from the hospital or the GP"},
		{Type: "school_letter", Description: "Letters from the children's school"},
		{Type: "utility_bill", Description: "Gas, electricity and water bills"},
	}
	classifyAs(t, "a car scheme's letter to a volunteer driver", `Ref: VD/2291
12 March 2025

Dear Mr Ellis,

Thank you for agreeing to drive for us again this spring. Your next
run is on Thursday 20 March, collecting Mrs Pike from Hill Farm at
9.15. Mileage will be paid at 45p a mile as before.

Kind regards,
Jean Fowler
Coordinator, Dene Valley Volunteer Car Scheme`, rules, "")
	classifyAs(t, "the council's letter", `Dear Resident,

From Monday 6 October your household waste will be collected every
other week. Your council tax account is not affected. Recycling will
still be collected weekly; please put your bins out by 7am.

Yours faithfully,
Waste Services, Westborough Borough Council`, rules, "council_letter")
	classifyAs(t, "the GP's letter", `Dear Mrs Hughes,

Thank you for coming to the surgery for your blood pressure review.
Your readings were a little high, so I have increased your dose of
amlodipine to 10mg. Please book a blood test with the nurse in two weeks.

Yours sincerely,
Dr R. Bowen`, rules, "medical_letter")
}
