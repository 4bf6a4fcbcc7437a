package scorer

import "testing"

// A form or letter asking to join a club or society is a kind of its
// own, a kind of form: a rule for membership applications takes it in
// any language, and still takes a club's "Registration form".
func TestAMembershipApplicationIsAKindOfItsOwn(t *testing.T) {
	namedAs(t, []string{"MEMBERSHIP APPLICATION FORM 2025", "Mitgliedsantrag", "Deklaracja członkowska", "FORMULARZ CZŁONKOWSKI", "Bulletin d'adhésion"}, "membership_application", "")
	doActs(t, []actCase{
		{"I would like to join the Society and agree to its rules.", "membership_application"},
		{"I apply for my daughter to become a junior member of the club.", "membership_application"},
		{"Chcę zostać członkiem stowarzyszenia.", "membership_application"},
	})
	rules := []Rule{
		{Type: "membership_application", Description: "Membership application or joining form (adult, junior or family)."},
		{Type: "receipt", Description: "Receipt for money the club paid or received."},
		{Type: "invoice", Description: "Invoice to the club for goods or services."},
		{Type: "meeting_minutes", Description: "Minutes of committee meetings and the AGM."},
	}
	classifyAs(t, "a Polish joining form", `ASHWORTH CHESS CLUB - DEKLARACJA CZŁONKOWSKA

Imię i nazwisko: Paweł Nowicki
Adres: 9 Mill Lane, Ashworth AS2 4PQ
Telefon: 07700 900 318
Rodzaj członkostwa: [X] dorosły  [ ] junior
Ranking: około 1650

Oświadczam, że chcę zostać członkiem klubu.
Podpis: P. Nowicki      Data: 04.03.2025`, rules, "membership_application")
	classifyAs(t, "a household's paid joining form", `ASHWORTH GARDENING SOCIETY - MEMBERSHIP FORM 2025

New member [X]   Rejoining [ ]
Name: Mr and Mrs D. Okoro
Address: 3 Vale Close, Ashworth AS3 1BD
Membership: Single £10 [ ]   Household £16 [X]
Paid: cheque at the March meeting
We would like to join the Society. Signed: D. Okoro   2/3/25`, rules, "membership_application")
	classifyAs(t, "a junior's registration form", `Ashworth Juniors FC - Registration form 2025/26

| Field | Answer |
|---|---|
| Player | Leo Marsh |
| Date of birth | 04/09/2014 |
| Age group | U11 |
| Parent | Kate Marsh, 07700 900 441 |
| Medical | asthma, has an inhaler |
| Subs | £60, paid by bank transfer |

I apply for my son to become a junior member and agree to the club's code of conduct.`, rules, "membership_application")
}

// A trade customer's request to a supplier to take back faulty parts
// (an RMA) is a kind of its own: not the order it came from, and not a
// consumer's complaint.
func TestAReturnRequestIsAKindOfItsOwn(t *testing.T) {
	namedAs(t, []string{"RMA REQUEST", "RMA-Antrag", "Retouraanvraag", "Demande de retour"}, "return_request", "")
	doActs(t, []actCase{
		{"Please issue an RMA for the two screens below.", "return_request"},
		{"Bitte senden Sie uns eine RMA-Nummer und ein Etikett.", "return_request"},
	})
	rules := []Rule{
		{Type: "invoice", Description: "A supplier's bill for parts, with an amount due."},
		{Type: "purchase_order", Description: "An order we send to a supplier for parts, with quantities and a PO number."},
		{Type: "rma_request", Description: "Request to a supplier to return faulty or dead-on-arrival parts (RMA), asking for replacement or credit."},
		{Type: "complaint_letter", Description: "A customer's complaint about a repair or our service."},
	}
	classifyAs(t, "a Dutch RMA request", `Aan: Onderdelenhuis Delta B.V. - Retouren
Van: FixIt Telefoonreparatie (klantnr. 5521)
Onderwerp: RMA-aanvraag - order PO-0877

Beste medewerker,

Hierbij vragen wij een retournummer aan voor:

Artikel     Omschrijving         Aantal  Defect
DL-S21-LCD  Scherm Galaxy S21    2       strepen in beeld
DL-IP12-BT  Accu iPhone 12       1       laadt niet op

Wij willen graag vervanging of een creditnota.

Met vriendelijke groet,
Mila de Vries`, rules, "rma_request")
}

// A message that says a statement is ready to be seen in an app, or a
// text reminding that a card's minimum payment is due, is not the
// statement.
func TestAStatementReadyMessageIsNotTheStatement(t *testing.T) {
	rules := []Rule{
		{Type: "credit_card_statement", Description: "Monthly credit card statement: purchases, balance, minimum payment, due date. Reminders and notifications without the statement itself don't count."},
		{Type: "bank_statement", Description: "Bank account statement with money in and out and a running balance."},
		{Type: "payslip", Description: "Payslip from my employer."},
		{Type: "utility_bill", Description: "Gas, electricity, water or broadband bill."},
	}
	classifyAs(t, "a card's statement-ready e-mail", `From: Kestrel Card <statements@kestrelcard.example>
To: sam.reid@post.example
Subject: Sam, your Kestrel Card statement is ready
Date: Mon, 3 Mar 2025 06:02:11 +0000

Hi Sam,

Your latest statement for your card ending 4471 is ready. Sign in to the
Kestrel app or website to see your transactions, balance and payment date.

Paying by Direct Debit? You don't need to do anything.`, rules, "")
	classifyAs(t, "a minimum payment text", `KESTREL CARD: Reminder - your minimum payment of £30.00 is due on
14/03/2025. Pay in the app today to avoid a £12 late fee.
Already paid? Please ignore this message.`, rules, "")
}

// A seller's answer to a complaint, a customer's thanks and a call for
// entries to a show are none of the kinds they speak of. (A call for
// entries that says nothing to visitors is still taken for an entry
// form: its title is then outweighed by "Entry forms from ...".)
func TestAnswersThanksAndCallsAreNotWhatTheyMention(t *testing.T) {
	doActs(t, []actCase{
		{"I'm sorry to hear the roses have failed; we stand by our plants.", "complaint_response"},
		{"Just wanted to say thank you, the coat is perfect!", "thank_you_note"},
	})
	namedAs(t, []string{"CALL FOR ENTRIES - Spring Show 2025"}, "poster", "")
	shop := []Rule{
		{Type: "invoice", Description: "Invoice to a trade customer."},
		{Type: "timesheet", Description: "Hours a member of staff worked."},
		{Type: "complaint_letter", Description: "A customer's complaint about plants or service (letter, e-mail or form)."},
		{Type: "purchase_order", Description: "Our order to a grower."},
	}
	classifyAs(t, "a nursery's reply to a complaint", `From: Hazel Park <hazel@greenlane-nursery.example>
To: r.quinn@mail.example
Subject: Your hedging plants

Dear Mr Quinn,

Thank you for your letter of 2 May, and I'm sorry to hear the beech
hedging has failed. We stand by our plants in their first season. We will
replace all twenty in November at no charge, or, if you would rather have
a refund of £64.00, just let me know.

Kind regards,
Hazel Park`, shop, "")
	classifyAs(t, "a customer's thank-you text", `SMS from +44 7700 900 612, 12/05/2025 17:40
Hi it's Jo who bought the lilac pram suit today :) just wanted to say thank you, my sister loved it. Will be back soon x`, shop, "")
	show := []Rule{
		{Type: "show_entry_form", Description: "Entry form for one exhibit in the society's show (title, class, exhibitor). A poster or a call for entries is not an entry form."},
		{Type: "meeting_minutes", Description: "Minutes of committee meetings."},
		{Type: "newsletter", Description: "The society's newsletter."},
		{Type: "invoice", Description: "Invoice to the society."},
	}
	classifyAs(t, "a call for entries", `# CALL FOR ENTRIES - Ashworth Photographic Society Spring Show

**10-11 May - Ashworth Library**

Taken a photo you are proud of? Members and juniors are all welcome to enter.

- Classes: Landscape, Portrait, Nature, Monochrome, Junior
- Entry fee £2 per print; closing date 25 April
- Entry forms from the Show Secretary or with the March newsletter

Open to visitors 10am-4pm both days. Admission £3.`, show, "")
}

// A committee's numbered list of items with "Papers to follow" is an
// agenda, though one of its items is the last meeting's minutes.
func TestPapersToFollowMakesAnAgenda(t *testing.T) {
	rules := []Rule{
		{Type: "meeting_minutes", Description: "Minutes of committee meetings: who came, what was decided."},
		{Type: "agenda", Description: "Agenda for a meeting."},
		{Type: "invoice", Description: "Invoice to the society."},
		{Type: "newsletter", Description: "The society's newsletter."},
	}
	classifyAs(t, "a committee's agenda", `Committee meeting
Thursday 6 March 2025, 7.30 pm, Library meeting room

1. Apologies
2. Minutes of 9 January
3. Matters arising
4. Treasurer
5. Summer outing
6. AOB

Papers to follow. K.M.`, rules, "agenda")
}

// A Polish decision awarding a pension or allowance is a benefit letter;
// a contact form's angry message is a complaint; a payment app's "this
// payment is complete" is a receipt.
func TestDecisionsComplaintsAndPaymentsSentAreWhatTheyDo(t *testing.T) {
	namedAs(t, []string{"DECYZJA w sprawie renty z tytułu niezdolności do pracy"}, "benefit_letter", "")
	doActs(t, []actCase{
		{"przyznaje się Pani rentę od 1 marca 2025 r.", "benefit_letter"},
		{"Either send it this week or refund me.", "complaint"},
		{"This payment is complete. Keep this email for your records.", "receipt"},
	})
	rules := []Rule{
		{Type: "receipt", Description: "Receipt or proof of payment for something the shop bought."},
		{Type: "invoice", Description: "A supplier's invoice to the shop."},
		{Type: "complaint_letter", Description: "A customer's complaint (e-mail, letter or web form)."},
		{Type: "timesheet", Description: "Hours worked by staff."},
	}
	classifyAs(t, "a web form's complaint", `New contact form submission - oldthreads.example
Name: Dana Price
Topic: Order problem
Order no: 2207
Message: Ordered a wool coat two weeks ago and paid £58. Tracking still says "label created". I've emailed twice and had no answer. Either send it this week or refund me. Pretty poor service.
Submitted: 2025-03-02 09:12`, rules, "complaint_letter")
	classifyAs(t, "a payment app's e-mail", `From: PayRiver <no-reply@payriver.example>
Subject: You sent £96.00 to Linton Hangers Ltd

Payment sent

You paid £96.00 GBP to Linton Hangers Ltd.
Transaction ID: 5KQ88120
Date: 3 March 2025
Note to seller: order 311, velvet hangers

This payment is complete. Keep this email for your records.`, rules, "receipt")
}
