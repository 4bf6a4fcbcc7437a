// Review of 30ba2b5d (a type's last word "booking" names a booking
// confirmation; a booking's acts for places and stalls, "happy to offer
// you space" narrowed to "on"/"in"; the inspection report's names
// "inspection visit", "re-rating visit" and acts "at the time of my
// visit", "must be fixed within", ...; "this letter sets out" narrowed for
// engagement letters; "notice"/"notification" loose; the application
// "answered"). Each "regression:" case was right on 38a1710b and wrong on
// 30ba2b5d; each "fixed:" case the change got right and should stay right.
//
// Fixed since: no "at the time of my visit" or "at the time of the visit"
// for an inspection (a vet's or a surveyor's visit); "happy/pleased to
// offer you space at" only before a market or a fair, not an advert's
// "space at our early-bird rate"; and a type's last word that names a kind
// only there (typeHeads) gives the kind its credit without making the type
// a known name, so that "booked" beside the type's other word still names
// it (kennel_booking). Left out: a council's "your visit to the recycling
// centre is booked" under tip_booking (it won by 0.49 to 0.46 before; "your
// visit to ... is booked" as a booking's act takes a hospital clinic's
// letter to a holiday booking rule), and an allotment society's acceptance
// under allotment_offer, which the refit after round 30 gave back to the
// allotment agreement rule at 0.37.
package scorer

import "testing"

func TestReview31a(t *testing.T) {
	cases := []struct {
		name  string
		rules []Rule
		want  string
		text  string
	}{
		{"regression: market space at (not on/in)", review31aMarket, "market_booking", `Dear Kim,

Thank you for applying to trade at the Hartley Victorian Christmas Market.
We are happy to offer you space at the market on Saturday 6 and Sunday 7
December.

Pitch: 14 (Market Place, opposite the Town Hall)
Size: 3m x 3m gazebo
Set-up: from 7.30am, vehicles off site by 9.30am

Kind regards
Town Centre Events Team`},
		{"regression: kennel stay confirmed", review31aKennel, "kennel_booking", `Hi Claire,

Just to confirm Bella is booked in with us from Friday 1 August (drop off
after 9am) to Monday 4 August (collect before 11am) - 3 nights in a
standard kennel at £24 a night. Please bring her vaccination card and
her usual food.

See you soon!
Paws Inn Boarding Kennels`},
		{"regression: vet home visit at the time of my visit", review31aKennel, "vet_report", `Hartley Vets - Home visit notes

Patient: Bella (Labrador, 11y)       Owner: Claire Dunn
Date: 18/03/2025                     Vet: A. Singh MRCVS

History: reluctant to climb stairs, stiff after rest.
At the time of my visit Bella was bright and alert, mildly lame on the
left hind. Pain on hip extension. Weight 34.2kg.

Plan: meloxicam 1.5mg/ml 3.4ml once daily with food; recheck in 4 weeks.
X-rays if no improvement.`},
		{"regression: homebuyer survey at the time of my visit", review31aHouse, "homebuyer_survey", `RICS HOME SURVEY - LEVEL 2

Property: 22 Willow Drive, Hartley
Inspection date: 7 March 2025

At the time of my visit the property was occupied and furnished and the
weather was dry. Condition ratings: 3 - defects that are serious and/or
need to be repaired, replaced or investigated urgently; 2 - defects that
need repairing but are not considered serious; 1 - no repair needed.

E2 Roof coverings: rating 2. Several slipped tiles on rear slope.
E4 Main walls: rating 1.
F1 Electricity: rating 3. No RCD; an electrician should test.`},
		{"fixed: venue confirms date", review31aVenue, "venue_booking", `Hi Priya,

Great news - the Orangery is now held for your event on Saturday 6
September 2025. We have received your deposit of £500, so the date is
secured.

Event: Hartley Tech Summer Social
Rooms: Orangery + Terrace, 6pm - midnight
Guests: 120 (standing)
Catering: Bowl food, menu to be confirmed by 1 August

Your booking reference is ORG-2291. Final numbers are due 14 days before.

Kind regards
Ellie Marsh, Events Coordinator, Hartley House`},
		{"fixed: florist confirms wedding", review31aWedding, "wedding_booking", `Hi Sophie & James,

Thanks so much for your deposit - I'm pleased to confirm your booking for
Saturday 14 June at Oakley Barn. I'll be doing the bridal bouquet, 4
bridesmaids' posies, 8 buttonholes and 12 table centres as per the quote.

I'll be in touch in May to finalise colours.

Love, Hannah at Wildflower Studio`},
		{"fixed: trek place confirmed", review31aTrek, "trek_booking", `Dear Mr and Mrs Okafor,

We are pleased to confirm your place on the Annapurna Sanctuary Trek
departing 12 October 2025 (trip code NPA-12OCT).

Booking reference: EXP-448812
Travellers: 2
Deposit received: £600
Balance of £3,180 due by 13 August 2025.

Your pre-departure pack and kit list will follow 8 weeks before travel.
Summit Trails`},
		{"fixed: food inspection outcome letter", review31aCafe, "food_hygiene_inspection", `Hartley District Council - Public Protection

Dear Ms Romano

FOOD HYGIENE INSPECTION - CAFE ROMANO, 3 MARKET STREET

Thank you for your assistance during my inspection visit on 4 February.
This letter sets out the matters I found.

1. At the time of my visit there was no probe thermometer on site.
2. The seal on the walk-in chiller door is damaged. This must be fixed
   within 28 days.

Your food hygiene rating is 3 (Generally satisfactory). If you have made
the improvements you may request a re-rating visit.

Yours sincerely
Tom Bright, Environmental Health Officer`},
		{"fixed: fire safety inspector letter", review31aAccountant, "inspection_report", `Hartshire Fire and Rescue Service - Fire Safety

Dear Mr Evans

FIRE SAFETY AUDIT - EVANS JOINERY, UNIT 4 MILL YARD

During my visit on 3 June I found the following matters:

1. The fire exit at the rear of the workshop was obstructed by timber.
2. There was no record of fire alarm testing.

The exit must be kept clear at all times. Alarm tests must be recorded
weekly. These must be fixed within 28 days, after which I will revisit.

Inspecting Officer, Fire Safety`},
		{"fixed: employer notice of redundancy", review31aEmployer, "employer_letter", `PRIVATE AND CONFIDENTIAL

Dear Sam

Notice of redundancy

Following our consultation meetings, I am sorry to confirm that your role
as Warehouse Supervisor is redundant. Your employment will end on 30 June
2025. You will receive statutory redundancy pay of £4,320 and pay in lieu
of your notice.

You have the right to appeal within 5 working days.

Yours sincerely
Karen Bell, HR Manager, Hartley Logistics`},
		{"fixed: hmrc tax code notification", []Rule{
			{Type: "hmrc_letter", Description: "Letter or notification from HMRC"},
			{Type: "payslip", Description: "Monthly payslips"},
			{Type: "p60", Description: "P60s"},
			{Type: "bank_statement", Description: "bank statements"},
		}, "hmrc_letter", `HM Revenue & Customs
PAYE Coding Notice - Tax code for 6 April 2025 to 5 April 2026

Dear Mr Evans

Your tax code is 1257L. This is the code your employer should use to
work out how much tax to take from your pay. If you think this is wrong,
contact us.

National Insurance number: QQ 12 34 56 C
Employer: Hartley Logistics Ltd   PAYE ref: 123/AB456`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { classifyAs(t, c.name, c.text, c.rules, c.want) })
	}
}

var review31aAccountant = []Rule{
	{Type: "engagement_letter", Description: "Letter of engagement from the accountant or solicitor setting out what they will do and their fees"},
	{Type: "invoice", Description: "invoice"},
	{Type: "tax_return", Description: "Self assessment tax return and calculation"},
	{Type: "hmrc_letter", Description: "Letters from HMRC"},
	{Type: "bank_statement", Description: "bank statements"},
	{Type: "inspection_report", Description: "Reports of official inspections of the business (fire, food, health and safety)"},
}

var review31aCafe = []Rule{
	{Type: "food_hygiene_inspection", Description: "Inspection outcomes from environmental health: what the officer found, the rating, what we must fix."},
	{Type: "council_letter", Description: "Other letters from the council: business rates, trade waste, licensing, re-rating requests."},
	{Type: "application_form", Description: "Forms we fill in to apply for or request something from the council"},
	{Type: "supplier_invoice", Description: "Invoices from food suppliers"},
	{Type: "staff_rota", Description: "Weekly staff rota"},
	{Type: "engagement_letter", Description: "Engagement letter from our accountant setting out services and fees"},
}

var review31aEmployer = []Rule{
	{Type: "employer_letter", Description: "Letter or notice from my employer"},
	{Type: "payslip", Description: "payslips"},
	{Type: "p60", Description: "P60 end of year certificate"},
	{Type: "contract", Description: "employment contract"},
	{Type: "pension", Description: "workplace pension statements"},
}

var review31aHouse = []Rule{
	{Type: "homebuyer_survey", Description: "RICS survey of the house we are buying"},
	{Type: "mortgage_offer", Description: "Mortgage offer"},
	{Type: "conveyancing_letter", Description: "Letters from our conveyancing solicitor"},
	{Type: "searches", Description: "Local authority and environmental searches"},
	{Type: "feedback_survey", Description: "Customer feedback questionnaires"},
}

var review31aKennel = []Rule{
	{Type: "kennel_booking", Description: "Kennel or cattery stays booked for the dog"},
	{Type: "vet_report", Description: "Vet visit notes, test results and reports"},
	{Type: "pet_insurance", Description: "pet insurance policy and claims"},
	{Type: "invoice", Description: "invoice"},
	{Type: "vaccination_card", Description: "vaccination record"},
}

var review31aMarket = []Rule{
	{Type: "market_booking", Description: "Confirmation that we have a stall at a market, fair or show: date, pitch, set-up time."},
	{Type: "market_application", Description: "Application forms we fill in to trade at markets and fairs"},
	{Type: "rejection", Description: "An organiser turning down our application for a stall"},
	{Type: "invoice", Description: "Pitch fees and other bills"},
	{Type: "insurance", Description: "Public liability insurance certificates and policies"},
	{Type: "food_hygiene", Description: "Food hygiene certificates and inspection results"},
}

var review31aTrek = []Rule{
	{Type: "trek_booking", Description: "Booking confirmations for treks and tours we have joined"},
	{Type: "invoice", Description: "Invoices, including balance due"},
	{Type: "travel_insurance", Description: "travel insurance"},
	{Type: "kit_list", Description: "Kit lists and packing lists"},
	{Type: "flight_ticket", Description: "flight e-tickets and boarding passes"},
}

var review31aVenue = []Rule{
	{Type: "venue_booking", Description: "Confirmation from a venue that our date is booked for the event: date, rooms, numbers, deposit paid."},
	{Type: "supplier_terms", Description: "Terms and conditions or contracts from venues and suppliers"},
	{Type: "invoice", Description: "Invoices and deposit requests from venues and suppliers"},
	{Type: "quote", Description: "Quotes and price estimates we have been sent"},
	{Type: "hire_form", Description: "Hire application forms, blank or filled in"},
}

var review31aWedding = []Rule{
	{Type: "wedding_booking", Description: "Confirmation from a supplier that they are booked for our wedding day"},
	{Type: "supplier_contract", Description: "Terms and conditions or contracts from wedding suppliers"},
	{Type: "invoice", Description: "Deposits, balance invoices"},
	{Type: "quote", Description: "Quotes and brochures with prices"},
	{Type: "rsvp", Description: "Replies from guests"},
}
