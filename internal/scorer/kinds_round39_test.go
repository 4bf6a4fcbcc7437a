package scorer

import "testing"

// Read after round 39's misses: a sender named after the kind a
// description has named writes that kind ("Official order raised by the
// school to a supplier"); it does not make the rule one for the school's
// letters too, so a letter to parents asking consent for a walk is not
// the purchase order rule's. (Such a slip, which does what a school
// letter does, may still go to no rule.)
func TestASenderAfterTheKindIsItsWriter(t *testing.T) {
	po := profileOf(Rule{Type: "purchase_order", Description: "Official order raised by the school to a supplier. Fields: PO number, supplier, items, qty, price, budget code, authorised by."})
	if hasKind(po, "school_letter") {
		t.Errorf("an order raised by the school is about %v", kindIDs(po))
	}
	// A letter from the council is still the council's letter.
	council := profileOf(Rule{Type: "letters", Description: "letters from the council or the school"})
	if !hasKind(council, "council_letter") || !hasKind(council, "school_letter") {
		t.Errorf("letters from the council or the school are about %v", kindIDs(council))
	}
	rules := []Rule{
		{Type: "invoice", Description: "A supplier's bill to the school asking for payment."},
		{Type: "purchase_order", Description: "Official order raised by the school to a supplier. Fields: PO number, supplier, items, qty, price, budget code, authorised by."},
		{Type: "trip_consent_form", Description: "A letter, e-mail or form asking a parent or carer to give permission for their child to take part in a trip or visit, usually with a reply slip."},
		{Type: "risk_assessment", Description: "risk assessment - hazards, who might be harmed, control measures, risk rating"},
	}
	slip := `Dear Parent/Carer,

On Thursday 6 March Year 2 will walk to Elmfield Library (15 minutes
away) for World Book Day story time, back for lunch. There is no cost.

Please sign and return the slip by Tuesday 4 March.
Mr D. Okafor, Year 2
- - - - - - - - - - - - - - - - - - - - - - -
I give permission for ______________ to walk to Elmfield Library with the class on 6 March.
Signed ____________ Parent/Carer`
	if r := classifyModel(slip, rules); r.Type != nil && *r.Type == "purchase_order" {
		t.Errorf("a consent slip for a walk is a purchase order: %s", r.Reasoning)
	}
}

// Read after round 39's misses: a V5C's title, "VEHICLE REGISTRATION
// CERTIFICATE", names a vehicle document, not a certificate whose topic
// is a vehicle's registration.
func TestAVehicleRegistrationCertificateIsTheLogbook(t *testing.T) {
	rules := []Rule{
		{Type: "vehicle_registration", Description: "registration document / logbook for a vehicle: reg number, keeper, frame/engine number"},
		{Type: "mot_certificate", Description: "Result of an MOT test on one of my vehicles, pass or fail, with the test number and mileage."},
		{Type: "insurance_policy", Description: "motor insurance schedule or certificate"},
	}
	classifyAs(t, "a logbook's first page", `VEHICLE REGISTRATION CERTIFICATE          Document ref 0000 5521 8830

Registration mark:      PLX 218
Date of first registration: 02 06 1961
Make:                   ARDLEY
Model:                  CLUBMAN 500
VIN/Frame no.:          CM 40217
Engine no.:             CME 40577
Registered keeper:      Mr T. Hollins`, rules, "vehicle_registration")
}
