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
		{"fine", []string{"Verbale di accertamento di violazione n. 2025/441", "FIXED PENALTY NOTICE"}},
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

// A ferry's booking is a ferry ticket, a kind of its own: a campsite's
// booking rule does not take it, and "please arrive ... before departure"
// is a traveller's, not an appointment's.
func TestAFerryBookingIsAFerryTicket(t *testing.T) {
	namedAs(t, []string{"Ferry booking confirmation", "Billet de ferry", "Bilet na prom"}, "ferry_ticket", "")
	rules := campervanRules()
	classifyAs(t, "a ferry's e-mail", `From: Westsea Line <bookings@westsea.example>
To: m.hale@mail.example
Subject: Booking WS-40211 confirmed
Date: Tue, 3 Jun 2025 19:02:11 +0100

Thank you for booking with Westsea Line.

Booking number: WS-40211
Out:  Harwick -> Hoekstad, Fri 1 Aug 2025 21:00, arr 07:30
Back: Hoekstad -> Harwick, Sat 16 Aug 2025 22:00, arr 06:45
Vehicle: motorhome KX19 ABC, 7.0 x 3.0 m
Passengers: M. Hale, R. Hale. Cabin: 2-berth outside.
Total paid: £688.00`, rules, "ferry_booking")
	classifyAs(t, "a ferry's e-ticket", `<html><body>
<h3>Northbay Ferries - e-ticket NB7K2Q</h3>
<table>
<tr><td>Out</td><td>Portlee - Cherhaven</td><td>Mon 7 Jul 2025</td><td>23:00</td></tr>
<tr><td>Back</td><td>Cherhaven - Portlee</td><td>Sun 27 Jul 2025</td><td>15:30</td></tr>
</table>
<p>Motorhome KX19 ABC · 2 passengers · inside cabin · £412.00 paid</p>
<p>Please arrive at least 60 minutes before departure.</p>
</body></html>`, rules, "ferry_booking")
}

// Minutes whose roll call says "Attending" and whose items mention a
// reminder to send are minutes; an agenda that asks for items before the
// meeting is not.
func TestARollCallOfThoseAttending(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "Bills to the club or from it"},
		{Type: "meeting_minutes", Description: "Minutes or notes of a meeting that has taken place – who attended, what was discussed and decided, actions. An agenda is not minutes."},
		{Type: "complaint_letter", Description: "A letter or email complaining about the club"},
		{Type: "timesheet", Description: "Hours a member of staff worked"},
	}
	classifyAs(t, "a parents' group's minutes", `HOLLY LANE PLAYSCHEME - PARENTS' GROUP
Meeting held 4 February 2025, 7pm, school library

Attending: K. Moss (manager), A. Reyes, B. Lund, C. Okoye
Apologies: D. Hart

1. Fees - the rise to £14 from April was explained. Group agreed it was fair.
2. Parking - a neighbour has complained. B. Lund to draft a friendly reminder.
3. Summer outing - two options, vote next time.

Next meeting: 1 April 2025.`, rules, "meeting_minutes")
	lx := kindLexicon()
	if hits := findActs(lx, "Attending: K. Moss, A. Reyes\nApologies: D. Hart\n1. Fees"); !slices.ContainsFunc(hits, func(h actHit) bool { return kindID(h.kind) == "minutes" }) {
		t.Errorf("a roll call of those attending is no minutes' act: %+v", hits)
	}
	classifyAs(t, "a staff meeting's agenda", `# Holly Lane Playscheme – Staff meeting

**Thursday 6 March 2025, 6pm, school hall**

Please read before we meet and add any items by Tuesday.

1. Actions from February
2. Holiday club – what worked
3. Snack menu
4. AOB`, rules, "")
}

// A supplier's name that ends with its legal form ("& Zn.", "Bros.") is a
// letterhead, not a sentence that starts the body: the invoice's title
// under it still names it.
func TestAFirmsLegalFormIsNoSentence(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "Bill to the club asking for payment (marquee, printing, bulbs). Not a quote, not a receipt."},
		{Type: "show_schedule", Description: "Show schedule - the classes and show rules"},
		{Type: "meeting_minutes", Description: "Committee minutes"},
		{Type: "bank_statement", Description: "The club's bank statements"},
	}
	text := `Bloemkwekerij Gebroeders van der Linden & Zn.
Dijkweg 12, 0000 AB Lisselmeer, Nederland

FACTUUR nr. 25-0311                 Datum: 3 september 2025
Aan: Ashby Garden Club

Tulp 'Apricot' 12/+      300   €0,30   €90,00
Krokus gemengd           500   €0,08   €40,00
Verzendkosten                          €30,00
Totaal te betalen                     €160,00

Betaling binnen 14 dagen. Bedankt voor uw bestelling!`
	classifyAs(t, "a Dutch bulb grower's invoice", text, rules, "invoice")
	d := analyze(text)
	if !slices.ContainsFunc(d.mentions, func(m mention) bool { return kindID(m.kind) == "invoice" && m.at == titleLine }) {
		t.Errorf("FACTUUR under a firm's name is not a title: %+v", d.mentions)
	}
}

// A member's note asking for mileage, with a cost that has no receipt,
// claims expenses.
func TestAMileageNoteIsAClaim(t *testing.T) {
	rules := []Rule{
		{Type: "receipt", Description: "Receipts for things the society bought"},
		{Type: "expense_claim", Description: "A member asking the society to pay them back for money they spent or miles they drove on society business. A shop receipt on its own is a receipt, not a claim."},
		{Type: "invoice", Description: "Bills to the society"},
		{Type: "bank_statement", Description: "Bank statements"},
	}
	classifyAs(t, "a mileage note", `Jo -

Mileage for the Kelby show please (towing the trailer both ways):
2 x 38 = 76 miles at 45p per mile = £34.20
Also paid £8 cash for ice at the site - no receipt, sorry.
Total £42.20

Sam  14/7/25`, rules, "expense_claim")
}

// A range of hours, "05:30-14:00", is two times of day: a rota's and a
// timesheet's rows have times though they are written as ranges.
func TestARangeOfHoursIsTwoTimes(t *testing.T) {
	for _, c := range []struct {
		line  string
		times int
	}{
		{"Mon 14/07  Anna  early 05:30-14:00   Ben  late 14:00-22:30", 4},
		{"Opening hours 09:00-17:30", 2},
		{"Ref 12:30-99:00", 0},
		{"Arrive at 09:15", 1},
	} {
		if got := readNumbers(c.line).times; got != c.times {
			t.Errorf("%q: %d times of day, want %d", c.line, got, c.times)
		}
	}
}
