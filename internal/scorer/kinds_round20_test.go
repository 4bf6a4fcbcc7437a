package scorer

import (
	"slices"
	"testing"
)

// A German record of an injury ("Verletzungsprotokoll") or of a safety
// inspection ("Sicherheitsprüfung") names that record, not the minutes
// or the exam that the end of its compound ("Protokoll", "Prüfung")
// names alone.
func TestAGermanCompoundNamesTheRecordItHeads(t *testing.T) {
	for _, c := range []struct{ title, kind, not string }{
		{"ERSTE-HILFE- UND VERLETZUNGSPROTOKOLL Nr. 12", "incident_report", "minutes"},
		{"Unfallprotokoll - Sporthalle Nord, 14.03.2025", "incident_report", "minutes"},
		{"Sicherheitsprüfung Hüpfburg nach EN 14960", "inspection_report", "exam"},
		{"Elektroprüfung ortsveränderlicher Geräte (DGUV V3)", "inspection_report", "exam"},
	} {
		if !namesOn(c.title, c.kind, 0) {
			t.Errorf("%q does not name a %s", c.title, c.kind)
		}
		if namesOn(c.title, c.not, 0) {
			t.Errorf("%q names a %s", c.title, c.not)
		}
	}
	for _, title := range []string{"Protokoll der Mitgliederversammlung", "Abschlussprüfung Mathematik"} {
		if namesOn(title, "incident_report", 0) || namesOn(title, "inspection_report", 0) {
			t.Errorf("%q names an incident or inspection report", title)
		}
	}
}

// "Sehr geehrter Herr ..." opens a letter, as "Sehr geehrte Frau ..."
// does; and the short line right above a letter's salutation is its
// subject, so a kind it names counts as a subject line's, not running
// text's. A sentence or a long line there is no subject.
func TestTheLineAboveTheSalutationIsTheSubject(t *testing.T) {
	letter := func(above string) string {
		return "Rentenversicherung Hansa-Nord · Postfach 10 20 30 · 20095 Hamburg\n\nHerrn Raymond Pilbeam\n22 Alder Crescent, Brackenfield\n\n" +
			above + "\n\nSehr geehrter Herr Pilbeam,\ndie Renten werden zum 1. Juli 2025 um 3,7 % erhöht.\n"
	}
	lx := kindLexicon()
	weight := func(text string) float64 {
		w := 0.0
		for _, m := range analyze(text).mentions {
			if lx.kinds[m.kind].id == "pension_statement" {
				w = max(w, m.weight)
			}
		}
		return w
	}
	if w := weight(letter("Rentenanpassung zum 01.07.2025")); w < nameInSubject {
		t.Errorf("the line above the salutation names a pension statement at %.2f, want %.2f", w, nameInSubject)
	}
	for _, above := range []string{
		"Wir schreiben Ihnen wegen der Rentenanpassung zum 1. Juli.",
		"Die Rentenanpassung zum 1. Juli betrifft alle Renten aus der gesetzlichen Versicherung und auch Ihre",
	} {
		if w := weight(letter(above)); w > nameInBody {
			t.Errorf("%q above the salutation names a pension statement at %.2f, want running text's %.2f", above, w, nameInBody)
		}
	}
	for _, line := range []string{"Sehr geehrter Herr Pilbeam,", "Sehr geehrte Damen und Herren,", "Chers membres,"} {
		if !salutRe.MatchString(line) {
			t.Errorf("%q does not open a letter", line)
		}
	}
	if _, got := salutationLines("Club de lecture des Tilleuls\n\nAssemblée générale 2025\n\nChers membres,\nnous vous invitons..."); got != 2 {
		t.Errorf("the line above \"Chers membres,\" is line %d, want 2", got)
	}
	if _, above := salutationLines("Dear Ann,\nthe invoice is attached."); above != -1 {
		t.Error("a salutation on the first line has a subject above it")
	}
}

// A booking's "is reserved for you", and a tradesman's "what I can do
// you for" and "I'll pencil it in", do what those documents do.
func TestReservationsAndTradesmensQuotesDoWhatTheyDo(t *testing.T) {
	doActs(t, []actCase{
		{"I am pleased to confirm that the following equipment is reserved for you:", "booking_confirmation"},
		{"As promised, here's what I can do you for the fete:", "quote"},
		{"Let me know and I'll pencil it in.", "quote"},
	})
	noActs(t, []actCase{
		{"The car park is reserved for staff.", "booking_confirmation"},
		{"What can I do for you today?", "quote"},
	})
	lx := kindLexicon()
	if d := analyze("Hi Dave,\nhere's what I can do you for the gazebos: £201 all in.\nKev"); !slices.ContainsFunc(d.acts, func(h actHit) bool { return h.kind == lx.byID["quote"] }) {
		t.Error("a tradesman's price by e-mail does not do what a quote does")
	}
}
