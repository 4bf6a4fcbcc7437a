package scorer

import (
	"slices"
	"testing"
)

// Kinds, names and acts added after reading round 28's misses: a
// mileage log, a car park's ticket, an entry to a competition, a near
// miss, a jeweller's French valuation, a quote's and a till slip's acts.
func TestRound28KindsAreNamed(t *testing.T) {
	for _, c := range []struct {
		id     string
		titles []string
	}{
		{"mileage_log", []string{"Mileage log - April", "Fahrtenbuch 2024", "Vehicle log"}},
		{"parking_receipt", []string{"PAY & DISPLAY", "Car park ticket", "Parkschein"}},
		{"competition_entry", []string{"Gala entry form", "Race entry", "Bulletin d'engagement"}},
		{"incident_report", []string{"Near miss 14/06 - harbour mouth"}},
		{"valuation", []string{"CERTIFICAT D'EXPERTISE N° 2024-88"}},
	} {
		namedAs(t, c.titles, c.id, "")
	}
	doActs(t, []actCase{
		{"This price stands until the end of June.", "quote"},
		{"These figures hold until 31 March.", "quote"},
		{"TOTAL £10.35\nCASH £20.00\nCHANGE £9.65", "receipt"},
		{"Please enter me for the Open on 13 July: Glen and Tibby.", "competition_entry"},
		{"Display on dashboard", "parking_receipt"},
	})
}

// A delivery driver's folder: a log of miles goes to the mileage rule,
// not to none, and a diesel till slip to the fuel
// receipt rule though it never says "fuel".
func TestADriversMileageAndFuel(t *testing.T) {
	rules := []Rule{
		{Type: "mileage_log", Description: "driver's own record of trips and miles (date, odometer start/end, miles, purpose) kept for tax"},
		{Type: "fuel_receipt", Description: "Receipt for fuel or EV charging."},
		{Type: "insurance_policy", Description: "van insurance policy"},
		{Type: "van_hire_agreement", Description: "agreement to hire a van"},
	}
	classifyAs(t, "a week of miles", `MILES - June wk 1

Mon 3   start 61020  end 61133 = 113  Route K4
Tue 4   start 61133  end 61240 = 107
Wed 5   61240 -> 61388 = 148  two batches
Thu 6   61388 -> 61490 = 102

week business miles: 470`, rules, "mileage_log")
	classifyAs(t, "a diesel slip", `MOORSIDE SERVICES
Unit 3, Moor Road

PUMP 2 DIESEL
38.10 L @ 151.9p      £57.87
CARD CONTACTLESS      £57.87
  incl VAT £9.65
04/06/24 07:02 TILL 2 #8812
THANK YOU`, rules, "fuel_receipt")
}

// A swimming club's papers: a swimmer's e-mail entering a gala and a
// gala's entry form go to the gala entry rule, not to membership.
func TestAnEntryToAGalaIsAnEntry(t *testing.T) {
	rules := []Rule{
		{Type: "gala_entry", Description: "An entry for a swimming gala - which swimmers swim which events, with entry times and fees."},
		{Type: "membership_form", Description: "Application to join the club or renew membership."},
		{Type: "invoice", Description: "Bills the club must pay (pool hire, coaching)."},
		{Type: "meeting_minutes", Description: "Committee minutes"},
	}
	classifyAs(t, "a swimmer's e-mail", `From: Dana Kerr <dana@example.org>
To: galas@example.com
Subject: County masters gala

Hi Sue,

Please enter me for the county masters gala on 12 October:
100m backstroke (entry time 1:32.4) and 50m free (0:34.1).

That's 2 swims at £5 = £10, paid by transfer today, ref KERR.

Thanks, Dana`, rules, "gala_entry")
	classifyAs(t, "an entry form", `OAKBY SWIMMING CLUB - COUNTY GALA ENTRY FORM
Gala: Saturday 12 October, Oakby Leisure Centre

Swimmer: Finn Kerr        Age on day: 11     ASA no: 1188342
Event 7   50m breaststroke        entry time 0:48.90
Event 12  100m freestyle          entry time 1:21.30

Entry fees: 2 x £5.00 = £10.00 (paid)
Closing date for entries: 20 September`, rules, "gala_entry")
}

// A village's pay-and-display ticket is a receipt of its own kind: a
// rule for fuel receipts beside a rule for fines does not take it.
func TestACarParkTicketIsNoFine(t *testing.T) {
	rules := []Rule{
		{Type: "parking_fine", Description: "Penalty charge notices and parking fines"},
		{Type: "invoice", Description: "Bills from the garage"},
		{Type: "insurance_policy", Description: "van insurance"},
	}
	classifyAs(t, "a pay and display ticket", `OAKBY TC  PAY & DISPLAY
Market Street car park - up to 2 hrs
Paid £2.40 card   Expires 12:47 22/05/24
Display on dashboard   No 0311/M02`, rules, "")
}

// "Invoices from tradesmen don't count" excludes invoices, but not the
// utility bills (a kind of invoice) the same description names as the
// rule's; "other tickets don't count" keeps the train tickets it names.
func TestANamedKindOutlivesItsParentsExclusion(t *testing.T) {
	lx := kindLexicon()
	for _, c := range []struct {
		rule          Rule
		kept, dropped string
	}{
		{Rule{Type: "utilities", Description: "Utility bills (gas, electric, water); invoices from tradesmen don't count."}, "utility_bill", "invoice"},
		{Rule{Type: "travel", Description: "Train tickets and boarding passes; other tickets (concerts, parking) don't count."}, "rail_ticket", "ticket"},
	} {
		p := buildProfile(c.rule, false)
		if slices.ContainsFunc(p.excluded, func(k int) bool { return lx.kinds[k].id == c.kept }) {
			t.Errorf("%s: the rule excludes the %s it names", c.rule.Type, c.kept)
		}
		if !slices.ContainsFunc(p.excluded, func(k int) bool { return lx.kinds[k].id == c.dropped }) {
			t.Errorf("%s: the rule no longer excludes %s", c.rule.Type, c.dropped)
		}
	}
}

// A row of a results list set out in columns ("3rd  Bill Kell  Sweep
// 81") starts the body: its "Bill" names no bill in a title.
func TestARowOfColumnsIsNoTitle(t *testing.T) {
	d := analyze(`SUMMER NURSERY - Beckside, 13 July 2024
Judge: Mrs E. Crabtree    18 runs

1st  Hannah Lowther   Ben      88
2nd  Alan Metcalfe    Tibby    85
3rd  Bill Kell        Sweep    81
`)
	for _, m := range d.mentions {
		if kindID(m.kind) == "invoice" && m.at == titleLine {
			t.Errorf("%q on line %d names an invoice in a title", m.text, m.line)
		}
	}
	for _, line := range []string{"3rd  Bill Kell        Sweep    81", "09/12/24   612 litres @ 58.9p        £360.47"} {
		if !alignedRow(line) {
			t.Errorf("%q is not read as a row", line)
		}
	}
	for _, line := range []string{"INVOICE          No. 4502", "HARR0WGATE  CARD  SERVICES   Visa", "2024 Annual Report"} {
		if alignedRow(line) {
			t.Errorf("%q is read as a row", line)
		}
	}
}

// Bottled gas and heating oil are a utility's: a propane supplier's bill
// goes to the utility bill rule, not to the invoice rule that sends gas
// bills there.
func TestABottledGasBillIsAUtilityBill(t *testing.T) {
	rules := []Rule{
		{Type: "invoice", Description: "Invoices from suppliers for goods and services (seeds, packaging, repairs). Gas, electricity, water and phone bills go to utility_bill."},
		{Type: "utility_bill", Description: "Gas, electricity, water, phone or broadband bills."},
		{Type: "payslip", Description: "payslips of our staff"},
		{Type: "delivery_note", Description: "delivery notes"},
	}
	classifyAs(t, "a propane bill", `NORTHERN CALOR - bulk LPG
Customer: Oakby Nursery   A/c 44-01112
Tank ref: 1000L propane, Oakby Lane

Bill date: 31/01/2025
Deliveries this period:
 10/12/24   520 litres @ 61.2p        £318.24
 15/01/25   480 litres @ 61.2p        £293.76
Tank rental (quarter)                  £18.00
VAT @ 5%                               £31.50
Balance to pay                        £661.50`, rules, "utility_bill")
}
