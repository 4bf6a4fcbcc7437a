package scorer

import (
	"slices"
	"strings"
	"testing"
)

// A document that says what it is not ("This letter is not an invoice") does
// the opposite of what that kind does, for a rule of that kind and for
// one of a kind of it; a bare negation ("no invoice needed") says nothing
// of the document.
func TestADocumentSaysWhatItIsNot(t *testing.T) {
	lx := kindLexicon()
	notice := `EASTVALE WATER

Customer reference: 8812 0047 331                         28 February 2025

Your charges from 1 April 2025

Dear Customer,

Every year our charges are reviewed. From 1 April the metered water rate
goes from £1.7990 to £1.9214 per cubic metre and the standing charge from
£59.10 to £63.20 a year. This letter is not an invoice and you do not need
to do anything.

Yours faithfully,
Customer Billing Team`
	d := analyze(notice)
	if !slices.Contains(d.denied, lx.byID["invoice"]) {
		t.Fatalf("denied %v, want the invoice among them", d.denied)
	}
	rules := []Rule{
		{Type: "utility_bill", Description: "Bill for water or electricity used: meter readings, period, charges, amount to pay."},
		{Type: "receipt", Description: "receipt for money paid"},
	}
	c := rank(notice, rules)
	if p := c.evs[0].f.purpose; p != -1 {
		t.Errorf("utility bill rule: purpose %.2f, want -1 for a letter that says it is not an invoice", p)
	}
	if got := classifyModel(notice, rules); got.Type != nil {
		t.Errorf("a notice that says it is not an invoice: %q (%.2f), want null: %s", *got.Type, got.Confidence, got.Reasoning)
	}
	if d := analyze("Hi Sam, no invoice needed for the samples, they are on us. Tom"); len(d.denied) > 0 {
		t.Errorf("'no invoice needed' denies %v, want nothing", d.denied)
	}
	for _, s := range []string{"Dies ist keine Rechnung.", "Ce document n'est pas une facture.", "THIS IS NOT AN INVOICE"} {
		if d := analyze("Lieferschein 4471\n\n" + s); !slices.Contains(d.denied, lx.byID["invoice"]) {
			t.Errorf("%q: denied %v, want the invoice", s, d.denied)
		}
	}
}

// "Hiermit kündige ich den Vertrag" cancels a contract; "hiermit kündige
// ich mein Arbeitsverhältnis" resigns from a job: a resignation rule
// takes the second, not the first.
func TestACancellationIsNotAResignation(t *testing.T) {
	rules := []Rule{
		{Type: "resignation_letter", Description: "Letter in which an employee resigns from their job."},
		{Type: "insurance_policy", Description: "insurance policy documents and schedules"},
		{Type: "medical_letter", Description: "letter from a doctor or hospital"},
	}
	cancel := `Derek Pilling
9 Larch Avenue, Brindlewick

Alpenland Versicherung AG
Kundenservice Kfz

                                         Brindlewick, 20.01.2026

Kündigung meines Versicherungsvertrages Nr. WW-5510-778

Sehr geehrte Damen und Herren,

hiermit kündige ich den oben genannten Vertrag fristgerecht zum 31.03.2026.
Bitte bestätigen Sie mir die Kündigung schriftlich.

Mit freundlichen Grüßen

Derek Pilling`
	if got := classifyModel(cancel, rules); typeName(got.Type) == "resignation_letter" {
		t.Errorf("an insurance cancellation is taken for a resignation (%.2f): %s", got.Confidence, got.Reasoning)
	}
	resign := `Anna Keller
Gartenweg 3, 80331 München

Bäckerei Sonnenschein GmbH
z. Hd. Herrn Maier

München, 2. Mai 2025

Kündigung

Sehr geehrter Herr Maier,

hiermit kündige ich mein Arbeitsverhältnis fristgerecht zum 30. Juni 2025.
Bitte senden Sie mir ein Arbeitszeugnis zu.

Mit freundlichen Grüßen
Anna Keller`
	if got := classifyModel(resign, rules); typeName(got.Type) != "resignation_letter" {
		t.Errorf("a German resignation: %q (%.2f), want resignation_letter: %s", typeName(got.Type), got.Confidence, got.Reasoning)
	}
}

// The name of what a rule's kind is a kind of ("Invoice" for a rule on
// utility bills) counts in full only as far as the document holds words
// of the rule's kind of its own: a plumber's invoice is not a water bill.
func TestAParentsNameNeedsTheChildsOwnWords(t *testing.T) {
	rules := []Rule{
		{Type: "utility_bill", Description: "bill for electricity, gas, water, internet or phone"},
		{Type: "payslip", Description: "payslip"},
	}
	plumber := `HARWICK PLUMBING & HEATING LTD
Unit 4, Tannery Yard, Bramford

INVOICE

Invoice no.:   HPH-24-0917
Date:          14/10/2024
Bill to:       Ms Dana Okafor, 22 Mill Lane, Bramford

Description                                   Qty    Unit £     Net £
Call-out (working hours)                        1     65.00     65.00
Labour - trace & repair leak under sink       2.5     48.00    120.00
15mm compression elbow (brass)                  2      3.40      6.80
                                              Total due        191.80
Payment within 14 days to sort code 20-00-00, account 41234567.`
	water := `BRAMFORD WATER
INVOICE

Account number: 7720 1180 44             Invoice date: 02/10/2024
Billing period: 01/07/2024 - 30/09/2024

Meter reading 01/07/2024:  1,204 m3 (actual)
Meter reading 30/09/2024:  1,262 m3 (actual)
Water used: 58 m3 x £1.8710                                   £108.52
Standing charge: 92 days                                       £21.16
                                                 Amount due   £129.68`
	c := rank(plumber, rules)
	w := rank(water, rules)
	if pn, wn := c.evs[0].f.name, w.evs[0].f.name; pn >= wn {
		t.Errorf("utility bill rule's name credit: plumber's invoice %.2f, water bill %.2f; want the plumber's lower", pn, wn)
	}
	if got := classifyModel(water, rules); typeName(got.Type) != "utility_bill" {
		t.Errorf("a water bill titled 'Invoice': %q (%.2f), want utility_bill: %s", typeName(got.Type), got.Confidence, got.Reasoning)
	}
}

// A rule that leaves a kind of its own kind to another rule ("utility
// bills have their own rule") excludes it, and a gas bill titled "Faktura
// VAT" goes to the rule for utility bills, though it names an invoice.
func TestAKindLeftToItsOwnRule(t *testing.T) {
	lx := kindLexicon()
	rules := []Rule{
		{Type: "invoice", Description: "Invoice or bill asking us to pay for goods or services supplied: invoice number, date, line items, tax and amount due. Utility bills have their own rule."},
		{Type: "utility_bill", Description: "utility bill (electricity, gas, water, phone, broadband)"},
	}
	if p := profileOf(rules[0]); !slices.Contains(p.excluded, lx.byID["utility_bill"]) {
		t.Fatalf("excluded %v, want utility_bill among them", p.excluded)
	}
	gas := `GAZOWNIA POMORSKA S.A.
ul. Ogrodowa 5, 80-000 Gdańsk

FAKTURA VAT nr G/2025/02/1188 — rozliczenie za gaz

Odbiorca / płatnik: Anna Nowak, ul. Leśna 14, 80-100 Gdańsk
Okres rozliczeniowy: 01.11.2024 – 31.01.2025
Odczyt licznika 01.11.2024:  12 104 m³
Odczyt licznika 31.01.2025:  12 688 m³
Zużycie: 584 m³ = 6 523 kWh
Paliwo gazowe           6 523 kWh × 0,2900 zł     1 891,67 zł
Opłata abonamentowa         3 mies. × 9,78 zł        29,34 zł
                                  Do zapłaty      1 921,01 zł
Termin płatności: 20.02.2025`
	if got := classifyModel(gas, rules); typeName(got.Type) != "utility_bill" {
		t.Errorf("a gas bill titled 'Faktura VAT': %q (%.2f), want utility_bill: %s", typeName(got.Type), got.Confidence, got.Reasoning)
	}
}

// "According to", "laut", "selon" give a statement's source, in a news
// story or in a contract ("laut Beschluss"): alone they count half of
// reported speech, so a German lease is not read as news.
func TestASourceIsHalfOfReportedSpeech(t *testing.T) {
	lease := analyze(`KLEINGARTEN-PACHTVERTRAG

§ 3 Pachtzins
Die Pacht beträgt 95,76 € jährlich. Hinzu kommen Umlagen laut Beschluss der
Mitgliederversammlung.

§ 5 Ablöse
Der Pächter zahlt eine Ablöse von 1.850,00 € laut Wertermittlung vom 15.06.2024.`)
	if r := lease.cues[cueReport]; r > 1.0/3+1e-9 {
		t.Errorf("a lease with two 'laut': report cue %.2f, want a third at most", r)
	}
	news := analyze(`Local bank to close three branches

According to the bank, fewer than one customer in ten still visits a branch
each week. "We will keep a mobile van in the villages," a spokesperson said.`)
	if r := news.cues[cueReport]; r < 2.0/3-1e-9 {
		t.Errorf("news with 'according to' and 'said': report cue %.2f, want two thirds or more", r)
	}
}

// A rule whose description gives a kind of its kind as an example, by
// the words that set it apart ("a bank account or credit card"), covers
// it: a credit card statement is that rule's, not a kind no rule covers.
func TestADescriptionsExampleCoversItsKind(t *testing.T) {
	lx := kindLexicon()
	card := lx.byID["credit_card_statement"]
	both := profileOf(Rule{Type: "bank_statement", Description: "Statement for a bank account or credit card listing the transactions and balances over a period."})
	if !both.describesKind(lx, card) {
		t.Errorf("'a bank account or credit card' does not describe credit card statements")
	}
	bank := profileOf(Rule{Type: "bank_statement", Description: "Statement of a bank account: transactions and balances over a period."})
	if bank.describesKind(lx, card) {
		t.Errorf("a rule for bank accounts alone describes credit card statements")
	}
	clinical := profileOf(Rule{Type: "clinical_letter", Description: "Letter written by a clinician about a patient's care, such as a referral letter or a discharge summary."})
	if !clinical.describesKind(lx, lx.byID["referral_letter"]) {
		t.Errorf("'such as a referral letter' does not describe referral letters")
	}
	not := profileOf(Rule{Type: "bank_statement", Description: "Statement of a bank account. A credit card statement is not a bank statement."})
	if not.describesKind(lx, card) {
		t.Errorf("a rule that excludes credit card statements describes them")
	}
	statement := `HARBOUR BANK VISA CREDIT CARD
Card ending 7702                           Statement date: 21 March 2025
Previous balance           £612.40
Payments                  -£612.40
New purchases              £488.06
New balance                £488.06
Minimum payment             £25.00
Credit limit             £3,500.00    Available credit £3,011.94
24 Feb   PAYMENT RECEIVED - THANK YOU               -612.40
25 Feb   SAINSBURYS NORWICH                           54.21
27 Feb   TRAINLINE.COM                                46.90
If you only make the minimum payment each month, it will take you longer to pay off your balance.`
	rules := []Rule{
		{Type: "bank_statement", Description: "Statement for a bank account or credit card listing the transactions and balances over a period."},
		{Type: "payslip", Description: "payslip"},
	}
	if c := rank(statement, rules); c.evs[0].rival == card {
		t.Errorf("bank statement rule: beaten %.2f by credit card statements, the kind it gives as an example", c.evs[0].f.beaten)
	}
	if got := classifyModel(statement, rules); typeName(got.Type) != "bank_statement" {
		t.Errorf("a credit card statement under a rule that gives it as an example: %q (%.2f): %s", typeName(got.Type), got.Confidence, got.Reasoning)
	}
}

// A message that greets its reader tells what others said to its writer
// ("the staff said they cannot do anything"): that is not reporting news.
func TestAMessageRetellsWhatOthersSaid(t *testing.T) {
	msg := analyze(`Hi, I am writing before I leave my rating because I think you should know.
The listing says "24h reception". I arrived at 01:30 and nobody was at the desk.
The staff in the morning said they cannot do anything. I want the second night back.
Diego`)
	plain := analyze(`I am writing before I leave my rating because I think you should know.
The listing says "24h reception". I arrived at 01:30 and nobody was at the desk.
The staff in the morning said they cannot do anything. I want the second night back.`)
	if msg.cues[cueReport] >= plain.cues[cueReport] || msg.cues[cueReport] > 1.0/3+1e-9 {
		t.Errorf("report cue: greeted %.2f, not greeted %.2f; want the greeted message's halved, a third at most", msg.cues[cueReport], plain.cues[cueReport])
	}
}

// An invoice named as such, with none of a utility bill's own words, is
// an invoice no rule covers under rules for utility bills and payslips:
// null, not a utility bill on its parent's name. A water bill titled
// "Invoice" stays a utility bill (TestAParentsNameNeedsTheChildsOwnWords).
func TestAParentNamedAloneIsUncovered(t *testing.T) {
	rules := []Rule{
		{Type: "utility_bill", Description: "utility bill: energy, gas, water, phone or internet"},
		{Type: "payslip", Description: "payslip"},
	}
	parts := `NORTHGATE BIKE DISTRIBUTION LTD
Units 7-9 Carrow Trade Park, Halvergate HV2 3PL

INVOICE
Invoice No:   NBD-INV-0048817            Invoice date: 03/03/2025
Invoice to:   Spoke & Chain Cycles, Unit 2, 14 Millrace Lane

Code        Description                              Qty   Unit      Net
TB-700-32   Inner tube 700x28-32c Presta 48mm        40    2.15     86.00
CH-11S-HG   Chain 11-speed 116L w/ quick link        10   14.80    148.00
                                             Total due (GBP)      280.80
Please pay by 02/04/2025.`
	if got := classifyModel(parts, rules); got.Type != nil {
		t.Errorf("a bike parts invoice under a utility bill rule: %q (%.2f), want null: %s", *got.Type, got.Confidence, got.Reasoning)
	}
	// A booking confirmation that is its invoice too names the rule's
	// kind: it stays the rule's.
	trip := `OCEANA SERENE CRUISES

CONFIRMATION OF BOOKING / INVOICE OF FARE

Booking number:   OSC-880419              Issue date:  6 June 2024
Cruise:           SA2507 "Norwegian Fjords" – 7 nights
Embarkation:      Southampton, Saturday 12 July 2025, 14:00
Passengers:       Mr and Mrs Pollard, cabin 8142 (balcony)
Fare                                                   £2,980.00
Paid                                                   £2,980.00`
	travel := []Rule{
		{Type: "travel_booking", Description: "Booking confirmation or e-ticket for travel or a stay: flights, trains, coaches, ferries, hotels or package holidays, with a booking reference, dates and travellers."},
		{Type: "payslip", Description: "payslip"},
	}
	if got := classifyModel(trip, travel); typeName(got.Type) != "travel_booking" {
		t.Errorf("'Confirmation of booking / Invoice of fare': %q (%.2f), want travel_booking: %s", typeName(got.Type), got.Confidence, got.Reasoning)
	}
	d := analyze(trip)
	for _, m := range d.mentions {
		if m.kind == kindLexicon().byID["booking_confirmation"] && m.weight < nameInTitle {
			t.Errorf("'Confirmation of booking / Invoice': the booking confirmation weighs %.2f, want a title's %.2f", m.weight, nameInTitle)
		}
	}
}

// A phrase of one kind's acts inside a longer one of another's counts for
// the longer: "wypowiadam umowę o pracę" resigns, though "wypowiadam
// umowę" alone cancels a contract.
func TestTheLongerActWins(t *testing.T) {
	lx := kindLexicon()
	acts := findActs(lx, "Niniejszym wypowiadam umowę o pracę na czas nieokreślony.")
	if slices.ContainsFunc(acts, func(h actHit) bool { return h.kind == lx.byID["cancellation"] }) {
		t.Errorf("acts %+v: a cancellation inside a resignation's phrase", acts)
	}
	if !slices.ContainsFunc(acts, func(h actHit) bool { return h.kind == lx.byID["resignation_letter"] }) {
		t.Errorf("acts %+v: want the resignation's", acts)
	}
	acts = findActs(lx, "Niniejszym wypowiadam umowę najmu lokalu.")
	if !slices.ContainsFunc(acts, func(h actHit) bool { return h.kind == lx.byID["cancellation"] }) {
		t.Errorf("acts %+v: 'wypowiadam umowę najmu' alone is a cancellation's", acts)
	}
	// The shorter phrase found again later, on its own, counts.
	acts = findActs(lx, "Wypowiadam umowę o pracę. Wypowiadam umowę najmu mieszkania służbowego.")
	if !slices.ContainsFunc(acts, func(h actHit) bool { return h.kind == lx.byID["cancellation"] }) {
		t.Errorf("acts %+v: the second, standalone 'wypowiadam umowę' is lost", acts)
	}
}

// A type that narrows its kind by a word ("service agreement" of a
// contract) leaves out the kinds of that kind none of whose names hold
// the word: a tenancy is a contract but not a dog walker's service
// agreement. Kinds whose names hold it, or sit under one that does,
// stay the rule's, and so does what a document does.
func TestATypesWordsNarrowItsKind(t *testing.T) {
	lx := kindLexicon()
	id := lx.byID
	service := cachedProfile(Rule{Type: "service_agreement", Description: "Agreement between the dog walker and a dog owner: services, fees, key holding, vet consent, cancellation terms, signed by both."})
	for kind, want := range map[string]bool{"lease": false, "employment_contract": false, "nda": false, "sla": true, "contract": true} {
		if got := service.relates(lx, id[kind]); got != want {
			t.Errorf("service_agreement relates to %s: %v, want %v", kind, got, want)
		}
	}
	if !service.relatesBroadly(lx, id["lease"]) {
		t.Error("service_agreement does not relate broadly to a lease")
	}
	travel := cachedProfile(Rule{Type: "travel_booking", Description: "booking or ticket for a trip"})
	for _, kind := range []string{"rail_ticket", "boarding_pass", "travel_ticket"} {
		if !travel.relates(lx, id[kind]) {
			t.Errorf("travel_booking leaves out %s, a travel ticket", kind)
		}
	}
	// A type that is its kind's own name narrows nothing.
	medical := cachedProfile(Rule{Type: "medical_report", Description: "report from a doctor"})
	if !medical.relates(lx, id["discharge_summary"]) {
		t.Error("medical_report leaves out a discharge summary")
	}

	rules := []Rule{
		{Type: "service_agreement", Description: "Agreement between the dog walker and a dog owner about looking after their dog: which services, fees, key holding, vet consent, cancellation terms, usually signed by both sides."},
		{Type: "invoice", Description: "Invoice for dog walking: dates, walks, amount due."},
		{Type: "vet_letter", Description: "Letter or report from a vet about a dog."},
	}
	tenancy := `ASSURED SHORTHOLD TENANCY AGREEMENT

Date of this agreement: 21 June 2024
THE LANDLORD:  Mr Geoffrey Halloran, 8 Beacon Rise, Millbridge MB2 6TS
THE TENANT(S): Ms Sofia Reyes and Mr Daniel Okonjo
THE PROPERTY:  Flat 3, 112 Canal Street, Millbridge MB1 4QR

1. TERM
   The tenancy is for a fixed term of 12 months beginning on 1 July 2024.
2. RENT
   £1,150 per calendar month, payable in advance on the 1st day of each month.
3. DEPOSIT
   The Tenant shall pay a deposit of £1,326.
4. THE TENANT AGREES
   4.1 to pay the rent on time;
   4.2 not to keep any animal at the property without the Landlord's consent.

Signed by the Landlord ....................   Signed by the Tenant ....................`
	expectType(t, "a tenancy agreement under a dog walker's service agreement rule", tenancy, rules, "")
	walks := `DOG WALKING SERVICE AGREEMENT

Between: Happy Paws Walking (the walker) and Ms Sofia Reyes (the owner)
Dog: Biscuit, cocker spaniel, 4 years

1. Services: one 60-minute group walk, Monday to Friday.
2. Fees: £15 per walk, invoiced monthly, payable within 14 days.
3. Keys: the walker holds one key, kept coded and locked.
4. Vet consent: in an emergency the walker may take Biscuit to Canal Vets.
5. Cancellation: 24 hours' notice, or the walk is charged in full.

Signed (walker) ....................   Signed (owner) ....................`
	expectType(t, "a dog walking service agreement", walks, rules, "service_agreement")
}

// A council's rates or council tax bill is a letter from the council and
// a tax notice both: a rule for either takes it, and the other of the two
// is no kind that no rule covers.
func TestACouncilsTaxBillIsItsLetter(t *testing.T) {
	rates := `HARWICK DISTRICT COUNCIL
NON-DOMESTIC RATES - DEMAND NOTICE 2024/25

Account reference:  6004 4187                     Date of issue: 08/03/2024
Ratepayer:          Marlowe Kitchen Ltd
Property:           Restaurant and premises, 14 Quay Street, Harwick HW3 7QP
Rateable value:     £28,750   (effective from 01/04/2023)

Rateable value £28,750 x standard multiplier 0.546       £15,697.50
Less: Retail, Hospitality and Leisure Relief (75%)      -£11,773.13
Amount payable for the year                               £3,924.37

Instalments (Direct Debit, 1st of month): 10 instalments from April 2024.
Revenues Service, Harwick District Council, PO Box 44, Harwick HW1 1AB`
	council := []Rule{
		{Type: "council_letter", Description: "Letter or notice from the local council or another public authority, e.g. food hygiene inspection, licensing, business rates, waste collection."},
		{Type: "supplier_invoice", Description: "Invoice from a supplier of food, drink or equipment to the restaurant."},
		{Type: "employment_contract", Description: "Contract of employment for a member of staff."},
	}
	expectType(t, "a business rates demand under a council letter rule", rates, council, "council_letter")
	tax := []Rule{
		{Type: "tax_notice", Description: "A notice from a tax authority: an assessment, a tax bill or a demand to pay."},
		{Type: "supplier_invoice", Description: "Invoice from a supplier of food, drink or equipment to the restaurant."},
	}
	expectType(t, "a business rates demand under a tax notice rule", rates, tax, "tax_notice")
	lx := kindLexicon()
	profiles := []*profile{cachedProfile(council[0]), cachedProfile(council[1]), cachedProfile(council[2])}
	for _, o := range otherKinds(analyze(rates), profiles, nil) {
		if id := lx.kinds[o.kind].id; id == "tax_notice" || id == "local_tax_bill" {
			t.Errorf("the council letter rule leaves %s uncovered", id)
		}
	}
}

// A tenancy of a home is a lease that a rule for work premises can leave
// out by saying so, and that a rule for rental agreements keeps though
// it says that a blank contract is not an agreement.
func TestAHomesTenancyIsItsOwnLease(t *testing.T) {
	ast := `ASSURED SHORTHOLD TENANCY AGREEMENT

Date of this agreement: 3 August 2024
Landlord:  Mr Peter Hale, 12 Orchard Rise, Millbridge MB2 6TS
Tenant:    Ms Maren Holt
Property:  Flat 4, 9 Canal Street, Millbridge MB1 4QR (a one-bedroom flat)

1. Term: 12 months from 1 September 2024.
2. Rent: £875 per calendar month, payable in advance.
3. Deposit: £1,009, protected in a government-authorised scheme.
4. The tenant pays council tax, gas, electricity and broadband.

Signed by the landlord ..................   Signed by the tenant ..................`
	studio := []Rule{
		{Type: "studio_lease", Description: "Lease, licence or rental agreement for work premises: a studio unit, workshop, shared bench space or market stall, with rent, term and parties. A residential tenancy for a flat or house does not belong here."},
		{Type: "invoice", Description: "Invoice asking for payment: invoice number, date, line items, total due."},
		{Type: "energy_bill", Description: "Electricity or gas bill for the studio."},
	}
	expectType(t, "a flat's tenancy under a studio lease rule that leaves homes out", ast, studio, "")
	unit := `LEASE OF WORKSHOP UNIT

Landlord: Canalside Workshops Ltd
Tenant:   Maren Holt t/a Holt Ceramics
Premises: Unit 7, Canalside Workshops, Millbridge MB1 4QR (a ground floor studio unit)
Term:     3 years from 1 March 2024
Rent:     £6,600 a year, payable quarterly in advance
The tenant may use the premises as a pottery studio and for a kiln.

Signed for the landlord ..................   Signed by the tenant ..................`
	expectType(t, "a workshop unit's lease", unit, studio, "studio_lease")
	rental := []Rule{
		{Type: "rental_agreement", Description: "Residential tenancy or lease agreement for a flat, house or room between landlord and tenant(s): rent, deposit, term, signatures. A flat advert or a blank model contract is not an agreement."},
		{Type: "utility_bill", Description: "gas, electricity or water bill"},
	}
	expectType(t, "a flat's tenancy under a rental agreement rule", ast, rental, "rental_agreement")
	lx := kindLexicon()
	if p := cachedProfile(rental[0]); slices.Contains(p.excluded, lx.byID["residential_tenancy"]) {
		t.Errorf("'a blank model contract is not an agreement' excludes the residential tenancy: excluded %v", p.excluded)
	}
}

// A licence to use a garage, a parking space or a room is the lease a
// household files it as; a driving licence is not.
func TestAPropertyLicenceIsALease(t *testing.T) {
	rules := []Rule{
		{Type: "lease_agreement", Description: "A lease or tenancy agreement for renting a property"},
		{Type: "invoice", Description: "A bill for goods or services with amounts due"},
		{Type: "payslip", Description: "A payslip from an employer"},
	}
	parking := `PARKING SPACE LICENCE

Between: Harbour Flats Management Ltd (the Licensor) and Mr T Reed (the Licensee)
Space: Bay 14, rear car park, Harbour Flats
Fee: £45 per month, payable in advance by standing order
Deposit: £50, returned when the fob is handed back
Term: monthly, ending on one month's notice by either party

Signed for the Licensor: ____________   Signed by the Licensee: ____________
Date: 3 May 2024`
	expectType(t, "a parking space licence", parking, rules, "lease_agreement")
	garage := `Garage Licence

The owner, Mrs P. Hale of 12 Mill Lane, lets Mr D. Osei use lock-up garage
no. 3 behind 12 Mill Lane to keep one car, from 1 June 2024. The fee is £60
a calendar month. Either of them may end this licence with four weeks'
notice in writing.

Signed: P. Hale (owner)     D. Osei (licensee)`
	expectType(t, "a garage licence", garage, rules, "lease_agreement")
	driving := `DRIVING LICENCE

Surname: REED
First names: THOMAS JAMES
Date of birth: 04.07.1988
Date of issue: 12.03.2021       Expiry date: 11.03.2031
Issued by: DVLA
Licence number: REED9807048TJ9AB
Categories: AM, B, BE`
	expectType(t, "a driving licence", driving, rules, "")
	fuel := `FUEL STORAGE LICENCE

Ashcombe District Council - Trading Standards
Licence number: PSL-2025-0117
Licensee: Moor Lane Garage Ltd, Moor Lane, Ashcombe AS4 1TT
Premises: underground tanks 1 to 3, total capacity 45,000 litres of petrol
Conditions: tanks tested every 5 years; leak records kept on site
Valid from 1 April 2025 to 31 March 2026. Fee paid: £198.00`
	expectType(t, "a council's licence to store fuel", fuel, rules, "")
}

// A licence's class after its name ("Permis B") among the first lines of a
// CV says what the writer may drive, not what the document is. A code, a
// number or a quarter after the name of a kind without classes ("Invoice
// BD-2024-044", "INVOICE NO", "VAT Return Q1") leaves it the title.
func TestALicenceClassIsNotATitle(t *testing.T) {
	lx := kindLexicon()
	cv := `Camille Moreau
14 rue des Lilas, 69003 Lyon
06 12 34 56 78 - camille.moreau@example.fr
Permis B

EXPÉRIENCE PROFESSIONNELLE
2019-2024  Boulangerie Martin, Lyon - vendeuse
2016-2019  Carrefour Market, Villeurbanne - hôtesse de caisse

FORMATION
2016  Bac professionnel commerce, Lycée Ampère

COMPÉTENCES
Vente, encaissement, gestion des stocks
Langues : anglais (B1), espagnol (A2)`
	d := analyze(cv)
	for _, m := range d.mentions {
		if lx.kinds[m.kind].id == "license" && m.weight >= otherLeast {
			t.Errorf("'%s' in a CV names a licence at %.2f", m.text, m.weight)
		}
	}
	rules := []Rule{
		{Type: "cv", Description: "A CV or résumé: a candidate's experience, education and skills"},
		{Type: "job_offer", Description: "A letter offering someone a job"},
		{Type: "payslip", Description: "A payslip from an employer"},
	}
	expectType(t, "a French CV with 'Permis B'", cv, rules, "cv")
	crlf := strings.ReplaceAll(cv, "\n", "\r\n")
	for _, m := range analyze(crlf).mentions {
		if lx.kinds[m.kind].id == "license" && m.weight >= otherLeast {
			t.Errorf("'%s' in a CV with CRLF line ends names a licence at %.2f", m.text, m.weight)
		}
	}
	for _, c := range []struct{ doc, kind string }{
		{"INVOICE BD-2024-044\nIssue date 31/07/2024\nTotal due: £1,200.00", "invoice"},
		{"Harbour Supplies Ltd\nINVOICE NO\n4471\nTotal due: £1,200.00", "invoice"},
		{"Harbour Supplies Ltd\nTAX INVOICE NO - 4471\nTotal due: £1,200.00", "invoice"},
		{"VERBALE DI RIUNIONE N. 3\nData: 7 marzo 2024\nPresenti: tutti", "minutes"},
		{"Penhallow Tiling\nVAT Return Q1\nPeriod: January to March 2025\nBox 1: £2,140.00", "vat_return"},
		{"Calder Timber Ltd\nStatement Q3 (July to September 2025)\nBalance due: £310.00", "statement"},
	} {
		found := false
		for _, m := range analyze(c.doc).mentions {
			found = found || (lx.kinds[m.kind].id == c.kind && m.weight == nameInTitle)
		}
		if !found {
			t.Errorf("%q does not name %s in its title", strings.SplitN(c.doc, "\n", 2)[0], c.kind)
		}
	}
}

// "Bill" atop a water bill, under rules for invoices and for utility
// bills, is the utility bill: the narrower rule takes the name as far as
// the document holds that kind's own words. A plumber's bill stays an
// invoice.
func TestANarrowerRuleTakesTheNameOfItsKind(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "An invoice or bill from a supplier for goods or work, with the amount due"},
		{Type: "utility_bill", Description: "A bill for electricity, gas, water, phone or broadband"},
		{Type: "bank_statement", Description: "A bank account statement"},
	}
	water := `Bill

Eastvale Water                                   Account number: 8812 0047 331
Mrs J. Carter, 4 Orchard Close, Eastvale EV3 2PL  Invoice date: 2 April 2025

Period: 1 October 2024 to 31 March 2025
Water supply: 58 m3 at £1.9214                      £111.44
Wastewater: 55 m3 at £2.0310                        £111.71
Standing charges                                     £31.60
Total amount due                                    £254.75

Pay by direct debit or online by 23 April 2025.`
	expectType(t, "a water bill titled 'Bill'", water, rules, "utility_bill")
	plumber := `Bill

K. Ahmed Plumbing & Heating                      Bill no: 2025-031
To: Mrs J. Carter, 4 Orchard Close, Eastvale EV3 2PL   Date: 2 April 2025

Replace kitchen tap (labour 1.5 h at £48)            £72.00
Mixer tap, chrome                                    £64.50
Call-out charge                                      £35.00
Total amount due                                    £171.50

Pay by bank transfer within 14 days: sort code 00-11-22, account 12345678.`
	expectType(t, "a plumber's bill", plumber, rules, "invoice")

	// A receipt is no kind a utility bill is a kind of: a water company's
	// receipt names a rule for receipts and invoices as much beside a
	// rule for utility bills as without it.
	either := []Rule{
		{Type: "receipt_or_invoice", Description: "A receipt or an invoice for something bought or paid for"},
		rules[1], rules[2],
	}
	receipt := `Receipt

Eastvale Water                                   Account number: 8812 0047 331
Thank you for your payment of £254.75 by debit card on 20 April 2025.
Water supply and wastewater, 1 October 2024 to 31 March 2025.
Meter reading used: 1,262 m3 (actual reading). Standing charges included.`
	beside := rank(receipt, either).evs[0].f.name
	alone := rank(receipt, []Rule{either[0], either[2]}).evs[0].f.name
	if beside < alone {
		t.Errorf("'Receipt' atop a water company's receipt names the rule for receipts and invoices at %.2f beside a rule for utility bills, %.2f without it", beside, alone)
	}
}

// "Policy" atop an insurance policy, under a rule for insurance policies,
// names the rule's kind for short, not a company's policy; and "NOTICE"
// atop a notice to quit is no announcement. A staff policy stays no
// insurance policy.
func TestTheHeadOfATypeNamesItsKind(t *testing.T) {
	rules := []Rule{
		{Type: "insurance_policy", Description: "An insurance policy document or schedule: cover, insured items, premium and the policy period"},
		{Type: "bank_statement", Description: "A bank account statement"},
		{Type: "payslip", Description: "A payslip from an employer"},
	}
	policy := `Policy

Home contents insurance - Harbour Mutual
Policyholder: Ms R. Ellis, Flat 3, 9 Quay Street, Portmere PM1 4AA
Policy number: HM-CT-448120          Period of cover: 1 May 2025 to 30 April 2026
Contents sum insured: £35,000        Excess: £100
Accidental damage: included          Personal possessions away from home: £2,000
Annual premium: £148.20, paid monthly by direct debit (£12.35)`
	c := rank(policy, rules)
	if f := c.evs[0].f; f.other != 0 {
		t.Errorf("'Policy' atop an insurance policy counts %.2f as another kind against the rule for insurance policies", f.other)
	}
	for _, o := range c.others {
		if kindLexicon().kinds[o.kind].id == "policy" {
			t.Errorf("'Policy' atop an insurance policy makes a company's policy a kind no rule covers")
		}
	}
	expectType(t, "an insurance policy titled 'Policy'", policy, rules, "insurance_policy")
	staff := `Policy

Remote working at Northlight Data
This policy applies to all staff. Employees may work from home up to three
days a week with their manager's agreement. Core hours are 10:00 to 15:00.
Staff must keep company laptops locked when not in use and report any loss
to IT the same day. This policy is reviewed every year by the HR team.`
	expectType(t, "a staff policy titled 'Policy'", staff, rules, "")

	// "Bill" is what a utility bill is called for short, but it names the
	// invoice it is a kind of too: a plumber's bill for a utility room's
	// sink is no utility bill.
	bills := []Rule{
		{Type: "utility_bill", Description: "A bill for electricity, gas, water, phone or broadband"},
		{Type: "bank_statement", Description: "A bank account statement"},
		{Type: "payslip", Description: "A payslip from an employer"},
	}
	plumber := `Bill

K. Ahmed Plumbing & Heating, 3 Mill Yard, Eastvale      Bill no: 2025-031
To: Mrs J. Carter, 4 Orchard Close, Eastvale EV3 2PL      Date: 2 April 2025

Fit new sink and waste in the utility room (labour 3 h at £48)   £144.00
Belfast sink, waste kit and fittings                              £212.50
Total amount due                                                   £356.50

Pay by bank transfer within 14 days: sort code 00-11-22, account 12345678.`
	expectType(t, "a plumber's bill for a utility room's sink", plumber, bills, "")

	quit := []Rule{
		{Type: "notice_to_quit", Description: "A landlord's letter requiring a tenant to leave the property by a date"},
		{Type: "invoice", Description: "An invoice with the amount due"},
		{Type: "payslip", Description: "A payslip from an employer"},
	}
	notice := `NOTICE

To: Mr K. Osei, tenant of 14 Albion Terrace, Portmere PM3 2RT
From: Mrs J. Hale, landlord

I give you notice to quit and deliver up possession of 14 Albion Terrace
after 31 August 2025, the end of a period of your tenancy. The tenancy began
on 1 March 2023. If you need advice, contact Shelter or a solicitor.

Signed: J. Hale                 Date: 2 June 2025`
	c = rank(notice, quit)
	if f := c.evs[0].f; f.other != 0 {
		t.Errorf("'NOTICE' atop a notice to quit counts %.2f as another kind against its rule", f.other)
	}
	// A notice to tenants that says nothing of quitting is an
	// announcement, and so is one under a rule that says it is not.
	gas := `NOTICE

To all tenants of Albion Terrace

The annual gas safety inspection will take place on Thursday 12 June
between 9:00 and 13:00. Please make sure the engineer can reach your
boiler and gas fire. If that time does not suit you, call the office.

J. Hale, landlord`
	c = rank(gas, quit)
	if f := c.evs[0].f; f.other == 0 {
		t.Errorf("'NOTICE' atop a notice of a gas inspection counts as the notice to quit's own name")
	}
	expectType(t, "a notice of a gas inspection", gas, quit, "")
	excl := append([]Rule{{Type: "notice_to_quit", Description: "A landlord's letter requiring a tenant to leave. Not a general notice or announcement to tenants."}}, quit[1:]...)
	withQuit := strings.Replace(gas, "The annual gas safety", "No tenant is asked to quit. The annual gas safety", 1)
	if f := rank(withQuit, excl).evs[0].f; f.other == 0 {
		t.Errorf("'NOTICE' counts as the name of a rule that says it is not an announcement")
	}
}
