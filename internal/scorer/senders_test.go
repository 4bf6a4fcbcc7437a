package scorer

import (
	"slices"
	"strings"
	"testing"
)

// A rule for a body's letters ("Letters and statements from HMRC") takes
// no letter whose first lines name someone else: a marina's notice to
// its berth holders that mentions VAT is not HMRC's, while HMRC's own
// letter, headed by the words its initials stand for, stays the rule's, and counts as HMRC's.
func TestALetterFromSomeoneElseIsNotTheBodysLetter(t *testing.T) {
	rules := []Rule{
		{Type: "hmrc_letter", Description: "Letters and statements from HMRC about my tax or NI."},
		{Type: "client_invoice", Description: "Invoices I've sent to clients for delivery work."},
		{Type: "expense_receipt", Description: "Receipts for things I've paid for on a job: fuel, marina dues, flights."},
		{Type: "insurance_document", Description: "Insurance policy schedules and certificates."},
	}
	marina := `From: Harbour Office <office@porthcoverymarina.co.uk>
To: Sam Okafor <sam.okafor@example.com>
Subject: Pontoon C works
Date: Mon, 2 Feb 2026 09:40:11 +0000

Dear Berth Holder,

We are writing to let you know that contractors will be replacing the
walkway boards on pontoon C from Monday 16 February for about two
weeks. Access to berths C1 to C24 will be kept open at all times, but
please take care around the work area.

Berth fees for next year, with VAT, will follow in March. We are sorry
for any disruption.

Kind regards
Harbour Office
`
	classifyAs(t, "a marina's notice to berth holders", marina, rules, "")
	if res := classifyModel(marina, rules); !strings.Contains(res.Reasoning, "it is not from HMRC") {
		t.Errorf("the reasoning does not say the letter is not HMRC's: %s", res.Reasoning)
	}
	own := `HM Revenue & Customs
BX9 1AS

9 December 2025

Dear Mr Okafor,

Thank you for your letter of 28 November. We have updated the address
we hold for you to 22 Corve Street, Ludlow SY8 2PG.

Yours sincerely,

Customer Services
`
	classifyAs(t, "HMRC's letter", own, rules, "hmrc_letter")
	if ev := rank(own, rules).evs[0]; ev.other != nil && ev.other.kind < 0 {
		t.Errorf("HMRC's letter, headed by the words its initials stand for, counts as from someone else: %q", ev.other.text)
	}
}

// A letter forwarded in an e-mail is its writer's: the lines that head
// the forwarded message say whom it is from, not the forwarder's
// headers.
func TestAForwardedLetterIsItsWritersLetter(t *testing.T) {
	rules := []Rule{
		{Type: "hmrc_letter", Description: "Letters and statements from HMRC about my tax or NI."},
		{Type: "client_invoice", Description: "Invoices I've sent to clients for delivery work."},
		{Type: "insurance_document", Description: "Insurance policy schedules and certificates."},
	}
	forwarded := `From: Sam Okafor <sam.okafor@example.com>
To: Sam Okafor <sam.files@example.com>
Subject: Fwd: your tax code for 2026 to 2027
Date: Mon, 9 Feb 2026 19:02:11 +0000

For the folder.

---------- Forwarded message ---------
From: HM Revenue and Customs <noreply@tax.service.gov.uk>
Date: Mon, 9 Feb 2026 at 08:15
Subject: Your tax code for 2026 to 2027

Dear Mr Okafor,

Your tax code for 2026 to 2027 is 1257L. We have told your employer.

HM Revenue and Customs
`
	classifyAs(t, "HMRC's e-mail, forwarded", forwarded, rules, "hmrc_letter")
	if ev := rank(forwarded, rules).evs[0]; ev.other != nil && ev.other.kind < 0 {
		t.Errorf("the forwarded letter counts as from someone else: %q", ev.other.text)
	}
}

// A word of ordinary English written in capitals ("Letters from the
// BANK") names no body whose letters the rule is for; initials the
// background does not hold ("HMRC") do.
func TestOnlyInitialsNameABody(t *testing.T) {
	if got := buildProfile(Rule{Type: "bank_letter", Description: "Letters from the BANK about my accounts"}, true).senders; len(got) != 0 {
		t.Errorf("BANK names a body: %v", got)
	}
	if got := buildProfile(Rule{Type: "hmrc_letter", Description: "Letters from HMRC about my tax"}, true).senders; !slices.Equal(got, []string{"hmrc"}) {
		t.Errorf("HMRC's senders: %v", got)
	}
}

// A page break ends a line as a newline does: the letterhead after it
// is among the letter's first lines, where the scorer finds its words.
func TestALetterheadAfterAPageBreakNamesTheBody(t *testing.T) {
	rules := []Rule{
		{Type: "hmrc_letter", Description: "Letters and statements from HMRC about my tax or NI."},
		{Type: "client_invoice", Description: "Invoices I've sent to clients for delivery work."},
	}
	text := "Page 2 of 2\f\fHM Revenue & Customs\nBX9 1AS\n\nDear Mr Okafor,\n\nWe have updated your address.\n\nYours sincerely,\nCustomer Services\n"
	if ev := rank(text, rules).evs[0]; ev.other != nil && ev.other.kind < 0 {
		t.Errorf("HMRC's letter after a page break counts as from someone else: %q", ev.other.text)
	}
}
