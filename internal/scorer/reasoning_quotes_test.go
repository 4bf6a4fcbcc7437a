package scorer

import (
	"strings"
	"testing"
)

// The reasoning quotes the rule's words the document holds. Where the
// document holds one only through another word (a foreign word's English
// meaning, a word of the same family), it says which: a user reading
// "matched 'attendees'" looks for that word in the document.
func TestTheReasoningSaysWhichWordStoodForARulesWord(t *testing.T) {
	rules := []Rule{
		{Type: "meeting_minutes", Description: "Minutes of committee meetings: attendees, apologies, decisions and actions"},
		{Type: "invoice", Description: "Invoices from suppliers with a total to pay"},
	}
	german := `Protokoll der Vorstandssitzung
Datum: 4. März 2025

Anwesend: K. Bauer, M. Vogel, S. Hartmann
Entschuldigt: T. Lenz

1. Das Protokoll der letzten Sitzung wurde genehmigt.
2. Kassenbericht: Der Kassenstand beträgt 1.240 EUR.
3. Beschluss: Das Sommerfest findet am 14. Juni statt.`
	res := Classify(german, rules)
	if typeName(res.Type) != "meeting_minutes" {
		t.Fatalf("German minutes got %s (%s)", typeName(res.Type), res.Reasoning)
	}
	if !strings.Contains(res.Reasoning, "'attendees' (as 'Anwesend')") {
		t.Errorf("reasoning %q does not say that 'Anwesend' stood for 'attendees'", res.Reasoning)
	}
	english := `Minutes of the committee meeting, 4 March 2025

Attendees: K. Baker, M. Fowler, S. Hart
Apologies: T. Lane

1. The minutes of the last meeting were approved.
2. Treasurer: the balance is £1,240.
3. Decision: the summer fair will be on 14 June.`
	res = Classify(english, rules)
	if typeName(res.Type) != "meeting_minutes" {
		t.Fatalf("English minutes got %s (%s)", typeName(res.Type), res.Reasoning)
	}
	if !strings.Contains(res.Reasoning, "'attendees'") || strings.Contains(res.Reasoning, "'attendees' (as") {
		t.Errorf("reasoning %q: want 'attendees' quoted as the document writes it", res.Reasoning)
	}
	// A kind with a plural name takes a plural verb.
	if strings.Contains(res.Reasoning, "minutes does") {
		t.Errorf("reasoning %q: minutes do, not does", res.Reasoning)
	}
}

func TestKindDoes(t *testing.T) {
	for name, want := range map[string]string{
		"minutes": "minutes do", "contract": "a contract does", "invoice": "an invoice does", "lease": "a lease does", "address": "an address does",
		"explanation of benefits": "an explanation of benefits does", "notice of changes": "a notice of changes does", "terms and conditions": "terms and conditions do",
		"news": "news does", "": " does", "staff news": "staff news does", "syllabus": "a syllabus does", "tax analysis": "a tax analysis does", "bonus": "a bonus does", "bank statements": "bank statements do",
	} {
		if got := kindDoes(name); got != want {
			t.Errorf("kindDoes(%q) = %q, want %q", name, got, want)
		}
	}
}
