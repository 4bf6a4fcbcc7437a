package scorer

import (
	"slices"
	"testing"
)

// KnownKinds tells the rules of kinds the lexicon knows, by their type or
// by their description, from those of a trade's own kinds.
func TestKnownKinds(t *testing.T) {
	rules := []Rule{
		{"invoice", "contains invoice number, line items, and total amount"},
		{"paperwork_from_the_bank", "Monthly statements of my current account"},
		{"gig_booking", "Confirmed gig bookings - the email where the organiser confirms date, time and fee"},
		{"faculty_application", "Applications to the diocese for permission to alter the church building"},
	}
	got := KnownKinds(rules)
	if want := []bool{true, true, false, false}; !slices.Equal(got, want) {
		t.Errorf("KnownKinds = %v, want %v", got, want)
	}
	if got := KnownKinds(nil); len(got) != 0 {
		t.Errorf("KnownKinds(nil) = %v, want none", got)
	}
}
