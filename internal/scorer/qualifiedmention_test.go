package scorer

import "testing"

// A title that puts a word of the description before a kind's name ("FIRE
// ALARM SERVICE REPORT") names what the description lists ("fire alarm
// service ... test reports"), not the work order "service report" names
// alone, which no rule covers. A service report the description does not
// qualify (a boiler's) still reads as that other kind.
func TestATitleQualifiedByTheDescriptionIsTheRulesOwn(t *testing.T) {
	rules := []Rule{
		{Type: "room_bookings", Description: "Bookings of the community centre's rooms: hire forms and confirmations."},
		{Type: "supplier_invoices", Description: "Invoices from contractors and suppliers (cleaning, window cleaner, plumber)."},
		{Type: "minutes", Description: "Minutes of trustees' meetings and the AGM."},
		{Type: "compliance", Description: "Certificates and test reports: fire alarm service, emergency lighting test, PAT testing, legionella risk checks."},
		{Type: "insurance", Description: "Buildings and public liability insurance: schedules and certificates."},
	}
	const alarm = `FIRE ALARM SERVICE REPORT (BS 5839-1)
Wexcombe Fire & Security Ltd - Engineer: Priya Lal

Premises: Hatherley Community Centre, 4 Mill Lane, GL51 6QT
Date of visit: 14/03/2025       Next visit due: 09/2025

Zone   Device          Location        Result   Action
1      Call point      Main entrance   PASS     tested
1      Smoke detector  Main hall       PASS     cleaned, tested
2      Heat detector   Kitchen         PASS     tested
3      Sounder         Store room      FAIL     replaced

Panel: Kentec Syncro, batteries 12V 7Ah, date 2022, OK.
All devices now in working order.
Customer signature: R Okafor
`
	classifyAs(t, "a fire alarm service report", alarm, rules, "compliance")

	// Without the description's words before it, "SERVICE REPORT" is a
	// work order's name, and the rule for test reports does not take a
	// boiler's annual service.
	rules[3].Description = "Certificates and test reports: emergency lighting test, PAT testing, legionella risk checks."
	const boiler = `BOILER SERVICE REPORT
Severnside Heating - Engineer: Tom Rudge

Premises: Hatherley Community Centre, 4 Mill Lane, GL51 6QT
Date of visit: 14/03/2025

Appliance: Ideal Imax W60, flue checked, burner cleaned, seals replaced.
Combustion reading 0.0021 ratio. Condensate trap cleared.
Parts used: 1 x burner door seal, 1 x electrode.
Labour 1.5 h.
Customer signature: R Okafor
`
	res := classifyModel(boiler, rules)
	if res.Type != nil && *res.Type == "compliance" {
		t.Errorf("a boiler service report went to the rule for test reports: %s", res.Reasoning)
	}
}

// The pair the description holds qualifies the title whatever the
// description calls the document: an "EXTINGUISHER SERVICE REPORT" is
// what a rule for "extinguisher service certificates" keeps.
func TestAQualifiedTitleNeedNotEndInTheDescriptionsWord(t *testing.T) {
	rules := []Rule{
		{Type: "fire_safety", Description: "Fire risk assessment, fire alarm and extinguisher service certificates, and the weekly alarm test log"},
		{Type: "supplier_invoice", Description: "Invoices from our food and drink suppliers"},
		{Type: "staff_rota", Description: "Weekly staff rotas"},
		{Type: "hygiene_inspection", Description: "Food hygiene inspection reports from the council"},
		{Type: "bank_statement", Description: "Business account statements"},
	}
	classifyAs(t, "an extinguisher service report", `EXTINGUISHER SERVICE REPORT                     BS 5306-3:2017
Dales Fire Protection Ltd  -  01756 700 412

Customer: The Old Granary Tearooms, Mill Lane, Grassington   Date: 14/03/2026

Location          Type        Size   Year   Action          Next due
Front shop        Water       9L     2021   Basic service   03/27
Kitchen           Wet chem.   6L     2022   Basic service   03/27
Kitchen           Blanket     1.2m   2023   Checked         03/27
Store room        CO2         2kg    2019   Basic service   03/27

All units serviced and left in working order.
Engineer: K. Metcalfe (BAFE reg. 0481)
`, rules, "fire_safety")
}
