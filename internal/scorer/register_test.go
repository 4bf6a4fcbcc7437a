package scorer

import (
	"slices"
	"strings"
	"testing"
)

// A news story, a sales page or a template uses a kind's words without
// being one: none of them is the lease a rule asks for, while a lease is.
func TestRegistersMakeADocumentAboutAKind(t *testing.T) {
	rules := []Rule{
		{Type: "rental_agreement", Description: "lease or rental contract for a flat, house or room between landlord and tenant (rent, deposit, term, rules)"},
		{Type: "payslip", Description: "a payslip"},
	}
	lease := `RESIDENTIAL TENANCY AGREEMENT

This agreement is made on 1 March 2024 between Harbour Homes Ltd (the Landlord) and Priya Shah (the Tenant).

1. Property. The Landlord lets to the Tenant the flat at 14 Mill Lane, Leeds LS2 7AB.
2. Term. The tenancy runs for 12 months from 1 March 2024.
3. Rent. The Tenant shall pay rent of GBP 950 per month in advance on the 1st of each month.
4. Deposit. The Tenant shall pay a deposit of GBP 1,096, held in a government-approved scheme.
5. Use. The Tenant shall keep the property clean and shall not sublet without consent.

Signed by the Landlord: ____________   Signed by the Tenant: ____________`
	news := `Renters squeezed as city rents climb again
By Alex Moreno · Business · October 3, 2024

Median asking rent for a one-bedroom flat rose 4.1% over the past year, according to a report released on Tuesday. "Landlords are offering a month free, but the rent on the lease has not come down," said Priya Kapoor, an analyst.

Tenant advocates say the numbers hide wide differences. A proposal to cap deposits at two months' rent is expected to be voted on next month, officials said.`
	advert := `Find your next flat with Nestly!
Thousands of rentals, no agency fees. Sign up today and get your first month of renter's insurance free.
Book now: viewings every Saturday. Limited time offer for new tenants - learn more at nestly.example.
Landlords: list your property for free and find a tenant in days. Deposit protection included.`
	template := `TENANCY AGREEMENT (TEMPLATE)
This agreement is made on [Date] between [Landlord Name] (the Landlord) and [Tenant Name] (the Tenant).
1. The Landlord lets to the Tenant the property at [Property Address].
2. The Tenant shall pay rent of [Amount] per month and a deposit of [Deposit Amount].
Signed: ______________ Date: ______________`

	if got := classifyModel(lease, rules); typeName(got.Type) != "rental_agreement" {
		t.Fatalf("the lease: %s (%s)", typeName(got.Type), got.Reasoning)
	}
	for name, doc := range map[string]string{"news": news, "advert": advert} {
		got := classifyModel(doc, rules)
		if got.Type != nil {
			t.Errorf("%s: typed %s, want none (%s)", name, *got.Type, got.Reasoning)
		}
	}
	d := analyze(template)
	if d.cues[cueBlank] < 1 {
		t.Errorf("template: blank cue %.2f, want 1", d.cues[cueBlank])
	}
	if d := analyze(news); d.cues[cueReport] < 1 {
		t.Errorf("news: report cue %.2f, want 1", d.cues[cueReport])
	}
	if d := analyze(advert); d.cues[cueCall] < 1 {
		t.Errorf("advert: call cue %.2f, want 1", d.cues[cueCall])
	}
	if d := analyze(lease); d.cues[cueReport] > 0 || d.cues[cueCall] > 0 || d.cues[cueBlank] > 0.5 || d.cues[cueLegal] < 1 {
		t.Errorf("lease: report %.2f, call %.2f, blank %.2f, legal %.2f; want only the language of an agreement",
			d.cues[cueReport], d.cues[cueCall], d.cues[cueBlank], d.cues[cueLegal])
	}
	got := classifyModel(news, rules)
	if !strings.Contains(got.Reasoning, "reads as news or an article") {
		t.Errorf("news: reasoning %q does not say it reads as news", got.Reasoning)
	}
}

// An explainer titled with a question or "How to" is about what it
// names; a recipe titled so is still a recipe.
func TestExplainersAreAboutWhatTheyName(t *testing.T) {
	rules := []Rule{
		{Type: "cover_letter", Description: "a cover letter for a job application"},
		{Type: "recipe", Description: "a recipe: ingredients and method"},
	}
	guide := `How to Write a Cover Letter That Gets Read
Recruiters spend seconds on your cover letter. Here is how to write one that works.
1. Open with something specific about the job and the company.
2. Mirror the job description: pick two requirements and give an example for each.
3. Keep it to one page and close with a clear next step.`
	recipe := `How to make pancakes
Ingredients
- 200 g flour
- 2 eggs
- 300 ml milk
Method
1. Whisk the flour, eggs and milk into a smooth batter.
2. Heat a pan with a little butter and fry a ladle of batter for 1 minute a side.`
	if got := classifyModel(guide, rules); got.Type != nil {
		t.Errorf("guide: typed %s, want none (%s)", *got.Type, got.Reasoning)
	}
	if got := classifyModel(recipe, rules); typeName(got.Type) != "recipe" {
		t.Errorf("recipe: %s, want recipe (%s)", typeName(got.Type), got.Reasoning)
	}
}

// A document of a kind no rule covers is null, and the reasoning says
// which kind it is more like.
func TestAKindNoRuleCovers(t *testing.T) {
	rules := []Rule{
		{Type: "meeting_agenda", Description: "Agenda for an upcoming meeting: date and time, and the list of topics to be discussed."},
		{Type: "invoice", Description: "an invoice"},
	}
	minutes := `Minutes of the committee meeting held on 4 March 2024
Present: J. Barker (chair), S. Patel (treasurer), M. O'Neill (secretary)
Apologies: T. Hughes
1. The minutes of the February meeting were approved as a true record.
2. The treasurer reported a balance of 3,412.18.
3. It was agreed to repair the gate; R. Fenwick to get two quotes.
Action points: SP to pay the water bill; MO to write to members.
Date of next meeting: 8 April 2024. The meeting closed at 8.40pm.`
	got := classifyModel(minutes, rules)
	if got.Type != nil {
		t.Fatalf("minutes: typed %s, want none (%s)", *got.Type, got.Reasoning)
	}
	if !strings.Contains(got.Reasoning, "more like minutes") || !strings.Contains(got.Reasoning, "which no rule covers") {
		t.Errorf("reasoning %q does not say it is more like minutes", got.Reasoning)
	}
}

// A rule about a specific kind takes it from a rule about the kind it is
// a kind of: a medical bill is the medical rule's, not the invoice rule's.
func TestTheMoreSpecificRuleTakesItsKind(t *testing.T) {
	rules := []Rule{
		{Type: "inv", Description: "an invoice"},
		{Type: "med_bill", Description: "doctor/hospital/lab bill"},
	}
	bill := `ST. BRENDAN REGIONAL MEDICAL CENTER
Patient Financial Services
STATEMENT DATE 07/22/2024   ACCOUNT NUMBER SB-00718832
PATIENT: WALSH, EMILY R    GUARANTOR: WALSH, PATRICK J
AMOUNT DUE: $642.18   PLEASE PAY BY: 08/21/2024
Date of service: 06/30/2024  Emergency Department visit  Attending: R. Singh, MD
06/30/24  99284  ED visit, moderate complexity   1,940.00
06/30/24  73610  X-ray ankle, 3 views              412.00
Total charges 2,352.00
Insurance payment  -1,110.00
Contractual adjustment -599.82
Patient responsibility 642.18`
	invoice := `INVOICE No. 2024-118
Acme Office Supplies Ltd, 4 Dock Road, Bristol
Bill to: Northwind Traders
Date: 3 May 2024   Due date: 2 June 2024
Item              Qty   Unit price   Amount
Copy paper A4      10       4.20      42.00
Toner cartridge     2      61.00     122.00
Subtotal 164.00  VAT 20% 32.80  Total due 196.80
Please pay by bank transfer to IBAN GB29 NWBK 6016 1331 9268 19.`
	if got := classifyModel(bill, rules); typeName(got.Type) != "med_bill" {
		t.Errorf("medical bill: %s, want med_bill (%s)", typeName(got.Type), got.Reasoning)
	}
	if got := classifyModel(invoice, rules); typeName(got.Type) != "inv" {
		t.Errorf("invoice: %s, want inv (%s)", typeName(got.Type), got.Reasoning)
	}
	ps := []*profile{profileOf(rules[0]), profileOf(rules[1])}
	shadow(ps)
	lx := kindLexicon()
	if !slices.Contains(ps[0].excluded, lx.byID["medical_bill"]) {
		t.Errorf("the invoice rule still covers medical bills")
	}
	if slices.Contains(ps[1].excluded, lx.byID["invoice"]) {
		t.Errorf("the medical bill rule lost invoices, the kind it is a kind of")
	}
}

// A sentence that sends some documents to another rule excludes them.
func TestRedirectsExclude(t *testing.T) {
	p := profileOf(Rule{Type: "contract", Description: "A legal contract between two or more named parties. Confidentiality / non-disclosure agreements go to nda instead."})
	if !slices.Contains(p.excluded, kindLexicon().byID["nda"]) {
		t.Errorf("excluded %v, want nda among them", p.excluded)
	}
	p = profileOf(Rule{Type: "nda", Description: "A confidentiality agreement. Use this type for such agreements even though they are contracts."})
	if slices.Contains(p.excluded, kindLexicon().byID["nda"]) {
		t.Errorf("the nda rule excludes ndas")
	}
}

// A sentence that ends "... do not count" or "... do not go here"
// excludes what it lists, and a generic kind a type is a kind of is not
// excluded by naming it in such a sentence ("blank report forms" for an
// incident report).
func TestTrailingVerdictsExclude(t *testing.T) {
	lx := kindLexicon()
	p := profileOf(Rule{Type: "employment_contract", Description: "Contract of employment between an employer and an employee, with salary and notice period. Contracts with freelancers, and stand-alone confidentiality agreements, do not count."})
	if !slices.Contains(p.excluded, lx.byID["nda"]) {
		t.Errorf("employment contract: excluded %v, want nda among them", p.excluded)
	}
	p = profileOf(Rule{Type: "incident_report", Description: "Incident report: what happened, where, who was hurt. Blank report forms do not count."})
	if slices.Contains(p.excluded, lx.byID["report"]) {
		t.Errorf("incident report: the generic report is excluded, so a 'Report' title no longer names it")
	}
	p = profileOf(Rule{Type: "invoice", Description: "An invoice from a supplier. Quotes are not invoices."})
	if !slices.Contains(p.excluded, lx.byID["quote"]) {
		t.Errorf("invoice: excluded %v, want quote among them", p.excluded)
	}
	p = profileOf(Rule{Type: "invoice", Description: "A bill asking for payment. Remittance advices and statements of account do not go here."})
	if !slices.Contains(p.excluded, lx.byID["remittance_advice"]) {
		t.Errorf("invoice, \"do not go here\": excluded %v, want remittance_advice among them", p.excluded)
	}
}

// A kind that a rule's description gives as an example, named in the
// document's title, is that rule's: a school report under a rule for the
// school's post "e.g. school reports", not a transcript no rule covers. A
// rule that does not give the example leaves it uncovered.
func TestAKindTheDescriptionGivesAsAnExample(t *testing.T) {
	doc := `ST ALBAN'S PRIMARY SCHOOL
SCHOOL REPORT - SUMMER TERM 2025
Pupil: Mia Ferris          Class: 4B          Teacher: Mr J. Okafor
Attendance: 97.2%
English           Working at the expected standard
Mathematics       Working above the expected standard
Science           Working at the expected standard
Comment: Mia has worked hard this year and is a kind member of the class.
Head teacher: Mrs A. Lowe`
	school := Rule{Type: "school_letter", Description: "Post from the children's school, e.g. school reports, trip consent forms, term dates."}
	others := []Rule{
		{Type: "utility_bill", Description: "gas, electricity or water bill"},
		{Type: "payslip", Description: "payslip from an employer"},
	}
	expectType(t, "a school report under a rule that gives school reports as an example", doc, append([]Rule{school}, others...), "school_letter")
	vague := Rule{Type: "school_letter", Description: "Letters from the children's school about trips or term dates."}
	expectType(t, "a school report under a rule that does not mention reports", doc, append([]Rule{vague}, others...), "")
}

// A council's tax bill is a letter from the council as much as a tax
// notice: a rule for the council's post takes it, whether or not it
// names council tax.
func TestACouncilTaxDemandIsTheCouncilsPost(t *testing.T) {
	doc := `HOLLOWAY BOROUGH COUNCIL
COUNCIL TAX DEMAND NOTICE 2025/26            Account ref: 7731 0042
Mr and Mrs J Ferris, 4 Beech Walk, Holloway HW3 2PL
Property band: C        Period: 1 April 2025 to 31 March 2026
Borough council                  £1,204.10
County council                     £412.55
Police precept                     £201.30
AMOUNT DUE                       £1,817.95
Ten instalments by Direct Debit from 1 April 2025.`
	others := []Rule{
		{Type: "utility_bill", Description: "gas, electricity or water bill"},
		{Type: "payslip", Description: "payslip from an employer"},
	}
	for _, desc := range []string{
		"Post from the local council, e.g. council tax, bin collections, parking permits or planning.",
		"Letters from the local council about bin collections or parking permits.",
	} {
		expectType(t, "a council tax demand under '"+desc+"'", doc, append([]Rule{{Type: "council_letter", Description: desc}}, others...), "council_letter")
	}
}

// A card statement under a rule for bank statements that says it is not
// one has no type, though it calls itself a statement and lists
// payments and balances; a bank statement under the same rule has.
func TestAKindTheRuleExcludesBeatsItsWords(t *testing.T) {
	rules := []Rule{
		{Type: "bank_statement", Description: "Bank account statement: account holder, account number, statement period, opening balance, payments in and out, closing balance. A credit card statement is not a bank statement."},
		{Type: "receipt", Description: "till receipt or payment confirmation"},
		{Type: "invoice", Description: "invoice asking for payment"},
	}
	card := `ORBIS CARD - Visa Everyday
Monthly statement

Ms Helen Garvey                           Card number ending 9012
22 Quarry Lane                            Statement date 9 May 2025
Fenwick FN4 2RT                           Credit limit £2,500.00

Summary
  Previous balance                        £310.20
  Payments received - thank you          -£310.20
  New purchases                           £144.65
  New balance                             £144.65
  Minimum payment                          £25.00
  Payment due date                       3 June 2025
  Available credit                      £2,355.35

Transactions
  12 Apr  FENWICK PHARMACY                     £12.40
  19 Apr  COUNTY BUS PASS ONLINE               £58.00
  27 Apr  GREENS GROCERS                       £74.25`
	expectType(t, "a credit card statement", card, rules, "")
	// The card statement's words count more against the rule when it
	// says it is not one (up to what the statement's name leaves).
	plain := slices.Clone(rules)
	plain[0].Description = "Bank account statement: account holder, account number, statement period, opening balance, payments in and out, closing balance."
	ex, in := rank(card, rules).evs[0], rank(card, plain).evs[0]
	if in.f.beaten <= 0 || ex.f.beaten < min(1.5*in.f.beaten, 1-ex.f.name) {
		t.Errorf("beaten by the card statement's words: %.3f when the rule excludes it, %.3f when not; want clearly more", ex.f.beaten, in.f.beaten)
	}
	bank := `FENWICK BUILDING SOCIETY - Current account statement
Ms Helen Garvey     Account 40-22-18 81127733     1 April to 30 April 2025

Date     Description                 Paid out    Paid in    Balance
01 Apr   Opening balance                                     1,204.16
03 Apr   SALARY FENWICK COUNCIL                   1,812.40   3,016.56
07 Apr   DD ORBIS CARD                 310.20                2,706.36
15 Apr   SO RENT Q LANE                650.00                2,056.36
30 Apr   Closing balance                                     2,056.36`
	expectType(t, "a bank statement", bank, rules, "bank_statement")
}

// Minutes report what people said ("Marcus says fieldwork is done"):
// that is their register, not a sign of news about a meeting. An article
// about a meeting, with a byline, is still not its minutes.
func TestMinutesReportWhatWasSaid(t *testing.T) {
	rules := []Rule{
		{Type: "purchase_order", Description: "Purchase order issued by a buyer to a supplier: PO number, items with quantities and prices, delivery address."},
		{Type: "meeting_minutes", Description: "Minutes or written notes of a meeting that has taken place"},
		{Type: "invoice", Description: "invoice asking for payment"},
	}
	notes := `ops call 3 june - stock/pricing

on call: TB, MK, Ria, Sam from the accountants for item 1 only

1 - stock count: Sam says the count is done, one variance left on packaging. ok.
2 - van: MK wants to delay buying the second van until autumn -> agreed
3 - prices: 3% increase on the trade list from 1 July approved. TB to tell the big accounts.
4 - AOB none

todo
 TB - letters to trade accounts by 14/6
 MK - two more van quotes

next: 1 july same time`
	expectType(t, "terse call notes that report what was said", notes, rules, "meeting_minutes")
	c := rank(notes, rules)
	if po, mins := c.evs[0].f.aside, c.evs[1].f.aside; mins != 0 || po == 0 {
		t.Errorf("reported speech: counts %.2f against the minutes rule and %.2f against the purchase order rule; want 0 and more", mins, po)
	}
	news := `Parish council backs new car park after heated meeting
By Joan Pryce

Councillors voted five to two on Tuesday to build a 40-space car park behind the village hall.
"We have waited ten years for this," said council chair Ken Dobbs. Residents who spoke against
the plan said it would bring more traffic past the school, and one told the meeting she would
take the matter to the district council. Work is expected to start in the spring.`
	expectType(t, "a news story about a meeting", news, rules, "")
}

// A blog post carries its byline as "Posted ... by": it is in the
// register of a news story, which counts against a council letter; a
// recipe on a blog is still a recipe.
func TestABlogPostsByline(t *testing.T) {
	rules := []Rule{
		{Type: "council_letter", Description: "Letter or bill from the local council: council tax, bin collections, parking permits."},
		{Type: "recipe", Description: "a recipe"},
		{Type: "receipt", Description: "till receipt"},
	}
	post := `# Four things to know about council tax when you move house

*Posted 2 Feb 2025 by "Landlady Lin" · 9 comments*

Every year someone in the group asks me the same thing, so here it is.

**1. You pay from the day you move in.** The council splits the year by days.
**2. Tell both councils.** The old one sends a final bill, the new one a new bill.
**3. Students don't pay.** Send the council your student certificate.
**4. Single person discount.** Live alone? You get 25% off your council tax.

Next week: bin collections and what goes in the brown bin.`
	if x := analyze(post).cues[cueReport]; x == 0 {
		t.Errorf("a blog post's 'Posted ... by' line: report register %.2f, want above 0", x)
	}
	if c := rank(post, rules); c.evs[0].f.aside == 0 {
		t.Errorf("a blog post about council tax: nothing counts its register against the council letter rule")
	}
	recipe := `Auntie May's Lentil Soup
Posted on 3 March 2025 by Bethan

This is the soup we had every Monday. Serves 4.

Ingredients
- 200 g red lentils
- 1 onion, chopped
- 2 carrots, diced
- 1.2 litres vegetable stock

Method
1. Soften the onion and carrots in a little oil for 5 minutes.
2. Add the lentils and stock, simmer for 25 minutes.
3. Blend half of it and season.`
	expectType(t, "a recipe on a blog", recipe, rules, "recipe")
	if c := rank(recipe, rules); c.evs[1].f.aside != 0 {
		t.Errorf("a recipe blog's byline counts %.2f against the recipe rule, want 0", c.evs[1].f.aside)
	}
}

func TestExpandType(t *testing.T) {
	for in, want := range map[string]string{
		"inv": "invoice", "bank stmt": "bank statement", "med_bill": "medical bill", "rcpt": "receipt",
		"po": "po", "invoice": "invoice", "BankStatement": "BankStatement",
	} {
		if got := expandType(in); got != want {
			t.Errorf("expandType(%q) = %q, want %q", in, got, want)
		}
	}
	lx := kindLexicon()
	for typ, kind := range map[string]string{"bank_stmt": "bank_statement", "rcpt": "receipt", "med_bill": "medical_bill"} {
		p := profileOf(Rule{Type: typ, Description: "some documents we keep"})
		if !slices.Contains(p.primary, lx.byID[kind]) {
			t.Errorf("type %s: primary kinds %v, want %s", typ, p.primary, kind)
		}
	}
}

// A name of a kind is never read across punctuation: "goods or services:
// an order" does not name a service order.
func TestNamesDoNotSpanPunctuation(t *testing.T) {
	lx := kindLexicon()
	for text, want := range map[string]bool{
		"to buy goods or services: an order": false,
		"please send the service order":      true,
	} {
		found := false
		for _, m := range lx.matchNames(nameToks(text, true)) {
			for _, r := range m.refs {
				if lx.kinds[r.kind].id == "work_order" {
					found = true
				}
			}
		}
		if found != want {
			t.Errorf("%q names a work order: %v, want %v", text, found, want)
		}
	}
}

func TestPluralOf(t *testing.T) {
	for _, c := range []struct {
		written, name string
		want          bool
	}{
		{"Licenses", "license", true}, {"Invoices", "invoice", true}, {"Policies", "policy", true},
		{"Invoice", "invoice", false}, {"Minutes", "minutes", false}, {"BOXES", "box", true},
	} {
		if got := pluralOf(c.written, c.name); got != c.want {
			t.Errorf("pluralOf(%q, %q) = %v, want %v", c.written, c.name, got, c.want)
		}
	}
}

// The share of a document's words that are a rule's: all of a short note
// about the rule's kind, little of a page about something else.
func TestDensity(t *testing.T) {
	p := profileOf(Rule{Type: "timesheet", Description: "a timesheet"})
	note := analyze("Hours wk 22: Mon 8 Tue 8 Wed 6.5 Thu 8 Fri 7, total 37.5 hours, overtime none")
	prose := analyze("The committee walked along the river and talked about the weather, the garden and the new library that opens in the spring.")
	dn, dp := density(note, p), density(prose, p)
	if dn < 0.3 || dp > 0.05 {
		t.Errorf("density %.2f for a timesheet note, %.2f for prose; want at least 0.3 and at most 0.05", dn, dp)
	}
}

func TestWithArticle(t *testing.T) {
	for name, want := range map[string]string{"invoice": "an invoice", "payslip": "a payslip", "minutes": "minutes", "lease": "a lease", "address": "an address"} {
		if got := withArticle(name); got != want {
			t.Errorf("withArticle(%q) = %q, want %q", name, got, want)
		}
	}
}

// "This is not a bill" does not name a bill, and an explainer's title
// ("Understanding your ...", "... explained", "5 tips for ...") makes the
// document about what it names.
func TestNegatedNamesAndExplainerTitles(t *testing.T) {
	d := analyze("Explanation of Benefits - THIS IS NOT A BILL\n\nMember: O. Grant\nPlan paid: $156.00\n")
	for _, m := range d.mentions {
		if kindLexicon().kinds[m.kind].id == "invoice" {
			t.Errorf("a negated name counted: %+v", m)
		}
	}
	for title, want := range map[string]bool{
		"# Understanding your blood test results":                  true,
		"Payslips explained":                                       true,
		"A guide to council tax bands":                             true,
		"5 tips for writing a cover letter":                        true,
		"What we're offering":                                      false,
		"Who I am":                                                 false,
		"What is a credit note?":                                   true,
		"INVOICE 2291":                                             false,
		"# Your freelance CV is not a job application: 9 fixes":    true,
		"Invoice 12 items":                                         false,
		"Minutes: 3 decisions":                                     false,
		"Making a lasting power of attorney: a step-by-step guide": true,
		"Tenancy deposit: a guide":                                 true,
		"Pets: guide dogs welcome":                                 false,
	} {
		if got := questionTitle(title); got != want {
			t.Errorf("questionTitle(%q) = %v, want %v", title, got, want)
		}
	}
}

// A spreadsheet whose rows are left empty is a blank form; one that is
// filled in is not.
func TestEmptySpreadsheetRows(t *testing.T) {
	for line, want := range map[string]bool{
		"Monday,,,,,,,,,":                                          true,
		"Name:,,,Trade:,,,Week ending:,,,":                         true,
		"Monday,03/03/2025,J-114,12 High St,08:00,16:30,30,8,0.5,": false,
		"Date;Description;Paid out;Paid in;Balance":                false,
		"01/03;Card payment;12.40;;1,204.10":                       false,
		"Name\t\t\t\t":                                             true,
		"Just a sentence, with a comma.":                           false,
	} {
		if got := emptyRow(line); got != want {
			t.Errorf("emptyRow(%q) = %v, want %v", line, got, want)
		}
	}
	blank := "WEEKLY TIMESHEET,,,,,,\nName:,,,Week ending:,,,\nDay,Date,Job,Start,Finish,Hours,Notes\nMonday,,,,,,\nTuesday,,,,,,\nWednesday,,,,,,\nThursday,,,,,,\nFriday,,,,,,\n,,,,TOTAL,,\n"
	filled := "WEEKLY TIMESHEET,,,,,,\nName:,J. Reid,,Week ending:,07/03/2025,,\nDay,Date,Job,Start,Finish,Hours,Notes\nMonday,03/03,J-114,08:00,16:30,8,\nTuesday,04/03,J-114,08:00,16:30,8,\nWednesday,05/03,J-120,07:30,15:30,7.5,\nThursday,06/03,J-120,08:00,16:00,7.5,\nFriday,07/03,J-120,08:00,13:00,5,half day\n,,,,TOTAL,36,\n"
	if b, f := analyze(blank).cues[cueBlank], analyze(filled).cues[cueBlank]; b <= f || b < 0.5 {
		t.Errorf("blank timesheet reads %.2f blank, the filled one %.2f", b, f)
	}
}

// "I've said yes" tells of the writer; "the minister said" reports
// someone else. A promo code field is no advert's call.
func TestFirstPersonIsNotReportedSpeech(t *testing.T) {
	own := analyze("Hi Lucy,\n\nI'm handing in my notice. I've been offered a job in town and I've said yes.\n\nCheers,\nTom\n")
	if own.cues[cueReport] != 0 {
		t.Errorf("a writer's own 'said' reads as reported speech (%.2f)", own.cues[cueReport])
	}
	news := analyze("Rents rise again\n\nRents rose 8% this year, the housing minister said on Tuesday. Landlords said costs had gone up.\n")
	if news.cues[cueReport] == 0 {
		t.Error("a news story's 'said' no longer reads as reported speech")
	}
	told := analyze("Dear Sir,\n\nWhen I collected the car your service manager told me the brakes had been checked. Two days later they failed.\n\nYours faithfully,\nJ. Hart\n")
	if told.cues[cueReport] != 0 {
		t.Errorf("a writer's 'told me' reads as reported speech (%.2f)", told.cues[cueReport])
	}
	// A letter tells what others said to its writer; the same words
	// without a salutation and a closing may be a report.
	account := "On 8 February the receptionist said the shampoo was for children, but the bottle says it is not for under 12. The manager said nothing could be done.\n"
	letter := analyze("Dear Madam,\n\n" + account + "\nI ask for a refund.\n\nYours faithfully,\nD. Kowalczyk\n")
	bare := analyze(account)
	if letter.cues[cueReport] >= bare.cues[cueReport] || letter.cues[cueReport] > 0.5 {
		t.Errorf("reported speech in a letter: report cue %.2f, in bare text %.2f; want the letter's lower, at most 0.5", letter.cues[cueReport], bare.cues[cueReport])
	}
	card := analyze("JOB No 5588   WORKSHOP COPY\nReg: FD14 NXU   Miles: 112,680\n\nCustomer says:\n - grinding from front when braking\n - warning light came on last week\n\nWork to do:\n [x] check front brakes\n")
	if card.cues[cueReport] != 0 {
		t.Errorf("a job card's label 'Customer says:' reads as reported speech (%.2f)", card.cues[cueReport])
	}
	notes := analyze("# Weekly sync\n\n- Kasia showed the order summary, debate about the promo code field\n- Promo code field stays collapsed by default\n")
	if notes.cues[cueCall] != 0 {
		t.Errorf("notes about a promo code field read as an advert (%.2f)", notes.cues[cueCall])
	}
}

// A hire agreement (a van's, a tool's) is a lease, and Dutch minutes are
// often headed "Verslag overleg", a report of a meeting: both name their
// kind where a document says what it is.
func TestHireAgreementsAndDutchMinutesAreNamed(t *testing.T) {
	for title, want := range map[string]string{
		"Long Term Hire Agreement":           "lease",
		"Van hire agreement - terms":         "lease",
		"EQUIPMENT HIRE AGREEMENT":           "lease",
		"VERSLAG OVERLEG - nieuwbouw loods":  "minutes",
		"Verslag bestuursvergadering 3 juni": "minutes",
	} {
		best, bestW := strongestName(title + "\n\nDatum: 8 april 2025\n")
		if best != want || bestW < nameInHeading {
			t.Errorf("%q names %q at %.2f, want %q at least %.2f", title, best, bestW, want, nameInHeading)
		}
	}
}

// A letter that says a problem has gone on after it was raised is a
// complaint, though members leaving early is mentioned.
func TestAComplaintThatAProblemGoesOn(t *testing.T) {
	doc := `Dear Ms Carter,

Cold rooms at the community centre

I am writing on behalf of the choir committee. On our last three rehearsal
evenings the heating was off when we arrived, and several members had to
leave early because of the cold. I raised this with you by phone in February
and was told it would be fixed, but the problem has continued.

Please make sure the heating is on by 7pm on Thursdays, and that the heating
charge for those three evenings is refunded or credited to our next invoice.

Yours sincerely,
Helen Moss, Secretary`
	rules := []Rule{
		{Type: "complaint_letter", Description: "a letter or email in which the writer is dissatisfied with a service and asks for something to be done"},
		{Type: "resignation_letter", Description: "letter in which someone tells a club or committee they are leaving their post or membership"},
		{Type: "invoice", Description: "invoice asking for payment"},
		{Type: "meeting_minutes", Description: "minutes of a meeting"},
	}
	expectType(t, "a complaint that a problem goes on", doc, rules, "complaint_letter")
}

// A word the type's first word qualifies names a kind, though the
// description does not put the two side by side: under a rule for tax
// returns, "an assessment" and "a notice from the tax office" name the
// tax notice, so the tax office's notice is the rule's, not a kind no
// rule covers. A word far from the type's, or in a list of what the rule
// is not, names nothing.
func TestADescriptionNamesKindsByTheTypesModifier(t *testing.T) {
	lx := kindLexicon()
	notice := lx.byID["tax_notice"]
	for _, r := range []Rule{
		{Type: "tax_form", Description: "Form, return or decision about a person's income tax, such as a tax return, an assessment or an annual tax summary."},
		{Type: "tax_return", Description: "personal income tax return or the tax authority's assessment of it"},
		{Type: "tax_document", Description: "tax return, tax form (P60, P45), tax calculation, or notice from the tax office"},
		{Type: "tax_return", Description: "Tax return or VAT return, and tax calculations or assessments based on one."},
		{Type: "tax_document", Description: "Tax return, VAT return or tax calculation/assessment with the taxpayer's figures."},
	} {
		if p := profileOf(r); !p.describesKind(lx, notice) {
			t.Errorf("%s %q does not describe the tax notice", r.Type, r.Description)
		}
	}
	for _, r := range []Rule{
		{Type: "tax_return", Description: "The return a taxpayer files with the tax office. An assessment is not a return."},
		{Type: "tax_return", Description: "A tax return with income, allowances and the assessment of the year's tax due in its boxes."},
		{Type: "tax_return", Description: "A tax return showing the assessment of the year's tax."},
		{Type: "tax_return", Description: "A tax return with its assessment of what is owed."},
	} {
		if p := profileOf(r); p.describesKind(lx, notice) {
			t.Errorf("%s %q describes the tax notice", r.Type, r.Description)
		}
	}
	doc := `HM Revenue & Customs                         Reference 4471 22810
                                             Issued 14 August 2025
Mr D Okafor
22 Elm Row, Bristol BS3 1QP

Tax calculation for the year 6 April 2024 to 5 April 2025

We have calculated your tax. You have paid too much tax and we will repay
you £212.40.

Income from employment     £38,410.00
Personal Allowance        -£12,570.00
Tax paid                    £5,380.40
Tax due                     £5,168.00
Amount to repay               £212.40`
	rules := []Rule{
		{Type: "payslip", Description: "Monthly payslip from an employer."},
		{Type: "bank_statement", Description: "Bank account statement."},
		{Type: "tax_return", Description: "income tax return, or the tax office's assessment of one, for a person or household"},
		{Type: "utility_bill", Description: "Gas, electricity or water bill."},
	}
	if res := classifyModel(doc, rules); res.Type == nil || *res.Type != "tax_return" {
		t.Errorf("the tax office's calculation: got %v, want tax_return (%s)", res.Type, res.Reasoning)
	}
}

// A word that stands alone in a description's list before the type's
// last word names a kind: "appointment" in a rule for medical letters
// names the appointment letter, so a hospital's appointment letter is the
// rule's. The "tax" of "council tax", and a word of what the type is not,
// name nothing.
func TestADescriptionsListNamesKindsByTheTypesHead(t *testing.T) {
	lx := kindLexicon()
	appt := lx.byID["appointment"]
	med := profileOf(Rule{Type: "medical_letter", Description: "Letter from a GP, hospital or clinic about a resident: appointment, diagnosis, discharge summary or prescription."})
	if !med.describesKind(lx, appt) {
		t.Errorf("'appointment' in a list of a medical letter's rule does not describe %s", lx.kinds[appt].id)
	}
	for _, desc := range []string{
		"Letter from a GP or hospital about a patient. An appointment reminder is not a medical letter.",
		"Letter from a GP or hospital about a patient's appointment history and diagnosis.",
	} {
		if p := profileOf(Rule{Type: "medical_letter", Description: desc}); slices.Contains(p.headKinds, appt) {
			t.Errorf("%q names the appointment letter by its head", desc)
		}
	}
	council := profileOf(Rule{Type: "council_letter", Description: "Letter from the local council, e.g. council tax, bin collections or parking permits."})
	if len(council.headKinds) > 0 {
		var ids []string
		for _, k := range council.headKinds {
			ids = append(ids, lx.kinds[k].id)
		}
		t.Errorf("'council tax, bin collections or parking permits' names %v by the head 'letter'", ids)
	}
	doc := `ST JUDE'S HOSPITAL - Outpatients
Ref: OP/44812                                   12 May 2025

Dear Mrs Hale,

Your appointment with the cardiology clinic is on Tuesday 3 June 2025 at
10:40, Clinic B, level 2. Please arrive 10 minutes early and bring a list
of your medicines. If you cannot attend, please call 01632 960 118.

Yours sincerely,
Outpatient Bookings`
	rules := []Rule{
		{Type: "medical_letter", Description: "Letter from a GP, hospital, clinic or pharmacy about a resident: appointment, diagnosis, discharge summary or prescription."},
		{Type: "council_letter", Description: "letter from the local council"},
		{Type: "invoice", Description: "invoice asking for payment"},
		{Type: "bank_statement", Description: "bank account statement"},
	}
	expectType(t, "a hospital's appointment letter", doc, rules, "medical_letter")
}

// A generic name that a kind the rule covers is a kind of does not count
// against the rule: "Ticket" on a train ticket, under a rule for travel
// bookings that covers train tickets, names the rule's kind as well as
// a concert's.
func TestAGenericNameAboveACoveredKindIsNoOtherKind(t *testing.T) {
	lx := kindLexicon()
	p := profileOf(Rule{Type: "travel_booking", Description: "booking confirmation for a trip: flight, train, hotel or holiday, with booking reference and dates"})
	if !p.genericAbove(lx, lx.byID["ticket"]) {
		t.Errorf("the generic ticket is not above the kinds a travel booking's rule covers")
	}
	if p.genericAbove(lx, lx.byID["form"]) || p.genericAbove(lx, lx.byID["invoice"]) {
		t.Errorf("a form or an invoice counts as above a travel booking's kinds")
	}
	doc := `Ticket

Northline Rail - Leeds to York
Passenger: Anna Berg          Booking reference: NLR-55K2Q
Date of travel: 14 June 2025   Departs 09:12   Arrives 09:39
Coach C, seat 42               Standard class, off-peak return
Price paid: £14.60`
	rules := []Rule{
		{Type: "bank_statement", Description: "bank account statement"},
		{Type: "payslip", Description: "payslip from an employer"},
		{Type: "medical_letter", Description: "letter from a doctor or hospital"},
		{Type: "travel_booking", Description: "booking confirmation for a trip: flight, train, hotel or holiday, with booking reference and dates"},
	}
	c := rank(doc, rules)
	if f := c.evs[3].f; f.other != 0 {
		t.Errorf("'Ticket' atop a train ticket counts %.2f as another kind against the travel booking's rule", f.other)
	}
	for _, o := range c.others {
		if lx.kinds[o.kind].id == "ticket" {
			t.Errorf("the generic ticket counts as a kind no rule covers")
		}
	}
	expectType(t, "a train ticket titled 'Ticket'", doc, rules, "travel_booking")
}

// A name with the writer's possessive or a word of period inside it is
// still the name: "Relevé de votre carte" names a card statement.
func TestNameWithAnInsertedWord(t *testing.T) {
	lx := kindLexicon()
	card := lx.byID["credit_card_statement"]
	for _, text := range []string{
		"RELEVÉ DE VOTRE CARTE",
		"EXTRACTO MENSUAL DE TARJETA DE CRÉDITO",
	} {
		found := false
		for _, m := range lx.matchNames(nameToks(text, false)) {
			for _, r := range m.refs {
				found = found || r.kind == card
			}
		}
		if !found {
			t.Errorf("%q: no credit card statement named", text)
		}
	}
	// Only a possessive or a word of period may stand inside a name: a
	// new card's statement is not "relevé de nouvelle carte".
	for _, text := range []string{"RELEVÉ DE NOUVELLE CARTE", "Please keep your card safe"} {
		for _, m := range lx.matchNames(nameToks(text, false)) {
			for _, r := range m.refs {
				if r.kind == card {
					t.Errorf("%q names a card statement", text)
				}
			}
		}
	}
}
