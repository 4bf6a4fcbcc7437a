package scorer

import (
	"slices"
	"testing"
)

// Kinds and names added after reading round 25's misses: tolls, pitches
// at campsites, fines written as an Italian "verbale", HMRC's
// supplementary pages, a fitter's measure sheet, a phone order.
func TestRound25KindsAreNamed(t *testing.T) {
	for _, c := range []struct {
		id     string
		titles []string
	}{
		{"toll_receipt", []string{"TICKET DE PÉAGE", "Mautquittung", "Annual motorway vignette"}},
		{"booking_confirmation", []string{"Pitch booking", "Campsite reservation"}},
		{"fine", []string{"Verbale di accertamento n. 2025/441", "FIXED PENALTY NOTICE"}},
		{"tax_return", []string{"SA105 UK property 2024-25", "SA103S Self-employment (short)"}},
		{"inspection_report", []string{"SITE MEASURE - job 24-031", "Measure sheet"}},
		{"purchase_order", []string{"PHONE ORDER - taken by Kim"}},
		{"newsletter", []string{"Members' update - spring", "Your residents' magazine"}},
	} {
		namedAs(t, c.titles, c.id, "")
	}
	doActs(t, []actCase{
		{"Our cameras recorded the vehicle below in the zone without a permit.", "fine"},
		{"Your annual statement is now available. Sign in and open the Documents tab.", "covering_message"},
		{"I won't pay for a session we never had, and frankly I'm fed up with this.", "complaint"},
		{"We expect the damaged bags to be replaced at no charge.", "complaint"},
	})
}

// A pitch is where a campervan stands, not a sales pitch: a campsite's
// booking rule is about bookings.
func TestAPitchIsNoProposal(t *testing.T) {
	p := profileOf(Rule{Type: "campsite_booking", Description: "Confirmation of a booked pitch at a campsite or aire: site, dates, pitch, vehicle, price."})
	if slices.ContainsFunc(p.primary, func(k int) bool { return kindID(k) == "proposal" }) {
		t.Errorf("a pitch booking's rule is about proposals: %v", p.primary)
	}
	rules := campervanRules()
	classifyAs(t, "a campsite's confirmation", `Camping Les Pins Verts
Reservation confirmed - n° 2025-118

Dear Mr and Mrs Hale,

We are pleased to confirm your stay:
Arrival 14/06/2025 from 14h, departure 18/06/2025 before 11h (4 nights).
Pitch 27, electricity 10A, motorhome 7 m, 2 adults.
4 nights x 31,00 EUR = 124,00 EUR. Deposit paid 40,00 EUR, balance on arrival.

See you soon!`, rules, "campsite_booking")
}

func campervanRules() []Rule {
	return []Rule{
		{Type: "campsite_booking", Description: "Confirmation of a booked pitch at a campsite, aire or Stellplatz: site, dates, pitch, vehicle, price and any deposit. A cancellation or a brochure is not a booking."},
		{Type: "ferry_booking", Description: "Ferry booking or ticket for the van and us"},
		{Type: "garage_invoice", Description: "A bill from a garage or mechanic for work done on the van, with parts, labour and total. A fuel receipt is not a garage invoice."},
		{Type: "fuel_receipt", Description: "Filling-station receipt for diesel, LPG or AdBlue."},
		{Type: "road_toll", Description: "Proof of paying to use a road: motorway, bridge or tunnel toll receipts, toll-tag statements, vignettes (péage, Maut). Car-park receipts are not tolls."},
		{Type: "traffic_fine", Description: "Fine or penalty notice for a driving or parking offence, from police or a council, in any country"},
	}
}

// A motorway's ticket and a vignette bought online are a toll's proof of
// payment, not a fuel receipt, though both say "merci" and "thank you for
// your purchase" as a till does.
func TestATollIsNoFuelReceipt(t *testing.T) {
	rules := campervanRules()
	classifyAs(t, "a péage ticket", `AUTOROUTE DU SOLEIL BLANC
Gare de péage : MONTBRISE NORD
Le 04/08/2025 à 16:05
Entrée : ST-AVIT      Classe : 2
Montant TTC : 31,40 EUR
Paiement : CB **** 9921
Merci de votre visite. Bonne route !`, rules, "road_toll")
	classifyAs(t, "an e-vignette", `From: Vignette Shop <noreply@vignette-shop.example>
To: m.hale@mail.example
Subject: Purchase confirmation VS-88213
Date: Mon, 7 Jul 2025 09:12:00 +0200

Thank you for your purchase.

Product: 10-day motorway vignette (vehicles up to 3.5 t)
Valid: 08/07/2025 to 17/07/2025
Licence plate: KX19 ABC (GB)
Amount paid: EUR 12.50 (card ****9921)

Keep this e-mail as proof during checks.`, rules, "road_toll")
}

// An Italian town's "verbale di accertamento" is a fine, not minutes of a
// meeting.
func TestAnItalianVerbaleIsAFine(t *testing.T) {
	classifyAs(t, "a ZTL fine", `COMUNE DI MONTEFIORE - POLIZIA MUNICIPALE
Verbale di accertamento n. 2025/Z/1182

Il giorno 12/08/2025 alle ore 10:14 il veicolo targato KX19 ABC (GB)
transitava nella Zona a Traffico Limitato senza autorizzazione.

Importo: € 83,00 - spese di notifica: € 18,50
Totale: € 101,50 (ridotto del 30% se pagato entro 5 giorni)
Ricorso al Prefetto entro 60 giorni.`, campervanRules(), "traffic_fine")
}

// A deposit protection certificate that a tenancy rule says it is not
// stays another kind, though an insurance rule's description says
// "certificate": no rule takes it.
func TestARefusedKindIsNotAnotherRulesByALooseWord(t *testing.T) {
	rules := []Rule{
		{Type: "tenancy_agreement", Description: "A tenancy agreement for the flat I let out: parties, property, rent, term. A deposit protection certificate or a guide for tenants is not an agreement."},
		{Type: "insurance_policy", Description: "Insurance documents: policy schedules, certificates and renewal notices for the flat."},
		{Type: "tax_form", Description: "tax forms: P60, self-assessment pages"},
		{Type: "bank_statement", Description: "Bank statements"},
	}
	classifyAs(t, "a deposit certificate", `TENANCY DEPOSIT SHIELD
Deposit Protection Certificate

Deposit ID: TDS-0021-8841
Date protected: 3 October 2024
Amount protected: £950.00

Property: 14 Elm Court, Ashby ZZ1 2AB
Landlord: Priya Shah        Tenant: Tom Reed

This certificate confirms that the deposit for the above tenancy is held in
our custodial scheme. Keep it with your tenancy agreement.`, rules, "")
}

// A fitter's measure sheet is a site survey, not a questionnaire, and a
// café's phone order is an order.
func TestAMeasureSheetAndAPhoneOrder(t *testing.T) {
	fitter := []Rule{
		{Type: "invoice", Description: "Bills to customers for fitting work"},
		{Type: "quote", Description: "Quotes for fitting work, with prices"},
		{Type: "measure_sheet", Description: "Site survey / measure sheet from visiting a job: room sizes, stairs, subfloor, doors, access. Written before quoting, no prices."},
		{Type: "receipt", Description: "Receipts for materials and fuel"},
	}
	classifyAs(t, "a measure sheet", `SITE MEASURE - job 25-114
Client: Mrs Okafor, 9 Birch Road
Date: 03/03/25   Measured by: KT

Lounge   4.20 x 3.85 (chimney breast 0.4 deep)
Hall     1.10 x 3.90
Stairs   13, straight, 0.84 wide
Subfloor: concrete, level. Doors: lounge needs 6mm off.`, fitter, "measure_sheet")
	roaster := []Rule{
		{Type: "invoice", Description: "Our bills to customers"},
		{Type: "purchase_order", Description: "An order placed with us by a cafe or shop for coffee: items, quantities, grind, delivery date."},
		{Type: "delivery_note", Description: "Delivery notes that go out with the coffee"},
		{Type: "roast_log", Description: "Roast logs: batch, bean, charge temperature, roast time, weight loss."},
	}
	classifyAs(t, "a phone order", `PHONE ORDER - taken by JB 14/5
Old Station Café
Contact: Meg  07700 900441

w/c 19/5:
  2 kg house blend - espresso grind
  1 kg decaf - whole bean
Meg collecting Tuesday`, roaster, "purchase_order")
	classifyAs(t, "a café's e-mailed order", `Can we get for Thursday please:
- 4 x 1kg house blend
- 2 x decaf, ground
Usual account, thanks! Meg`, roaster, "purchase_order")
}
