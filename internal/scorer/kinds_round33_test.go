package scorer

import (
	"slices"
	"testing"
)

// Read after round 33's misses: a shop's notice of a customer's order,
// a buyer's offer for a collection, a collector's wants list, a record
// of sea service and a friend's letter are kinds; "terms of hire" name a
// hire agreement, "assessment brief" an exam's task, "junior membership"
// a membership form; a results table's
// "Pos" is no plural of "PO", a requisition's "POs" is.
func TestRound33KindsAreNamed(t *testing.T) {
	namedAs(t, []string{"New order notification", "Web shop order #4471"}, "customer_order", "")
	namedAs(t, []string{"Wants list", "Zoeklijst", "WANTS CARD #12"}, "wish_list", "")
	namedAs(t, []string{"Offer for your collection"}, "purchase_offer", "")
	namedAs(t, []string{"DISCHARGE BOOK", "Statement of sea service", "Attestation de services en mer"}, "service_record", "")
	namedAs(t, []string{"Terms of hire", "Conditions of hire"}, "lease", "")
	namedAs(t, []string{"Assessment brief"}, "exam", "")
	namedAs(t, []string{"JUNIOR MEMBERSHIP 2025/26"}, "membership_application", "")
	namedAs(t, []string{"Mitteilung über Ihre Betriebsrente"}, "pension_statement", "")
	namedAs(t, []string{"PO 4471", "POs"}, "purchase_order", "")
	if namesOn("Pos", "purchase_order", 0) {
		t.Error(`"Pos" names a purchase order`)
	}
	doActs(t, []actCase{
		{"For the lot, collected from the house, we would pay £400. This offer stands for 14 days.", "purchase_offer"},
		{"Please ring me if any of these come in.", "wish_list"},
		{"Hope you are keeping well. Give my love to Jean.", "personal_letter"},
		{"This is to confirm you are booked for our March meeting.", "booking_confirmation"},
		{"I am happy to confirm I will come to your meeting on 4 May.", "booking_confirmation"},
		{"We are delighted to confirm your stall at the fair.", "booking_confirmation"},
		{"Thanks for entering - your place in the 10k is confirmed.", "competition_entry"},
		{"Would you be interested, and what sort of price would you give?", "enquiry"},
		{"Could you resend it? We'll pay once we have it.", "enquiry"},
		{"Sorry to nag, but invoice 2025-014 still shows as unpaid.", "payment_reminder"},
		{"I will ring environmental health if nothing changes.", "complaint"},
		{"FREE ENTRY - dogs on leads welcome", "poster"},
		{"Even better than described - will be ordering again!", "thank_you_note"},
		{"Feed forward: in the next assignment, weigh one theory against another.", "assignment_feedback"},
		{"Price good till the end of the month. Reply YES to book.", "quote"},
		{"I am delighted to confirm your booking for our May meeting.", "booking_confirmation"},
		{"Flu clinic on Saturday: no appointment needed, just come along.", "poster"},
		{"Full results, splits and photos are now on the results page.", "covering_message"},
		{"Zu unserem Herbstturnier laden wir euch herzlich ein.", "invitation"},
	})
	noActs(t, []actCase{
		{"What I'm looking for in my next role: a team that ships.", "wish_list"},
	})
}

// "Treasurer's report or statement of accounts for a period": a field
// noun after other words ("for a period") does not make the name before
// them a field's, as "the policy number" does.
func TestANameBeforeAFieldNounAfterOtherWords(t *testing.T) {
	lx := kindLexicon()
	fs := lx.byID["financial_statement"]
	p := profileOf(Rule{Type: "treasurers_report", Description: "Treasurer's report or statement of accounts for a period: money in and out, balances."})
	if !slices.ContainsFunc(p.kinds, func(kc kindCredit) bool { return kc.kind == fs }) {
		t.Errorf("a treasurer's report rule is not about statements of accounts: %v", p.kinds)
	}
	q := profileOf(Rule{Type: "car_file", Description: "the policy number and the premium"})
	if slices.ContainsFunc(q.kinds, func(kc kindCredit) bool { return lx.kinds[kc.kind].id == "insurance_policy" }) {
		t.Errorf("'the policy number' names a policy: %v", q.kinds)
	}
}

// A small business's and a household's papers the rules name in their
// own words: a marketplace's new-order notice, a dealer's offer for a
// record collection, a collector's wants list, a hall's booking with its
// terms of hire, a club's statement of accounts, a speaker's reply.
func TestRound33Documents(t *testing.T) {
	shop := []Rule{
		{Type: "invoice", Description: "A bill asking for payment, with an invoice number, a total and payment terms. A receipt is not an invoice."},
		{Type: "receipt", Description: "paid receipts, till slips"},
		{Type: "marketplace_order", Description: "a new customer order from my web shop or the marketplace (order notice or packing slip)"},
		{Type: "collection_offer", Description: "A written offer made by the shop to someone selling a private record collection, saying what the shop will pay."},
		{Type: "want_list", Description: "customer's list of records they're hunting for, so we can ring them if one comes in"},
		{Type: "bank_statement", Description: "Bank statement listing transactions and balances."},
	}
	classifyAs(t, "a marketplace's notice", `Makersmart
You've got a new order!

Order #MM-558120    Placed 3 Oct 2025, 19:12
Item:     Sterling silver hoop earrings (pair)
Qty:      2
Price:    £32.00
Postage:  £2.95
Ship to:  R. Calder, 8 Mill Walk, Tarnby ZZ3 4QP
Please dispatch by 6 Oct 2025.`, shop, "marketplace_order")
	classifyAs(t, "a dealer's offer", `Dear Mr Pryce,

Thank you for showing me your father's records on Thursday. There are
about 250 LPs, mostly 60s pop in fair condition, with a handful of
jazz albums worth having.

For the whole collection, collected by us, we can pay £420 in cash.
This offer stands for 21 days.

Yours sincerely,
Ada Lowther`, shop, "collection_offer")
	classifyAs(t, "a wants list", `Wants list - Gordon Fyfe (07700 900 118)
- The Marram Grass Band - "Dune Songs" (first press)
- anything on the Harefield label before 1980
- Ivy Tennant - "Night Ferry", mono
Please ring me if any of these come in. Up to £30 each.`, shop, "want_list")
	club := []Rule{
		{Type: "meeting_minutes", Description: "Minutes of committee meetings"},
		{Type: "invoice", Description: "invoice to the club"},
		{Type: "speaker_booking", Description: "Confirmation that a speaker is booked for one of our meetings - date, topic, fee - whether from us or from the speaker."},
		{Type: "treasurers_report", Description: "Treasurer's report or statement of accounts for a period: money in and out, balances."},
		{Type: "hall_hire_agreement", Description: "Agreement to hire the village hall, with the hire terms."},
	}
	classifyAs(t, "a statement of accounts", `Fenbury Gardening Club
Statement of Accounts, year ended 31 March 2025

Income
Subscriptions                 640.00
Plant sale                    212.50
Total income                  852.50
Expenditure
Hall hire                     390.00
Speakers                      180.00
Total expenditure             570.00
Surplus for the year          282.50`, club, "treasurers_report")
	tt := []Rule{
		{Type: "match_scoresheet", Description: "Scoresheet of a league or cup match"},
		{Type: "membership_form", Description: "Completed membership form"},
		{Type: "invoice", Description: "invoice to the club"},
		{Type: "hall_hire_agreement", Description: "Hire agreement or booking terms for the village hall, one-off or regular."},
		{Type: "accident_report", Description: "report of an accident or injury at the club"},
	}
	classifyAs(t, "a hall's booking with terms", `Fenbury Village Hall - booking confirmed
Hirer: Fenbury Gardening Club
Date: Saturday 12 April 2025, 9am-1pm (main hall)
Charge: 4 hrs @ £14.00 = £56.00, due by 1 April

TERMS OF HIRE
1. Tables back in the store by 1pm.
2. No sticky tape on the walls.
3. The hirer is responsible for the safety of guests.
By paying the charge you accept these terms.`, tt, "hall_hire_agreement")
	classifyAs(t, "a speaker's reply", `Dear Mrs Fenn,

Thank you for your letter. I am happy to confirm I will come to your
meeting on Tuesday 9 September to give my talk on growing dahlias. I
will need a table and a socket. My fee is £40.

Best wishes,
Colin Marsh`, club, "speaker_booking")
}

// A friend's letter with news of a knee operation, a shop-owner's
// complaint addressed "To the owner", and a thank-you that says "no
// complaints" are told apart from the rules for medical letters and
// complaints.
func TestRound33Letters(t *testing.T) {
	rules := []Rule{
		{Type: "medical_letter", Description: "A letter from a doctor, hospital or clinic about his own health."},
		{Type: "complaint_letter", Description: "A customer or neighbour complaining to the shop and asking for it to be put right. Thank-you notes and positive reviews don't count."},
		{Type: "pension_statement", Description: "Statement or yearly letter from a pension payer."},
		{Type: "council_letter", Description: "Letters from the borough council."},
	}
	classifyAs(t, "a friend's letter", `Dear Walter,

Thank you for your card, it came late as always. I hope you are keeping
well. My knee was operated on in March and I walk without the stick now.
Mary and I hope to come over in the summer - we must meet up at the old
harbour pub.

Give my love to Jean.
Kees`, rules, "")
	classifyAs(t, "a complaint to the owner", `To the owner, Fenwick Records

I bought a "near mint" LP from you last week for £38. Side one jumps on
the second track and there is a scratch you can see in the light.

I went back and was told no refunds without you there. I would like my
money back or a clean copy.

Pat Dunmore
07700 900 771`, rules, "complaint_letter")
	classifyAs(t, "a thank-you", `Hi there,

The parcel came this morning and the LP is even better than described.
No complaints at all - I'll definitely be ordering again.

All the best,
Sue`, rules, "")
}

// A form filled in on rows of dots is filled in, not blank, and a
// newsletter's masthead may give its season and year on a line of their
// own.
func TestRound33FormsAndMastheads(t *testing.T) {
	rules := []Rule{
		{Type: "meeting_minutes", Description: "Minutes of our monthly meetings"},
		{Type: "membership_form", Description: "Completed membership form for a new or renewing member"},
		{Type: "invoice", Description: "invoice to the club"},
		{Type: "speaker_booking", Description: "Confirmation that a speaker is booked for a meeting"},
	}
	classifyAs(t, "a form filled in on dots", `Hallam Ladies' Circle - New Member Application

Name ........Priya Desai..........................
Address .....4 Orchard Close, Hallam ZZ7 2QT..........
Phone .......07700 900 442.......
Email .......priya.d@post.example.......
Interests:  [x] crafts [ ] choir [x] walking
Joining date 3/9/25    Subscription £48 (bank transfer)
I agree to my details being held for membership purposes.
Signed  P. Desai`, rules, "membership_form")
	if !namesOn("# The Anchor - Portwell Seafarers' Society\n\n## Summer 2025\n\nCoffee mornings every Wednesday at the hall.\n", "newsletter", 2) {
		t.Error("a season and year under a society's name names no newsletter")
	}
	if namesOn("Summer 2025 opening hours and prices\n\nMonday to Friday 9-5\n", "newsletter", 0) {
		t.Error("a season and year in a longer title name a newsletter")
	}
}
