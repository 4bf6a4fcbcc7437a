package scorer

import (
	"slices"
	"testing"
)

// A council's name atop a letter says who sent it, which is a council
// letter's; the same words in the body say nothing, and a sender's name
// is not what a title calls the document ("Planning decision notice –
// Ashford Borough Council" is a decision notice).
func TestALetterheadNamesItsSender(t *testing.T) {
	lx := kindLexicon()
	council := lx.byID["council_letter"]
	letter := `Harlow Vale District Council
Register Office · 2 Market Square · Harlow Vale HV1 2AB

Ms Jo Ames
4 Pond Street
Harlow Vale HV3 9QQ

Our ref: RO/2025/118
Date: 3 June 2025

Dear Ms Ames,

Appointment to give notice of marriage

We have booked your appointment for Tuesday 17 June 2025 at 10:40. Please
bring your passport and proof of address from the last three months.

Yours sincerely,
Registration Services`
	d := analyze(letter)
	i := slices.IndexFunc(d.mentions, func(m mention) bool { return m.kind == council })
	if i < 0 {
		t.Fatalf("the letterhead names no council letter; mentions %+v", d.mentions)
	}
	if m := d.mentions[i]; !m.sender || m.weight != nameInTitle*senderShare {
		t.Errorf("letterhead mention %+v, want a sender at %.2f", m, nameInTitle*senderShare)
	}
	rules := []Rule{
		{Type: "council_letter", Description: "Letter from the local council or another government office to the household."},
		{Type: "payslip", Description: "payslip"},
		{Type: "job_offer", Description: "A letter offering someone a job."},
	}
	if got := classifyModel(letter, rules); typeName(got.Type) != "council_letter" {
		t.Errorf("council's letter: %q (%.2f), want council_letter: %s", typeName(got.Type), got.Confidence, got.Reasoning)
	}

	body := analyze(`Dear neighbours,

The city council has finally agreed to fix the street lights on Pond Street.
Bring a dish to share on Saturday.

Jo`)
	if slices.ContainsFunc(body.mentions, func(m mention) bool { return m.kind == council }) {
		t.Errorf("'city council' in a letter's body names a council letter")
	}

	notice := analyze("Payment reminder – Ashford Borough Council\n\nYour account 5510 is overdue.")
	for _, m := range notice.mentions {
		if m.kind == lx.byID["payment_reminder"] && m.weight < nameInTitle {
			t.Errorf("'Payment reminder – Ashford Borough Council': the reminder weighs %.2f, want a title's %.2f (the council is not the title's head)", m.weight, nameInTitle)
		}
	}
}

// The signature under a letter's closing is the writer's name, not a
// heading: "Rui Manuel Tavares" is no manual ("manuel" in French). The
// closing and greeting of a Portuguese letter make it a letter.
func TestASignatureIsNotAHeading(t *testing.T) {
	lx := kindLexicon()
	d := analyze(`Exmo. Senhor Presidente,

Venho por este meio apresentar reclamação pela falta de água nas hortas
comunitárias desde o dia 18 de julho. Solicito que a avaria seja reparada com
urgência.

Com os melhores cumprimentos,

Rui Manuel Tavares
Rua das Flores, 7`)
	if slices.ContainsFunc(d.mentions, func(m mention) bool { return m.kind == lx.byID["manual"] }) {
		t.Errorf("the writer's name is taken for a manual: %+v", d.mentions)
	}
	if d.cues[cueLetter] < 1 {
		t.Errorf("letter cue %.2f, want 1 for a greeting and a closing", d.cues[cueLetter])
	}
	// A thank-you atop an order is not a closing: what follows is read.
	order := analyze("Thanks for your order, Sue!\n\nORDER CONFIRMATION\nOrder number: 4471\nBlue teapot  1  £24.00")
	if !slices.ContainsFunc(order.mentions, func(m mention) bool { return m.kind == lx.byID["order_confirmation"] }) {
		t.Errorf("'Thanks for your order' hides the order confirmation's title; mentions %+v", order.mentions)
	}
	if got := classifyLine("Assunto: Reclamação – falta de água", true, false); got != subjectLine {
		t.Errorf("'Assunto:' line is %d, want a subject line", got)
	}
}

// A first line in capitals is a title though it is longer than most: a
// Spanish contract's "CONTRATO DE CESIÓN DE USO DE PARCELA EN HUERTO
// URBANO". A label with its value beside it is a field, not a title and
// its complement.
func TestTitlesAndLabels(t *testing.T) {
	if got := classifyLine("CONTRATO DE CESIÓN DE USO DE PARCELA EN HUERTO URBANO", true, true); got != titleLine {
		t.Errorf("a long title in capitals is %d, want a title", got)
	}
	if got := classifyLine("AN ORDINARY FIRST LINE IN CAPITALS OF TWELVE WORDS IS A TITLE", true, true); got != titleLine {
		t.Errorf("a first line of twelve words in capitals is %d, want a title", got)
	}
	if got := classifyLine("A FIRST LINE IN CAPITALS OF THIRTEEN WORDS IS NO LONGER A TITLE", true, true); got == titleLine {
		t.Errorf("a first line of thirteen words in capitals is a title")
	}
	if got := classifyLine("Name:            Graham Pell", true, false); got == titleLine {
		t.Errorf("'Name:   Graham Pell' is a title")
	}
}

// "Totale ordine", "Numero fattura": a field noun before a name makes it
// a field about the kind, as one after it does ("Order total").
func TestAFieldNounBeforeANameMakesAField(t *testing.T) {
	lx := kindLexicon()
	d := analyze(`Conferma d'ordine n. 24/0388

Cod.   Descrizione            Q.tà   Importo
LUN-1  Lampada a sospensione   2     2.360,00 €
Totale ordine: 5.310,00 €`)
	i := slices.IndexFunc(d.mentions, func(m mention) bool {
		return m.kind == lx.byID["purchase_order"] && m.at == fieldLine
	})
	if i < 0 {
		t.Fatalf("no purchase order named on the 'Totale ordine' line; mentions %+v", d.mentions)
	}
	if w := d.mentions[i].weight; w != nameAsField {
		t.Errorf("'Totale ordine' names a purchase order at %.2f, want a field's %.2f", w, nameAsField)
	}
}
