package scorer

import (
	"slices"
	"testing"
)

// A letterhead's address set out in short parts does not start the body:
// the title under it is still a title. A line of when or how much is no
// letterhead.
func TestALetterheadAddressLeavesTheTitleATitle(t *testing.T) {
	for _, l := range []string{
		"Via dei Mulini 22 - 42124 Reggio Emilia (RE) - P.IVA IT00011122233",
		"Herrn Dennis Harrow, 27 Larkfield Road, Kettleby KB4 7NW, GROSSBRITANNIEN",
		"Kehrwieder 6, 20457 Hamburg · +49 40 3344 810 · USt-IdNr. DE118833402",
	} {
		if !letterheadLine(l) {
			t.Errorf("%q is not read as a letterhead", l)
		}
	}
	for _, l := range []string{
		"Samedi 5 avril 2025, 16 h – Salle St Aldhelm, Ashcombe",
		"29/11/2024  Greystone Land Promotions Ltd – dinner after site event, ~£70",
		"Employee 40718 · L. Bakhuizen · First Officer · Period: April 2024 · Paid 25-04-2024",
		"To Fiona Baird, Theatre Manager, Harbourview Clinic - 9 Dec 2024",
		"Tuesday, September 10, 2024 · 6:30 PM · School library",
		"Please call us on 01632 960 870, or write to 14 Hollin Lane.",
	} {
		if letterheadLine(l) {
			t.Errorf("%q is read as a letterhead", l)
		}
	}
	d := analyze(`FERRAMENTA BORGHI S.n.c.
Strada Provinciale 14 n. 8 - 43012 Fontanellato (PR) - P.IVA IT00099988877
DOCUMENTO DI TRASPORTO (D.D.T.)   N. 0442/25    Data 14/03/2025
Destinatario: Cobbles & Co Garden Centre, 3 Mill Lane, Harrowby (Regno Unito)
Causale del trasporto: VENDITA

Codice    Descrizione                          Q.tà   U.M.
FB-120    Cesoie da potatura 20 cm              24    pz
FB-344    Guanti da giardino taglia L           60    pz
FB-501    Annaffiatoio zincato 10 l             12    pz

Colli: 4      Firma del conducente ____________`)
	lx := kindLexicon()
	if !slices.ContainsFunc(d.mentions, func(m mention) bool {
		return lx.kinds[m.kind].id == "delivery_note" && m.at == titleLine
	}) {
		t.Error("\"DOCUMENTO DI TRASPORTO\" under a letterhead's address is not the title")
	}
}

// A name after a year is a name: "Spring 2024 newsletter" names a
// newsletter, as "Spring newsletter" does. After any other number it is
// still a quantity.
func TestANameAfterAYearIsAName(t *testing.T) {
	lx := kindLexicon()
	names := func(s string) []string {
		var out []string
		for _, m := range analyze(s).mentions {
			out = append(out, lx.kinds[m.kind].id)
		}
		return out
	}
	if got := names("Subject: Pension Matters - Spring 2024 newsletter\n\nDear member,\n"); !slices.Contains(got, "newsletter") {
		t.Errorf("\"Spring 2024 newsletter\" names %v, not a newsletter", got)
	}
	if got := names("Hello,\nthe 3 invoices are attached.\n"); slices.Contains(got, "invoice") {
		t.Errorf("\"3 invoices\" names an invoice: %v", got)
	}
}

// The whole of a type of several words in the title names it, though a
// dash stands between its words; not where the title names a kind the
// rule says it is not.
func TestTheWholeTypeInTheTitleNamesIt(t *testing.T) {
	rules := []Rule{
		{Type: "bank_statement", Description: "bank statements"},
		{Type: "credit_card_statement", Description: "credit card statements"},
		{Type: "payslip", Description: "payslips"},
	}
	classifyAs(t, "a German card statement", `Elbe Kreditkarte - Monatsabrechnung vom 15.06.2024
Karte: MASTERCARD **** 4410   Inhaber: Tomasz Nowak

Saldo aus Vorabrechnung                        96,10
27.05.  Lastschrift Ausgleich                  -96,10
02.06.  FLYNORD HAM-GDN                        142,80
11.06.  Buchhandlung am Markt                   23,45
Neuer Saldo                                    166,25 EUR

Der Betrag wird am 25.06.2024 von Ihrem Referenzkonto eingezogen.`, rules, "credit_card_statement")

	p := buildProfile(Rule{Type: "bank_statement", Description: "A statement of a current account. Credit card statements are not bank statements."}, true)
	d := analyze("NORTHBRIDGE BANK - CREDIT CARD STATEMENT\nStatement date: 15/12/2024\n\nPrevious balance   £120.00\n")
	if s, _, _ := typeOnLine(p, d); s > 0 {
		t.Errorf("a credit card statement's title names a bank_statement whose rule excludes it (%.2f)", s)
	}
}

// A name in capitals that a preposition in lower case qualifies heads its
// line, however long: "MINUTES of the meeting held on ..." names minutes.
func TestMinutesOfTheMeetingHeldOnNamesMinutes(t *testing.T) {
	d := analyze(`ASHDOWN CE PRIMARY SCHOOL - FULL GOVERNING BODY
MINUTES of the meeting held on Wednesday 15 May 2024 at 6pm in the library

Present: R. Okafor (Chair), M. Lindqvist (Head), P. Duarte, S. Kovacs
Apologies: J. Byrne (accepted)

1. Declarations of interest on the agenda: none.
2. The minutes of 20 March were approved. Matters arising: none.
3. Head's report. Attendance is 95.2%. Governors asked about Year 4 reading.
4. Charging and remissions policy adopted without change.`)
	lx := kindLexicon()
	if !slices.ContainsFunc(d.mentions, func(m mention) bool {
		return lx.kinds[m.kind].id == "minutes" && m.line == 1 && m.weight >= nameInHeading
	}) {
		t.Error("\"MINUTES of the meeting held on ...\" does not head its line")
	}
	if capsLead("Minutes of the meeting held on Wednesday 15 May 2024 at 6pm", 0, 7) {
		t.Error("\"Minutes\" in lower case leads its line as a name in capitals")
	}
	if capsLead("INVOICE for 3 sacks 12/03/2025 £18.50", 0, 7) {
		t.Error("a row of figures led by \"INVOICE for\" is headed by it")
	}
}

// Words of the round's documents that a glossary line now gives in
// English: a widower's pension, a guarantee in a compound, a credit card,
// a leak and a plumber.
func TestTheGlossaryKnowsMoreEverydayWords(t *testing.T) {
	stems := func(s string) []string {
		var out []string
		for _, tok := range analyze(s).toks {
			out = append(out, tok.stem)
		}
		return out
	}
	for _, c := range []struct{ text, stem string }{
		{"Bescheid über Witwerrente", "pension"},
		{"BÜRGSCHAFTSERKLÄRUNG (Mietbürgschaft)", "guarantor"},
		{"ACTE DE CAUTIONNEMENT", "guarantor"},
		{"Hanse Kreditkarte", "credit"},
		{"Karta kredytowa Classic", "card"},
		{"C'è una perdita d'acqua sotto il lavello, puoi mandare un idraulico?", "plumber"},
		{"De verwarming werkt niet", "faulti"},
	} {
		if got := stems(c.text); !slices.Contains(got, c.stem) {
			t.Errorf("%q holds no %q: %v", c.text, c.stem, got)
		}
	}
}

// A German parking fine ("Verwarnung mit Verwarnungsgeldangebot") is a
// fine; condolences do what a condolence letter does.
func TestTheRoundsNamesAndActs(t *testing.T) {
	lx := kindLexicon()
	if !slices.ContainsFunc(analyze("Stadt Bergheim - Ordnungsamt\n\nVerwarnung mit Verwarnungsgeldangebot\n\nAktenzeichen: 55-24-0071\n").mentions, func(m mention) bool {
		return lx.kinds[m.kind].id == "fine" && m.at == titleLine
	}) {
		t.Error("\"Verwarnung mit Verwarnungsgeldangebot\" does not name a fine")
	}
	doActs(t, []actCase{
		{"Cara Anna, ti siamo vicini con tutto il cuore. Un abbraccio, Paola", "condolence"},
		{"Marta, sentido pésame por lo de tu padre.", "condolence"},
	})
	// Condolences said in passing in a business reply are not a
	// condolence letter's.
	if hasAct("I'm so sorry for your loss. Our quote for the wreath is attached.", "condolence") {
		t.Error("\"sorry for your loss\" is a condolence letter's act")
	}
}

// An advert for a room in another language names a property listing, so
// that a rule for tenancy agreements that is not about listings does not
// take it.
func TestARoomToLetInOtherLanguagesIsAListing(t *testing.T) {
	lx := kindLexicon()
	for _, s := range []string{"KAMER TE HUUR - Utrecht Oost", "CHAMBRE À LOUER - Lyon 7e", "SE ALQUILA HABITACIÓN", "AFFITTASI camera singola", "Zimmer zu vermieten"} {
		if !slices.ContainsFunc(analyze(s+"\n\nFurnished room, available from 1 September.\n").mentions, func(m mention) bool {
			return lx.kinds[m.kind].id == "property_listing"
		}) {
			t.Errorf("%q does not name a property listing", s)
		}
	}
}

// A household's budget sheet, or flatmates' sheet of who paid which bill
// and who owes, holds a budget's words, so that a budget is a kind it may
// be beside a rule for utility bills. A bank statement's payees (council
// tax, a mortgage, petrol) are not a budget's words: its export stays a
// bank statement.
func TestAHouseholdBudgetHoldsABudgetsWords(t *testing.T) {
	lx := kindLexicon()
	for _, sheet := range []string{
		"month,category,item,budget,actual,difference,paid_from,notes\n2025-01,Home,Council tax,161.00,161.00,0.00,Joint,\n2025-01,Bills,Electricity - Voltaro,92.00,97.40,-5.40,Joint,\n2025-01,Food,Groceries,420.00,455.12,-35.12,Card,\n",
		"month,bill,supplier,total,paid by,who pays,split,ana,ben,cal,settled\n2024-01,Gas,Hearthgas,90.00,Ana,3 ways,30.00,30.00,30.00,30.00,yes\n2024-01,Broadband,Fibrelane,36.00,Cal,3 ways,12.00,12.00,12.00,12.00,yes\n2024-02,Electricity,Brightwatt,120.00,Ana,3 ways,40.00,40.00,40.00,40.00,no - Ben owed\n",
	} {
		d := analyze(sheet)
		if fit := d.kindFits()[lx.byID["budget"]]; fit < 0.4 {
			t.Errorf("a budget sheet holds %.2f of a budget's words:\n%s", fit, sheet)
		}
		rules := []Rule{{Type: "utility_bill", Description: "Gas, electricity, water or broadband bill"}, {Type: "payslip", Description: "payslip"}}
		if !slices.ContainsFunc(otherKinds(d, []*profile{profileOf(rules[0]), profileOf(rules[1])}, nil), func(o otherKind) bool { return o.kind == lx.byID["budget"] }) {
			t.Error("a budget is not a kind a budget sheet may be")
		}
	}
	classifyAs(t, "a bank statement's export", `Date,Description,Type,Money out,Money in,Balance
01/03/2024,COUNCIL TAX KETTLEBY BC,DD,142.00,,1820.55
02/03/2024,HALIFAX MORTGAGE,DD,612.40,,1208.15
04/03/2024,SHELL PETROL ASHBY,CARD,58.20,,1149.95
05/03/2024,TESCO GROCERIES,CARD,84.12,,1065.83
08/03/2024,SALARY ACME LTD,BGC,,2310.00,3375.83
10/03/2024,AVIVA CAR INSURANCE,DD,41.50,,3334.33`, []Rule{
		{Type: "bank_statement", Description: "bank statement"},
		{Type: "utility_bill", Description: "gas or electricity bill"},
		{Type: "payslip", Description: "payslip"},
	}, "bank_statement")
}
