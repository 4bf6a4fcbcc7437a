package scorer

import "testing"

// Read after round 32's misses: a sheet of readings kept by date and
// time is a kind (readings_log); a "payment advice" is a pension's or a
// payroll's as much as a remittance's; a "medical examination record" is
// a medical report; a doctor's "fit to box" certifies, as "fit for work"
// does; and a repair note's "found", "replaced" and "back in service"
// are a work order's words.
func TestRound32KindsAreNamed(t *testing.T) {
	namedAs(t, []string{"Fridge temperature log", "Blood glucose diary - June", "Pool water test log", "Blutzuckertagebuch"}, "readings_log", "")
	namedAs(t, []string{"PAYMENT ADVICE"}, "payslip", "")
	namedAs(t, []string{"Medical examination record"}, "medical_report", "exam")
	doActs(t, []actCase{
		{"Result of examination: FIT TO BOX until 31/03/2026.", "medical_certificate"},
		{"Diver is fit to dive; review in twelve months.", "medical_certificate"},
	})
}

// An order's thanks at the foot of a bill is the bill's courtesy: a
// supplier's invoice that ends "Thank you for your order!" is the
// invoice rule's, however it is scanned; an e-mail that starts with the
// thanks still confirms an order, which no rule covers.
func TestAnInvoiceThatThanksForTheOrder(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "Bill to the club asking for payment (kit, coach hire, hall rent). Not a quote or a receipt."},
		{Type: "meeting_minutes", Description: "Minutes of committee meetings"},
		{Type: "membership_form", Description: "Completed membership application or renewal form"},
		{Type: "timesheet", Description: "hours worked by a paid coach, by date"},
	}
	classifyAs(t, "a scanned kit invoice", `ROWAN SPORTS SUPPLlES LTD
4 Station Yard, Kelmscot ZZ4 1AB

lNVOlCE No: RS-2207          Date: O3/O9/2O25
Customer: Kelmscot Table Tennis Club

Qty  Item                         Each     Tota1
 6   Club shirts, navy            18.OO    1O8.OO
 2   Net and post sets            34.5O     69.OO
                            Sub tota1     177.OO
                            VAT 2O%        35.4O
                            T0TAL         212.4O
Payment due within 3O days. Thank you for your order!`, rules, "invoice")
	classifyAs(t, "an order confirmation", `Thanks for your order, Kelmscot TTC!

We've received your order and will email you again when it ships.

Order KT-55120 (placed 2 Sep 2025)
  6 x Club shirts, navy      £108.00
  2 x Net and post sets       £69.00
  Order total                £212.40

Payment: card ending 4410 - authorised.`, rules, "")
}

// A boxer's post-bout medical record and an annual "fit to box"
// certificate are the rule for a boxer's medical examination record or
// fitness certificate, in any language.
func TestABoxersMedicalRecord(t *testing.T) {
	rules := []Rule{
		{Type: "membership_form", Description: "A filled-in membership form for one member: personal details, emergency contact, consents, signature."},
		{Type: "boxer_medical", Description: "Boxer's medical examination record or doctor's fitness-to-box certificate (annual, pre-bout or post-bout)."},
		{Type: "show_results", Description: "results sheet for a boxing show - bouts, boxers, weights, winners"},
		{Type: "invoice", Description: "Bill to the club asking for payment"},
		{Type: "incident_report", Description: "Report of an accident or injury at the club or a show: date, people involved, what happened, action taken."},
	}
	classifyAs(t, "a post-bout record", `REGIONAL BOXING ASSOCIATION - POST-BOUT MEDICAL RECORD

Boxer: Jordan Pike (Eastfield ABC)      Reg 31877
Show: Corn Exchange, 14/06/2025         Bout 3
Outcome: won on points

Examined 21:40: no head injury, cut left eyebrow closed with strips.
Pupils equal, coordination normal.
Suspension: none.

Ringside doctor: Dr H. Moss`, rules, "boxer_medical")
	classifyAs(t, "an annual fitness certificate", `Boxing medical - annual (form M2)
Boxer: Sadie Crane    DOB 11/02/2001    Club: Eastfield ABC
BP 118/72   Pulse 62   Vision R 6/6 L 6/6   Heart/lungs NAD
Result: FIT TO BOX - valid until 30/04/2026
Dr P. Lowe   01/05/2025`, rules, "boxer_medical")
	classifyAs(t, "a Polish fitness certificate", `ORZECZENIE LEKARSKIE
o zdolności do uprawiania sportu - boks

Imię i nazwisko: Piotr Zając      Data urodzenia: 03.05.2004
Badanie: ciśnienie 120/80, tętno 60/min, EKG prawidłowe.
Orzeczenie: zdolny do uprawiania boksu. Ważne do: 01.03.2026
lek. med. Anna Bąk`, rules, "boxer_medical")
}

// A mechanic's terse note of a fault found and fixed is a work order, the
// rule for a workshop's job cards.
func TestARepairNoteIsAJobCard(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "Bill from a supplier asking us to pay."},
		{Type: "proof_of_delivery", Description: "Signed proof of delivery from a customer."},
		{Type: "timesheet", Description: "Riders' hours by date."},
		{Type: "bike_repair_job", Description: "Workshop job card / service record for one of our bikes: which bike, fault, work done, parts, time."},
		{Type: "incident_report", Description: "Report of a road accident or injury."},
	}
	classifyAs(t, "a repair note", `Bike 7 (longtail) - 03/06
problem: front brake spongy, lever to the bar
found: air in the hose, pads glazed
did: bled front brake, new pads (stock), bedded in
time 40 min   - JR
status: back in service`, rules, "bike_repair_job")
}

// A meter's export of glucose readings, and a pool's poolside test
// sheet, are the readings logs the rules for them ask for.
func TestAReadingsLogIsAKind(t *testing.T) {
	family := []Rule{
		{Type: "medical_letter", Description: "Letter from the hospital diabetes team or GP about our son"},
		{Type: "prescription", Description: "A prescription or repeat slip listing the medicines and quantities."},
		{Type: "glucose_log", Description: "glucose readings log or CGM/meter export (dates, times, mmol/L values)"},
		{Type: "utility_bill", Description: "gas, electricity or water bill"},
		{Type: "payslip", Description: "payslip"},
	}
	classifyAs(t, "a meter's export", `Reader,Serial,Patient
SugarCheck Mini,SC-44120,Oliver Pratt
Timestamp,mmol/L,Event,Note
2025-05-02 07:10,8.4,,
2025-05-02 07:40,,Insulin rapid 2.5u,breakfast 40g
2025-05-02 12:05,5.9,,
2025-05-02 16:30,3.8,Low,juice 150ml
2025-05-02 16:50,5.6,,recheck
2025-05-02 21:15,9.7,,`, family, "glucose_log")
	pool := []Rule{
		{Type: "invoice", Description: "supplier invoice"},
		{Type: "water_test_log", Description: "Record of the pool's water tests: free and combined chlorine, pH, temperature, time, initials."},
		{Type: "accident_report", Description: "report of an accident at the pool"},
		{Type: "meeting_minutes", Description: "minutes of trustees' meetings"},
	}
	classifyAs(t, "a poolside sheet", `Poolside test sheet - Sat 7 June
Time   Free Cl  Comb Cl  pH   Temp  Init
07:00  1.4      0.2      7.3  29.0  GM
10:00  1.2      0.3      7.4  29.2  GM
13:00  1.0      0.3      7.5  29.4  AT
16:00  1.3      0.2      7.4  29.3  AT`, pool, "water_test_log")
}

// A pension scheme's monthly "payment advice" is the pension rule's: a
// payslip for a pension, not a remittance for an invoice.
func TestAPensionPaymentAdvice(t *testing.T) {
	rules := []Rule{
		{Type: "pension_statement", Description: "Dad's works pension: payslips, yearly increase letters, annual statements."},
		{Type: "bank_statement", Description: "bank or building society statement"},
		{Type: "council_letter", Description: "letters from the council"},
		{Type: "medical_letter", Description: "letters from the hospital or GP"},
	}
	classifyAs(t, "a pension payment advice", `MIDSHIRE WATER PENSION SCHEME - PAYMENT ADVICE

Member: R OAKLEY     No: MWPS 2231 09     Tax code: 1257L
Payment date: 28/08/2025

                      This month     Year to date
Gross pension            812.40        4,062.00
Tax                      112.60          563.00
Net paid                 699.80        3,499.00

Paid to: Pennant Bank ****1180`, rules, "pension_statement")
}
