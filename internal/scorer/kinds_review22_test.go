package scorer

import "testing"

// A review of the near: line wrote these: a rule for a kind covers the
// kind its own is taken for only where the document holds its kind's
// usual words and does not talk to its reader, and a tracking page's
// events do what a shipping notice does. Each was read right before the
// near: line and wrong after it.
func TestNearCoversOnlyItsOwnKindsLookalike(t *testing.T) {
	roster := []Rule{{Type: "roster", Description: "Duty roster."}}
	expectType(t, "one person's hours worked, in Dutch", `Gewerkte uren mei 2025
Naam: Sanne de Vries

Datum    Begin   Eind    Pauze   Uren
05-05    08:30   17:00   0:30    8,0
06-05    08:30   17:00   0:30    8,0
07-05    08:30   17:00   0:30    8,0

Totaal: 24 uur
Akkoord leidinggevende: ________`, roster, "")
	goods := []Rule{
		{Type: "delivery_note", Description: "Delivery notes that come with goods delivered to the warehouse."},
		{Type: "invoice", Description: "Supplier invoices."},
		{Type: "purchase_order", Description: "Purchase orders we send."},
	}
	expectType(t, "a shop's message that it sent the order", `Subject: We've sent your order!

Thanks for shopping with Ridge Outdoor. We've packed and sent order #20931.
Courier: Evri
Tracking: H01HYA0012345678
Estimated delivery: 2-3 working days

1 x Trail jacket (M)  1 x Merino socks`, goods, "")
	expectType(t, "a carrier's tracking events", `Shipment update
Tracking number: 1Z999AA10123456784
Status: In transit

11 Jun 2025 21:14  Arrived at facility, Leipzig, DE
11 Jun 2025 08:02  Departed facility, Rotterdam, NL
10 Jun 2025 17:40  Picked up

Scheduled delivery: Friday 13/06/2025 by end of day`, goods, "")
}
